"""Gold spec for bench/heldout/irish_rebellion_1798.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/irish_rebellion_1798.txt"

gazetteer({
    "Ирландия": ("polity", 53.4, -7.9, None),
    "Белфаст": ("settlement", 54.6, -5.93, "Q10686"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "залив Бантри": ("sea", 51.65, -9.65, None),
    "Дублин": ("settlement", 53.35, -6.26, "Q1761"),
    "Лейнстер": ("region", 53.0, -6.9, None),
    "Килдэр": ("region", 53.16, -6.91, None),
    "Мит": ("region", 53.6, -6.65, None),
    "Нейс": ("settlement", 53.22, -6.67, None),
    "Карлоу": ("settlement", 52.84, -6.93, None),
    "Данлавин": ("settlement", 53.06, -6.7, None),
    "графство Уэксфорд": ("region", 52.5, -6.6, None),
    "Булавог": ("settlement", 52.56, -6.43, None),
    "холм Уларт": ("mountain", 52.5, -6.39, None),
    "Эннискорти": ("settlement", 52.5, -6.56, None),
    "Уэксфорд": ("settlement", 52.34, -6.46, None),
    "Нью-Росс": ("settlement", 52.4, -6.94, None),
    "Скаллабог": ("settlement", 52.36, -6.82, None),
    "Арклоу": ("settlement", 52.8, -6.16, None),
    "графство Антрим": ("region", 54.85, -6.2, None),
    "Антрим": ("settlement", 54.72, -6.21, None),
    "Баллинахинч": ("settlement", 54.4, -5.9, None),
    "Даун": ("region", 54.35, -5.9, None),
    "Винегар-Хилл": ("mountain", 52.505, -6.553, None),
    "Туллоу": ("settlement", 52.8, -6.74, None),
    "Киллала": ("settlement", 54.21, -9.22, None),
    "Мейо": ("region", 53.9, -9.3, None),
    "Баллина": ("settlement", 54.12, -9.16, None),
    "Каслбар": ("settlement", 53.86, -9.3, None),
    "Республика Коннахт": ("polity", 53.86, -9.3, None),
    "Баллинамак": ("settlement", 53.87, -7.71, None),
    "остров Тори": ("region", 55.26, -8.23, None),
    "Соединённое королевство": ("polity", 51.5, -0.12, None),
})

# ---- dates, in reading order (the text states once that its dates are Gregorian)
date("1798 года", "1798", "year")
date("в октябре 1791 года", "1791-10", "month")
date("в декабре 1796 г.", "1796-12", "month")
date("12 марта 1798 года", "1798-03-12", "day")
date("30 марта", "1798-03-30", "day", derivation="anchored")
date("19 мая", "1798-05-19", "day", derivation="anchored")
date("в ночь на 24 мая", "1798-05-23/1798-05-24", "day", derivation="anchored")
date("утром 24 мая", "1798-05-24", "day", derivation="anchored")
date("25 мая", "1798-05-25", "day", derivation="anchored")
date("Тогда же", "1798-05-24/1798-05-25", "interval", kind="vague", derivation="anchored",
     note="'at the same time' as the attacks of 24-25 May")
date("26 мая", "1798-05-26", "day", derivation="anchored")
date("на следующий день", "1798-05-27", "day", derivation="computed", note="26 May + 1 day")
date("28 мая", "1798-05-28", "day", derivation="anchored")
date("30 мая", "1798-05-30", "day", derivation="anchored")
date("5 июня", "1798-06-05", "day", derivation="anchored")
date("около двенадцати часов", None, None, kind="duration", duration="PT12H", note="approximate")
date("В тот же день", "1798-06-05", "day", derivation="anchored")
date("9 июня", "1798-06-09", "day", derivation="anchored")
date("7 июня", "1798-06-07", "day", derivation="anchored")
date("13 июня", "1798-06-13", "day", derivation="anchored")
date("20 июня", "1798-06-20", "day", derivation="anchored")
date("в тот же день", "1798-06-20", "day", derivation="anchored")
date("21 июня", "1798-06-21", "day", derivation="anchored")
date("В тот же день", "1798-06-21", "day", derivation="anchored")
date("28 июня", "1798-06-28", "day", derivation="anchored")
date("2 июля", "1798-07-02", "day", derivation="anchored")
date("17 июля", "1798-07-17", "day", derivation="anchored")
date("В июле", "1798-07", "month", derivation="anchored")
date("22 августа", "1798-08-22", "day", derivation="anchored")
date("через два дня", "1798-08-24", "day", derivation="computed", note="22 August + 2 days")
date("27 августа", "1798-08-27", "day", derivation="anchored")
date("Вскоре", "1798-08-27/1798-09-08", "interval", kind="vague", derivation="anchored",
     note="soon after 27 August, before the surrender of 8 September")
date("8 сентября", "1798-09-08", "day", derivation="anchored")
date("23 сентября", "1798-09-23", "day", derivation="anchored")
date("12 октября", "1798-10-12", "day", derivation="anchored")
date("вскоре", "1798-10-12/1798-12-31", "interval", kind="vague", derivation="anchored",
     note="soon after 12 October; no end is given")
date("В 1800 году", "1800", "year")
date("с 1 января 1801 года", "1801-01-01", "day")

# ---- places, in reading order
for quote, name in [
    ("Ирландии", "Ирландия"), ("Белфасте", "Белфаст"), ("Францию", "Франция"),
    ("заливу Бантри", "залив Бантри"),
    ("Дублине", "Дублин"), ("Лейнстерской", "Лейнстер"),
    ("Килдэр", None), ("Мит", None), ("Дублине", "Дублин"), ("Нейс", None), ("Карлоу", None),
    ("Карлоу", None), ("Данлавина", "Данлавин"),
    ("Уэксфорд", "графство Уэксфорд"), ("Булавоге", "Булавог"), ("холма Уларт", "холм Уларт"),
    ("Эннискорти", None), ("Уэксфорд", None), ("Нью-Росс", None), ("Скаллабоге", "Скаллабог"),
    ("Арклоу", None),
    ("Антрим", "графство Антрим"), ("Антрим", None), ("Баллинахинча", "Баллинахинч"), ("Даун", None),
    ("Дублин", None), ("Уэксфорде", "Уэксфорд"), ("Винегар-Хилл", None), ("Уэксфорд", None),
    ("Туллоу", None), ("Белфасте", "Белфаст"),
    ("Киллалы", "Киллала"), ("Мейо", None), ("Киллалу", "Киллала"), ("Баллину", "Баллина"),
    ("Каслбара", "Каслбар"), ("каслбарскими", "Каслбар"), ("Республику Коннахт", "Республика Коннахт"),
    ("Баллинамака", "Баллинамак"), ("Киллалу", "Киллала"),
    ("острова Тори", "остров Тори"), ("дублинской", "Дублин"), ("Ирландия", None),
    ("Соединённое королевство", None),
]:
    place(quote, name)

# ---- events
event("Восстание", "Восстание 1798 года в Ирландии готовило Общество объединённых ирландцев", "uprising",  # 0
      date="1798 года", place="Ирландия")
event("основанное", "Общество объединённых ирландцев, основанное Вольфом Тоном в Белфасте в октябре "  # 1
      "1791 года", "founding", date="в октябре 1791 года", place="Белфаст",
      actors=[("Общество объединённых ирландцев", "participant"), ("Вольфом Тоном", "agent")])
event("подошедшая", "в декабре 1796 г. французская эскадра, подошедшая к заливу Бантри", "reinforcement",  # 2
      date="в декабре 1796 г.", place="залив Бантри", actors=[("французская эскадра", "agent")])
event("высадила десант", "в декабре 1796 г. французская эскадра, подошедшая к заливу Бантри, из-за штормов "  # 3
      "так и не высадила десант", "reinforcement", date="в декабре 1796 г.", place="залив Бантри",
      assertion="negated", actors=[("французская эскадра", "agent")])
event("арестованы", "12 марта 1798 года в Дублине были арестованы члены Лейнстерской директории",  # 4
      "arrest", date="12 марта 1798 года", place="Дублин",
      actors=[("члены Лейнстерской директории", "target")])
event("ввели военное положение", "30 марта в стране ввели военное положение", "decree",  # 5
      date="30 марта", place="Ирландия", note="country-wide: 'в стране'")
event("схватили", "19 мая схватили лорда Эдварда Фицджеральда", "arrest",  # 6
      date="19 мая", place="Дублин", actors=[("лорда Эдварда Фицджеральда", "target")],
      note="the sentence opens with Dublin; he was taken in Dublin")
event("пытали", "Солдаты и ополченцы пытали подозреваемых и жгли их дома", "attack_on_civilians",  # 7
      date={"edtf": "1798-03/1798-05"}, place="Ирландия",
      actors=[("Солдаты", "agent"), ("ополченцы", "agent"), ("подозреваемых", "target")],
      note="country-wide repression between March and the rising")
event("жгли", "Солдаты и ополченцы пытали подозреваемых и жгли их дома", "looting",  # 8
      date={"edtf": "1798-03/1798-05"}, place="Ирландия",
      actors=[("Солдаты", "agent"), ("ополченцы", "agent")])
event("Восстание", "Восстание началось в ночь на 24 мая в графствах Килдэр и Мит", "uprising",  # 9
      date="в ночь на 24 мая", place="Килдэр")
event("Восстание", "Восстание началось в ночь на 24 мая в графствах Килдэр и Мит", "uprising",  # 10
      date="в ночь на 24 мая", place="Мит")
event("выступления", "в самом Дублине, где заговор был раскрыт, выступления так и не произошло", "uprising",  # 11
      date="в ночь на 24 мая", place="Дублин", assertion="negated")
event("Атаки", "Атаки повстанцев на Нейс утром 24 мая и на Карлоу 25 мая были отбиты", "attack",  # 12
      date="утром 24 мая", place="Нейс", assertion="failed", actors=[("повстанцев", "agent")])
event("Атаки", "Атаки повстанцев на Нейс утром 24 мая и на Карлоу 25 мая были отбиты", "attack",  # 13
      date="25 мая", place="Карлоу", assertion="failed", actors=[("повстанцев", "agent")])
event("погибли", "в Карлоу погибли, по разным оценкам, от 400 до 600 человек", "attack",  # 14
      date="25 мая", place="Карлоу", same_as=13,
      quantities=[qty("от 400 до 600 человек", "fatalities", None, min=400, max=600, approximate=True)],
      note="the attack is asserted as repulsed; only the death toll is attributed to estimates")
event("расстреляли", "Тогда же у Данлавина солдаты расстреляли 36 арестованных", "execution",  # 15
      date="Тогда же", place="Данлавин", actors=[("солдаты", "agent"), ("36 арестованных", "target")],
      quantities=[qty("36", "fatalities", 36)])
event("восстание", "26 мая в Булавоге восстание поднял священник Джон Мёрфи", "uprising",  # 16
      date="26 мая", place="Булавог", actors=[("священник Джон Мёрфи", "agent")])
event("уничтожили", "на следующий день у холма Уларт повстанцы уничтожили отряд милиции, убив более 100 "  # 17
      "солдат", "battle", date="на следующий день", place="холм Уларт",
      actors=[("повстанцы", "agent"), ("отряд милиции", "target")],
      quantities=[qty("более 100 солдат", "fatalities", 100, min=100, approximate=True)])
event("взяли", "28 мая они взяли Эннискорти", "capture", date="28 мая", place="Эннискорти")  # 18
event("бросил", "30 мая гарнизон бросил Уэксфорд", "retreat", date="30 мая", place="Уэксфорд",  # 19
      actors=[("гарнизон", "agent")])
event("заняли", "30 мая гарнизон бросил Уэксфорд, и город заняли повстанцы", "capture",  # 20
      date="30 мая", place="Уэксфорд", actors=[("повстанцы", "agent")])
event("штурмовали", "5 июня около 10 тыс. повстанцев Бейгнела Харви штурмовали Нью-Росс", "attack",  # 21
      date="5 июня", place="Нью-Росс", actors=[("повстанцев Бейгнела Харви", "agent")],
      quantities=[qty("около 10 тыс. повстанцев", "participants", 10000, approximate=True)])
event("бой", "бой длился около двенадцати часов, атакующие отступили, потеряв более 2 тыс. убитыми",  # 22
      "battle", date="5 июня", place="Нью-Росс", assertion="failed", same_as=21,
      quantities=[qty("более 2 тыс. убитыми", "fatalities", 2000, min=2000, approximate=True)],
      note="the assault failed: the attackers withdrew")
event("отступили", "атакующие отступили", "retreat", date="5 июня", place="Нью-Росс",  # 23
      actors=[("атакующие", "agent")])
event("подожгли", "В тот же день в Скаллабоге повстанцы заперли пленных лоялистов в амбаре и подожгли его: "  # 24
      "погибли от 100 до 200 человек", "massacre", date="В тот же день", place="Скаллабог",
      actors=[("повстанцы", "agent"), ("пленных лоялистов", "target")],
      quantities=[qty("от 100 до 200 человек", "fatalities", None, min=100, max=200, approximate=True)])
event("атака", "9 июня провалилась атака на Арклоу", "attack", date="9 июня", place="Арклоу",  # 25
      assertion="failed")
event("поднял восстание", "7 июня Генри Джой Маккракен поднял восстание в графстве Антрим", "uprising",  # 26
      date="7 июня", place="графство Антрим", actors=[("Генри Джой Маккракен", "agent")])
event("отбит", "но был отбит от города Антрим", "attack", date="7 июня", place="Антрим",  # 27
      assertion="failed", actors=[("Генри Джой Маккракен", "agent")], note="McCracken's attack on the town, repulsed")
event("разгромили", "13 июня у Баллинахинча разгромили повстанцев графства Даун", "battle",  # 28
      date="13 июня", place="Баллинахинч", actors=[("повстанцев графства Даун", "target")])
event("прибыл", "20 июня в Дублин прибыл новый лорд-наместник Корнуоллис", "political_activity",  # 29
      date="20 июня", place="Дублин", actors=[("новый лорд-наместник Корнуоллис", "participant")],
      note="a new lord lieutenant takes office")
event("перебили", "в Уэксфорде повстанцы в тот же день перебили на мосту около 100 пленных", "massacre",  # 30
      date="в тот же день", place="Уэксфорд",
      actors=[("повстанцы", "agent"), ("около 100 пленных", "target")],
      quantities=[qty("около 100 пленных", "fatalities", 100, approximate=True)])
event("атаковал", "21 июня генерал Лейк с 13 тыс. солдат атаковал лагерь на Винегар-Хилл, где собралось "  # 31
      "до 20 тыс. восставших", "attack", date="21 июня", place="Винегар-Хилл",
      actors=[("генерал Лейк", "agent"), ("лагерь на Винегар-Хилл", "target")],
      quantities=[qty("13 тыс. солдат", "participants", 13000),
                  qty("до 20 тыс. восставших", "participants", 20000, max=20000, approximate=True)])
event("пал", "Лагерь пал", "capture", date="21 июня", place="Винегар-Хилл")  # 32
event("прорвалось", "большинство его защитников прорвалось на юг", "retreat",  # 33
      date="21 июня", place="Винегар-Хилл", actors=[("большинство его защитников", "agent")])
event("вступили", "В тот же день войска вступили в Уэксфорд", "recapture",  # 34
      date="В тот же день", place="Уэксфорд", actors=[("войска", "agent")])
event("повесили", "28 июня там повесили Харви", "execution", date="28 июня", place="Уэксфорд",  # 35
      actors=[("Харви", "target")], note="'там' = Wexford")
event("казнили", "2 июля в Туллоу казнили Мёрфи", "execution", date="2 июля", place="Туллоу",  # 36
      actors=[("Мёрфи", "target")])
event("казнили", "2 июля в Туллоу казнили Мёрфи, 17 июля в Белфасте — Маккракена", "execution",  # 37
      date="17 июля", place="Белфаст", actors=[("Маккракена", "target")])
event("объявил амнистию", "В июле Корнуоллис объявил амнистию рядовым повстанцам, сдавшим оружие",  # 38
      "amnesty", date="В июле", place="Ирландия",
      actors=[("Корнуоллис", "agent"), ("рядовым повстанцам", "target")], note="country-wide")
event("высадились", "22 августа у Киллалы в графстве Мейо высадились около 1100 французов генерала Юмбера",  # 39
      "reinforcement", date="22 августа", place="Киллала",
      actors=[("французов генерала Юмбера", "agent")],
      quantities=[qty("около 1100 французов", "participants", 1100, approximate=True)])
event("Заняв", "Заняв Киллалу", "capture", date="22 августа", place="Киллала")  # 40
event("Заняв", "Заняв Киллалу, а через два дня Баллину", "capture", date="через два дня",  # 41
      place="Баллина")
event("разгромили", "они вместе с ирландцами 27 августа разгромили войска Лейка у Каслбара", "battle",  # 42
      date="27 августа", place="Каслбар",
      actors=[("ирландцами", "agent"), ("войска Лейка", "target")])
event("отступление", "поспешное отступление англичан прозвали «каслбарскими скачками»", "retreat",  # 43
      date="27 августа", place="Каслбар", actors=[("англичан", "agent")])
event("провозгласили", "Вскоре там провозгласили Республику Коннахт", "founding",  # 44
      date="Вскоре", place="Республика Коннахт", note="proclaimed at Castlebar ('там')")
event("стянул", "Против Юмбера Корнуоллис стянул около 26 тыс. человек", "reinforcement",  # 45
      date={"edtf": "1798-08-27/1798-09-08"}, actors=[("Корнуоллис", "agent")],
      quantities=[qty("около 26 тыс. человек", "participants", 26000, approximate=True)],
      note="between Castlebar and Ballinamuck")
event("боя", "8 сентября у Баллинамака после короткого боя французы сложили оружие", "battle",  # 46
      date="8 сентября", place="Баллинамак", actors=[("французы", "participant")],
      quantities=[qty("Около 850", "prisoners", 850, approximate=True)],
      note="the French surrendered; the prisoner count is in the next sentence")
event("перебили", "а около 500 ирландцев перебили на месте", "massacre",  # 47
      date="8 сентября", place="Баллинамак", actors=[("ирландцев", "target")],
      quantities=[qty("около 500 ирландцев", "fatalities", 500, approximate=True)])
event("отбили", "23 сентября войска отбили Киллалу", "recapture", date="23 сентября",  # 48
      place="Киллала", actors=[("войска", "agent")])
event("разгромила", "12 октября у острова Тори английская эскадра разгромила новую французскую "  # 49
      "экспедицию", "battle", date="12 октября", place="остров Тори",
      actors=[("английская эскадра", "agent"), ("новую французскую экспедицию", "target")])
event("среди пленных оказался", "среди пленных оказался Тон", "arrest", date="12 октября",  # 50
      place="остров Тори", actors=[("Тон", "target")])
event("Восстание", "Восстание унесло, по разным оценкам, от 10 до 30 тыс. жизней", "uprising",  # 51
      date="1798 года", place="Ирландия", same_as=0,
      quantities=[qty("от 10 до 30 тыс. жизней", "fatalities", None, min=10000, max=30000,
                      approximate=True)],
      note="the rising is asserted; only the death toll is attributed to estimates")
event("принят", "В 1800 году был принят Акт об унии", "decree", date="В 1800 году")  # 52
event("вошла", "с 1 января 1801 года Ирландия вошла в Соединённое королевство", "accession",  # 53
      date="с 1 января 1801 года", place="Ирландия",
      actors=[("Ирландия", "agent"), ("Соединённое королевство", "participant")])
