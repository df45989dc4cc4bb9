"""Gold spec for bench/heldout/bolivar_1813_1824.txt (hand-coded; build with bench/gold/build_gold.py).

Bolívar's wars of independence in northern South America, 1813–1824. All dates are Gregorian
(New Style) as written; no conversion applies.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/bolivar_1813_1824.txt"

gazetteer({
    "Южная Америка": ("region", -15.0, -60.0, "Q18"),
    "Испания": ("polity", 40.42, -3.7, "Q29"),
    "Новая Гранада": ("polity", 4.61, -74.08, None),
    "Венесуэла": ("polity", 8.0, -66.0, "Q717"),
    "Трухильо": ("settlement", 9.37, -70.43, None),
    "Каракас": ("settlement", 10.49, -66.88, "Q1533"),
    "Ла-Гуайра": ("settlement", 10.6, -66.93, None),
    "Ла-Пуэрта": ("settlement", 9.87, -67.38, None),
    "Урика": ("settlement", 9.71, -64.0, None),
    "Ямайка": ("region", 18.1, -77.3, "Q766"),
    "Кингстон": ("settlement", 17.99, -76.79, None),
    "Картахена": ("settlement", 10.4, -75.51, None),
    "Гаити": ("polity", 18.9, -72.3, "Q790"),
    "Ориноко": ("river", 8.15, -63.6, None),
    "Ангостура": ("settlement", 8.12, -63.55, None, "Сьюдад-Боливар"),
    "Льянос": ("region", 7.5, -68.5, None),
    "Анды": ("mountain", 5.9, -72.6, "Q5456"),
    "Писба": ("mountain", 5.93, -72.48, None),
    "Пантано-де-Варгас": ("settlement", 5.77, -73.09, None),
    "Бояка": ("region", 5.45, -73.4, None),
    "Богота": ("settlement", 4.61, -74.08, "Q2841"),
    "Великая Колумбия": ("polity", 4.61, -74.08, None),
    "Карабобо": ("region", 10.0, -68.1, None),
    "Пуэрто-Кабельо": ("settlement", 10.47, -68.01, None),
    "Пичинча": ("mountain", -0.17, -78.6, None),
    "Кито": ("settlement", -0.22, -78.51, "Q2900"),
    "Лима": ("settlement", -12.05, -77.04, "Q2868"),
    "Хунин": ("settlement", -11.16, -75.99, None),
    "Аякучо": ("settlement", -13.16, -74.22, None),
})

# ---- dates, in reading order
date("В 1813–1824 годах", "1813/1824", "interval")
date("В мае 1813 года", "1813-05", "month")
date("15 июня", "1813-06-15", "day", derivation="anchored")
date("6 августа 1813 года", "1813-08-06", "day")
date("в октябре", "1813-10", "month", derivation="anchored")
date("недолго", None, None, kind="duration", note="unquantified: not for long")
date("В феврале 1814 года", "1814-02", "month")
date("15 июня", "1814-06-15", "day", derivation="anchored")
date("7 июля", "1814-07-07", "day", derivation="anchored")
date("в сентябре", "1814-09", "month", derivation="anchored", note="'Уже в сентябре': the adverb is left out")
date("5 декабря", "1814-12-05", "day", derivation="anchored")
date("В мае 1815 года", "1815-05", "month")
date("6 сентября", "1815-09-06", "day", derivation="anchored")
date("весной", "1815-21", "season", derivation="anchored",
     note="'Ещё весной': spring of the same year, before the events just told; the adverb is left out")
date("более трёх месяцев", None, None, kind="duration", duration="P3M", note="more than three months")
date("6 декабря 1815 года", "1815-12-06", "day")
date("В конце декабря", "1815-12-21/1815-12-31", "interval", derivation="anchored")
date("В 1817 году", "1817", "year")
date("17 июля", "1817-07-17", "day", derivation="anchored")
date("16 октября", "1817-10-16", "day", derivation="anchored")
date("15 февраля 1819 года", "1819-02-15", "day")
date("В конце мая", "1819-05-21/1819-05-31", "interval", derivation="anchored")
date("в начале июля", "1819-07-01/1819-07-10", "interval", derivation="anchored")
date("25 июля", "1819-07-25", "day", derivation="anchored")
date("7 августа", "1819-08-07", "day", derivation="anchored")
date("Через три дня", "1819-08-10", "day", derivation="computed", note="7 August + 3 days")
date("в октябре", "1819-10", "month", derivation="anchored")
date("17 декабря", "1819-12-17", "day", derivation="anchored")
date("25 ноября 1820 года", "1820-11-25", "day")
date("на шесть месяцев", None, None, kind="duration", duration="P6M")
date("24 июня 1821 года", "1821-06-24", "day")
date("через пять дней", "1821-06-29", "day", derivation="computed", note="24 June + 5 days")
date("в ноябре 1823 года", "1823-11", "month")
date("24 мая 1822 года", "1822-05-24", "day")
date("на следующий день", "1822-05-25", "day", derivation="computed", note="24 May + 1 day")
date("1 сентября 1823 года", "1823-09-01", "day")
date("вскоре", "1823-09/1823-10", "interval", kind="vague", derivation="computed",
     note="soon after 1 September 1823")
date("6 августа 1824 года", "1824-08-06", "day")
date("9 декабря", "1824-12-09", "day", derivation="anchored")
date("В тот же день", "1824-12-09", "day", derivation="anchored", note="the day of the battle, 9 December")

# ---- places, in reading order
for quote, name in [
    ("Южной Америки", "Южная Америка"), ("Испании", "Испания"), ("Новой Гранады", "Новая Гранада"),
    ("Венесуэлу", "Венесуэла"), ("Трухильо", None), ("Каракас", None),
    ("Ла-Гуайре", "Ла-Гуайра"), ("Ла-Пуэрте", "Ла-Пуэрта"), ("Каракас", None),
    ("Новую Гранаду", "Новая Гранада"), ("Урике", "Урика"), ("Венесуэле", "Венесуэла"),
    ("Ямайку", "Ямайка"), ("Кингстоне", "Кингстон"), ("Ямайки", "Ямайка"), ("Венесуэлы", "Венесуэла"),
    ("Испании", "Испания"), ("Картахены", "Картахена"), ("Гаити", None),
    ("Ориноко", None), ("Ангостуру", "Ангостура"), ("Ангостуре", "Ангостура"),
    ("льяносов", "Льянос"), ("Новую Гранаду", "Новая Гранада"), ("Анды", None), ("Писба", None),
    ("Пантано-де-Варгас", None), ("Бояке", "Бояка"), ("Боготу", "Богота"), ("Ангостуре", "Ангостура"),
    ("Великой Колумбии", "Великая Колумбия"),
    ("Трухильо", None), ("Карабобо", None), ("Каракас", None), ("Пуэрто-Кабельо", None),
    ("Пичинча", None), ("Кито", None), ("Лиму", "Лима"), ("Хунина", "Хунин"), ("Аякучо", None),
    ("Южной Америке", "Южная Америка"),
]:
    place(quote, name)

# ---- events
event("выступил", "В мае 1813 года он с небольшим отрядом выступил из Новой Гранады в Венесуэлу",  # 0
      "attack", date="В мае 1813 года", place="Венесуэла", actors=[("небольшим отрядом", "agent")],
      note="start of the offensive into Venezuela (the Admirable Campaign); place is its target")
event("издал декрет", "15 июня в Трухильо Боливар издал декрет о «войне насмерть»", "decree",  # 1
      date="15 июня", place="Трухильо", actors=[("Боливар", "agent")])
event("боях", "Разбив роялистов в нескольких боях", "battle",  # 2
      date={"edtf": "1813-05/1813-08-06"}, place="Венесуэла", actors=[("роялистов", "target")],
      note="several unnamed battles of the campaign, before the entry into Caracas")
event("вступил", "6 августа 1813 года он вступил в Каракас", "capture",  # 3
      date="6 августа 1813 года", place="Каракас")
event("присвоил ему титул", "в октябре городской совет присвоил ему титул Освободителя",  # 4
      "political_activity", date="в октябре", place="Каракас", actors=[("городской совет", "agent")])
event("поднялись", "Против неё поднялись льянеросы Хосе Томаса Бовеса", "uprising",  # 5
      date={"edtf": "1813/1814"}, place="Венесуэла",
      actors=[("льянеросы Хосе Томаса Бовеса", "agent")],
      note="royalist rising against the Second Republic; the text gives no date")
event("расстреляны", "В феврале 1814 года по приказу Боливара в Ла-Гуайре были расстреляны более 800 "  # 6
      "пленных испанцев", "execution", date="В феврале 1814 года", place="Ла-Гуайра",
      actors=[("Боливара", "agent"), ("пленных испанцев", "target")],
      quantities=[qty("более 800 пленных испанцев", "fatalities", 800, min=800, approximate=True)])
event("поражение", "15 июня республиканская армия потерпела тяжёлое поражение при Ла-Пуэрте", "battle",  # 7
      date="15 июня", place="Ла-Пуэрта", actors=[("республиканская армия", "participant")])
event("оставил", "7 июля Боливар оставил Каракас", "retreat",  # 8
      date="7 июля", place="Каракас", actors=[("Боливар", "agent")])
event("бежали", "вместе с войсками на восток бежали около 20 тыс. жителей столицы", "flight",  # 9
      date="7 июля", place="Каракас", actors=[("жителей столицы", "participant")],
      quantities=[qty("около 20 тыс. жителей столицы", "displaced", 20000, approximate=True)],
      note="place is the city they fled from; the destination is only 'to the east'")
event("отплыл", "в сентябре он отплыл в Новую Гранаду", "retreat",  # 10
      date="в сентябре", place="Новая Гранада",
      note="Bolívar leaves Venezuela; place is the destination, the only one the clause names")
event("сражении", "5 декабря в сражении при Урике погиб сам Бовес", "battle",  # 11
      date="5 декабря", place="Урика", actors=[("Бовес", "participant")],
      note="Boves killed in the battle, which the royalists won")
event("пала", "республика в Венесуэле пала", "abolition",  # 12
      date={"edtf": "1814-12"}, place="Венесуэла",
      note="fall of the Second Republic after the defeat of 5 December")
event("уехал в изгнание", "В мае 1815 года Боливар уехал в изгнание на Ямайку", "retreat",  # 13
      date="В мае 1815 года", place="Ямайка", actors=[("Боливар", "agent")],
      note="exile; place is the destination, the only one the clause names")
event("составил", "в Кингстоне 6 сентября составил знаменитое «Письмо с Ямайки»", "political_activity",  # 14
      date="6 сентября", place="Кингстон", note="a political manifesto")
event("прибыла", "весной к берегам Венесуэлы прибыла из Испании экспедиция генерала Пабло Морильо "  # 15
      "численностью 10–12 тыс. солдат", "reinforcement", date="весной", place="Венесуэла",
      actors=[("экспедиция генерала Пабло Морильо", "agent")],
      quantities=[qty("10–12 тыс. солдат", "participants", None, min=10000, max=12000, approximate=True)])
event("Осада", "Осада Картахены продолжалась более трёх месяцев", "siege",  # 16
      date={"edtf": "1815-08/1815-12-06"}, place="Картахена",
      note="more than three months, ending with the surrender of 6 December 1815")
event("сдался", "6 декабря 1815 года изнурённый голодом город сдался", "capture",  # 17
      date="6 декабря 1815 года", place="Картахена", same_as=None,
      note="surrender of the besieged city to Morillo's royalists")
event("перебрался", "В конце декабря Боливар перебрался на Гаити", "retreat",  # 18
      date="В конце декабря", place="Гаити", actors=[("Боливар", "agent")],
      note="exile; place is the destination")
event("оставил", "17 июля испанский гарнизон оставил Ангостуру", "retreat",  # 19
      date="17 июля", place="Ангостура", actors=[("испанский гарнизон", "agent")])
event("расстрелян", "16 октября там по приговору военного суда был расстрелян мятежный генерал Мануэль Пиар",  # 20
      "execution", date="16 октября", place="Ангостура",
      actors=[("мятежный генерал Мануэль Пиар", "target")])
event("открылся", "15 февраля 1819 года в Ангостуре открылся конгресс", "founding",  # 21
      date="15 февраля 1819 года", place="Ангостура", actors=[("конгресс", "participant")])
event("утвердивший", "конгресс, утвердивший Боливара президентом", "political_activity",  # 22
      date="15 февраля 1819 года", place="Ангостура",
      actors=[("конгресс", "agent"), ("Боливара", "participant")])
event("выступила", "В конце мая армия Боливара численностью около 2,5 тыс. человек выступила из льяносов "  # 23
      "в поход на Новую Гранаду", "attack", date="В конце мая", place="Новая Гранада",
      actors=[("армия Боливара", "agent")],
      quantities=[qty("около 2,5 тыс. человек", "participants", 2500, approximate=True)],
      note="offensive into New Granada; place is its target")
event("перешла", "в начале июля перешла Анды через заснеженный перевал Писба", "reinforcement",  # 24
      date="в начале июля", place="Писба", note="the army's crossing of the Andes")
event("бой", "25 июля у Пантано-де-Варгас произошёл упорный бой", "battle",  # 25
      date="25 июля", place="Пантано-де-Варгас")
event("разгромили", "7 августа при Бояке республиканцы разгромили войска генерала Баррейро, взяв около "  # 26
      "1600 пленных", "battle", date="7 августа", place="Бояка",
      actors=[("республиканцы", "agent"), ("войска генерала Баррейро", "target")],
      quantities=[qty("около 1600 пленных", "prisoners", 1600, approximate=True)])
event("вступил", "Через три дня Боливар вступил в Боготу", "capture",  # 27
      date="Через три дня", place="Богота", actors=[("Боливар", "agent")])
event("расстреляны", "в октябре там были расстреляны Баррейро и 38 пленных офицеров", "execution",  # 28
      date="в октябре", place="Богота",
      actors=[("Баррейро", "target"), ("38 пленных офицеров", "target")],
      quantities=[qty("38 пленных офицеров", "fatalities", 38)],
      note="with Barreiro himself, 39 were shot")
event("провозгласил образование", "17 декабря конгресс в Ангостуре провозгласил образование Великой Колумбии",  # 29
      "founding", date="17 декабря", place="Ангостура", actors=[("конгресс", "agent")],
      note="the founding of Gran Colombia; place is where it was proclaimed")
event("подписали перемирие", "25 ноября 1820 года в Трухильо стороны подписали перемирие на шесть месяцев",  # 30
      "treaty", date="25 ноября 1820 года", place="Трухильо", actors=[("стороны", "participant")])
event("разгромили", "24 июня 1821 года при Карабобо 6,5 тыс. республиканцев разгромили армию генерала "  # 31
      "Ла Торре", "battle", date="24 июня 1821 года", place="Карабобо",
      actors=[("6,5 тыс. республиканцев", "agent"), ("армию генерала Ла Торре", "target")],
      quantities=[qty("6,5 тыс. республиканцев", "participants", 6500)])
event("вступил", "через пять дней Боливар вновь вступил в Каракас", "recapture",  # 32
      date="через пять дней", place="Каракас", actors=[("Боливар", "agent")])
event("укрылись", "Остатки роялистов укрылись в крепости Пуэрто-Кабельо", "retreat",  # 33
      date={"edtf": "1821-06/1821-07"}, place="Пуэрто-Кабельо", actors=[("Остатки роялистов", "agent")],
      note="after Carabobo; the text gives no date")
event("капитулировала", "Пуэрто-Кабельо, которая капитулировала лишь в ноябре 1823 года", "capture",  # 34
      date="в ноябре 1823 года", place="Пуэрто-Кабельо",
      note="the royalist fortress surrendered to the republicans")
event("разбил", "24 мая 1822 года генерал Сукре разбил испанцев на склонах вулкана Пичинча", "battle",  # 35
      date="24 мая 1822 года", place="Пичинча",
      actors=[("генерал Сукре", "agent"), ("испанцев", "target")])
event("капитулировал", "на следующий день Кито капитулировал", "capture",  # 36
      date="на следующий день", place="Кито", note="Quito surrendered to Sucre")
event("прибыл", "1 сентября 1823 года Боливар прибыл в Лиму", "reinforcement",  # 37
      date="1 сентября 1823 года", place="Лима", actors=[("Боливар", "agent")])
event("вручил ему верховную власть", "вскоре перуанский конгресс вручил ему верховную власть",  # 38
      "political_activity", date="вскоре", place="Лима", actors=[("перуанский конгресс", "agent")])
event("схватке", "6 августа 1824 года у Хунина республиканская кавалерия в короткой схватке опрокинула "  # 39
      "испанскую конницу", "battle", date="6 августа 1824 года", place="Хунин",
      actors=[("республиканская кавалерия", "agent"), ("испанскую конницу", "target")])
event("сражение", "Последнее крупное сражение разыгралось 9 декабря при Аякучо: около 6 тыс. солдат Сукре "  # 40
      "разгромили 9-тысячную армию вице-короля Ла Серны", "battle", date="9 декабря", place="Аякучо",
      actors=[("солдат Сукре", "agent"), ("армию вице-короля Ла Серны", "target")],
      quantities=[qty("около 6 тыс. солдат Сукре", "participants", 6000, approximate=True),
                  qty("9-тысячную армию", "participants", 9000)],
      note="the wounded viceroy was taken prisoner")
event("подписана капитуляция", "В тот же день была подписана капитуляция", "treaty",  # 41
      date="В тот же день", place="Аякучо")
