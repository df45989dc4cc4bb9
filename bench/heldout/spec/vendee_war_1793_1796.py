"""Gold spec for bench/heldout/vendee_war_1793_1796.txt (hand-coded; build with bench/gold/build_gold.py).

The text states that its dates are Gregorian (not the French republican calendar), so they are taken
as written."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/vendee_war_1793_1796.txt"

gazetteer({
    "Вандея": ("region", 46.67, -1.43, None),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Анжу": ("region", 47.47, -0.55, None),
    "Пуату": ("region", 46.58, 0.34, None),
    "Машкуль": ("settlement", 46.99, -1.82, None),
    "Сен-Флоран-ле-Вьей": ("settlement", 47.36, -1.02, None),
    "Шемийе": ("settlement", 47.21, -0.73, None),
    "Пон-Шарро": ("settlement", 46.69, -1.05, None),
    "Туар": ("settlement", 46.98, -0.21, None),
    "Фонтене-ле-Конт": ("settlement", 46.47, -0.81, None),
    "Сомюр": ("settlement", 47.26, -0.08, None),
    "Нант": ("settlement", 47.22, -1.55, None),
    "Майнц": ("settlement", 50.0, 8.27, None),
    "Торфу": ("settlement", 47.04, -1.12, None),
    "Шоле": ("settlement", 47.06, -0.88, None),
    "Луара": ("river", 47.37, -1.0, None),
    "Гранвиль": ("settlement", 48.84, -1.6, None),
    "Анже": ("settlement", 47.47, -0.55, None),
    "Ле-Ман": ("settlement", 48.0, 0.2, None),
    "Савене": ("settlement", 47.36, -1.94, None),
    "Нуармутье": ("region", 47.0, -2.25, None),
    "Ле-Люк-сюр-Булонь": ("settlement", 46.84, -1.49, None),
    "Ла-Жоне": ("settlement", 47.2, -1.49, None),
    "Киберон": ("settlement", 47.48, -3.12, None),
    "Ла-Шаботри": ("settlement", 46.89, -1.44, None),
})

# ---- dates, in reading order
date("Весной 1793 года", "1793-21", "season")
date("от 24 февраля 1793 года", "1793-02-24", "day")
date("В начале марта", "1793-03-01/1793-03-10", "interval", derivation="anchored")
date("11 марта", "1793-03-11", "day", derivation="anchored")
date("в течение нескольких недель", None, None, kind="duration", note="unquantified: several weeks")
date("12 марта", "1793-03-12", "day", derivation="anchored")
date("через два дня", "1793-03-14", "day", derivation="computed", note="12 March + 2 days")
date("19 марта", "1793-03-19", "day", derivation="anchored")
date("Вскоре", "1793-03-19/1793-04-30", "interval", kind="vague", derivation="anchored",
     note="soon after 19 March")
date("5 мая", "1793-05-05", "day", derivation="anchored")
date("25 мая", "1793-05-25", "day", derivation="anchored")
date("9 июня", "1793-06-09", "day", derivation="anchored")
date("12 июня", "1793-06-12", "day", derivation="anchored")
date("29 июня", "1793-06-29", "day", derivation="anchored")
date("через две недели", "1793-07-13", "day", derivation="computed", note="29 June + 2 weeks")
date("1 августа", "1793-08-01", "day", derivation="anchored")
date("В начале сентября", "1793-09-01/1793-09-10", "interval", derivation="anchored")
date("19 сентября", "1793-09-19", "day", derivation="anchored")
date("17 октября", "1793-10-17", "day", derivation="anchored")
date("На следующий день", "1793-10-18", "day", derivation="computed", note="17 October + 1 day")
date("Тогда же", "1793-10-18", "day", kind="vague", derivation="anchored",
     note="at the same time as the pardon of 18 October")
date("14 ноября", "1793-11-14", "day", derivation="anchored")
date("на следующий день", "1793-11-15", "day", derivation="computed", note="14 November + 1 day")
date("3–4 декабря", "1793-12-03/1793-12-04", "interval", derivation="anchored")
date("12–13 декабря", "1793-12-12/1793-12-13", "interval", derivation="anchored")
date("23 декабря", "1793-12-23", "day", derivation="anchored")
date("С ноября 1793 по февраль 1794 года", "1793-11/1794-02", "interval")
date("6 января 1794 года", "1794-01-06", "day")
date("в конце месяца", "1794-01-21/1794-01-31", "interval", derivation="anchored")
date("С 21 января", "1794-01-21", "day", derivation="anchored", note="start of a process that goes on")
date("28 февраля", "1794-02-28", "day", derivation="anchored")
date("17 февраля 1795 года", "1795-02-17", "day")
date("2 мая", "1795-05-02", "day", derivation="anchored")
date("летом", "1795-22", "season", derivation="anchored")
date("осенью", "1795-23", "season", derivation="anchored")
date("В декабре", "1795-12", "month", derivation="anchored")
date("25 февраля 1796 года", "1796-02-25", "day")
date("23 марта", "1796-03-23", "day", derivation="anchored")
date("29 марта", "1796-03-29", "day", derivation="anchored")
date("Летом 1796 года", "1796-22", "season")

# ---- places, in reading order
for quote, name in [
    ("Вандее", "Вандея"), ("Франции", "Франция"), ("Анжу", None), ("Пуату", None), ("Машкуль", None),
    ("Сен-Флоран-ле-Вьея", "Сен-Флоран-ле-Вьей"), ("Шемийе", None), ("Пон-Шарро", None),
    ("Туар", None), ("Фонтене-ле-Конт", None), ("Сомюр", None), ("Нанта", "Нант"),
    ("Нант", None), ("Майнц", None), ("Торфу", None), ("Шоле", None),
    ("Сен-Флоран-ле-Вьее", "Сен-Флоран-ле-Вьей"), ("Луару", "Луара"),
    ("Гранвиль", None), ("Анже", None), ("Ле-Мане", "Ле-Ман"), ("Савене", None), ("Нанте", "Нант"),
    ("Луаре", "Луара"),
    ("Нуармутье", None), ("Вандею", "Вандея"), ("Ле-Люк-сюр-Булонь", None),
    ("Ла-Жоне", None), ("Кибероне", "Киберон"), ("Анже", None), ("Ла-Шаботри", None), ("Нанте", "Нант"),
]:
    place(quote, name)

# ---- events
event("восстание", "Весной 1793 года в Вандее и соседних департаментах на западе Франции вспыхнуло "  # 0
      "роялистское и католическое восстание", "uprising", date="Весной 1793 года", place="Вандея")
event("декрет", "декрет Конвента от 24 февраля 1793 года о наборе 300 тыс. рекрутов", "decree",  # 1
      date="от 24 февраля 1793 года", actors=[("Конвента", "agent")],
      note="the levy of 300,000 men; the figure is not an event quantity")
event("волнения", "В начале марта в деревнях Анжу и Пуату начались волнения против набора", "riot",  # 2
      date="В начале марта", place="Анжу")
event("волнения", "В начале марта в деревнях Анжу и Пуату начались волнения против набора", "riot",  # 3
      date="В начале марта", place="Пуату")
event("захватила", "11 марта толпа крестьян захватила Машкуль", "capture",  # 4
      date="11 марта", place="Машкуль", actors=[("толпа крестьян", "agent")])
event("перебиты", "где в течение нескольких недель были перебиты сотни республиканцев", "massacre",  # 5
      date={"edtf": "1793-03-11/1793-04"}, place="Машкуль", actors=[("республиканцев", "target")],
      quantities=[qty("сотни республиканцев", "fatalities", None, min=200, max=900, approximate=True)],
      note="over several weeks from the capture of 11 March")
event("восстали", "12 марта восстали жители Сен-Флоран-ле-Вьея", "uprising",  # 6
      date="12 марта", place="Сен-Флоран-ле-Вьей", actors=[("жители", "agent")])
event("взял", "через два дня отряд возчика Жака Кателино взял Шемийе", "capture",  # 7
      date="через два дня", place="Шемийе", actors=[("отряд возчика Жака Кателино", "agent")])
event("разгромили", "19 марта у Пон-Шарро повстанцы разгромили колонну генерала Марсе", "battle",  # 8
      date="19 марта", place="Пон-Шарро",
      actors=[("повстанцы", "agent"), ("колонну генерала Марсе", "target")])
event("объединились", "Вскоре разрозненные отряды объединились в Католическую и королевскую армию",  # 9
      "founding", date="Вскоре", actors=[("Католическую и королевскую армию", "participant")])
event("заняли", "5 мая вандейцы заняли Туар", "capture", date="5 мая", place="Туар",  # 10
      actors=[("вандейцы", "agent")])
event("вступили", "5 мая вандейцы заняли Туар, 25 мая вступили в Фонтене-ле-Конт", "capture",  # 11
      date="25 мая", place="Фонтене-ле-Конт", actors=[("вандейцы", "agent")])
event("боя", "9 июня после упорного боя пал Сомюр", "battle", date="9 июня", place="Сомюр")  # 12
event("пал", "9 июня после упорного боя пал Сомюр", "capture", date="9 июня", place="Сомюр",  # 13
      quantities=[qty("около 11 тыс. пленных", "prisoners", 11000, approximate=True)],
      note="the capture is asserted; only the prisoner count is attributed to royalist reports")
event("избрали главнокомандующим", "12 июня Кателино избрали главнокомандующим", "political_activity",  # 14
      date="12 июня", actors=[("Кателино", "participant")])
event("штурм", "Однако 29 июня штурм Нанта окончился неудачей", "attack", date="29 июня",  # 15
      place="Нант", assertion="failed")
event("издал декрет", "1 августа Конвент издал декрет об уничтожении мятежного края", "decree",  # 16
      date="1 августа", actors=[("Конвент", "agent")])
event("прибыла", "В начале сентября в Нант прибыла армия Клебера, прежде оборонявшая Майнц, — около "  # 17
      "15 тыс. солдат", "reinforcement", date="В начале сентября", place="Нант",
      actors=[("армия Клебера", "agent")],
      quantities=[qty("около 15 тыс. солдат", "participants", 15000, approximate=True)])
event("нанесли ей поражение", "однако 19 сентября у Торфу вандейцы нанесли ей поражение", "battle",  # 18
      date="19 сентября", place="Торфу", actors=[("вандейцы", "agent")])
event("разбили", "Перелом наступил 17 октября, когда республиканцы разбили главные силы повстанцев "  # 19
      "под Шоле", "battle", date="17 октября", place="Шоле",
      actors=[("республиканцы", "agent"), ("главные силы повстанцев", "target")])
event("помиловал", "На следующий день умирающий Боншан помиловал в Сен-Флоран-ле-Вьее 4–5 тыс. пленных "  # 20
      "республиканцев", "amnesty", date="На следующий день", place="Сен-Флоран-ле-Вьей",
      actors=[("Боншан", "agent"), ("пленных республиканцев", "target")],
      quantities=[qty("4–5 тыс. пленных", "prisoners", None, min=4000, max=5000, approximate=True)])
event("переправились", "Тогда же, спасаясь от преследования, за Луару переправились от 60 до 80 тыс. "  # 21
      "человек, в том числе женщины и дети", "flight", date="Тогда же", place="Луара",
      quantities=[qty("от 60 до 80 тыс. человек", "displaced", None, min=60000, max=80000,
                      approximate=True)],
      note="the crossing of the Loire by the army with its civilians; the river is the only place named")
event("осадили", "14 ноября вандейцы осадили порт Гранвиль", "siege", date="14 ноября",  # 22
      place="Гранвиль", actors=[("вандейцы", "agent")])
event("отступили", "но на следующий день отступили", "retreat", date="на следующий день",  # 23
      place="Гранвиль")
event("штурм", "Взять Анже им тоже не удалось: штурм 3–4 декабря был отбит", "attack",  # 24
      date="3–4 декабря", place="Анже", assertion="failed")
event("разгромлена", "12–13 декабря армия была разгромлена в Ле-Мане, где погибло, по разным оценкам, "  # 25
      "10–15 тыс. человек", "battle", date="12–13 декабря", place="Ле-Ман", actors=[("армия", "target")],
      quantities=[qty("10–15 тыс. человек", "fatalities", None, min=10000, max=15000, approximate=True)])
event("истребили", "а 23 декабря её остатки истребили под Савене", "battle", date="23 декабря",  # 26
      place="Савене", actors=[("её остатки", "target")])
event("топили", "С ноября 1793 по февраль 1794 года в Нанте по приказу комиссара Каррье узников топили "  # 27
      "в Луаре", "execution", date="С ноября 1793 по февраль 1794 года", place="Нант",
      actors=[("комиссара Каррье", "agent"), ("узников", "target")],
      quantities=[qty("от 2 до 5 тыс. человек", "fatalities", None, min=2000, max=5000, approximate=True)],
      note="the drownings are asserted; only the count is attributed to historians")
event("расстреляли", "6 января 1794 года на острове Нуармутье республиканцы расстреляли пленного д'Эльбе",  # 28
      "execution", date="6 января 1794 года", place="Нуармутье",
      actors=[("республиканцы", "agent"), ("пленного д'Эльбе", "target")])
event("стычке", "а в конце месяца в стычке погиб Ларошжаклен", "battle", date="в конце месяца",  # 29
      actors=[("Ларошжаклен", "participant")])
event("жгли", "С 21 января Вандею прочёсывали «адские колонны» генерала Тюрро: они жгли деревни",  # 30
      "looting", date="С 21 января", place="Вандея",
      actors=[("«адские колонны» генерала Тюрро", "agent")], note="burning of villages")
event("убивали", "С 21 января Вандею прочёсывали «адские колонны» генерала Тюрро: они жгли деревни и "  # 31
      "убивали жителей", "attack_on_civilians", date="С 21 января", place="Вандея",
      actors=[("«адские колонны» генерала Тюрро", "agent"), ("жителей", "target")])
event("резню", "28 февраля каратели устроили резню в Ле-Люк-сюр-Булонь, где, согласно приходскому "  # 32
      "списку, погибли 564 человека", "massacre", date="28 февраля", place="Ле-Люк-сюр-Булонь",
      actors=[("каратели", "agent")], quantities=[qty("564 человека", "fatalities", 564)],
      note="the massacre is asserted; only the count is attributed to the parish register")
event("заключил в Ла-Жоне мир", "17 февраля 1795 года Шаретт заключил в Ла-Жоне мир с Конвентом",  # 33
      "treaty", date="17 февраля 1795 года", place="Ла-Жоне",
      actors=[("Шаретт", "participant"), ("Конвентом", "participant")])
event("амнистии", "17 февраля 1795 года Шаретт заключил в Ла-Жоне мир с Конвентом, добившись амнистии "  # 34
      "для повстанцев", "amnesty", date="17 февраля 1795 года", place="Ла-Жоне",
      actors=[("повстанцев", "target")])
event("примкнул", "2 мая к соглашению примкнул Стоффле", "treaty", date="2 мая",  # 35
      actors=[("Стоффле", "participant")], note="Stofflet accedes to the peace")
event("высадки", "после высадки эмигрантов на Кибероне", "reinforcement", date="летом",  # 36
      place="Киберон", actors=[("эмигрантов", "agent")])
event("поднял мятеж", "Однако летом, после высадки эмигрантов на Кибероне, Шаретт снова поднял мятеж",  # 37
      "uprising", date="летом", actors=[("Шаретт", "agent")],
      note="the rising was renewed in the Vendée, not at Quiberon")
event("десант", "а осенью обещанный англичанами десант графа д'Артуа на побережье так и не состоялся",  # 38
      "reinforcement", date="осенью", assertion="negated", actors=[("графа д'Артуа", "agent")])
event("поручено", "В декабре командование против повстанцев было поручено генералу Гошу",  # 39
      "political_activity", date="В декабре", actors=[("генералу Гошу", "participant")])
event("расстреляли", "25 февраля 1796 года в Анже расстреляли Стоффле", "execution",  # 40
      date="25 февраля 1796 года", place="Анже", actors=[("Стоффле", "target")])
event("схвачен", "23 марта Шаретт был схвачен в лесу близ Ла-Шаботри", "arrest", date="23 марта",  # 41
      place="Ла-Шаботри", actors=[("Шаретт", "target")])
event("казнён", "23 марта Шаретт был схвачен в лесу близ Ла-Шаботри, а 29 марта казнён в Нанте",  # 42
      "execution", date="29 марта", place="Нант", actors=[("Шаретт", "target")])
event("объявила", "Летом 1796 года Директория объявила западные департаменты умиротворёнными",  # 43
      "political_activity", date="Летом 1796 года", actors=[("Директория", "agent")])
