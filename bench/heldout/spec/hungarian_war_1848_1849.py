"""Gold spec for bench/heldout/hungarian_war_1848_1849.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style; all day dates are taken as written (Gregorian).
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/hungarian_war_1848_1849.txt"

gazetteer({
    "Пешт": ("settlement", 47.50, 19.06, None, "Будапешт"),
    "Буда": ("settlement", 47.50, 19.03, None, "Будапешт"),
    "Венгрия": ("polity", 47.5, 19.05, "Q28"),
    "Пресбург": ("settlement", 48.14, 17.11, "Q1780", "Братислава"),
    "Вена": ("settlement", 48.21, 16.37, "Q1741"),
    "Драва": ("river", 46.32, 16.40, None),
    "Пакозд": ("settlement", 47.22, 18.55, None),
    "Швехат": ("settlement", 48.14, 16.48, None),
    "Тиса": ("river", 47.6, 20.7, None),
    "Дебрецен": ("settlement", 47.53, 21.63, None),
    "Каполна": ("settlement", 47.76, 20.24, None),
    "Исасег": ("settlement", 47.53, 19.40, None),
    "Коморн": ("settlement", 47.76, 18.13, None, "Комарно"),
    "Дунай": ("river", 47.50, 19.05, "Q1653"),
    "Варшава": ("settlement", 52.23, 21.01, "Q270"),
    "Галиция": ("region", 49.8, 22.5, None),
    "Сегешвар": ("settlement", 46.22, 24.79, None, "Сигишоара"),
    "Темешвар": ("settlement", 45.75, 21.23, None, "Тимишоара"),
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Вилагош": ("settlement", 46.27, 21.64, None, "Ширия"),
    "Арад": ("settlement", 46.18, 21.32, None),
})

# ---- dates, in reading order
date("1848–1849 годов", "1848/1849", "interval")
date("15 марта 1848 года", "1848-03-15", "day")
date("Через два дня", "1848-03-17", "day", derivation="computed", note="15 March + 2 days")
date("11 апреля", "1848-04-11", "day", derivation="anchored")
date("11 сентября", "1848-09-11", "day", derivation="anchored")
date("28 сентября", "1848-09-28", "day", derivation="anchored")
date("На следующий день", "1848-09-29", "day", derivation="computed", note="28 September + 1 day")
date("трёхдневного", None, None, kind="duration", duration="P3D")
date("6 октября", "1848-10-06", "day", derivation="anchored")
date("30 октября", "1848-10-30", "day", derivation="anchored")
date("на следующий день", "1848-10-31", "day", derivation="computed", note="30 October + 1 day")
date("В середине декабря", "1848-12-11/1848-12-20", "interval", derivation="anchored")
date("18 декабря", "1848-12-18", "day", derivation="anchored")
date("В начале января 1849 года", "1849-01-01/1849-01-10", "interval")
date("5 января", "1849-01-05", "day", derivation="anchored")
date("В конце февраля", "1849-02-21/1849-02-28", "interval", derivation="anchored")
date("В апреле", "1849-04", "month", derivation="anchored")
date("6 апреля", "1849-04-06", "day", derivation="anchored")
date("14 апреля", "1849-04-14", "day", derivation="anchored")
date("26 апреля", "1849-04-26", "day", derivation="anchored")
date("вскоре", "1849-04-26/1849-05-04", "interval", kind="vague", derivation="anchored",
     note="'soon' after the relief of Komorn on 26 April and before the siege of Buda began on 4 May")
date("4 мая", "1849-05-04", "day", derivation="anchored")
date("21 мая", "1849-05-21", "day", derivation="anchored")
date("Тем временем", "1849-04/1849-05", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': during the spring campaign and the siege of Buda")
date("в конце весны", "1849-05", "month", derivation="anchored",
     note="end of spring (March–May, Russian usage) taken as May")
date("В середине июня", "1849-06-11/1849-06-20", "interval", derivation="anchored")
date("31 июля", "1849-07-31", "day", derivation="anchored")
date("9 августа", "1849-08-09", "day", derivation="anchored")
date("Через два дня", "1849-08-11", "day", derivation="computed", note="9 August + 2 days")
date("13 августа", "1849-08-13", "day", derivation="anchored")
date("до начала октября", "1849-10-01/1849-10-10", "interval", derivation="anchored",
     note="end point: the fortress held out until early October")
date("6 октября 1849 года", "1849-10-06", "day")
date("В тот же день", "1849-10-06", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Пеште", "Пешт"), ("Буду", "Буда"), ("Венгрии", "Венгрия"), ("Пресбурге", "Пресбург"),
    ("Вена", "Вена"), ("Драву", "Драва"), ("Пеште", "Пешт"), ("Вены", "Вена"), ("Пакозда", "Пакозд"),
    ("Вене", "Вена"), ("Швехате", "Швехат"), ("Вену", "Вена"),
    ("Венгрию", "Венгрия"), ("Пресбург", "Пресбург"), ("Тису", "Тиса"), ("Дебрецен", "Дебрецен"),
    ("Буду", "Буда"), ("Пешт", "Пешт"), ("Каполне", "Каполна"),
    ("Исасеге", "Исасег"), ("Дебрецене", "Дебрецен"), ("Венгрии", "Венгрия"), ("Коморн", "Коморн"),
    ("Вену", "Вена"), ("Буде", "Буда"), ("Пешт", "Пешт"), ("Дуная", "Дунай"), ("Буду", "Буда"),
    ("Варшаве", "Варшава"), ("Венгрию", "Венгрия"), ("Галиции", "Галиция"), ("Сегешвара", "Сегешвар"),
    ("Темешвара", "Темешвар"), ("Османскую империю", "Османская империя"),
    ("Вилагоша", "Вилагош"), ("Вилагоше", "Вилагош"), ("Коморн", "Коморн"),
    ("Араде", "Арад"), ("Пеште", "Пешт"),
]:
    place(quote, name)

# ---- events
event("восстание", "15 марта 1848 года в Пеште началось восстание", "uprising",  # 0
      date="15 марта 1848 года", place="Пешт")
event("захватила", "Молодёжь во главе с поэтом Шандором Петёфи захватила типографию", "capture",  # 1
      date="15 марта 1848 года", place="Пешт",
      actors=[("Молодёжь во главе с поэтом Шандором Петёфи", "agent")],
      note="seizure of a printing house by the insurgents")
event("собралось", "У Национального музея, по рассказам современников, собралось более 10 тысяч человек",  # 2
      "protest", date="15 марта 1848 года", place="Пешт",
      quantities=[qty("более 10 тысяч человек", "participants", 10000, min=10000, approximate=True)],
      note="the rally is asserted; only the crowd size is attributed to contemporaries")
event("двинулась", "толпа двинулась в Буду", "protest",  # 3
      date="15 марта 1848 года", place="Буда", actors=[("толпа", "agent")])
event("освобождения", "толпа двинулась в Буду и добилась освобождения из тюрьмы Михая Танчича", "amnesty",  # 4
      date="15 марта 1848 года", place="Буда",
      actors=[("толпа", "agent"), ("Михая Танчича", "participant")],
      note="release of a political prisoner under pressure of the crowd")
event("назначен", "Через два дня граф Лайош Баттяни был назначен главой первого ответственного "  # 5
      "правительства Венгрии", "political_activity", date="Через два дня", place="Венгрия",
      actors=[("граф Лайош Баттяни", "participant")])
event("утвердил", "11 апреля в Пресбурге король утвердил «апрельские законы»", "decree",  # 6
      date="11 апреля", place="Пресбург", actors=[("король", "agent")])
event("отменившие", "11 апреля в Пресбурге король утвердил «апрельские законы», отменившие барщину",  # 7
      "abolition", date="11 апреля", place="Пресбург")
event("переправился", "11 сентября хорватский бан Йосип Елачич с армией около 40 тыс. человек "  # 8
      "переправился через Драву", "attack", date="11 сентября", place="Драва",
      actors=[("хорватский бан Йосип Елачич", "agent")],
      quantities=[qty("около 40 тыс. человек", "participants", 40000, approximate=True)],
      note="the invasion of Hungary from Croatia")
event("растерзала", "28 сентября в Пеште толпа растерзала присланного из Вены графа Ламберга", "riot",  # 9
      date="28 сентября", place="Пешт", actors=[("толпа", "agent"), ("графа Ламберга", "target")],
      note="mob killing of the imperial commissioner")
event("встретили", "На следующий день у Пакозда бана встретили венгерские войска", "battle",  # 10
      date="На следующий день", place="Пакозд",
      actors=[("бана", "participant"), ("венгерские войска", "participant")])
event("сражения", "после нерешительного сражения", "battle",  # 11
      date="На следующий день", place="Пакозд", same_as=10)
event("запросил", "он запросил трёхдневного перемирия", "negotiations",  # 12
      date="На следующий день", place="Пакозд", note="request for a three-day armistice after the battle")
event("боя", "не возобновив боя", "battle",  # 13
      date={"edtf": "1848-09-29/1848-10-02"}, place="Пакозд", assertion="negated",
      note="within the three-day armistice")
event("увёл войска", "увёл войска к Вене", "retreat",  # 14
      date={"edtf": "1848-09-29/1848-10-02"}, place="Вена",
      note="place is the destination; within the three-day armistice")
event("восстание", "6 октября там вспыхнуло восстание", "uprising",  # 15
      date="6 октября", place="Вена")
event("убит", "военный министр Латур был убит толпой", "riot",  # 16
      date="6 октября", place="Вена", actors=[("военный министр Латур", "target"), ("толпой", "agent")],
      note="mob killing during the Vienna rising")
event("выручить", "Попытка венгров выручить восставших провалилась: 30 октября их разбили при Швехате",  # 17
      "attack", date="30 октября", place="Швехат", assertion="failed", actors=[("венгров", "agent")])
event("разбили", "30 октября их разбили при Швехате", "attack",  # 18
      date="30 октября", place="Швехат", same_as=17)
event("взяли", "на следующий день войска князя Виндишгреца штурмом взяли Вену", "recapture",  # 19
      date="на следующий день", place="Вена", actors=[("войска князя Виндишгреца", "agent")])
event("вторгся", "В середине декабря Виндишгрец вторгся в Венгрию", "attack",  # 20
      date="В середине декабря", place="Венгрия", actors=[("Виндишгрец", "agent")])
event("занял", "В середине декабря Виндишгрец вторгся в Венгрию и 18 декабря занял Пресбург", "capture",  # 21
      date="18 декабря", place="Пресбург", actors=[("Виндишгрец", "agent")])
event("бежали", "В начале января 1849 года правительство и сейм бежали за Тису, в Дебрецен", "retreat",  # 22
      date="В начале января 1849 года", place="Дебрецен", actors=[("правительство и сейм", "agent")],
      note="place is the destination")
event("вступили", "5 января австрийцы без боя вступили в Буду и Пешт", "occupation",  # 23
      date="5 января", place="Буда", actors=[("австрийцы", "agent")])
event("вступили", "5 января австрийцы без боя вступили в Буду и Пешт", "occupation",  # 24
      date="5 января", place="Пешт", actors=[("австрийцы", "agent")])
event("поражение", "В конце февраля венгры потерпели поражение при Каполне", "battle",  # 25
      date="В конце февраля", place="Каполна", actors=[("венгры", "participant")])
event("перешла в наступление", "В апреле армия Артура Гёргея перешла в наступление", "attack",  # 26
      date="В апреле", actors=[("армия Артура Гёргея", "agent")])
event("разбиты", "6 апреля австрийцы были разбиты при Исасеге", "battle",  # 27
      date="6 апреля", place="Исасег", actors=[("австрийцы", "participant")])
event("провозгласил независимость", "14 апреля в Дебрецене сейм провозгласил независимость Венгрии",  # 28
      "founding", date="14 апреля", place="Дебрецен", actors=[("сейм", "agent")],
      note="declaration of Hungary's independence, made in Debrecen")
event("низложил", "14 апреля в Дебрецене сейм провозгласил независимость Венгрии и низложил Габсбургов",  # 29
      "political_activity", date="14 апреля", place="Дебрецен",
      actors=[("сейм", "agent"), ("Габсбургов", "target")])
event("стал", "правителем страны стал Лайош Кошут", "political_activity",  # 30
      date="14 апреля", place="Дебрецен", actors=[("Лайош Кошут", "participant")])
event("деблокировали", "26 апреля венгры деблокировали крепость Коморн", "battle",  # 31
      date="26 апреля", place="Коморн", actors=[("венгры", "agent")],
      note="relief of the besieged fortress")
event("Похода", "Похода на Вену так и не последовало", "attack",  # 32
      date={"edtf": "1849-04-26/1849-05-04"}, place="Вена", assertion="negated")
event("повернул", "вскоре Гёргей повернул к Буде", "reinforcement",  # 33
      date="вскоре", place="Буда", actors=[("Гёргей", "agent")])
event("Осада", "Осада крепости началась 4 мая", "siege",  # 34
      date="4 мая", place="Буда", note="'крепости' refers back to Buda")
event("обстреливал", "Комендант генерал Хенци обстреливал Пешт", "bombardment",  # 35
      date={"edtf": "1849-05-04/1849-05-21"}, place="Пешт",
      actors=[("Комендант генерал Хенци", "agent")], note="during the siege of Buda")
event("выгорели", "по свидетельствам очевидцев, в городе выгорели целые кварталы у Дуная", "looting",  # 36
      date={"edtf": "1849-05-04/1849-05-21"}, place="Пешт", assertion="reported",
      note="destruction by fire in Pest ('в городе'), attributed to eyewitnesses")
event("приступы", "Первые приступы были отбиты", "attack",  # 37
      date={"edtf": "1849-05-04/1849-05-21"}, place="Буда", assertion="failed")
event("взяли штурмом", "21 мая Буду взяли штурмом; венгры потеряли несколько сотен убитых", "recapture",  # 38
      date="21 мая", place="Буда", actors=[("венгры", "agent")],
      quantities=[qty("несколько сотен убитых", "fatalities", None, min=200, max=900, approximate=True)])
event("обратился за помощью", "Тем временем Франц Иосиф обратился за помощью к Николаю I",  # 39
      "political_activity", date="Тем временем",
      actors=[("Франц Иосиф", "agent"), ("Николаю I", "participant")])
event("решено", "в конце весны в Варшаве было решено начать интервенцию", "political_activity",  # 40
      date="в конце весны", place="Варшава", note="decision to intervene: an entry into the war")
event("вступила", "В середине июня русская армия фельдмаршала Паскевича, около 200 тыс. человек, "  # 41
      "вступила в Венгрию из Галиции", "attack", date="В середине июня", place="Венгрия",
      actors=[("русская армия фельдмаршала Паскевича", "agent")],
      quantities=[qty("около 200 тыс. человек", "participants", 200000, approximate=True)])
event("наступали", "С запада наступали австрийцы Гайнау", "attack",  # 42
      date={"edtf": "1849-06/1849-07"}, actors=[("австрийцы Гайнау", "agent")])
event("разбили", "31 июля русские разбили Бема у Сегешвара", "battle",  # 43
      date="31 июля", place="Сегешвар", actors=[("русские", "agent"), ("Бема", "target")])
event("разгромил", "9 августа у Темешвара Гайнау разгромил армию Бема", "battle",  # 44
      date="9 августа", place="Темешвар", actors=[("Гайнау", "agent"), ("армию Бема", "target")])
event("передал власть", "Через два дня Кошут передал власть Гёргею", "political_activity",  # 45
      date="Через два дня", actors=[("Кошут", "agent"), ("Гёргею", "participant")])
event("бежал", "Через два дня Кошут передал власть Гёргею и бежал в Османскую империю", "retreat",  # 46
      date="Через два дня", place="Османская империя", actors=[("Кошут", "agent")],
      note="place is the destination")
event("сложил оружие", "13 августа у Вилагоша Гёргей сложил оружие перед русским генералом Ридигером",  # 47
      "treaty", date="13 августа", place="Вилагош",
      actors=[("Гёргей", "agent"), ("русским генералом Ридигером", "participant")],
      note="capitulation")
event("сдались", "В плен сдались более 30 тысяч солдат", "treaty",  # 48
      date="13 августа", place="Вилагош", same_as=47,
      quantities=[qty("более 30 тысяч солдат", "prisoners", 30000, min=30000, approximate=True)])
event("Капитуляция", "Капитуляция при Вилагоше означала конец войны", "treaty",  # 49
      date="13 августа", place="Вилагош", same_as=47)
event("держался", "Коморн держался до начала октября", "siege",  # 50
      date="до начала октября", place="Коморн", note="the fortress held out under siege after Világos")
event("казнены", "6 октября 1849 года в Араде были казнены 13 командиров венгерской армии", "execution",  # 51
      date="6 октября 1849 года", place="Арад", actors=[("13 командиров венгерской армии", "target")],
      quantities=[qty("13", "fatalities", 13)])
event("расстреляли", "четверых расстреляли", "execution",  # 52
      date="6 октября 1849 года", place="Арад", same_as=51,
      quantities=[qty("четверых", "fatalities", 4)])
event("повесили", "девятерых повесили", "execution",  # 53
      date="6 октября 1849 года", place="Арад", same_as=51,
      quantities=[qty("девятерых", "fatalities", 9)])
event("расстреляли", "В тот же день в Пеште расстреляли Баттяни", "execution",  # 54
      date="В тот же день", place="Пешт", actors=[("Баттяни", "target")])
event("казнили", "Всего по приговорам военных судов казнили около 120 человек", "execution",  # 55
      date={"edtf": "1849-08/1850-12"}, quantities=[qty("около 120 человек", "fatalities", 120, approximate=True)],
      note="the reprisals after the surrender; the text gives no dates")
event("бросили в тюрьмы", "около 1500 бросили в тюрьмы", "arrest",  # 56
      date={"edtf": "1849-08/1850-12"},
      quantities=[qty("около 1500", "prisoners", 1500, approximate=True)],
      note="the reprisals after the surrender; the text gives no dates")
