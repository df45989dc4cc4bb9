"""Gold spec for bench/heldout/mexican_american_war_1846_1848.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/mexican_american_war_1846_1848.txt"

gazetteer({
    "Техас": ("region", 31.0, -99.0, "Q1439"),
    "США": ("polity", 38.9, -77.04, "Q30"),
    "Мексика": ("polity", 19.43, -99.13, "Q96"),
    "Нуэсес": ("river", 27.9, -97.7, None),
    "Рио-Гранде": ("river", 25.9, -97.5, None),
    "Матаморос": ("settlement", 25.87, -97.5, None),
    "Форт-Техас": ("settlement", 25.9, -97.49, None),
    "Карриситос": ("settlement", 26.05, -97.72, None),
    "Пало-Альто": ("settlement", 26.02, -97.48, None),
    "Ресака-де-ла-Пальма": ("settlement", 25.94, -97.48, None),
    "Сонома": ("settlement", 38.29, -122.46, None),
    "Калифорнийская республика": ("polity", 38.29, -122.46, None),
    "Монтерей": ("settlement", 36.6, -121.89, None),
    "Калифорния": ("region", 36.78, -119.42, "Q99"),
    "Санта-Фе": ("settlement", 35.69, -105.94, None),
    "Монтеррей": ("settlement", 25.67, -100.31, None),
    "Лос-Анджелес": ("settlement", 34.05, -118.24, "Q65"),
    "Сан-Паскуаль": ("settlement", 33.09, -116.95, None),
    "Кауэнга": ("settlement", 34.14, -118.36, None),
    "Таос": ("settlement", 36.41, -105.57, None),
    "Нью-Мексико": ("region", 34.5, -106.0, "Q1522"),
    "Буэна-Виста": ("settlement", 25.35, -101.0, None),
    "Сакраменто": ("river", 28.8, -106.12, None),
    "Чиуауа": ("settlement", 28.64, -106.09, None),
    "Веракрус": ("settlement", 19.18, -96.14, None),
    "Серро-Гордо": ("settlement", 19.45, -96.7, None),
    "Пуэбла": ("settlement", 19.04, -98.21, None),
    "Мехико": ("settlement", 19.43, -99.13, "Q1489"),
    "Контрерас": ("settlement", 19.31, -99.22, None),
    "Чурубуско": ("settlement", 19.35, -99.15, None),
    "Молино-дель-Рей": ("settlement", 19.41, -99.2, None),
    "Чапультепек": ("settlement", 19.42, -99.18, None),
    "Мискоак": ("settlement", 19.37, -99.19, None),
    "Гуадалупе-Идальго": ("settlement", 19.48, -99.12, None),
})

# ---- dates, in reading order (Gregorian, as both sides used)
date("29 декабря 1845 года", "1845-12-29", "day")
date("Весной 1846 года", "1846-21", "season")
date("25 апреля", "1846-04-25", "day", derivation="anchored")
date("С 3 мая", "1846-05-03", "day", derivation="anchored", note="start of a process that goes on")
date("почти неделю", None, None, kind="duration", duration="P1W", note="approximate: almost a week")
date("8 мая", "1846-05-08", "day", derivation="anchored")
date("на следующий день", "1846-05-09", "day", derivation="computed", note="8 May + 1 day")
date("13 мая", "1846-05-13", "day", derivation="anchored")
date("18 мая", "1846-05-18", "day", derivation="anchored")
date("Летом", "1846-22", "season", derivation="anchored")
date("14 июня", "1846-06-14", "day", derivation="anchored")
date("7 июля", "1846-07-07", "day", derivation="anchored")
date("18 августа", "1846-08-18", "day", derivation="anchored")
date("трёхдневных", None, None, kind="duration", duration="P3D")
date("24 сентября", "1846-09-24", "day", derivation="anchored")
date("Осенью", "1846-23", "season", derivation="anchored")
date("6 декабря", "1846-12-06", "day", derivation="anchored")
date("10 января 1847 года", "1847-01-10", "day")
date("через три дня", "1847-01-13", "day", derivation="computed", note="10 January + 3 days")
date("19 января", "1847-01-19", "day", derivation="anchored")
date("В начале февраля", "1847-02-01/1847-02-10", "interval", derivation="anchored")
date("22–23 февраля", "1847-02-22/1847-02-23", "interval", derivation="anchored")
date("двухдневного", None, None, kind="duration", duration="P2D")
date("28 февраля", "1847-02-28", "day", derivation="anchored")
date("на следующий день", "1847-03-01", "day", derivation="computed", note="28 February 1847 + 1 day")
date("9 марта", "1847-03-09", "day", derivation="anchored")
date("многодневной", None, None, kind="duration", note="unquantified: many days")
date("27 марта", "1847-03-27", "day", derivation="anchored")
date("18 апреля", "1847-04-18", "day", derivation="anchored")
date("15 мая", "1847-05-15", "day", derivation="anchored")
date("в начале августа", "1847-08-01/1847-08-10", "interval", derivation="anchored")
date("19–20 августа", "1847-08-19/1847-08-20", "interval", derivation="anchored")
date("24 августа", "1847-08-24", "day", derivation="anchored")
date("8 сентября", "1847-09-08", "day", derivation="anchored")
date("13 сентября", "1847-09-13", "day", derivation="anchored")
date("в тот же день", "1847-09-13", "day", derivation="anchored")
date("В ночь на 14 сентября", "1847-09-13/1847-09-14", "day", derivation="anchored")
date("наутро", "1847-09-14", "day", derivation="computed", note="the morning after the night on 14 September")
date("через два дня", "1847-09-16", "day", derivation="computed", note="14 September + 2 days")
date("16 сентября", "1847-09-16", "day", derivation="anchored")
date("почти месяц", None, None, kind="duration", duration="P1M", note="approximate: almost a month")
date("12 октября", "1847-10-12", "day", derivation="anchored")
date("2 февраля 1848 года", "1848-02-02", "day")
date("10 марта", "1848-03-10", "day", derivation="anchored")
date("летом", "1848-22", "season", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Техаса", "Техас"), ("США", None), ("Мексикой", "Мексика"), ("Нуэсесу", "Нуэсес"),
    ("Рио-Гранде", None), ("Рио-Гранде", None), ("Матамороса", "Матаморос"), ("Форт-Техас", None),
    ("Карриситос", None), ("Матамороса", "Матаморос"), ("Пало-Альто", None), ("Ресака-де-ла-Пальма", None),
    ("Рио-Гранде", None), ("США", None), ("Мексике", "Мексика"), ("Матаморос", None),
    ("Сономе", "Сонома"), ("Калифорнийскую республику", "Калифорнийская республика"),
    ("Монтерее", "Монтерей"), ("Калифорнию", "Калифорния"), ("США", None), ("Санта-Фе", None),
    ("Монтеррей", None), ("Лос-Анджелесе", "Лос-Анджелес"), ("Сан-Паскуаля", "Сан-Паскуаль"),
    ("Лос-Анджелес", None), ("Кауэнге", "Кауэнга"),
    ("Таосе", "Таос"), ("Нью-Мексико", None), ("Буэна-Висты", "Буэна-Виста"), ("Сакраменто", None),
    ("Чиуауа", None),
    ("Веракруса", "Веракрус"), ("Серро-Гордо", None), ("Пуэблу", "Пуэбла"), ("Мехико", None),
    ("Контрераса", "Контрерас"), ("Чурубуско", None), ("Молино-дель-Рей", None), ("Чапультепек", None),
    ("Мискоаке", "Мискоак"), ("Мехико", None),
    ("Пуэблы", "Пуэбла"), ("Гуадалупе-Идальго", None), ("Мексика", None), ("США", None),
    ("Калифорнию", "Калифорния"), ("Нью-Мексико", None), ("США", None), ("Веракрус", None),
]:
    place(quote, name)

# ---- events
event("Присоединение", "Присоединение Техаса к США 29 декабря 1845 года", "annexation",  # 0
      date="29 декабря 1845 года", place="Техас", actors=[("США", "agent"), ("Техаса", "participant")])
event("вышла", "Весной 1846 года армия З. Тейлора, около 4 тыс. человек, вышла к Рио-Гранде напротив "  # 1
      "Матамороса", "reinforcement", date="Весной 1846 года", place="Рио-Гранде",
      actors=[("армия З. Тейлора", "agent")],
      quantities=[qty("около 4 тыс. человек", "participants", 4000, approximate=True)])
event("атаковала", "25 апреля мексиканская кавалерия атаковала у ранчо Карриситос американский разъезд: "  # 2
      "11 драгун были убиты, остальные попали в плен", "attack", date="25 апреля", place="Карриситос",
      actors=[("мексиканская кавалерия", "agent"), ("американский разъезд", "target")],
      quantities=[qty("11 драгун", "fatalities", 11)],
      note="the rest of the patrol was taken prisoner; no count given")
event("обстреливали", "С 3 мая батареи Матамороса обстреливали форт", "bombardment",  # 3
      date="С 3 мая", place="Форт-Техас", actors=[("батареи Матамороса", "agent")],
      note="the place is the fort shelled, named in the previous sentence")
event("осада", "его осада продолжалась почти неделю", "siege",  # 4
      date={"edtf": "1846-05-03/1846-05-10"}, place="Форт-Техас",
      note="from 3 May, almost a week")
event("разбил", "8 мая при Пало-Альто Тейлор разбил армию М. Аристы", "battle",  # 5
      date="8 мая", place="Пало-Альто", actors=[("Тейлор", "agent"), ("армию М. Аристы", "target")])
event("разбил", "8 мая при Пало-Альто Тейлор разбил армию М. Аристы, а на следующий день — у "  # 6
      "Ресака-де-ла-Пальма", "battle", date="на следующий день", place="Ресака-де-ла-Пальма",
      actors=[("Тейлор", "agent")], note="elided verb")
event("отступили", "после чего мексиканцы отступили за Рио-Гранде", "retreat",  # 7
      date="на следующий день", place="Рио-Гранде", actors=[("мексиканцы", "agent")])
event("объявил Мексике войну", "13 мая Конгресс США объявил Мексике войну", "political_activity",  # 8
      date="13 мая", place="США", actors=[("Конгресс США", "agent"), ("Мексике", "target")],
      note="declaration of war")
event("заняли", "18 мая американцы без боя заняли Матаморос", "occupation",  # 9
      date="18 мая", place="Матаморос", actors=[("американцы", "agent")])
event("восстали", "14 июня поселенцы в Сономе восстали", "uprising",  # 10
      date="14 июня", place="Сонома", actors=[("поселенцы", "agent")])
event("провозгласили", "14 июня поселенцы в Сономе восстали и провозгласили Калифорнийскую республику",  # 11
      "founding", date="14 июня", place="Калифорнийская республика", actors=[("поселенцы", "agent")])
event("высадил десант", "7 июля коммодор Дж. Слоут высадил десант в Монтерее", "reinforcement",  # 12
      date="7 июля", place="Монтерей", actors=[("коммодор Дж. Слоут", "agent")])
event("объявил", "7 июля коммодор Дж. Слоут высадил десант в Монтерее и объявил Калифорнию владением США",  # 13
      "annexation", date="7 июля", place="Калифорния", actors=[("коммодор Дж. Слоут", "agent")])
event("вступил", "18 августа отряд С. Кирни беспрепятственно вступил в Санта-Фе", "occupation",  # 14
      date="18 августа", place="Санта-Фе", actors=[("отряд С. Кирни", "agent")])
event("боёв", "Тейлор после трёхдневных боёв 24 сентября принудил к капитуляции Монтеррей", "battle",  # 15
      date={"edtf": "1846-09-21/1846-09-24"}, place="Монтеррей", actors=[("Тейлор", "participant")],
      note="three days of fighting up to 24 September")
event("принудил к капитуляции", "Тейлор после трёхдневных боёв 24 сентября принудил к капитуляции "  # 16
      "Монтеррей", "capture", date="24 сентября", place="Монтеррей", actors=[("Тейлор", "agent")])
event("восстание", "Осенью калифорнийцы подняли восстание в Лос-Анджелесе", "uprising",  # 17
      date="Осенью", place="Лос-Анджелес", actors=[("калифорнийцы", "agent")])
event("ушёл", "американский гарнизон ушёл из города", "retreat",  # 18
      date="Осенью", place="Лос-Анджелес", actors=[("американский гарнизон", "agent")])
event("бою", "6 декабря у Сан-Паскуаля отряд Кирни в бою с копейщиками А. Пико потерял убитыми более "  # 19
      "20 человек", "battle", date="6 декабря", place="Сан-Паскуаль",
      actors=[("отряд Кирни", "participant"), ("копейщиками А. Пико", "participant")],
      quantities=[qty("более 20 человек", "fatalities", 20, min=20, approximate=True)])
event("вернули", "10 января 1847 года американцы вернули Лос-Анджелес", "recapture",  # 20
      date="10 января 1847 года", place="Лос-Анджелес", actors=[("американцы", "agent")])
event("подписав капитуляцию", "через три дня калифорнийцы сложили оружие, подписав капитуляцию в Кауэнге",  # 21
      "treaty", date="через три дня", place="Кауэнга", actors=[("калифорнийцы", "participant")],
      note="capitulation of the Californios")
event("восстали", "19 января в Таосе мексиканцы и индейцы пуэбло восстали", "uprising",  # 22
      date="19 января", place="Таос", actors=[("мексиканцы", "agent"), ("индейцы пуэбло", "agent")])
event("убили", "19 января в Таосе мексиканцы и индейцы пуэбло восстали и убили губернатора Нью-Мексико "  # 23
      "Ч. Бента", "attack_on_civilians", date="19 января", place="Таос",
      actors=[("мексиканцы", "agent"), ("индейцы пуэбло", "agent"),
              ("губернатора Нью-Мексико Ч. Бента", "target")])
event("подавил", "В начале февраля отряд С. Прайса подавил выступление", "suppression",  # 24
      date="В начале февраля", place="Таос", actors=[("отряд С. Прайса", "agent")])
event("обстреляв", "обстреляв из орудий церковь с повстанцами", "bombardment",  # 25
      date="В начале февраля", place="Таос", actors=[("повстанцами", "target")])
event("повешены", "затем несколько зачинщиков были повешены", "execution",  # 26
      date={"edtf": "1847-02/1847-04"}, place="Таос", actors=[("зачинщиков", "target")],
      quantities=[qty("несколько зачинщиков", "fatalities", None, min=3, max=9)],
      note="after the suppression; the text gives no date")
event("атаковал", "22–23 февраля у Буэна-Висты Санта-Анна, имея около 15 тыс. человек, атаковал втрое "  # 27
      "меньшие силы Тейлора", "battle", date="22–23 февраля", place="Буэна-Виста",
      actors=[("Санта-Анна", "agent"), ("силы Тейлора", "target")],
      quantities=[qty("около 15 тыс. человек", "participants", 15000, approximate=True)])
event("отступил", "но после двухдневного сражения отступил", "retreat",  # 28
      date={"edtf": "1847-02-23/1847-02-24"}, place="Буэна-Виста",
      note="Santa Anna's army; 22 February + two days")
event("разгромил", "28 февраля отряд А. Донифана разгромил мексиканцев на реке Сакраменто", "battle",  # 29
      date="28 февраля", place="Сакраменто",
      actors=[("отряд А. Донифана", "agent"), ("мексиканцев", "target")])
event("вошёл", "на следующий день вошёл в Чиуауа", "capture",  # 30
      date="на следующий день", place="Чиуауа")
event("высадилась", "9 марта армия У. Скотта, 10–12 тыс. человек, высадилась у Веракруса",  # 31
      "reinforcement", date="9 марта", place="Веракрус", actors=[("армия У. Скотта", "agent")],
      quantities=[qty("10–12 тыс. человек", "participants", None, min=10000, max=12000, approximate=True)])
event("осады", "после осады и многодневной бомбардировки 27 марта город капитулировал", "siege",  # 32
      date={"edtf": "1847-03-09/1847-03-27"}, place="Веракрус",
      note="from the landing of 9 March to the surrender")
event("бомбардировки", "после осады и многодневной бомбардировки 27 марта город капитулировал",  # 33
      "bombardment", date={"edtf": "1847-03-09/1847-03-27"}, place="Веракрус",
      note="between the landing and the surrender")
event("капитулировал", "после осады и многодневной бомбардировки 27 марта город капитулировал",  # 34
      "capture", date="27 марта", place="Веракрус")
event("разбил", "18 апреля у Серро-Гордо Скотт разбил Санта-Анну, взяв более 3 тыс. пленных", "battle",  # 35
      date="18 апреля", place="Серро-Гордо", actors=[("Скотт", "agent"), ("Санта-Анну", "target")],
      quantities=[qty("более 3 тыс. пленных", "prisoners", 3000, min=3000, approximate=True)])
event("занял", "15 мая его авангард без сопротивления занял Пуэблу", "occupation",  # 36
      date="15 мая", place="Пуэбла", actors=[("его авангард", "agent")])
event("подкреплений", "Дождавшись там подкреплений", "reinforcement",  # 37
      date={"edtf": "1847-05-15/1847-08-10"}, place="Пуэбла",
      note="between the occupation of Puebla and the August advance")
event("наступление", "в начале августа Скотт начал наступление на Мехико", "attack",  # 38
      date="в начале августа", place="Мехико", actors=[("Скотт", "agent")])
event("разбиты", "19–20 августа мексиканцы были разбиты у Контрераса и Чурубуско", "battle",  # 39
      date="19–20 августа", place="Контрерас", actors=[("мексиканцы", "target")])
event("разбиты", "19–20 августа мексиканцы были разбиты у Контрераса и Чурубуско", "battle",  # 40
      date="19–20 августа", place="Чурубуско", actors=[("мексиканцы", "target")])
event("бою", "в последнем бою в плен попали около 80 дезертиров из батальона Святого Патрика", "battle",  # 41
      date="19–20 августа", place="Чурубуско", same_as=40,
      actors=[("дезертиров из батальона Святого Патрика", "target")],
      quantities=[qty("около 80 дезертиров", "prisoners", 80, approximate=True)])
event("заключено перемирие", "24 августа было заключено перемирие", "treaty",  # 42
      date="24 августа")
event("переговоры", "однако переговоры с Н. Тристом не привели к миру", "negotiations",  # 43
      date={"edtf": "1847-08-24/1847-09-08"}, actors=[("Н. Тристом", "participant")],
      note="during the armistice, before fighting resumed on 8 September")
event("миру", "однако переговоры с Н. Тристом не привели к миру", "treaty",  # 44
      date={"edtf": "1847-08-24/1847-09-08"}, assertion="negated")
event("бои", "8 сентября бои возобновились у Молино-дель-Рей", "battle",  # 45
      date="8 сентября", place="Молино-дель-Рей")
event("штурмом взяли", "13 сентября американцы штурмом взяли замок Чапультепек", "capture",  # 46
      date="13 сентября", place="Чапультепек", actors=[("американцы", "agent")])
event("повешены", "в тот же день в Мискоаке были повешены около 30 пленных «патрисианцев»", "execution",  # 47
      date="в тот же день", place="Мискоак", actors=[("пленных «патрисианцев»", "target")],
      quantities=[qty("около 30 пленных", "fatalities", 30, approximate=True)])
event("увёл армию", "В ночь на 14 сентября Санта-Анна увёл армию из столицы", "retreat",  # 48
      date="В ночь на 14 сентября", place="Мехико", actors=[("Санта-Анна", "agent")],
      note="'the capital' is Mexico City, named in the text before and after")
event("вступили", "наутро войска Скотта вступили в Мехико", "capture",  # 49
      date="наутро", place="Мехико", actors=[("войска Скотта", "agent")])
event("стрельбой", "Горожане встретили их стрельбой", "uprising",  # 50
      date="наутро", place="Мехико", actors=[("Горожане", "agent")],
      note="called a rising in the same sentence")
event("подавлено", "лишь через два дня восстание было подавлено", "suppression",  # 51
      date="через два дня", place="Мехико")
event("оставил пост президента", "16 сентября Санта-Анна оставил пост президента", "political_activity",  # 52
      date="16 сентября", actors=[("Санта-Анна", "agent")], note="resignation")
event("осадили", "Мексиканские отряды осадили американский гарнизон Пуэблы", "siege",  # 53
      date={"edtf": "1847-09-12/1847-10-12"}, place="Пуэбла",
      actors=[("Мексиканские отряды", "agent"), ("американский гарнизон Пуэблы", "target")],
      note="almost a month up to 12 October")
event("осада", "осада, длившаяся почти месяц, 12 октября была снята", "siege",  # 54
      date={"edtf": "1847-09-12/1847-10-12"}, place="Пуэбла", same_as=53,
      note="adds the duration and the end on 12 October")
event("подошедшей колонной", "12 октября была снята подошедшей колонной Дж. Лейна", "reinforcement",  # 55
      date="12 октября", place="Пуэбла", actors=[("колонной Дж. Лейна", "agent")])
event("подписан", "2 февраля 1848 года в Гуадалупе-Идальго был подписан мирный договор", "treaty",  # 56
      date="2 февраля 1848 года", place="Гуадалупе-Идальго")
event("уступила", "Мексика уступила США Калифорнию и Нью-Мексико", "territorial_transfer",  # 57
      date="2 февраля 1848 года", place="Калифорния", actors=[("Мексика", "agent"), ("США", "participant")])
event("уступила", "Мексика уступила США Калифорнию и Нью-Мексико", "territorial_transfer",  # 58
      date="2 февраля 1848 года", place="Нью-Мексико", actors=[("Мексика", "agent"), ("США", "participant")])
event("ратифицировал", "10 марта договор ратифицировал Сенат США", "treaty",  # 59
      date="10 марта", place="США", actors=[("Сенат США", "agent")], note="ratification of the peace treaty")
event("покинули", "летом последние американские войска покинули Веракрус", "retreat",  # 60
      date="летом", place="Веракрус", actors=[("последние американские войска", "agent")])
