"""Gold spec for bench/heldout/austrian_succession_1740_1748.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/austrian_succession_1740_1748.txt"

gazetteer({
    "Вена": ("settlement", 48.21, 16.37, "Q1741"),
    "Бавария": ("polity", 48.14, 11.58, None),
    "Саксония": ("polity", 51.05, 13.74, None),
    "Испания": ("polity", 40.42, -3.7, "Q29"),
    "Силезия": ("region", 50.9, 16.8, None),
    "Бреслау": ("settlement", 51.11, 17.03, "Q1799", "Вроцлав"),
    "Глогау": ("settlement", 51.66, 16.08, None, "Глогув"),
    "Мольвиц": ("settlement", 50.82, 17.42, None, "Малуёвице"),
    "Бриг": ("settlement", 50.86, 17.47, None, "Бжег"),
    "Пруссия": ("polity", 52.52, 13.4, None),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Верхняя Австрия": ("region", 48.3, 14.29, None),
    "Чехия": ("region", 49.9, 14.8, None),
    "Прага": ("settlement", 50.08, 14.43, "Q1085"),
    "Франкфурт": ("settlement", 50.11, 8.68, "Q1794"),
    "Мюнхен": ("settlement", 48.14, 11.58, "Q1726"),
    "Хотузице": ("settlement", 49.95, 15.53, None),
    "Берлин": ("settlement", 52.52, 13.4, "Q64"),
    "Эгер": ("settlement", 50.08, 12.37, None, "Хеб"),
    "Майн": ("river", 50.04, 9.02, None),
    "Деттинген": ("settlement", 50.04, 9.03, None, "Карлштайн-на-Майне"),
    "Англия": ("polity", 51.51, -0.13, "Q21"),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Фюссен": ("settlement", 47.57, 10.7, None),
    "Фонтенуа": ("settlement", 50.57, 3.48, None),
    "Турне": ("settlement", 50.61, 3.39, None),
    "Гогенфридберг": ("settlement", 50.9, 16.24, None, "Добромеж"),
    "Кессельсдорф": ("settlement", 51.04, 13.6, None),
    "Дрезден": ("settlement", 51.05, 13.74, "Q1731"),
    "Нидерланды": ("region", 50.85, 4.35, None),
    "Италия": ("region", 44.5, 10.0, None),
    "Брюссель": ("settlement", 50.85, 4.35, "Q239"),
    "Генуя": ("settlement", 44.41, 8.93, "Q1449"),
    "Лауфельд": ("settlement", 50.83, 5.63, None, "Лафелт"),
    "Берген-оп-Зом": ("settlement", 51.49, 4.29, None),
    "Рейн": ("river", 50.0, 7.8, "Q584"),
    "Ахен": ("settlement", 50.78, 6.08, "Q1017"),
    "Маастрихт": ("settlement", 50.85, 5.69, "Q1309"),
})

# ---- dates, in reading order (the text states once that dates are Gregorian)
date("1740–1748", "1740/1748", "interval")
date("20 октября 1740 года", "1740-10-20", "day")
date("16 декабря 1740 года", "1740-12-16", "day")
date("3 января 1741 года", "1741-01-03", "day")
date("в ночь на 9 марта", "1741-03-08/1741-03-09", "day", derivation="anchored")
date("10 апреля", "1741-04-10", "day", derivation="anchored")
date("4 мая", "1741-05-04", "day", derivation="anchored")
date("в начале июня", "1741-06-01/1741-06-10", "interval", derivation="anchored")
date("Осенью", "1741-23", "season", derivation="anchored")
date("В ночь на 26 ноября", "1741-11-25/1741-11-26", "day", derivation="anchored")
date("вскоре", "1741-11/1741-12", "interval", kind="vague", derivation="anchored",
     start="1741-11-26", end="1741-12-31", note="soon after the taking of Prague on 26 November")
date("24 января 1742 года", "1742-01-24", "day")
date("13 февраля", "1742-02-13", "day", derivation="anchored")
date("17 мая", "1742-05-17", "day", derivation="anchored")
date("11 июня", "1742-06-11", "day", derivation="anchored")
date("28 июля", "1742-07-28", "day", derivation="anchored")
date("В ночь на 17 декабря", "1742-12-16/1742-12-17", "day", derivation="anchored")
date("к концу месяца", "1742-12-21/1742-12-31", "interval", derivation="anchored")
date("вскоре", "1742-12/1743-01", "interval", kind="vague", derivation="anchored",
     start="1742-12-17", end="1743-01-31", note="soon after the breakout of 17 December")
date("27 июня 1743 года", "1743-06-27", "day")
date("Весной 1744 года", "1744-21", "season")
date("в августе", "1744-08", "month", derivation="anchored")
date("16 сентября", "1744-09-16", "day", derivation="anchored")
date("недолгой", None, None, kind="duration", note="unquantified: a short siege")
date("в ноябре", "1744-11", "month", derivation="anchored")
date("22 апреля 1745 года", "1745-04-22", "day")
date("11 мая", "1745-05-11", "day", derivation="anchored")
date("вскоре", "1745-05/1745-06", "interval", kind="vague", derivation="anchored",
     start="1745-05-11", end="1745-06-30", note="soon after Fontenoy, 11 May")
date("4 июня", "1745-06-04", "day", derivation="anchored")
date("13 сентября", "1745-09-13", "day", derivation="anchored")
date("15 декабря", "1745-12-15", "day", derivation="anchored")
date("через три дня", "1745-12-18", "day", derivation="computed", note="15 December + 3 days")
date("25 декабря", "1745-12-25", "day", derivation="anchored")
date("20 февраля 1746 года", "1746-02-20", "day")
date("трёхнедельной", None, None, kind="duration", duration="P3W")
date("5 декабря", "1746-12-05", "day", derivation="anchored")
date("2 июля 1747 года", "1747-07-02", "day")
date("16 сентября", "1747-09-16", "day", derivation="anchored")
date("двухмесячной", None, None, kind="duration", duration="P2M")
date("В начале 1748 года", "1748-01/1748-04", "interval",
     note="beginning of the year taken as its first third")
date("30 апреля", "1748-04-30", "day", derivation="anchored")
date("7 мая", "1748-05-07", "day", derivation="anchored")
date("18 октября 1748 года", "1748-10-18", "day")

# ---- places, in reading order
for quote, name in [
    ("Вене", "Вена"), ("Бавария", None), ("Саксония", None), ("Испания", None),
    ("Силезию", "Силезия"), ("Бреслау", None), ("Глогау", None), ("Мольвице", "Мольвиц"),
    ("Бриг", None), ("Бреслау", None), ("Пруссия", None), ("Францией", "Франция"),
    ("Верхнюю Австрию", "Верхняя Австрия"), ("Чехию", "Чехия"), ("Прагу", "Прага"), ("Чехии", "Чехия"),
    ("Франкфурте", "Франкфурт"), ("Мюнхен", None),
    ("Хотузице", None), ("Бреслау", None), ("Берлинский", "Берлин"), ("Пруссией", "Пруссия"),
    ("Силезию", "Силезия"), ("Праге", "Прага"), ("Эгера", "Эгер"),
    ("Майне", "Майн"), ("Деттингене", "Деттинген"), ("Франция", None), ("Англии", "Англия"),
    ("Австрии", "Австрия"), ("Чехию", "Чехия"), ("Прага", None), ("Силезию", "Силезия"),
    ("Фюссене", "Фюссен"),
    ("Фонтенуа", None), ("Турне", None), ("Гогенфридберге", "Гогенфридберг"),
    ("Франкфурте", "Франкфурт"), ("Кессельсдорфе", "Кессельсдорф"), ("Дрезден", None),
    ("Пруссия", None),
    ("Нидерландах", "Нидерланды"), ("Италии", "Италия"), ("Брюсселем", "Брюссель"),
    ("Генуи", "Генуя"), ("Лауфельде", "Лауфельд"), ("Берген-оп-Зом", None),
    ("Рейну", "Рейн"), ("Ахене", "Ахен"), ("Маастрихт", None), ("Ахенский", "Ахен"),
    ("Силезии", "Силезия"), ("Пруссии", "Пруссия"),
]:
    place(quote, name)

# ---- events
event("унаследовала", "владения Габсбургов унаследовала его дочь Мария Терезия", "political_activity",  # 0
      date="20 октября 1740 года", place="Вена", actors=[("Мария Терезия", "participant")],
      note="accession to the Habsburg lands on her father's death")
event("оспорили", "права которой оспорили Бавария, Саксония и Испания", "non_recognition",  # 1
      date={"edtf": "1740-10/1741"}, place="Бавария",
      actors=[("Бавария", "agent"), ("Мария Терезия", "target")],
      note="the refusal to recognise her rights; the text gives no date beyond her accession")
event("оспорили", "права которой оспорили Бавария, Саксония и Испания", "non_recognition",  # 2
      date={"edtf": "1740-10/1741"}, place="Саксония",
      actors=[("Саксония", "agent"), ("Мария Терезия", "target")])
event("оспорили", "права которой оспорили Бавария, Саксония и Испания", "non_recognition",  # 3
      date={"edtf": "1740-10/1741"}, place="Испания",
      actors=[("Испания", "agent"), ("Мария Терезия", "target")])
event("вступила", "16 декабря 1740 года его армия численностью около 27 тыс. человек вступила в Силезию",  # 4
      "attack", date="16 декабря 1740 года", place="Силезия", actors=[("его армия", "agent")],
      quantities=[qty("около 27 тыс. человек", "participants", 27000, approximate=True)],
      note="the Prussian invasion of Silesia")
event("заняли", "3 января 1741 года пруссаки без боя заняли Бреслау", "occupation",  # 5
      date="3 января 1741 года", place="Бреслау", actors=[("пруссаки", "agent")])
event("овладели", "3 января 1741 года пруссаки без боя заняли Бреслау, а в ночь на 9 марта штурмом "  # 6
      "овладели крепостью Глогау", "capture", date="в ночь на 9 марта", place="Глогау",
      actors=[("пруссаки", "agent")])
event("разбили", "10 апреля при Мольвице около 22 тыс. пруссаков разбили примерно 19 тыс. австрийцев",  # 7
      "battle", date="10 апреля", place="Мольвиц",
      actors=[("пруссаков", "agent"), ("австрийцев", "target")],
      quantities=[qty("около 22 тыс. пруссаков", "participants", 22000, approximate=True),
                  qty("примерно 19 тыс. австрийцев", "participants", 19000, approximate=True)])
event("осады", "4 мая после осады сдалась крепость Бриг", "siege",  # 8
      date={"edtf": "1741-04-10/1741-05-04"}, place="Бриг",
      note="the siege ended with the surrender of 4 May; it began after Mollwitz")
event("сдалась", "4 мая после осады сдалась крепость Бриг", "capture", date="4 мая", place="Бриг")  # 9
event("заключила союз", "в начале июня в Бреслау Пруссия заключила союз с Францией", "treaty",  # 10
      date="в начале июня", place="Бреслау",
      actors=[("Пруссия", "participant"), ("Францией", "participant")])
event("вторглись", "Осенью французские и баварские войска вторглись в Верхнюю Австрию и Чехию", "attack",  # 11
      date="Осенью", place="Верхняя Австрия", actors=[("французские и баварские войска", "agent")])
event("вторглись", "Осенью французские и баварские войска вторглись в Верхнюю Австрию и Чехию", "attack",  # 12
      date="Осенью", place="Чехия", actors=[("французские и баварские войска", "agent")])
event("взяли", "В ночь на 26 ноября франко-баварские и саксонские части штурмом взяли Прагу", "capture",  # 13
      date="В ночь на 26 ноября", place="Прага",
      actors=[("франко-баварские и саксонские части", "agent")])
event("провозглашён", "вскоре курфюрст Карл Альберт был провозглашён там королём Чехии",  # 14
      "political_activity", date="вскоре", place="Прага",
      actors=[("курфюрст Карл Альберт", "participant")], note="'там' is Prague")
event("избрали", "24 января 1742 года во Франкфурте его избрали императором под именем Карла VII",  # 15
      "election", date="24 января 1742 года", place="Франкфурт")
event("заняли", "но уже 13 февраля австрийцы заняли его столицу Мюнхен", "capture",  # 16
      date="13 февраля", place="Мюнхен", actors=[("австрийцы", "agent")])
event("разбил", "17 мая Фридрих разбил австрийцев при Хотузице", "battle",  # 17
      date="17 мая", place="Хотузице", actors=[("Фридрих", "agent"), ("австрийцев", "target")])
event("подписаны", "11 июня в Бреслау были подписаны предварительные условия мира", "treaty",  # 18
      date="11 июня", place="Бреслау")
event("договор", "а 28 июля Берлинский договор закрепил за Пруссией почти всю Силезию", "treaty",  # 19
      date="28 июля", place="Берлин")
event("закрепил", "а 28 июля Берлинский договор закрепил за Пруссией почти всю Силезию",  # 20
      "territorial_transfer", date="28 июля", place="Силезия", actors=[("Пруссией", "participant")])
event("осаде", "Покинутые союзником французы оказались в осаде в Праге", "siege",  # 21
      date={"edtf": "1742-06-11/1742-12-17"}, place="Прага", actors=[("французы", "target")],
      note="after Prussia left the war (11 June) and until the breakout of 17 December")
event("вывел", "В ночь на 17 декабря маршал Бель-Иль с 14 тыс. солдат вывел их из города", "retreat",  # 22
      date="В ночь на 17 декабря", place="Прага", actors=[("маршал Бель-Иль", "agent")],
      quantities=[qty("14 тыс. солдат", "participants", 14000)], note="the city left is Prague")
event("достиг", "вывел их из города и к концу месяца достиг Эгера", "retreat",  # 23
      date="к концу месяца", place="Эгер", same_as=22, note="the end of the retreat from Prague")
event("погибло", "по некоторым данным, в пути от мороза погибло более тысячи человек", "retreat",  # 24
      date={"edtf": "1742-12-16/1742-12-31"}, assertion="reported", same_as=22,
      quantities=[qty("более тысячи человек", "fatalities", 1000, min=1000, approximate=True)],
      note="deaths from frost on the march from Prague to Eger")
event("капитулировал", "Оставленный гарнизон вскоре капитулировал", "recapture",  # 25
      date="вскоре", place="Прага", actors=[("Оставленный гарнизон", "target")],
      note="the French garrison left in Prague surrendered to the Austrians")
event("разбила", "27 июня 1743 года на Майне при Деттингене «Прагматическая армия» во главе с Георгом II "  # 26
      "разбила французов", "battle", date="27 июня 1743 года", place="Деттинген",
      actors=[("Прагматическая армия", "agent"), ("французов", "target")])
event("объявила войну", "Весной 1744 года Франция объявила войну Англии, а затем и Австрии",  # 27
      "political_activity", date="Весной 1744 года", place="Франция",
      actors=[("Франция", "agent"), ("Англии", "target")])
event("объявила войну", "Весной 1744 года Франция объявила войну Англии, а затем и Австрии",  # 28
      "political_activity", date="Весной 1744 года", place="Франция",
      actors=[("Франция", "agent"), ("Австрии", "target")])
event("вторгся", "Фридрих в августе вновь вторгся в Чехию с 80 тыс. солдат", "attack",  # 29
      date="в августе", place="Чехия", actors=[("Фридрих", "agent")],
      quantities=[qty("80 тыс. солдат", "participants", 80000)])
event("осады", "16 сентября после недолгой осады капитулировала Прага", "siege",  # 30
      date={"edtf": "1744-09-01/1744-09-16"}, place="Прага",
      note="a short siege ending on 16 September")
event("капитулировала", "16 сентября после недолгой осады капитулировала Прага", "capture",  # 31
      date="16 сентября", place="Прага")
event("отступить", "однако в ноябре пруссакам пришлось отступить в Силезию", "retreat",  # 32
      date="в ноябре", place="Силезия", actors=[("пруссакам", "agent")],
      note="place is the destination of the retreat")
event("заключил", "его сын 22 апреля 1745 года заключил в Фюссене мир, отказавшись от притязаний на корону",  # 33
      "treaty", date="22 апреля 1745 года", place="Фюссен", actors=[("его сын", "participant")])
event("разбили", "11 мая французы Мориса Саксонского разбили армию союзников при Фонтенуа", "battle",  # 34
      date="11 мая", place="Фонтенуа",
      actors=[("французы Мориса Саксонского", "agent"), ("армию союзников", "target")])
event("пал", "вскоре пал Турне", "capture", date="вскоре", place="Турне")  # 35
event("разгромил", "4 июня Фридрих разгромил австрийцев и саксонцев при Гогенфридберге, захватив "  # 36
      "несколько тысяч пленных", "battle", date="4 июня", place="Гогенфридберг",
      actors=[("Фридрих", "agent"), ("австрийцев и саксонцев", "target")],
      quantities=[qty("несколько тысяч пленных", "prisoners", None, min=3000, max=9000, approximate=True)])
event("избран", "13 сентября во Франкфурте императором был избран Франц Стефан", "election",  # 37
      date="13 сентября", place="Франкфурт", actors=[("Франц Стефан", "participant")])
event("разбил", "15 декабря князь Леопольд разбил саксонцев при Кессельсдорфе", "battle",  # 38
      date="15 декабря", place="Кессельсдорф",
      actors=[("князь Леопольд", "agent"), ("саксонцев", "target")])
event("вступили", "через три дня пруссаки вступили в Дрезден", "occupation",  # 39
      date="через три дня", place="Дрезден", actors=[("пруссаки", "agent")])
event("заключён мир", "а 25 декабря там был заключён мир", "treaty",  # 40
      date="25 декабря", place="Дрезден", note="'там' is Dresden")
event("признала", "по которому Пруссия признала Франца I императором", "recognition",  # 41
      date="25 декабря", place="Дрезден",
      actors=[("Пруссия", "agent"), ("Франца I", "participant")])
event("осады", "20 февраля 1746 года после трёхнедельной осады французы овладели Брюсселем", "siege",  # 42
      date={"edtf": "1746-01-30/1746-02-20"}, place="Брюссель", actors=[("французы", "agent")],
      note="20 February - three weeks")
event("овладели", "20 февраля 1746 года после трёхнедельной осады французы овладели Брюсселем", "capture",  # 43
      date="20 февраля 1746 года", place="Брюссель", actors=[("французы", "agent")])
event("восстали", "5 декабря восстали жители Генуи и изгнали австрийский гарнизон", "uprising",  # 44
      date="5 декабря", place="Генуя", actors=[("жители Генуи", "agent")])
event("изгнали", "5 декабря восстали жители Генуи и изгнали австрийский гарнизон", "recapture",  # 45
      date="5 декабря", place="Генуя",
      actors=[("жители Генуи", "agent"), ("австрийский гарнизон", "target")])
event("одержал верх", "2 июля 1747 года Морис Саксонский одержал верх при Лауфельде", "battle",  # 46
      date="2 июля 1747 года", place="Лауфельд", actors=[("Морис Саксонский", "agent")])
event("осады", "а 16 сентября его войска после двухмесячной осады штурмом взяли Берген-оп-Зом", "siege",  # 47
      date={"edtf": "1747-07-16/1747-09-16"}, place="Берген-оп-Зом", actors=[("его войска", "agent")],
      note="16 September - two months")
event("взяли", "а 16 сентября его войска после двухмесячной осады штурмом взяли Берген-оп-Зом", "capture",  # 48
      date="16 сентября", place="Берген-оп-Зом", actors=[("его войска", "agent")])
event("разграбили", "а 16 сентября его войска после двухмесячной осады штурмом взяли Берген-оп-Зом и "  # 49
      "разграбили город", "looting", date="16 сентября", place="Берген-оп-Зом",
      actors=[("его войска", "agent")])
event("выступил", "В начале 1748 года к Рейну выступил русский корпус князя Репнина численностью около "  # 50
      "30 тыс. человек", "reinforcement", date="В начале 1748 года", place="Рейн",
      actors=[("русский корпус князя Репнина", "agent")],
      quantities=[qty("около 30 тыс. человек", "participants", 30000, approximate=True)],
      note="place is the destination of the march")
event("боях", "но в боях он так и не участвовал", "battle",  # 51
      date={"edtf": "1748"}, assertion="negated", note="the Russian corps saw no fighting")
event("подписаны", "30 апреля в Ахене были подписаны предварительные условия мира", "treaty",  # 52
      date="30 апреля", place="Ахен")
event("осаждённый", "а 7 мая сдался осаждённый французами Маастрихт", "siege",  # 53
      date={"edtf": "1748-04/1748-05-07"}, place="Маастрихт", actors=[("французами", "agent")],
      note="the siege ended with the surrender of 7 May")
event("сдался", "а 7 мая сдался осаждённый французами Маастрихт", "capture",  # 54
      date="7 мая", place="Маастрихт", actors=[("французами", "agent")])
event("подписан", "Окончательный Ахенский мир был подписан 18 октября 1748 года", "treaty",  # 55
      date="18 октября 1748 года", place="Ахен")
event("подтвердил переход", "он подтвердил переход Силезии к Пруссии", "territorial_transfer",  # 56
      date="18 октября 1748 года", place="Силезия", actors=[("Пруссии", "participant")], same_as=20,
      note="the peace of Aachen confirmed the cession of Silesia made at Berlin in 1742")
