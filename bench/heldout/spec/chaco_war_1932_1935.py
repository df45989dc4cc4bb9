"""Gold spec for bench/heldout/chaco_war_1932_1935.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/chaco_war_1932_1935.txt"

gazetteer({
    "Чако-Бореаль": ("region", -21.0, -60.5, None),
    "Боливия": ("polity", -16.7, -64.7, "Q750"),
    "Парагвай": ("polity", -23.4, -58.4, "Q733"),
    "Южная Америка": ("region", -15.0, -60.0, "Q18"),
    "Гран-Чако": ("region", -23.0, -61.0, None),
    "Пилькомайо": ("river", -21.3, -63.3, None),
    "Парагвай (река)": ("river", -23.4, -57.5, None),
    "Анды": ("mountain", -19.0, -66.5, "Q5456"),
    "Вангуардия": ("settlement", -20.0, -58.3, None),
    "Бокерон": ("settlement", -22.58, -60.18, None),
    "Питиантута": ("lake", -20.3, -60.0, None),
    "Корралес": ("settlement", -22.45, -60.45, None),
    "Толедо": ("settlement", -22.35, -60.3, None),
    "Асунсьон": ("settlement", -25.28, -57.63, "Q2933"),
    "Нанава": ("settlement", -22.95, -59.6, None),
    "Кампо-Виа": ("settlement", -22.1, -59.6, None),
    "Каньяда-Стронгест": ("settlement", -21.95, -61.6, None),
    "Эль-Кармен": ("settlement", -21.8, -61.85, None),
    "Бальивиан": ("settlement", -22.3, -62.05, None),
    "Вильямонтес": ("settlement", -21.26, -63.47, None),
    "Чарагуа": ("settlement", -19.79, -63.2, None),
    "Аргентина": ("polity", -34.0, -64.0, "Q414"),
    "Буэнос-Айрес": ("settlement", -34.6, -58.38, "Q1486"),
})

# ---- dates, in reading order (twentieth-century Gregorian dates; no calendar note needed)
date("1932–1935 гг.", "1932/1935", "interval")
date("XX века", "1901/2000", "century", note="the XX century is 1901–2000")
date("5 декабря 1928 года", "1928-12-05", "day")
date("14 декабря", "1928-12-14", "day", derivation="anchored")
date("В 1929 году", "1929", "year")
date("на лето 1932 года", "1932-22", "season")
date("15 июня", "1932-06-15", "day", derivation="anchored")
date("16 июля", "1932-07-16", "day", derivation="anchored")
date("в конце июля", "1932-07-21/1932-07-31", "interval", derivation="anchored")
date("31 июля", "1932-07-31", "day", derivation="anchored")
date("9 сентября", "1932-09-09", "day", derivation="anchored")
date("Три недели", None, None, kind="duration", duration="P3W")
date("29 сентября", "1932-09-29", "day", derivation="anchored")
date("В октябре", "1932-10", "month", derivation="anchored")
date("В декабре 1932 года", "1932-12", "month")
date("В январе 1933 года", "1933-01", "month")
date("недели", None, None, kind="duration", duration="P1W")
date("10 мая", "1933-05-10", "day", derivation="anchored")
date("4 июля", "1933-07-04", "day", derivation="anchored")
date("Осенью", "1933-23", "season", derivation="anchored")
date("В начале декабря", "1933-12-01/1933-12-10", "interval", derivation="anchored")
date("11 декабря", "1933-12-11", "day", derivation="anchored")
date("19 декабря", "1933-12-19", "day", derivation="anchored")
date("в начале января 1934 года", "1934-01-01/1934-01-10", "interval")
date("В мае 1934 года", "1934-05", "month")
date("16 ноября", "1934-11-16", "day", derivation="anchored")
date("на следующий день", "1934-11-17", "day", derivation="computed", note="16 November + 1 day")
date("27 ноября", "1934-11-27", "day", derivation="anchored")
date("В начале 1935 года", "1935-01/1935-04", "interval",
     note="beginning of a year taken as its first third, as for parts of a month or century")
date("в феврале", "1935-02", "month", derivation="anchored")
date("В апреле", "1935-04", "month", derivation="anchored")
date("через несколько дней", "1935-04-03/1935-05-10", "interval", derivation="computed",
     note="April + a few days (2 to 10)")
date("12 июня 1935 года", "1935-06-12", "day")
date("14 июня", "1935-06-14", "day", derivation="anchored")
date("21 июля 1938 года", "1938-07-21", "day")

# ---- places, in reading order
for quote, name in [
    ("Чакская", "Чако-Бореаль"), ("Боливией", "Боливия"), ("Парагваем", "Парагвай"),
    ("Южной Америки", "Южная Америка"), ("Чако-Бореаль", None), ("Гран-Чако", None),
    ("Пилькомайо", None), ("Парагвай", "Парагвай (река)"), ("Боливия", None),
    ("Парагвай", "Парагвай (река)"), ("Анд", "Анды"), ("Вангуардия", None), ("Бокерон", None),
    ("Питиантута", None), ("Боливии", "Боливия"), ("Корралес", None), ("Толедо", None),
    ("Бокерон", None), ("Асунсьоне", "Асунсьон"), ("Бокерону", "Бокерон"),
    ("Нанаву", "Нанава"), ("Парагвай", None), ("Боливии", "Боливия"), ("Нанавы", "Нанава"),
    ("Кампо-Виа", None), ("Каньяда-Стронгест", None), ("Эль-Кармена", "Эль-Кармен"),
    ("Бальивиан", None), ("Пилькомайо", None), ("Вильямонтесе", "Вильямонтес"),
    ("Вильямонтесу", "Вильямонтес"), ("Чарагуа", None), ("Аргентины", "Аргентина"),
    ("Буэнос-Айресе", "Буэнос-Айрес"), ("Парагваю", "Парагвай"), ("Чако-Бореаль", None),
    ("Буэнос-Айресе", "Буэнос-Айрес"),
]:
    place(quote, name)

# ---- events
event("война", "Чакская война 1932–1935 гг. между Боливией и Парагваем", "battle",  # 0
      date="1932–1935 гг.", place="Чако-Бореаль",
      actors=[("Боливией", "participant"), ("Парагваем", "participant")])
event("разгромил", "Первое серьёзное столкновение произошло 5 декабря 1928 года: парагвайский отряд "  # 1
      "разгромил боливийский форт Вангуардия", "attack", date="5 декабря 1928 года", place="Вангуардия",
      actors=[("парагвайский отряд", "agent"), ("боливийский форт Вангуардия", "target")])
event("захватили", "14 декабря боливийцы в ответ захватили парагвайский форт Бокерон", "capture",  # 2
      date="14 декабря", place="Бокерон", actors=[("боливийцы", "agent")])
event("договорились", "В 1929 году при посредничестве панамериканской комиссии стороны договорились "  # 3
      "восстановить прежнее положение", "treaty", date="В 1929 году",
      actors=[("стороны", "participant")])
event("заняли", "15 июня боливийские части заняли парагвайский пост у озера Питиантута", "capture",  # 4
      date="15 июня", place="Питиантута", actors=[("боливийские части", "agent")])
event("отбили", "16 июля парагвайцы отбили его", "recapture", date="16 июля", place="Питиантута",  # 5
      actors=[("парагвайцы", "agent")])
event("распорядился", "Президент Боливии Даниэль Саламанка распорядился ответить ударом", "decree",  # 6
      date={"edtf": "1932-07-16/1932-07-31"},
      actors=[("Президент Боливии Даниэль Саламанка", "agent")],
      note="between the recapture of 16 July and the captures at the end of July")
event("взяли", "в конце июля боливийцы взяли форты Корралес и Толедо", "capture",  # 7
      date="в конце июля", place="Корралес", actors=[("боливийцы", "agent")])
event("взяли", "в конце июля боливийцы взяли форты Корралес и Толедо", "capture",  # 8
      date="в конце июля", place="Толедо", actors=[("боливийцы", "agent")])
event("взяли", "в конце июля боливийцы взяли форты Корралес и Толедо, а 31 июля — Бокерон", "capture",  # 9
      date="31 июля", place="Бокерон", actors=[("боливийцы", "agent")])
event("объявили всеобщую мобилизацию", "В Асунсьоне объявили всеобщую мобилизацию", "decree",  # 10
      date={"edtf": "1932-07-31/1932-09-09"}, place="Асунсьон",
      note="after the loss of Boquerón on 31 July, before the siege of 9 September")
event("получил", "командование действующей армией получил подполковник Хосе Феликс Эстигаррибия",  # 11
      "political_activity", date={"edtf": "1932-07-31/1932-09-09"}, place="Асунсьон",
      actors=[("подполковник Хосе Феликс Эстигаррибия", "participant")],
      note="an appointment; same sentence as the mobilization in Asunción")
event("осаду", "9 сентября парагвайцы, стянувшие к Бокерону около 7,5 тыс. человек, начали осаду форта",  # 12
      "siege", date="9 сентября", place="Бокерон", actors=[("парагвайцы", "agent")],
      quantities=[qty("около 7,5 тыс. человек", "participants", 7500, approximate=True)])
event("удерживали", "Его удерживали немногим более 600 боливийских солдат подполковника Мануэля Марсаны",  # 13
      "siege", date={"edtf": "1932-09-09/1932-09-29"}, place="Бокерон", same_as=12,
      actors=[("боливийских солдат подполковника Мануэля Марсаны", "target")],
      quantities=[qty("немногим более 600 боливийских солдат", "participants", 600, min=600,
                      approximate=True)],
      note="the defenders' count")
event("отбивал штурмы", "Три недели гарнизон отбивал штурмы почти без воды", "attack",  # 14
      date={"edtf": "1932-09-09/1932-09-29"}, place="Бокерон", assertion="failed",
      actors=[("гарнизон", "target")], note="the Paraguayan assaults were beaten off")
event("деблокировать", "попытки деблокировать его не удались", "attack",  # 15
      date={"edtf": "1932-09-09/1932-09-29"}, place="Бокерон", assertion="failed",
      note="Bolivian relief attempts")
event("сдались", "29 сентября уцелевшие защитники сдались", "recapture",  # 16
      date="29 сентября", place="Бокерон", actors=[("уцелевшие защитники", "target")],
      note="the garrison's surrender returns the Paraguayan fort to Paraguay and ends the siege")
event("отступили", "В октябре боливийцы отступили на запад", "retreat",  # 17
      date="В октябре", actors=[("боливийцы", "agent")])
event("сжигая", "В октябре боливийцы отступили на запад, сжигая оставляемые укрепления", "looting",  # 18
      date="В октябре", actors=[("боливийцы", "agent"), ("оставляемые укрепления", "target")],
      note="destruction of property")
event("назначен", "В декабре 1932 года главнокомандующим боливийской армией был назначен немецкий генерал "  # 19
      "Ганс Кундт", "political_activity", date="В декабре 1932 года",
      actors=[("немецкий генерал Ганс Кундт", "participant")])
event("атаковали", "В январе 1933 года его части атаковали Нанаву", "attack",  # 20
      date="В январе 1933 года", place="Нанава", actors=[("его части", "agent")])
event("боёв", "после недели боёв", "battle",  # 21
      date={"edtf": "1933-01-01/1933-02-07"}, place="Нанава", note="a week of fighting from January")
event("отошли", "но после недели боёв отошли", "retreat",  # 22
      date={"edtf": "1933-01-08/1933-02-07"}, place="Нанава", note="January + one week")
event("объявил Боливии войну", "10 мая Парагвай официально объявил Боливии войну", "political_activity",  # 23
      date="10 мая", place="Парагвай", actors=[("Парагвай", "agent"), ("Боливии", "target")])
event("штурм", "4 июля Кундт предпринял второй штурм Нанавы", "attack",  # 24
      date="4 июля", place="Нанава", actors=[("Кундт", "agent")])
event("провалился", "он также провалился, причём боливийцы потеряли, по разным оценкам, от 1,5 до 2 тыс. "  # 25
      "человек убитыми", "attack", date="4 июля", place="Нанава", assertion="failed", same_as=24,
      quantities=[qty("от 1,5 до 2 тыс. человек", "fatalities", None, min=1500, max=2000, approximate=True)],
      note="only the death toll is attributed (по разным оценкам)")
event("окружили", "В начале декабря парагвайцы окружили две боливийские дивизии у Кампо-Виа", "siege",  # 26
      date="В начале декабря", place="Кампо-Виа",
      actors=[("парагвайцы", "agent"), ("две боливийские дивизии", "target")], note="encirclement")
event("капитулировали", "11 декабря те капитулировали: в плен попали около 7 тыс. солдат", "siege",  # 27
      date="11 декабря", place="Кампо-Виа", same_as=26,
      quantities=[qty("около 7 тыс. солдат", "prisoners", 7000, approximate=True)],
      note="the encircled divisions surrendered")
event("отстранён", "Кундт был отстранён", "political_activity",  # 28
      date={"edtf": "1933-12-11/1933-12-19"}, actors=[("Кундт", "target")])
event("занял", "его место занял генерал Энрике Пеньяранда", "political_activity",  # 29
      date={"edtf": "1933-12-11/1933-12-19"}, actors=[("генерал Энрике Пеньяранда", "participant")],
      note="an appointment")
event("заключили перемирие", "19 декабря стороны заключили перемирие", "treaty",  # 30
      date="19 декабря", actors=[("стороны", "participant")])
event("бои", "в начале января 1934 года бои возобновились", "battle",  # 31
      date="в начале января 1934 года")
event("успеха", "В мае 1934 года боливийцы добились редкого успеха при Каньяда-Стронгест, где в плен попали "  # 32
      "более тысячи парагвайцев", "battle", date="В мае 1934 года", place="Каньяда-Стронгест",
      actors=[("боливийцы", "agent"), ("парагвайцев", "target")],
      quantities=[qty("более тысячи парагвайцев", "prisoners", 1000, min=1000, approximate=True)])
event("окружил", "16 ноября Эстигаррибия окружил у Эль-Кармена резервный корпус противника, захватив "  # 33
      "несколько тысяч пленных", "siege", date="16 ноября", place="Эль-Кармен",
      actors=[("Эстигаррибия", "agent"), ("резервный корпус противника", "target")],
      quantities=[qty("несколько тысяч пленных", "prisoners", None, min=3000, max=9000, approximate=True)],
      note="encirclement")
event("оставили", "на следующий день боливийцы без боя оставили форт Бальивиан на Пилькомайо", "retreat",  # 34
      date="на следующий день", place="Бальивиан", actors=[("боливийцы", "agent")])
event("взяли под стражу", "27 ноября в Вильямонтесе офицеры взяли под стражу президента Саламанку",  # 35
      "arrest", date="27 ноября", place="Вильямонтес",
      actors=[("офицеры", "agent"), ("президента Саламанку", "target")])
event("уйти в отставку", "вынудили его уйти в отставку", "political_activity",  # 36
      date="27 ноября", place="Вильямонтес", actors=[("его", "target")])
event("власть перешла", "власть перешла к вице-президенту Хосе Луису Техаде Сорсано", "political_activity",  # 37
      date="27 ноября", actors=[("вице-президенту Хосе Луису Техаде Сорсано", "participant")])
event("вышли", "В начале 1935 года парагвайцы вышли к Вильямонтесу", "reinforcement",  # 38
      date="В начале 1935 года", place="Вильямонтес", actors=[("парагвайцы", "agent")])
event("атаки", "в феврале их атаки на город были отбиты", "attack",  # 39
      date="в феврале", place="Вильямонтес", assertion="failed")
event("заняли", "В апреле они ненадолго заняли Чарагуа", "capture",  # 40
      date="В апреле", place="Чарагуа", actors=[("они", "agent")])
event("контрнаступление", "через несколько дней боливийское контрнаступление вынудило их отойти", "attack",  # 41
      date="через несколько дней", place="Чарагуа")
event("отойти", "через несколько дней боливийское контрнаступление вынудило их отойти", "retreat",  # 42
      date="через несколько дней", place="Чарагуа", actors=[("их", "agent")])
event("посредничество", "Истощённые стороны согласились на посредничество Аргентины и других соседних "  # 43
      "государств", "negotiations", date={"edtf": "1935-04/1935-06-12"},
      actors=[("Истощённые стороны", "participant"), ("Аргентины", "participant")],
      note="mediation accepted before the protocol of 12 June")
event("подписан", "12 июня 1935 года в Буэнос-Айресе был подписан протокол о перемирии", "treaty",  # 44
      date="12 июня 1935 года", place="Буэнос-Айрес")
event("огонь прекратился", "14 июня огонь прекратился", "treaty", date="14 июня",  # 45
      same_as=44, note="the ceasefire agreed on 12 June took effect")
event("Война", "Война унесла, по разным оценкам, от 80 до 100 тыс. жизней, а в парагвайском плену "  # 46
      "оказались около 17 тыс. боливийцев", "battle", date="1932–1935 гг.", place="Чако-Бореаль", same_as=0,
      quantities=[qty("от 80 до 100 тыс. жизней", "fatalities", None, min=80000, max=100000, approximate=True),
                  qty("около 17 тыс. боливийцев", "prisoners", 17000, approximate=True)],
      note="only the death toll is attributed (по разным оценкам)")
event("подписан", "Окончательный мирный договор, оставивший Парагваю большую часть Чако-Бореаль, был "  # 47
      "подписан в Буэнос-Айресе 21 июля 1938 года", "treaty", date="21 июля 1938 года",
      place="Буэнос-Айрес")
event("оставивший", "Окончательный мирный договор, оставивший Парагваю большую часть Чако-Бореаль, был "  # 48
      "подписан в Буэнос-Айресе 21 июля 1938 года", "territorial_transfer", date="21 июля 1938 года",
      place="Чако-Бореаль", actors=[("Парагваю", "participant")])
