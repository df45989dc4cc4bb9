"""Gold spec for bench/heldout/risorgimento_1859_1861.txt (hand-coded; build with bench/gold/build_gold.py).

The Italian Risorgimento 1859–1861. All dates are Gregorian (Italy, France and Austria used New Style).
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/risorgimento_1859_1861.txt"

gazetteer({
    "Италия": ("polity", 42.8, 12.6, "Q38"),
    "Вена": ("settlement", 48.21, 16.37, "Q1741"),
    "Турин": ("settlement", 45.07, 7.69, "Q495"),
    "Флоренция": ("settlement", 43.77, 11.25, "Q2044"),
    "Тоскана": ("region", 43.4, 11.0, "Q1273"),
    "Тичино": ("river", 45.4, 8.87, None),
    "Пьемонт": ("region", 45.0, 7.9, "Q1216"),
    "Альпы": ("mountain", 46.5, 9.5, "Q1286"),
    "Генуя": ("settlement", 44.41, 8.93, "Q1449"),
    "Франция": ("polity", 46.6, 2.4, "Q142"),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Маджента": ("settlement", 45.46, 8.88, None),
    "Милан": ("settlement", 45.46, 9.19, "Q490"),
    "Болонья": ("settlement", 44.49, 11.34, "Q1891"),
    "Модена": ("settlement", 44.65, 10.93, None),
    "Парма": ("settlement", 44.80, 10.33, None),
    "Сольферино": ("settlement", 45.37, 10.57, None),
    "Сан-Мартино": ("settlement", 45.44, 10.60, None),
    "Минчо": ("river", 45.35, 10.70, None),
    "Виллафранка": ("settlement", 45.35, 10.85, None),
    "Ломбардия": ("region", 45.6, 9.8, "Q1210"),
    "Сардиния": ("polity", 45.07, 7.69, None),
    "Цюрих": ("settlement", 47.37, 8.54, "Q72"),
    "Эмилия": ("region", 44.6, 11.0, None),
    "Ницца": ("settlement", 43.70, 7.27, "Q33959"),
    "Савойя": ("region", 45.5, 6.3, None),
    "Палермо": ("settlement", 38.12, 13.36, "Q2656"),
    "Куарто": ("settlement", 44.39, 9.00, None),
    "Марсала": ("settlement", 37.80, 12.44, None),
    "Салеми": ("settlement", 37.82, 12.80, None),
    "Сицилия": ("region", 37.5, 14.0, "Q1460"),
    "Калатафими": ("settlement", 37.91, 12.86, None),
    "Милаццо": ("settlement", 38.22, 15.24, None),
    "Мессинский пролив": ("sea", 38.2, 15.6, None),
    "Реджо": ("settlement", 38.11, 15.65, None, "Реджо-ди-Калабрия"),
    "Неаполь": ("settlement", 40.85, 14.27, "Q2634"),
    "Гаэта": ("settlement", 41.21, 13.57, None),
    "Папская область": ("polity", 42.0, 12.5, None),
    "Кастельфидардо": ("settlement", 43.46, 13.55, None),
    "Анкона": ("settlement", 43.62, 13.52, None),
    "Вольтурно": ("river", 41.12, 14.22, None),
    "Марке": ("region", 43.3, 13.2, None),
    "Умбрия": ("region", 42.95, 12.5, None),
    "Рим": ("settlement", 41.90, 12.50, "Q220"),
})

# ---- dates, in reading order
date("на 1859–1861 годы", "1859/1861", "interval")
date("23 апреля 1859 года", "1859-04-23", "day")
date("27 апреля", "1859-04-27", "day", derivation="anchored")
date("29 апреля", "1859-04-29", "day", derivation="anchored")
date("С конца апреля", "1859-04-21/1859-04-30", "interval", derivation="anchored",
     note="start of a process that goes on")
date("3 мая", "1859-05-03", "day", derivation="anchored")
date("4 июня 1859 года", "1859-06-04", "day")
date("Через четыре дня", "1859-06-08", "day", derivation="computed", note="4 June + 4 days")
date("В первой половине июня", "1859-06-01/1859-06-15", "interval", derivation="anchored")
date("24 июня", "1859-06-24", "day", derivation="anchored")
date("11 июля", "1859-07-11", "day", derivation="anchored")
date("10 ноября 1859 года", "1859-11-10", "day")
date("В январе 1860 года", "1860-01", "month")
date("11–12 марта", "1860-03-11/1860-03-12", "interval", derivation="anchored")
date("вскоре", "1860-03-12/1860-03-31", "interval", kind="vague", derivation="anchored",
     note="soon after the plebiscites of 11–12 March")
date("24 марта 1860 года", "1860-03-24", "day")
date("в апреле", "1860-04", "month", derivation="anchored")
date("4 апреля", "1860-04-04", "day", derivation="anchored")
date("через десять дней", "1860-04-14", "day", derivation="computed", note="4 April + 10 days")
date("В ночь на 6 мая", "1860-05-05/1860-05-06", "day", derivation="anchored")
date("11 мая", "1860-05-11", "day", derivation="anchored")
date("14 мая", "1860-05-14", "day", derivation="anchored")
date("на следующий день", "1860-05-15", "day", derivation="computed", note="14 May + 1 day")
date("27 мая", "1860-05-27", "day", derivation="anchored")
date("Три дня", None, None, kind="duration", duration="P3D")
date("30 мая", "1860-05-30", "day", derivation="anchored")
date("6 июня", "1860-06-06", "day", derivation="anchored")
date("20 июля", "1860-07-20", "day", derivation="anchored")
date("В ночь на 19 августа", "1860-08-18/1860-08-19", "day", derivation="anchored")
date("через два дня", "1860-08-21", "day", derivation="computed", note="19 August + 2 days")
date("6 сентября", "1860-09-06", "day", derivation="anchored")
date("на следующий день", "1860-09-07", "day", derivation="computed", note="6 September + 1 day")
date("Осенью", "1860-23", "season", derivation="anchored")
date("11 сентября", "1860-09-11", "day", derivation="anchored")
date("18 сентября", "1860-09-18", "day", derivation="anchored")
date("29 сентября", "1860-09-29", "day", derivation="anchored")
date("1–2 октября", "1860-10-01/1860-10-02", "interval", derivation="anchored")
date("21 октября", "1860-10-21", "day", derivation="anchored")
date("в начале ноября", "1860-11-01/1860-11-10", "interval", derivation="anchored")
date("С 5 ноября 1860 года", "1860-11-05", "day", note="start of a process that goes on")
date("Более трёх месяцев", None, None, kind="duration", duration="P3M", note="more than three months")
date("13 февраля 1861 года", "1861-02-13", "day")
date("на следующий день", "1861-02-14", "day", derivation="computed", note="13 February + 1 day")
date("18 февраля", "1861-02-18", "day", derivation="anchored")
date("17 марта 1861 года", "1861-03-17", "day")

# ---- places, in reading order
for quote, name in [
    ("Италии", "Италия"), ("Вена", None), ("Турину", "Турин"), ("Флоренции", "Флоренция"),
    ("Тосканы", "Тоскана"), ("Тичино", None), ("Пьемонт", None), ("Альпы", None), ("Геную", "Генуя"),
    ("Франция", None), ("Австрии", "Австрия"),
    ("Мадженты", "Маджента"), ("Милан", None), ("Болонью", "Болонья"), ("Модены", "Модена"),
    ("Пармы", "Парма"), ("Сольферино", None), ("Сан-Мартино", None), ("Минчо", None),
    ("Виллафранке", "Виллафранка"), ("Ломбардия", None), ("Сардинии", "Сардиния"), ("Цюрихский", "Цюрих"),
    ("Тоскане", "Тоскана"), ("Эмилии", "Эмилия"), ("Франции", "Франция"), ("Туринский", "Турин"),
    ("Ницца", None), ("Савойя", None), ("Франции", "Франция"),
    ("Палермо", None), ("Куарто", None), ("Генуи", "Генуя"), ("Марсале", "Марсала"), ("Салеми", None),
    ("Сицилии", "Сицилия"), ("Калатафими", None), ("Палермо", None), ("Милаццо", None), ("Сицилия", None),
    ("Мессинский пролив", None), ("Реджо", None), ("Неаполь", None), ("Гаэта", None),
    ("Папскую область", "Папская область"), ("Кастельфидардо", None), ("Анкона", None),
    ("Вольтурно", None), ("Неаполе", "Неаполь"), ("Сицилии", "Сицилия"), ("Сардинии", "Сардиния"),
    ("Марке", None), ("Умбрия", None),
    ("Гаэту", "Гаэта"), ("Рим", None), ("Турине", "Турин"), ("Италии", "Италия"),
]:
    place(quote, name)

# ---- events
event("ультиматум", "23 апреля 1859 года Вена предъявила Турину ультиматум", "political_activity",  # 0
      date="23 апреля 1859 года", place="Турин", actors=[("Вена", "agent"), ("Турину", "target")],
      note="delivered in Turin")
event("волнения", "27 апреля во Флоренции начались волнения", "protest",  # 1
      date="27 апреля", place="Флоренция")
event("бежал", "великий герцог Леопольд II бежал из Тосканы", "flight",  # 2
      date="27 апреля", place="Тоскана", actors=[("великий герцог Леопольд II", "agent")],
      note="the ruler's flight; date from the same sentence")
event("вторглись", "29 апреля австрийские войска перешли реку Тичино и вторглись в Пьемонт", "attack",  # 3
      date="29 апреля", place="Пьемонт", actors=[("австрийские войска", "agent")],
      note="the Ticino is the border crossed on the way")
event("прибывали", "С конца апреля через Альпы и морем через Геную на помощь союзнику прибывали "  # 4
      "французские корпуса", "reinforcement", date="С конца апреля", place="Альпы",
      actors=[("французские корпуса", "agent")])
event("прибывали", "С конца апреля через Альпы и морем через Геную на помощь союзнику прибывали "  # 5
      "французские корпуса", "reinforcement", date="С конца апреля", place="Генуя",
      actors=[("французские корпуса", "agent")])
event("объявила Австрии войну", "3 мая Франция объявила Австрии войну", "political_activity",  # 6
      date="3 мая", place="Франция", actors=[("Франция", "agent"), ("Австрии", "target")])
event("разбила", "4 июня 1859 года франко-сардинская армия разбила австрийцев у Мадженты; по французским "  # 7
      "данным, противник потерял более 4 тыс. пленными", "battle", date="4 июня 1859 года", place="Маджента",
      actors=[("франко-сардинская армия", "agent"), ("австрийцев", "target")],
      quantities=[qty("более 4 тыс. пленными", "prisoners", 4000, min=4000, approximate=True)],
      note="the battle is asserted; only the prisoner count is attributed to French data")
event("вступили", "Через четыре дня Наполеон III и Виктор Эммануил II вступили в Милан", "occupation",  # 8
      date="Через четыре дня", place="Милан",
      actors=[("Наполеон III", "agent"), ("Виктор Эммануил II", "agent")])
event("оставили", "В первой половине июня австрийцы оставили Болонью", "retreat",  # 9
      date="В первой половине июня", place="Болонья", actors=[("австрийцы", "agent")])
event("бежали", "правители Модены и Пармы бежали из своих столиц", "flight",  # 10
      date="В первой половине июня", place="Модена", actors=[("правители", "agent")],
      note="the rulers' flight")
event("бежали", "правители Модены и Пармы бежали из своих столиц", "flight",  # 11
      date="В первой половине июня", place="Парма", actors=[("правители", "agent")],
      note="the rulers' flight")
event("сражение", "24 июня у Сольферино и Сан-Мартино произошло главное сражение: в нём участвовало около "  # 12
      "300 тыс. человек, около 5 тыс. были убиты", "battle", date="24 июня", place="Сольферино",
      quantities=[qty("около 300 тыс. человек", "participants", 300000, approximate=True),
                  qty("около 5 тыс.", "fatalities", 5000, approximate=True)],
      note="the counts are for the whole battle at both places")
event("сражение", "24 июня у Сольферино и Сан-Мартино произошло главное сражение: в нём участвовало около "  # 13
      "300 тыс. человек, около 5 тыс. были убиты", "battle", date="24 июня", place="Сан-Мартино",
      quantities=[qty("около 300 тыс. человек", "participants", 300000, approximate=True),
                  qty("около 5 тыс.", "fatalities", 5000, approximate=True)],
      note="the counts are for the whole battle at both places")
event("отступила", "Австрийская армия отступила за реку Минчо", "retreat",  # 14
      date={"edtf": "1859-06-24/1859-06-30"}, place="Минчо", actors=[("Австрийская армия", "agent")],
      note="right after the battle of 24 June")
event("перемирие", "11 июля в Виллафранке Наполеон III заключил с Францем Иосифом перемирие", "treaty",  # 15
      date="11 июля", place="Виллафранка",
      actors=[("Наполеон III", "participant"), ("Францем Иосифом", "participant")])
event("отходила", "по которому Ломбардия отходила к Сардинии", "territorial_transfer",  # 16
      date="11 июля", place="Ломбардия", actors=[("Сардинии", "participant")],
      note="the transfer agreed in the armistice of 11 July")
event("подал в отставку", "Возмущённый Кавур подал в отставку", "political_activity",  # 17
      date={"edtf": "1859-07"}, actors=[("Кавур", "agent")],
      note="right after the armistice of 11 July; no place named")
event("мир", "Эти условия закрепил Цюрихский мир 10 ноября 1859 года", "treaty",  # 18
      date="10 ноября 1859 года", place="Цюрих")
event("вернулся к власти", "В январе 1860 года Кавур вернулся к власти", "political_activity",  # 19
      date="В январе 1860 года", actors=[("Кавур", "agent")])
event("плебисциты", "11–12 марта в Тоскане и Эмилии прошли плебисциты", "election",  # 20
      date="11–12 марта", place="Тоскана")
event("плебисциты", "11–12 марта в Тоскане и Эмилии прошли плебисциты", "election",  # 21
      date="11–12 марта", place="Эмилия")
event("присоединении", "вскоре король подписал декреты об их присоединении", "annexation",  # 22
      date="вскоре", place="Тоскана", actors=[("король", "agent")])
event("присоединении", "вскоре король подписал декреты об их присоединении", "annexation",  # 23
      date="вскоре", place="Эмилия", actors=[("король", "agent")])
event("договор", "Платой за согласие Франции стал Туринский договор 24 марта 1860 года", "treaty",  # 24
      date="24 марта 1860 года", place="Турин")
event("отошли", "Туринский договор 24 марта 1860 года: Ницца и Савойя отошли к Франции",  # 25
      "territorial_transfer", date="24 марта 1860 года", place="Ницца", actors=[("Франции", "participant")])
event("отошли", "Туринский договор 24 марта 1860 года: Ницца и Савойя отошли к Франции",  # 26
      "territorial_transfer", date="24 марта 1860 года", place="Савойя", actors=[("Франции", "participant")])
event("голосования", "что в апреле подтвердили местные голосования", "election",  # 27
      date="в апреле", place="Ницца")
event("голосования", "что в апреле подтвердили местные голосования", "election",  # 28
      date="в апреле", place="Савойя")
event("восстание", "4 апреля в Палермо вспыхнуло восстание", "uprising",  # 29
      date="4 апреля", place="Палермо")
event("подавили", "которое власти быстро подавили", "suppression",  # 30
      date={"edtf": "1860-04-04/1860-04-14"}, place="Палермо", actors=[("власти", "agent")],
      note="'quickly', before the executions ten days later")
event("расстреляны", "через десять дней были расстреляны 13 его участников", "execution",  # 31
      date="через десять дней", place="Палермо", actors=[("13 его участников", "target")],
      quantities=[qty("13", "fatalities", 13)])
event("отплыли", "В ночь на 6 мая из Куарто близ Генуи отплыли более тысячи добровольцев Джузеппе Гарибальди",  # 32
      "reinforcement", date="В ночь на 6 мая", place="Куарто",
      actors=[("добровольцев Джузеппе Гарибальди", "agent")],
      quantities=[qty("более тысячи добровольцев", "participants", 1000, min=1000, approximate=True)],
      note="departure of the expedition")
event("высадились", "11 мая они высадились в Марсале", "reinforcement",  # 33
      date="11 мая", place="Марсала")
event("объявил себя диктатором", "14 мая в Салеми Гарибальди объявил себя диктатором Сицилии",  # 34
      "political_activity", date="14 мая", place="Салеми", actors=[("Гарибальди", "agent")])
event("разбил", "а на следующий день разбил бурбонский отряд при Калатафими", "battle",  # 35
      date="на следующий день", place="Калатафими", actors=[("бурбонский отряд", "target")])
event("ворвались", "27 мая краснорубашечники ворвались в Палермо", "capture",  # 36
      date="27 мая", place="Палермо", actors=[("краснорубашечники", "agent")])
event("бои", "Три дня шли уличные бои", "battle",  # 37
      date={"edtf": "1860-05-27/1860-05-30"}, place="Палермо", note="27 May + three days")
event("обстреливали", "форты обстреливали город", "bombardment",  # 38
      date={"edtf": "1860-05-27/1860-05-30"}, place="Палермо", actors=[("форты", "agent")])
event("перемирие", "30 мая было заключено перемирие", "treaty",  # 39
      date="30 мая", place="Палермо")
event("капитулировал", "6 июня гарнизон численностью около 20 тыс. человек капитулировал", "capture",  # 40
      date="6 июня", place="Палермо", actors=[("гарнизон", "target")],
      quantities=[qty("около 20 тыс. человек", "participants", 20000, approximate=True)],
      note="the garrison's capitulation gives the city to Garibaldi")
event("вывезен", "6 июня гарнизон численностью около 20 тыс. человек капитулировал и был вывезен морем",  # 41
      "retreat", date="6 июня", place="Палермо", actors=[("гарнизон", "agent")],
      quantities=[qty("около 20 тыс. человек", "participants", 20000, approximate=True)])
event("победили", "20 июля добровольцы победили при Милаццо", "battle",  # 42
      date="20 июля", place="Милаццо", actors=[("добровольцы", "agent")])
event("оказалась в их руках", "после чего почти вся Сицилия оказалась в их руках", "capture",  # 43
      date={"edtf": "1860-07-20/1860-07-31"}, place="Сицилия",
      note="after Milazzo, 20 July; the text gives no day")
event("переправился", "В ночь на 19 августа Гарибальди переправился через Мессинский пролив", "reinforcement",  # 44
      date="В ночь на 19 августа", place="Мессинский пролив", actors=[("Гарибальди", "agent")],
      note="the crossing to the mainland")
event("взят", "через два дня был взят Реджо", "capture", date="через два дня", place="Реджо")  # 45
event("покинул", "6 сентября король Франциск II покинул Неаполь и укрылся в крепости Гаэта", "retreat",  # 46
      date="6 сентября", place="Неаполь", actors=[("король Франциск II", "agent")])
event("въехал", "а на следующий день Гарибальди въехал в столицу", "occupation",  # 47
      date="на следующий день", place="Неаполь", actors=[("Гарибальди", "agent")])
event("вторглись", "11 сентября войска генерала Чальдини вторглись в Папскую область", "attack",  # 48
      date="11 сентября", place="Папская область", actors=[("войска генерала Чальдини", "agent")])
event("разгромили", "18 сентября у Кастельфидардо разгромили папскую армию", "battle",  # 49
      date="18 сентября", place="Кастельфидардо", actors=[("папскую армию", "target")])
event("осады", "после осады сдалась Анкона", "siege",  # 50
      date={"edtf": "1860-09-18/1860-09-29"}, place="Анкона", note="between Castelfidardo and the surrender")
event("сдалась", "29 сентября после осады сдалась Анкона", "capture",  # 51
      date="29 сентября", place="Анкона")
event("сражении", "1–2 октября в сражении на реке Вольтурно около 24 тыс. гарибальдийцев отразили натиск "  # 52
      "25–30 тыс. солдат Франциска II", "battle", date="1–2 октября", place="Вольтурно",
      actors=[("гарибальдийцев", "agent"), ("солдат Франциска II", "participant")],
      quantities=[qty("около 24 тыс. гарибальдийцев", "participants", 24000, approximate=True),
                  qty("25–30 тыс. солдат Франциска II", "participants", None, min=25000, max=30000,
                      approximate=True)])
event("плебисциты", "21 октября плебисциты в Неаполе и на Сицилии одобрили присоединение к Сардинии",  # 53
      "election", date="21 октября", place="Неаполь")
event("плебисциты", "21 октября плебисциты в Неаполе и на Сицилии одобрили присоединение к Сардинии",  # 54
      "election", date="21 октября", place="Сицилия")
event("проголосовали", "в начале ноября так же проголосовали Марке и Умбрия", "election",  # 55
      date="в начале ноября", place="Марке")
event("проголосовали", "в начале ноября так же проголосовали Марке и Умбрия", "election",  # 56
      date="в начале ноября", place="Умбрия")
event("осаждали", "С 5 ноября 1860 года войска Чальдини осаждали Гаэту", "siege",  # 57
      date="С 5 ноября 1860 года", place="Гаэта", actors=[("войска Чальдини", "agent")])
event("бомбардировке", "Более трёх месяцев крепость подвергалась бомбардировке", "bombardment",  # 58
      date={"edtf": "1860-11-05/1861-02-13"}, place="Гаэта", note="from the start of the siege to the surrender")
event("сложил оружие", "13 февраля 1861 года её гарнизон сложил оружие", "capture",  # 59
      date="13 февраля 1861 года", place="Гаэта", actors=[("её гарнизон", "target")],
      note="the garrison's surrender gives the fortress to the besiegers")
event("отбыл в изгнание", "на следующий день Франциск II отбыл в изгнание в Рим", "retreat",  # 60
      date="на следующий день", place="Рим", actors=[("Франциск II", "agent")],
      note="place is the destination, the only place the clause names; he left Gaeta")
event("открылся", "18 февраля в Турине открылся первый общеитальянский парламент", "founding",  # 61
      date="18 февраля", place="Турин", actors=[("первый общеитальянский парламент", "participant")])
event("провозглашён", "17 марта 1861 года Виктор Эммануил II был провозглашён королём Италии", "founding",  # 62
      date="17 марта 1861 года", place="Италия", actors=[("Виктор Эммануил II", "participant")],
      note="the proclamation of the Kingdom of Italy")
