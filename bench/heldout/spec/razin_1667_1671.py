"""Gold spec for bench/heldout/razin_1667_1671.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style (Julian). Day dates are converted to the Gregorian
calendar (+10 days in the 17th century); months, parts of months, seasons and years are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/razin_1667_1671.txt"

OS = "Old Style as the text states; converted to Gregorian (+10 days)"
OS_COARSE = "Old Style as the text states; coarser than a day, left as written"

gazetteer({
    "Дон": ("river", 47.25, 40.1, None),
    "Волга": ("river", 53.2, 50.1, "Q626"),
    "Царицын": ("settlement", 48.71, 44.51, None, "Волгоград"),
    "Каспийское море": ("sea", 42.0, 50.5, "Q5484"),
    "Яик": ("river", 51.2, 51.4, None, "Урал"),
    "Яицкий городок": ("settlement", 51.23, 51.37, None, "Уральск"),
    "Персия": ("polity", 32.65, 51.67, None),
    "Дербент": ("settlement", 42.06, 48.29, None),
    "Решт": ("settlement", 37.28, 49.58, None),
    "Ферахабад": ("settlement", 36.8, 53.1, None),
    "Миян-Кале": ("region", 36.88, 53.75, None),
    "Свиной остров": ("region", 40.1, 49.6, None),
    "Баку": ("settlement", 40.41, 49.87, "Q9248"),
    "Астрахань": ("settlement", 46.35, 48.04, None),
    "Кагальник": ("settlement", 47.3, 39.9, None),
    "Чёрный Яр": ("settlement", 48.06, 46.11, None),
    "Саратов": ("settlement", 51.53, 46.03, None),
    "Самара": ("settlement", 53.2, 50.15, None),
    "Симбирск": ("settlement", 54.32, 48.4, None, "Ульяновск"),
    "Поволжье": ("region", 53.0, 47.0, None),
    "Алатырь": ("settlement", 54.84, 46.58, None),
    "Пенза": ("settlement", 53.2, 45.0, None),
    "Саранск": ("settlement", 54.18, 45.18, None),
    "Темников": ("settlement", 54.63, 43.22, None),
    "Козьмодемьянск": ("settlement", 56.33, 46.57, None),
    "Свияга": ("river", 54.3, 48.33, None),
    "Арзамас": ("settlement", 55.39, 43.84, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
})

# ---- dates, in reading order
date("1667–1671", "1667/1671", "interval")
date("Весной 1667 года", "1667-21", "season")
date("В мае", "1667-05", "month", derivation="anchored", note=OS_COARSE)
date("В июне 1667 года", "1667-06", "month", note=OS_COARSE)
date("Весной 1668 года", "1668-21", "season")
date("зиму", "1668-12/1669-02", "season", derivation="anchored",
     note="'spent the winter': the winter of 1668-1669")
date("В июле 1669 года", "1669-07", "month", note=OS_COARSE)
date("В августе", "1669-08", "month", derivation="anchored", note=OS_COARSE)
date("Осенью", "1669-23", "season", derivation="anchored")
date("В апреле 1670 года", "1670-04", "month", note=OS_COARSE)
date("Вскоре", "1670-04/1670-05", "interval", kind="vague", derivation="anchored",
     note="soon after the taking of Tsaritsyn in April")
date("22 июня 1670 года", "1670-07-02", "day", note=OS + ": 22 June = 2 July")
date("через два дня", "1670-07-04", "day", derivation="computed", note="22 June (O.S.) + 2 days = 4 July (N.S.)")
date("в июле", "1670-07", "month", derivation="anchored", note=OS_COARSE)
date("В середине августа", "1670-08-11/1670-08-20", "interval", derivation="anchored", note=OS_COARSE)
date("4 сентября", "1670-09-14", "day", derivation="anchored", note=OS + ": 4 September = 14 September")
date("Тем временем", "1670-09/1670-10", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': during the siege of Simbirsk")
date("В начале октября", "1670-10-01/1670-10-10", "interval", derivation="anchored", note=OS_COARSE)
date("4 октября", "1670-10-14", "day", derivation="anchored", note=OS + ": 4 October = 14 October")
date("той же ночью", "1670-10-14/1670-10-15", "day", derivation="anchored",
     note="the night after the battle of 4 October (O.S.)")
date("к зиме", "1670-12/1671-02", "season", derivation="anchored", note="'by winter': the state reached by then")
date("14 апреля 1671 года", "1671-04-24", "day", note=OS + ": 14 April = 24 April")
date("2 июня", "1671-06-12", "day", derivation="anchored", note=OS + ": 2 June = 12 June")
date("через четыре дня", "1671-06-16", "day", derivation="computed", note="2 June (O.S.) + 4 days = 16 June (N.S.)")
date("до конца ноября 1671 года", "1671-11-21/1671-11-30", "interval",
     note="'until the end of November'; " + OS_COARSE)

# ---- places, in reading order
for quote, name in [
    ("Дона", "Дон"), ("Волгу", "Волга"), ("Царицыном", "Царицын"), ("Каспию", "Каспийское море"),
    ("Яику", "Яик"), ("Яицким городком", "Яицкий городок"),
    ("Персии", "Персия"), ("Дербента", "Дербент"), ("Решта", "Решт"), ("Реште", "Решт"),
    ("Ферахабад", None), ("Миян-Кале", None), ("Свиного острова", "Свиной остров"), ("Баку", None),
    ("Астрахани", "Астрахань"), ("Дон", None), ("Кагальницком городке", "Кагальник"),
    ("Волгу", "Волга"), ("Царицын", None), ("Чёрным Яром", "Чёрный Яр"), ("Астрахань", None),
    ("Волге", "Волга"), ("Саратов", None), ("Самара", None),
    ("Симбирску", "Симбирск"), ("Поволжье", None), ("Алатыря", "Алатырь"), ("Пензы", "Пенза"),
    ("Саранска", "Саранск"), ("Темникова", "Темников"), ("Козьмодемьянска", "Козьмодемьянск"),
    ("Симбирску", "Симбирск"), ("Свияге", "Свияга"), ("Волге", "Волга"), ("Арзамасе", "Арзамас"),
    ("Арзамасе", "Арзамас"),
    ("Кагальник", None), ("Москву", "Москва"), ("Астрахань", None),
]:
    place(quote, name)

# ---- events
event("ушёл", "Весной 1667 года казак Степан Разин собрал отряд голытьбы численностью от 1 до 2 тыс. "  # 0
      "человек и ушёл с Дона на Волгу", "reinforcement", date="Весной 1667 года", place="Волга",
      actors=[("Степан Разин", "agent")],
      quantities=[qty("от 1 до 2 тыс. человек", "participants", None, min=1000, max=2000, approximate=True)])
event("разграбили", "В мае казаки разграбили под Царицыном торговый караван", "looting",  # 1
      date="В мае", place="Царицын", actors=[("казаки", "agent"), ("торговый караван", "target")])
event("овладел", "В июне 1667 года Разин хитростью овладел Яицким городком", "capture",  # 2
      date="В июне 1667 года", place="Яицкий городок", actors=[("Разин", "agent")])
event("казнены", "после чего около 170 стрельцов были казнены", "execution",  # 3
      date="В июне 1667 года", place="Яицкий городок", actors=[("стрельцов", "target")],
      quantities=[qty("около 170 стрельцов", "fatalities", 170, approximate=True)])
event("грабить", "Весной 1668 года разинцы на стругах вышли в море и принялись грабить побережье Персии "  # 4
      "от Дербента до Решта", "looting", date="Весной 1668 года", place="Персия",
      actors=[("разинцы", "agent")])
event("Переговоры", "Переговоры с шахскими властями в Реште", "negotiations",  # 5
      date={"edtf": "1668"}, place="Решт", actors=[("шахскими властями", "participant")],
      note="the text gives no date; during the 1668 voyage")
event("нападением", "Переговоры с шахскими властями в Реште закончились внезапным нападением горожан, "  # 6
      "в котором погибли около 400 казаков", "attack", date={"edtf": "1668"}, place="Решт",
      actors=[("горожан", "agent"), ("казаков", "target")],
      quantities=[qty("около 400 казаков", "fatalities", 400, approximate=True)],
      note="the text gives no date; during the 1668 voyage")
event("разорил", "В отместку Разин разорил Ферахабад", "looting",  # 7
      date={"edtf": "1668"}, place="Ферахабад", actors=[("Разин", "agent")],
      note="the text gives no date; during the 1668 voyage")
event("разгромили", "В июле 1669 года у Свиного острова близ Баку казаки разгромили флот Мамед-хана",  # 8
      "battle", date="В июле 1669 года", place="Свиной остров",
      actors=[("казаки", "agent"), ("флот Мамед-хана", "target")],
      note="the count of ships (50, three escaped) is not an event quantity")
event("появился", "В августе Разин появился у Астрахани", "reinforcement",  # 9
      date="В августе", place="Астрахань", actors=[("Разин", "agent")])
event("пропустил", "воевода князь И. С. Прозоровский пропустил его на Дон, получив часть пушек", "treaty",  # 10
      date="В августе", place="Астрахань", actors=[("воевода князь И. С. Прозоровский", "participant")],
      note="passage to the Don in exchange for part of the guns: an agreement made at Astrakhan")
event("обосновались", "Осенью казаки обосновались в Кагальницком городке", "reinforcement",  # 11
      date="Осенью", place="Кагальник", actors=[("казаки", "agent")])
event("выступил", "В апреле 1670 года Разин снова выступил на Волгу", "reinforcement",  # 12
      date="В апреле 1670 года", place="Волга", actors=[("Разин", "agent")])
event("взял", "В апреле 1670 года Разин снова выступил на Волгу и взял Царицын", "capture",  # 13
      date="В апреле 1670 года", place="Царицын", actors=[("Разин", "agent")])
event("утоплен", "где воевода Тургенев был утоплен", "execution",  # 14
      date="В апреле 1670 года", place="Царицын", actors=[("воевода Тургенев", "target")])
event("разбили", "Вскоре повстанцы наголову разбили около тысячи стрельцов И. Лопатина, плывших вниз по "  # 15
      "реке", "battle", date="Вскоре", place="Волга",
      actors=[("повстанцы", "agent"), ("стрельцов И. Лопатина", "target")],
      quantities=[qty("около тысячи стрельцов", "participants", 1000, approximate=True)],
      note="the river is the Volga named in the sentence before")
event("перешли на сторону", "Под Чёрным Яром стрельцы князя С. Львова перешли на сторону восставших",  # 16
      "mutiny", date={"edtf": "1670-05/1670-06"}, place="Чёрный Яр",
      actors=[("стрельцы князя С. Львова", "agent")],
      note="between the defeat of Lopatin and the storming of Astrakhan")
event("взял", "22 июня 1670 года Разин штурмом взял Астрахань", "capture",  # 17
      date="22 июня 1670 года", place="Астрахань", actors=[("Разин", "agent")])
event("сбросили", "через два дня Прозоровского сбросили с раската", "execution",  # 18
      date="через два дня", place="Астрахань", actors=[("Прозоровского", "target")])
event("Оставив", "Оставив в городе атамана Василия Уса, Разин в июле двинулся вверх по Волге",  # 19
      "political_activity", date="в июле", place="Астрахань",
      actors=[("Разин", "agent"), ("атамана Василия Уса", "participant")],
      note="Vasily Us left in charge of Astrakhan: an appointment")
event("двинулся", "Разин в июле двинулся вверх по Волге", "reinforcement",  # 20
      date="в июле", place="Волга", actors=[("Разин", "agent")])
event("сдались", "В середине августа без боя сдались Саратов и Самара", "capture",  # 21
      date="В середине августа", place="Саратов", note="the towns gave themselves up to the rebels")
event("сдались", "В середине августа без боя сдались Саратов и Самара", "capture",  # 22
      date="В середине августа", place="Самара", note="the towns gave themselves up to the rebels")
event("подошло", "4 сентября повстанческое войско, насчитывавшее около 20 тыс. человек, подошло к Симбирску",  # 23
      "reinforcement", date="4 сентября", place="Симбирск", actors=[("повстанческое войско", "agent")],
      quantities=[qty("около 20 тыс. человек", "participants", 20000, approximate=True)])
event("осадило", "4 сентября повстанческое войско, насчитывавшее около 20 тыс. человек, подошло к Симбирску "  # 24
      "и осадило кремль, который оборонял окольничий И. Милославский", "siege",
      date="4 сентября", place="Симбирск",
      actors=[("повстанческое войско", "agent"), ("окольничий И. Милославский", "target")],
      quantities=[qty("около 20 тыс. человек", "participants", 20000, approximate=True)])
event("восстание", "Тем временем восстание охватило Поволжье", "uprising",  # 25
      date="Тем временем", place="Поволжье")
RISINGS = ("Тем временем восстание охватило Поволжье: поднимались крестьяне и мордва у Алатыря, Пензы, "
           "Саранска, Темникова и Козьмодемьянска")
for town in ["Алатырь", "Пенза", "Саранск", "Темников", "Козьмодемьянск"]:  # 26-30
    event("поднимались", RISINGS, "uprising", date="Тем временем", place=town,
          actors=[("крестьяне", "agent"), ("мордва", "agent")])
event("подошли", "В начале октября к Симбирску подошли полки князя Ю. Барятинского", "reinforcement",  # 31
      date="В начале октября", place="Симбирск", actors=[("полки князя Ю. Барятинского", "agent")])
event("бою", "4 октября в бою на Свияге Разин был тяжело ранен", "battle",  # 32
      date="4 октября", place="Свияга", actors=[("Разин", "participant")],
      note="fought at Simbirsk; Razin wounded")
event("бежал", "Разин был тяжело ранен и той же ночью бежал на стругах вниз по Волге, бросив большую часть "  # 33
      "своих людей", "retreat", date="той же ночью", place="Волга", actors=[("Разин", "agent")])
event("подавили", "Каратели князя Ю. Долгорукова, стоявшего в Арзамасе, к зиме подавили восстание",  # 34
      "suppression", date="к зиме", place="Арзамас", actors=[("Каратели князя Ю. Долгорукова", "agent")],
      note="Dolgorukov's headquarters; the rising put down was the one across the Volga region")
event("казнено", "по некоторым данным, только в Арзамасе было казнено до 11 тыс. человек", "execution",  # 35
      date="к зиме", place="Арзамас", assertion="reported",
      quantities=[qty("до 11 тыс. человек", "fatalities", 11000, max=11000, approximate=True)])
KAGALNIK = ("14 апреля 1671 года домовитые казаки во главе с войсковым атаманом Корнилой Яковлевым сожгли "
            "Кагальник и схватили Разина вместе с его братом Фролом")
event("сожгли", KAGALNIK, "looting", date="14 апреля 1671 года", place="Кагальник",  # 36
      actors=[("домовитые казаки", "agent")], note="the destruction of the rebel stronghold")
event("схватили", KAGALNIK, "arrest", date="14 апреля 1671 года", place="Кагальник",  # 37
      actors=[("домовитые казаки", "agent"), ("Разина", "target"), ("Фролом", "target")])
event("четвертовали", "а через четыре дня Степана Разина четвертовали при огромном стечении народа",  # 38
      "execution", date="через четыре дня", place="Москва", actors=[("Степана Разина", "target")])
event("вступили", "Астрахань продержалась до конца ноября 1671 года, когда в неё вступили войска Милославского",  # 39
      "recapture", date="до конца ноября 1671 года", place="Астрахань",
      actors=[("войска Милославского", "agent")])
