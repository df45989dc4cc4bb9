"""Gold spec for bench/heldout/algerian_war_1954_1962.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/algerian_war_1954_1962.txt"

gazetteer({
    "Алжир": ("polity", 36.75, 3.06, "Q262"),
    "Орес": ("mountain", 35.25, 6.5, None),
    "Париж": ("settlement", 48.86, 2.35, "Q90"),
    "Филипвиль": ("settlement", 36.88, 6.9, None, "Скикда"),
    "Марокко": ("polity", 34.02, -6.83, "Q1028"),
    "Тунис": ("polity", 36.81, 10.18, "Q948"),
    "город Алжир": ("settlement", 36.75, 3.06, None),
    "Касба": ("settlement", 36.785, 3.06, None),
    "Сакиет-Сиди-Юсеф": ("settlement", 36.22, 8.36, None),
    "Каир": ("settlement", 30.04, 31.24, "Q85"),
    "Кабилия": ("region", 36.6, 4.3, None),
    "Мадрид": ("settlement", 40.42, -3.7, "Q2807"),
    "Эвиан": ("settlement", 46.4, 6.59, None),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Оран": ("settlement", 35.7, -0.63, None),
})

# ---- dates, in reading order
date("В ночь на 1 ноября 1954 года", "1954-10-31/1954-11-01", "day")
date("в октябре", "1954-10", "month", derivation="anchored")
date("через несколько дней", "1954-11-03/1954-11-11", "interval", derivation="computed",
     note="1 November + a few days")
date("20 августа 1955 года", "1955-08-20", "day")
date("Весной 1956 года", "1956-21", "season")
date("к декабрю", "1956-12", "month", derivation="anchored", note="'by December': the state held by then")
date("22 октября", "1956-10-22", "day", derivation="anchored")
date("7 января 1957 года", "1957-01-07", "day")
date("28 января", "1957-01-28", "day", derivation="anchored")
date("восьмидневную", None, None, kind="duration", duration="P8D")
date("в конце февраля", "1957-02-21/1957-02-28", "interval", derivation="anchored")
date("в начале марта", "1957-03-01/1957-03-10", "interval", derivation="anchored")
date("8 октября", "1957-10-08", "day", derivation="anchored")
date("8 февраля 1958 года", "1958-02-08", "day")
date("13 мая 1958 года", "1958-05-13", "day")
date("1 июня", "1958-06-01", "day", derivation="anchored")
date("19 сентября", "1958-09-19", "day", derivation="anchored")
date("Летом 1959 года", "1959-22", "season")
date("16 сентября", "1959-09-16", "day", derivation="anchored")
date("24 января 1960 года", "1960-01-24", "day")
date("через неделю", "1960-01-31", "day", derivation="computed", note="24 January + 1 week")
date("8 января 1961 года", "1961-01-08", "day")
date("В ночь на 22 апреля", "1961-04-21/1961-04-22", "day", derivation="anchored")
date("через четыре дня", "1961-04-26", "day", derivation="computed", note="22 April + 4 days")
date("в феврале", "1961-02", "month", derivation="anchored")
date("17 октября", "1961-10-17", "day", derivation="anchored")
date("18 марта 1962 года", "1962-03-18", "day")
date("на следующий день", "1962-03-19", "day", derivation="computed", note="18 March + 1 day")
date("26 марта", "1962-03-26", "day", derivation="anchored")
date("1 июля", "1962-07-01", "day", derivation="anchored")
date("3 июля", "1962-07-03", "day", derivation="anchored")
date("5 июля", "1962-07-05", "day", derivation="anchored")
date("В тот же день", "1962-07-05", "day", derivation="anchored")
date("Летом", "1962-22", "season", derivation="anchored")
date("за восемь лет", None, None, kind="duration", duration="P8Y")

# ---- places, in reading order
for quote, name in [
    ("Алжиру", "Алжир"), ("Орес", None), ("Париж", None),
    ("Филипвиль", None), ("Алжире", "Алжир"), ("Марокко", None), ("Тунис", None),
    ("Алжире", "город Алжир"),
    ("Алжир", "город Алжир"), ("Касбе", "Касба"), ("Сакиет-Сиди-Юсеф", None), ("Тунисе", "Тунис"),
    ("Алжире", "город Алжир"), ("Каире", "Каир"), ("Алжирской Республики", "Алжир"),
    ("Кабилии", "Кабилия"), ("Алжира", "Алжир"), ("Алжир", "город Алжир"), ("Мадриде", "Мадрид"),
    ("Париже", "Париж"),
    ("Эвиане", "Эвиан"), ("Алжире", "город Алжир"), ("Франция", None), ("Оране", "Оран"),
]:
    place(quote, name)

# ---- events
event("нападений", "В ночь на 1 ноября 1954 года боевые группы Фронта национального освобождения (ФНО), "  # 0
      "созданного в октябре, совершили около 70 нападений на казармы, жандармские посты и склады по всему "
      "Алжиру", "attack", date="В ночь на 1 ноября 1954 года", place="Алжир",
      actors=[("боевые группы Фронта национального освобождения", "agent")],
      note="about 70 attacks across the country; a count of attacks is not an event quantity")
event("созданного", "Фронта национального освобождения (ФНО), созданного в октябре", "founding",  # 1
      date="в октябре", actors=[("Фронта национального освобождения", "participant")])
event("восстания", "Главным очагом восстания стали горы Орес", "uprising",  # 2
      date={"edtf": "1954-11"}, place="Орес",
      note="the rising begun on the night of 1 November; the Aurès as its main centre")
event("перебросил", "Уже через несколько дней Париж перебросил в колонию парашютные батальоны",  # 3
      "reinforcement", date="через несколько дней", place="Алжир",
      actors=[("Париж", "agent"), ("парашютные батальоны", "participant")],
      note="'в колонию' = Algeria, named in the first sentence")
event("атаковали", "20 августа 1955 года отряды ФНО атаковали Филипвиль и окрестные посёлки; "  # 4
      "погибли 123 человека", "attack", date="20 августа 1955 года", place="Филипвиль",
      actors=[("отряды ФНО", "agent")], quantities=[qty("123 человека", "fatalities", 123)])
event("облавы", "В ответ армия и ополчения колонистов устроили облавы, унёсшие жизни 1273 алжирцев "  # 5
      "по официальным французским данным, а по данным фронта — около 12 тыс.", "massacre",
      date={"edtf": "1955-08-20/1955-09"}, place="Филипвиль",
      actors=[("армия", "agent"), ("ополчения колонистов", "agent"), ("алжирцев", "target")],
      quantities=[qty("1273 алжирцев", "fatalities", 1273),
                  qty("около 12 тыс.", "fatalities", 12000, approximate=True)],
      note="reprisals around Philippeville after 20 August; the killings are asserted, the two counts "
           "are attributed (French official figure, FLN figure)")
event("призвало резервистов", "Весной 1956 года правительство Ги Молле призвало резервистов, и к декабрю "  # 6
      "в Алжире служило более 400 тыс. французских солдат", "reinforcement", date="Весной 1956 года",
      place="Алжир", actors=[("правительство Ги Молле", "agent")],
      quantities=[qty("более 400 тыс. французских солдат", "participants", 400000, min=400000,
                      approximate=True)],
      note="the troop count is the strength reached by December")
event("арестовали", "22 октября военные перехватили самолёт, летевший из Марокко в Тунис, вынудили его "  # 7
      "сесть в городе Алжире и арестовали Ахмеда бен Беллу с четырьмя спутниками", "arrest",
      date="22 октября", place="город Алжир",
      actors=[("военные", "agent"), ("Ахмеда бен Беллу", "target")],
      note="the aircraft was forced down at Algiers, where the five were seized")
event("получила полицейскую власть", "7 января 1957 года 10-я парашютная дивизия генерала Массю получила "  # 8
      "полицейскую власть в столице", "political_activity", date="7 января 1957 года", place="город Алжир",
      actors=[("10-я парашютная дивизия генерала Массю", "participant")],
      note="'в столице' = Algiers")
event("битва", "Так началась «битва за Алжир»", "battle",  # 9
      date={"edtf": "1957-01-07/1957-10-08"}, place="город Алжир",
      note="began on 7 January; the narrative closes it with the events of 8 October")
event("забастовку", "28 января ФНО начал восьмидневную всеобщую забастовку", "strike",  # 10
      date="28 января", place="город Алжир", actors=[("ФНО", "agent")])
event("сломила", "но армия сломила её силой", "suppression",  # 11
      date={"edtf": "1957-01-28/1957-02-05"}, place="город Алжир", actors=[("армия", "agent")],
      note="during the eight-day strike: 28 January + 8 days")
event("схватила", "армия сломила её силой, а в конце февраля схватила Ларби бен Мхиди", "arrest",  # 12
      date="в конце февраля", place="город Алжир",
      actors=[("армия", "agent"), ("Ларби бен Мхиди", "target")])
event("казнили", "которого в начале марта тайно казнили", "execution",  # 13
      date="в начале марта", place="город Алжир", actors=[("Ларби бен Мхиди", "target")])
event("взорвали", "8 октября парашютисты взорвали в Касбе убежище Али Ля Пуэнта", "attack",  # 14
      date="8 октября", place="Касба",
      actors=[("парашютисты", "agent"), ("Али Ля Пуэнта", "target")],
      note="an assault on a rebel hideout with explosives")
event("разгромлено", "городское подполье было окончательно разгромлено", "suppression",  # 15
      date="8 октября", place="город Алжир", note="the FLN network of Algiers")
event("бомбили", "8 февраля 1958 года французские самолёты бомбили пограничную деревню Сакиет-Сиди-Юсеф "  # 16
      "в соседнем Тунисе, убив около 70 человек", "bombardment", date="8 февраля 1958 года",
      place="Сакиет-Сиди-Юсеф", actors=[("французские самолёты", "agent")],
      quantities=[qty("около 70 человек", "fatalities", 70, approximate=True)])
event("ворвалась", "13 мая 1958 года толпа европейцев ворвалась в здание генерал-губернаторства в Алжире",  # 17
      "riot", date="13 мая 1958 года", place="город Алжир", actors=[("толпа европейцев", "agent")])
event("образовали", "а военные образовали Комитет общественного спасения", "founding",  # 18
      date="13 мая 1958 года", place="город Алжир",
      actors=[("военные", "agent"), ("Комитет общественного спасения", "participant")])
event("утвердило", "1 июня Национальное собрание утвердило де Голля главой правительства",  # 19
      "political_activity", date="1 июня",
      actors=[("Национальное собрание", "agent"), ("де Голля", "participant")])
event("провозглашено", "19 сентября в Каире было провозглашено Временное правительство Алжирской "  # 20
      "Республики во главе с Ферхатом Аббасом", "founding", date="19 сентября", place="Каир",
      actors=[("Временное правительство Алжирской Республики", "participant"), ("Ферхатом Аббасом", "participant")])
event("операцию", "Летом 1959 года генерал Шаль начал в Кабилии крупную операцию «Бинокль»", "attack",  # 21
      date="Летом 1959 года", place="Кабилия", actors=[("генерал Шаль", "agent")])
event("признал", "16 сентября де Голль признал право алжирцев на самоопределение", "political_activity",  # 22
      date="16 сентября", actors=[("де Голль", "agent")])
event("возвели баррикады", "24 января 1960 года сторонники «французского Алжира» возвели баррикады в "  # 23
      "столице", "riot", date="24 января 1960 года", place="город Алжир",
      actors=[("сторонники «французского Алжира»", "agent")], note="'в столице' = Algiers")
event("перестрелке", "в перестрелке погибли 14 жандармов", "battle",  # 24
      date="24 января 1960 года", place="город Алжир",
      quantities=[qty("14 жандармов", "fatalities", 14)])
event("сдались", "а через неделю мятежники сдались", "suppression",  # 25
      date="через неделю", place="город Алжир", actors=[("мятежники", "target")],
      note="the insurgents of the barricades surrendered: the end of the revolt")
event("референдуме", "8 января 1961 года избиратели на референдуме одобрили самоопределение",  # 26
      "election", date="8 января 1961 года", actors=[("избиратели", "participant")])
event("подняли мятеж", "В ночь на 22 апреля генералы Шаль, Зеллер и Жуо подняли мятеж и взяли под "  # 27
      "контроль город Алжир", "mutiny", date="В ночь на 22 апреля", place="город Алжир",
      actors=[("генералы Шаль, Зеллер и Жуо", "agent")])
event("взяли под контроль", "В ночь на 22 апреля генералы Шаль, Зеллер и Жуо подняли мятеж и взяли под "  # 28
      "контроль город Алжир", "capture", date="В ночь на 22 апреля", place="город Алжир",
      actors=[("генералы Шаль, Зеллер и Жуо", "agent")])
event("путч", "однако через четыре дня путч провалился", "mutiny",  # 29
      date="через четыре дня", place="город Алжир", assertion="failed", same_as=27)
event("террора", "Волну террора развязала ОАС", "attack_on_civilians",  # 30
      date={"edtf": "1961/1962"}, actors=[("ОАС", "agent")],
      note="a campaign of terror; the text gives neither its dates nor its places")
event("основанная", "ОАС, основанная ещё в феврале в Мадриде", "founding",  # 31
      date="в феврале", place="Мадрид", actors=[("ОАС", "participant")])
event("шествие", "17 октября в Париже полиция жестоко разогнала шествие алжирцев", "protest",  # 32
      date="17 октября", place="Париж", actors=[("алжирцев", "agent")])
event("разогнала", "17 октября в Париже полиция жестоко разогнала шествие алжирцев; по разным оценкам, "  # 33
      "погибли от 40 до 200 человек", "attack_on_civilians", date="17 октября", place="Париж",
      actors=[("полиция", "agent"), ("шествие алжирцев", "target")],
      quantities=[qty("от 40 до 200 человек", "fatalities", None, min=40, max=200, approximate=True)],
      note="the violence is asserted; only the death toll is given as a range of estimates")
event("подписаны соглашения", "18 марта 1962 года в Эвиане были подписаны соглашения", "treaty",  # 34
      date="18 марта 1962 года", place="Эвиан")
event("прекращение огня", "на следующий день вступило в силу прекращение огня", "treaty",  # 35
      date="на следующий день", note="the ceasefire agreed at Évian took effect")
event("манифестации", "26 марта солдаты открыли огонь по манифестации европейцев на улице Исли в Алжире",  # 36
      "protest", date="26 марта", place="город Алжир", actors=[("европейцев", "agent")])
event("открыли огонь", "26 марта солдаты открыли огонь по манифестации европейцев на улице Исли в Алжире, "  # 37
      "убив более 40 человек", "attack_on_civilians", date="26 марта", place="город Алжир",
      actors=[("солдаты", "agent"), ("манифестации европейцев", "target")],
      quantities=[qty("более 40 человек", "fatalities", 40, min=40, approximate=True)])
event("референдуме", "1 июля на референдуме алжирцы высказались за независимость", "election",  # 38
      date="1 июля", actors=[("алжирцы", "participant")])
event("признала", "3 июля её признала Франция", "recognition",  # 39
      date="3 июля", actors=[("Франция", "agent")], note="France recognised Algeria's independence")
event("провозглашена", "а 5 июля она была торжественно провозглашена", "founding",  # 40
      date="5 июля", place="Алжир", note="the proclamation of Algeria's independence")
event("убиты", "В тот же день в Оране были убиты или пропали без вести сотни европейцев", "massacre",  # 41
      date="В тот же день", place="Оран", actors=[("сотни европейцев", "target")],
      quantities=[qty("сотни европейцев", "fatalities", None, min=200, max=900, approximate=True)],
      note="'сотни' read like 'несколько сотен'; the count includes the missing")
event("покинули", "Летом страну покинули около 800 тыс. европейцев", "flight",  # 42
      date="Летом", place="Алжир", actors=[("европейцев", "participant")],
      quantities=[qty("около 800 тыс. европейцев", "displaced", 800000, approximate=True)],
      note="the place is the country they left, named here only as 'страну'")
event("перебиты", "а многие оставшиеся харки были перебиты — по некоторым оценкам, десятки тысяч человек",  # 43
      "massacre", date="Летом", place="Алжир", actors=[("оставшиеся харки", "target")],
      quantities=[qty("десятки тысяч человек", "fatalities", None, min=20000, max=90000, approximate=True)],
      note="the killings are asserted; only the count is attributed ('по некоторым оценкам')")
