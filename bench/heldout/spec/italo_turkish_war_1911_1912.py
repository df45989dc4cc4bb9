"""Gold spec for bench/heldout/italo_turkish_war_1911_1912.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/italo_turkish_war_1911_1912.txt"

gazetteer({
    "Северная Африка": ("region", 28.0, 10.0, None),
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Триполитания": ("region", 31.5, 13.5, None),
    "Киренаика": ("region", 31.0, 22.0, None),
    "Италия": ("polity", 41.9, 12.5, "Q38"),
    "Турция": ("polity", 41.01, 28.98, None),
    "Триполи": ("settlement", 32.89, 13.19, "Q3579"),
    "Тобрук": ("settlement", 32.08, 23.96, None),
    "Дерна": ("settlement", 32.77, 22.64, None),
    "Бенгази": ("settlement", 32.12, 20.07, None),
    "Хомс": ("settlement", 32.65, 14.26, None, "Эль-Хумс"),
    "Шара-Шатт": ("settlement", 32.9, 13.22, None),
    "Айн-Зара": ("settlement", 32.8, 13.26, None),
    "Египет": ("polity", 30.04, 31.24, "Q79"),
    "Африка": ("region", 5.0, 20.0, "Q15"),
    "Бейрут": ("settlement", 33.89, 35.5, "Q3820"),
    "Дарданеллы": ("sea", 40.2, 26.4, None),
    "Чанак": ("settlement", 40.15, 26.41, None, "Чанаккале"),
    "Родос": ("region", 36.2, 28.0, None),
    "Псинтос": ("settlement", 36.33, 28.08, None),
    "Додеканес": ("region", 36.6, 27.3, None),
    "Швейцария": ("polity", 46.95, 7.45, "Q39"),
    "Черногория": ("polity", 42.39, 18.92, "Q236"),
    "Балканы": ("region", 42.5, 23.0, None),
    "Стамбул": ("settlement", 41.01, 28.98, "Q406"),
    "Уши": ("settlement", 46.51, 6.63, None),
    "Лозанна": ("settlement", 46.52, 6.63, "Q807"),
})

# ---- dates, in reading order (Gregorian, stated once in the text)
date("1911–1912 гг.", "1911/1912", "interval")
date("28 сентября 1911 года", "1911-09-28", "day")
date("в течение суток", None, None, kind="duration", duration="P1D")
date("на следующий день", "1911-09-29", "day", derivation="computed", note="28 September + 1 day")
date("3 октября", "1911-10-03", "day", derivation="anchored")
date("4 октября", "1911-10-04", "day", derivation="anchored")
date("5 октября", "1911-10-05", "day", derivation="anchored")
date("С 11 октября", "1911-10-11", "day", derivation="anchored", note="start of a process that goes on")
date("18 октября", "1911-10-18", "day", derivation="anchored")
date("20 октября", "1911-10-20", "day", derivation="anchored")
date("на следующий день", "1911-10-21", "day", derivation="computed", note="20 October + 1 day")
date("23 октября", "1911-10-23", "day", derivation="anchored")
date("в течение трёх дней", None, None, kind="duration", duration="P3D")
date("1 ноября", "1911-11-01", "day", derivation="anchored")
date("5 ноября", "1911-11-05", "day", derivation="anchored")
date("4 декабря", "1911-12-04", "day", derivation="anchored")
date("22 декабря", "1911-12-22", "day", derivation="anchored")
date("24 февраля 1912 года", "1912-02-24", "day")
date("18 апреля", "1912-04-18", "day", derivation="anchored")
date("В ночь на 19 июля", "1912-07-18/1912-07-19", "day", derivation="anchored")
date("4 мая", "1912-05-04", "day", derivation="anchored")
date("вскоре", "1912-05-04/1912-05-17", "interval", kind="vague", derivation="anchored",
     note="soon after the landing of 4 May, before the battle of 17 May")
date("17 мая", "1912-05-17", "day", derivation="anchored")
date("В течение мая", "1912-05", "month", derivation="anchored")
date("Летом", "1912-22", "season", derivation="anchored")
date("8 октября", "1912-10-08", "day", derivation="anchored")
date("18 октября 1912 года", "1912-10-18", "day")
date("почти двадцать лет", None, None, kind="duration", duration="P20Y", note="approximate: almost twenty years")

# ---- places, in reading order
for quote, name in [
    ("Северной Африки", "Северная Африка"), ("Османской империи", "Османская империя"),
    ("Триполитании", "Триполитания"), ("Киренаики", "Киренаика"), ("Италия", "Италия"),
    ("Турции", "Турция"),
    ("Триполи", "Триполи"), ("Тобрук", "Тобрук"), ("Триполитании", "Триполитания"),
    ("Триполи", "Триполи"), ("Дерны", "Дерна"), ("Бенгази", "Бенгази"), ("Хомс", "Хомс"),
    ("Шара-Шатта", "Шара-Шатт"), ("Триполи", "Триполи"), ("Италии", "Италия"),
    ("Айн-Зары", "Айн-Зара"), ("Триполитанию", "Триполитания"), ("Киренаику", "Киренаика"),
    ("Италии", "Италия"), ("Айн-Зару", "Айн-Зара"),
    ("Киренаику", "Киренаика"), ("Египет", "Египет"), ("Тобруком", "Тобрук"),
    ("Африке", "Африка"), ("Италия", "Италия"), ("Бейрута", "Бейрут"), ("Дарданелл", "Дарданеллы"),
    ("Чанака", "Чанак"),
    ("Родосе", "Родос"), ("Псинтос", "Псинтос"), ("Родоса", "Родос"), ("Додеканеса", "Додеканес"),
    ("Швейцарии", "Швейцария"), ("Турции", "Турция"), ("Черногория", "Черногория"),
    ("Балканах", "Балканы"), ("Стамбулу", "Стамбул"), ("Уши", "Уши"), ("Лозанной", "Лозанна"),
    ("Италия", "Италия"), ("Додеканес", "Додеканес"), ("Турции", "Турция"), ("Киренаики", "Киренаика"),
]:
    place(quote, name)

# ---- events
event("предъявило", "28 сентября 1911 года итальянское правительство предъявило Османской империи ультиматум",  # 0
      "political_activity", date="28 сентября 1911 года",
      actors=[("итальянское правительство", "agent"), ("Османской империи", "target")],
      note="an ultimatum")
event("объявила", "на следующий день Италия объявила Турции войну", "political_activity",  # 1
      date="на следующий день", actors=[("Италия", "agent"), ("Турции", "target")],
      note="declaration of war")
event("обстрел", "3 октября итальянская эскадра начала обстрел береговых фортов Триполи", "bombardment",  # 2
      date="3 октября", place="Триполи",
      actors=[("итальянская эскадра", "agent"), ("береговых фортов Триполи", "target")])
event("занял", "4 октября десант моряков занял Тобрук", "capture", date="4 октября", place="Тобрук",  # 3
      actors=[("десант моряков", "agent")])
event("отступил", "Османский гарнизон Триполитании, 4–5 тыс. солдат, отступил от побережья вглубь страны",  # 4
      "retreat", date={"edtf": "1911-10-03/1911-10-05"}, place="Триполитания",
      actors=[("Османский гарнизон Триполитании", "agent")],
      quantities=[qty("4–5 тыс. солдат", "participants", None, min=4000, max=5000)],
      note="between the bombardment of 3 October and the entry of 5 October")
event("вошли", "5 октября около 1700 матросов без боя вошли в Триполи", "occupation",  # 5
      date="5 октября", place="Триполи", actors=[("матросов", "agent")],
      quantities=[qty("около 1700 матросов", "participants", 1700, approximate=True)])
event("высаживался", "С 11 октября там высаживался экспедиционный корпус генерала Карло Каневы — около 20 тыс. человек",  # 6
      "reinforcement", date="С 11 октября", place="Триполи",
      actors=[("экспедиционный корпус генерала Карло Каневы", "agent")],
      quantities=[qty("около 20 тыс. человек", "participants", 20000, approximate=True)])
event("высадились", "18 октября войска высадились у Дерны", "reinforcement", date="18 октября",  # 7
      place="Дерна", actors=[("войска", "agent")], note="a landing")
event("боёв", "20 октября после упорных боёв взяли Бенгази", "battle", date="20 октября",  # 8
      place="Бенгази")
event("взяли", "20 октября после упорных боёв взяли Бенгази", "capture", date="20 октября",  # 9
      place="Бенгази")
event("взяли", "20 октября после упорных боёв взяли Бенгази, а на следующий день — Хомс", "capture",  # 10
      date="на следующий день", place="Хомс")
event("атаковали", "23 октября османские части и арабские ополченцы внезапно атаковали позиции берсальеров "  # 11
      "у Шара-Шатта", "attack", date="23 октября", place="Шара-Шатт",
      actors=[("османские части", "agent"), ("арабские ополченцы", "agent"), ("берсальеров", "target")])
event("потеряли", "Итальянцы потеряли убитыми около 500 человек", "attack", date="23 октября",  # 12
      place="Шара-Шатт", same_as=11, actors=[("Итальянцы", "target")],
      quantities=[qty("около 500 человек", "fatalities", 500, approximate=True)])
event("расстреливали", "в течение трёх дней солдаты прочёсывали оазис и расстреливали жителей без суда",  # 13
      "massacre", date={"edtf": "1911-10-23/1911-10-26"}, place="Триполи",
      actors=[("солдаты", "agent"), ("жителей", "target")],
      note="reprisals in the Tripoli oasis; 23 October + three days")
event("погибли", "По разным оценкам, погибли от 1 до 4 тыс. арабов", "massacre",  # 14
      date={"edtf": "1911-10-23/1911-10-26"}, place="Триполи", same_as=13, actors=[("арабов", "target")],
      quantities=[qty("от 1 до 4 тыс. арабов", "fatalities", None, min=1000, max=4000, approximate=True)],
      note="the killings are asserted; only the count is attributed to estimates")
event("высланы", "более 3 тыс. человек были высланы на острова у побережья Италии", "deportation",  # 15
      date={"edtf": "1911-10/1911-11"}, place="Италия",
      quantities=[qty("более 3 тыс. человек", "displaced", 3000, min=3000, approximate=True)],
      note="place is the destination, the only place the clause names; deported from the Tripoli oasis "
           "after the reprisals")
event("сбросил", "1 ноября лейтенант Джулио Гавотти сбросил с аэроплана несколько гранат на турецкий лагерь "  # 16
      "у Айн-Зары", "bombardment", date="1 ноября", place="Айн-Зара",
      actors=[("лейтенант Джулио Гавотти", "agent"), ("турецкий лагерь", "target")],
      note="the first aerial bombing")
event("объявил", "5 ноября королевский декрет объявил Триполитанию и Киренаику владениями Италии",  # 17
      "annexation", date="5 ноября", place="Триполитания")
event("объявил", "5 ноября королевский декрет объявил Триполитанию и Киренаику владениями Италии",  # 18
      "annexation", date="5 ноября", place="Киренаика")
event("заняли", "Айн-Зару итальянцы заняли только 4 декабря", "capture", date="4 декабря",  # 19
      place="Айн-Зара", actors=[("итальянцы", "agent")])
event("пробравшиеся", "османские офицеры, тайно пробравшиеся в Киренаику через Египет", "reinforcement",  # 20
      date={"edtf": "1911-10/1911-12"}, place="Киренаика", actors=[("османские офицеры", "agent")],
      note="the text gives no date; autumn 1911")
event("партизанскую войну", "Опираясь на ополчения арабских и берберских племён и на братство Сенусия, "  # 21
      "они повели партизанскую войну", "battle", date={"edtf": "1911-10/1912-10"}, place="Киренаика",
      actors=[("ополчения арабских и берберских племён", "agent"), ("братство Сенусия", "agent")])
event("атаковал", "22 декабря отряд Кемаля атаковал итальянцев под Тобруком", "attack",  # 22
      date="22 декабря", place="Тобрук", actors=[("отряд Кемаля", "agent"), ("итальянцев", "target")])
event("потопили", "24 февраля 1912 года два крейсера потопили в гавани Бейрута турецкий броненосец и миноносец",  # 23
      "attack", date="24 февраля 1912 года", place="Бейрут",
      actors=[("два крейсера", "agent"), ("турецкий броненосец", "target"), ("миноносец", "target")])
event("попали", "снаряды попали и в жилые кварталы города", "bombardment", date="24 февраля 1912 года",  # 24
      place="Бейрут", actors=[("жилые кварталы города", "target")])
event("обстреляла", "18 апреля эскадра обстреляла внешние форты Дарданелл", "bombardment",  # 25
      date="18 апреля", place="Дарданеллы",
      actors=[("эскадра", "agent"), ("внешние форты Дарданелл", "target")])
event("закрыли", "турки закрыли пролив для торговых судов", "political_activity",  # 26
      date={"edtf": "1912-04-18/1912-04-30"}, place="Дарданеллы", actors=[("турки", "agent")],
      note="closure of the strait to shipping, right after the bombardment of 18 April")
event("попытались прорваться", "В ночь на 19 июля пять миноносцев капитана Энрико Милло попытались "  # 27
      "прорваться через пролив", "attack", date="В ночь на 19 июля", place="Дарданеллы",
      assertion="failed", actors=[("пять миноносцев капитана Энрико Милло", "agent")])
event("повернули назад", "но у Чанака повернули назад", "retreat", date="В ночь на 19 июля",  # 28
      place="Чанак")
event("высадился", "4 мая десант генерала Джованни Амельо высадился на Родосе", "reinforcement",  # 29
      date="4 мая", place="Родос", actors=[("десант генерала Джованни Амельо", "agent")],
      note="a landing")
event("занял", "4 мая десант генерала Джованни Амельо высадился на Родосе и вскоре занял главный город острова",  # 30
      "capture", date="вскоре", place="Родос", actors=[("десант генерала Джованни Амельо", "agent")],
      note="the town of Rhodes")
event("бою", "17 мая в бою у селения Псинтос были разбиты последние защитники Родоса", "battle",  # 31
      date="17 мая", place="Псинтос", actors=[("последние защитники Родоса", "target")],
      quantities=[qty("около 1 тыс. османских солдат", "prisoners", 1000, approximate=True)])
event("заняли", "В течение мая итальянцы заняли и остальные острова Додеканеса", "occupation",  # 32
      date="В течение мая", place="Додеканес", actors=[("итальянцы", "agent")])
event("переговоры", "Летом в Швейцарии открылись тайные переговоры", "negotiations",  # 33
      date="Летом", place="Швейцария")
event("объявила", "8 октября войну Турции объявила Черногория", "political_activity",  # 34
      date="8 октября", place="Черногория", actors=[("Черногория", "agent"), ("Турции", "target")],
      note="declaration of war")
event("подписан", "18 октября 1912 года в Уши под Лозанной был подписан мирный договор", "treaty",  # 35
      date="18 октября 1912 года", place="Уши")
event("даровал", "Султан особым фирманом даровал ливийцам автономию", "decree",  # 36
      date={"edtf": "1912-10"}, actors=[("Султан", "agent"), ("ливийцам", "participant")],
      note="the sultan's firman, issued with the peace; the text gives no day")
event("вернула", "Италия же обязалась вернуть Додеканес Турции, но так его и не вернула",  # 37
      "territorial_transfer", place="Додеканес", assertion="negated",
      actors=[("Италия", "agent"), ("Турции", "participant")])
event("борьбу", "Арабы Киренаики, поддержанные сенуситами, продолжали борьбу ещё почти двадцать лет",  # 38
      "battle", date={"edtf": "1912-10/1932"}, place="Киренаика", same_as=21,
      actors=[("Арабы Киренаики", "agent"), ("сенуситами", "agent")],
      note="the resistance went on for almost twenty years after the peace")
