"""Gold spec for bench/heldout/korean_war_1950_1953.txt (hand-coded; build with bench/gold/build_gold.py).

The 38th parallel is a line of latitude, not a settlement, region, polity, river, mountain, lake or sea,
so its mentions are not annotated as places. All dates are New Style (Gregorian), as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/korean_war_1950_1953.txt"

gazetteer({
    "Корея": ("region", 38.0, 127.5, None),
    "Южная Корея": ("polity", 36.5, 127.8, "Q884"),
    "США": ("polity", 38.9, -77.04, "Q30"),
    "Сеул": ("settlement", 37.57, 126.98, "Q8684"),
    "Ханган": ("river", 37.52, 126.98, None),
    "Осан": ("settlement", 37.15, 127.07, None),
    "Тэджон": ("settlement", 36.35, 127.38, None),
    "Пусан": ("settlement", 35.10, 129.04, "Q16520"),
    "Нактонган": ("river", 35.9, 128.4, None),
    "Инчхон": ("settlement", 37.46, 126.70, None),
    "Северная Корея": ("polity", 40.0, 127.0, "Q423"),
    "Пхеньян": ("settlement", 39.02, 125.75, "Q18808"),
    "Ялуцзян": ("river", 40.1, 124.4, None),
    "Чосан": ("settlement", 40.83, 125.80, None),
    "Чосинское водохранилище": ("lake", 40.45, 127.25, None),
    "Хыннам": ("settlement", 39.83, 127.62, None),
    "Китай": ("polity", 39.9, 116.4, "Q148"),
    "Кэсон": ("settlement", 37.97, 126.55, None),
    "Панмунджом": ("settlement", 37.96, 126.68, None),
})

# ---- dates, in reading order
date("25 июня 1950 года", "1950-06-25", "day")
date("27 июня", "1950-06-27", "day", derivation="anchored")
date("в тот же день", "1950-06-27", "day", derivation="anchored")
date("28 июня", "1950-06-28", "day", derivation="anchored")
date("5 июля", "1950-07-05", "day", derivation="anchored")
date("20 июля", "1950-07-20", "day", derivation="anchored")
date("после месяца", None, None, kind="duration", duration="P1M",
     note="'after a month of wandering', counted from 20 July")
date("К началу августа", "1950-08-01/1950-08-10", "interval", derivation="anchored",
     note="'by early August': the state held by then")
date("Почти шесть недель", None, None, kind="duration", duration="P6W", note="approximate: almost six weeks")
date("15 сентября 1950 года", "1950-09-15", "day")
date("На следующий день", "1950-09-16", "day", derivation="computed", note="15 September + 1 day")
date("28 сентября", "1950-09-28", "day", derivation="anchored")
date("29 сентября", "1950-09-29", "day", derivation="anchored")
date("1 октября", "1950-10-01", "day", derivation="anchored")
date("19 октября", "1950-10-19", "day", derivation="anchored")
date("26 октября", "1950-10-26", "day", derivation="anchored")
date("19 октября", "1950-10-19", "day", derivation="anchored", note="'ещё 19 октября': the same day as above")
date("В конце ноября", "1950-11-21/1950-11-30", "interval", derivation="anchored")
date("около двух недель", None, None, kind="duration", duration="P2W", note="approximate")
date("5 декабря", "1950-12-05", "day", derivation="anchored")
date("к 24 декабря", "1950-12-24", "day", derivation="anchored",
     note="'by 24 December': the day the evacuation was complete")
date("23 декабря", "1950-12-23", "day", derivation="anchored")
date("через три дня", "1950-12-26", "day", derivation="computed", note="23 December + 3 days")
date("4 января 1951 года", "1951-01-04", "day")
date("Вскоре", "1951-01/1951-02", "interval", kind="vague", derivation="anchored", start="1951-01-04",
     note="'soon' after 4 January 1951 and before the mid-March recapture")
date("в середине марта", "1951-03-11/1951-03-20", "interval", derivation="anchored")
date("за год", None, None, kind="duration", duration="P1Y", note="'for the fourth time in a year'")
date("11 апреля", "1951-04-11", "day", derivation="anchored")
date("Весной", "1951-21", "season", derivation="anchored")
date("к лету", "1951-22", "season", derivation="anchored", note="'by summer': the state held by then")
date("10 июля 1951 года", "1951-07-10", "day")
date("В августе", "1951-08", "month", derivation="anchored")
date("25 октября", "1951-10-25", "day", derivation="anchored")
date("почти на два года", None, None, kind="duration", duration="P2Y", note="approximate: almost two years")
date("Тем временем", "1951-10-25/1953-07-27", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': while the talks dragged on")
date("18 июня 1953 года", "1953-06-18", "day")
date("27 июля 1953 года", "1953-07-27", "day")
date("через 12 часов", "1953-07-27", "day", derivation="computed",
     note="signed at 10:00; twelve hours later is 22:00 the same day")

# ---- places, in reading order
for quote, name in [
    ("Корее", "Корея"), ("Южную Корею", "Южная Корея"), ("Южной Корее", "Южная Корея"), ("США", None),
    ("Сеул", None), ("Ханган", None),
    ("Осана", "Осан"), ("Тэджон", None), ("Пусана", "Пусан"), ("Нактонган", None), ("Пусанский", "Пусан"),
    ("Инчхоне", "Инчхон"), ("Нактонгане", "Нактонган"), ("Сеул", None),
    ("Северную Корею", "Северная Корея"), ("Пхеньян", None), ("Ялуцзян", None), ("Чосана", "Чосан"),
    ("Ялуцзян", None), ("Чосинского водохранилища", "Чосинское водохранилище"), ("США", None),
    ("Пхеньян", None), ("Хыннам", None),
    ("Сеул", None), ("Китаю", "Китай"),
    ("Кэсоне", "Кэсон"), ("Панмунджоме", "Панмунджом"), ("Северной Кореи", "Северная Корея"),
    ("Панмунджоме", "Панмунджом"),
]:
    place(quote, name)

# ---- events
event("вторглась", "Война в Корее началась 25 июня 1950 года, когда северокорейская армия численностью "  # 0
      "около 135 тыс. человек перешла 38-ю параллель и вторглась в Южную Корею", "attack",
      date="25 июня 1950 года", place="Южная Корея", actors=[("северокорейская армия", "agent")],
      quantities=[qty("около 135 тыс. человек", "participants", 135000, approximate=True)])
event("призвал", "27 июня Совет Безопасности ООН призвал оказать помощь Южной Корее",  # 1
      "political_activity", date="27 июня", actors=[("Совет Безопасности ООН", "agent")],
      note="a Security Council resolution; where it was taken is not named (South Korea is its object)")
event("приказал", "в тот же день президент США Г. Трумэн приказал американской авиации и флоту вступить в бои",  # 2
      "decree", date="в тот же день", place="США",
      actors=[("президент США Г. Трумэн", "agent"), ("американской авиации и флоту", "participant")],
      note="the order commits US air and naval forces to the war")
event("заняли", "28 июня северокорейцы заняли Сеул", "capture", date="28 июня", place="Сеул",  # 3
      actors=[("северокорейцы", "agent")])
event("Отступая", "Отступая, южане преждевременно взорвали мост через реку Ханган", "retreat",  # 4
      date="28 июня", place="Сеул", actors=[("южане", "agent")],
      note="the withdrawal from Seoul; the place is the city named in the sentence before")
event("взорвали", "Отступая, южане преждевременно взорвали мост через реку Ханган", "explosion",  # 5
      date="28 июня", place="Ханган", actors=[("южане", "agent")],
      quantities=[qty("от 500 до 800 беженцев и солдат", "fatalities", None, min=500, max=800,
                      approximate=True)],
      note="the demolition is asserted; only the death toll is attributed ('по разным оценкам')")
event("бой", "5 июля у Осана в бой вступил первый американский отряд — около 540 человек", "battle",  # 6
      date="5 июля", place="Осан", actors=[("первый американский отряд", "participant")],
      quantities=[qty("около 540 человек", "participants", 540, approximate=True)])
event("отброшен", "5 июля у Осана в бой вступил первый американский отряд — около 540 человек, — "  # 7
      "но был смят и отброшен", "retreat", date="5 июля", place="Осан",
      actors=[("первый американский отряд", "agent")])
event("пал", "20 июля пал Тэджон", "capture", date="20 июля", place="Тэджон")  # 8
event("попал в плен", "руководивший его обороной генерал У. Дин после месяца скитаний попал в плен",  # 9
      "arrest", date={"edtf": "1950-08-20"}, actors=[("генерал У. Дин", "target")],
      note="20 July + one month; where he was taken is not said")
event("штурмовали", "Почти шесть недель северокорейцы безуспешно штурмовали Пусанский периметр",  # 10
      "attack", date={"edtf": "1950-08-01/1950-09-21"}, place="Пусан", assertion="failed",
      actors=[("северокорейцы", "agent")], note="early August + almost six weeks")
event("прибывали", "куда морем прибывали подкрепления", "reinforcement",  # 11
      date={"edtf": "1950-08-01/1950-09-21"}, place="Пусан", actors=[("подкрепления", "agent")])
event("высадились", "15 сентября 1950 года около 75 тыс. солдат 10-го корпуса высадились в Инчхоне",  # 12
      "reinforcement", date="15 сентября 1950 года", place="Инчхон", actors=[("10-го корпуса", "agent")],
      quantities=[qty("около 75 тыс. солдат", "participants", 75000, approximate=True)],
      note="amphibious landing behind the enemy's lines")
event("прорвала", "На следующий день 8-я армия прорвала кольцо на Нактонгане", "attack",  # 13
      date="На следующий день", place="Нактонган", actors=[("8-я армия", "agent")])
event("боёв", "После упорных уличных боёв 28 сентября Сеул был вновь взят", "battle",  # 14
      date={"edtf": "1950-09-16/1950-09-28"}, place="Сеул",
      note="the street fighting before the recapture; the text gives no date of its own")
event("взят", "28 сентября Сеул был вновь взят", "recapture", date="28 сентября", place="Сеул")  # 15
event("вернул", "29 сентября главнокомандующий Д. Макартур вернул город правительству Ли Сын Мана",  # 16
      "territorial_transfer", date="29 сентября", place="Сеул",
      actors=[("главнокомандующий Д. Макартур", "agent"), ("правительству Ли Сын Мана", "participant")],
      note="the city is handed back to the South Korean government")
event("откатывалась", "Разорванная надвое северокорейская армия откатывалась на север; десятки тысяч её "  # 17
      "солдат попали в плен", "retreat", date={"edtf": "1950-09-16/1950-10-31"},
      actors=[("северокорейская армия", "agent")],
      quantities=[qty("десятки тысяч её солдат", "prisoners", None, min=20000, max=90000, approximate=True)])
event("пересекли", "1 октября южнокорейские части пересекли параллель и вступили в Северную Корею",  # 18
      "attack", date="1 октября", place="Северная Корея", actors=[("южнокорейские части", "agent")])
event("вошли", "19 октября войска ООН вошли в Пхеньян", "capture", date="19 октября", place="Пхеньян",  # 19
      actors=[("войска ООН", "agent")])
event("вышел", "26 октября передовой южнокорейский отряд вышел к реке Ялуцзян у Чосана",  # 20
      "reinforcement", date="26 октября", place="Чосан",
      actors=[("передовой южнокорейский отряд", "agent")])
event("переправляться", "ещё 19 октября через Ялуцзян начали скрытно переправляться Китайские народные "  # 21
      "добровольцы Пэн Дэхуая", "reinforcement", date="19 октября", place="Ялуцзян",
      actors=[("Китайские народные добровольцы Пэн Дэхуая", "agent")],
      note="China's entry into the war")
event("окружили", "В конце ноября около 120 тыс. китайцев окружили у Чосинского водохранилища 1-ю дивизию "  # 22
      "морской пехоты США", "siege", date="В конце ноября", place="Чосинское водохранилище",
      actors=[("китайцев", "agent"), ("1-ю дивизию морской пехоты США", "target")],
      quantities=[qty("около 120 тыс. китайцев", "participants", 120000, approximate=True)],
      note="encirclement")
event("бои", "Прорываясь к морю, морские пехотинцы около двух недель вели тяжёлые бои", "battle",  # 23
      date={"edtf": "1950-11-21/1950-12-14"}, place="Чосинское водохранилище",
      actors=[("морские пехотинцы", "participant")], note="late November + about two weeks")
event("Прорываясь", "Прорываясь к морю, морские пехотинцы около двух недель вели тяжёлые бои", "retreat",  # 24
      date={"edtf": "1950-11-21/1950-12-14"}, place="Чосинское водохранилище",
      actors=[("морские пехотинцы", "agent")], note="the fighting withdrawal to the coast")
event("оставили", "5 декабря войска ООН оставили Пхеньян", "retreat", date="5 декабря", place="Пхеньян",  # 25
      actors=[("войска ООН", "agent")])
event("эвакуировали", "Из порта Хыннам к 24 декабря эвакуировали морем около 105 тыс. военных", "retreat",  # 26
      date="к 24 декабря", place="Хыннам",
      quantities=[qty("около 105 тыс. военных", "participants", 105000, approximate=True)],
      note="evacuation of the troops by sea")
event("эвакуировали", "Из порта Хыннам к 24 декабря эвакуировали морем около 105 тыс. военных и почти "  # 27
      "100 тыс. беженцев", "flight", date="к 24 декабря", place="Хыннам",
      actors=[("беженцев", "participant")],
      quantities=[qty("почти 100 тыс. беженцев", "displaced", 100000, max=100000, approximate=True)],
      note="the place is the port of departure, the only place the clause names")
event("принял", "через три дня 8-ю армию принял генерал М. Риджуэй", "political_activity",  # 28
      date="через три дня", actors=[("генерал М. Риджуэй", "participant")],
      note="appointment to command the Eighth Army")
event("заняли", "4 января 1951 года китайские и северокорейские войска снова заняли Сеул", "recapture",  # 29
      date="4 января 1951 года", place="Сеул", actors=[("китайские и северокорейские войска", "agent")],
      note="retaken by the side that had held it from June to September 1950")
event("контрнаступление", "Вскоре Риджуэй перешёл в контрнаступление", "attack", date="Вскоре",  # 30
      actors=[("Риджуэй", "agent")])
event("сменил хозяев", "в середине марта разрушенный город в четвёртый раз за год сменил хозяев",  # 31
      "recapture", date="в середине марта", place="Сеул",
      note="Seoul, retaken by the UN forces and the South Koreans")
event("отстранил", "11 апреля Трумэн отстранил Макартура", "political_activity", date="11 апреля",  # 32
      actors=[("Трумэн", "agent"), ("Макартура", "target")], note="dismissal from command")
event("наступления", "Весной китайцы предприняли два крупных наступления, но прорвать фронт не смогли",  # 33
      "attack", date="Весной", assertion="failed", actors=[("китайцы", "agent")])
event("переговоры", "10 июля 1951 года в Кэсоне открылись переговоры о перемирии", "negotiations",  # 34
      date="10 июля 1951 года", place="Кэсон")
event("прервала", "В августе северная сторона прервала их", "negotiations", date="В августе",  # 35
      place="Кэсон", actors=[("северная сторона", "agent")], same_as=34, note="the talks are broken off")
event("возобновились", "25 октября они возобновились в Панмунджоме", "negotiations",  # 36
      date="25 октября", place="Панмунджом")
event("затянулись", "Переговоры затянулись почти на два года", "negotiations",  # 37
      date={"edtf": "1951-07-10/1953-07-27"}, place="Панмунджом", same_as=34,
      note="the duration of the talks, from July 1951 to the armistice")
event("бои", "Тем временем на фронте шли кровопролитные бои за высоты", "battle", date="Тем временем")  # 38
event("бомбила", "Тем временем на фронте шли кровопролитные бои за высоты, а американская авиация бомбила "  # 39
      "города и плотины Северной Кореи", "bombardment", date="Тем временем", place="Северная Корея",
      actors=[("американская авиация", "agent"), ("города и плотины", "target")])
event("выпустили", "18 июня 1953 года по приказу Ли Сын Мана из лагерей выпустили около 27 тыс. пленных "  # 40
      "северокорейцев", "political_activity", date="18 июня 1953 года", actors=[("Ли Сын Мана", "agent")],
      quantities=[qty("около 27 тыс. пленных северокорейцев", "prisoners", 27000, approximate=True)],
      note="unilateral release of prisoners of war")
event("подписали соглашение о перемирии", "27 июля 1953 года в Панмунджоме генерал У. Харрисон и генерал "  # 41
      "Нам Ир подписали соглашение о перемирии", "treaty", date="27 июля 1953 года", place="Панмунджом",
      actors=[("генерал У. Харрисон", "participant"), ("генерал Нам Ир", "participant")])
event("огонь прекратился", "через 12 часов огонь прекратился", "treaty", date="через 12 часов",  # 42
      same_as=41, note="the armistice takes effect: the ceasefire along the whole front")
event("заключён", "Мирный договор так и не был заключён", "treaty", assertion="negated",  # 43
      note="no peace treaty followed the armistice; no date is named")
