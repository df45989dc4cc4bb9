"""Gold spec for bench/heldout/first_opium_war_1839_1842.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/first_opium_war_1839_1842.txt"

gazetteer({
    "Великобритания": ("polity", 51.51, -0.13, "Q174193"),
    "Цинская империя": ("polity", 39.9, 116.4, "Q8733"),
    "Китай": ("polity", 35.0, 105.0, None),
    "Кантон": ("settlement", 23.13, 113.26, "Q16572", "Гуанчжоу"),
    "Хумэнь": ("settlement", 22.82, 113.67, None),
    "Коулун": ("settlement", 22.32, 114.18, None),
    "Чуаньби": ("settlement", 22.78, 113.65, None),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Жемчужная река": ("river", 22.8, 113.6, None),
    "Динхай": ("settlement", 30.02, 122.1, None),
    "Чжоушань": ("region", 30.05, 122.15, None),
    "Байхэ": ("river", 38.97, 117.7, None, "Хайхэ"),
    "Тяньцзинь": ("settlement", 39.13, 117.2, "Q11736"),
    "Или": ("region", 43.91, 81.32, None),
    "Англия": ("polity", 51.51, -0.13, None),
    "Гонконг": ("settlement", 22.28, 114.16, "Q8646"),
    "Саньюаньли": ("settlement", 23.17, 113.26, None),
    "Амой": ("settlement", 24.48, 118.09, None, "Сямэнь"),
    "Чжэньхай": ("settlement", 29.95, 121.72, None),
    "Нинбо": ("settlement", 29.87, 121.55, None),
    "Индия": ("region", 22.0, 79.0, None),
    "Янцзы": ("river", 32.2, 119.5, "Q5413"),
    "Чжапу": ("settlement", 30.6, 121.08, None),
    "Усун": ("settlement", 31.38, 121.5, None),
    "Шанхай": ("settlement", 31.23, 121.47, "Q8686"),
    "Чжэньцзян": ("settlement", 32.2, 119.45, None),
    "Великий канал": ("river", 32.25, 119.43, None),
    "Нанкин": ("settlement", 32.06, 118.78, "Q16666"),
    "Фучжоу": ("settlement", 26.07, 119.3, None),
})

# ---- dates, in reading order
date("1839–1842 гг.", "1839/1842", "interval")
date("В декабре 1838 года", "1838-12", "month")
date("10 марта 1839 года", "1839-03-10", "day")
date("В конце марта", "1839-03-21/1839-03-31", "interval", derivation="anchored")
date("3 июня", "1839-06-03", "day", derivation="anchored")
date("7 июля", "1839-07-07", "day", derivation="anchored")
date("4 сентября", "1839-09-04", "day", derivation="anchored")
date("3 ноября", "1839-11-03", "day", derivation="anchored")
date("В июне 1840 года", "1840-06", "month")
date("5 июля", "1840-07-05", "day", derivation="anchored")
date("В августе", "1840-08", "month", derivation="anchored")
date("Осенью", "1840-23", "season", derivation="anchored")
date("в 1841 году", "1841", "year")
date("7 января 1841 года", "1841-01-07", "day")
date("20 января", "1841-01-20", "day", derivation="anchored")
date("26 января", "1841-01-26", "day", derivation="anchored")
date("26 февраля", "1841-02-26", "day", derivation="anchored")
date("В ночь на 22 мая", "1841-05-21/1841-05-22", "day", derivation="anchored")
date("25 мая", "1841-05-25", "day", derivation="anchored")
date("27 мая", "1841-05-27", "day", derivation="anchored")
date("Через три дня", "1841-05-30", "day", derivation="computed", note="27 May + 3 days")
date("В августе", "1841-08", "month", derivation="anchored")
date("26 августа", "1841-08-26", "day", derivation="anchored")
date("1 октября", "1841-10-01", "day", derivation="anchored")
date("10 октября", "1841-10-10", "day", derivation="anchored")
date("Через три дня", "1841-10-13", "day", derivation="computed", note="10 October + 3 days")
date("10 марта 1842 года", "1842-03-10", "day")
date("В мае", "1842-05", "month", derivation="anchored")
date("18 мая", "1842-05-18", "day", derivation="anchored")
date("16 июня", "1842-06-16", "day", derivation="anchored")
date("19 июня", "1842-06-19", "day", derivation="anchored")
date("21 июля", "1842-07-21", "day", derivation="anchored")
date("В начале августа", "1842-08-01/1842-08-10", "interval", derivation="anchored")
date("29 августа 1842 года", "1842-08-29", "day")
date("Вскоре", "1842-08-29/1842-10-31", "interval", kind="vague", derivation="anchored",
     note="'soon' after the signing of 29 August 1842")
date("в конце года", "1842-09/1842-12", "interval", derivation="anchored",
     note="end of 1842: last third of the year, as for parts of a century")

# ---- places, in reading order
for quote, name in [
    ("Великобританией", "Великобритания"), ("Цинской империей", "Цинская империя"), ("Китай", "Китай"),
    ("Кантон", "Кантон"), ("Хумэня", "Хумэнь"), ("Коулуне", "Коулун"), ("Коулуна", "Коулун"),
    ("Чуаньби", "Чуаньби"),
    ("Лондон", "Лондон"), ("Жемчужной реки", "Жемчужная река"), ("Кантона", "Кантон"),
    ("Динхай", "Динхай"), ("Чжоушань", "Чжоушань"), ("Байхэ", "Байхэ"), ("Тяньцзиня", "Тяньцзинь"),
    ("Или", "Или"),
    ("Чуаньби", "Чуаньби"), ("Англии", "Англия"), ("Гонконг", "Гонконг"), ("Хумэня", "Хумэнь"),
    ("Кантона", "Кантон"), ("Саньюаньли", "Саньюаньли"),
    ("Китай", "Китай"), ("Амой", "Амой"), ("Динхаем", "Динхай"), ("Чжэньхай", "Чжэньхай"),
    ("Нинбо", "Нинбо"), ("Нинбо", "Нинбо"), ("Чжэньхай", "Чжэньхай"),
    ("Индии", "Индия"), ("Янцзы", "Янцзы"), ("Чжапу", "Чжапу"), ("Усуна", "Усун"),
    ("Шанхай", "Шанхай"), ("Чжэньцзян", "Чжэньцзян"), ("Великого канала", "Великий канал"),
    ("Янцзы", "Янцзы"), ("Нанкину", "Нанкин"),
    ("Нанкинский", "Нанкин"), ("Цинская империя", "Цинская империя"), ("Великобритании", "Великобритания"),
    ("Гонконг", "Гонконг"), ("Кантон", "Кантон"), ("Амой", "Амой"), ("Фучжоу", "Фучжоу"),
    ("Нинбо", "Нинбо"), ("Шанхай", "Шанхай"),
]:
    place(quote, name)

# ---- events
event("назначил", "В декабре 1838 года император Даогуан назначил чрезвычайным комиссаром Линь Цзэсюя",  # 0
      "political_activity", date="В декабре 1838 года",
      actors=[("император Даогуан", "agent"), ("Линь Цзэсюя", "participant")], note="appointment")
event("прибыл", "10 марта 1839 года тот прибыл в Кантон", "political_activity",  # 1
      date="10 марта 1839 года", place="Кантон",
      note="arrival of the imperial commissioner to take up his post, not of forces")
event("блокировали", "В конце марта китайские солдаты блокировали иностранные фактории", "siege",  # 2
      date="В конце марта", place="Кантон",
      actors=[("китайские солдаты", "agent"), ("иностранные фактории", "target")],
      note="blockade of the foreign factories at Canton")
event("уничтожать", "3 июня конфискованный товар начали публично уничтожать у Хумэня", "looting",  # 3
      date="3 июня", place="Хумэнь", note="destruction of the confiscated opium (property destruction)")
event("убили", "7 июля в Коулуне пьяные британские матросы убили крестьянина", "attack_on_civilians",  # 4
      date="7 июля", place="Коулун",
      actors=[("пьяные британские матросы", "agent"), ("крестьянина", "target")])
event("перестрелка", "4 сентября у Коулуна произошла первая перестрелка", "battle",  # 5
      date="4 сентября", place="Коулун")
event("разгромили", "3 ноября британские фрегаты разгромили флотилию боевых джонок у Чуаньби", "battle",  # 6
      date="3 ноября", place="Чуаньби",
      actors=[("британские фрегаты", "agent"), ("флотилию боевых джонок", "target")])
event("посылкой экспедиции", "Лондон ответил посылкой экспедиции", "reinforcement",  # 7
      date={"edtf": "1839-11/1840-06"}, actors=[("Лондон", "agent")],
      note="dispatch of the expeditionary force; between the clash of 3 November 1839 and its arrival")
event("подошли", "В июне 1840 года к устью Жемчужной реки подошли 16 военных кораблей с десантом около "  # 8
      "4 тыс. человек", "reinforcement", date="В июне 1840 года", place="Жемчужная река", same_as=7,
      quantities=[qty("около 4 тыс. человек", "participants", 4000, approximate=True)])
event("блокаду", "Объявив блокаду Кантона, англичане двинулись на север", "siege", date="В июне 1840 года", place="Кантон",  # 9
      actors=[("англичане", "agent")], note="naval blockade; date from the previous sentence")
event("захватили", "англичане двинулись на север и 5 июля захватили Динхай на острове Чжоушань", "capture",  # 10
      date="5 июля", place="Динхай", actors=[("англичане", "agent")])
event("появился", "В августе флот появился в устье Байхэ близ Тяньцзиня", "reinforcement",  # 11
      date="В августе", place="Байхэ", actors=[("флот", "agent")])
event("поручил переговоры", "встревоженный двор поручил переговоры наместнику Цишаню", "negotiations",  # 12
      date="В августе", actors=[("встревоженный двор", "agent"), ("наместнику Цишаню", "participant")],
      note="date from the same sentence")
event("смещён", "Осенью Линь Цзэсюй был смещён", "political_activity",  # 13
      date="Осенью", actors=[("Линь Цзэсюй", "target")], note="dismissal")
event("сослан", "Осенью Линь Цзэсюй был смещён, а в 1841 году сослан в Или", "deportation",  # 14
      date="в 1841 году", place="Или", actors=[("Линь Цзэсюй", "target")],
      note="exile; the place is the destination")
event("взяли", "7 января 1841 года британцы штурмом взяли форты Чуаньби", "capture",  # 15
      date="7 января 1841 года", place="Чуаньби", actors=[("британцы", "agent")])
event("соглашении", "20 января Эллиот объявил о соглашении с Цишанем", "treaty",  # 16
      date="20 января", actors=[("Эллиот", "participant"), ("Цишанем", "participant")])
event("уступался", "20 января Эллиот объявил о соглашении с Цишанем, по которому Англии уступался Гонконг",  # 17
      "territorial_transfer", date="20 января", place="Гонконг", actors=[("Англии", "participant")],
      note="a term of the agreement, which both sides later rejected")
event("заняли", "Уже 26 января остров заняли британские моряки", "occupation",  # 18
      date="26 января", place="Гонконг", actors=[("британские моряки", "agent")])
event("отвергли", "Однако соглашение отвергли обе стороны", "non_recognition",  # 19
      date={"edtf": "1841-01/1841-05"}, actors=[("обе стороны", "agent")])
event("арестовать", "Даогуан приказал арестовать Цишаня", "arrest",  # 20
      date={"edtf": "1841-01/1841-03"}, actors=[("Даогуан", "agent"), ("Цишаня", "target")])
event("отозвал", "министр иностранных дел Пальмерстон отозвал Эллиота", "political_activity",  # 21
      date={"edtf": "1841-04/1841-05"}, actors=[("министр иностранных дел Пальмерстон", "agent"),
                                               ("Эллиота", "target")], note="recall")
event("назначил", "Пальмерстон отозвал Эллиота и назначил на его место Генри Поттинджера",  # 22
      "political_activity", date={"edtf": "1841-04/1841-05"},
      actors=[("Пальмерстон", "agent"), ("Генри Поттинджера", "participant")], note="appointment")
event("пали", "26 февраля пали форты Хумэня", "capture", date="26 февраля", place="Хумэнь",  # 23
      note="the text adds that Admiral Guan Tianpei fell defending them")
event("попытались поджечь", "В ночь на 22 мая китайские брандеры попытались поджечь британские суда у "  # 24
      "Кантона, но атака не удалась", "attack", date="В ночь на 22 мая", place="Кантон", assertion="failed",
      actors=[("китайские брандеры", "agent"), ("британские суда", "target")])
event("заняли", "25 мая англичане заняли высоты над городом", "capture",  # 25
      date="25 мая", place="Кантон", actors=[("англичане", "agent")])
event("согласились", "27 мая городские власти согласились уплатить выкуп в 6 млн долларов", "treaty",  # 26
      date="27 мая", place="Кантон", actors=[("городские власти", "participant")],
      note="ransom agreement for Canton")
event("окружили", "Через три дня у деревни Саньюаньли британский отряд окружили крестьянские ополченцы, "  # 27
      "которых, по китайским сведениям, собралось до 10 тыс.", "attack",
      date="Через три дня", place="Саньюаньли",
      actors=[("крестьянские ополченцы", "agent"), ("британский отряд", "target")],
      quantities=[qty("до 10 тыс.", "participants", 10000, max=10000, approximate=True)],
      note="the event is asserted; only the number is attributed to Chinese sources")
event("прибыл", "В августе в Китай прибыл Поттинджер", "political_activity",  # 28
      date="В августе", place="Китай", actors=[("Поттинджер", "agent")],
      note="arrival of the new plenipotentiary, not of forces")
event("взят", "26 августа был взят Амой", "capture", date="26 августа", place="Амой")  # 29
event("овладели", "1 октября британцы вторично овладели Динхаем", "recapture",  # 30
      date="1 октября", place="Динхай", actors=[("британцы", "agent")],
      note="taken a second time by the British, who had held it in 1840")
event("взяли", "1 октября британцы вторично овладели Динхаем, а 10 октября штурмом взяли Чжэньхай", "capture", date="10 октября", place="Чжэньхай",  # 31
      actors=[("британцы", "agent")])
event("вошли", "Через три дня англичане без боя вошли в Нинбо", "occupation",  # 32
      date="Через три дня", place="Нинбо", actors=[("англичане", "agent")])
event("попытались отбить", "10 марта 1842 года войска Ицзина попытались отбить Нинбо и Чжэньхай",  # 33
      "recapture", date="10 марта 1842 года", place="Нинбо", assertion="failed",
      actors=[("войска Ицзина", "agent")])
event("попытались отбить", "10 марта 1842 года войска Ицзина попытались отбить Нинбо и Чжэньхай",  # 34
      "recapture", date="10 марта 1842 года", place="Чжэньхай", assertion="failed",
      actors=[("войска Ицзина", "agent")])
event("отброшены", "10 марта 1842 года войска Ицзина попытались отбить Нинбо и Чжэньхай, но были "  # 35
      "отброшены с тяжёлыми потерями", "retreat", date="10 марта 1842 года", place="Нинбо",
      actors=[("войска Ицзина", "agent")])
event("отброшены", "10 марта 1842 года войска Ицзина попытались отбить Нинбо и Чжэньхай, но были "  # 36
      "отброшены с тяжёлыми потерями", "retreat", date="10 марта 1842 года", place="Чжэньхай",
      actors=[("войска Ицзина", "agent")])
event("получив подкрепления", "В мае, получив подкрепления из Индии, экспедиционные силы численностью "  # 37
      "10–12 тыс. человек начали наступление к Янцзы", "reinforcement", date="В мае",
      actors=[("экспедиционные силы", "agent")],
      note="reinforcements from India; the text does not name where they arrived")
event("наступление", "В мае, получив подкрепления из Индии, экспедиционные силы численностью "  # 38
      "10–12 тыс. человек начали наступление к Янцзы", "attack", date="В мае", place="Янцзы",
      actors=[("экспедиционные силы", "agent")],
      quantities=[qty("10–12 тыс. человек", "participants", None, min=10000, max=12000, approximate=True)])
event("взят", "18 мая был взят Чжапу, где маньчжурский гарнизон сражался до последнего", "capture",  # 39
      date="18 мая", place="Чжапу", actors=[("маньчжурский гарнизон", "target")])
event("пали", "16 июня пали батареи Усуна, где погиб генерал Чэнь Хуачэн", "capture",  # 40
      date="16 июня", place="Усун", actors=[("генерал Чэнь Хуачэн", "target")])
event("вошли", "19 июня англичане без сопротивления вошли в Шанхай", "occupation",  # 41
      date="19 июня", place="Шанхай", actors=[("англичане", "agent")])
event("захвачен", "21 июля после ожесточённого штурма был захвачен Чжэньцзян у пересечения Великого канала с "  # 42
      "Янцзы; британцы потеряли убитыми около 40 человек", "capture", date="21 июля", place="Чжэньцзян",
      quantities=[qty("около 40 человек", "fatalities", 40, approximate=True)],
      note="British dead; the defenders' losses are given only as many times greater")
event("подошла", "В начале августа эскадра подошла к Нанкину", "reinforcement",  # 43
      date="В начале августа", place="Нанкин", actors=[("эскадра", "agent")])
event("подписан", "29 августа 1842 года на борту корабля «Корнуоллис» был подписан Нанкинский договор",  # 44
      "treaty", date="29 августа 1842 года", place="Нанкин")
event("уступала", "Цинская империя уступала Великобритании Гонконг", "territorial_transfer",  # 45
      date="29 августа 1842 года", place="Гонконг",
      actors=[("Цинская империя", "agent"), ("Великобритании", "participant")],
      note="a term of the Treaty of Nanking; date from the previous sentence")
event("утвердил", "Вскоре договор утвердил император", "treaty",  # 46
      date="Вскоре", actors=[("император", "agent")], note="ratification")
event("утвердил", "Вскоре договор утвердил император, а в конце года — королева Виктория", "treaty",  # 47
      date="в конце года", actors=[("королева Виктория", "agent")], note="ratification")
