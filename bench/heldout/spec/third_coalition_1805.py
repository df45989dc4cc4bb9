"""Gold spec for bench/heldout/third_coalition_1805.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/third_coalition_1805.txt"

gazetteer({
    "Петербург": ("settlement", 59.94, 30.31, "Q656"),
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Англия": ("polity", 51.51, -0.13, "Q21"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Италия": ("region", 42.5, 12.5, "Q38"),
    "Милан": ("settlement", 45.46, 9.19, "Q490"),
    "Генуэзская республика": ("polity", 44.41, 8.93, None),
    "Австрия": ("polity", 48.21, 16.37, "Q40"),
    "Радзивилов": ("settlement", 50.13, 25.25, None, "Радивилов"),
    "Дунай": ("river", 48.23, 16.4, "Q1653"),
    "Бавария": ("polity", 48.14, 11.58, "Q980"),
    "Мюнхен": ("settlement", 48.14, 11.58, "Q1726"),
    "Ульм": ("settlement", 48.4, 9.99, "Q3012"),
    "Булонь": ("settlement", 50.73, 1.61, None, "Булонь-сюр-Мер"),
    "Рейн": ("river", 48.58, 7.8, "Q584"),
    "Вертинген": ("settlement", 48.56, 10.68, None),
    "Эльхинген": ("settlement", 48.45, 10.1, None),
    "Богемия": ("region", 49.8, 15.0, None),
    "Трафальгар": ("region", 36.18, -6.03, None),
    "Браунау": ("settlement", 48.26, 13.03, None, "Браунау-ам-Инн"),
    "Инн": ("river", 48.26, 13.04, None),
    "Дюрнштейн": ("settlement", 48.4, 15.52, None),
    "Вена": ("settlement", 48.21, 16.37, "Q1741"),
    "Шёнграбен": ("settlement", 48.6, 16.06, None, "Шёнграберн"),
    "Ольмюц": ("settlement", 49.59, 17.25, None, "Оломоуц"),
    "Аустерлиц": ("settlement", 49.15, 16.88, None, "Славков-у-Брна"),
    "Праценские высоты": ("mountain", 49.13, 16.76, None),
    "Венгрия": ("polity", 47.5, 19.04, "Q28"),
    "Пруссия": ("polity", 52.52, 13.4, None),
    "Ганновер": ("polity", 52.37, 9.73, None),
    "Пресбург": ("settlement", 48.14, 17.11, "Q1780", "Братислава"),
    "Венеция": ("region", 45.44, 12.33, None),
    "Итальянское королевство": ("polity", 45.46, 9.19, None),
    "Тироль": ("region", 47.26, 11.39, None),
    "Вюртемберг": ("polity", 48.78, 9.18, None),
})

# ---- dates, in reading order (the text states once that all dates are New Style)
date("11 апреля 1805 года", "1805-04-11", "day", note="New Style, as the text states")
date("26 мая", "1805-05-26", "day", derivation="anchored")
date("в начале июня", "1805-06-01/1805-06-10", "interval", derivation="anchored")
date("9 августа", "1805-08-09", "day", derivation="anchored")
date("25 августа", "1805-08-25", "day", derivation="anchored")
date("В начале сентября", "1805-09-01/1805-09-10", "interval", derivation="anchored")
date("вскоре", "1805-09", "month", kind="vague", derivation="anchored",
     note="soon after the invasion of early September")
date("Тем временем", "1805-09", "month", kind="vague", derivation="anchored",
     note="'meanwhile': while the Austrians stood in Bavaria in September")
date("в конце сентября", "1805-09-21/1805-09-30", "interval", derivation="anchored")
date("8 октября", "1805-10-08", "day", derivation="anchored")
date("14 октября", "1805-10-14", "day", derivation="anchored")
date("17 октября", "1805-10-17", "day", derivation="anchored")
date("через три дня", "1805-10-20", "day", derivation="computed", note="17 October + 3 days")
date("21 октября", "1805-10-21", "day", derivation="anchored")
date("11 ноября", "1805-11-11", "day", derivation="anchored")
date("13 ноября", "1805-11-13", "day", derivation="anchored")
date("16 ноября", "1805-11-16", "day", derivation="anchored")
date("весь день", None, None, kind="duration", duration="P1D")
date("ночью", "1805-11-16/1805-11-17", "day", derivation="anchored", note="the night after 16 November")
date("Через несколько дней", "1805-11-18/1805-11-26", "interval", derivation="computed",
     note="16 November + a few days")
date("Вскоре", "1805-11-18/1805-12-02", "interval", kind="vague", derivation="anchored",
     note="after the junction at Olmütz and before the battle of 2 December")
date("2 декабря", "1805-12-02", "day", derivation="anchored")
date("4 декабря", "1805-12-04", "day", derivation="anchored")
date("через два дня", "1805-12-06", "day", derivation="computed", note="4 December + 2 days")
date("15 декабря", "1805-12-15", "day", derivation="anchored")
date("26 декабря", "1805-12-26", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Петербурге", "Петербург"), ("Россия", None), ("Англия", None), ("Франции", "Франция"),
    ("Италии", "Италия"), ("Милане", "Милан"), ("Италии", "Италия"), ("Франции", "Франция"),
    ("Генуэзскую республику", "Генуэзская республика"), ("Австрия", None),
    ("Радзивилова", "Радзивилов"), ("Дунаю", "Дунай"),
    ("Баварию", "Бавария"), ("Мюнхен", None), ("Ульма", "Ульм"), ("Булонский", "Булонь"),
    ("Рейн", None), ("Вертингена", "Вертинген"), ("Эльхингена", "Эльхинген"), ("Ульме", "Ульм"),
    ("Богемию", "Богемия"),
    ("Трафальгар", None),
    ("Браунау", None), ("Инне", "Инн"), ("Дуная", "Дунай"), ("Дюрнштейна", "Дюрнштейн"),
    ("Вену", "Вена"), ("Дунай", None), ("Шёнграбена", "Шёнграбен"), ("Ольмюца", "Ольмюц"),
    ("Аустерлицем", "Аустерлиц"), ("Праценских высотах", "Праценские высоты"), ("Венгрию", "Венгрия"),
    ("Вене", "Вена"), ("Францией", "Франция"), ("Пруссия", None), ("Ганновер", None),
    ("Пресбурге", "Пресбург"), ("Австрия", None), ("Венеция", None),
    ("Итальянскому королевству", "Итальянское королевство"), ("Тироль", None), ("Баварии", "Бавария"),
    ("Баварии", "Бавария"), ("Вюртемберга", "Вюртемберг"),
]:
    place(quote, name)

# ---- events
event("подписали союзный договор", "11 апреля 1805 года в Петербурге Россия и Англия подписали союзный "  # 0
      "договор", "treaty", date="11 апреля 1805 года", place="Петербург",
      actors=[("Россия", "participant"), ("Англия", "participant")])
event("коронован", "26 мая он был коронован в Милане королём Италии", "political_activity",  # 1
      date="26 мая", place="Милан", note="Napoleon crowned king of Italy")
event("присоединил", "в начале июня присоединил к Франции Генуэзскую республику", "annexation",  # 2
      date="в начале июня", place="Генуэзская республика")
event("примкнула", "9 августа к союзу примкнула Австрия", "accession",  # 3
      date="9 августа", place="Австрия", actors=[("Австрия", "agent")])
event("поручили", "Командование русской армией, двинутой на помощь союзнику, поручили М. И. Кутузову",  # 4
      "political_activity", date={"edtf": "1805-08-09/1805-08-25"},
      actors=[("М. И. Кутузову", "participant")], note="appointment; between Austria's entry and the march")
event("выступили", "25 августа его полки выступили из Радзивилова к Дунаю", "reinforcement",  # 5
      date="25 августа", place="Радзивилов", actors=[("его полки", "agent")],
      note="place of departure; the march was towards the Danube")
event("вторглась", "В начале сентября армия генерала К. Мака вторглась в Баварию", "attack",  # 6
      date="В начале сентября", place="Бавария", actors=[("армия генерала К. Мака", "agent")])
event("заняла", "армия генерала К. Мака вторглась в Баварию, вскоре заняла Мюнхен", "capture",  # 7
      date="вскоре", place="Мюнхен", actors=[("армия генерала К. Мака", "agent")])
event("расположилась", "вскоре заняла Мюнхен и расположилась у Ульма", "reinforcement",  # 8
      date={"edtf": "1805-09"}, place="Ульм")
event("покинула", "Тем временем Великая армия покинула Булонский лагерь", "reinforcement",  # 9
      date="Тем временем", place="Булонь", actors=[("Великая армия", "agent")])
event("переправилась", "Великая армия покинула Булонский лагерь и в конце сентября переправилась через Рейн",  # 10
      "reinforcement", date="в конце сентября", place="Рейн", actors=[("Великая армия", "agent")])
event("обошли", "Стремительным маршем французы обошли австрийцев с севера", "reinforcement",  # 11
      date={"edtf": "1805-09/1805-10"}, actors=[("французы", "agent"), ("австрийцев", "target")],
      note="an outflanking march; no place named")
event("боёв", "После боёв у Вертингена 8 октября", "battle",  # 12
      date="8 октября", place="Вертинген")
event("боёв", "После боёв у Вертингена 8 октября и у Эльхингена 14 октября", "battle",  # 13
      date="14 октября", place="Эльхинген")
event("заперт", "Мак оказался заперт в Ульме", "siege",  # 14
      date={"edtf": "1805-10-14/1805-10-20"}, place="Ульм", actors=[("Мак", "target")],
      note="blockaded after the battles, until the surrender")
event("подписал капитуляцию", "17 октября он подписал капитуляцию", "treaty",  # 15
      date="17 октября", place="Ульм", note="the Ulm capitulation; place from the previous sentence")
event("сложили оружие", "через три дня более 20 тыс. австрийцев сложили оружие", "capture",  # 16
      date="через три дня", place="Ульм", actors=[("австрийцев", "target")],
      quantities=[qty("более 20 тыс. австрийцев", "prisoners", 20000, min=20000, approximate=True)],
      note="the surrender of Ulm")
event("прорваться", "Лишь небольшой части кавалерии удалось прорваться в Богемию", "retreat",  # 17
      date={"edtf": "1805-10-14/1805-10-20"}, place="Богемия",
      actors=[("небольшой части кавалерии", "agent")], note="destination of the breakout")
event("разгромил", "21 октября у мыса Трафальгар британский флот адмирала Нельсона разгромил соединённую "  # 18
      "франко-испанскую эскадру Вильнёва", "battle", date="21 октября", place="Трафальгар",
      actors=[("британский флот адмирала Нельсона", "agent"),
              ("соединённую франко-испанскую эскадру Вильнёва", "target")])
event("начал отход", "Кутузов, стоявший у Браунау на Инне, узнал о гибели армии Мака и начал отход "  # 19
      "вдоль Дуная", "retreat", date={"edtf": "1805-10-20/1805-11-11"}, place="Браунау",
      actors=[("Кутузов", "agent")], note="after the news of Ulm and before 11 November")
event("атаковали", "11 ноября у Дюрнштейна его войска атаковали корпус Мортье", "attack",  # 20
      date="11 ноября", place="Дюрнштейн", actors=[("его войска", "agent"), ("корпус Мортье", "target")])
event("вошли", "13 ноября французы без боя вошли в Вену", "occupation",  # 21
      date="13 ноября", place="Вена", actors=[("французы", "agent")])
event("овладев", "13 ноября французы без боя вошли в Вену, хитростью овладев мостом через Дунай",  # 22
      "capture", date="13 ноября", place="Вена", actors=[("французы", "agent")],
      note="the Danube bridge at Vienna")
event("оставил", "Кутузов оставил у Шёнграбена арьергард П. И. Багратиона численностью около 7 тыс. человек",  # 23
      "reinforcement", date={"edtf": "1805-11-13/1805-11-16"}, place="Шёнграбен",
      actors=[("арьергард П. И. Багратиона", "agent")],
      quantities=[qty("около 7 тыс. человек", "participants", 7000, approximate=True)])
event("сдерживал натиск", "16 ноября отряд весь день сдерживал натиск войск Мюрата", "battle",  # 24
      date="16 ноября", place="Шёнграбен", actors=[("отряд", "participant"), ("войск Мюрата", "participant")],
      quantities=[qty("более 2 тыс. человек", "fatalities", 2000, min=2000, approximate=True)],
      note="the count is killed and wounded together, given in the same sentence")
event("пробился", "а ночью пробился к своим", "retreat",  # 25
      date="ночью", place="Шёнграбен")
event("соединились", "Через несколько дней главные силы соединились у Ольмюца с корпусом Буксгевдена",  # 26
      "reinforcement", date="Через несколько дней", place="Ольмюц",
      actors=[("главные силы", "agent"), ("корпусом Буксгевдена", "participant")])
event("атаковали", "2 декабря под Аустерлицем около 85 тыс. русских и австрийцев атаковали армию Наполеона",  # 27
      "battle", date="2 декабря", place="Аустерлиц",
      actors=[("русских и австрийцев", "agent"), ("армию Наполеона", "target")],
      quantities=[qty("около 85 тыс. русских и австрийцев", "participants", 85000, approximate=True)])
event("прорвали", "Французы прорвали центр союзников на Праценских высотах", "attack",  # 28
      date="2 декабря", place="Праценские высоты",
      actors=[("Французы", "agent"), ("центр союзников", "target")])
event("отброшено", "их левое крыло было отброшено к замёрзшим прудам", "retreat",  # 29
      date="2 декабря", place="Аустерлиц", actors=[("их левое крыло", "agent")])
event("потеряли", "Союзники потеряли около 15 тыс. убитыми и ранеными и 11–12 тыс. пленными", "battle",  # 30
      date="2 декабря", place="Аустерлиц", same_as=27, actors=[("Союзники", "target")],
      quantities=[qty("около 15 тыс. убитыми и ранеными", "fatalities", 15000, approximate=True),
                  qty("11–12 тыс. пленными", "prisoners", None, min=11000, max=12000, approximate=True)],
      note="the first count is killed and wounded together")
event("отступили", "Остатки русской армии отступили через Венгрию на родину", "retreat",  # 31
      date={"edtf": "1805-12"}, place="Венгрия", actors=[("Остатки русской армии", "agent")])
event("встретился", "4 декабря Франц I встретился с Наполеоном", "negotiations",  # 32
      date="4 декабря", actors=[("Франц I", "participant"), ("Наполеоном", "participant")])
event("заключено перемирие", "через два дня было заключено перемирие", "treaty",  # 33
      date="через два дня")
event("подписал", "15 декабря в Вене прусский министр Гаугвиц подписал с Францией договор", "treaty",  # 34
      date="15 декабря", place="Вена",
      actors=[("прусский министр Гаугвиц", "participant"), ("Францией", "participant")])
event("получила", "по которому Пруссия получила Ганновер", "territorial_transfer",  # 35
      date="15 декабря", place="Ганновер", actors=[("Пруссия", "agent")])
event("подписала мир", "26 декабря в Пресбурге Австрия подписала мир", "treaty",  # 36
      date="26 декабря", place="Пресбург", actors=[("Австрия", "participant")])
event("отошла", "Венеция отошла к Итальянскому королевству", "territorial_transfer",  # 37
      date="26 декабря", place="Венеция", actors=[("Итальянскому королевству", "participant")])
event("отошла", "Венеция отошла к Итальянскому королевству, Тироль — к Баварии", "territorial_transfer",  # 38
      date="26 декабря", place="Тироль", actors=[("Баварии", "participant")])
event("приняли королевские титулы", "правители Баварии и Вюртемберга приняли королевские титулы",  # 39
      "political_activity", date="26 декабря", place="Бавария", actors=[("правители Баварии", "agent")])
event("приняли королевские титулы", "правители Баварии и Вюртемберга приняли королевские титулы",  # 40
      "political_activity", date="26 декабря", place="Вюртемберг")
event("распалась", "Третья коалиция распалась", "abolition",  # 41
      date={"edtf": "1805-12"}, actors=[("Третья коалиция", "participant")])
