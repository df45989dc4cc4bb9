"""Gold spec for bench/heldout/thirty_years_war_1618_1648.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style (Gregorian); they are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/thirty_years_war_1618_1648.txt"

gazetteer({
    "Чехия": ("polity", 50.08, 14.42, None),
    "Прага": ("settlement", 50.09, 14.42, "Q1085"),
    "Пфальц": ("polity", 49.4, 8.3, None),
    "Белая Гора": ("mountain", 50.08, 14.32, None),
    "Гейдельберг": ("settlement", 49.41, 8.69, None),
    "Луттер": ("settlement", 51.98, 10.27, None),
    "Штральзунд": ("settlement", 54.31, 13.08, None),
    "Любек": ("settlement", 53.87, 10.69, None),
    "Дания": ("polity", 55.68, 12.57, "Q35"),
    "Померания": ("region", 53.9, 14.3, None),
    "Магдебург": ("settlement", 52.13, 11.63, None),
    "Саксония": ("polity", 51.05, 13.74, None),
    "Брейтенфельд": ("settlement", 51.39, 12.35, None),
    "Лютцен": ("settlement", 51.26, 12.14, None),
    "Эгер": ("settlement", 50.08, 12.37, None, "Хеб"),
    "Нёрдлинген": ("settlement", 48.85, 10.49, None),
    "Франция": ("polity", 46.6, 2.4, "Q142"),
    "Испания": ("polity", 40.42, -3.7, "Q29"),
    "Германия": ("region", 51.0, 10.0, None),
    "Рокруа": ("settlement", 49.93, 4.52, None),
    "Мюнстер": ("settlement", 51.96, 7.63, None),
    "Оснабрюк": ("settlement", 52.27, 8.05, None),
    "Вестфалия": ("region", 51.7, 7.9, None),
    "Швейцария": ("polity", 46.8, 8.2, "Q39"),
    "Республика Соединённых провинций": ("polity", 52.09, 5.12, None, "Нидерланды"),
    "Швеция": ("polity", 59.33, 18.07, "Q34"),
    "Западная Померания": ("region", 54.0, 13.6, None),
    "Эльзас": ("region", 48.3, 7.5, None),
})

NS = "New Style (Gregorian), as the text states once"

# ---- dates, in reading order
date("1618–1648 годов", "1618/1648", "interval")
date("23 мая 1618 года", "1618-05-23", "day", note=NS)
date("Вскоре", "1618-05-23/1618-12-31", "interval", kind="vague", derivation="anchored",
     note="soon after 23 May 1618")
date("в августе 1619 года", "1619-08", "month")
date("Осенью 1620 года", "1620-23", "season")
date("8 ноября", "1620-11-08", "day", derivation="anchored")
date("менее чем за два часа", None, None, kind="duration", duration="PT2H", note="less than two hours")
date("21 июня следующего года", "1621-06-21", "day", derivation="computed", note="the year after 1620")
date("в конце лета 1620 года", "1620-08", "month", note="end of summer taken as August")
date("в сентябре 1622 года", "1622-09", "month")
date("В 1625 году", "1625", "year")
date("27 августа 1626 года", "1626-08-27", "day")
date("Через два года", "1628", "year", derivation="computed", note="1626 + 2 years")
date("в начале августа", "1628-08-01/1628-08-10", "interval", derivation="anchored")
date("6 марта 1629 года", "1629-03-06", "day")
date("в мае", "1629-05", "month", derivation="anchored")
date("Летом 1630 года", "1630-22", "season")
date("В том же году", "1630", "year", derivation="anchored")
date("Весной 1631 года", "1631-21", "season")
date("20 мая", "1631-05-20", "day", derivation="anchored")
date("17 сентября", "1631-09-17", "day", derivation="anchored")
date("16 ноября 1632 года", "1632-11-16", "day")
date("25 февраля 1634 года", "1634-02-25", "day")
date("6 сентября", "1634-09-06", "day", derivation="anchored")
date("В мае 1635 года", "1635-05", "month")
date("вскоре", "1635-05/1635-12", "interval", kind="vague", derivation="anchored",
     note="soon after the peace of May 1635")
date("Тогда же", "1635-05", "month", kind="vague", derivation="anchored", note="'at the same time' as May 1635")
date("ещё тринадцать лет", None, None, kind="duration", duration="P13Y")
date("19 мая 1643 года", "1643-05-19", "day")
date("В ночь на 26 июля 1648 года", "1648-07-25/1648-07-26", "day")
date("более чем на три месяца", None, None, kind="duration", duration="P3M", note="more than three months")
date("24 октября 1648 года", "1648-10-24", "day")
date("В начале ноября", "1648-11-01/1648-11-10", "interval", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Чехии", "Чехия"), ("Праге", "Прага"), ("Пфальца", "Пфальц"),
    ("Чехию", "Чехия"), ("Белой Горы", "Белая Гора"), ("Прагой", "Прага"), ("Пфальц", None),
    ("Гейдельберг", None),
    ("Луттере", "Луттер"), ("Штральзунд", None), ("Любекскому", "Любек"), ("Дания", None),
    ("Померании", "Померания"), ("Магдебург", None), ("Магдебургская", "Магдебург"), ("Саксония", None),
    ("Брейтенфельде", "Брейтенфельд"),
    ("Лютцене", "Лютцен"), ("Эгере", "Эгер"), ("Нёрдлингене", "Нёрдлинген"),
    ("Саксония", None), ("Пражский", "Прага"), ("Франция", None), ("Испании", "Испания"),
    ("Германию", "Германия"), ("Рокруа", None),
    ("Праги", "Прага"), ("Мюнстере", "Мюнстер"), ("Оснабрюке", "Оснабрюк"), ("Вестфальский", "Вестфалия"),
    ("Праги", "Прага"), ("Швейцарии", "Швейцария"),
    ("Республики Соединённых провинций", "Республика Соединённых провинций"), ("Швеция", None),
    ("Западную Померанию", "Западная Померания"), ("Франция", None), ("Эльзаса", "Эльзас"),
]:
    place(quote, name)

# ---- events
event("выбросили", "23 мая 1618 года протестантские дворяне ворвались в королевский замок в Праге и выбросили "  # 0
      "из окна двух императорских наместников", "attack", date="23 мая 1618 года", place="Прага",
      actors=[("протестантские дворяне", "agent"), ("двух императорских наместников", "target")],
      note="the Defenestration of Prague")
event("создали", "Вскоре сословия создали правительство", "founding",  # 1
      date="Вскоре", place="Чехия", actors=[("сословия", "agent")])
event("набрали", "Вскоре сословия создали правительство и набрали войско", "reinforcement",  # 2
      date="Вскоре", place="Чехия", actors=[("сословия", "agent")], note="raising of an army")
event("низложил", "в августе 1619 года сейм низложил Фердинанда II и избрал королём курфюрста Пфальца "  # 3
      "Фридриха V", "political_activity", date="в августе 1619 года", place="Чехия",
      actors=[("сейм", "agent"), ("Фердинанда II", "target")], note="deposition of the king by the Bohemian diet")
event("избрал", "в августе 1619 года сейм низложил Фердинанда II и избрал королём курфюрста Пфальца "  # 4
      "Фридриха V", "election", date="в августе 1619 года", place="Чехия",
      actors=[("сейм", "agent"), ("курфюрста Пфальца Фридриха V", "participant")])
event("пришла ему на помощь", "Протестантская уния так и не пришла ему на помощь", "reinforcement",  # 5
      date={"edtf": "1619-08/1620-11"}, place="Чехия", assertion="negated",
      actors=[("Протестантская уния", "agent")])
event("вступила", "Осенью 1620 года армия Католической лиги под командованием Тилли вступила в Чехию",  # 6
      "attack", date="Осенью 1620 года", place="Чехия",
      actors=[("армия Католической лиги под командованием Тилли", "agent")], note="invasion")
event("разбито", "8 ноября у Белой Горы под Прагой чешское войско было разбито менее чем за два часа",  # 7
      "battle", date="8 ноября", place="Белая Гора", actors=[("чешское войско", "target")])
event("бежал", "8 ноября у Белой Горы под Прагой чешское войско было разбито менее чем за два часа, "  # 8
      "и Фридрих бежал из столицы", "retreat", date="8 ноября", place="Прага",
      actors=[("Фридрих", "agent")], note="'столица' is Prague")
event("казнили", "21 июня следующего года на главной площади города казнили 27 руководителей восстания",  # 9
      "execution", date="21 июня следующего года", place="Прага",
      actors=[("27 руководителей восстания", "target")], quantities=[qty("27", "fatalities", 27)],
      note="'города' is Prague")
event("вторглись", "Ещё в конце лета 1620 года испанцы вторглись в Пфальц", "attack",  # 10
      date="в конце лета 1620 года", place="Пфальц", actors=[("испанцы", "agent")], note="invasion")
event("осады", "в сентябре 1622 года Тилли после осады взял его столицу Гейдельберг", "siege",  # 11
      date="в сентябре 1622 года", place="Гейдельберг", actors=[("Тилли", "agent")],
      note="the siege ended with the capture in September; its start is not given")
event("взял", "в сентябре 1622 года Тилли после осады взял его столицу Гейдельберг", "capture",  # 12
      date="в сентябре 1622 года", place="Гейдельберг", actors=[("Тилли", "agent")])
event("вступил", "В 1625 году в войну вступил датский король Кристиан IV", "political_activity",  # 13
      date="В 1625 году", place="Дания", actors=[("датский король Кристиан IV", "agent")],
      note="entry into the war")
event("выступила", "Против него выступила армия Валленштейна, насчитывавшая около 50 тыс. человек",  # 14
      "reinforcement", date="В 1625 году", actors=[("армия Валленштейна", "agent")],
      quantities=[qty("около 50 тыс. человек", "participants", 50000, approximate=True)])
event("разгромил", "27 августа 1626 года Тилли разгромил датчан при Луттере", "battle",  # 15
      date="27 августа 1626 года", place="Луттер", actors=[("Тилли", "agent"), ("датчан", "target")])
event("осадил", "Через два года Валленштейн осадил Штральзунд", "siege",  # 16
      date="Через два года", place="Штральзунд", actors=[("Валленштейн", "agent")])
event("штурмы", "его штурмы, стоившие имперцам нескольких тысяч убитых, провалились", "attack",  # 17
      date="Через два года", place="Штральзунд", assertion="failed", actors=[("имперцам", "agent")],
      quantities=[qty("нескольких тысяч убитых", "fatalities", None, min=3000, max=9000, approximate=True)],
      note="date from the same sentence")
event("снята", "в начале августа осада была снята", "retreat",  # 18
      date="в начале августа", place="Штральзунд", note="the siege of Stralsund lifted")
event("издал", "6 марта 1629 года император издал Эдикт о реституции", "decree",  # 19
      date="6 марта 1629 года", actors=[("император", "agent")])
event("миру", "в мае по Любекскому миру Дания вышла из войны", "treaty",  # 20
      date="в мае", place="Любек", actors=[("Дания", "participant")])
event("высадился", "Летом 1630 года в Померании высадился шведский король Густав II Адольф с армией около "  # 21
      "13 тыс. человек", "reinforcement", date="Летом 1630 года", place="Померания",
      actors=[("шведский король Густав II Адольф", "agent")],
      quantities=[qty("около 13 тыс. человек", "participants", 13000, approximate=True)])
event("отправлен в отставку", "В том же году Валленштейн был отправлен в отставку", "political_activity",  # 22
      date="В том же году", actors=[("Валленштейн", "target")], note="dismissal")
event("осадили", "Весной 1631 года войска Тилли и Паппенгейма осадили Магдебург", "siege",  # 23
      date="Весной 1631 года", place="Магдебург", actors=[("войска Тилли и Паппенгейма", "agent")])
event("взят штурмом", "20 мая город был взят штурмом и разграблен", "capture",  # 24
      date="20 мая", place="Магдебург", note="'город' is Magdeburg")
event("разграблен", "20 мая город был взят штурмом и разграблен", "looting",  # 25
      date="20 мая", place="Магдебург")
event("резне", "20 мая город был взят штурмом и разграблен, а его жители подверглись резне: из 25–30 тыс. "  # 26
      "горожан погибло около 20 тыс.", "massacre", date="20 мая", place="Магдебург",
      actors=[("его жители", "target")],
      quantities=[qty("около 20 тыс.", "fatalities", 20000, approximate=True)],
      note="25–30 thousand is the population, not a count of the event")
event("уничтожил", "По словам современников, огонь уничтожил почти весь город", "looting",  # 27
      date="20 мая", place="Магдебург", assertion="reported", note="destruction of the town by fire")
event("резня", "Магдебургская резня потрясла протестантов", "massacre",  # 28
      date="20 мая", place="Магдебург", same_as=26)
event("вступила в союз", "Саксония вступила в союз со шведами", "accession",  # 29
      date={"edtf": "1631-05-20/1631-09-17"}, place="Саксония",
      actors=[("Саксония", "agent"), ("шведами", "participant")],
      note="between the sack of Magdeburg and Breitenfeld")
event("разбила", "17 сентября при Брейтенфельде шведско-саксонская армия разбила Тилли, потерявшего около "  # 30
      "7 тыс. убитыми и более 6 тыс. пленными", "battle", date="17 сентября", place="Брейтенфельд",
      actors=[("шведско-саксонская армия", "agent"), ("Тилли", "target")],
      quantities=[qty("около 7 тыс. убитыми", "fatalities", 7000, approximate=True),
                  qty("более 6 тыс. пленными", "prisoners", 6000, min=6000, approximate=True)])
event("призвал", "После этого поражения император вновь призвал Валленштейна", "political_activity",  # 31
      date={"edtf": "1631-09-17/1632-11-16"}, actors=[("император", "agent"), ("Валленштейна", "participant")],
      note="reappointment; between Breitenfeld and Lützen")
event("одержали верх", "16 ноября 1632 года при Лютцене шведы одержали верх над Валленштейном, но король погиб "  # 32
      "в сражении", "battle", date="16 ноября 1632 года", place="Лютцен",
      actors=[("шведы", "agent"), ("Валленштейном", "target")],
      note="the death of Gustavus Adolphus is part of the battle")
event("переговоры", "Полководец, который якобы вёл тайные переговоры со шведами", "negotiations",  # 33
      date={"edtf": "1632-11-16/1634-02-25"}, assertion="disputed",
      actors=[("Полководец", "participant"), ("шведами", "participant")],
      note="'якобы': the text doubts the claim")
event("объявлен изменником", "Полководец, который якобы вёл тайные переговоры со шведами, был объявлен "  # 34
      "изменником", "decree", date={"edtf": "1632-11-16/1634-02-25"}, actors=[("Полководец", "target")],
      note="the emperor's declaring Wallenstein a traitor")
event("убили", "25 февраля 1634 года в Эгере его убили собственные офицеры", "execution",  # 35
      date="25 февраля 1634 года", place="Эгер", actors=[("собственные офицеры", "agent")],
      note="murder of Wallenstein, declared a traitor, by his officers: a targeted killing")
event("разгромила", "6 сентября имперско-испанская армия разгромила шведов при Нёрдлингене: они потеряли "  # 36
      "от 8 до 12 тыс. убитыми и до 4 тыс. пленными", "battle", date="6 сентября", place="Нёрдлинген",
      actors=[("имперско-испанская армия", "agent"), ("шведов", "target")],
      quantities=[qty("от 8 до 12 тыс. убитыми", "fatalities", None, min=8000, max=12000, approximate=True),
                  qty("до 4 тыс. пленными", "prisoners", 4000, max=4000, approximate=True)])
event("заключили", "В мае 1635 года император и Саксония заключили Пражский мир", "treaty",  # 37
      date="В мае 1635 года", place="Прага",
      actors=[("император", "participant"), ("Саксония", "participant")])
event("примкнули", "к которому вскоре примкнули почти все князья", "accession",  # 38
      date="вскоре", actors=[("почти все князья", "agent")], note="accession to the Peace of Prague")
event("объявила войну", "Тогда же Франция объявила войну Испании", "political_activity",  # 39
      date="Тогда же", place="Франция", actors=[("Франция", "agent"), ("Испании", "target")],
      note="declaration of war; France's entry into the war")
event("разгромили", "19 мая 1643 года при Рокруа французы разгромили испанцев, взяв около 7 тыс. пленных",  # 40
      "battle", date="19 мая 1643 года", place="Рокруа",
      actors=[("французы", "agent"), ("испанцев", "target")],
      quantities=[qty("около 7 тыс. пленных", "prisoners", 7000, approximate=True)])
event("занял", "В ночь на 26 июля 1648 года шведский отряд Кёнигсмарка внезапно занял левобережную часть "  # 41
      "Праги", "capture", date="В ночь на 26 июля 1648 года", place="Прага",
      actors=[("шведский отряд Кёнигсмарка", "agent")])
event("Попытки взять", "Попытки взять правобережную часть города не удались", "capture",  # 42
      date={"edtf": "1648-07-26/1648-11-10"}, place="Прага", assertion="failed",
      note="'города' is Prague")
event("осада", "осада столицы затянулась более чем на три месяца", "siege",  # 43
      date={"edtf": "1648-07-26/1648-11-10"}, place="Прага",
      note="'столицы' is Prague; from 26 July to the lifting in early November")
event("подписаны", "24 октября 1648 года в Мюнстере и Оснабрюке были подписаны договоры", "treaty",  # 44
      date="24 октября 1648 года", place="Мюнстер", note="the Peace of Westphalia")
event("подписаны", "24 октября 1648 года в Мюнстере и Оснабрюке были подписаны договоры", "treaty",  # 45
      date="24 октября 1648 года", place="Оснабрюк", note="the Peace of Westphalia")
event("сняли осаду", "В начале ноября шведы сняли осаду Праги", "retreat",  # 46
      date="В начале ноября", place="Прага", actors=[("шведы", "agent")])
event("признал", "Мир признал независимость Швейцарии и Республики Соединённых провинций", "recognition",  # 47
      date="24 октября 1648 года", place="Швейцария", actors=[("Швейцарии", "target")],
      note="recognised by the Peace of Westphalia of 24 October 1648")
event("признал", "Мир признал независимость Швейцарии и Республики Соединённых провинций", "recognition",  # 48
      date="24 октября 1648 года", place="Республика Соединённых провинций",
      actors=[("Республики Соединённых провинций", "target")],
      note="recognised by the Peace of Westphalia of 24 October 1648")
event("получила", "Швеция получила Западную Померанию", "territorial_transfer",  # 49
      date="24 октября 1648 года", place="Западная Померания", actors=[("Швеция", "agent")],
      note="under the Peace of Westphalia")
event("получила", "Швеция получила Западную Померанию, а Франция — большую часть Эльзаса",  # 50
      "territorial_transfer", date="24 октября 1648 года", place="Эльзас", actors=[("Франция", "agent")],
      note="elided verb; under the Peace of Westphalia")
