"""Gold spec for bench/heldout/brusilov_offensive_1916.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/brusilov_offensive_1916.txt"

gazetteer({
    "Трентино": ("region", 46.07, 11.12, None),
    "Италия": ("polity", 41.9, 12.5, "Q38"),
    "Россия": ("polity", 55.75, 37.62, "Q34266"),
    "Олыка": ("settlement", 50.72, 25.82, None),
    "Луцк": ("settlement", 50.75, 25.34, None),
    "Доброноуц": ("settlement", 48.6, 26.0, None),
    "Черновцы": ("settlement", 48.29, 25.94, None),
    "Коломыя": ("settlement", 48.53, 25.04, None),
    "Буковина": ("region", 48.1, 25.8, None),
    "Карпаты": ("mountain", 48.3, 24.5, None),
    "Волынь": ("region", 50.9, 25.3, None),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Стырь": ("river", 50.75, 25.33, None),
    "Барановичи": ("settlement", 53.13, 26.01, None),
    "Стоход": ("river", 51.25, 25.1, None),
    "Ковель": ("settlement", 51.21, 24.71, None),
    "Броды": ("settlement", 50.08, 25.15, None),
    "Станиславов": ("settlement", 48.92, 24.71, None, "Ивано-Франковск"),
    "Румыния": ("polity", 44.43, 26.1, "Q218"),
    "Бухарест": ("settlement", 44.43, 26.1, "Q19660"),
    "Австро-Венгрия": ("polity", 48.21, 16.37, "Q28513"),
    "Трансильвания": ("region", 46.77, 23.6, None),
})

# ---- dates, in reading order (New Style, as the text states)
date("Летом 1916 года", "1916-22", "season")
date("30 марта 1916 года", "1916-03-30", "day")
date("Около двух месяцев", None, None, kind="duration", duration="P2M", note="approximate")
date("В середине мая", "1916-05-11/1916-05-20", "interval", derivation="anchored")
date("4 июня", "1916-06-04", "day", derivation="anchored")
date("от 6 до 45 часов", None, None, kind="duration", note="a range: between 6 and 45 hours")
date("на следующий день", "1916-06-05", "day", derivation="computed", note="4 June + 1 day")
date("7 июня", "1916-06-07", "day", derivation="anchored")
date("За первые три дня", None, None, kind="duration", duration="P3D")
date("10 июня", "1916-06-10", "day", derivation="anchored")
date("18 июня", "1916-06-18", "day", derivation="anchored")
date("В конце июня", "1916-06-21/1916-06-30", "interval", derivation="anchored")
date("вскоре", "1916-06-21/1916-07-31", "interval", kind="vague", derivation="anchored",
     note="soon after the fall of Kolomyia at the end of June")
date("С 16 июня", "1916-06-16", "day", derivation="anchored", note="start of a process that goes on")
date("Несколько дней", None, None, kind="duration", note="unquantified: a few days")
date("В начале июля", "1916-07-01/1916-07-10", "interval", derivation="anchored")
date("4 июля", "1916-07-04", "day", derivation="anchored")
date("28 июля", "1916-07-28", "day", derivation="anchored")
date("за несколько недель", None, None, kind="duration", note="unquantified: several weeks")
date("В тот же день", "1916-07-28", "day", derivation="anchored")
date("10 августа", "1916-08-10", "day", derivation="anchored")
date("17 августа", "1916-08-17", "day", derivation="anchored")
date("27 августа", "1916-08-27", "day", derivation="anchored")
date("в ту же ночь", "1916-08-27/1916-08-28", "day", derivation="anchored",
     note="the night after 27 August")
date("Через два дня", "1916-08-29", "day", derivation="computed", note="27 August + 2 days")
date("29 августа", "1916-08-29", "day", derivation="anchored")
date("Осенью", "1916-23", "season", derivation="anchored")
date("6 декабря", "1916-12-06", "day", derivation="anchored")
date("В сентябре", "1916-09", "month", derivation="anchored")
date("к октябрю", "1916-10", "month", derivation="anchored", note="'by October': the state held by then")

# ---- places, in reading order
for quote, name in [
    ("Трентино", None), ("Италия", None), ("России", "Россия"),
    ("Олыки", "Олыка"), ("Луцк", None),
    ("Доброноуца", "Доброноуц"), ("Черновцами", "Черновцы"), ("Коломыя", None), ("Буковина", None),
    ("Карпатам", "Карпаты"),
    ("Волынь", None), ("Франции", "Франция"), ("Италии", "Италия"), ("Луцком", "Луцк"),
    ("Стыри", "Стырь"), ("Барановичей", "Барановичи"),
    ("Стырь", None), ("Стоход", None), ("Ковелю", "Ковель"), ("Броды", None), ("Станиславов", None),
    ("Румынию", "Румыния"), ("Бухаресте", "Бухарест"), ("Румыния", None), ("Австро-Венгрии", "Австро-Венгрия"),
    ("карпатские", "Карпаты"), ("Трансильванию", "Трансильвания"), ("Бухарест", None),
    ("Ковель", None),
]:
    place(quote, name)

# ---- events
event("наступление", "Летом 1916 года войска Юго-Западного фронта русской армии предприняли наступление",  # 0
      "attack", date="Летом 1916 года", actors=[("войска Юго-Западного фронта русской армии", "agent")])
event("возглавил", "30 марта 1916 года фронт вместо Н. И. Иванова возглавил генерал А. А. Брусилов",  # 1
      "political_activity", date="30 марта 1916 года",
      actors=[("генерал А. А. Брусилов", "participant")], note="appointment")
event("наступление", "В середине мая австро-венгерская армия перешла в наступление в Трентино",  # 2
      "attack", date="В середине мая", place="Трентино", actors=[("австро-венгерская армия", "agent")])
event("открыла огонь", "4 июня русская артиллерия открыла огонь по всему фронту", "bombardment",  # 3
      date="4 июня", actors=[("русская артиллерия", "agent")])
event("Артиллерийская подготовка", "Артиллерийская подготовка продолжалась на разных участках от 6 до 45 часов",  # 4
      "bombardment", date="4 июня", same_as=3)
event("поднялась", "на следующий день поднялась пехота", "attack",  # 5
      date="на следующий день", actors=[("пехота", "agent")])
event("прорвали оборону", "её корпуса прорвали оборону 4-й австро-венгерской армии у Олыки", "attack",  # 6
      date={"edtf": "1916-06-05/1916-06-07"}, place="Олыка",
      actors=[("её корпуса", "agent"), ("4-й австро-венгерской армии", "target")],
      note="between the infantry attack of 5 June and the entry into Lutsk on 7 June")
event("вступили", "7 июня русские части вступили в Луцк", "capture",  # 7
      date="7 июня", place="Луцк", actors=[("русские части", "agent")])
event("захватила", "За первые три дня одна эта армия захватила более 40 тыс. пленных", "attack",  # 8
      date={"edtf": "1916-06-04/1916-06-07"}, place="Олыка", same_as=6,
      actors=[("одна эта армия", "agent")],
      quantities=[qty("более 40 тыс. пленных", "prisoners", 40000, min=40000, approximate=True)],
      note="the first three days of the operation, from 4 June")
event("разбила", "На левом крыле 9-я армия П. А. Лечицкого 10 июня разбила австрийцев у Доброноуца, "  # 9
      "взяв около 18 тыс. пленных", "battle", date="10 июня", place="Доброноуц",
      actors=[("9-я армия П. А. Лечицкого", "agent"), ("австрийцев", "target")],
      quantities=[qty("около 18 тыс. пленных", "prisoners", 18000, approximate=True)])
event("овладела", "На левом крыле 9-я армия П. А. Лечицкого 10 июня разбила австрийцев у Доброноуца, "  # 10
      "взяв около 18 тыс. пленных, а 18 июня овладела Черновцами", "capture", date="18 июня",
      place="Черновцы", actors=[("9-я армия П. А. Лечицкого", "agent")])
event("отступавшими", "Вместе с отступавшими частями город покинули австрийские чиновники и многие жители",  # 11
      "retreat", date={"edtf": "1916-06-10/1916-06-18"}, place="Черновцы",
      actors=[("отступавшими частями", "agent")])
event("покинули", "Вместе с отступавшими частями город покинули австрийские чиновники и многие жители",  # 12
      "flight", date={"edtf": "1916-06-10/1916-06-18"}, place="Черновцы",
      actors=[("австрийские чиновники", "participant"), ("многие жители", "participant")])
event("пала", "В конце июня пала Коломыя", "capture", date="В конце июня", place="Коломыя")  # 13
event("занята", "вскоре почти вся Буковина была занята русскими войсками", "occupation",  # 14
      date="вскоре", place="Буковина", actors=[("русскими войсками", "agent")])
event("вышедшими", "почти вся Буковина была занята русскими войсками, вышедшими к Карпатам",  # 15
      "reinforcement", date="вскоре", place="Карпаты", actors=[("русскими войсками", "agent")],
      note="arrival of the advancing army at the mountains")
event("перебрасывало", "Германское командование спешно перебрасывало на Волынь дивизии из Франции",  # 16
      "reinforcement", date={"edtf": "1916-06"}, place="Волынь",
      actors=[("Германское командование", "agent")])
event("перебрасывало", "Германское командование спешно перебрасывало на Волынь дивизии из Франции, "  # 17
      "а австрийцы — из Италии", "reinforcement", date={"edtf": "1916-06"}, place="Волынь",
      actors=[("австрийцы", "agent")])
event("контратаковала", "С 16 июня группа генерала А. фон Линзингена контратаковала русских под Луцком",  # 18
      "attack", date="С 16 июня", place="Луцк",
      actors=[("группа генерала А. фон Линзингена", "agent"), ("русских", "target")])
event("бои", "Несколько дней на Стыри шли ожесточённые бои", "battle",  # 19
      date={"edtf": "1916-06-16/1916-06-30"}, place="Стырь")
event("отбить", "но отбить город противнику так и не удалось", "recapture",  # 20
      date={"edtf": "1916-06-16/1916-06-30"}, place="Луцк", assertion="failed",
      actors=[("противнику", "agent")])
event("атаковал", "В начале июля Западный фронт А. Е. Эверта атаковал у Барановичей", "attack",  # 21
      date="В начале июля", place="Барановичи", actors=[("Западный фронт А. Е. Эверта", "agent")])
event("провалилось", "однако это наступление провалилось", "attack",  # 22
      date="В начале июля", place="Барановичи", assertion="failed", same_as=21)
event("возобновил", "4 июля Брусилов возобновил натиск", "attack",  # 23
      date="4 июля", actors=[("Брусилов", "agent")])
event("форсировала", "8-я армия форсировала Стырь", "attack",  # 24
      date={"edtf": "1916-07"}, place="Стырь", actors=[("8-я армия", "agent")], occ=1)
event("вышла", "8-я армия форсировала Стырь и вышла к реке Стоход", "reinforcement",  # 25
      date={"edtf": "1916-07"}, place="Стоход", actors=[("8-я армия", "agent")],
      note="arrival at the river")
event("в бой была брошена", "28 июля в болотах на подступах к Ковелю в бой была брошена гвардия", "attack",  # 26
      date="28 июля", place="Ковель", actors=[("гвардия", "agent")])
event("полегли", "за несколько недель там полегли десятки тысяч гвардейцев", "attack",  # 27
      date={"edtf": "1916-07-28/1916-08-31"}, place="Ковель", same_as=26,
      quantities=[qty("десятки тысяч гвардейцев", "fatalities", None, min=20000, max=90000,
                      approximate=True)])
event("взять", "но взять город так и не смогли", "capture",  # 28
      date={"edtf": "1916-07-28/1916-08-31"}, place="Ковель", assertion="failed")
event("заняла", "В тот же день 11-я армия В. В. Сахарова заняла Броды", "capture",  # 29
      date="В тот же день", place="Броды", actors=[("11-я армия В. В. Сахарова", "agent")])
event("вошли", "а 10 августа войска Лечицкого вошли в Станиславов", "capture",  # 30
      date="10 августа", place="Станиславов", actors=[("войска Лечицкого", "agent")])
event("подписан", "17 августа в Бухаресте был подписан союзный договор", "treaty",  # 31
      date="17 августа", place="Бухарест")
event("объявила войну", "27 августа Румыния объявила войну Австро-Венгрии", "political_activity",  # 32
      date="27 августа", place="Румыния",
      actors=[("Румыния", "agent"), ("Австро-Венгрии", "target")], note="entry into the war")
event("вторглись", "в ту же ночь румынские войска перешли карпатские перевалы и вторглись в Трансильванию",  # 33
      "attack", date="в ту же ночь", place="Трансильвания", actors=[("румынские войска", "agent")])
event("назначен", "Через два дня, 29 августа, начальником германского Генерального штаба вместо "  # 34
      "Э. фон Фалькенхайна был назначен П. фон Гинденбург", "political_activity", date="29 августа",
      actors=[("П. фон Гинденбург", "participant")], note="appointment")
event("разгромили", "Осенью армии Центральных держав разгромили румын", "battle",  # 35
      date="Осенью", place="Румыния",
      actors=[("армии Центральных держав", "agent"), ("румын", "target")])
event("сдан", "6 декабря Бухарест был сдан", "capture", date="6 декабря", place="Бухарест")  # 36
event("атаки", "В сентябре атаки на Ковель ещё повторялись", "attack",  # 37
      date="В сентябре", place="Ковель")
event("потерял", "По данным штаба фронта, противник потерял только пленными более 400 тыс. человек",  # 38
      "attack", date="Летом 1916 года", same_as=0,
      quantities=[qty("более 400 тыс. человек", "prisoners", 400000, min=400000, approximate=True)],
      note="the offensive as a whole; only the prisoner count is attributed to the front staff")
