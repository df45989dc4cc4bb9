"""Gold spec for bench/heldout/franco_prussian_1870_1871.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style; all of them are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/franco_prussian_1870_1871.txt"

gazetteer({
    "Париж": ("settlement", 48.857, 2.352, "Q90"),
    "Эмс": ("settlement", 50.335, 7.716, None, "Бад-Эмс"),
    "Франция": ("polity", 46.6, 2.4, "Q142"),
    "Пруссия": ("polity", 52.52, 13.40, None),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Италия": ("polity", 42.5, 12.5, None),
    "Виссембург": ("settlement", 49.037, 7.946, None),
    "Вёрт": ("settlement", 48.939, 7.743, None),
    "Эльзас": ("region", 48.5, 7.5, None),
    "Шпихерн": ("settlement", 49.194, 6.967, None),
    "Лотарингия": ("region", 49.0, 6.3, None),
    "Шалон": ("settlement", 48.957, 4.363, None, "Шалон-ан-Шампань"),
    "Гравелот": ("settlement", 49.111, 6.026, None),
    "Мец": ("settlement", 49.119, 6.176, "Q22690"),
    "Седан": ("settlement", 49.702, 4.940, None),
    "Страсбург": ("settlement", 48.573, 7.752, "Q6602"),
    "Тур": ("settlement", 47.394, 0.685, None),
    "Луара": ("river", 47.9, 1.9, None),
    "Кульмье": ("settlement", 47.929, 1.661, None),
    "Орлеан": ("settlement", 47.902, 1.909, None),
    "Бон-ла-Роланд": ("settlement", 48.071, 2.432, None),
    "Луаньи": ("settlement", 48.122, 1.733, None, "Луаньи-ла-Батай"),
    "Шампиньи": ("settlement", 48.817, 2.516, None, "Шампиньи-сюр-Марн"),
    "Версаль": ("settlement", 48.805, 2.120, None),
    "Германская империя": ("polity", 52.52, 13.40, "Q43287"),
    "Бордо": ("settlement", 44.838, -0.579, "Q1479"),
    "Монмартр": ("settlement", 48.886, 2.343, None),
    "Франкфурт": ("settlement", 50.110, 8.682, "Q1794"),
    "Германия": ("polity", 52.52, 13.40, None),
    "Бельвиль": ("settlement", 48.872, 2.384, None),
    "Новая Каледония": ("region", -21.3, 165.5, None),
})

# ---- dates, in reading order
date("1870–1871", "1870/1871", "interval")
date("13 июля 1870 года", "1870-07-13", "day")
date("19 июля", "1870-07-19", "day", derivation="anchored")
date("В начале августа", "1870-08-01/1870-08-10", "interval", derivation="anchored")
date("4 августа", "1870-08-04", "day", derivation="anchored")
date("через два дня", "1870-08-06", "day", derivation="computed", note="4 August + 2 days")
date("18 августа", "1870-08-18", "day", derivation="anchored")
date("Через две недели", "1870-09-01", "day", derivation="computed", note="18 August + 2 weeks")
date("2 сентября", "1870-09-02", "day", derivation="anchored")
date("4 сентября", "1870-09-04", "day", derivation="anchored")
date("19 сентября", "1870-09-19", "day", derivation="anchored")
date("28 сентября", "1870-09-28", "day", derivation="anchored")
date("шестинедельной", None, None, kind="duration", duration="P6W")
date("7 октября", "1870-10-07", "day", derivation="anchored")
date("В конце октября", "1870-10-21/1870-10-31", "interval", derivation="anchored")
date("9 ноября", "1870-11-09", "day", derivation="anchored")
date("В конце осени", "1870-11", "month", derivation="anchored",
     note="the end (last third) of autumn, Sep–Nov: November")
date("2 декабря", "1870-12-02", "day", derivation="anchored")
date("ещё через два дня", "1870-12-04", "day", derivation="computed", note="2 December + 2 days")
date("С 5 января 1871 года", "1871-01-05", "day", note="start of a process that goes on")
date("18 января", "1871-01-18", "day", derivation="anchored")
date("28 января", "1871-01-28", "day", derivation="anchored")
date("более чем четырёхмесячной", None, None, kind="duration", duration="P4M", note="more than four months")
date("в феврале", "1871-02", "month", derivation="anchored")
date("18 марта 1871 года", "1871-03-18", "day")
date("28 марта", "1871-03-28", "day", derivation="anchored")
date("10 мая", "1871-05-10", "day", derivation="anchored")
date("21 мая", "1871-05-21", "day", derivation="anchored")
date("27 мая", "1871-05-27", "day", derivation="anchored")
date("28 мая", "1871-05-28", "day", derivation="anchored")
date("За неделю", None, None, kind="duration", duration="P1W")
date("с 1872 года", "1872", "year", note="start of a process that goes on")

# ---- places, in reading order
for quote, name in [
    ("Парижская", "Париж"),
    ("Эмсская", "Эмс"), ("Эмсе", "Эмс"), ("Франция", None), ("Пруссии", "Пруссия"),
    ("Австрия", None), ("Италия", None),
    ("Виссембурга", "Виссембург"), ("Вёрте", "Вёрт"), ("Эльзасе", "Эльзас"), ("Шпихерне", "Шпихерн"),
    ("Лотарингии", "Лотарингия"), ("Шалону", "Шалон"), ("Гравелоте", "Гравелот"), ("Мецу", "Мец"),
    ("Седана", "Седан"), ("Седанской", "Седан"), ("Париже", "Париж"),
    ("Страсбург", None), ("Туре", "Тур"), ("Мец", None), ("Луаре", "Луара"),
    ("Луарская", "Луара"), ("Кульмье", None), ("Орлеан", None), ("Парижу", "Париж"),
    ("Бон-ла-Роланда", "Бон-ла-Роланд"), ("Луаньи", None), ("парижского", "Париж"), ("Шампиньи", None),
    ("Орлеан", None), ("Париж", None),
    ("Версальского", "Версаль"), ("Германская империя", None), ("Бордо", None),
    ("Париж", None), ("Монмартре", "Монмартр"), ("Версаль", None), ("Франкфуртский", "Франкфурт"),
    ("Франция", None), ("Германии", "Германия"), ("Эльзас", None), ("Лотарингии", "Лотарингия"),
    ("Бельвиля", "Бельвиль"), ("Новую Каледонию", "Новая Каледония"),
]:
    place(quote, name)

# ---- events
WEEK = {"edtf": "1871-05-21/1871-05-28"}

event("отклонил", "13 июля 1870 года король Вильгельм I, отдыхавший в Эмсе, отклонил требования "  # 0
      "французского посла", "negotiations", date="13 июля 1870 года", place="Эмс",
      actors=[("король Вильгельм I", "agent"), ("французского посла", "target")])
event("опубликовал", "Бисмарк опубликовал нарочито сокращённый текст телеграммы об этой встрече",  # 1
      "political_activity", date="13 июля 1870 года", actors=[("Бисмарк", "agent")],
      note="the Ems dispatch; the text names no place and no day of its own (same sentence as 13 July)")
event("объявила", "19 июля Франция объявила Пруссии войну", "political_activity",  # 2
      date="19 июля", place="Франция", actors=[("Франция", "agent"), ("Пруссии", "target")])
event("не вступили", "Австрия и Италия, на помощь которых рассчитывал Наполеон III, в войну так и не вступили",  # 3
      "political_activity", date={"edtf": "1870-07/1871-05"}, place="Австрия", assertion="negated",
      actors=[("Австрия", "agent")], note="entry into the war that did not happen")
event("не вступили", "Австрия и Италия, на помощь которых рассчитывал Наполеон III, в войну так и не вступили",  # 4
      "political_activity", date={"edtf": "1870-07/1871-05"}, place="Италия", assertion="negated",
      actors=[("Италия", "agent")], note="entry into the war that did not happen")
event("перешли границу", "В начале августа немецкие армии перешли границу", "attack",  # 5
      date="В начале августа", place="Франция", actors=[("немецкие армии", "agent")],
      note="invasion of France; the clause names no place")
event("разгромлена", "4 августа у Виссембурга была разгромлена французская дивизия", "battle",  # 6
      date="4 августа", place="Виссембург", actors=[("французская дивизия", "target")])
event("поражения", "через два дня последовали поражения при Вёрте в Эльзасе", "battle",  # 7
      date="через два дня", place="Вёрт")
event("поражения", "через два дня последовали поражения при Вёрте в Эльзасе и при Шпихерне в Лотарингии",  # 8
      "battle", date="через два дня", place="Шпихерн")
event("отступили", "Корпуса Мак-Магона отступили к Шалону", "retreat",  # 9
      date={"edtf": "1870-08-06/1870-08-18"}, place="Шалон", actors=[("Корпуса Мак-Магона", "agent")],
      note="after the defeats of 6 August; the text gives no day")
event("сражения", "Армия маршала Базена после кровопролитного сражения при Гравелоте 18 августа", "battle",  # 10
      date="18 августа", place="Гравелот", actors=[("Армия маршала Базена", "participant")])
event("отброшена", "Армия маршала Базена после кровопролитного сражения при Гравелоте 18 августа была "  # 11
      "отброшена к Мецу", "retreat", date="18 августа", place="Мец",
      actors=[("Армия маршала Базена", "agent")])
event("заперта", "Армия маршала Базена после кровопролитного сражения при Гравелоте 18 августа была "  # 12
      "отброшена к Мецу и заперта в крепости", "siege", date="18 августа", place="Мец",
      actors=[("Армия маршала Базена", "target")], note="the blockade of Metz begins after 18 August")
event("окружена", "Через две недели армия Мак-Магона, шедшая ей на выручку, была окружена у Седана",  # 13
      "battle", date="Через две недели", place="Седан", actors=[("армия Мак-Магона", "target")])
event("прорваться", "попытка Базена прорваться из кольца провалилась", "attack",  # 14
      date="Через две недели", place="Мец", assertion="failed", actors=[("Базена", "agent")])
event("капитулировали", "2 сентября окружённые капитулировали: в плен попали более 80 тысяч солдат и сам "  # 15
      "император", "capture", date="2 сентября", place="Седан",
      actors=[("окружённые", "target"), ("сам император", "target")],
      quantities=[qty("более 80 тысяч солдат", "prisoners", 80000, min=80000, approximate=True)],
      note="surrender of the army at Sedan; Napoleon III taken prisoner")
event("катастрофе", "Известие о Седанской катастрофе", "battle",  # 16
      date={"edtf": "1870-09-01/1870-09-02"}, place="Седан", same_as=13,
      note="Sedan mentioned again as a catastrophe")
event("революцию", "Известие о Седанской катастрофе вызвало в Париже революцию: 4 сентября в ратуше была "  # 17
      "провозглашена республика", "uprising", date="4 сентября", place="Париж")
event("провозглашена", "4 сентября в ратуше была провозглашена республика", "founding",  # 18
      date="4 сентября", place="Париж", actors=[("республика", "participant")])
event("власть перешла", "4 сентября в ратуше была провозглашена республика, власть перешла к правительству "  # 19
      "национальной обороны", "political_activity", date="4 сентября", place="Париж",
      actors=[("правительству национальной обороны", "participant")])
event("замкнули кольцо", "19 сентября немцы замкнули кольцо вокруг столицы", "siege",  # 20
      date="19 сентября", place="Париж", actors=[("немцы", "agent")])
event("осады", "28 сентября после шестинедельной осады сдался Страсбург", "siege",  # 21
      date={"edtf": "1870-08-17/1870-09-28"}, place="Страсбург", note="28 September − six weeks")
event("сдался", "28 сентября после шестинедельной осады сдался Страсбург", "capture",  # 22
      date="28 сентября", place="Страсбург", note="surrender of the town to the Germans")
event("вылетел", "7 октября Леон Гамбетта вылетел из осаждённого города на воздушном шаре", "political_activity",  # 23
      date="7 октября", place="Париж", actors=[("Леон Гамбетта", "agent")],
      note="the minister leaves besieged Paris; the city is named only as 'осаждённого города'")
event("формирование", "в Туре возглавил формирование новых армий", "reinforcement",  # 24
      date={"edtf": "1870-10-07/1870-11-30"}, place="Тур", actors=[("Леон Гамбетта", "agent")],
      note="raising of new armies; no day given")
event("капитулировал", "В конце октября капитулировал Мец: вместе с крепостью сдались около 170 тыс. человек",  # 25
      "capture", date="В конце октября", place="Мец",
      quantities=[qty("около 170 тыс. человек", "prisoners", 170000, approximate=True)])
event("двинулись", "Высвободившиеся войска принца Фридриха Карла двинулись к Луаре", "reinforcement",  # 26
      date={"edtf": "1870-10-21/1870-11-30"}, place="Луара",
      actors=[("войска принца Фридриха Карла", "agent")], note="after the fall of Metz; no day given")
event("разбила", "Луарская армия 9 ноября разбила баварцев при Кульмье", "battle",  # 27
      date="9 ноября", place="Кульмье", actors=[("Луарская армия", "agent"), ("баварцев", "target")])
event("вернула", "Луарская армия 9 ноября разбила баварцев при Кульмье и вернула Орлеан", "recapture",  # 28
      date="9 ноября", place="Орлеан", actors=[("Луарская армия", "agent")])
event("пробиться", "В конце осени её попытка пробиться к Парижу была отбита у Бон-ла-Роланда", "attack",  # 29
      date="В конце осени", place="Бон-ла-Роланд", assertion="failed",
      note="attempt of the Loire army to relieve Paris")
event("разгромили", "2 декабря её разгромили при Луаньи", "battle",  # 30
      date="2 декабря", place="Луаньи")
event("вылазка", "провалилась и вылазка парижского гарнизона у Шампиньи", "attack",  # 31
      date="2 декабря", place="Шампиньи", assertion="failed",
      actors=[("парижского гарнизона", "agent")], note="the Champigny sortie, 30 November – 3 December")
event("заняли", "ещё через два дня немцы снова заняли Орлеан", "recapture",  # 32
      date="ещё через два дня", place="Орлеан", actors=[("немцы", "agent")])
event("обстреливали", "С 5 января 1871 года немецкие батареи обстреливали Париж; погибли около ста горожан",  # 33
      "bombardment", date="С 5 января 1871 года", place="Париж",
      actors=[("немецкие батареи", "agent")],
      quantities=[qty("около ста горожан", "fatalities", 100, approximate=True)])
event("провозглашена", "18 января в Зеркальном зале Версальского дворца была провозглашена Германская империя",  # 34
      "founding", date="18 января", place="Версаль", actors=[("Германская империя", "participant")])
event("осады", "после более чем четырёхмесячной осады", "siege",  # 35
      date={"edtf": "1870-09-19/1871-01-28"}, place="Париж", same_as=20,
      note="the siege of Paris mentioned again, with its length")
event("перемирие", "28 января, после более чем четырёхмесячной осады, было подписано перемирие", "treaty",  # 36
      date="28 января", note="the armistice; the text does not say where it was signed")
event("Избранное", "Избранное в феврале Национальное собрание", "election",  # 37
      date="в феврале", place="Франция", actors=[("Национальное собрание", "participant")])
event("собралось", "Избранное в феврале Национальное собрание собралось в Бордо", "political_activity",  # 38
      date="в феврале", place="Бордо", actors=[("Национальное собрание", "agent")])
event("вручило исполнительную власть", "Национальное собрание собралось в Бордо и вручило исполнительную "  # 39
      "власть Адольфу Тьеру", "political_activity", date="в феврале", place="Бордо",
      actors=[("Национальное собрание", "agent"), ("Адольфу Тьеру", "participant")])
event("восстал", "18 марта 1871 года Париж восстал", "uprising",  # 40
      date="18 марта 1871 года", place="Париж")
event("отказались стрелять", "войска, посланные отобрать у Национальной гвардии пушки на Монмартре, "  # 41
      "отказались стрелять в толпу и братались с гвардейцами", "mutiny",
      date="18 марта 1871 года", place="Монмартр", actors=[("войска", "agent")])
event("расстреляны", "генералы Леконт и Клеман-Тома были расстреляны", "execution",  # 42
      date="18 марта 1871 года", place="Монмартр", actors=[("генералы Леконт и Клеман-Тома", "target")])
event("бежало", "Правительство бежало в Версаль", "retreat",  # 43
      date="18 марта 1871 года", place="Версаль", actors=[("Правительство", "agent")],
      note="place is the destination, the only place the clause names")
event("провозглашена", "28 марта в ратуше была провозглашена Коммуна", "founding",  # 44
      date="28 марта", place="Париж", actors=[("Коммуна", "participant")])
event("подписан", "10 мая был подписан Франкфуртский мир", "treaty",  # 45
      date="10 мая", place="Франкфурт")
event("уступила", "Франция уступила Германии Эльзас", "territorial_transfer",  # 46
      date="10 мая", place="Эльзас", actors=[("Франция", "agent"), ("Германии", "participant")])
event("уступила", "Франция уступила Германии Эльзас и часть Лотарингии", "territorial_transfer",  # 47
      date="10 мая", place="Лотарингия", actors=[("Франция", "agent"), ("Германии", "participant")])
event("ворвались", "21 мая версальцы ворвались в столицу", "recapture",  # 48
      date="21 мая", place="Париж", actors=[("версальцы", "agent")])
event("кровавая неделя", "Началась «кровавая неделя»", "suppression",  # 49
      date=WEEK, place="Париж", note="the Bloody Week, 21–28 May")
event("Горели", "Горели Тюильри и ратуша", "looting", date=WEEK, place="Париж",  # 50
      actors=[("Тюильри и ратуша", "target")], note="destruction by fire")
event("поджоги", "поджоги якобы устраивали женщины-«петролейщицы»", "looting", date=WEEK, place="Париж",  # 51
      assertion="disputed", same_as=50, actors=[("женщины-«петролейщицы»", "agent")],
      note="the attribution of the arson is doubted ('якобы')")
event("расстреляли", "Коммунары расстреляли десятки заложников, в том числе архиепископа Дарбуа", "execution",  # 52
      date=WEEK, place="Париж",
      actors=[("Коммунары", "agent"), ("десятки заложников", "target"), ("архиепископа Дарбуа", "target")],
      quantities=[qty("десятки заложников", "fatalities", None, min=20, max=90, approximate=True)])
event("бой", "27 мая бой шёл среди могил кладбища Пер-Лашез", "battle",  # 53
      date="27 мая", place="Париж", note="Père Lachaise cemetery, in Paris")
event("пали", "28 мая пали последние баррикады Бельвиля", "suppression",  # 54
      date="28 мая", place="Бельвиль")
event("расстреляны", "у кладбищенской стены были расстреляны 147 пленных", "execution",  # 55
      date="28 мая", place="Париж", actors=[("147 пленных", "target")],
      quantities=[qty("147 пленных", "fatalities", 147)])
event("погибли", "За неделю уличных боёв погибли, по разным оценкам, от 10 до 20 тыс. коммунаров",  # 56
      "suppression", date=WEEK, place="Париж", same_as=49, actors=[("коммунаров", "target")],
      quantities=[qty("от 10 до 20 тыс. коммунаров", "fatalities", None, min=10000, max=20000,
                      approximate=True)],
      note="the event is asserted; only the count is given as estimates")
event("расстреляны", "многие были расстреляны без суда", "execution", date=WEEK, place="Париж")  # 57
event("арестовано", "По данным версальцев, арестовано более 40 тысяч человек", "arrest",  # 58
      date={"edtf": "1871-05-21/1871-12-31"}, place="Париж", assertion="reported",
      quantities=[qty("более 40 тысяч человек", "prisoners", 40000, min=40000, approximate=True)],
      note="no date given: from the Bloody Week on")
event("ссылали", "несколько тысяч из них с 1872 года ссылали в Новую Каледонию", "deportation",  # 59
      date="с 1872 года", place="Новая Каледония",
      quantities=[qty("несколько тысяч", "displaced", None, min=3000, max=9000, approximate=True)],
      note="place is the destination of the deportation")
