"""Gold spec for bench/heldout/turkestan_conquest_1864_1868.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style; day and month dates are converted to the Gregorian
calendar (+12 days in the 19th century), whole months as intervals; seasons and years are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/turkestan_conquest_1864_1868.txt"

OS = "Old Style in the text, +12 days"

gazetteer({
    "Российская империя": ("polity", 55.75, 37.62, "Q34266"),
    "Средняя Азия": ("region", 41.0, 64.0, None),
    "Кокандское ханство": ("polity", 40.53, 70.94, None),
    "Бухарский эмират": ("polity", 39.77, 64.42, None),
    "Семиречье": ("region", 44.5, 77.5, None),
    "Сырдарьинская линия": ("region", 44.85, 65.5, None),
    "Аулие-Ата": ("settlement", 42.9, 71.37, None, "Тараз"),
    "Туркестан": ("settlement", 43.3, 68.25, None),
    "Чимкент": ("settlement", 42.32, 69.6, None, "Шымкент"),
    "Ташкент": ("settlement", 41.31, 69.28, "Q269"),
    "Иканы": ("settlement", 43.19, 68.07, None, "Икан"),
    "Туркестанская область": ("region", 41.31, 69.28, None),
    "Петербург": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "Ниязбек": ("settlement", 41.42, 69.48, None),
    "Чирчик": ("river", 41.45, 69.5, None),
    "Джизак": ("settlement", 40.12, 67.84, None),
    "Ирджар": ("region", 40.3, 68.8, None),
    "Ходжент": ("settlement", 40.28, 69.62, None, "Худжанд"),
    "Ура-Тюбе": ("settlement", 39.92, 69.0, None, "Истаравшан"),
    "Туркестанское генерал-губернаторство": ("region", 41.31, 69.28, None),
    "Самарканд": ("settlement", 39.65, 66.96, None),
    "Зеравшан": ("river", 39.72, 66.95, None),
    "Чупан-Ата": ("mountain", 39.68, 67.0, None),
    "Катта-Курган": ("settlement", 39.9, 66.26, None, "Каттакурган"),
    "Зерабулак": ("mountain", 39.95, 65.95, None),
    "Шахрисабз": ("settlement", 39.06, 66.83, None),
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Зеравшанский округ": ("region", 39.65, 66.96, None),
})

# ---- dates, in reading order
date("В 1864–1868 годах", "1864/1868", "interval")
date("Весной 1864 года", "1864-21", "season")
date("4 июня", "1864-06-16", "day", derivation="anchored", note=OS)
date("12 июня", "1864-06-24", "day", derivation="anchored", note=OS)
date("В июле", "1864-07-13/1864-08-12", "month", derivation="anchored", note=OS + "; the whole month")
date("22 сентября", "1864-10-04", "day", derivation="anchored", note=OS)
date("Через несколько дней", "1864-10-06/1864-10-14", "interval", derivation="computed",
     note="22 September (OS) = 4 October + a few days")
date("2 октября", "1864-10-14", "day", derivation="anchored", note=OS)
date("В начале декабря того же года", "1864-12-13/1864-12-22", "interval", derivation="anchored",
     note=OS + "; 1-10 December OS")
date("Трое суток", None, None, kind="duration", duration="P3D")
date("12 февраля 1865 года", "1865-02-24", "day", note=OS)
date("в конце апреля", "1865-05-03/1865-05-12", "interval", derivation="anchored",
     note=OS + "; 21-30 April OS")
date("9 мая", "1865-05-21", "day", derivation="anchored", note=OS)
date("В ночь на 15 июня", "1865-06-26/1865-06-27", "day", derivation="anchored",
     note=OS + "; the night of 14/15 June OS")
date("После двух дней", None, None, kind="duration", duration="P2D")
date("17 июня", "1865-06-29", "day", derivation="anchored", note=OS)
date("Осенью 1865 года", "1865-23", "season")
date("В январе 1866 года", "1866-01-13/1866-02-12", "month", note=OS + "; the whole month")
date("В марте", "1866-03-13/1866-04-12", "month", derivation="anchored", note=OS + "; the whole month")
date("8 мая", "1866-05-20", "day", derivation="anchored", note=OS)
date("24 мая", "1866-06-05", "day", derivation="anchored", note=OS)
date("недельной", None, None, kind="duration", duration="P1W")
date("Осенью", "1866-23", "season", derivation="anchored")
date("2 октября", "1866-10-14", "day", derivation="anchored", note=OS)
date("18 октября", "1866-10-30", "day", derivation="anchored", note=OS)
date("в августе", "1866-08-13/1866-09-12", "month", derivation="anchored",
     note=OS + "; August 1866 ('Ещё в августе', before the autumn campaign)")
date("11 июля 1867 года", "1867-07-23", "day", note=OS)
date("Весной 1868 года", "1868-21", "season")
date("1 мая", "1868-05-13", "day", derivation="anchored", note=OS)
date("на следующий день", "1868-05-14", "day", derivation="computed", note="1 May (OS) + 1 day, converted")
date("18 мая", "1868-05-30", "day", derivation="anchored", note=OS)
date("В конце мая", "1868-06-02/1868-06-12", "interval", derivation="anchored", note=OS + "; 21-31 May OS")
date("2 июня", "1868-06-14", "day", derivation="anchored", note=OS)
date("В тот же день", "1868-06-14", "day", derivation="anchored", note="the day of 2 June (OS)")
date("почти неделю", None, None, kind="duration", duration="P1W", note="'almost a week'")
date("8 июня", "1868-06-20", "day", derivation="anchored", note=OS)
date("23 июня", "1868-07-05", "day", derivation="anchored", note=OS)

# ---- places, in reading order
for quote, name in [
    ("Российская империя", None), ("Средней Азии", "Средняя Азия"),
    ("Кокандскому ханству", "Кокандское ханство"), ("Бухарскому эмирату", "Бухарский эмират"),
    ("Семиречья", "Семиречье"), ("Сырдарьинской линии", "Сырдарьинская линия"), ("Аулие-Ата", None),
    ("Туркестан", None), ("Чимкент", None), ("Чимкент", None), ("Ташкенту", "Ташкент"), ("Чимкент", None),
    ("Туркестану", "Туркестан"), ("Иканы", None), ("Туркестана", "Туркестан"),
    ("Туркестанская область", None), ("Петербурга", "Петербург"), ("Ниязбек", None), ("Чирчик", None),
    ("Ташкент", None), ("Ташкента", "Ташкент"),
    ("Ташкент", None), ("Джизаку", "Джизак"), ("Ирджар", None), ("Джизак", None), ("Ходжент", None),
    ("Ура-Тюбе", None), ("Джизак", None), ("Ташкент", None),
    ("Туркестанское генерал-губернаторство", None), ("Ташкенте", "Ташкент"),
    ("Самарканда", "Самарканд"), ("Зеравшан", None), ("Чупан-Атинских", "Чупан-Ата"),
    ("Самарканд", None), ("Катта-Курган", None), ("Катта-Кургану", "Катта-Курган"),
    ("Самарканде", "Самарканд"), ("Зерабулакских", "Зерабулак"), ("Шахрисабза", "Шахрисабз"),
    ("Самарканда", "Самарканд"), ("Бухарский эмират", None), ("России", "Россия"),
    ("Самарканд", None), ("Катта-Курган", None), ("Зеравшанский округ", None),
]:
    place(quote, name)

# ---- events
event("присоединила", "В 1864–1868 годах Российская империя присоединила обширные земли Средней Азии",  # 0
      "annexation", date="В 1864–1868 годах", place="Средняя Азия",
      actors=[("Российская империя", "agent")])
event("наступление", "Весной 1864 года русские войска начали наступление с двух сторон", "attack",  # 1
      date="Весной 1864 года", actors=[("русские войска", "agent")])
event("овладел", "4 июня Черняев штурмом овладел крепостью Аулие-Ата", "capture",  # 2
      date="4 июня", place="Аулие-Ата", actors=[("Черняев", "agent")])
event("взял", "а 12 июня Верёвкин взял город Туркестан", "capture",  # 3
      date="12 июня", place="Туркестан", actors=[("Верёвкин", "agent")])
event("захватить", "В июле Черняев попытался захватить Чимкент", "attack",  # 4
      date="В июле", place="Чимкент", assertion="failed", actors=[("Черняев", "agent")])
event("боя", "но после боя с кокандцами отошёл", "battle",  # 5
      date="В июле", place="Чимкент", actors=[("кокандцами", "participant")])
event("отошёл", "В июле Черняев попытался захватить Чимкент, но после боя с кокандцами отошёл", "retreat",  # 6
      date="В июле", place="Чимкент", actors=[("Черняев", "agent")])
event("пал", "Лишь 22 сентября, после повторного приступа, Чимкент пал", "capture",  # 7
      date="22 сентября", place="Чимкент")
event("подступил", "Через несколько дней Черняев подступил к Ташкенту", "reinforcement",  # 8
      date="Через несколько дней", place="Ташкент", actors=[("Черняев", "agent")])
event("штурм", "однако штурм 2 октября был отбит", "attack",  # 9
      date="2 октября", place="Ташкент", assertion="failed",
      quantities=[qty("16 человек убитыми", "fatalities", 16)])
event("вернулись", "русские, потеряв 16 человек убитыми, вернулись в Чимкент", "retreat",  # 10
      date="2 октября", place="Чимкент", actors=[("русские", "agent")],
      note="withdrew from Tashkent to Chimkent; the place is the destination")
event("двинулся", "кокандский правитель Алимкул двинулся к Туркестану", "reinforcement",  # 11
      date="В начале декабря того же года", place="Туркестан", actors=[("Алимкул", "agent")])
event("встретила", "У селения Иканы его встретила сотня уральских казаков", "battle",  # 12
      date="В начале декабря того же года", place="Иканы",
      actors=[("сотня уральских казаков", "participant")])
event("отбивались", "Трое суток около 110 казаков отбивались от 10–12 тыс. кокандцев", "battle",  # 13
      date="В начале декабря того же года", place="Иканы", same_as=12,
      actors=[("казаков", "participant"), ("кокандцев", "participant")],
      quantities=[qty("около 110 казаков", "participants", 110, approximate=True),
                  qty("10–12 тыс. кокандцев", "participants", None, min=10000, max=12000),
                  qty("57 человек убитыми", "fatalities", 57)],
      note="a three-day fight; the Cossack losses are given in the same sentence")
event("пробились", "а затем с боем пробились к городу", "retreat",  # 14
      date="В начале декабря того же года", place="Туркестан",
      note="the Cossacks broke out to Turkestan; the place is the destination")
event("штурм", "Алимкул так и не решился на штурм Туркестана", "attack",  # 15
      date={"edtf": "1864-12-13/1864-12-31"}, place="Туркестан", assertion="negated",
      actors=[("Алимкул", "agent")])
event("отступил", "Алимкул так и не решился на штурм Туркестана и отступил", "retreat",  # 16
      date={"edtf": "1864-12-13/1864-12-31"}, place="Туркестан", actors=[("Алимкул", "agent")])
event("образована", "12 февраля 1865 года была образована Туркестанская область", "founding",  # 17
      date="12 февраля 1865 года", place="Туркестанская область")
event("назначили", "её военным губернатором назначили Черняева", "political_activity",  # 18
      date="12 февраля 1865 года", place="Туркестанская область", actors=[("Черняева", "participant")])
event("захватил", "в конце апреля он захватил крепость Ниязбек на реке Чирчик", "capture",  # 19
      date="в конце апреля", place="Ниязбек")
event("разбиты", "9 мая под стенами города кокандцы были разбиты", "battle",  # 20
      date="9 мая", place="Ташкент", actors=[("кокандцы", "target")])
event("штурм", "В ночь на 15 июня около 2 тыс. солдат при 12 орудиях пошли на штурм города, который "  # 21
      "обороняли, по разным сведениям, до 30 тыс. человек", "attack",
      date="В ночь на 15 июня", place="Ташкент", actors=[("солдат", "agent")],
      quantities=[qty("около 2 тыс. солдат", "participants", 2000, approximate=True),
                  qty("до 30 тыс. человек", "participants", 30000, max=30000, approximate=True),
                  qty("25 человек убитыми", "fatalities", 25)],
      note="only the defenders' number is attributed ('по разным сведениям'); the Russian dead are "
           "given after the surrender")
event("боёв", "После двух дней уличных боёв", "battle",  # 22
      date={"edtf": "1865-06-26/1865-06-29"}, place="Ташкент",
      note="from the night of 14/15 June to 17 June (OS)")
event("объявили о сдаче", "17 июня, старейшины Ташкента объявили о сдаче", "capture",  # 23
      date="17 июня", place="Ташкент", actors=[("старейшины Ташкента", "participant")],
      note="the city surrendered to the Russian force")
event("задержал", "бухарский эмир Музаффар потребовал вернуть Ташкент и задержал русское посольство",  # 24
      "arrest", date="Осенью 1865 года",
      actors=[("бухарский эмир Музаффар", "agent"), ("русское посольство", "target")])
event("двинулся", "В январе 1866 года Черняев двинулся к Джизаку", "reinforcement",  # 25
      date="В январе 1866 года", place="Джизак", actors=[("Черняев", "agent")])
event("взять", "Черняев двинулся к Джизаку, но взять его не смог", "attack",  # 26
      date="В январе 1866 года", place="Джизак", assertion="failed", actors=[("Черняев", "agent")])
event("отступил", "Черняев двинулся к Джизаку, но взять его не смог и отступил", "retreat",  # 27
      date="В январе 1866 года", place="Джизак", actors=[("Черняев", "agent")])
event("отозвали", "В марте его отозвали", "political_activity", date="В марте")  # 28
event("перешло", "командование перешло к генералу Д. И. Романовскому", "political_activity",  # 29
      date="В марте", actors=[("генералу Д. И. Романовскому", "participant")])
event("разбил", "8 мая в урочище Ирджар отряд Романовского, около 3,6 тыс. человек, разбил бухарское войско",  # 30
      "battle", date="8 мая", place="Ирджар",
      actors=[("отряд Романовского", "agent"), ("бухарское войско", "target")],
      quantities=[qty("около 3,6 тыс. человек", "participants", 3600, approximate=True)])
event("бежал", "и эмир бежал в Джизак", "retreat", date="8 мая", place="Джизак",  # 31
      actors=[("эмир", "agent")], note="the place is the destination of his flight")
event("осадил", "Романовский осадил Ходжент", "siege",  # 32
      date={"edtf": "1866-05-29/1866-06-05"}, place="Ходжент", actors=[("Романовский", "agent")],
      note="24 May (OS) minus a week, converted")
event("осады", "после недельной осады", "siege",  # 33
      date={"edtf": "1866-05-29/1866-06-05"}, place="Ходжент", same_as=32)
event("взял", "Романовский осадил Ходжент и 24 мая, после недельной осады, взял его штурмом", "capture",  # 34
      date="24 мая", place="Ходжент", actors=[("Романовский", "agent")])
event("взята", "2 октября была взята Ура-Тюбе", "capture", date="2 октября", place="Ура-Тюбе")  # 35
event("взята", "2 октября была взята Ура-Тюбе, а 18 октября — Джизак", "capture",  # 36
      date="18 октября", place="Джизак",
      quantities=[qty("около 6 тыс. защитников", "fatalities", 6000, approximate=True)],
      note="the capture is asserted; only the death toll is attributed to Russian reports")
event("объявлен", "Ещё в августе Ташкент был объявлен владением империи", "annexation",  # 37
      date="в августе", place="Ташкент")
event("учреждено", "11 июля 1867 года было учреждено Туркестанское генерал-губернаторство", "founding",  # 38
      date="11 июля 1867 года", place="Туркестанское генерал-губернаторство")
event("назначили", "Генерал-губернатором назначили К. П. фон Кауфмана", "political_activity",  # 39
      date={"edtf": "1867-07-23/1867-12-31"}, actors=[("К. П. фон Кауфмана", "participant")],
      note="the text gives no date; after the founding, before the events of 1868")
event("объявило", "Весной 1868 года бухарское духовенство объявило русским газават", "political_activity",  # 40
      date="Весной 1868 года", actors=[("бухарское духовенство", "agent"), ("русским", "target")],
      note="a declaration of holy war")
event("собрал войска", "и эмир собрал войска у Самарканда", "reinforcement",  # 41
      date="Весной 1868 года", place="Самарканд", actors=[("эмир", "agent")])
event("выбил", "1 мая отряд Кауфмана, около 3,5 тыс. человек, переправился через Зеравшан и выбил "  # 42
      "бухарцев с Чупан-Атинских высот", "battle", date="1 мая", place="Чупан-Ата",
      actors=[("отряд Кауфмана", "agent"), ("бухарцев", "target")],
      quantities=[qty("около 3,5 тыс. человек", "participants", 3500, approximate=True)])
event("бежал", "Противник бежал", "retreat", date="1 мая", place="Чупан-Ата",  # 43
      actors=[("Противник", "agent")])
event("открыл ворота", "на следующий день Самарканд открыл ворота", "occupation",  # 44
      date="на следующий день", place="Самарканд", note="the city surrendered without a fight")
event("занят", "18 мая был занят Катта-Курган", "capture", date="18 мая", place="Катта-Курган")  # 45
event("ушёл", "В конце мая Кауфман ушёл к Катта-Кургану", "reinforcement",  # 46
      date="В конце мая", place="Катта-Курган", actors=[("Кауфман", "agent")])
event("разгромлена", "2 июня на Зерабулакских высотах армия эмира была разгромлена", "battle",  # 47
      date="2 июня", place="Зерабулак", actors=[("армия эмира", "target")])
event("восставшие", "В тот же день беки Шахрисабза и восставшие горожане осадили цитадель Самарканда",  # 48
      "uprising", date="В тот же день", place="Самарканд", actors=[("горожане", "agent")])
event("осадили", "В тот же день беки Шахрисабза и восставшие горожане осадили цитадель Самарканда",  # 49
      "siege", date="В тот же день", place="Самарканд",
      actors=[("беки Шахрисабза", "agent"), ("восставшие горожане", "agent"), ("цитадель Самарканда", "target")],
      quantities=[qty("около 700 человек", "participants", 700, approximate=True)],
      note="the garrison of about 700 left in Samarkand is named in the sentence before")
event("держались", "её защитники держались почти неделю", "siege",  # 50
      date={"edtf": "1868-06-14/1868-06-20"}, place="Самарканд", same_as=49,
      actors=[("защитники", "target")])
event("подоспел", "пока 8 июня не подоспел Кауфман", "reinforcement",  # 51
      date="8 июня", place="Самарканд", actors=[("Кауфман", "agent")],
      note="'пока ... не' means 'until': the relief happened")
event("подписал мирный договор", "23 июня эмир подписал мирный договор", "treaty",  # 52
      date="23 июня", actors=[("эмир", "participant")])
event("уступал", "Бухарский эмират становился вассалом России, уступал Самарканд и Катта-Курган",  # 53
      "territorial_transfer", date="23 июня", place="Самарканд",
      actors=[("Бухарский эмират", "agent"), ("России", "participant")])
event("уступал", "Бухарский эмират становился вассалом России, уступал Самарканд и Катта-Курган",  # 54
      "territorial_transfer", date="23 июня", place="Катта-Курган",
      actors=[("Бухарский эмират", "agent"), ("России", "participant")])
event("образован", "Из новых земель был образован Зеравшанский округ", "founding",  # 55
      date={"edtf": "1868-07-05/1868-12-31"}, place="Зеравшанский округ",
      note="the text gives no date; after the peace of 23 June (OS) 1868")
