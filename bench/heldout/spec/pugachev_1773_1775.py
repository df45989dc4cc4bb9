"""Gold spec for bench/heldout/pugachev_1773_1775.txt (hand-coded; build with bench/gold/build_gold.py).

Held out: written for measuring only. The narrative says once that its dates are Old Style
(«Даты приводятся по старому стилю») and then gives them unmarked: day and month values are converted
from the Julian calendar to the Gregorian one (+11 days in the XVIII century, after 1 March 1700), and
the conversion is stated in each note. Seasons, years and coarser values are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/pugachev_1773_1775.txt"

OS = "Old Style (Julian) {} = {} Gregorian"
OS_CONTEXT = "Old Style by the narrative's convention: {} Julian = {} Gregorian"

gazetteer({
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Яик": ("river", 51.74, 55.1, None, "Урал"),
    "Яицкий городок": ("settlement", 51.23, 51.37, None, "Уральск"),
    "Илецкий городок": ("settlement", 51.53, 53.38, None, "Илек"),
    "Нижне-Озёрная": ("settlement", 51.61, 53.91, None, "Нижнеозёрное"),
    "Татищева": ("settlement", 51.73, 54.31, None, "Татищево"),
    "Оренбург": ("settlement", 51.77, 55.1, None),
    "Урал": ("region", 58.0, 60.0, None),
    "Башкирия": ("region", 54.5, 56.0, None),
    "Казань": ("settlement", 55.79, 49.12, "Q900"),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Волга": ("river", 53.2, 50.1, "Q626"),
    "Поволжье": ("region", 53.2, 48.5, None),
    "Саранск": ("settlement", 54.18, 45.17, None),
    "Пенза": ("settlement", 53.2, 45.0, None),
    "Царицын": ("settlement", 48.71, 44.5, None, "Волгоград"),
    "Чёрный Яр": ("settlement", 48.06, 46.11, None),
    "река Урал": ("river", 51.74, 55.1, None),
    "Уральск": ("settlement", 51.23, 51.37, None),
})

# ---- dates, in reading order
date("1773–1775", "1773/1775", "interval")
date("XVIII века", "1701/1800", "century", note="the XVIII century: 1701–1800")
date("летом 1773 года", "1773-22", "season")
date("17 сентября 1773 года", "1773-09-28", "day", note=OS.format("17 September 1773", "28 September 1773"))
date("На следующий день", "1773-09-29", "day", derivation="computed",
     note="17 September + 1 day = 18 September Julian = 29 September Gregorian")
date("21 сентября", "1773-10-02", "day", derivation="anchored", note=OS.format("21 September", "2 October"))
date("в конце сентября", "1773-10-02/1773-10-11", "interval", derivation="anchored",
     note=OS_CONTEXT.format("21–30 September", "2–11 October"))
date("5 октября", "1773-10-16", "day", derivation="anchored", note=OS.format("5 October", "16 October"))
date("почти на полгода", None, None, kind="duration", duration="P6M", note="almost half a year")
date("в начале ноября", "1773-11-12/1773-11-21", "interval", derivation="anchored",
     note=OS_CONTEXT.format("1–10 November", "12–21 November"))
date("Тогда же", "1773-11-12/1773-11-21", "interval", kind="vague", derivation="anchored",
     note="'at the same time' as the defeat of early November; " + OS_CONTEXT.format("1–10 November",
                                                                                      "12–21 November"))
date("В конце декабря", "1774-01-01/1774-01-11", "interval", derivation="anchored",
     note=OS_CONTEXT.format("21–31 December 1773", "1–11 January 1774"))
date("к зиме", "1773-12/1774-02", "season", derivation="anchored",
     note="'by winter': the state held in the winter of 1773/74; season: calendar shift ignored")
date("22 марта 1774 года", "1774-04-02", "day", note=OS.format("22 March 1774", "2 April 1774"))
date("Через день", "1774-04-03", "day", derivation="computed",
     note="22 March + 1 day = 23 March Julian = 3 April Gregorian")
date("Весной", "1774-21", "season", derivation="anchored")
date("12 июля", "1774-07-23", "day", derivation="anchored", note=OS.format("12 July", "23 July"))
date("Через три дня", "1774-07-26", "day", derivation="computed",
     note="12 July + 3 days = 15 July Julian = 26 July Gregorian")
date("Вскоре", "1774-07-26/1774-08-07", "interval", kind="vague", derivation="anchored",
     note="soon after 15 July and before 27 July: " + OS_CONTEXT.format("15–27 July", "26 July – 7 August"))
date("27 июля", "1774-08-07", "day", derivation="anchored", note=OS.format("27 July", "7 August"))
date("1 августа", "1774-08-12", "day", derivation="anchored", note=OS.format("1 August", "12 August"))
date("21 августа", "1774-09-01", "day", derivation="anchored", note=OS.format("21 August", "1 September"))
date("25 августа", "1774-09-05", "day", derivation="anchored", note=OS.format("25 August", "5 September"))
date("8 сентября", "1774-09-19", "day", derivation="anchored", note=OS.format("8 September", "19 September"))
date("15 сентября", "1774-09-26", "day", derivation="anchored", note=OS.format("15 September", "26 September"))
date("10 января 1775 года", "1775-01-21", "day", note=OS.format("10 January 1775", "21 January 1775"))
date("в конце ноября 1774 года", "1774-12-02/1774-12-11", "interval",
     note=OS_CONTEXT.format("21–30 November 1774", "2–11 December 1774"))
date("15 января 1775 года", "1775-01-26", "day", note=OS.format("15 January 1775", "26 January 1775"))

# ---- places, in reading order
for quote, name in [
    ("России", "Россия"), ("Яике", "Яик"), ("Яицкому городку", "Яицкий городок"), ("Яику", "Яик"),
    ("Илецкий городок", "Илецкий городок"), ("Нижне-Озёрная", "Нижне-Озёрная"), ("Татищева", "Татищева"),
    ("Нижне-Озёрной", "Нижне-Озёрная"), ("Оренбургу", "Оренбург"),
    ("уральских", "Урал"), ("Яицкий городок", "Яицкий городок"), ("Оренбургом", "Оренбург"),
    ("Татищевой", "Татищева"), ("Оренбурга", "Оренбург"),
    ("Башкирию", "Башкирия"), ("уральских", "Урал"),
    ("Казань", "Казань"), ("Москву", "Москва"), ("Москву", "Москва"), ("Волги", "Волга"),
    ("Поволжье", "Поволжье"), ("Саранск", "Саранск"), ("Пенза", "Пенза"), ("Царицын", "Царицын"),
    ("Чёрного Яра", "Чёрный Яр"), ("Волгу", "Волга"),
    ("Яицком городке", "Яицкий городок"), ("Москву", "Москва"),
    ("Яик", "Яик"), ("Урал", "река Урал"), ("Яицкий городок", "Яицкий городок"), ("Уральск", "Уральск"),
]:
    place(quote, name)

# ---- events
event("объявил себя императором", "Здесь он объявил себя императором Петром III", "political_activity",  # 0
      date="летом 1773 года", place="Яик",
      note="the pretender's self-proclamation; the text dates it only by the summer of his arrival")
event("зачитан", "17 сентября 1773 года на степном хуторе был зачитан его первый манифест", "decree",  # 1
      date="17 сентября 1773 года", place="Яик",
      note="the place is 'a steppe farmstead' near the Yaik; the nearest named place is the river")
event("встали", "под знамёна «государя» встали около 80 казаков", "uprising",  # 2
      date="17 сентября 1773 года", place="Яик", actors=[("около 80 казаков", "agent")],
      quantities=[qty("около 80 казаков", "participants", 80, approximate=True)])
event("взять", "На следующий день отряд подступил к Яицкому городку, однако взять его не сумел",  # 3
      "capture", date="На следующий день", place="Яицкий городок", actors=[("отряд", "agent")],
      assertion="failed")
event("открыл ворота", "21 сентября без боя открыл ворота Илецкий городок", "capture",  # 4
      date="21 сентября", place="Илецкий городок",
      note="surrender of the town to the rebels without a fight")
event("захвачены", "в конце сентября были захвачены Нижне-Озёрная и Татищева", "capture",  # 5
      date="в конце сентября", place="Нижне-Озёрная")
event("захвачены", "в конце сентября были захвачены Нижне-Озёрная и Татищева", "capture",  # 6
      date="в конце сентября", place="Татищева")
event("повесили", "Коменданта Нижне-Озёрной, отказавшегося присягнуть самозванцу, повесили", "execution",  # 7
      date="в конце сентября", place="Нижне-Озёрная", actors=[("Коменданта Нижне-Озёрной", "target")])
event("осадило", "5 октября войско, насчитывавшее от 2 до 3 тыс. человек, подошло к Оренбургу и осадило город",  # 8
      "siege", date="5 октября", place="Оренбург", actors=[("войско", "agent")],
      quantities=[qty("от 2 до 3 тыс. человек", "participants", None, min=2000, max=3000)])
event("Осада", "Осада города растянулась почти на полгода", "siege",  # 9
      date={"edtf": "1773-10-16/1774-04-03"}, place="Оренбург", same_as=8,
      note="adds the duration (almost six months): 5 October 1773 – 23 March 1774 Julian")
event("разбит", "Посланный на выручку корпус генерала В. А. Кара в начале ноября был разбит", "battle",  # 10
      date="в начале ноября", actors=[("корпус генерала В. А. Кара", "target")],
      note="a relief corps defeated on its way to Orenburg; the text names no place")
event("отступил", "Посланный на выручку корпус генерала В. А. Кара в начале ноября был разбит и отступил",  # 11
      "retreat", date="в начале ноября", actors=[("корпус генерала В. А. Кара", "agent")])
event("примкнули", "Тогда же к восстанию примкнули башкиры: отряд Салавата Юлаева, направленный против "  # 12
      "Пугачёва, перешёл на его сторону", "uprising", date="Тогда же",
      actors=[("башкиры", "agent"), ("отряд Салавата Юлаева", "agent")],
      note="the Bashkirs join the rising; the text names no place for it")
event("Поднялись", "Поднялись и работные люди уральских заводов", "uprising",  # 13
      date="Тогда же", place="Урал", actors=[("работные люди уральских заводов", "agent")])
event("заняли", "В конце декабря восставшие заняли Яицкий городок", "capture",  # 14
      date="В конце декабря", place="Яицкий городок", actors=[("восставшие", "agent")])
event("одолеть", "засевший в крепости гарнизон так и не смогли одолеть", "attack",  # 15
      date="В конце декабря", place="Яицкий городок", assertion="failed",
      actors=[("засевший в крепости гарнизон", "target")],
      note="the garrison held out in the town's fortress")
event("стояло", "По некоторым подсчётам, к зиме под Оренбургом стояло около 25 тыс. человек", "siege",  # 16
      date="к зиме", place="Оренбург", same_as=8,
      quantities=[qty("около 25 тыс. человек", "participants", 25000, approximate=True)],
      note="the besieging force; only the count is attributed ('По некоторым подсчётам')")
event("разгромил", "22 марта 1774 года корпус князя П. М. Голицына разгромил главные силы Пугачёва у Татищевой",  # 17
      "battle", date="22 марта 1774 года", place="Татищева",
      actors=[("корпус князя П. М. Голицына", "agent"), ("главные силы Пугачёва", "target")],
      quantities=[qty("более 1 тыс. человек", "fatalities", 1000, min=1000, approximate=True),
                  qty("свыше 3 тыс.", "prisoners", 3000, min=3000, approximate=True)])
event("осада", "Через день осада Оренбурга была снята", "siege",  # 18
      date="Через день", place="Оренбург", same_as=8, note="the end of the siege: it is lifted")
event("ушёл", "Самозванец ушёл в Башкирию", "retreat",  # 19
      date={"edtf": "1774-04"}, place="Башкирия", actors=[("Самозванец", "agent")],
      note="after the defeat of 22 March (Julian); the text gives no date, spring 1774")
event("разорили", "Весной, по данным горного начальства, повстанцы разорили и сожгли множество уральских "  # 20
      "заводов", "looting", date="Весной", place="Урал", assertion="reported",
      actors=[("повстанцы", "agent"), ("множество уральских заводов", "target")])
event("ворвались", "12 июля около 20 тыс. повстанцев ворвались в Казань", "capture",  # 21
      date="12 июля", place="Казань", actors=[("повстанцев", "agent")],
      quantities=[qty("около 20 тыс. повстанцев", "participants", 20000, approximate=True)])
event("разграбили", "Город разграбили и сожгли", "looting",  # 22
      date="12 июля", place="Казань", actors=[("Город", "target")])
event("штурм", "штурм кремля, где укрылся гарнизон, не удался", "attack",  # 23
      date="12 июля", place="Казань", assertion="failed", actors=[("гарнизон", "target")])
event("разбил", "Через три дня подоспевший отряд И. И. Михельсона разбил восставших под городом", "battle",  # 24
      date="Через три дня", place="Казань",
      actors=[("отряд И. И. Михельсона", "agent"), ("восставших", "target")],
      quantities=[qty("более 5 тыс. человек", "prisoners", 5000, min=5000, approximate=True)],
      note="the prisoner count is attributed to Michelson's report; the battle is asserted")
event("идёт на Москву", "Слухи о том, что самозванец якобы идёт на Москву", "attack",  # 25
      date={"edtf": "1774-07-23/1774-08-11"}, place="Москва", assertion="disputed",
      actors=[("самозванец", "agent")],
      note="a rumoured march on Moscow after the fall of Kazan (12–31 July Julian)")
event("похода", "похода на Москву не последовало", "attack",  # 26
      date={"edtf": "1774-07-23/1774-08-11"}, place="Москва", assertion="negated", same_as=25)
event("переправился", "Вскоре Пугачёв переправился на правый берег Волги", "reinforcement",  # 27
      date="Вскоре", place="Волга", actors=[("Пугачёв", "agent")],
      note="the rebel force moves across the Volga")
event("подняло", "Появление повстанцев в Поволжье подняло десятки тысяч крестьян", "uprising",  # 28
      date={"edtf": "1774-07-26/1774-09-10"}, place="Поволжье", actors=[("десятки тысяч крестьян", "agent")],
      quantities=[qty("десятки тысяч", "participants", None, min=20000, max=90000, approximate=True)],
      note="after the crossing of the Volga, through August (Julian)")
event("горели", "повсюду горели помещичьи усадьбы", "looting",  # 29
      date={"edtf": "1774-07-26/1774-09-10"}, place="Поволжье", actors=[("помещичьи усадьбы", "target")])
event("убивали", "дворян убивали вместе с семьями", "attack_on_civilians",  # 30
      date={"edtf": "1774-07-26/1774-09-10"}, place="Поволжье",
      actors=[("дворян", "target")])
event("занят", "27 июля был занят Саранск", "capture",  # 31
      date="27 июля", place="Саранск")
event("занят", "27 июля был занят Саранск, 1 августа — Пенза", "capture",  # 32
      date="1 августа", place="Пенза")
event("взять", "21 августа восставшие пытались взять Царицын, но были отбиты", "capture",  # 33
      date="21 августа", place="Царицын", assertion="failed", actors=[("восставшие", "agent")])
event("нанёс", "25 августа близ Чёрного Яра Михельсон нанёс им окончательное поражение", "battle",  # 34
      date="25 августа", place="Чёрный Яр", actors=[("Михельсон", "agent")],
      quantities=[qty("около 2 тыс. повстанцев", "fatalities", 2000, approximate=True),
                  qty("несколько тысяч", "prisoners", None, min=3000, max=9000, approximate=True)])
event("бежал", "Пугачёв с горсткой казаков бежал за Волгу", "retreat",  # 35
      date="25 августа", place="Волга", actors=[("Пугачёв с горсткой казаков", "agent")],
      note="the leader's flight after the defeat, not a flight of the population; place is the river named")
event("схватили", "8 сентября бывшие сподвижники, надеясь на прощение, схватили его", "arrest",  # 36
      date="8 сентября", actors=[("бывшие сподвижники", "agent")],
      note="Pugachev seized by his own men; the text names no place")
event("выдали властям", "15 сентября выдали властям в Яицком городке", "arrest",  # 37
      date="15 сентября", place="Яицкий городок",
      note="handed over to the authorities (a second, distinct act after the seizure)")
event("казнён", "10 января 1775 года Пугачёв был казнён", "execution",  # 38
      date="10 января 1775 года", place="Москва", actors=[("Пугачёв", "target")])
event("схваченный", "Салават Юлаев, схваченный в конце ноября 1774 года", "arrest",  # 39
      date="в конце ноября 1774 года", actors=[("Салават Юлаев", "target")])
event("переименовали", "15 января 1775 года указом Екатерины II Яик переименовали в Урал", "decree",  # 40
      date="15 января 1775 года", place="Яик", actors=[("Екатерины II", "agent")])
event("переименовали", "15 января 1775 года указом Екатерины II Яик переименовали в Урал, а Яицкий городок — "  # 41
      "в Уральск", "decree", date="15 января 1775 года", place="Яицкий городок",
      actors=[("Екатерины II", "agent")])
