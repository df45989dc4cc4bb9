"""Gold spec for bench/heldout/jacobite_rising_1745_1746.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style (Julian, as used in Britain until 1752). Day dates and
parts of months are converted to Gregorian (+11 days in 1700-1800); whole months, seasons and years are
left as written. Years are counted from 1 January, as historians quote them.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/jacobite_rising_1745_1746.txt"

gazetteer({
    "Британия": ("polity", 51.51, -0.13, "Q161885"),
    "Эрискей": ("region", 57.07, -7.29, None),
    "Шотландия": ("polity", 56.5, -4.2, "Q22"),
    "Хай-Бридж": ("settlement", 56.89, -4.87, None),
    "Гленфиннан": ("settlement", 56.87, -5.44, None),
    "Инвернесс": ("settlement", 57.48, -4.22, None),
    "Перт": ("settlement", 56.4, -3.43, None),
    "Абердин": ("settlement", 57.15, -2.1, None),
    "Данбар": ("settlement", 56.0, -2.52, None),
    "Эдинбург": ("settlement", 55.95, -3.19, "Q23436"),
    "Престонпанс": ("settlement", 55.96, -2.98, None),
    "Англия": ("polity", 52.5, -1.5, "Q21"),
    "Карлайл": ("settlement", 54.89, -2.93, None),
    "Манчестер": ("settlement", 53.48, -2.24, "Q18125"),
    "Дерби": ("settlement", 52.92, -1.48, None),
    "Клифтон": ("settlement", 54.63, -2.73, None),
    "Стерлинг": ("settlement", 56.12, -3.94, None),
    "Фолкерк": ("settlement", 56.0, -3.78, None),
    "Форт-Огастес": ("settlement", 57.14, -4.68, None),
    "Форт-Уильям": ("settlement", 56.82, -5.11, None),
    "Нэрн": ("settlement", 57.59, -3.87, None),
    "Каллоден": ("settlement", 57.48, -4.09, None),
    "Лохабер": ("region", 56.85, -5.0, None),
    "Хайленд": ("region", 57.0, -4.6, None),
    "Гебридские острова": ("region", 57.3, -6.8, None),
    "Скай": ("region", 57.3, -6.2, None),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
})

OS = "Old Style (Julian) in the text, converted to Gregorian: +11 days"
AS_WRITTEN = "Old Style narrative; a whole month is left as written"

# ---- dates, in reading order
date("1745–1746 гг.", "1745/1746", "interval")
date("23 июля 1745 года", "1745-08-03", "day", note=f"23 July {OS}")
date("16 августа", "1745-08-27", "day", derivation="anchored", note=f"16 August {OS}")
date("через три дня", "1745-08-30", "day", derivation="computed",
     note=f"16 August + 3 days = 19 August, {OS}")
date("4 сентября", "1745-09-15", "day", derivation="anchored", note=f"4 September {OS}")
date("17 сентября", "1745-09-28", "day", derivation="anchored", note=f"17 September {OS}")
date("Через четыре дня", "1745-10-02", "day", derivation="computed",
     note=f"17 September + 4 days = 21 September, {OS}")
date("менее чем за четверть часа", None, None, kind="duration", duration="PT15M", note="less than")
date("Осенью", "1745-23", "season", derivation="anchored", note="season left as written")
date("8 ноября", "1745-11-19", "day", derivation="anchored", note=f"8 November {OS}")
date("15 ноября", "1745-11-26", "day", derivation="anchored", note=f"15 November {OS}")
date("29 ноября", "1745-12-10", "day", derivation="anchored", note=f"29 November {OS}")
date("4 декабря", "1745-12-15", "day", derivation="anchored", note=f"4 December {OS}")
date("6 декабря", "1745-12-17", "day", derivation="anchored", note=f"6 December {OS}")
date("18 декабря", "1745-12-29", "day", derivation="anchored", note=f"18 December {OS}")
date("30 декабря", "1746-01-10", "day", derivation="anchored", note=f"30 December 1745 {OS}")
date("В январе 1746 года", "1746-01", "month", note=AS_WRITTEN)
date("17 января", "1746-01-28", "day", derivation="anchored", note=f"17 January {OS}")
date("30 января", "1746-02-10", "day", derivation="anchored", note=f"30 January {OS}")
date("1 февраля", "1746-02-12", "day", derivation="anchored", note=f"1 February {OS}")
date("18 февраля", "1746-03-01", "day", derivation="anchored", note=f"18 February {OS}")
date("в начале марта", "1746-03-12/1746-03-21", "interval", derivation="anchored",
     note=f"1-10 March {OS}")
date("3 апреля", "1746-04-14", "day", derivation="anchored", note=f"3 April {OS}")
date("8 апреля", "1746-04-19", "day", derivation="anchored", note=f"8 April {OS}")
date("в ночь на 16 апреля", "1746-04-26/1746-04-27", "day", derivation="anchored",
     note=f"night of 15/16 April {OS}")
date("В тот же день", "1746-04-27", "day", derivation="anchored", note=f"16 April {OS}")
date("менее чем за час", None, None, kind="duration", duration="PT1H", note="less than")
date("24 мая", "1746-06-04", "day", derivation="anchored", note=f"24 May {OS}")
date("пять месяцев", None, None, kind="duration", duration="P5M")
date("В конце июня", "1746-07-02/1746-07-11", "interval", derivation="anchored",
     note=f"21-30 June {OS}")
date("19 сентября", "1746-09-30", "day", derivation="anchored", note=f"19 September {OS}")
date("30 июля", "1746-08-10", "day", derivation="anchored", note=f"30 July {OS}")
date("18 августа", "1746-08-29", "day", derivation="anchored", note=f"18 August {OS}")
date("9 апреля 1747 года", "1747-04-20", "day", note=f"9 April {OS}")
date("В августе 1746 года", "1746-08", "month", note=AS_WRITTEN)
date("в 1747 году", "1747", "year")

# ---- places, in reading order
for quote, name in [
    ("Британии", "Британия"), ("Эрискей", None), ("Шотландии", "Шотландия"), ("Хай-Бриджа", "Хай-Бридж"),
    ("Гленфиннане", "Гленфиннан"),
    ("Инвернессу", "Инвернесс"), ("Перт", None), ("Абердина", "Абердин"), ("Данбар", None),
    ("Эдинбургом", "Эдинбург"), ("Престонпанса", "Престонпанс"),
    ("Англию", "Англия"), ("Карлайл", None), ("Манчестере", "Манчестер"), ("Дерби", None),
    ("Клифтона", "Клифтон"), ("Карлайл", None),
    ("Стерлинг", None), ("Фолкерка", "Фолкерк"), ("Эдинбург", None), ("Шотландии", "Шотландия"),
    ("Инвернесс", None), ("Форт-Огастес", None), ("Форт-Уильяма", "Форт-Уильям"),
    ("Абердине", "Абердин"), ("Нэрна", "Нэрн"), ("Каллодена", "Каллоден"),
    ("Лохабера", "Лохабер"), ("Форт-Огастес", None), ("Хайленде", "Хайленд"),
    ("Гебридских островах", "Гебридские острова"), ("Скай", None), ("Шотландию", "Шотландия"),
    ("Лондоне", "Лондон"), ("Манчестере", "Манчестер"),
]:
    place(quote, name)

# ---- events
event("восстание", "Якобитское восстание 1745–1746 гг. стало последней попыткой вернуть британский престол "  # 0
      "изгнанной династии Стюартов", "uprising", date="1745–1746 гг.", place="Шотландия",
      note="the rising as a whole; no place in the sentence, Scotland is the first named after it")
event("высадился", "23 июля 1745 года принц Карл Эдуард Стюарт высадился на острове Эрискей", "reinforcement",  # 1
      date="23 июля 1745 года", place="Эрискей", actors=[("принц Карл Эдуард Стюарт", "agent")])
event("атаковали", "16 августа горцы из клана Макдональдов атаковали у Хай-Бриджа две роты правительственных "  # 2
      "солдат и взяли их в плен", "attack", date="16 августа", place="Хай-Бридж",
      actors=[("горцы из клана Макдональдов", "agent"), ("две роты правительственных солдат", "target")],
      note="the two companies were taken prisoner; no count given")
event("поднял знамя", "через три дня в Гленфиннане принц поднял знамя Стюартов", "uprising",  # 3
      date="через три дня", place="Гленфиннан", actors=[("принц", "agent")], same_as=0,
      note="the formal start of the rising")
event("примкнули", "К нему примкнули около 1200 горцев", "reinforcement",  # 4
      date="через три дня", place="Гленфиннан", actors=[("горцев", "agent")],
      quantities=[qty("около 1200 горцев", "participants", 1200, approximate=True)],
      note="at Glenfinnan, the day the standard was raised")
event("ушёл", "Правительственный генерал Джон Коуп уклонился от боя и ушёл к Инвернессу", "retreat",  # 5
      date={"edtf": "1745-08-30/1745-09-15"}, place="Инвернесс",
      actors=[("Правительственный генерал Джон Коуп", "agent")],
      note="between Glenfinnan and Perth (Gregorian); place is the destination")
event("вступили", "4 сентября якобиты вступили в Перт", "capture", date="4 сентября", place="Перт",  # 6
      actors=[("якобиты", "agent")])
event("перебросил", "Коуп перебросил армию морем из Абердина в Данбар", "reinforcement",  # 7
      date={"edtf": "1745-09-15/1745-09-28"}, place="Данбар", actors=[("Коуп", "agent")],
      note="between Perth and Edinburgh (Gregorian); place is the destination")
event("овладели", "17 сентября мятежники овладели Эдинбургом", "capture", date="17 сентября",  # 8
      place="Эдинбург", actors=[("мятежники", "agent")])
event("разгромлена", "Через четыре дня у Престонпанса армия Коупа была разгромлена менее чем за четверть часа",  # 9
      "battle", date="Через четыре дня", place="Престонпанс", actors=[("армия Коупа", "target")],
      quantities=[qty("300–500 человек убитыми", "fatalities", None, min=300, max=500, approximate=True),
                  qty("около 1500 пленными", "prisoners", 1500, approximate=True)],
      note="the battle is asserted; only the losses are given 'по разным оценкам'")
event("перешли границу", "8 ноября около 5,5 тыс. якобитов перешли границу", "attack",  # 10
      date="8 ноября", place="Англия", actors=[("якобитов", "agent")],
      quantities=[qty("около 5,5 тыс. якобитов", "participants", 5500, approximate=True)],
      note="the invasion of England")
event("осадили", "осадили Карлайл и 15 ноября вынудили его сдаться", "siege",  # 11
      date={"edtf": "1745-11-19/1745-11-26"}, place="Карлайл",
      note="between the crossing and the surrender (Gregorian)")
event("вынудили его сдаться", "осадили Карлайл и 15 ноября вынудили его сдаться", "capture",  # 12
      date="15 ноября", place="Карлайл")
event("Восстания", "Восстания английских сторонников Стюартов так и не произошло", "uprising",  # 13
      date={"edtf": "1745-11-19/1745-12-17"}, place="Англия", assertion="negated",
      actors=[("английских сторонников Стюартов", "agent")],
      note="during the march into England (Gregorian)")
event("вошла", "в Манчестере, куда армия вошла 29 ноября", "capture", date="29 ноября",  # 14
      place="Манчестер", actors=[("армия", "agent")])
event("присоединилось", "к ней присоединилось лишь около 300 добровольцев", "reinforcement",  # 15
      date="29 ноября", place="Манчестер", actors=[("добровольцев", "agent")],
      quantities=[qty("около 300 добровольцев", "participants", 300, approximate=True)])
event("достигли", "4 декабря якобиты достигли Дерби", "reinforcement", date="4 декабря", place="Дерби",  # 16
      actors=[("якобиты", "agent")], note="arrival of the army at its furthest point")
event("отступление", "4 декабря якобиты достигли Дерби, но 6 декабря начали отступление на север", "retreat", date="6 декабря",  # 17
      place="Дерби", actors=[("якобиты", "agent")])
event("отбил натиск", "18 декабря их арьергард отбил натиск драгун у Клифтона", "battle",  # 18
      date="18 декабря", place="Клифтон", actors=[("их арьергард", "agent"), ("драгун", "target")])
event("вернул", "30 декабря герцог Камберленд вернул Карлайл", "recapture", date="30 декабря",  # 19
      place="Карлайл", actors=[("герцог Камберленд", "agent")])
event("осадили", "В январе 1746 года якобиты осадили замок Стерлинг", "siege",  # 20
      date="В январе 1746 года", place="Стерлинг", actors=[("якобиты", "agent"), ("замок Стерлинг", "target")])
event("обратили в бегство", "17 января у Фолкерка они обратили в бегство войска генерала Генри Хоули",  # 21
      "battle", date="17 января", place="Фолкерк", actors=[("войска генерала Генри Хоули", "target")])
event("взять", "но взять замок так и не сумели", "capture", date={"edtf": "1746-01/1746-02-12"},  # 22
      place="Стерлинг", assertion="failed", note="the siege failed; it was lifted on 1 February OS")
event("прибыл", "30 января в Эдинбург прибыл Камберленд", "reinforcement", date="30 января",  # 23
      place="Эдинбург", actors=[("Камберленд", "agent")])
event("назначенный", "Камберленд, назначенный главнокомандующим в Шотландии", "political_activity",  # 24
      date={"edtf": "1746-01-28/1746-02-10"}, place="Шотландия", actors=[("Камберленд", "participant")],
      note="appointment, between Falkirk and his arrival (Gregorian); Scotland is the command, not the "
           "place of the act")
event("сняли осаду", "1 февраля горцы сняли осаду и ушли на север", "retreat", date="1 февраля",  # 25
      place="Стерлинг", actors=[("горцы", "agent")])
event("заняли", "18 февраля они заняли Инвернесс", "capture", date="18 февраля", place="Инвернесс")  # 26
event("заняли", "18 февраля они заняли Инвернесс, а в начале марта — Форт-Огастес", "capture",  # 27
      date="в начале марта", place="Форт-Огастес")
event("осада", "осада Форт-Уильяма оказалась безуспешной и 3 апреля была снята", "siege",  # 28
      date={"edtf": "1746-03-12/1746-04-14"}, place="Форт-Уильям", assertion="failed",
      note="after Fort Augustus fell, up to its lifting on 3 April OS (Gregorian)")
event("выступил", "8 апреля Камберленд, зимовавший в Абердине, выступил на запад с армией около 8 тыс. человек",  # 29
      "reinforcement", date="8 апреля", place="Абердин", actors=[("Камберленд", "agent")],
      quantities=[qty("около 8 тыс. человек", "participants", 8000, approximate=True)],
      note="advance of the government army; place is where it set out")
event("атаковать", "Попытка горцев внезапно атаковать его лагерь у Нэрна в ночь на 16 апреля провалилась",  # 30
      "attack", date="в ночь на 16 апреля", place="Нэрн", assertion="failed",
      actors=[("горцев", "agent"), ("его лагерь", "target")])
event("разбиты", "В тот же день на поле близ Каллодена около 5 тыс. якобитов были разбиты менее чем за час",  # 31
      "battle", date="В тот же день", place="Каллоден", actors=[("якобитов", "target")],
      quantities=[qty("около 5 тыс. якобитов", "participants", 5000, approximate=True),
                  qty("около 8 тыс. человек", "participants", 8000, approximate=True),
                  qty("от 1500 до 2000 человек убитыми", "fatalities", None, min=1500, max=2000),
                  qty("около 50 солдат", "fatalities", 50, approximate=True)],
      note="Cumberland's army of about 8,000 is given in the sentence on his march")
event("добивали", "Раненых добивали прямо на поле боя", "massacre",  # 32
      date={"edtf": "1746-04-27/1746-04-28"}, place="Каллоден", actors=[("Раненых", "target")],
      note="killing of the wounded Jacobites after the battle")
event("сжигая", "правительственные отряды прочёсывали долины Лохабера, сжигая селения", "attack_on_civilians",  # 33
      date={"edtf": "1746-04-27/1746-09-30"}, place="Лохабер",
      actors=[("правительственные отряды", "agent"), ("селения", "target")],
      note="after the battle, through the summer (Gregorian)")
event("угоняя скот", "правительственные отряды прочёсывали долины Лохабера, сжигая селения и угоняя скот",  # 34
      "looting", date={"edtf": "1746-04-27/1746-09-30"}, place="Лохабер",
      actors=[("правительственные отряды", "agent")])
event("перенёс ставку", "24 мая Камберленд перенёс ставку в Форт-Огастес", "reinforcement",  # 35
      date="24 мая", place="Форт-Огастес", actors=[("Камберленд", "agent")])
event("бежал", "Сам принц бежал с поля боя и пять месяцев скрывался в Хайленде и на Гебридских островах",  # 36
      "flight", date={"edtf": "1746-04-27/1746-09-30"}, place="Хайленд", actors=[("Сам принц", "agent")],
      note="a leader's flight; places are where he hid")
event("бежал", "Сам принц бежал с поля боя и пять месяцев скрывался в Хайленде и на Гебридских островах",  # 37
      "flight", date={"edtf": "1746-04-27/1746-09-30"}, place="Гебридские острова",
      actors=[("Сам принц", "agent")], note="a leader's flight; places are where he hid")
event("переправила", "В конце июня Флора Макдональд переправила беглеца на остров Скай", "flight",  # 38
      date="В конце июня", place="Скай", same_as=36,
      actors=[("Флора Макдональд", "agent"), ("беглеца", "participant")], note="place is the destination")
event("покинул", "19 сентября он навсегда покинул Шотландию на французском судне", "flight",  # 39
      date="19 сентября", place="Шотландия", same_as=36, note="the end of the prince's flight, to France")
event("схвачено", "Всего было схвачено более 3 тыс. человек", "arrest",  # 40
      date={"edtf": "1746-04-27/1746-12-31"},
      quantities=[qty("более 3 тыс. человек", "prisoners", 3000, min=3000, approximate=True)])
event("казнили", "около 120 из них казнили", "execution", date={"edtf": "1746/1747"},  # 41
      quantities=[qty("около 120", "fatalities", 120, approximate=True)])
event("отправили за океан", "около тысячи отправили за океан", "deportation", date={"edtf": "1746/1747"},  # 42
      quantities=[qty("около тысячи", "displaced", 1000, approximate=True)],
      note="transportation overseas; no place named")
event("повесили", "30 июля в Лондоне повесили девятерых офицеров полка, набранного в Манчестере", "execution",  # 43
      date="30 июля", place="Лондон", actors=[("девятерых офицеров полка", "target")],
      quantities=[qty("девятерых", "fatalities", 9)])
event("обезглавили", "18 августа там же обезглавили лордов Килмарнока и Балмерино", "execution",  # 44
      date="18 августа", place="Лондон", actors=[("лордов Килмарнока и Балмерино", "target")],
      note="'там же' = London; the lords' titles are not places here")
event("обезглавили", "18 августа там же обезглавили лордов Килмарнока и Балмерино, а 9 апреля 1747 года — "  # 45
      "лорда Ловата", "execution", date="9 апреля 1747 года", place="Лондон",
      actors=[("лорда Ловата", "target")])
event("запретил", "В августе 1746 года парламент запретил горцам носить оружие и клетчатую одежду", "decree",  # 46
      date="В августе 1746 года", actors=[("парламент", "agent"), ("горцам", "target")])
event("упразднил", "а в 1747 году упразднил наследственную судебную власть вождей кланов", "abolition",  # 47
      date="в 1747 году", actors=[("парламент", "agent")])
event("объявил амнистию", "объявил амнистию, из которой исключили многих участников восстания", "amnesty",  # 48
      date="в 1747 году", actors=[("парламент", "agent")],
      note="excluding many of the rebels")
