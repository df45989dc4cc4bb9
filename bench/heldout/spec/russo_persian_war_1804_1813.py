"""Gold spec for bench/heldout/russo_persian_war_1804_1813.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style: day dates and whole months are converted to the
Gregorian calendar (+12 days in the 19th century), seasons and years are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_persian_war_1804_1813.txt"

gazetteer({
    "Восточная Грузия": ("region", 41.8, 45.0, None),
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Кавказ": ("region", 42.5, 44.5, None),
    "Гянджа": ("settlement", 40.68, 46.36, None),
    "Грузия": ("region", 42.0, 43.5, None),
    "Эривань": ("settlement", 40.18, 44.51, "Q1953", "Ереван"),
    "Эчмиадзин": ("settlement", 40.17, 44.29, None, "Вагаршапат"),
    "Карабах": ("region", 39.8, 46.8, None),
    "Шуша": ("settlement", 39.76, 46.75, None),
    "Аскеран": ("settlement", 39.94, 46.83, None),
    "Шах-Булах": ("settlement", 40.0, 46.93, None),
    "Баку": ("settlement", 40.41, 49.87, "Q9248"),
    "Дербент": ("settlement", 42.06, 48.29, None),
    "Персия": ("polity", 35.69, 51.39, None),
    "Мигри": ("settlement", 38.91, 46.24, None, "Мегри"),
    "Ленкорань": ("settlement", 38.75, 48.85, None),
    "Аракс": ("river", 39.45, 47.4, None),
    "Асландуз": ("settlement", 39.44, 47.42, None),
    "Талышское ханство": ("region", 38.8, 48.6, None),
    "Гюлистан": ("settlement", 40.3, 46.33, None),
    "Дагестан": ("region", 42.5, 47.0, None),
    "Закавказье": ("region", 41.5, 45.0, None),
    "Каспийское море": ("sea", 42.0, 50.5, "Q5484"),
})

OS = "Old Style (the text says so once), converted: +12 days"

# ---- dates, in reading order
date("1804–1813 годов", "1804/1813", "interval")
date("в 1801 году", "1801", "year")
date("В сентябре 1802 года", "1802-09-13/1802-10-12", "month", note=OS + " (September O.S. as an interval)")
date("В начале декабря 1803 года", "1803-12-13/1803-12-22", "interval", note=OS + " (1–10 December O.S.)")
date("месячной", None, None, kind="duration", duration="P1M")
date("3 января 1804 года", "1804-01-15", "day", note=OS)
date("Весной 1804 года", "1804-21", "season", note="season left as written")
date("20 июня", "1804-07-02", "day", derivation="anchored", note=OS)
date("30 июня", "1804-07-12", "day", derivation="anchored", note=OS)
date("в начале сентября", "1804-09-13/1804-09-22", "interval", derivation="anchored",
     note=OS + " (1–10 September O.S.)")
date("14 мая 1805 года", "1805-05-26", "day", note=OS)
date("вскоре", "1805-05-26/1805-06-30", "interval", kind="vague", derivation="anchored",
     note="soon after 14 May 1805 O.S.")
date("Летом", "1805-22", "season", derivation="anchored", note="season left as written")
date("почти три недели", None, None, kind="duration", duration="P3W", note="approximate: almost three weeks")
date("8 февраля 1806 года", "1806-02-20", "day", note=OS)
date("Летом того же года", "1806-22", "season", derivation="anchored", note="season left as written")
date("22 июня", "1806-07-04", "day", derivation="anchored", note=OS)
date("3 октября", "1806-10-15", "day", derivation="anchored", note=OS)
date("в октябре 1808 года", "1808-10-13/1808-11-12", "month", note=OS + " (October O.S. as an interval)")
date("17 ноября", "1808-11-29", "day", derivation="anchored", note=OS)
date("в конце месяца", "1808-12-03/1808-12-12", "interval", derivation="anchored",
     note=OS + " (21–30 November O.S.)")
date("В июне 1810 года", "1810-06-13/1810-07-12", "month", note=OS + " (June O.S. as an interval)")
date("Летом 1812 года", "1812-22", "season", note="season left as written")
date("19 октября", "1812-10-31", "day", derivation="anchored", note=OS)
date("20 октября", "1812-11-01", "day", derivation="anchored", note=OS)
date("в конце декабря", "1813-01-02/1813-01-12", "interval", derivation="anchored",
     note=OS + " (21–31 December 1812 O.S.)")
date("1 января 1813 года", "1813-01-13", "day", note=OS)
date("12 октября 1813 года", "1813-10-24", "day", note=OS)

# ---- places, in reading order
for quote, name in [
    ("Восточной Грузии", "Восточная Грузия"), ("России", "Россия"), ("Кавказе", "Кавказ"),
    ("Гянджу", "Гянджа"),
    ("Грузию", "Грузия"), ("Эривани", "Эривань"), ("Эчмиадзина", "Эчмиадзин"), ("Эривани", "Эривань"),
    ("Грузию", "Грузия"),
    ("карабахский", "Карабах"), ("России", "Россия"), ("Шушу", "Шуша"), ("Карабах", "Карабах"),
    ("Аскерана", "Аскеран"), ("Шах-Булаха", "Шах-Булах"),
    ("Баку", "Баку"), ("бакинского", "Баку"), ("Шуше", "Шуша"), ("Дербент", "Дербент"), ("Баку", "Баку"),
    ("Персию", "Персия"),
    ("Эривань", "Эривань"), ("Грузию", "Грузия"), ("Мигри", "Мигри"),
    ("России", "Россия"), ("Ленкорань", "Ленкорань"), ("Аракс", "Аракс"), ("Асландузского", "Асландуз"),
    ("Талышское ханство", "Талышское ханство"), ("Ленкорани", "Ленкорань"),
    ("Гюлистан", "Гюлистан"), ("Карабахе", "Карабах"), ("Персия", "Персия"), ("России", "Россия"),
    ("Дагестана", "Дагестан"), ("Грузии", "Грузия"), ("закавказских", "Закавказье"),
    ("Каспийскому морю", "Каспийское море"),
]:
    place(quote, name)

# ---- events
event("присоединения", "выросла из присоединения Восточной Грузии к России в 1801 году", "annexation",  # 0
      date="в 1801 году", place="Восточная Грузия", actors=[("России", "agent")])
event("назначен", "В сентябре 1802 года главнокомандующим на Кавказе был назначен князь П. Д. Цицианов",  # 1
      "political_activity", date="В сентябре 1802 года", place="Кавказ",
      actors=[("князь П. Д. Цицианов", "participant")], note="appointment")
event("обложили", "В начале декабря 1803 года его войска обложили Гянджу", "siege",  # 2
      date="В начале декабря 1803 года", place="Гянджа", actors=[("его войска", "agent")])
event("взяли", "после месячной осады, 3 января 1804 года, взяли крепость штурмом", "capture",  # 3
      date="3 января 1804 года", place="Гянджа")
event("осады", "после месячной осады", "siege", date={"edtf": "1803-12-13/1804-01-15"},  # 4
      place="Гянджа", same_as=2, note="the siege ended with the storming of 3 January 1804 O.S.")
event("пали в бою", "Джавад-хан и его сын пали в бою, а вместе с ними, по донесению Цицианова, "  # 5
      "около 1500 защитников", "capture", date="3 января 1804 года", place="Гянджа", same_as=3,
      actors=[("Джавад-хан", "target")],
      quantities=[qty("около 1500 защитников", "fatalities", 1500, approximate=True)],
      note="deaths in the storming; only the count is attributed to Tsitsianov's report")
event("потребовал", "Весной 1804 года Фетх-Али-шах потребовал очистить Грузию", "political_activity",  # 6
      date="Весной 1804 года", place="Грузия", actors=[("Фетх-Али-шах", "agent")],
      note="ultimatum demanding the evacuation of Georgia")
event("начал войну", "Весной 1804 года Фетх-Али-шах потребовал очистить Грузию, а получив отказ, начал войну",  # 7
      "political_activity", date="Весной 1804 года", actors=[("Фетх-Али-шах", "agent")],
      note="entry into the war")
event("повёл", "Наследник престола Аббас-Мирза повёл к Эривани около 20 тыс. человек", "reinforcement",  # 8
      date={"edtf": "1804-05/1804-07-02"}, place="Эривань", actors=[("Аббас-Мирза", "agent")],
      quantities=[qty("около 20 тыс. человек", "participants", 20000, approximate=True)],
      note="between the spring declaration of war and the battle of 20 June O.S.")
event("разбил", "20 июня Цицианов, имея около 4 тыс. солдат, разбил персов у Эчмиадзина", "battle",  # 9
      date="20 июня", place="Эчмиадзин", actors=[("Цицианов", "agent"), ("персов", "target")],
      quantities=[qty("около 4 тыс. солдат", "participants", 4000, approximate=True)])
event("победу", "20 июня Цицианов, имея около 4 тыс. солдат, разбил персов у Эчмиадзина, 30 июня одержал "  # 10
      "новую победу под стенами Эривани", "battle", date="30 июня", place="Эривань",
      actors=[("Цицианов", "agent")])
event("осадил", "30 июня одержал новую победу под стенами Эривани и осадил крепость", "siege",  # 11
      date="30 июня", place="Эривань")
event("Осада", "Осада затянулась", "siege", date={"edtf": "1804-07-12/1804-09-22"}, place="Эривань",  # 12
      same_as=11, note="from 30 June to early September O.S.")
event("отступил", "в начале сентября Цицианов снял её и отступил в Грузию", "retreat",  # 13
      date="в начале сентября", place="Грузия", actors=[("Цицианов", "agent")],
      note="the siege of Erivan was lifted; place is the destination")
event("признал себя подданным", "14 мая 1805 года карабахский Ибрагим-хан признал себя подданным России",  # 14
      "accession", date="14 мая 1805 года", place="Карабах",
      actors=[("карабахский Ибрагим-хан", "agent")], note="the Kurekchay treaty")
event("вошёл", "вскоре в Шушу вошёл русский батальон майора Лисаневича", "reinforcement",  # 15
      date="вскоре", place="Шуша", actors=[("русский батальон майора Лисаневича", "agent")])
event("вторгся", "Летом Аббас-Мирза вторгся в Карабах", "attack", date="Летом", place="Карабах",  # 16
      actors=[("Аббас-Мирза", "agent")])
event("сдерживал", "Отряд полковника Карягина, всего около 500 человек, почти три недели сдерживал "  # 17
      "персидскую армию у Аскерана и Шах-Булаха", "battle", date="Летом", place="Аскеран",
      actors=[("Отряд полковника Карягина", "agent"), ("персидскую армию", "target")],
      quantities=[qty("около 500 человек", "participants", 500, approximate=True)])
event("сдерживал", "Отряд полковника Карягина, всего около 500 человек, почти три недели сдерживал "  # 18
      "персидскую армию у Аскерана и Шах-Булаха", "battle", date="Летом", place="Шах-Булах",
      actors=[("Отряд полковника Карягина", "agent"), ("персидскую армию", "target")],
      quantities=[qty("около 500 человек", "participants", 500, approximate=True)])
event("пробился", "Отряд полковника Карягина, всего около 500 человек, почти три недели сдерживал "  # 19
      "персидскую армию у Аскерана и Шах-Булаха и пробился к своим", "retreat", date="Летом",
      actors=[("Отряд полковника Карягина", "agent")], note="broke out to the Russian lines")
event("убит", "8 февраля 1806 года Цицианов, прибывший к Баку принять ключи от города, был предательски "  # 20
      "убит во время встречи с Гусейн-кули-ханом", "attack", date="8 февраля 1806 года", place="Баку",
      actors=[("Цицианов", "target")], note="the commander-in-chief killed at a parley")
event("отплыл", "русский отряд отплыл от бакинского берега", "retreat",  # 21
      date={"edtf": "1806-02-20/1806-03"}, place="Баку", actors=[("русский отряд", "agent")],
      note="after the killing of 8 February O.S.")
event("убили", "Летом того же года в Шуше солдаты Лисаневича убили Ибрагим-хана вместе с частью его семьи",  # 22
      "attack_on_civilians", date="Летом того же года", place="Шуша",
      actors=[("солдаты Лисаневича", "agent"), ("Ибрагим-хана", "target")])
event("занял", "22 июня генерал С. А. Булгаков занял Дербент", "capture", date="22 июня",  # 23
      place="Дербент", actors=[("генерал С. А. Булгаков", "agent")])
event("вступил", "22 июня генерал С. А. Булгаков занял Дербент, а 3 октября без боя вступил в Баку",  # 24
      "occupation", date="3 октября", place="Баку", actors=[("генерал С. А. Булгаков", "agent")])
event("боя", "3 октября без боя вступил в Баку", "battle", date="3 октября", place="Баку",  # 25
      assertion="negated", note="the city was entered without a fight")
event("бежал", "хан которого бежал в Персию", "flight", date="3 октября", place="Персия",  # 26
      actors=[("хан", "agent")], note="place is the destination; fled before the Russian entry")
event("осадил", "Преемник Цицианова граф И. В. Гудович в октябре 1808 года снова осадил Эривань", "siege",  # 27
      date="в октябре 1808 года", place="Эривань", actors=[("граф И. В. Гудович", "agent")])
event("Штурм", "Штурм 17 ноября был отбит с большими потерями", "attack", date="17 ноября",  # 28
      place="Эривань", assertion="failed")
event("отступили", "в конце месяца русские сняли осаду и отступили в Грузию", "retreat",  # 29
      date="в конце месяца", place="Грузия", actors=[("русские", "agent")],
      note="the siege of Erivan was lifted; place is the destination")
event("взял", "В июне 1810 года подполковник П. С. Котляревский внезапным ударом взял горную крепость Мигри",  # 30
      "capture", date="В июне 1810 года", place="Мигри",
      actors=[("подполковник П. С. Котляревский", "agent")])
event("вернуть", "отразил попытку персов вернуть её", "recapture", date="В июне 1810 года",  # 31
      place="Мигри", assertion="failed", actors=[("персов", "agent")])
event("заняли", "Летом 1812 года, рассчитывая на войну России с Наполеоном, персы заняли Ленкорань",  # 32
      "capture", date="Летом 1812 года", place="Ленкорань", actors=[("персы", "agent")])
event("переговоры", "переговоры о мире сорвались", "negotiations", date="Летом 1812 года",  # 33
      assertion="failed")
event("атаковал", "19 октября Котляревский с отрядом около 2 тыс. человек при 6 орудиях перешёл Аракс и "  # 34
      "внезапно атаковал лагерь Аббас-Мирзы у Асландузского брода, где стояло до 30 тыс. человек", "attack",
      date="19 октября", place="Асландуз",
      actors=[("Котляревский", "agent"), ("лагерь Аббас-Мирзы", "target")],
      quantities=[qty("около 2 тыс. человек", "participants", 2000, approximate=True),
                  qty("до 30 тыс. человек", "participants", 30000, max=30000, approximate=True)])
event("разгромлено", "После ночного боя 20 октября персидское войско было разгромлено: оно потеряло около "  # 35
      "1200 человек убитыми, более 500 попали в плен", "battle", date="20 октября", place="Асландуз",
      same_as=34, actors=[("персидское войско", "target")],
      quantities=[qty("около 1200 человек убитыми", "fatalities", 1200, approximate=True),
                  qty("более 500", "prisoners", 500, min=500, approximate=True)])
event("двинулся", "Отряд двинулся в Талышское ханство", "reinforcement",  # 36
      date={"edtf": "1812-11-01/1813-01-12"}, place="Талышское ханство", actors=[("Отряд", "agent")],
      note="after Aslanduz, before reaching Lenkoran in late December O.S.")
event("подошёл", "в конце декабря подошёл к Ленкорани", "reinforcement", date="в конце декабря",  # 37
      place="Ленкорань")
event("взята", "1 января 1813 года крепость была взята штурмом", "capture", date="1 января 1813 года",  # 38
      place="Ленкорань",
      quantities=[qty("около 4 тыс. человек", "participants", 4000, approximate=True)],
      note="the garrison's strength is given in the previous sentence")
event("перебиты", "Почти все её защитники были перебиты, русские потеряли более 300 человек убитыми и "  # 39
      "около 600 ранеными", "capture", date="1 января 1813 года", place="Ленкорань", same_as=38,
      actors=[("её защитники", "target")],
      quantities=[qty("более 300 человек убитыми", "fatalities", 300, min=300, approximate=True),
                  qty("около 600 ранеными", "wounded", 600, approximate=True)],
      note="nearly all defenders killed (no count); the counts are Russian losses")
event("подписали", "12 октября 1813 года в урочище Гюлистан в Карабахе генерал Н. Ф. Ртищев и персидский "  # 40
      "уполномоченный Мирза Абуль-Хасан-хан подписали мирный договор", "treaty",
      date="12 октября 1813 года", place="Гюлистан",
      actors=[("генерал Н. Ф. Ртищев", "participant"), ("Мирза Абуль-Хасан-хан", "participant")])
event("переход", "Персия признала переход к России Дагестана, Грузии и закавказских ханств",  # 41
      "territorial_transfer", date="12 октября 1813 года", place="Дагестан",
      actors=[("Персия", "agent"), ("России", "participant")])
event("переход", "Персия признала переход к России Дагестана, Грузии и закавказских ханств",  # 42
      "territorial_transfer", date="12 октября 1813 года", place="Грузия",
      actors=[("Персия", "agent"), ("России", "participant")])
event("переход", "Персия признала переход к России Дагестана, Грузии и закавказских ханств",  # 43
      "territorial_transfer", date="12 октября 1813 года", place="Закавказье",
      actors=[("Персия", "agent"), ("России", "participant")])
