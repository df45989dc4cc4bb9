"""Gold spec for bench/heldout/peninsular_war_1808_1814.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/peninsular_war_1808_1814.txt"

gazetteer({
    "Пиренейский полуостров": ("region", 40.2, -4.0, "Q12837"),
    "Португалия": ("polity", 39.5, -8.0, "Q45"),
    "Испания": ("polity", 40.4, -3.7, "Q29"),
    "Мадрид": ("settlement", 40.42, -3.7, "Q2807"),
    "Байонна": ("settlement", 43.49, -1.47, None),
    "Сарагоса": ("settlement", 41.65, -0.88, None),
    "Андалусия": ("region", 37.5, -4.5, None),
    "Байлен": ("settlement", 38.09, -3.78, None),
    "Вимейру": ("settlement", 39.18, -9.32, None),
    "Сомосьерра": ("mountain", 41.13, -3.58, None),
    "Ла-Корунья": ("settlement", 43.37, -8.4, None),
    "Талавера": ("settlement", 39.96, -4.83, None),
    "Оканья": ("settlement", 39.96, -3.5, None),
    "Севилья": ("settlement", 37.39, -5.98, None),
    "Кадис": ("settlement", 36.53, -6.29, None),
    "Бусаку": ("mountain", 40.34, -8.33, None),
    "Торрес-Ведрас": ("settlement", 39.09, -9.26, None),
    "Сьюдад-Родриго": ("settlement", 40.6, -6.53, None),
    "Бадахос": ("settlement", 38.88, -6.97, None),
    "Саламанка": ("settlement", 40.97, -5.66, None),
    "Бургос": ("settlement", 42.34, -3.7, None),
    "Витория": ("settlement", 42.85, -2.67, None),
    "Франция": ("polity", 46.6, 2.4, "Q142"),
    "Сан-Себастьян": ("settlement", 43.32, -1.98, None),
    "Бидасоа": ("river", 43.34, -1.76, None),
    "Валансе": ("settlement", 47.16, 1.56, None),
    "Тулуза": ("settlement", 43.6, 1.44, None),
    "Валенсия": ("settlement", 39.47, -0.38, None),
})

# ---- dates, in reading order
date("1808–1814 гг.", "1808/1814", "interval")
date("Весной 1808 года", "1808-21", "season")
date("23 марта", "1808-03-23", "day", derivation="anchored")
date("в начале мая", "1808-05-01/1808-05-10", "interval", derivation="anchored")
date("2 мая", "1808-05-02", "day", derivation="anchored")
date("на следующий день", "1808-05-03", "day", derivation="computed", note="2 May + 1 day")
date("Вскоре", "1808-05/1808-06", "interval", kind="vague", derivation="anchored",
     note="soon after the Madrid rising of 2-3 May")
date("6 июня", "1808-06-06", "day", derivation="anchored")
date("15 июня", "1808-06-15", "day", derivation="anchored")
date("два месяца", None, None, kind="duration", duration="P2M")
date("14 августа", "1808-08-14", "day", derivation="anchored")
date("Тем временем", "1808-06-15/1808-08-14", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': during the first siege of Zaragoza")
date("19 июля", "1808-07-19", "day", derivation="anchored")
date("через три дня", "1808-07-22", "day", derivation="computed", note="19 July + 3 days")
date("В августе", "1808-08", "month", derivation="anchored")
date("21 августа", "1808-08-21", "day", derivation="anchored")
date("В начале ноября", "1808-11-01/1808-11-10", "interval", derivation="anchored")
date("30 ноября", "1808-11-30", "day", derivation="anchored")
date("4 декабря", "1808-12-04", "day", derivation="anchored")
date("16 января 1809 года", "1809-01-16", "day")
date("20 февраля", "1809-02-20", "day", derivation="anchored")
date("27–28 июля 1809 года", "1809-07-27/1809-07-28", "interval")
date("19 ноября", "1809-11-19", "day", derivation="anchored")
date("В начале 1810 года", "1810-01/1810-04", "interval", note="beginning of the year taken as its first third")
date("1 февраля", "1810-02-01", "day", derivation="anchored")
date("два с половиной года", None, None, kind="duration", duration="P2Y6M")
date("24 сентября", "1810-09-24", "day", derivation="anchored")
date("19 марта 1812 года", "1812-03-19", "day")
date("В сентябре 1810 года", "1810-09", "month")
date("27 сентября", "1810-09-27", "day", derivation="anchored")
date("в середине октября", "1810-10-11/1810-10-20", "interval", derivation="anchored")
date("в марте 1811 года", "1811-03", "month")
date("19 января 1812 года", "1812-01-19", "day")
date("6 апреля", "1812-04-06", "day", derivation="anchored")
date("несколько дней", None, None, kind="duration", note="unquantified: a few days")
date("22 июля", "1812-07-22", "day", derivation="anchored")
date("12 августа", "1812-08-12", "day", derivation="anchored")
date("Осенью", "1812-23", "season", derivation="anchored")
date("21 июня 1813 года", "1813-06-21", "day")
date("31 августа", "1813-08-31", "day", derivation="anchored")
date("в октябре", "1813-10", "month", derivation="anchored")
date("11 декабря", "1813-12-11", "day", derivation="anchored")
date("10 апреля 1814 года", "1814-04-10", "day")
date("за четыре дня до этого", "1814-04-06", "day", derivation="computed", note="10 April - 4 days")
date("4 мая", "1814-05-04", "day", derivation="anchored")
date("вскоре", "1814-05-04/1814-05-31", "interval", kind="vague", derivation="anchored",
     note="soon after 4 May 1814")

# ---- places, in reading order
for quote, name in [
    ("Пиренейская", "Пиренейский полуостров"),
    ("Португалию", "Португалия"), ("Испанию", "Испания"), ("Мадрид", None), ("Байонну", "Байонна"),
    ("Сарагосе", "Сарагоса"), ("Андалусии", "Андалусия"), ("Байлена", "Байлен"), ("Мадрида", "Мадрид"),
    ("Португалии", "Португалия"), ("Вимейру", None),
    ("Испанию", "Испания"), ("Сомосьерра", None), ("Мадрид", None), ("Ла-Корунье", "Ла-Корунья"),
    ("Сарагосы", "Сарагоса"),
    ("Талавере", "Талавера"), ("Португалию", "Португалия"), ("Оканье", "Оканья"), ("Андалусию", "Андалусия"),
    ("Севилью", "Севилья"), ("Кадисе", "Кадис"),
    ("Португалию", "Португалия"), ("Бусаку", None), ("Торрес-Ведрас", None),
    ("Сьюдад-Родриго", None), ("Бадахос", None), ("Саламанкой", "Саламанка"), ("Мадрид", None),
    ("Бургос", None), ("Португалии", "Португалия"),
    ("Витории", "Витория"), ("Францию", "Франция"), ("Сан-Себастьян", None), ("Бидасоа", None),
    ("Валансе", None), ("Тулузы", "Тулуза"), ("Испанию", "Испания"), ("Валенсии", "Валенсия"),
    ("Мадриде", "Мадрид"),
]:
    place(quote, name)

# ---- events
event("вошли", "Весной 1808 года французские войска под предлогом похода на Португалию вошли в Испанию",  # 0
      "reinforcement", date="Весной 1808 года", place="Испания", actors=[("французские войска", "agent")])
event("занял", "23 марта маршал Мюрат занял Мадрид", "occupation",  # 1
      date="23 марта", place="Мадрид", actors=[("маршал Мюрат", "agent")])
event("отреклись от престола", "Наполеон вызвал в Байонну, где в начале мая Карл IV и Фердинанд VII "  # 2
      "отреклись от престола", "political_activity", date="в начале мая", place="Байонна",
      actors=[("Карл IV", "agent"), ("Фердинанд VII", "agent")])
event("восстали", "2 мая жители столицы восстали против оккупантов", "uprising",  # 3
      date="2 мая", place="Мадрид", actors=[("жители столицы", "agent"), ("оккупантов", "target")])
event("подавлено", "восстание было жестоко подавлено", "suppression", date="2 мая", place="Мадрид")  # 4
event("расстреляли", "на следующий день французы расстреляли десятки задержанных", "execution",  # 5
      date="на следующий день", place="Мадрид",
      actors=[("французы", "agent"), ("задержанных", "target")],
      quantities=[qty("десятки задержанных", "fatalities", None, min=20, max=90, approximate=True)])
event("мятеж", "Вскоре мятеж охватил всю страну", "uprising", date="Вскоре", place="Испания")  # 6
event("возникли", "в провинциях возникли хунты", "founding", date="Вскоре", place="Испания",  # 7
      actors=[("хунты", "participant")])
event("объявил", "6 июня Наполеон объявил испанским королём своего брата Жозефа", "political_activity",  # 8
      date="6 июня", actors=[("Наполеон", "agent"), ("своего брата Жозефа", "participant")],
      note="an appointment: Joseph made king of Spain")
event("подступили", "15 июня войска генерала Лефевра-Денуэтта подступили к Сарагосе", "siege",  # 9
      date="15 июня", place="Сарагоса", actors=[("войска генерала Лефевра-Денуэтта", "agent")],
      note="the approach opens the first siege, named as such below")
event("штурмы", "горожане под началом Палафокса два месяца отбивали штурмы", "attack",  # 10
      date={"edtf": "1808-06-15/1808-08-14"}, place="Сарагоса", assertion="failed",
      actors=[("горожане", "target")], note="the French assaults were beaten off")
event("осада", "14 августа осада была снята", "siege", date="14 августа", place="Сарагоса",  # 11
      assertion="failed", same_as=9)
event("окружил", "в Андалусии генерал Кастаньос окружил корпус Дюпона у Байлена", "siege",  # 12
      date="Тем временем", place="Байлен",
      actors=[("генерал Кастаньос", "agent"), ("корпус Дюпона", "target")],
      note="encirclement of a field army")
event("боя", "После боя 19 июля", "battle", date="19 июля", place="Байлен")  # 13
event("капитулировали", "французы через три дня капитулировали, в плен попало около 18 тыс. солдат",  # 14
      "capture", date="через три дня", place="Байлен", actors=[("французы", "target")],
      quantities=[qty("около 18 тыс. солдат", "prisoners", 18000, approximate=True)],
      note="surrender of Dupont's corps")
event("бежал", "Узнав об этом, Жозеф бежал из Мадрида", "retreat",  # 15
      date={"edtf": "1808-07-22/1808-08-31"}, place="Мадрид", actors=[("Жозеф", "agent")],
      note="the king left the capital after the news of the surrender")
event("высадился", "В августе в Португалии высадился британский корпус Артура Уэлсли", "reinforcement",  # 16
      date="В августе", place="Португалия", actors=[("британский корпус Артура Уэлсли", "agent")])
event("разбил", "британский корпус Артура Уэлсли, который 21 августа разбил Жюно при Вимейру", "battle",  # 17
      date="21 августа", place="Вимейру",
      actors=[("британский корпус Артура Уэлсли", "agent"), ("Жюно", "target")])
event("прибыл", "В начале ноября в Испанию прибыл сам император с армией численностью около 200 тыс. человек",  # 18
      "reinforcement", date="В начале ноября", place="Испания", actors=[("сам император", "agent")],
      quantities=[qty("около 200 тыс. человек", "participants", 200000, approximate=True)])
event("прорвалась", "30 ноября его кавалерия прорвалась через перевал Сомосьерра", "attack",  # 19
      date="30 ноября", place="Сомосьерра", actors=[("его кавалерия", "agent")])
event("сдался", "4 декабря Мадрид сдался", "capture", date="4 декабря", place="Мадрид")  # 20
event("отступили", "Британцы генерала Мура отступили к Ла-Корунье", "retreat",  # 21
      date={"edtf": "1808-12/1809-01-16"}, place="Ла-Корунья", actors=[("Британцы генерала Мура", "agent")],
      note="place is the destination of the retreat")
event("бою", "Ла-Корунье, где 16 января 1809 года Мур погиб в бою", "battle",  # 22
      date="16 января 1809 года", place="Ла-Корунья", actors=[("Мур", "target")])
event("осада", "Повторная осада Сарагосы закончилась 20 февраля капитуляцией города; по разным оценкам, "  # 23
      "погибли от 40 до 50 тыс. защитников и жителей", "siege",
      date={"edtf": "1808-12/1809-02-20"}, place="Сарагоса",
      quantities=[qty("от 40 до 50 тыс. защитников и жителей", "fatalities", None, min=40000, max=50000,
                      approximate=True)],
      note="the siege ended on 20 February; its start (December 1808) is not in the text; "
           "only the death toll is attributed to estimates")
event("капитуляцией", "Повторная осада Сарагосы закончилась 20 февраля капитуляцией города", "capture",  # 24
      date="20 февраля", place="Сарагоса")
event("сражение", "27–28 июля 1809 года англо-испанские войска выдержали сражение при Талавере", "battle",  # 25
      date="27–28 июля 1809 года", place="Талавера", actors=[("англо-испанские войска", "participant")])
event("отошли", "но затем отошли в Португалию", "retreat",  # 26
      date={"edtf": "1809-07-28/1809-08-31"}, place="Португалия",
      note="place is the destination of the retreat")
event("разгромлены", "19 ноября испанцы были разгромлены при Оканье", "battle",  # 27
      date="19 ноября", place="Оканья", actors=[("испанцы", "target")])
event("вторглись", "В начале 1810 года французы вторглись в Андалусию", "attack",  # 28
      date="В начале 1810 года", place="Андалусия", actors=[("французы", "agent")])
event("взяли", "В начале 1810 года французы вторглись в Андалусию и 1 февраля взяли Севилью", "capture",  # 29
      date="1 февраля", place="Севилья", actors=[("французы", "agent")])
event("укрылась", "Центральная хунта укрылась в Кадисе", "retreat",  # 30
      date={"edtf": "1810-02"}, place="Кадис", actors=[("Центральная хунта", "agent")],
      note="the government withdrew to Cádiz; place is the destination")
event("осада", "осада которого длилась два с половиной года", "siege",  # 31
      date={"edtf": "1810-02/1812-08"}, place="Кадис",
      note="two and a half years from early 1810")
event("открылись", "24 сентября там открылись кортесы", "founding",  # 32
      date="24 сентября", place="Кадис", actors=[("кортесы", "participant")])
event("приняли конституцию", "а 19 марта 1812 года они приняли конституцию", "decree",  # 33
      date="19 марта 1812 года", place="Кадис")
event("вторгся", "В сентябре 1810 года маршал Массена вторгся в Португалию", "attack",  # 34
      date="В сентябре 1810 года", place="Португалия", actors=[("маршал Массена", "agent")])
event("Отбитый", "Отбитый 27 сентября при Бусаку", "battle", date="27 сентября", place="Бусаку")  # 35
event("вышел", "в середине октября он вышел к укреплённым линиям Торрес-Ведрас", "reinforcement",  # 36
      date="в середине октября", place="Торрес-Ведрас")
event("штурмовать", "так и не решился их штурмовать", "attack",  # 37
      date={"edtf": "1810-10/1811-03"}, place="Торрес-Ведрас", assertion="negated")
event("отступил", "в марте 1811 года отступил, потеряв около 25 тыс. человек от голода и болезней",  # 38
      "retreat", date="в марте 1811 года", place="Торрес-Ведрас",
      quantities=[qty("около 25 тыс. человек", "fatalities", 25000, approximate=True)],
      note="losses to hunger and disease over the campaign")
event("взял", "19 января 1812 года Веллингтон штурмом взял Сьюдад-Родриго", "capture",  # 39
      date="19 января 1812 года", place="Сьюдад-Родриго", actors=[("Веллингтон", "agent")])
event("взял", "19 января 1812 года Веллингтон штурмом взял Сьюдад-Родриго, а 6 апреля — Бадахос", "capture",  # 40
      date="6 апреля", place="Бадахос", actors=[("Веллингтон", "agent")])
event("грабили", "Бадахос, где победители несколько дней грабили город", "looting",  # 41
      date="6 апреля", place="Бадахос", actors=[("победители", "agent")])
event("разбил", "22 июля он разбил Мармона под Саламанкой", "battle",  # 42
      date="22 июля", place="Саламанка", actors=[("Мармона", "target")])
event("вступил", "12 августа вступил в Мадрид", "occupation", date="12 августа", place="Мадрид")  # 43
event("осада", "Осенью союзники пытались взять Бургос, но осада не удалась", "siege",  # 44
      date="Осенью", place="Бургос", assertion="failed", actors=[("союзники", "agent")])
event("отошли", "они вновь отошли к границе Португалии", "retreat",  # 45
      date={"edtf": "1812-10/1812-11"}, place="Португалия", note="place is the destination")
event("разгромлена", "21 июня 1813 года армия Жозефа была разгромлена у Витории", "battle",  # 46
      date="21 июня 1813 года", place="Витория", actors=[("армия Жозефа", "target")])
event("бежал", "король бежал во Францию, бросив обоз", "retreat",  # 47
      date="21 июня 1813 года", place="Франция", actors=[("король", "agent")],
      note="place is the destination of the flight")
event("штурмовали", "31 августа британцы штурмовали Сан-Себастьян", "attack",  # 48
      date="31 августа", place="Сан-Себастьян", actors=[("британцы", "agent")])
event("перешли", "31 августа британцы штурмовали Сан-Себастьян, а в октябре перешли Бидасоа", "attack",  # 49
      date="в октябре", place="Бидасоа", actors=[("британцы", "agent")],
      note="crossing of the border river into France")
event("подписал договор", "11 декабря в Валансе Наполеон подписал договор, возвращавший трон Фердинанду",  # 50
      "treaty", date="11 декабря", place="Валансе",
      actors=[("Наполеон", "participant"), ("Фердинанду", "participant")])
event("сражение", "Последнее крупное сражение произошло 10 апреля 1814 года у Тулузы", "battle",  # 51
      date="10 апреля 1814 года", place="Тулуза")
event("отрёкся", "император за четыре дня до этого отрёкся", "political_activity",  # 52
      date="за четыре дня до этого", actors=[("император", "agent")], note="abdication")
event("отменил", "Фердинанд 4 мая в Валенсии отменил конституцию", "decree",  # 53
      date="4 мая", place="Валенсия", actors=[("Фердинанд", "agent")])
event("арестованы", "вскоре в Мадриде были арестованы депутаты-либералы", "arrest",  # 54
      date="вскоре", place="Мадрид", actors=[("депутаты-либералы", "target")])
