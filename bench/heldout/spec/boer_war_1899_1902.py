"""Gold spec for bench/heldout/boer_war_1899_1902.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/boer_war_1899_1902.txt"

gazetteer({
    "Британская империя": ("polity", 51.51, -0.13, "Q8680"),
    "Южно-Африканская Республика": ("polity", -25.75, 28.19, None),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Трансвааль": ("polity", -25.5, 29.0, None),
    "Оранжевое Свободное государство": ("polity", -28.5, 26.5, None),
    "Натал": ("region", -29.0, 30.5, None),
    "Капская колония": ("region", -32.0, 23.0, None),
    "Краайпан": ("settlement", -26.3, 25.27, None),
    "Мафекинг": ("settlement", -25.85, 25.64, None, "Махикенг"),
    "Кимберли": ("settlement", -28.74, 24.76, None),
    "Талана": ("mountain", -28.15, 30.25, None),
    "Данди": ("settlement", -28.17, 30.23, None),
    "Ледисмит": ("settlement", -28.56, 29.78, None),
    "Николсон-Нек": ("mountain", -28.49, 29.75, None),
    "Стормберг": ("settlement", -31.35, 26.32, None),
    "Магерсфонтейн": ("settlement", -28.95, 24.69, None),
    "Коленсо": ("settlement", -28.74, 29.82, None),
    "Тугела": ("river", -28.73, 29.82, None),
    "Кейптаун": ("settlement", -33.92, 18.42, "Q5465"),
    "Спион-Коп": ("mountain", -28.65, 29.52, None),
    "Паардеберг": ("settlement", -29.0, 25.12, None),
    "Моддер": ("river", -29.0, 25.12, None),
    "Блумфонтейн": ("settlement", -29.12, 26.21, None),
    "Йоханнесбург": ("settlement", -26.2, 28.05, "Q34647"),
    "Претория": ("settlement", -25.75, 28.19, "Q3926"),
    "Мозамбик": ("region", -18.7, 35.5, "Q1029"),
    "Европа": ("region", 50.0, 10.0, "Q46"),
    "Бергендаль": ("settlement", -25.7, 30.05, None),
    "Грааф-Рейнет": ("settlement", -32.25, 24.54, None),
    "Твебос": ("settlement", -26.6, 25.5, None),
    "Феринихинг": ("settlement", -26.67, 27.93, None),
    "Британия": ("polity", 51.51, -0.13, None),
    "Южная Африка": ("region", -29.0, 25.0, None),
})

# ---- dates, in reading order (Gregorian throughout)
date("1899–1902 гг.", "1899/1902", "interval")
date("9 октября 1899 года", "1899-10-09", "day")
date("12 октября", "1899-10-12", "day", derivation="anchored")
date("В ночь на 13 октября", "1899-10-12/1899-10-13", "day", derivation="anchored")
date("В тот же день", "1899-10-13", "day", derivation="anchored", note="the day the night above ended on")
date("на следующий день", "1899-10-14", "day", derivation="computed", note="13 October + 1 day")
date("20 октября", "1899-10-20", "day", derivation="anchored")
date("30 октября", "1899-10-30", "day", derivation="anchored")
date("Вскоре", "1899-10-30/1899-11-30", "interval", kind="vague", derivation="anchored",
     note="soon after 30 October")
date("Середина декабря", "1899-12-11/1899-12-20", "interval", derivation="anchored")
date("10 декабря", "1899-12-10", "day", derivation="anchored")
date("на следующий день", "1899-12-11", "day", derivation="computed", note="10 December + 1 day")
date("15 декабря", "1899-12-15", "day", derivation="anchored")
date("18 декабря", "1899-12-18", "day", derivation="anchored")
date("в январе 1900 года", "1900-01", "month")
date("23–24 января", "1900-01-23/1900-01-24", "interval", derivation="anchored")
date("ночью", "1900-01-23/1900-01-24", "day", derivation="anchored",
     note="the night the summit was taken, 23 to 24 January")
date("весь следующий день", "1900-01-24", "day", derivation="computed", note="the day after that night")
date("ночью", "1900-01-24/1900-01-25", "day", derivation="anchored", note="the night after that day")
date("15 февраля", "1900-02-15", "day", derivation="anchored")
date("десятидневной", None, None, kind="duration", duration="P10D")
date("27 февраля", "1900-02-27", "day", derivation="anchored")
date("На следующий день", "1900-02-28", "day", derivation="computed", note="27 February + 1 day")
date("118 дней", None, None, kind="duration", duration="P118D")
date("13 марта", "1900-03-13", "day", derivation="anchored")
date("17 мая", "1900-05-17", "day", derivation="anchored")
date("В конце мая", "1900-05-21/1900-05-31", "interval", derivation="anchored")
date("31 мая", "1900-05-31", "day", derivation="anchored")
date("5 июня", "1900-06-05", "day", derivation="anchored")
date("29 мая", "1900-05-29", "day", derivation="anchored")
date("осенью", "1900-23", "season", derivation="anchored")
date("С лета 1900 года", "1900-22", "season", note="start of a process that goes on")
date("В конце августа", "1900-08-21/1900-08-31", "interval", derivation="anchored")
date("1 сентября", "1900-09-01", "day", derivation="anchored")
date("в конце ноября", "1900-11-21/1900-11-30", "interval", derivation="anchored")
date("В сентябре 1901 года", "1901-09", "month")
date("17 января 1902 года", "1902-01-17", "day")
date("7 марта", "1902-03-07", "day", derivation="anchored")
date("вскоре", "1902-03-07/1902-03-31", "interval", kind="vague", derivation="anchored",
     note="soon after 7 March")
date("15 мая", "1902-05-15", "day", derivation="anchored")
date("двух недель", None, None, kind="duration", duration="P2W")
date("31 мая", "1902-05-31", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Британской империи", "Британская империя"), ("Южно-Африканской Республики", "Южно-Африканская Республика"),
    ("Лондону", "Лондон"), ("Трансвааля", "Трансвааль"),
    ("Оранжевого Свободного государства", "Оранжевое Свободное государство"), ("Натал", "Натал"),
    ("Капскую колонию", "Капская колония"), ("Краайпана", "Краайпан"),
    ("Мафекинг", "Мафекинг"), ("Кимберли", "Кимберли"), ("Натале", "Натал"), ("Талана", "Талана"),
    ("Данди", "Данди"), ("Ледисмитом", "Ледисмит"), ("Николсон-Нека", "Николсон-Нек"),
    ("Ледисмите", "Ледисмит"),
    ("Стормберга", "Стормберг"), ("Магерсфонтейна", "Магерсфонтейн"), ("Коленсо", "Коленсо"),
    ("Тугела", "Тугела"), ("Кейптаун", "Кейптаун"),
    ("Ледисмиту", "Ледисмит"), ("Спион-Коп", "Спион-Коп"), ("Кимберли", "Кимберли"),
    ("Паардеберга", "Паардеберг"), ("Моддер", "Моддер"), ("Ледисмит", "Ледисмит"),
    ("Блумфонтейн", "Блумфонтейн"), ("Мафекинг", "Мафекинг"),
    ("Оранжевого Свободного государства", "Оранжевое Свободное государство"),
    ("Йоханнесбург", "Йоханнесбург"), ("Преторию", "Претория"), ("Мозамбик", "Мозамбик"),
    ("Европу", "Европа"),
    ("Бергендаля", "Бергендаль"), ("Трансвааля", "Трансвааль"),
    ("Капскую колонию", "Капская колония"), ("Грааф-Рейнете", "Грааф-Рейнет"), ("Твебоса", "Твебос"),
    ("Феринихинге", "Феринихинг"), ("Претории", "Претория"), ("Британия", "Британия"),
    ("Южную Африку", "Южная Африка"),
]:
    place(quote, name)

# ---- events
event("ультиматум", "9 октября 1899 года президент Южно-Африканской Республики П. Крюгер предъявил Лондону "  # 0
      "ультиматум", "political_activity", date="9 октября 1899 года", place="Южно-Африканская Республика",
      actors=[("П. Крюгер", "agent"), ("Лондону", "target")])
event("вторглись", "12 октября буры Трансвааля и Оранжевого Свободного государства вторглись в Натал "  # 1
      "и Капскую колонию", "attack", date="12 октября", place="Натал",
      actors=[("буры Трансвааля и Оранжевого Свободного государства", "agent")])
event("вторглись", "12 октября буры Трансвааля и Оранжевого Свободного государства вторглись в Натал "  # 2
      "и Капскую колонию", "attack", date="12 октября", place="Капская колония",
      actors=[("буры Трансвааля и Оранжевого Свободного государства", "agent")])
event("захватили", "В ночь на 13 октября у Краайпана они захватили британский бронепоезд", "attack",  # 3
      date="В ночь на 13 октября", place="Краайпан", actors=[("британский бронепоезд", "target")])
event("окружён", "В тот же день был окружён Мафекинг", "siege", date="В тот же день", place="Мафекинг")  # 4
event("осада", "на следующий день началась осада Кимберли", "siege",  # 5
      date="на следующий день", place="Кимберли")
event("отбили атаку", "В Натале 20 октября британцы отбили атаку на высоту Талана у Данди", "battle",  # 6
      date="20 октября", place="Талана", actors=[("британцы", "participant")])
event("потерпели поражение", "30 октября они потерпели поражение под Ледисмитом", "battle",  # 7
      date="30 октября", place="Ледисмит")
event("сдались", "у Николсон-Нека в плен сдались около 1 тыс. солдат", "battle",  # 8
      date="30 октября", place="Николсон-Нек",
      quantities=[qty("около 1 тыс. солдат", "prisoners", 1000, approximate=True)],
      note="date from the same sentence")
event("заперты", "Вскоре буры перерезали железную дорогу, и в Ледисмите оказались заперты около 13 тыс. "  # 9
      "человек", "siege", date="Вскоре", place="Ледисмит", actors=[("буры", "agent")],
      quantities=[qty("около 13 тыс. человек", "participants", 13000, approximate=True)],
      note="the besieged garrison and people of the town")
event("разбит", "10 декабря отряд генерала У. Гатакра был разбит у Стормберга", "battle",  # 10
      date="10 декабря", place="Стормберг", actors=[("отряд генерала У. Гатакра", "target")])
event("потеряла", "на следующий день дивизия лорда Метуэна потеряла у Магерсфонтейна более 200 человек "  # 11
      "убитыми", "battle", date="на следующий день", place="Магерсфонтейн",
      actors=[("дивизия лорда Метуэна", "participant")],
      quantities=[qty("более 200 человек", "fatalities", 200, min=200, approximate=True)])
event("отбит", "15 декабря у Коленсо на реке Тугела был отбит и сам генерал Р. Буллер", "battle",  # 12
      date="15 декабря", place="Коленсо", actors=[("генерал Р. Буллер", "target")])
event("назначили", "18 декабря главнокомандующим назначили фельдмаршала Ф. Робертса, начальником штаба — "  # 13
      "лорда Китченера", "political_activity", date="18 декабря",
      actors=[("фельдмаршала Ф. Робертса", "participant"), ("лорда Китченера", "participant")],
      note="two appointments in one act")
event("прибыли", "в январе 1900 года они прибыли в Кейптаун вместе с крупными подкреплениями",  # 14
      "reinforcement", date="в январе 1900 года", place="Кейптаун",
      actors=[("крупными подкреплениями", "agent")])
event("бою", "Новая попытка Буллера прорваться к Ледисмиту привела к бою на горе Спион-Коп 23–24 января",  # 15
      "battle", date="23–24 января", place="Спион-Коп", actors=[("Буллера", "agent")],
      note="the attempt to relieve Ladysmith failed, as the next sentences show")
event("Заняв", "Заняв вершину ночью, британцы", "capture", date="ночью", place="Спион-Коп",  # 16
      actors=[("британцы", "agent")])
event("под огнём", "британцы весь следующий день пролежали под огнём бурских орудий", "bombardment",  # 17
      date="весь следующий день", place="Спион-Коп",
      actors=[("британцы", "target"), ("бурских орудий", "agent")])
event("потеряли", "по разным оценкам, потеряли от 240 до 380 человек убитыми", "battle",  # 18
      date="23–24 января", place="Спион-Коп", same_as=15,
      quantities=[qty("от 240 до 380 человек", "fatalities", None, min=240, max=380, approximate=True)],
      note="the battle is asserted; only the count is attributed to differing estimates")
event("оставили", "ночью они оставили гору", "retreat", date="ночью", place="Спион-Коп")  # 19
event("освободила", "15 февраля кавалерия генерала Дж. Френча освободила Кимберли", "reinforcement",  # 20
      date="15 февраля", place="Кимберли", actors=[("кавалерия генерала Дж. Френча", "agent")],
      note="relief of the besieged town")
event("окружена", "Армия генерала П. Кронье была окружена у Паардеберга на реке Моддер", "siege",  # 21
      date={"edtf": "1900-02-17/1900-02-27"}, place="Паардеберг",
      actors=[("Армия генерала П. Кронье", "target")],
      note="27 February minus the ten-day siege")
event("капитулировала", "после десятидневной осады 27 февраля капитулировала: в плен попали более 4 тыс. буров",  # 22
      "siege", date="27 февраля", place="Паардеберг", same_as=21,
      quantities=[qty("более 4 тыс. буров", "prisoners", 4000, min=4000, approximate=True)],
      note="the surrender that ended the siege")
event("вошёл", "На следующий день Буллер вошёл в Ледисмит", "reinforcement",  # 23
      date="На следующий день", place="Ледисмит", actors=[("Буллер", "agent")],
      note="relief of the besieged town")
event("осады", "Ледисмит, выдержавший 118 дней осады", "siege", date={"edtf": "1899-10-30/1900-02-28"},  # 24
      place="Ледисмит", same_as=9)
event("занял", "13 марта Робертс занял Блумфонтейн", "capture", date="13 марта", place="Блумфонтейн",  # 25
      actors=[("Робертс", "agent")])
event("деблокировали", "17 мая подошедшие британские колонны деблокировали Мафекинг", "reinforcement",  # 26
      date="17 мая", place="Мафекинг", actors=[("британские колонны", "agent")],
      note="relief of the besieged town")
event("присоединении", "В конце мая было объявлено о присоединении Оранжевого Свободного государства к "  # 27
      "владениям британской короны", "annexation", date="В конце мая", place="Оранжевое Свободное государство")
event("вступили", "31 мая британцы вступили в Йоханнесбург", "occupation", date="31 мая",  # 28
      place="Йоханнесбург", actors=[("британцы", "agent")])
event("вступили", "31 мая британцы вступили в Йоханнесбург, а 5 июня — в Преторию", "occupation",  # 29
      date="5 июня", place="Претория", actors=[("британцы", "agent")])
event("покинул", "Крюгер покинул столицу ещё 29 мая", "retreat", date="29 мая", place="Претория",  # 30
      actors=[("Крюгер", "agent")])
event("уехал", "осенью через португальский Мозамбик уехал в Европу", "retreat", date="осенью",  # 31
      place="Европа", note="place is the destination; he went by way of Mozambique")
event("нападали", "они нападали на обозы", "attack", date="С лета 1900 года",  # 32
      actors=[("бурские командо Л. Боты, Х. Девета и Я. Деларея", "agent"), ("обозы", "target")],
      note="guerrilla attacks, from summer 1900 on")
event("взрывали", "взрывали железнодорожные мосты", "explosion", date="С лета 1900 года",  # 33
      actors=[("бурские командо Л. Боты, Х. Девета и Я. Деларея", "agent")])
event("сражение", "В конце августа у Бергендаля произошло последнее крупное сражение регулярных армий",  # 34
      "battle", date="В конце августа", place="Бергендаль")
event("аннексии", "1 сентября Робертс объявил об аннексии Трансвааля", "annexation", date="1 сентября",  # 35
      place="Трансвааль", actors=[("Робертс", "agent")])
event("передал командование", "в конце ноября передал командование Китченеру", "political_activity",  # 36
      date="в конце ноября", actors=[("Китченеру", "participant")])
event("выжигать", "Тот начал выжигать фермы", "looting", date={"edtf": "1900-11/1902-05"},  # 37
      note="after Kitchener took command")
event("сгоняли", "семьи буров, а также работавших на них африканцев сгоняли в концентрационные лагеря",  # 38
      "deportation", date={"edtf": "1900-11/1902-05"},
      actors=[("семьи буров", "target"), ("африканцев", "target")])
event("умерли", "От голода и эпидемий там умерли около 28 тыс. буров и, по оценкам, от 14 до 20 тыс. "  # 39
      "африканцев", "deportation", date={"edtf": "1900-11/1902-05"}, same_as=38,
      quantities=[qty("около 28 тыс. буров", "fatalities", 28000, approximate=True),
                  qty("от 14 до 20 тыс. африканцев", "fatalities", None, min=14000, max=20000,
                      approximate=True)],
      note="deaths in the camps; only the African count is attributed to estimates")
event("прорвался", "В сентябре 1901 года отряд Я. Смэтса прорвался в Капскую колонию", "attack",  # 40
      date="В сентябре 1901 года", place="Капская колония", actors=[("отряд Я. Смэтса", "agent")])
event("расстрелян", "17 января 1902 года в Грааф-Рейнете был расстрелян бурский командир Г. Схеперс",  # 41
      "execution", date="17 января 1902 года", place="Грааф-Рейнет",
      actors=[("бурский командир Г. Схеперс", "target")])
event("разгромил", "7 марта у Твебоса Деларей разгромил британскую колонну", "battle", date="7 марта",  # 42
      place="Твебос", actors=[("Деларей", "agent"), ("британскую колонну", "target")])
event("собрались", "15 мая в Феринихинге собрались делегаты обеих республик", "negotiations",  # 43
      date="15 мая", place="Феринихинг", actors=[("делегаты обеих республик", "participant")])
event("приняли британские условия", "после двух недель споров они приняли британские условия", "treaty",  # 44
      date={"edtf": "1902-05-29"}, place="Феринихинг",
      note="15 May + two weeks; the delegates' acceptance of the peace terms")
event("подписан", "31 мая мирный договор был подписан в Претории", "treaty", date="31 мая",  # 45
      place="Претория", same_as=44)
event("сложили", "Оружие сложили около 20 тыс. бойцов", "political_activity",  # 46
      date={"edtf": "1902-05-31/1902-06-30"},
      quantities=[qty("около 20 тыс. бойцов", "participants", 20000, approximate=True)],
      note="surrender of the Boer forces after the peace")
event("направила", "Всего Британия направила в Южную Африку около 450 тыс. солдат", "reinforcement",  # 47
      date={"edtf": "1899-10/1902-05"}, place="Южная Африка", actors=[("Британия", "agent")],
      quantities=[qty("около 450 тыс. солдат", "participants", 450000, approximate=True)],
      note="over the whole war")
