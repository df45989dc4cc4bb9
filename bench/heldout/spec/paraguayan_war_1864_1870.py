"""Gold spec for bench/heldout/paraguayan_war_1864_1870.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/paraguayan_war_1864_1870.txt"

gazetteer({
    "Парагвай": ("polity", -25.28, -57.63, "Q733"),
    "Бразилия": ("polity", -14.2, -51.9, "Q155"),
    "Уругвай": ("polity", -32.5, -55.8, "Q77"),
    "река Парагвай": ("river", -25.3, -57.65, None),
    "Мату-Гросу": ("region", -15.6, -56.1, None),
    "Коимбра": ("settlement", -19.92, -57.79, None),
    "Пайсанду": ("settlement", -32.32, -58.08, None),
    "Монтевидео": ("settlement", -34.9, -56.19, "Q1335"),
    "Аргентина": ("polity", -34.0, -64.0, "Q414"),
    "Коррьентес": ("settlement", -27.47, -58.83, None),
    "Буэнос-Айрес": ("settlement", -34.6, -58.38, "Q1486"),
    "Риачуэло": ("river", -27.55, -58.75, None),
    "Парана": ("river", -27.4, -58.7, None),
    "Риу-Гранди-ду-Сул": ("region", -30.0, -53.5, None),
    "Уругваяна": ("settlement", -29.75, -57.09, None),
    "Ятай": ("settlement", -29.68, -57.1, None),
    "Пасо-де-ла-Патрия": ("settlement", -27.32, -58.57, None),
    "Туюти": ("settlement", -27.23, -58.43, None),
    "Курусу": ("settlement", -27.13, -58.59, None),
    "Курупайти": ("settlement", -27.1, -58.56, None),
    "Умайта": ("settlement", -27.07, -58.51, None),
    "Асунсьон": ("settlement", -25.28, -57.63, None),
    "Сан-Фернандо": ("settlement", -26.6, -58.1, None),
    "Итороро": ("settlement", -25.47, -57.48, None),
    "Аваи": ("settlement", -25.52, -57.5, None),
    "Ломас-Валентинас": ("settlement", -25.45, -57.53, None),
    "Ангостура": ("settlement", -25.53, -57.58, None),
    "Пирибебуй": ("settlement", -25.47, -57.04, None),
    "Акоста-Нью": ("settlement", -25.38, -56.98, None),
    "Серро-Кора": ("settlement", -22.65, -56.02, None),
    "Акидабан": ("river", -22.64, -56.05, None),
})

# ---- dates, in reading order (the text declares Gregorian dates; nothing to convert)
date("с 1864 по 1870 год", "1864/1870", "interval")
date("30 августа 1864 года", "1864-08-30", "day")
date("12 ноября", "1864-11-12", "day", derivation="anchored")
date("В конце декабря", "1864-12-21/1864-12-31", "interval", derivation="anchored")
date("двухдневного", None, None, kind="duration", duration="P2D")
date("ночью", "1864-12-21/1864-12-31", "interval", kind="vague", derivation="anchored",
     note="a night after the two-day fight at the end of December 1864")
date("Тем временем", "1864-12", "month", kind="vague", derivation="anchored",
     note="'meanwhile': while the Mato Grosso campaign went on, December 1864")
date("2 января 1865 года", "1865-01-02", "day")
date("20 февраля", "1865-02-20", "day", derivation="anchored")
date("18 марта", "1865-03-18", "day", derivation="anchored")
date("13 апреля", "1865-04-13", "day", derivation="anchored")
date("на следующий день", "1865-04-14", "day", derivation="computed", note="13 April + 1 day")
date("1 мая", "1865-05-01", "day", derivation="anchored")
date("11 июня 1865 года", "1865-06-11", "day")
date("5 августа", "1865-08-05", "day", derivation="anchored")
date("17 августа", "1865-08-17", "day", derivation="anchored")
date("18 сентября", "1865-09-18", "day", derivation="anchored")
date("К началу ноября", "1865-11-01/1865-11-10", "interval", derivation="anchored",
     note="'by early November': the state reached by then")
date("16 апреля 1866 года", "1866-04-16", "day")
date("24 мая", "1866-05-24", "day", derivation="anchored")
date("3 сентября", "1866-09-03", "day", derivation="anchored")
date("через девятнадцать дней", "1866-09-22", "day", derivation="computed", note="3 September + 19 days")
date("В октябре", "1866-10", "month", derivation="anchored")
date("19 февраля 1868 года", "1868-02-19", "day")
date("через пять дней", "1868-02-24", "day", derivation="computed", note="19 February + 5 days")
date("25 июля", "1868-07-25", "day", derivation="anchored")
date("Во второй половине года", "1868-07/1868-12", "interval", derivation="anchored")
date("В декабре", "1868-12", "month", derivation="anchored")
date("27 декабря", "1868-12-27", "day", derivation="anchored")
date("спустя три дня", "1868-12-30", "day", derivation="computed", note="27 December + 3 days")
date("1 января 1869 года", "1869-01-01", "day")
date("В апреле", "1869-04", "month", derivation="anchored")
date("12 августа", "1869-08-12", "day", derivation="anchored")
date("15 августа", "1869-08-15", "day", derivation="anchored")
date("На следующий день", "1869-08-16", "day", derivation="computed", note="15 August + 1 day")
date("1 марта 1870 года", "1870-03-01", "day")
date("20 июня", "1870-06-20", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Парагвайская", "Парагвай"), ("Бразилии", "Бразилия"), ("Уругвае", "Уругвай"), ("Парагвая", "Парагвай"),
    ("Парагвай", "река Парагвай"), ("Мату-Гросу", None), ("Коимбра", None),
    ("Пайсанду", None), ("Монтевидео", None), ("Аргентине", "Аргентина"), ("Коррьентеса", "Коррьентес"),
    ("Буэнос-Айресе", "Буэнос-Айрес"), ("Бразилия", None), ("Аргентина", None), ("Уругвай", None),
    ("Риачуэло", None), ("Паране", "Парана"), ("Риу-Гранди-ду-Сул", None), ("Уругваяну", "Уругваяна"),
    ("Ятая", "Ятай"), ("Уругваяне", "Уругваяна"), ("Коррьентеса", "Коррьентес"), ("Парану", "Парана"),
    ("Парану", "Парана"), ("Пасо-де-ла-Патрия", None), ("Туюти", None), ("Курусу", None),
    ("Курупайти", None),
    ("Умайта", None), ("Асунсьон", None), ("Умайты", "Умайта"), ("Сан-Фернандо", None),
    ("Итороро", None), ("Аваи", None), ("Ломас-Валентинас", None), ("Ангостуры", "Ангостура"),
    ("Асунсьон", None),
    ("Пирибебуй", None), ("Асунсьоне", "Асунсьон"), ("Акоста-Нью", None), ("Серро-Кора", None),
    ("Акидабан", None), ("Асунсьоне", "Асунсьон"),
]:
    place(quote, name)

# ---- events
event("вмешательство", "вмешательство Бразилии в междоусобную борьбу в Уругвае", "attack",  # 0
      date={"edtf": "1864"}, place="Уругвай", actors=[("Бразилии", "agent")],
      note="Brazil's armed intervention in the Uruguayan civil war; the text gives no date of its own")
event("предостерёг", "30 августа 1864 года президент Парагвая Франсиско Солано Лопес предостерёг "  # 1
      "бразильцев от ввода войск в соседнюю республику", "political_activity",
      date="30 августа 1864 года", place="Парагвай",
      actors=[("Франсиско Солано Лопес", "agent"), ("бразильцев", "target")],
      note="an ultimatum")
event("задержали", "12 ноября парагвайцы задержали на реке Парагвай бразильский пароход «Маркиз де Олинда»",  # 2
      "capture", date="12 ноября", place="река Парагвай",
      actors=[("парагвайцы", "agent"), ("бразильский пароход «Маркиз де Олинда»", "target")],
      note="seizure of a ship")
event("вторглись", "В конце декабря их отряды вторглись в провинцию Мату-Гросу", "attack",  # 3
      date="В конце декабря", place="Мату-Гросу", actors=[("их отряды", "agent")])
event("боя", "после двухдневного боя овладели фортом Коимбра", "battle",  # 4
      date="В конце декабря", place="Коимбра")
event("овладели", "после двухдневного боя овладели фортом Коимбра", "capture",  # 5
      date="В конце декабря", place="Коимбра")
event("ушёл", "гарнизон которого ночью ушёл вверх по реке", "retreat",  # 6
      date="ночью", place="Коимбра", actors=[("гарнизон", "agent")])
event("осадили", "Тем временем бразильцы и сторонники генерала Венансио Флореса осадили уругвайский город "  # 7
      "Пайсанду", "siege", date="Тем временем", place="Пайсанду",
      actors=[("бразильцы", "agent"), ("сторонники генерала Венансио Флореса", "agent")])
event("пал", "2 января 1865 года он пал", "capture", date="2 января 1865 года", place="Пайсанду")  # 8
event("расстрелян", "его защитник Леандро Гомес был расстрелян", "execution",  # 9
      date="2 января 1865 года", place="Пайсанду", actors=[("Леандро Гомес", "target")])
event("капитулировал", "20 февраля капитулировал Монтевидео", "capture",  # 10
      date="20 февраля", place="Монтевидео", note="the city surrendered to Flores and the Brazilians")
event("перешла", "власть в стране перешла к Флоресу", "political_activity",  # 11
      date="20 февраля", place="Уругвай", actors=[("Флоресу", "participant")])
event("объявил войну", "18 марта парагвайский конгресс объявил войну Аргентине", "political_activity",  # 12
      date="18 марта", place="Парагвай",
      actors=[("парагвайский конгресс", "agent"), ("Аргентине", "target")])
event("захватили", "13 апреля парагвайцы захватили в порту Коррьентеса два аргентинских парохода",  # 13
      "capture", date="13 апреля", place="Коррьентес",
      actors=[("парагвайцы", "agent"), ("два аргентинских парохода", "target")])
event("заняли", "13 апреля парагвайцы захватили в порту Коррьентеса два аргентинских парохода, а на "  # 14
      "следующий день заняли и сам город", "capture", date="на следующий день", place="Коррьентес",
      actors=[("парагвайцы", "agent")])
event("подписали", "1 мая в Буэнос-Айресе Бразилия, Аргентина и Уругвай подписали договор о Тройственном "  # 15
      "союзе", "treaty", date="1 мая", place="Буэнос-Айрес",
      actors=[("Бразилия", "participant"), ("Аргентина", "participant"), ("Уругвай", "participant")])
event("уничтожила", "11 июня 1865 года бразильская эскадра адмирала Баррозу уничтожила парагвайский флот "  # 16
      "у устья Риачуэло на Паране", "battle", date="11 июня 1865 года", place="Риачуэло",
      actors=[("бразильская эскадра адмирала Баррозу", "agent"), ("парагвайский флот", "target")])
event("вторглась", "Колонна полковника Эстигаррибии вторглась в Риу-Гранди-ду-Сул", "attack",  # 17
      date={"edtf": "1865-06/1865-08-05"}, place="Риу-Гранди-ду-Сул",
      actors=[("Колонна полковника Эстигаррибии", "agent")],
      note="no date of its own: around the June battle and before the entry into Uruguaiana on 5 August")
event("вошла", "Колонна полковника Эстигаррибии вторглась в Риу-Гранди-ду-Сул и 5 августа вошла в "  # 18
      "Уругваяну", "capture", date="5 августа", place="Уругваяна",
      actors=[("Колонна полковника Эстигаррибии", "agent")])
event("разгромили", "17 августа у Ятая союзники разгромили другой парагвайский отряд: около 1,7 тыс. его "  # 19
      "солдат погибли, более 1,2 тыс. попали в плен", "battle", date="17 августа", place="Ятай",
      actors=[("союзники", "agent"), ("другой парагвайский отряд", "target")],
      quantities=[qty("около 1,7 тыс. его солдат", "fatalities", 1700, approximate=True),
                  qty("более 1,2 тыс.", "prisoners", 1200, min=1200, approximate=True)])
event("Осаждённый", "Осаждённый в Уругваяне Эстигаррибия", "siege",  # 20
      date={"edtf": "1865-08-05/1865-09-18"}, place="Уругваяна", actors=[("Эстигаррибия", "target")],
      note="between the entry of 5 August and the surrender of 18 September")
event("сдался", "Осаждённый в Уругваяне Эстигаррибия сдался 18 сентября вместе с 5,5 тыс. солдат",  # 21
      "recapture", date="18 сентября", place="Уругваяна", actors=[("Эстигаррибия", "target")],
      quantities=[qty("5,5 тыс. солдат", "prisoners", 5500)],
      note="the Paraguayan garrison surrendered and the Brazilian town was regained")
event("отвёл", "К началу ноября Лопес отвёл войска из Коррьентеса за Парану", "retreat",  # 22
      date="К началу ноября", place="Коррьентес", actors=[("Лопес", "agent")])
event("переправилась", "16 апреля 1866 года армия союзников под началом аргентинского президента Бартоломе "  # 23
      "Митре переправилась через Парану у Пасо-де-ла-Патрия", "attack", date="16 апреля 1866 года",
      place="Пасо-де-ла-Патрия", actors=[("армия союзников", "agent")],
      note="the invasion of Paraguay across the Paraná")
event("атаковали", "24 мая парагвайцы атаковали её лагерь у Туюти и потеряли убитыми около 6 тыс. человек",  # 24
      "attack", date="24 мая", place="Туюти", actors=[("парагвайцы", "agent"), ("её лагерь", "target")],
      quantities=[qty("около 6 тыс. человек", "fatalities", 6000, approximate=True)])
event("взяли", "3 сентября бразильцы взяли Курусу", "capture", date="3 сентября", place="Курусу",  # 25
      actors=[("бразильцы", "agent")])
event("штурм", "через девятнадцать дней штурм укреплений Курупайти провалился: союзники лишились около "  # 26
      "4 тыс. человек убитыми и ранеными", "attack", date="через девятнадцать дней", place="Курупайти",
      assertion="failed", actors=[("союзники", "agent")],
      quantities=[qty("около 4 тыс. человек", "fatalities", 4000, approximate=True)],
      note="the count is of killed and wounded together")
event("назначен", "В октябре командующим бразильскими войсками был назначен маркиз Кашиас",  # 27
      "political_activity", date="В октябре", actors=[("маркиз Кашиас", "participant")])
event("прорвались", "19 февраля 1868 года бразильские броненосцы прорвались мимо её батарей", "attack",  # 28
      date="19 февраля 1868 года", place="Умайта", actors=[("бразильские броненосцы", "agent")])
event("обстреляли", "19 февраля 1868 года бразильские броненосцы прорвались мимо её батарей, а через пять "  # 29
      "дней обстреляли Асунсьон", "bombardment", date="через пять дней", place="Асунсьон",
      actors=[("бразильские броненосцы", "agent")])
event("ушёл", "Гарнизон Умайты ушёл за реку", "retreat", date={"edtf": "1868-07"}, place="Умайта",  # 30
      actors=[("Гарнизон Умайты", "agent")],
      note="no date of its own: just before the occupation of 25 July")
event("заняли", "Гарнизон Умайты ушёл за реку, и 25 июля крепость заняли союзники", "capture",  # 31
      date="25 июля", place="Умайта", actors=[("союзники", "agent")])
event("казнили", "Во второй половине года в лагере Сан-Фернандо по приказу Лопеса, опасавшегося заговора, "  # 32
      "казнили сотни людей, обвинённых в измене", "execution", date="Во второй половине года",
      place="Сан-Фернандо", actors=[("Лопеса", "agent"), ("сотни людей", "target")],
      quantities=[qty("сотни людей", "fatalities", None, min=200, max=900, approximate=True)])
for where in ("Итороро", "Аваи", "Ломас-Валентинас"):  # 33, 34, 35
    event("разбил", "В декабре Кашиас разбил парагвайцев при Итороро, Аваи и Ломас-Валентинас", "battle",
          date="В декабре", place=where, actors=[("Кашиас", "agent"), ("парагвайцев", "target")])
event("бежал", "27 декабря Лопес бежал с поля боя", "retreat", date="27 декабря",  # 36
      place="Ломас-Валентинас", actors=[("Лопес", "agent")])
event("сдался", "спустя три дня сдался гарнизон Ангостуры", "capture", date="спустя три дня",  # 37
      place="Ангостура", actors=[("гарнизон Ангостуры", "target")],
      note="the garrison surrendered to the allies")
event("вступили", "1 января 1869 года бразильцы вступили в Асунсьон", "occupation",  # 38
      date="1 января 1869 года", place="Асунсьон", actors=[("бразильцы", "agent")])
event("разграбили", "1 января 1869 года бразильцы вступили в Асунсьон и разграбили его", "looting",  # 39
      date="1 января 1869 года", place="Асунсьон", actors=[("бразильцы", "agent")])
event("принял", "В апреле командование бразильскими войсками принял граф д’Э", "political_activity",  # 40
      date="В апреле", actors=[("граф д’Э", "participant")])
event("взяли", "12 августа его части штурмом взяли Пирибебуй", "capture", date="12 августа",  # 41
      place="Пирибебуй", actors=[("его части", "agent")])
event("казнён", "где после боя был казнён комендант Педро Пабло Кабальеро", "execution",  # 42
      date="12 августа", place="Пирибебуй", actors=[("комендант Педро Пабло Кабальеро", "target")])
event("учреждено", "15 августа в Асунсьоне было учреждено Временное правительство", "founding",  # 43
      date="15 августа", place="Асунсьон", actors=[("Временное правительство", "participant")])
event("разгромлен", "На следующий день у Акоста-Нью был разгромлен отряд примерно в 3,5 тыс. человек",  # 44
      "battle", date="На следующий день", place="Акоста-Нью", actors=[("отряд", "target")],
      quantities=[qty("примерно в 3,5 тыс. человек", "participants", 3500, approximate=True)])
event("отступил", "Лопес с остатками армии отступил на северо-восток", "retreat",  # 45
      date={"edtf": "1869-08-16/1870-03-01"}, actors=[("Лопес с остатками армии", "agent")],
      note="between Acosta Ñu and Cerro Corá")
event("настиг", "1 марта 1870 года у Серро-Кора его настиг бразильский отряд", "attack",  # 46
      date="1 марта 1870 года", place="Серро-Кора", actors=[("бразильский отряд", "agent")])
event("убит", "президент был убит на берегу реки Акидабан", "attack", date="1 марта 1870 года",  # 47
      place="Акидабан", actors=[("президент", "target")], same_as=46,
      note="the same clash; it adds that López was killed")
event("подписали", "20 июня в Асунсьоне подписали предварительный мирный протокол", "treaty",  # 48
      date="20 июня", place="Асунсьон")
