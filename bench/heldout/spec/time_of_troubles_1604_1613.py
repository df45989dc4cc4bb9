"""Gold spec for bench/heldout/time_of_troubles_1604_1613.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style (Julian), as Russian histories give them. Day and
month values are converted to Gregorian (+10 days in 1582–1700) and each note says so; seasons and
years are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/time_of_troubles_1604_1613.txt"

OS = "Old Style (Julian) {} = {} Gregorian"
OS_CONTEXT = "Old Style by the narrative's convention: {} Julian = {} Gregorian"

gazetteer({
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Днепр": ("river", 50.6, 30.5, None),
    "Московское государство": ("polity", 55.75, 37.62, None),
    "Чернигов": ("settlement", 51.49, 31.29, None),
    "Путивль": ("settlement", 51.34, 33.87, None),
    "Северская земля": ("region", 52.3, 33.5, None),
    "Добрыничи": ("settlement", 52.2, 34.4, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Кромы": ("settlement", 52.69, 35.77, None),
    "Котлы": ("settlement", 55.67, 37.62, None),
    "Калуга": ("settlement", 54.51, 36.26, None),
    "Тула": ("settlement", 54.19, 37.62, None),
    "Упа": ("river", 54.2, 37.6, None),
    "Каргополь": ("settlement", 61.5, 38.95, None),
    "Стародуб": ("settlement", 52.58, 32.76, None),
    "Тушино": ("settlement", 55.83, 37.44, None),
    "Троице-Сергиев монастырь": ("settlement", 56.31, 38.13, None),
    "Речь Посполитая": ("polity", 52.23, 21.01, None),
    "Смоленск": ("settlement", 54.78, 32.05, None),
    "Выборг": ("settlement", 60.71, 28.75, None),
    "Швеция": ("polity", 59.33, 18.07, "Q34"),
    "Клушино": ("settlement", 55.65, 35.12, None),
    "Кремль": ("settlement", 55.752, 37.617, None),
    "Новгород": ("settlement", 58.52, 31.27, None, "Великий Новгород"),
    "Нижний Новгород": ("settlement", 56.33, 44.0, None),
    "Ярославль": ("settlement", 57.63, 39.87, None),
    "Китай-город": ("settlement", 55.757, 37.627, None),
})

# ---- dates, in reading order
date("1604–1613", "1604/1613", "interval")
date("Осенью 1604 года", "1604-23", "season", note="season precision: calendar shift ignored")
date("21 января 1605 года", "1605-01-31", "day", note=OS.format("21 January 1605", "31 January 1605"))
date("13 апреля 1605 года", "1605-04-23", "day", note=OS.format("13 April 1605", "23 April 1605"))
date("Вскоре", "1605-04-23/1605-06-11", "interval", kind="vague", derivation="anchored",
     note="soon after 13 April and before 1 June (Julian) = 23 April – 11 June Gregorian")
date("1 июня", "1605-06-11", "day", derivation="anchored", note=OS.format("1 June", "11 June"))
date("через девять дней", "1605-06-20", "day", derivation="computed",
     note="1 June + 9 days = 10 June Julian = 20 June Gregorian")
date("20 июня", "1605-06-30", "day", derivation="anchored", note=OS.format("20 June", "30 June"))
date("На рассвете 17 мая 1606 года", "1606-05-27", "day", note=OS.format("17 May 1606", "27 May 1606"))
date("Через два дня", "1606-05-29", "day", derivation="computed",
     note="17 May + 2 days = 19 May Julian = 29 May Gregorian")
date("Летом того же года", "1606-22", "season", derivation="anchored",
     note="season precision: calendar shift ignored")
date("Осенью", "1606-23", "season", derivation="anchored", note="season precision: calendar shift ignored")
date("2 декабря", "1606-12-12", "day", derivation="anchored", note=OS.format("2 December 1606", "12 December 1606"))
date("около четырёх месяцев", None, None, kind="duration", duration="P4M", note="approximate")
date("10 октября 1607 года", "1607-10-20", "day", note=OS.format("10 October 1607", "20 October 1607"))
date("в 1608 году", "1608", "year")
date("Тем временем", "1607/1608", "interval", kind="vague", derivation="anchored",
     note="meanwhile: while the Bolotnikov rising and its aftermath went on (1607–1608)")
date("Летом 1608 года", "1608-22", "season", note="season precision: calendar shift ignored")
date("С 23 сентября 1608 года", "1608-10-03", "day",
     note=OS.format("23 September 1608", "3 October 1608") + "; start of a process that goes on")
date("12 января 1610 года", "1610-01-22", "day", note=OS.format("12 January 1610", "22 January 1610"))
date("спустя почти шестнадцать месяцев", None, None, kind="duration", duration="P16M",
     note="'almost sixteen months': the length of the siege")
date("В сентябре 1609 года", "1609-09-11/1609-10-10", "month",
     note=OS.format("September 1609", "11 September – 10 October 1609"))
date("около двадцати месяцев", None, None, kind="duration", duration="P20M", note="approximate")
date("3 июня 1611 года", "1611-06-13", "day", note=OS.format("3 June 1611", "13 June 1611"))
date("весной 1610 года", "1610-21", "season", note="season precision: calendar shift ignored")
date("в апреле", "1610-04-11/1610-05-10", "month", derivation="anchored",
     note=OS_CONTEXT.format("April 1610", "11 April – 10 May 1610"))
date("24 июня", "1610-07-04", "day", derivation="anchored", note=OS.format("24 June 1610", "4 July 1610"))
date("Через три недели", "1610-07-25", "day", derivation="computed",
     note="24 June + 3 weeks = 15 July Julian = 25 July Gregorian")
date("в августе", "1610-08-11/1610-09-10", "month", derivation="anchored",
     note=OS_CONTEXT.format("August 1610", "11 August – 10 September 1610"))
date("в ночь на 21 сентября", "1610-09-30/1610-10-01", "day", derivation="anchored",
     note=OS.format("night of 20/21 September 1610", "night of 30 September / 1 October 1610"))
date("Весной 1611 года", "1611-21", "season", note="season precision: calendar shift ignored")
date("19 марта", "1611-03-29", "day", derivation="anchored", note=OS.format("19 March 1611", "29 March 1611"))
date("Летом", "1611-22", "season", derivation="anchored", note="season precision: calendar shift ignored")
date("в июле", "1611-07-11/1611-08-10", "month", derivation="anchored",
     note=OS_CONTEXT.format("July 1611", "11 July – 10 August 1611"))
date("В начале сентября 1611 года", "1611-09-11/1611-09-20", "interval",
     note=OS.format("1–10 September 1611", "11–20 September 1611"))
date("Весной 1612 года", "1612-21", "season", note="season precision: calendar shift ignored")
date("в августе", "1612-08-11/1612-09-10", "month", derivation="anchored",
     note=OS_CONTEXT.format("August 1612", "11 August – 10 September 1612"))
date("трёхдневном", None, None, kind="duration", duration="P3D")
date("22 октября", "1612-11-01", "day", derivation="anchored", note=OS.format("22 October 1612", "1 November 1612"))
date("через четыре дня", "1612-11-05", "day", derivation="computed",
     note="22 October + 4 days = 26 October Julian = 5 November Gregorian")
date("21 февраля 1613 года", "1613-03-03", "day", note=OS.format("21 February 1613", "3 March 1613"))

# ---- places, in reading order
for quote, name in [
    ("России", "Россия"),
    ("Днепр", "Днепр"), ("Московского государства", "Московское государство"),
    ("Чернигов", "Чернигов"), ("Путивль", "Путивль"), ("северские", "Северская земля"),
    ("Добрыничи", "Добрыничи"), ("Путивль", "Путивль"),
    ("Москве", "Москва"), ("Кромы", "Кромы"),
    ("Москве", "Москва"),
    ("Путивле", "Путивль"), ("Москве", "Москва"), ("Котлы", "Котлы"), ("Калуге", "Калуга"),
    ("Тулу", "Тула"), ("Тулы", "Тула"), ("Упу", "Упа"), ("Каргополь", "Каргополь"),
    ("Стародубе", "Стародуб"), ("Тушино", "Тушино"), ("Москвой", "Москва"),
    ("Троице-Сергиев монастырь", "Троице-Сергиев монастырь"),
    ("Речи Посполитой", "Речь Посполитая"), ("Смоленск", "Смоленск"),
    ("Выборге", "Выборг"), ("Швецией", "Швеция"), ("Москву", "Москва"), ("Клушино", "Клушино"),
    ("Кремль", "Кремль"),
    ("Москве", "Москва"), ("Новгород", "Новгород"),
    ("нижегородский", "Нижний Новгород"), ("Ярославле", "Ярославль"), ("Москве", "Москва"),
    ("Китай-город", "Китай-город"), ("Кремль", "Кремль"),
]:
    place(quote, name)

# ---- events
event("вторгся", "Осенью 1604 года человек, выдававший себя за царевича Дмитрия, с польскими шляхтичами и "  # 0
      "казаками переправился через Днепр и вторгся в пределы Московского государства", "attack",
      date="Осенью 1604 года", place="Московское государство",
      actors=[("человек, выдававший себя за царевича Дмитрия", "agent"), ("польскими шляхтичами", "agent"),
              ("казаками", "agent")],
      note="the invasion; the Dnieper crossing is its first step")
event("сдались", "Чернигов, Путивль и другие северские города сдались ему без боя", "capture",  # 1
      date="Осенью 1604 года", place="Чернигов", actors=[("ему", "agent")],
      note="the towns surrendered to the pretender")
event("сдались", "Чернигов, Путивль и другие северские города сдались ему без боя", "capture",  # 2
      date="Осенью 1604 года", place="Путивль", actors=[("ему", "agent")])
event("сдались", "Чернигов, Путивль и другие северские города сдались ему без боя", "capture",  # 3
      date="Осенью 1604 года", place="Северская земля", actors=[("ему", "agent")],
      note="'other Seversk towns': the region")
event("разгромили", "21 января 1605 года у села Добрыничи царские воеводы разгромили войско самозванца, "  # 4
      "потерявшее, по разным оценкам, до 6 тыс. человек", "battle",
      date="21 января 1605 года", place="Добрыничи",
      actors=[("царские воеводы", "agent"), ("войско самозванца", "target")],
      quantities=[qty("до 6 тыс. человек", "fatalities", 6000, max=6000, approximate=True)],
      note="the battle is asserted; only the loss figure is attributed ('по разным оценкам'); losses may "
           "include prisoners")
event("бежал", "сам он бежал в Путивль", "retreat",  # 5
      date="21 января 1605 года", place="Путивль", actors=[("он", "agent")])
event("осаждавшая", "армия, осаждавшая Кромы", "siege",  # 6
      date={"edtf": "1605-01-31/1605-06-11"}, place="Кромы", actors=[("армия", "agent")],
      note="implied: between Dobrynichi and the army's defection")
event("перешла на сторону", "Вскоре армия, осаждавшая Кромы, перешла на сторону Лжедмитрия", "mutiny",  # 7
      date="Вскоре", place="Кромы",
      actors=[("армия, осаждавшая Кромы", "agent"), ("Лжедмитрия", "participant")],
      note="the government army defected to the pretender")
event("восставшие", "1 июня восставшие москвичи свергли юного царя Фёдора", "uprising",  # 8
      date="1 июня", place="Москва", actors=[("восставшие москвичи", "agent")])
event("свергли", "1 июня восставшие москвичи свергли юного царя Фёдора", "political_activity",  # 9
      date="1 июня", place="Москва",
      actors=[("восставшие москвичи", "agent"), ("юного царя Фёдора", "target")],
      note="the deposition of the tsar")
event("убиты", "через девять дней он и его мать были убиты", "execution",  # 10
      date="через девять дней", place="Москва", actors=[("он и его мать", "target")],
      note="the deposed tsar and his mother were killed in custody")
event("вступил", "20 июня самозванец вступил в столицу", "occupation",  # 11
      date="20 июня", place="Москва", actors=[("самозванец", "agent")],
      note="'the capital': Moscow")
event("восстание", "На рассвете 17 мая 1606 года заговорщики во главе с князем Василием Шуйским подняли "  # 12
      "в Москве восстание", "uprising", date="На рассвете 17 мая 1606 года", place="Москва",
      actors=[("заговорщики во главе с князем Василием Шуйским", "agent")])
event("убит", "Лжедмитрий был убит", "execution",  # 13
      date="На рассвете 17 мая 1606 года", place="Москва", actors=[("Лжедмитрий", "target")])
event("перебила", "толпа перебила несколько сотен поляков", "massacre",  # 14
      date="На рассвете 17 мая 1606 года", place="Москва",
      actors=[("толпа", "agent"), ("поляков", "target")],
      quantities=[qty("несколько сотен поляков", "fatalities", None, min=200, max=900, approximate=True)])
event("выкрикнули", "Через два дня Шуйского выкрикнули царём", "political_activity",  # 15
      date="Через два дня", place="Москва", actors=[("Шуйского", "participant")],
      note="proclaimed tsar by acclamation")
event("восстание", "Летом того же года в Путивле вспыхнуло восстание Ивана Болотникова", "uprising",  # 16
      date="Летом того же года", place="Путивль", actors=[("Ивана Болотникова", "agent")])
event("подступили", "Осенью его отряды подступили к Москве", "reinforcement",  # 17
      date="Осенью", place="Москва", actors=[("его отряды", "agent")])
event("взять", "Осенью его отряды подступили к Москве, но взять город не смогли", "capture",  # 18
      date="Осенью", place="Москва", actors=[("его отряды", "agent")], assertion="failed")
event("разбиты", "2 декабря были разбиты у деревни Котлы", "battle",  # 19
      date="2 декабря", place="Котлы", actors=[("его отряды", "target")])
event("отступил", "Болотников отступил к Калуге", "retreat",  # 20
      date={"edtf": "1606-12-12/1607-01-10"}, place="Калуга", actors=[("Болотников", "agent")],
      note="implied: after the defeat of 2 December 1606 (Julian)")
event("отступил", "Болотников отступил к Калуге, затем в Тулу", "retreat",  # 21
      date={"edtf": "1606-12-12/1607-06-20"}, place="Тула", actors=[("Болотников", "agent")],
      note="implied: after Kaluga and before the four-month siege that ended on 10 October 1607 (Julian)")
event("Осада", "Осада Тулы продолжалась около четырёх месяцев", "siege",  # 22
      date={"edtf": "1607-06-20/1607-10-20"}, place="Тула",
      note="about four months up to the surrender of 10 October 1607 (Julian) = 20 October Gregorian")
event("сдались", "и 10 октября 1607 года восставшие сдались", "suppression",  # 23
      date="10 октября 1607 года", place="Тула", actors=[("восставшие", "target")],
      note="the besieged rebels surrendered after the river Upa was dammed and the town flooded")
event("сослали", "Болотникова сослали в Каргополь", "deportation",  # 24
      date={"edtf": "1607-10-20/1608-12-31"}, place="Каргополь", actors=[("Болотникова", "target")],
      note="exile; implied between the surrender and his death in 1608")
event("утопили", "Болотникова сослали в Каргополь, где в 1608 году, по сообщениям современников, "  # 25
      "ослепили и утопили", "execution", date="в 1608 году", place="Каргополь",
      actors=[("Болотникова", "target")], assertion="reported")
event("объявился", "Тем временем в Стародубе объявился новый самозванец — Лжедмитрий II", "political_activity",  # 26
      date="Тем временем", place="Стародуб", actors=[("новый самозванец — Лжедмитрий II", "agent")],
      note="a new pretender proclaims himself")
event("разбил лагерь", "Летом 1608 года он разбил лагерь в селе Тушино под Москвой", "reinforcement",  # 27
      date="Летом 1608 года", place="Тушино", actors=[("он", "agent")])
event("осаждали", "С 23 сентября 1608 года около 15 тыс. поляков и тушинцев под началом Сапеги осаждали "  # 28
      "Троице-Сергиев монастырь", "siege", date="С 23 сентября 1608 года", place="Троице-Сергиев монастырь",
      actors=[("поляков и тушинцев под началом Сапеги", "agent")],
      quantities=[qty("около 15 тыс. поляков и тушинцев", "participants", 15000, approximate=True)])
event("штурмов", "Защитники отбили несколько штурмов", "attack",  # 29
      date={"edtf": "1608-10-03/1610-01-22"}, place="Троице-Сергиев монастырь",
      actors=[("Защитники", "target")], assertion="failed",
      note="the besiegers' assaults were repelled; during the siege")
event("сняли", "осаду сняли лишь 12 января 1610 года, спустя почти шестнадцать месяцев", "siege",  # 30
      date="12 января 1610 года", place="Троице-Сергиев монастырь", same_as=28,
      note="the siege is lifted after almost sixteen months")
event("осадил", "В сентябре 1609 года король Речи Посполитой Сигизмунд III осадил Смоленск", "siege",  # 31
      date="В сентябре 1609 года", place="Смоленск",
      actors=[("король Речи Посполитой Сигизмунд III", "agent")])
event("держался", "Гарнизон воеводы Михаила Шеина держался около двадцати месяцев", "siege",  # 32
      date={"edtf": "1609-09-11/1611-06-13"}, place="Смоленск", same_as=31,
      actors=[("Гарнизон воеводы Михаила Шеина", "target")],
      note="the garrison's defence: the siege lasted about twenty months")
event("взяли", "3 июня 1611 года поляки взяли крепость штурмом", "capture",  # 33
      date="3 июня 1611 года", place="Смоленск", actors=[("поляки", "agent")])
event("союз", "заключённый в Выборге союз со Швецией", "treaty",  # 34
      date={"edtf": "1609"}, place="Выборг", actors=[("Швецией", "participant")],
      note="the Vyborg treaty; the text names no date (February 1609 Old Style), only that it came before "
           "spring 1610")
event("вступил", "князь Михаил Скопин-Шуйский весной 1610 года вступил в Москву", "reinforcement",  # 35
      date="весной 1610 года", place="Москва", actors=[("князь Михаил Скопин-Шуйский", "agent")])
event("отравленный", "но в апреле умер, якобы отравленный на пиру", "attack_on_civilians",  # 36
      date="в апреле", place="Москва", assertion="disputed",
      note="the poisoning is passed on with 'якобы'; the death itself is not in doubt")
event("разгромил", "24 июня гетман Жолкевский у деревни Клушино разгромил русско-шведское войско Дмитрия "  # 37
      "Шуйского, имея, по данным польских источников, около 7 тыс. человек против более 30 тыс.", "battle",
      date="24 июня", place="Клушино",
      actors=[("гетман Жолкевский", "agent"), ("русско-шведское войско Дмитрия Шуйского", "target")],
      quantities=[qty("около 7 тыс. человек", "participants", 7000, approximate=True),
                  qty("более 30 тыс.", "participants", 30000, min=30000, approximate=True)],
      note="the battle is asserted; only the troop figures are attributed to Polish sources")
event("свергли", "Через три недели Василия Шуйского свергли", "political_activity",  # 38
      date="Через три недели", place="Москва", actors=[("Василия Шуйского", "target")],
      note="the deposition of the tsar")
event("постригли", "Через три недели Василия Шуйского свергли и постригли в монахи", "arrest",  # 39
      date="Через три недели", place="Москва", actors=[("Василия Шуйского", "target")],
      note="forced tonsure of the deposed tsar")
event("Пришедшая к власти", "Пришедшая к власти Семибоярщина", "political_activity",  # 40
      date="Через три недели", place="Москва", actors=[("Семибоярщина", "agent")],
      note="the Seven Boyars take power after the deposition")
event("заключила договор", "Пришедшая к власти Семибоярщина в августе заключила договор о призвании на "  # 41
      "престол королевича Владислава", "treaty", date="в августе", place="Москва",
      actors=[("Семибоярщина", "participant"), ("королевича Владислава", "participant")])
event("впустила", "а в ночь на 21 сентября впустила в Кремль польский гарнизон", "occupation",  # 42
      date="в ночь на 21 сентября", place="Кремль", actors=[("польский гарнизон", "agent")])
event("подошло", "Весной 1611 года к столице подошло Первое ополчение Прокопия Ляпунова", "reinforcement",  # 43
      date="Весной 1611 года", place="Москва", actors=[("Первое ополчение Прокопия Ляпунова", "agent")],
      note="'the capital': Moscow")
event("восстание", "19 марта в Москве вспыхнуло восстание", "uprising",  # 44
      date="19 марта", place="Москва")
event("подавляя", "подавляя его, поляки сожгли большую часть города", "suppression",  # 45
      date="19 марта", place="Москва", actors=[("поляки", "agent")])
event("сожгли", "подавляя его, поляки сожгли большую часть города", "looting",  # 46
      date="19 марта", place="Москва", actors=[("поляки", "agent")],
      note="the burning of Moscow")
event("убит", "Летом Ляпунов был убит казаками", "execution",  # 47
      date="Летом", place="Москва", actors=[("Ляпунов", "target"), ("казаками", "agent")],
      note="killed in the militia camp before Moscow; the text names no place")
event("захватили", "в июле шведы захватили Новгород", "capture",  # 48
      date="в июле", place="Новгород", actors=[("шведы", "agent")])
event("начал собирать", "В начале сентября 1611 года нижегородский староста Кузьма Минин начал собирать "  # 49
      "новое ополчение", "founding", date="В начале сентября 1611 года", place="Нижний Новгород",
      actors=[("нижегородский староста Кузьма Минин", "agent"), ("новое ополчение", "participant")],
      note="the founding of the Second militia")
event("возглавил", "которое возглавил князь Дмитрий Пожарский", "political_activity",  # 50
      date="В начале сентября 1611 года", place="Нижний Новгород",
      actors=[("князь Дмитрий Пожарский", "agent")], note="appointment as the militia's commander")
event("стояло", "Весной 1612 года ополчение стояло в Ярославле", "reinforcement",  # 51
      date="Весной 1612 года", place="Ярославль", actors=[("ополчение", "agent")])
event("подошло", "ополчение стояло в Ярославле, в августе подошло к Москве", "reinforcement",  # 52
      date="в августе", place="Москва", actors=[("ополчение", "agent")])
event("бою", "в августе подошло к Москве и в трёхдневном бою отбросило войско гетмана Ходкевича", "battle",  # 53
      date="в августе", place="Москва", actors=[("войско гетмана Ходкевича", "target")])
event("взяли", "22 октября ополченцы штурмом взяли Китай-город", "recapture",  # 54
      date="22 октября", place="Китай-город", actors=[("ополченцы", "agent")])
event("штурмовать", "Кремль штурмовать не пришлось", "attack",  # 55
      date={"edtf": "1612-11-01/1612-11-05"}, place="Кремль", assertion="negated",
      note="no assault on the Kremlin took place")
event("капитулировал", "через четыре дня голодавший гарнизон капитулировал", "recapture",  # 56
      date="через четыре дня", place="Кремль", actors=[("голодавший гарнизон", "target")],
      note="the Polish garrison of the Kremlin surrendered")
event("избрал", "21 февраля 1613 года Земский собор избрал царём шестнадцатилетнего Михаила Романова",  # 57
      "election", date="21 февраля 1613 года", place="Москва",
      actors=[("Земский собор", "agent"), ("Михаила Романова", "participant")],
      note="the text names no place; the Zemsky Sobor sat in Moscow")
