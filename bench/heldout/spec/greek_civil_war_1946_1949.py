"""Gold spec for bench/heldout/greek_civil_war_1946_1949.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/greek_civil_war_1946_1949.txt"

gazetteer({
    "Варкиза": ("settlement", 37.82, 23.8, None),
    "Литохоро": ("settlement", 40.1, 22.5, None),
    "Олимп": ("mountain", 40.09, 22.36, None),
    "Афины": ("settlement", 37.98, 23.73, "Q1524"),
    "Греция": ("polity", 39.0, 22.0, "Q41"),
    "Македония": ("region", 40.7, 22.5, None),
    "Эпир": ("region", 39.6, 20.8, None),
    "Фессалия": ("region", 39.6, 22.4, None),
    "Югославия": ("polity", 44.82, 20.46, None),
    "Албания": ("polity", 41.33, 19.82, "Q222"),
    "Болгария": ("polity", 42.7, 23.32, "Q219"),
    "Великобритания": ("polity", 51.51, -0.13, "Q145"),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Вашингтон": ("settlement", 38.9, -77.04, "Q61"),
    "Турция": ("polity", 39.93, 32.86, "Q43"),
    "Пирей": ("settlement", 37.94, 23.65, None),
    "Макронисос": ("region", 37.7, 24.12, None),
    "Коница": ("settlement", 40.05, 20.75, None),
    "Граммос": ("mountain", 40.35, 20.85, None),
    "Вици": ("mountain", 40.63, 21.33, None),
    "Науса": ("settlement", 40.63, 22.07, None),
    "Карпенисион": ("settlement", 38.91, 21.79, None),
    "Флорина": ("settlement", 40.78, 21.41, None),
})

# ---- dates, in reading order
date("12 февраля 1945 года", "1945-02-12", "day")
date("В ночь на 31 марта 1946 года", "1946-03-30/1946-03-31", "day")
date("1 сентября 1946 года", "1946-09-01", "day")
date("в конце того же месяца", "1946-09-21/1946-09-30", "interval", derivation="anchored")
date("28 октября", "1946-10-28", "day", derivation="anchored")
date("Осенью", "1946-23", "season", derivation="anchored")
date("осенью 1944 года", "1944-23", "season")
date("21 февраля 1947 года", "1947-02-21", "day")
date("12 марта", "1947-03-12", "day", derivation="anchored")
date("22 мая", "1947-05-22", "day", derivation="anchored")
date("Вскоре", "1947-05-22/1947-08-31", "interval", kind="vague", derivation="anchored",
     note="soon after 22 May 1947")
date("в феврале 1948 года", "1948-02", "month")
date("С 1947 года", "1947", "year", note="start of a process that goes on")
date("24 декабря 1947 года", "1947-12-24", "day")
date("На следующий день", "1947-12-25", "day", derivation="computed", note="24 December + 1 day")
date("27 декабря", "1947-12-27", "day", derivation="anchored")
date("в начале января 1948 года", "1948-01-01/1948-01-10", "interval")
date("1 мая 1948 года", "1948-05-01", "day")
date("за несколько дней", None, None, kind="duration", note="unquantified: a few days")
date("В середине июня", "1948-06-11/1948-06-20", "interval", derivation="anchored")
date("около двух месяцев", None, None, kind="duration", duration="P2M", note="approximate")
date("в ночь на 21 августа", "1948-08-20/1948-08-21", "day", derivation="anchored")
date("Осенью", "1948-23", "season", derivation="anchored")
date("Зимой", "1948-12/1949-02", "season", derivation="anchored", note="the winter of 1948–1949")
date("12 января 1949 года", "1949-01-12", "day")
date("21 января", "1949-01-21", "day", derivation="anchored")
date("больше двух недель", None, None, kind="duration", duration="P2W", note="more than two weeks")
date("В январе", "1949-01", "month", derivation="anchored")
date("12 февраля", "1949-02-12", "day", derivation="anchored")
date("Вскоре", "1949-02-12/1949-03-31", "interval", kind="vague", derivation="anchored",
     note="soon after 12 February 1949")
date("Летом 1949 года", "1949-22", "season")
date("10 июля", "1949-07-10", "day", derivation="anchored")
date("В начале августа", "1949-08-01/1949-08-10", "interval", derivation="anchored")
date("10 августа", "1949-08-10", "day", derivation="anchored")
date("через шесть дней", "1949-08-16", "day", derivation="computed", note="10 August + 6 days")
date("24 августа", "1949-08-24", "day", derivation="anchored")
date("К 30 августа", "1949-08-30", "day", derivation="anchored", note="'by 30 August'")
date("16 октября", "1949-10-16", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Варкизского", "Варкиза"), ("Литохоро", None), ("Олимпа", "Олимп"),
    ("Афины", None), ("Греции", "Греция"), ("Македонии", "Македония"), ("Эпире", "Эпир"),
    ("Фессалии", "Фессалия"), ("Югославии", "Югославия"), ("Албании", "Албания"), ("Болгарии", "Болгария"),
    ("Великобритания", None), ("Греции", "Греция"), ("Лондон", None), ("Вашингтон", None),
    ("Греции", "Греция"), ("Турции", "Турция"), ("Пирей", None), ("Афины", None),
    ("Макронисос", None),
    ("Коницу", "Коница"), ("афинские", "Афины"), ("Коницы", "Коница"),
    ("Афинах", "Афины"), ("Граммос", None), ("Вици", None), ("Югославией", "Югославия"), ("Вици", None),
    ("Наусу", "Науса"), ("Карпенисион", None), ("Флорину", "Флорина"),
    ("Югославией", "Югославия"), ("Вици", None), ("Граммоса", "Граммос"), ("Албанию", "Албания"),
]:
    place(quote, name)

# ---- events
event("соглашения", "После Варкизского соглашения, подписанного 12 февраля 1945 года", "treaty",  # 0
      date="12 февраля 1945 года", place="Варкиза")
event("сдали оружие", "отряды ЭЛАС сдали оружие", "political_activity",  # 1
      date={"edtf": "1945-02/1945-03"}, actors=[("отряды ЭЛАС", "agent")],
      note="disarmament under the agreement; the text gives no date of its own")
event("преследования", "преследования бывших партизан не прекращались", "attack_on_civilians",  # 2
      date={"edtf": "1945/1946"}, actors=[("бывших партизан", "target")])
event("напали", "В ночь на 31 марта 1946 года, накануне парламентских выборов, около 30 вооружённых "  # 3
      "коммунистов напали на жандармский пост в Литохоро", "attack",
      date="В ночь на 31 марта 1946 года", place="Литохоро",
      actors=[("вооружённых коммунистов", "agent"), ("жандармский пост", "target")],
      quantities=[qty("около 30 вооружённых коммунистов", "participants", 30, approximate=True)])
event("налёта", "С этого налёта обычно ведут отсчёт гражданской войны", "attack",  # 4
      date="В ночь на 31 марта 1946 года", place="Литохоро", same_as=3)
event("референдум", "1 сентября 1946 года референдум высказался за возвращение монархии", "election",  # 5
      date="1 сентября 1946 года", place="Греция")
event("вернулся", "в конце того же месяца король Георг II вернулся в Афины", "political_activity",  # 6
      date="в конце того же месяца", place="Афины", actors=[("король Георг II", "agent")],
      note="restoration of the monarchy")
event("создании", "28 октября было объявлено о создании Демократической армии Греции (ДАГ)", "founding",  # 7
      date="28 октября", place="Греция", actors=[("Демократической армии Греции", "participant")])
for region in ["Македония", "Эпир", "Фессалия"]:  # 8, 9, 10
    event("боевые действия", "Осенью её отряды развернули боевые действия в Македонии, Эпире и Фессалии",
          "battle", date="Осенью", place=region, actors=[("её отряды", "agent")])
event("высадились", "Великобритания, чьи войска высадились в Греции ещё осенью 1944 года",  # 11
      "reinforcement", date="осенью 1944 года", place="Греция", actors=[("Великобритания", "agent")])
event("известил", "21 февраля 1947 года Лондон известил Вашингтон, что прекращает помощь",  # 12
      "political_activity", date="21 февраля 1947 года", place="Лондон",
      actors=[("Лондон", "agent"), ("Вашингтон", "participant")])
event("провозгласил свою доктрину", "12 марта президент Трумэн провозгласил свою доктрину",  # 13
      "political_activity", date="12 марта", place="Вашингтон", actors=[("президент Трумэн", "agent")])
event("подписал закон", "22 мая подписал закон о помощи Греции и Турции", "decree",  # 14
      date="22 мая", place="Вашингтон", actors=[("Греции", "participant"), ("Турции", "participant")],
      note="signed in Washington, named in the sentence before")
event("прибывать", "Вскоре в Пирей стали прибывать американское оружие и военные советники",  # 15
      "reinforcement", date="Вскоре", place="Пирей", actors=[("военные советники", "agent")])
event("приехал", "в феврале 1948 года в Афины приехал генерал Дж. Ван Флит", "reinforcement",  # 16
      date="в феврале 1948 года", place="Афины", actors=[("генерал Дж. Ван Флит", "agent")])
event("лагерь", "С 1947 года на острове Макронисос действовал лагерь, через который прошли десятки тысяч "  # 17
      "заключённых", "deportation", date="С 1947 года", place="Макронисос",
      actors=[("заключённых", "target")],
      quantities=[qty("десятки тысяч заключённых", "prisoners", None, min=20000, max=90000, approximate=True)],
      note="island internment camp")
event("провозглашено", "24 декабря 1947 года в горах было провозглашено Временное демократическое "  # 18
      "правительство", "founding", date="24 декабря 1947 года",
      actors=[("Временное демократическое правительство", "participant")])
event("атаковала", "На следующий день ДАГ атаковала Коницу", "attack",  # 19
      date="На следующий день", place="Коница", actors=[("ДАГ", "agent")])
event("запретили", "27 декабря афинские власти запретили компартию", "decree",  # 20
      date="27 декабря", place="Афины", actors=[("афинские власти", "agent"), ("компартию", "target")])
event("выстоял", "Гарнизон Коницы выстоял", "attack", date={"edtf": "1947-12-25/1948-01-10"},  # 21
      place="Коница", assertion="failed", same_as=19, actors=[("Гарнизон Коницы", "target")],
      note="the attack failed: the garrison held")
event("отступили", "в начале января 1948 года повстанцы отступили", "retreat",  # 22
      date="в начале января 1948 года", place="Коница", actors=[("повстанцы", "agent")])
event("убит", "1 мая 1948 года в Афинах был убит министр юстиции Х. Ладас", "attack_on_civilians",  # 23
      date="1 мая 1948 года", place="Афины", actors=[("министр юстиции Х. Ладас", "target")])
event("расстреляли", "в ответ за несколько дней власти расстреляли более 150 политических заключённых",  # 24
      "execution", date={"edtf": "1948-05-01/1948-05-10"},
      actors=[("власти", "agent"), ("политических заключённых", "target")],
      quantities=[qty("более 150 политических заключённых", "fatalities", 150, min=150, approximate=True)],
      note="within a few days after 1 May 1948; no place given")
event("наступление", "В середине июня правительственная армия начала наступление на Граммос", "attack",  # 25
      date="В середине июня", place="Граммос", actors=[("правительственная армия", "agent")])
event("Бои", "Бои шли около двух месяцев", "battle", date={"edtf": "1948-06-11/1948-08-21"},  # 26
      place="Граммос")
event("прорвались", "в ночь на 21 августа главные силы ДАГ прорвались на соседний массив Вици", "retreat",  # 27
      date="в ночь на 21 августа", place="Вици", actors=[("главные силы ДАГ", "agent")],
      note="withdrawal from Grammos; the place is the destination")
event("овладеть", "Осенью попытка правительственных войск овладеть Вици провалилась", "attack",  # 28
      date="Осенью", place="Вици", assertion="failed", actors=[("правительственных войск", "agent")])
event("набегам", "Зимой повстанцы перешли к набегам на города", "attack",  # 29
      date="Зимой", actors=[("повстанцы", "agent")])
event("ворвались", "12 января 1949 года они ворвались в Наусу", "capture",  # 30
      date="12 января 1949 года", place="Науса", actors=[("они", "agent")])
event("захватили", "21 января захватили Карпенисион", "capture",  # 31
      date="21 января", place="Карпенисион")
event("удерживали", "21 января захватили Карпенисион и удерживали его больше двух недель", "capture",  # 32
      date="21 января", place="Карпенисион", same_as=31, note="held for more than two weeks")
event("назначен", "В январе главнокомандующим был назначен генерал А. Папагос", "political_activity",  # 33
      date="В январе", actors=[("генерал А. Папагос", "participant")])
event("попыталась взять", "12 февраля ДАГ попыталась взять Флорину, но была отбита с тяжёлыми потерями",  # 34
      "capture", date="12 февраля", place="Флорина", assertion="failed", actors=[("ДАГ", "agent")])
event("отстранили", "Вскоре Маркоса отстранили", "political_activity",  # 35
      date="Вскоре", actors=[("Маркоса", "target")])
event("перешло", "руководство перешло к Н. Захариадису", "political_activity",  # 36
      date="Вскоре", actors=[("Н. Захариадису", "participant")])
event("объявил о закрытии границы", "10 июля Тито объявил о закрытии границы с Югославией",  # 37
      "political_activity", date="10 июля", place="Югославия", actors=[("Тито", "agent")])
event("начала операцию", "В начале августа армия Папагоса, насчитывавшая около 150 тыс. человек, начала "  # 38
      "операцию «Пирсос»", "attack", date="В начале августа", actors=[("армия Папагоса", "agent")],
      quantities=[qty("около 150 тыс. человек", "participants", 150000, approximate=True)])
event("главный удар", "10 августа главный удар обрушился на Вици", "attack",  # 39
      date="10 августа", place="Вици")
event("пал", "через шесть дней массив пал", "capture", date="через шесть дней", place="Вици")  # 40
event("штурм", "24 августа начался последний штурм Граммоса", "attack",  # 41
      date="24 августа", place="Граммос")
event("сбрасывали", "поставленные американцами самолёты сбрасывали на позиции повстанцев напалм",  # 42
      "bombardment", date="24 августа", place="Граммос",
      actors=[("поставленные американцами самолёты", "agent"), ("позиции повстанцев", "target")],
      note="air strikes with napalm; date from the same sentence")
event("ушли", "К 30 августа несколько тысяч уцелевших бойцов ушли в Албанию", "retreat",  # 43
      date="К 30 августа", place="Албания", actors=[("уцелевших бойцов", "agent")],
      quantities=[qty("несколько тысяч уцелевших бойцов", "participants", None, min=2000, max=9000,
                      approximate=True)],
      note="the place is the destination")
event("прекращении огня", "16 октября радио повстанцев объявило о «временном прекращении огня»",  # 44
      "political_activity", date="16 октября", actors=[("радио повстанцев", "agent")],
      note="unilateral ceasefire: the end of the war")
event("война", "По разным оценкам, война унесла 40–50 тыс. жизней", "battle",  # 45
      date={"edtf": "1946/1949"}, place="Греция",
      quantities=[qty("40–50 тыс. жизней", "fatalities", None, min=40000, max=50000, approximate=True)],
      note="the war as a whole; only the count is attributed ('по разным оценкам')")
event("покинули", "около 700 тыс. крестьян покинули свои деревни", "flight",  # 46
      date={"edtf": "1946/1949"}, actors=[("крестьян", "participant")],
      quantities=[qty("около 700 тыс. крестьян", "displaced", 700000, approximate=True)])
