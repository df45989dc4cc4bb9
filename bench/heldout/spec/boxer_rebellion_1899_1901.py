"""Gold spec for bench/heldout/boxer_rebellion_1899_1901.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style; all day and month dates are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/boxer_rebellion_1899_1901.txt"

gazetteer({
    "Китай": ("polity", 39.91, 116.40, None),
    "Шаньдун": ("region", 36.4, 118.3, None),
    "Чжили": ("region", 38.87, 115.46, None, "Хэбэй"),
    "Фэнтай": ("settlement", 39.85, 116.29, None),
    "Пекин": ("settlement", 39.91, 116.40, "Q956"),
    "Тяньцзинь": ("settlement", 39.13, 117.20, None),
    "Ланфан": ("settlement", 39.52, 116.70, None),
    "Дагу": ("settlement", 38.97, 117.70, None),
    "Хайхэ": ("river", 39.05, 117.45, None),
    "Тайюань": ("settlement", 37.87, 112.55, None),
    "Россия": ("polity", 55.75, 37.62, "Q34266"),
    "Амур": ("river", 50.25, 127.55, None),
    "Благовещенск": ("settlement", 50.27, 127.53, None),
    "Айгунь": ("settlement", 49.97, 127.48, None, "Айхуэй"),
    "Харбин": ("settlement", 45.75, 126.65, None),
    "Цицикар": ("settlement", 47.35, 123.92, None),
    "Мукден": ("settlement", 41.80, 123.43, None, "Шэньян"),
    "Маньчжурия": ("region", 45.0, 125.0, None),
    "Янцунь": ("settlement", 39.37, 117.05, None),
    "Сиань": ("settlement", 34.27, 108.94, None),
    "Баодин": ("settlement", 38.87, 115.46, None),
})

# ---- dates, in reading order
date("В 1899 году", "1899", "year")
date("В последний день 1899 года", "1899-12-31", "day")
date("Весной 1900 года", "1900-21", "season")
date("в конце мая", "1900-05-21/1900-05-31", "interval", derivation="anchored")
date("10 июня", "1900-06-10", "day", derivation="anchored")
date("26 июня", "1900-06-26", "day", derivation="anchored")
date("17 июня", "1900-06-17", "day", derivation="anchored")
date("Через три дня", "1900-06-20", "day", derivation="computed", note="17 June + 3 days")
date("на следующий день", "1900-06-21", "day", derivation="computed", note="20 June + 1 day")
date("почти месяц", None, None, kind="duration", duration="P1M", note="approximate: 'almost a month'")
date("14 июля", "1900-07-14", "day", derivation="anchored")
date("9 июля", "1900-07-09", "day", derivation="anchored")
date("В середине июля", "1900-07-11/1900-07-20", "interval", derivation="anchored")
date("15 июля", "1900-07-15", "day", derivation="anchored")
date("Через два дня", "1900-07-17", "day", derivation="computed", note="15 July + 2 days")
date("В начале августа", "1900-08-01/1900-08-10", "interval", derivation="anchored")
date("в конце августа", "1900-08-21/1900-08-31", "interval", derivation="anchored")
date("1 октября", "1900-10-01", "day", derivation="anchored")
date("4 августа", "1900-08-04", "day", derivation="anchored")
date("Через два дня", "1900-08-06", "day", derivation="computed", note="4 August + 2 days")
date("14 августа", "1900-08-14", "day", derivation="anchored")
date("55 дней", None, None, kind="duration", duration="P55D")
date("Наутро", "1900-08-15", "day", derivation="computed", note="the morning after 14 August")
date("Осенью", "1900-23", "season", derivation="anchored")
date("вскоре", "1900-23", "season", kind="vague", derivation="anchored",
     note="'soon' after the autumn arrival of the commander-in-chief")
date("В октябре", "1900-10", "month", derivation="anchored")
date("в ноябре", "1900-11", "month", derivation="anchored")
date("7 сентября 1901 года", "1901-09-07", "day")
date("в течение 39 лет", None, None, kind="duration", duration="P39Y")

# ---- places, in reading order
for quote, name in [
    ("Китае", "Китай"),
    ("Шаньдун", None), ("Шаньдуне", "Шаньдун"),
    ("Чжили", None), ("Фэнтай", None), ("Пекина", "Пекин"),
    ("Тяньцзиня", "Тяньцзинь"), ("Пекину", "Пекин"), ("Ланфана", "Ланфан"), ("Тяньцзинь", None),
    ("Дагу", None), ("Хайхэ", None), ("Пекине", "Пекин"),
    ("Тяньцзиня", "Тяньцзинь"), ("Тайюане", "Тайюань"), ("Пекине", "Пекин"),
    ("Россия", None), ("Амуре", "Амур"), ("Благовещенск", None), ("Амуре", "Амур"),
    ("Айгунь", None), ("Харбин", None), ("Цицикар", None), ("Мукден", None), ("Маньчжурия", None),
    ("Тяньцзиня", "Тяньцзинь"), ("Янцуня", "Янцунь"), ("Пекин", None), ("Сиань", None),
    ("Китай", None), ("Чжили", None), ("Баодин", None),
    ("Пекине", "Пекин"), ("Китая", "Китай"), ("Китай", None),
]:
    place(quote, name)

# ---- events
event("набрало силу", "В 1899 году в провинции Шаньдун набрало силу движение ихэтуаней", "uprising",  # 0
      date="В 1899 году", place="Шаньдун", actors=[("движение ихэтуаней", "agent")])
event("нападали", "Ихэтуани нападали на католические и протестантские миссии", "attack_on_civilians",  # 1
      date="В 1899 году", place="Шаньдун",
      actors=[("Ихэтуани", "agent"), ("католические и протестантские миссии", "target")])
event("убивали", "Ихэтуани нападали на католические и протестантские миссии, убивали китайцев-христиан",  # 2
      "attack_on_civilians", date="В 1899 году", place="Шаньдун",
      actors=[("Ихэтуани", "agent"), ("китайцев-христиан", "target")])
event("жгли", "Ихэтуани нападали на католические и протестантские миссии, убивали китайцев-христиан, "  # 3
      "жгли церкви", "looting", date="В 1899 году", place="Шаньдун",
      actors=[("Ихэтуани", "agent")], note="property destruction: churches burned")
event("убит", "В последний день 1899 года в Шаньдуне был убит английский миссионер С. Брукс",  # 4
      "attack_on_civilians", date="В последний день 1899 года", place="Шаньдун",
      actors=[("английский миссионер С. Брукс", "target")])
event("перекинулось", "Весной 1900 года движение перекинулось в соседнюю провинцию Чжили", "uprising",  # 5
      date="Весной 1900 года", place="Чжили", note="the rising spreads to a new province")
event("разбирали", "Повстанцы разбирали железнодорожные пути", "looting",  # 6
      date="Весной 1900 года", place="Чжили", actors=[("Повстанцы", "agent")],
      note="property destruction: railway track torn up")
event("валили", "Повстанцы разбирали железнодорожные пути, валили телеграфные столбы", "looting",  # 7
      date="Весной 1900 года", place="Чжили", actors=[("Повстанцы", "agent")],
      note="property destruction: telegraph lines")
event("сожгли", "Повстанцы разбирали железнодорожные пути, валили телеграфные столбы, а в конце мая "  # 8
      "сожгли станцию Фэнтай", "looting", date="в конце мая", place="Фэнтай",
      actors=[("Повстанцы", "agent")], note="property destruction: a railway station burned")
event("двинулся", "10 июня из Тяньцзиня к столице двинулся отряд британского адмирала Э. Сеймура "  # 9
      "численностью около 2 тыс. человек", "reinforcement", date="10 июня", place="Тяньцзинь",
      actors=[("отряд британского адмирала Э. Сеймура", "agent")],
      quantities=[qty("около 2 тыс. человек", "participants", 2000, approximate=True)],
      note="the relief expedition sets out from Tianjin towards Beijing ('к столице')")
event("Пробиться", "Пробиться к Пекину ему не удалось", "attack",  # 10
      date={"edtf": "1900-06-10/1900-06-26"}, place="Ланфан", assertion="failed", same_as=9,
      note="the failed push of the relief expedition towards Beijing, stopped at Langfang (next clause); "
           "between 10 and 26 June")
event("преградили", "у Ланфана путь преградили ихэтуани и правительственные войска", "battle",  # 11
      date={"edtf": "1900-06-10/1900-06-26"}, place="Ланфан",
      actors=[("ихэтуани", "participant"), ("правительственные войска", "participant")],
      note="the expedition is blocked in fighting at Langfang; between 10 and 26 June")
event("повернул назад", "отряд повернул назад", "retreat",  # 12
      date={"edtf": "1900-06-10/1900-06-26"}, place="Ланфан", actors=[("отряд", "agent")])
event("Вернулся", "Вернулся он в Тяньцзинь лишь 26 июня, потеряв 62 человека убитыми и более 200 ранеными",  # 13
      "retreat", date="26 июня", place="Тяньцзинь", same_as=12,
      quantities=[qty("62 человека убитыми", "fatalities", 62),
                  qty("более 200 ранеными", "wounded", 200, min=200, approximate=True)])
event("обстрела", "17 июня после обстрела союзный десант взял форты Дагу", "bombardment",  # 14
      date="17 июня", place="Дагу")
event("взял", "17 июня после обстрела союзный десант взял форты Дагу", "capture",  # 15
      date="17 июня", place="Дагу", actors=[("союзный десант", "agent")])
event("убит", "Через три дня в Пекине был убит германский посланник К. фон Кеттелер",  # 16
      "attack_on_civilians", date="Через три дня", place="Пекин",
      actors=[("германский посланник К. фон Кеттелер", "target")], note="killing of a diplomat")
event("объявил войну", "на следующий день двор вдовствующей императрицы Цыси объявил войну иностранным "  # 17
      "державам", "political_activity", date="на следующий день", place="Пекин",
      actors=[("двор вдовствующей императрицы Цыси", "agent"), ("иностранным державам", "target")])
event("осада", "Началась осада посольского квартала; его обороняли около 400 солдат и матросов", "siege",  # 18
      date={"edtf": "1900-06-20/1900-06-21"}, place="Пекин",
      quantities=[qty("около 400 солдат и матросов", "participants", 400, approximate=True)],
      note="no date of its own; it begins with the events of 20-21 June; the count is of the defenders")
event("укрылись", "там же укрылись несколько тысяч китайцев-христиан", "flight",  # 19
      date={"edtf": "1900-06-20/1900-06-21"}, place="Пекин",
      actors=[("китайцев-христиан", "participant")],
      quantities=[qty("несколько тысяч китайцев-христиан", "displaced", None, min=2000, max=9000,
                      approximate=True)],
      note="refugees shelter in the besieged legation quarter")
event("не подчинились", "Наместники южных провинций указу не подчинились", "political_activity",  # 20
      date={"edtf": "1900-06/1900-07"}, actors=[("Наместники южных провинций", "agent")],
      note="the southern viceroys refuse to obey the declaration of war; no named place")
event("восстания", "восстания на юге страны так и не произошло", "uprising",  # 21
      date={"edtf": "1900-06/1900-08"}, assertion="negated",
      note="no named place; the summer of the war is implied")
event("Бои", "Бои за иностранные концессии Тяньцзиня шли почти месяц", "battle",  # 22
      date={"edtf": "1900-06-14/1900-07-14"}, place="Тяньцзинь",
      note="almost a month up to 14 July: 14 July minus one month")
event("взяли", "пока 14 июля союзники не взяли штурмом старый город", "capture",  # 23
      date="14 июля", place="Тяньцзинь", actors=[("союзники", "agent")],
      note="'пока ... не' means 'until': the capture is asserted")
event("казнены", "9 июля в Тайюане по приказу губернатора Юйсяня были казнены более 40 иностранцев",  # 24
      "execution", date="9 июля", place="Тайюань",
      actors=[("губернатора Юйсяня", "agent"), ("иностранцев", "target")],
      quantities=[qty("более 40 иностранцев", "fatalities", 40, min=40, approximate=True)])
event("перебиты", "В середине июля европейские газеты сообщили, что все иностранцы в Пекине якобы перебиты",  # 25
      "massacre", date="В середине июля", place="Пекин", assertion="disputed",
      actors=[("все иностранцы", "target")],
      note="a newspaper claim the text doubts ('якобы'); the date is that of the report")
event("втянута в войну", "Россия была втянута в войну на Амуре", "political_activity",  # 26
      date={"edtf": "1900-07"}, place="Амур", actors=[("Россия", "participant")],
      note="entry into the war; the narrative dates it to July")
event("обстреливать", "15 июля цинские батареи с правого берега начали обстреливать Благовещенск",  # 27
      "bombardment", date="15 июля", place="Благовещенск", actors=[("цинские батареи", "agent")])
event("выгнали", "Через два дня власти выгнали китайских жителей города на берег", "deportation",  # 28
      date="Через два дня", place="Благовещенск",
      actors=[("власти", "agent"), ("китайских жителей города", "target")])
event("загнали", "казаки с добровольцами загнали их в реку; в Амуре утонули, по разным оценкам, "  # 29
      "от 3 до 5 тыс. человек", "massacre", date="Через два дня", place="Благовещенск",
      actors=[("казаки с добровольцами", "agent")],
      quantities=[qty("от 3 до 5 тыс. человек", "fatalities", None, min=3000, max=5000, approximate=True)],
      note="drowned in the Amur at the town; only the count is attributed ('по разным оценкам')")
event("взяли", "В начале августа русские войска взяли и сожгли Айгунь", "capture",  # 30
      date="В начале августа", place="Айгунь", actors=[("русские войска", "agent")])
event("сожгли", "В начале августа русские войска взяли и сожгли Айгунь", "looting",  # 31
      date="В начале августа", place="Айгунь", actors=[("русские войска", "agent")],
      note="property destruction: the town burned")
event("осаждённый", "деблокировали осаждённый Харбин", "siege",  # 32
      date={"edtf": "1900-07/1900-08-10"}, place="Харбин",
      note="the siege is implied by the participle; it ended in early August")
event("деблокировали", "В начале августа русские войска взяли и сожгли Айгунь и деблокировали осаждённый "  # 33
      "Харбин", "reinforcement", date="В начале августа", place="Харбин",
      actors=[("русские войска", "agent")], note="relief of the besieged town")
event("заняли", "русские войска взяли и сожгли Айгунь и деблокировали осаждённый Харбин, в конце августа "  # 34
      "заняли Цицикар", "capture", date="в конце августа", place="Цицикар",
      actors=[("русские войска", "agent")])
event("заняли", "в конце августа заняли Цицикар, а 1 октября — Мукден", "capture",  # 35
      date="1 октября", place="Мукден", actors=[("русские войска", "agent")],
      note="elided verb; the actor is in the same sentence")
event("оккупацией", "Вся Маньчжурия оказалась под русской оккупацией", "occupation",  # 36
      date={"edtf": "1900-07/1900-10"}, place="Маньчжурия",
      note="the state reached by October; the narrative covers July-October")
event("выступила", "4 августа союзная армия численностью около 20 тыс. человек выступила из Тяньцзиня",  # 37
      "reinforcement", date="4 августа", place="Тяньцзинь", actors=[("союзная армия", "agent")],
      quantities=[qty("около 20 тыс. человек", "participants", 20000, approximate=True)])
event("разбила", "Через два дня она разбила цинские войска у Янцуня", "battle",  # 38
      date="Через два дня", place="Янцунь", actors=[("цинские войска", "target")])
event("ворвалась", "14 августа ворвалась в Пекин", "capture",  # 39
      date="14 августа", place="Пекин", actors=[("союзная армия", "agent")],
      note="the subject, the allied army, is in the previous sentences")
event("штурм", "первыми на штурм ворот пошли русские части генерала Н. П. Линевича", "attack",  # 40
      date="14 августа", place="Пекин", actors=[("русские части генерала Н. П. Линевича", "agent")])
event("Осада", "Осада посольств, длившаяся 55 дней, была снята", "siege",  # 41
      date={"edtf": "1900-06-20/1900-08-14"}, place="Пекин", same_as=18,
      note="55 days up to its lifting on 14 August")
event("бежала", "Наутро Цыси с императором бежала из столицы в Сиань", "flight",  # 42
      date="Наутро", place="Сиань", actors=[("Цыси с императором", "agent")],
      note="place is the destination, the only place the clause names; she fled from Beijing")
event("разграбление", "Город был отдан на разграбление: солдаты восьми держав грабили дворцы и лавки",  # 43
      "looting", date={"edtf": "1900-08-14/1900-08-31"}, place="Пекин", actors=[("солдаты восьми держав", "agent")],
      note="'Город' is Beijing; from 14 August")
event("прибыл", "Осенью в Китай прибыл союзный главнокомандующий, германский фельдмаршал А. фон Вальдерзее",  # 44
      "reinforcement", date="Осенью", place="Китай",
      actors=[("союзный главнокомандующий, германский фельдмаршал А. фон Вальдерзее", "agent")])
event("прошли", "вскоре карательные экспедиции прошли по Чжили", "suppression",  # 45
      date="вскоре", place="Чжили", actors=[("карательные экспедиции", "agent")])
event("заняли", "В октябре союзники заняли Баодин", "capture",  # 46
      date="В октябре", place="Баодин", actors=[("союзники", "agent")])
event("казнили", "а в ноябре казнили там нескольких местных сановников", "execution",  # 47
      date="в ноябре", place="Баодин", actors=[("местных сановников", "target")],
      quantities=[qty("нескольких местных сановников", "fatalities", None, min=3, max=9, approximate=True)])
event("погибли", "По сведениям миссионеров, погибли более 200 иностранных миссионеров и членов их семей и "  # 48
      "около 30 тыс. китайцев-христиан", "massacre", date={"edtf": "1899/1900"}, place="Китай",
      assertion="reported",
      actors=[("иностранных миссионеров и членов их семей", "target"), ("китайцев-христиан", "target")],
      quantities=[qty("более 200 иностранных миссионеров и членов их семей", "fatalities", 200, min=200,
                      approximate=True),
                  qty("около 30 тыс. китайцев-христиан", "fatalities", 30000, approximate=True)],
      note="a summary toll for the whole rising, attributed to missionaries")
event("подписали", "7 сентября 1901 года в Пекине представители Китая и одиннадцати держав подписали "  # 49
      "«Заключительный протокол»", "treaty", date="7 сентября 1901 года", place="Пекин",
      actors=[("представители Китая и одиннадцати держав", "participant")])
event("убийство", "принести извинения за убийство Кеттелера", "attack_on_civilians",  # 50
      date={"edtf": "1900-06-20"}, place="Пекин", same_as=16,
      note="mentioned among the protocol's terms")
