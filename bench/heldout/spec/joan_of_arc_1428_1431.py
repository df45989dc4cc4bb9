"""Gold spec for bench/heldout/joan_of_arc_1428_1431.txt (hand-coded; build with bench/gold/build_gold.py).

All dates are before the 1582 reform; the text states once that they are Julian, and they are taken
as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/joan_of_arc_1428_1431.txt"

gazetteer({
    "Франция": ("polity", 47.0, 2.0, "Q142"),
    "Труа": ("settlement", 48.30, 4.08, None),
    "Париж": ("settlement", 48.857, 2.352, "Q90"),
    "Луара": ("river", 47.39, 0.69, "Q1469"),
    "Орлеан": ("settlement", 47.902, 1.909, None),
    "Рувре": ("settlement", 48.27, 1.95, None, "Рувре-Сен-Дени"),
    "Вокулёр": ("settlement", 48.60, 5.65, None),
    "Лотарингия": ("region", 48.7, 6.2, None),
    "Домреми": ("settlement", 48.44, 5.67, None, "Домреми-ла-Пюсель"),
    "Шинон": ("settlement", 47.167, 0.242, None),
    "Пуатье": ("settlement", 46.58, 0.34, None),
    "Блуа": ("settlement", 47.586, 1.335, None),
    "Сен-Лу": ("settlement", 47.905, 1.94, None),
    "Турель": ("settlement", 47.896, 1.905, None),
    "Жаржо": ("settlement", 47.864, 2.128, None),
    "Мён-сюр-Луар": ("settlement", 47.828, 1.70, None),
    "Божанси": ("settlement", 47.78, 1.63, None),
    "Пате": ("settlement", 48.05, 1.69, None),
    "Шампань": ("region", 49.0, 4.0, None),
    "Реймс": ("settlement", 49.258, 4.032, None),
    "Жьен": ("settlement", 47.69, 2.63, None),
    "Сен-Пьер-ле-Мутье": ("settlement", 46.79, 3.12, None),
    "Ла-Шарите": ("settlement", 47.18, 3.02, None, "Ла-Шарите-сюр-Луар"),
    "Компьень": ("settlement", 49.417, 2.826, None),
    "Боревуар": ("settlement", 50.00, 3.31, None),
    "Руан": ("settlement", 49.443, 1.099, None),
})

# ---- dates, in reading order
date("В 1428–1431 гг.", "1428/1431", "interval", note="Julian dates (stated once), taken as written")
date("1420 года", "1420", "year")
date("к 1428 году", "1428", "year", note="'by 1428': the state held by then")
date("12 октября 1428 года", "1428-10-12", "day")
date("27 октября", "1428-10-27", "day", derivation="anchored")
date("12 февраля 1429 года", "1429-02-12", "day")
date("Вскоре", "1429-02-12/1429-03-10", "interval", kind="vague", derivation="anchored",
     note="soon after 12 February, before the arrival in early March")
date("в начале марта", "1429-03-01/1429-03-10", "interval", derivation="anchored")
date("В конце апреля", "1429-04-21/1429-04-30", "interval", derivation="anchored")
date("29 апреля", "1429-04-29", "day", derivation="anchored")
date("4 мая", "1429-05-04", "day", derivation="anchored")
date("6 мая", "1429-05-06", "day", derivation="anchored")
date("7 мая", "1429-05-07", "day", derivation="anchored")
date("На следующий день", "1429-05-08", "day", derivation="computed", note="7 May + 1 day")
date("В июне", "1429-06", "month", derivation="anchored")
date("12 июня", "1429-06-12", "day", derivation="anchored")
date("15 июня", "1429-06-15", "day", derivation="anchored")
date("17 июня", "1429-06-17", "day", derivation="anchored")
date("18 июня", "1429-06-18", "day", derivation="anchored")
date("В конце июня", "1429-06-21/1429-06-30", "interval", derivation="anchored")
date("10 июля", "1429-07-10", "day", derivation="anchored")
date("17 июля", "1429-07-17", "day", derivation="anchored")
date("8 сентября", "1429-09-08", "day", derivation="anchored")
date("Через несколько дней", "1429-09-10/1429-09-18", "interval", derivation="computed",
     note="8 September + a few days")
date("21 сентября", "1429-09-21", "day", derivation="anchored")
date("В ноябре", "1429-11", "month", derivation="anchored")
date("в конце месяца", "1429-11-21/1429-11-30", "interval", derivation="anchored")
date("Весной 1430 года", "1430-21", "season")
date("23 мая", "1430-05-23", "day", derivation="anchored")
date("Несколько месяцев", None, None, kind="duration", note="unquantified: several months")
date("осенью", "1430-23", "season", derivation="anchored")
date("в конце октября", "1430-10-21/1430-10-31", "interval", derivation="anchored")
date("В конце декабря", "1430-12-21/1430-12-31", "interval", derivation="anchored")
date("9 января 1431 года", "1431-01-09", "day")
date("24 мая", "1431-05-24", "day", derivation="anchored")
date("вскоре", "1431-05-24/1431-05-30", "interval", kind="vague", derivation="anchored",
     note="soon after 24 May, before the execution of 30 May")
date("30 мая 1431 года", "1431-05-30", "day")

# ---- places, in reading order
for quote, name in [
    ("Франции", "Франция"), ("Труа", None), ("Парижем", "Париж"), ("Луары", "Луара"),
    ("Орлеан", None), ("Луару", "Луара"), ("Рувре", None),
    ("Вокулёра", "Вокулёр"), ("лотарингской", "Лотарингия"), ("Домреми", None), ("Шинон", None),
    ("Пуатье", None), ("Блуа", None), ("Орлеан", None), ("Сен-Лу", None), ("Турель", None),
    ("Луары", "Луара"), ("Жаржо", None), ("Мён-сюр-Луара", "Мён-сюр-Луар"), ("Божанси", None),
    ("Пате", None), ("Шампань", None), ("Реймсу", "Реймс"), ("Труа", None), ("Реймсе", "Реймс"),
    ("Парижа", "Париж"), ("Жьене", "Жьен"), ("Сен-Пьер-ле-Мутье", None), ("Ла-Шарите", None),
    ("Компьень", None), ("Боревуар", None), ("Компьеня", "Компьень"),
    ("Руан", None), ("Руане", "Руан"),
]:
    place(quote, name)

# ---- events
event("договору", "По договору в Труа 1420 года наследником французской короны был признан английский "  # 0
      "король", "treaty", date="1420 года", place="Труа")
event("владели", "к 1428 году англичане вместе с союзниками-бургундцами владели Парижем и всем севером "  # 1
      "страны", "occupation", date="к 1428 году", place="Париж",
      actors=[("англичане", "agent"), ("союзниками-бургундцами", "agent")],
      note="the state held by 1428; Paris is the one place named")
event("осадила", "12 октября 1428 года английская армия графа Солсбери численностью 4–5 тыс. человек "  # 2
      "осадила Орлеан", "siege", date="12 октября 1428 года", place="Орлеан",
      actors=[("английская армия графа Солсбери", "agent")],
      quantities=[qty("4–5 тыс. человек", "participants", None, min=4000, max=5000, approximate=True)])
event("ранен", "Уже 27 октября Солсбери был смертельно ранен ядром", "bombardment",  # 3
      date="27 октября", place="Орлеан", actors=[("Солсбери", "target")],
      note="a cannon shot from the besieged city")
event("атаковали", "12 февраля 1429 года у Рувре французы и шотландцы атаковали английский обоз с "  # 4
      "провиантом", "attack", date="12 февраля 1429 года", place="Рувре",
      actors=[("французы", "agent"), ("шотландцы", "agent"), ("английский обоз с провиантом", "target")])
event("нападение", "однако нападение было отбито: нападавшие потеряли, по разным оценкам, от 300 до 600 "  # 5
      "человек", "attack", date="12 февраля 1429 года", place="Рувре", assertion="failed", same_as=4,
      actors=[("нападавшие", "agent")],
      quantities=[qty("от 300 до 600 человек", "fatalities", None, min=300, max=600, approximate=True)],
      note="only the count is attributed ('по разным оценкам')")
event("стычка", "Эта стычка вошла в историю как «битва селёдок»", "battle",  # 6
      date="12 февраля 1429 года", place="Рувре", same_as=4)
event("поставил её во главе", "дофин поставил её во главе отряда", "political_activity",  # 7
      date={"edtf": "1429-03/1429-04"}, actors=[("дофин", "agent"), ("её", "participant")],
      note="appointment; after early March, before the march from Blois in late April")
event("выступило", "В конце апреля из Блуа к осаждённому городу выступило войско с обозом продовольствия",  # 8
      "reinforcement", date="В конце апреля", place="Блуа", actors=[("войско", "agent")],
      note="the relief force sets out from Blois for Orléans")
event("вошла", "29 апреля Жанна вошла в Орлеан", "reinforcement", date="29 апреля", place="Орлеан",  # 9
      actors=[("Жанна", "agent")])
event("взяли", "4 мая французы штурмом взяли бастиду Сен-Лу", "capture", date="4 мая", place="Сен-Лу",  # 10
      actors=[("французы", "agent")])
event("пал", "6 мая пал укреплённый монастырь августинцев", "capture", date="6 мая", place="Орлеан",  # 11
      note="a fortified convent opposite Orléans; the place is the city")
event("боя", "7 мая после ожесточённого боя был захвачен форт Турель", "battle", date="7 мая",  # 12
      place="Турель")
event("захвачен", "7 мая после ожесточённого боя был захвачен форт Турель", "capture", date="7 мая",  # 13
      place="Турель")
event("погибли", "погибли почти все его защитники, около 400 человек", "battle", date="7 мая",  # 14
      place="Турель", same_as=12, actors=[("его защитники", "target")],
      quantities=[qty("около 400 человек", "fatalities", 400, approximate=True)])
event("сняли осаду", "На следующий день англичане сняли осаду", "siege", date="На следующий день",  # 15
      place="Орлеан", same_as=2, actors=[("англичане", "agent")], note="the siege ends")
event("отступили", "На следующий день англичане сняли осаду и отступили", "retreat",  # 16
      date="На следующий день", place="Орлеан", actors=[("англичане", "agent")])
event("поход", "В июне развернулся поход вдоль Луары", "attack", date="В июне", place="Луара")  # 17
event("взят", "12 июня был взят Жаржо", "capture", date="12 июня", place="Жаржо")  # 18
event("попал в плен", "где попал в плен граф Саффолк", "arrest", date="12 июня", place="Жаржо",  # 19
      actors=[("граф Саффолк", "target")])
event("перебили", "победители, по свидетельствам хронистов, перебили многих пленных", "massacre",  # 20
      date="12 июня", place="Жаржо", assertion="reported",
      actors=[("победители", "agent"), ("пленных", "target")])
event("захватили", "15 июня французы захватили мост у Мён-сюр-Луара", "capture", date="15 июня",  # 21
      place="Мён-сюр-Луар", actors=[("французы", "agent")])
event("капитулировал", "17 июня капитулировал гарнизон Божанси", "capture", date="17 июня",  # 22
      place="Божанси", actors=[("гарнизон Божанси", "target")], note="surrender of the garrison")
event("разгромила", "18 июня при Пате французская конница разгромила армию Тальбота: англичане потеряли "  # 23
      "около 2 тыс. убитыми, ещё около 200 человек, среди них сам Тальбот, оказались в плену", "battle",
      date="18 июня", place="Пате",
      actors=[("французская конница", "agent"), ("армию Тальбота", "target")],
      quantities=[qty("около 2 тыс. убитыми", "fatalities", 2000, approximate=True),
                  qty("около 200 человек", "prisoners", 200, approximate=True)])
event("двинулась", "В конце июня армия дофина численностью около 12 тыс. человек двинулась через "  # 24
      "Шампань к Реймсу", "reinforcement", date="В конце июня", place="Реймс",
      actors=[("армия дофина", "agent")],
      quantities=[qty("около 12 тыс. человек", "participants", 12000, approximate=True)],
      note="the place is the destination")
event("открыл ворота", "10 июля без боя открыл ворота Труа", "occupation", date="10 июля", place="Труа",  # 25
      note="the city surrendered without a fight")
event("коронован", "17 июля Карл VII был коронован в Реймсе", "political_activity", date="17 июля",  # 26
      place="Реймс", actors=[("Карл VII", "participant")])
event("приступ", "8 сентября Жанна повела войска на приступ Парижа", "attack", date="8 сентября",  # 27
      place="Париж", actors=[("Жанна", "agent")])
event("штурм", "но штурм провалился", "attack", date="8 сентября", place="Париж",  # 28
      assertion="failed", same_as=27)
event("отступить", "Через несколько дней король приказал отступить", "retreat",  # 29
      date="Через несколько дней", place="Париж", actors=[("король", "agent")],
      note="withdrawal from before Paris")
event("распущена", "21 сентября в Жьене армия была распущена", "political_activity",  # 30
      date="21 сентября", place="Жьен", actors=[("армия", "participant")], note="the army is disbanded")
event("взяла", "В ноябре Жанна взяла Сен-Пьер-ле-Мутье", "capture", date="В ноябре",  # 31
      place="Сен-Пьер-ле-Мутье", actors=[("Жанна", "agent")])
event("осада", "начатая в конце месяца осада Ла-Шарите окончилась неудачей", "siege",  # 32
      date="в конце месяца", place="Ла-Шарите", assertion="failed")
event("осадили", "Весной 1430 года бургундцы осадили Компьень", "siege", date="Весной 1430 года",  # 33
      place="Компьень", actors=[("бургундцы", "agent")])
event("вылазки", "23 мая во время вылазки", "attack", date="23 мая", place="Компьень")  # 34
event("захватили в плен", "23 мая во время вылазки Жанну захватили в плен солдаты Жана Люксембургского",  # 35
      "arrest", date="23 мая", place="Компьень",
      actors=[("Жанну", "target"), ("солдаты Жана Люксембургского", "agent")])
event("Осада", "Осада Компьеня была снята в конце октября", "siege", date="в конце октября",  # 36
      place="Компьень", same_as=33, note="the siege ends")
event("сожгли", "30 мая 1431 года её сожгли на площади Старого рынка в Руане", "execution",  # 37
      date="30 мая 1431 года", place="Руан", actors=[("её", "target")])
