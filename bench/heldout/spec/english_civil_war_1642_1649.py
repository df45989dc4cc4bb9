"""Gold spec for bench/heldout/english_civil_war_1642_1649.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Julian (the calendar England used until 1752). Every day date,
and every part of a month, is converted to the proleptic Gregorian calendar by adding 10 days (the
difference in 1582-1700); whole months, seasons and years are left as written.  Years are counted from
1 January, as modern histories do (so the king's execution falls in 1649).
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/english_civil_war_1642_1649.txt"

OS = "Julian (Old Style, as the text states) {} + 10 days = Gregorian"

gazetteer({
    "Англия": ("polity", 52.5, -1.5, "Q21"),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Ноттингем": ("settlement", 52.95, -1.15, "Q41262"),
    "Эджхилл": ("region", 52.13, -1.47, None),
    "Тернем-Грин": ("settlement", 51.495, -0.255, None),
    "Оксфорд": ("settlement", 51.75, -1.26, "Q34217"),
    "Бристоль": ("settlement", 51.45, -2.59, "Q21693"),
    "Твид": ("river", 55.65, -2.25, None),
    "Марстон-Мур": ("region", 53.96, -1.27, None),
    "Йорк": ("settlement", 53.96, -1.08, "Q42462"),
    "Лестер": ("settlement", 52.64, -1.13, None),
    "Несби": ("settlement", 52.40, -0.99, None),
    "Бейзинг-Хаус": ("settlement", 51.27, -1.05, None),
    "Ньюарк": ("settlement", 53.08, -0.81, None),
    "Ньюкасл": ("settlement", 54.97, -1.61, "Q1425428", "Ньюкасл-апон-Тайн"),
    "Холденби": ("settlement", 52.30, -0.99, None),
    "Хэмптон-Корт": ("settlement", 51.40, -0.34, None),
    "остров Уайт": ("region", 50.67, -1.30, "Q9679"),
    "Южный Уэльс": ("region", 51.7, -3.5, None),
    "Кент": ("region", 51.2, 0.7, "Q23298"),
    "Эссекс": ("region", 51.8, 0.6, None),
    "Колчестер": ("settlement", 51.89, 0.90, None),
    "Престон": ("settlement", 53.76, -2.70, None),
    "Аттоксетер": ("settlement", 52.90, -1.86, None),
    "Вестминстер": ("settlement", 51.50, -0.13, None),
})

# ---- dates, in reading order
date("В 1642–1649 годах", "1642/1649", "interval")
date("4 января 1642 года", "1642-01-14", "day", note=OS.format("4 January 1642"))
date("через шесть дней", "1642-01-20", "day", derivation="computed",
     note="4 January + 6 days = 10 January (Julian) = 20 January (Gregorian)")
date("22 августа", "1642-09-01", "day", derivation="anchored", note=OS.format("22 August 1642"))
date("23 октября", "1642-11-02", "day", derivation="anchored", note=OS.format("23 October 1642"))
date("13 ноября", "1642-11-23", "day", derivation="anchored", note=OS.format("13 November 1642"))
date("Летом 1643 года", "1643-22", "season", note="season left as written")
date("26 июля", "1643-08-05", "day", derivation="anchored", note=OS.format("26 July 1643"))
date("25 сентября", "1643-10-05", "day", derivation="anchored", note=OS.format("25 September 1643"))
date("в январе 1644 года", "1644-01", "month", note="Julian month, left as written")
date("2 июля", "1644-07-12", "day", derivation="anchored", note=OS.format("2 July 1644"))
date("Через две недели", "1644-07-26", "day", derivation="computed",
     note="2 July + 14 days = 16 July (Julian) = 26 July (Gregorian)")
date("В феврале 1645 года", "1645-02", "month", note="Julian month, left as written")
date("В конце мая", "1645-05-31/1645-06-10", "interval", derivation="anchored",
     note=OS.format("21-31 May 1645"))
date("14 июня", "1645-06-24", "day", derivation="anchored", note=OS.format("14 June 1645"))
date("10 сентября", "1645-09-20", "day", derivation="anchored", note=OS.format("10 September 1645"))
date("14 октября", "1645-10-24", "day", derivation="anchored", note=OS.format("14 October 1645"))
date("27 апреля 1646 года", "1646-05-07", "day", note=OS.format("27 April 1646"))
date("5 мая", "1646-05-15", "day", derivation="anchored", note=OS.format("5 May 1646"))
date("24 июня", "1646-07-04", "day", derivation="anchored", note=OS.format("24 June 1646"))
date("30 января 1647 года", "1647-02-09", "day", note=OS.format("30 January 1647"))
date("В начале июня", "1647-06-11/1647-06-20", "interval", derivation="anchored",
     note=OS.format("1-10 June 1647"))
date("11 ноября", "1647-11-21", "day", derivation="anchored", note=OS.format("11 November 1647"))
date("вскоре", "1647-11-21/1647-12-10", "interval", kind="vague", derivation="computed",
     note="soon after 11 November (Julian): taken as up to the end of that Julian month")
date("Весной 1648 года", "1648-21", "season", note="season left as written")
date("13 июня", "1648-06-23", "day", derivation="anchored", note=OS.format("13 June 1648"))
date("28 августа", "1648-09-07", "day", derivation="anchored", note=OS.format("28 August 1648"))
date("в тот же день", "1648-09-07", "day", derivation="anchored", note="the day Colchester surrendered")
date("8 июля", "1648-07-18", "day", derivation="anchored", note=OS.format("8 July 1648"))
date("17 августа", "1648-08-27", "day", derivation="anchored", note=OS.format("17 August 1648"))
date("трёхдневных", None, None, kind="duration", duration="P3D")
date("25 августа", "1648-09-04", "day", derivation="anchored", note=OS.format("25 August 1648"))
date("6 декабря", "1648-12-16", "day", derivation="anchored", note=OS.format("6 December 1648"))
date("6 января 1649 года", "1649-01-16", "day", note=OS.format("6 January 1649"))
date("20 января", "1649-01-30", "day", derivation="anchored", note=OS.format("20 January 1649"))
date("27 января", "1649-02-06", "day", derivation="anchored", note=OS.format("27 January 1649"))
date("через три дня", "1649-02-09", "day", derivation="computed",
     note="27 January + 3 days = 30 January (Julian) = 9 February (Gregorian)")
date("В марте", "1649-03", "month", derivation="anchored", note="Julian month, left as written")

# ---- places, in reading order
for quote, name in [
    ("Англию", "Англия"), ("Англии", "Англия"), ("Лондон", None), ("Ноттингеме", "Ноттингем"),
    ("Эджхилле", "Эджхилл"), ("Лондон", None), ("Тернем-Грин", None), ("Оксфорду", "Оксфорд"),
    ("Бристоль", None), ("Твид", None), ("Марстон-Мура", "Марстон-Мур"), ("Йорка", "Йорк"),
    ("Йорк", None),
    ("Лестер", None), ("Несби", None), ("Бристоль", None), ("Бейзинг-Хаус", None),
    ("Оксфорда", "Оксфорд"), ("Ньюарком", "Ньюарк"), ("Оксфорд", None), ("Ньюкасл", None),
    ("Холденби", None), ("Хэмптон-Корта", "Хэмптон-Корт"), ("остров Уайт", None),
    ("Южного Уэльса", "Южный Уэльс"), ("Кента", "Кент"), ("Эссекса", "Эссекс"), ("Колчестер", None),
    ("Англию", "Англия"), ("Престона", "Престон"), ("Аттоксетере", "Аттоксетер"),
    ("Вестминстере", "Вестминстер"), ("Вестминстере", "Вестминстер"), ("Лондоне", "Лондон"),
    ("Англии", "Англия"),
]:
    place(quote, name)

# ---- events
event("арестовать", "4 января 1642 года король попытался арестовать в палате общин пятерых депутатов, "  # 0
      "но те скрылись", "arrest", date="4 января 1642 года", place="Лондон", assertion="failed",
      actors=[("король", "agent"), ("пятерых депутатов", "target")],
      note="place: the House of Commons, in London (named in the same sentence)")
event("покинул", "через шесть дней Карл покинул Лондон", "retreat",  # 1
      date="через шесть дней", place="Лондон", actors=[("Карл", "agent")],
      note="the king withdrew from his capital")
event("поднял королевский штандарт", "22 августа он поднял королевский штандарт в Ноттингеме, "  # 2
      "объявив войну парламенту", "political_activity", date="22 августа", place="Ноттингем",
      actors=[("парламенту", "target")], note="raising the standard: a declaration of war")
event("сражение", "Первое крупное сражение произошло 23 октября при Эджхилле: армии короля и графа "  # 3
      "Эссекса, около 13 тыс. человек каждая, потеряли вместе от 1 до 1,5 тыс. убитых", "battle",
      date="23 октября", place="Эджхилл",
      actors=[("армии короля", "participant"), ("графа Эссекса", "participant")],
      quantities=[qty("около 13 тыс. человек", "participants", 13000, approximate=True),
                  qty("от 1 до 1,5 тыс. убитых", "fatalities", None, min=1000, max=1500, approximate=True)],
      note="13 thousand is the strength of each of the two armies; the battle was indecisive")
event("двинулись", "Роялисты двинулись на Лондон", "attack",  # 4
      date={"edtf": "1642-11-02/1642-11-23"}, place="Лондон", actors=[("Роялисты", "agent")],
      note="between Edgehill and Turnham Green (Julian 23 October - 13 November, converted)")
event("вышли", "13 ноября у Тернем-Грин навстречу им вышли около 24 тыс. солдат Эссекса и городского "  # 5
      "ополчения", "reinforcement", date="13 ноября", place="Тернем-Грин",
      actors=[("солдат Эссекса", "agent"), ("городского ополчения", "agent")],
      quantities=[qty("около 24 тыс. солдат", "participants", 24000, approximate=True)])
event("бой", "Не решившись на бой, король отступил к Оксфорду", "battle",  # 6
      date="13 ноября", place="Тернем-Грин", assertion="negated", actors=[("король", "participant")])
event("отступил", "Не решившись на бой, король отступил к Оксфорду", "retreat",  # 7
      date={"edtf": "1642-11-23/1642-12-09"}, place="Оксфорд", actors=[("король", "agent")],
      note="place is the destination, the only place the clause names; date: after 13 November, "
           "before the end of November (Julian), converted")
event("взял", "26 июля Руперт штурмом взял Бристоль", "capture",  # 8
      date="26 июля", place="Бристоль", actors=[("Руперт", "agent")])
event("принял", "Парламент 25 сентября принял Торжественную лигу и ковенант с шотландцами", "treaty",  # 9
      date="25 сентября", actors=[("Парламент", "participant"), ("шотландцами", "participant")])
event("перешла", "в январе 1644 года армия графа Левена, более 20 тыс. человек, перешла Твид",  # 10
      "reinforcement", date="в январе 1644 года", place="Твид",
      actors=[("армия графа Левена", "agent")],
      quantities=[qty("более 20 тыс. человек", "participants", 20000, min=20000, approximate=True)],
      note="a Scottish army enters England as Parliament's ally")
event("разгромили", "2 июля у Марстон-Мура близ Йорка парламентская и шотландская армии разгромили "  # 11
      "Руперта: роялисты потеряли около 4 тыс. убитых и 1,5 тыс. пленных", "battle",
      date="2 июля", place="Марстон-Мур",
      actors=[("парламентская и шотландская армии", "agent"), ("Руперта", "target")],
      quantities=[qty("около 4 тыс. убитых", "fatalities", 4000, approximate=True),
                  qty("1,5 тыс. пленных", "prisoners", 1500)])
event("сдался", "Через две недели сдался Йорк", "capture",  # 12
      date="Через две недели", place="Йорк", note="the city surrendered to the allied armies")
event("учредил", "В феврале 1645 года парламент учредил армию «нового образца», около 22 тыс. человек",  # 13
      "founding", date="В феврале 1645 года", actors=[("парламент", "agent")],
      quantities=[qty("около 22 тыс. человек", "participants", 22000, approximate=True)])
event("поставил во главе", "поставил во главе её Томаса Ферфакса", "political_activity",  # 14
      date="В феврале 1645 года", actors=[("Томаса Ферфакса", "participant")], note="an appointment")
event("взяли штурмом", "В конце мая роялисты взяли штурмом и разграбили Лестер", "capture",  # 15
      date="В конце мая", place="Лестер", actors=[("роялисты", "agent")])
event("разграбили", "В конце мая роялисты взяли штурмом и разграбили Лестер", "looting",  # 16
      date="В конце мая", place="Лестер", actors=[("роялисты", "agent")])
event("разбили", "14 июня при Несби армия Ферфакса и конница Оливера Кромвеля, имея около 14 тыс. "  # 17
      "человек против 9 тыс. у короля, наголову разбили его; в плен попали более 4 тыс. роялистов",
      "battle", date="14 июня", place="Несби",
      actors=[("армия Ферфакса", "agent"), ("конница Оливера Кромвеля", "agent"), ("короля", "target")],
      quantities=[qty("около 14 тыс. человек", "participants", 14000, approximate=True),
                  qty("9 тыс.", "participants", 9000, approximate=True),
                  qty("более 4 тыс. роялистов", "prisoners", 4000, min=4000, approximate=True)],
      note="14 thousand on Parliament's side, 9 thousand on the king's")
event("перебито", "в обозе, по некоторым сведениям, было перебито около сотни женщин", "massacre",  # 18
      date="14 июня", place="Несби", assertion="reported", actors=[("женщин", "target")],
      quantities=[qty("около сотни женщин", "fatalities", 100, approximate=True)])
event("сдал", "10 сентября после штурма Руперт сдал Бристоль", "recapture",  # 19
      date="10 сентября", place="Бристоль", actors=[("Руперт", "target")],
      note="Parliament's army stormed the city and Rupert surrendered it; taken by the royalists in 1643")
event("взял", "14 октября Кромвель взял Бейзинг-Хаус, где погибло около сотни защитников", "capture",  # 20
      date="14 октября", place="Бейзинг-Хаус", actors=[("Кромвель", "agent")],
      quantities=[qty("около сотни защитников", "fatalities", 100, approximate=True)])
event("бежал", "27 апреля 1646 года Карл тайно бежал из Оксфорда", "flight",  # 21
      date="27 апреля 1646 года", place="Оксфорд", actors=[("Карл", "agent")],
      note="the king's secret escape from his headquarters")
event("сдался", "Карл тайно бежал из Оксфорда и 5 мая сдался шотландцам под Ньюарком", "arrest",  # 22
      date="5 мая", place="Ньюарк", actors=[("Карл", "target"), ("шотландцам", "agent")],
      note="the king gave himself up to the Scottish army; the text then calls him a prisoner")
event("капитулировал", "24 июня Оксфорд капитулировал", "capture",  # 23
      date="24 июня", place="Оксфорд")
event("увезли", "Шотландцы увезли пленника в Ньюкасл", "retreat",  # 24
      date={"edtf": "1646-05-15/1647-02-09"}, place="Ньюкасл",
      actors=[("Шотландцы", "agent"), ("пленника", "target")],
      note="the Scottish army withdrew north with the king; place is the destination; the text gives no "
           "date, only that it fell between 5 May 1646 and 30 January 1647 (Julian, converted)")
event("выдали", "Шотландцы увезли пленника в Ньюкасл и 30 января 1647 года выдали его парламентским "  # 25
      "комиссарам", "political_activity", date="30 января 1647 года", place="Ньюкасл",
      actors=[("Шотландцы", "agent"), ("парламентским комиссарам", "participant")],
      note="the handing over of the king to Parliament")
event("ушли", "после чего их войска ушли на родину", "retreat",  # 26
      date={"edtf": "1647-02-09/1647-02-28"}, place="Ньюкасл", actors=[("их войска", "agent")],
      note="after 30 January 1647 (Julian) = 9 February (Gregorian); the Scots left Newcastle for Scotland")
event("захватил", "В начале июня отряд корнета Джойса захватил короля в Холденби", "arrest",  # 27
      date="В начале июня", place="Холденби",
      actors=[("отряд корнета Джойса", "agent"), ("короля", "target")])
event("бежал", "11 ноября Карл бежал из Хэмптон-Корта на остров Уайт", "flight",  # 28
      date="11 ноября", place="Хэмптон-Корт", actors=[("Карл", "agent")],
      note="the king's escape; he fled to the Isle of Wight")
event("оказался под стражей", "на остров Уайт, где вскоре оказался под стражей", "arrest",  # 29
      date="вскоре", place="остров Уайт")
event("восстали", "Весной 1648 года вспыхнула Вторая гражданская война: восстали роялисты Южного Уэльса, "  # 30
      "Кента и Эссекса", "uprising", date="Весной 1648 года", place="Южный Уэльс",
      actors=[("роялисты", "agent")])
event("восстали", "Весной 1648 года вспыхнула Вторая гражданская война: восстали роялисты Южного Уэльса, "  # 31
      "Кента и Эссекса", "uprising", date="Весной 1648 года", place="Кент",
      actors=[("роялисты", "agent")])
event("восстали", "Весной 1648 года вспыхнула Вторая гражданская война: восстали роялисты Южного Уэльса, "  # 32
      "Кента и Эссекса", "uprising", date="Весной 1648 года", place="Эссекс",
      actors=[("роялисты", "agent")])
event("осадил", "13 июня Ферфакс осадил Колчестер", "siege",  # 33
      date="13 июня", place="Колчестер", actors=[("Ферфакс", "agent")])
event("сдался", "Колчестер, который сдался лишь 28 августа", "capture",  # 34
      date="28 августа", place="Колчестер", note="the besieged town surrendered to Fairfax")
event("расстреляны", "в тот же день два командира гарнизона были расстреляны", "execution",  # 35
      date="в тот же день", place="Колчестер", actors=[("два командира гарнизона", "target")],
      quantities=[qty("два", "fatalities", 2)])
event("вторглась", "8 июля в Англию вторглась шотландская армия герцога Гамильтона, около 20 тыс. человек",  # 36
      "attack", date="8 июля", place="Англия",
      actors=[("шотландская армия герцога Гамильтона", "agent")],
      quantities=[qty("около 20 тыс. человек", "participants", 20000, approximate=True)])
event("атаковал", "17 августа Кромвель, располагавший примерно 9 тыс., атаковал её у Престона", "battle",  # 37
      date="17 августа", place="Престон", actors=[("Кромвель", "agent")],
      quantities=[qty("примерно 9 тыс.", "participants", 9000, approximate=True)])
event("боёв", "после трёхдневных боёв шотландцы были разбиты", "battle",  # 38
      date={"edtf": "1648-08-27/1648-08-29"}, place="Престон", actors=[("шотландцы", "target")],
      same_as=37, note="17 August + three days of fighting (Julian 17-19 August, converted)")
event("сдался", "25 августа Гамильтон сдался в Аттоксетере", "arrest",  # 39
      date="25 августа", place="Аттоксетер", actors=[("Гамильтон", "target")],
      note="the Scottish commander surrendered and was taken prisoner")
event("чистку", "6 декабря солдаты полковника Томаса Прайда провели «чистку» парламента",  # 40
      "political_activity", date="6 декабря", place="Вестминстер",
      actors=[("солдаты полковника Томаса Прайда", "agent"), ("парламента", "target")],
      note="Pride's Purge; place named in the next clause")
event("арестованы", "в Вестминстере 45 депутатов были арестованы", "arrest",  # 41
      date="6 декабря", place="Вестминстер", actors=[("45 депутатов", "target")],
      quantities=[qty("45 депутатов", "prisoners", 45)])
event("учредили", "6 января 1649 года оставшиеся депутаты учредили Верховный суд", "founding",  # 42
      date="6 января 1649 года", place="Вестминстер",
      actors=[("оставшиеся депутаты", "agent"), ("Верховный суд", "participant")])
event("процесс", "20 января в Вестминстере начался процесс над королём", "political_activity",  # 43
      date="20 января", place="Вестминстер", actors=[("королём", "target")], note="the king's trial")
event("приговорён", "27 января Карл был приговорён к смерти", "political_activity",  # 44
      date="27 января", place="Вестминстер", actors=[("Карл", "target")], note="the death sentence")
event("обезглавлен", "27 января Карл был приговорён к смерти, а через три дня обезглавлен в Лондоне",  # 45
      "execution", date="через три дня", place="Лондон", actors=[("Карл", "target")])
event("упразднены", "В марте в Англии были упразднены монархия и палата лордов", "abolition",  # 46
      date="В марте", place="Англия", actors=[("монархия", "target")])
event("упразднены", "В марте в Англии были упразднены монархия и палата лордов", "abolition",  # 47
      date="В марте", place="Англия", actors=[("палата лордов", "target")])
