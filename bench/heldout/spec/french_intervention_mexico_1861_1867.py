"""Gold spec for bench/heldout/french_intervention_mexico_1861_1867.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/french_intervention_mexico_1861_1867.txt"

gazetteer({
    "Мексика": ("polity", 19.43, -99.13, "Q96"),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Великобритания": ("polity", 51.51, -0.13, "Q145"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Испания": ("polity", 40.42, -3.70, "Q29"),
    "Веракрус": ("settlement", 19.18, -96.14, None),
    "Ла-Соледад": ("settlement", 19.05, -96.42, None, "Соледад-де-Добладо"),
    "Пуэбла": ("settlement", 19.04, -98.20, None),
    "Орисаба": ("settlement", 18.85, -97.10, None),
    "Камарон": ("settlement", 19.02, -96.62, None, "Камарон-де-Техеда"),
    "Сан-Луис-Потоси": ("settlement", 22.15, -100.98, None),
    "Мехико": ("settlement", 19.43, -99.13, "Q1489"),
    "Мирамаре": ("settlement", 45.70, 13.71, None),
    "Триест": ("settlement", 45.65, 13.78, "Q546"),
    "Оахака": ("settlement", 17.06, -96.72, None),
    "Уруапан": ("settlement", 19.42, -102.06, None),
    "США": ("polity", 38.90, -77.04, "Q30"),
    "Вашингтон": ("settlement", 38.90, -77.04, "Q61"),
    "Европа": ("region", 50.0, 10.0, "Q46"),
    "Ла-Карбонера": ("settlement", 17.27, -96.90, None),
    "Керетаро": ("settlement", 20.59, -100.39, None),
    "Серро-де-лас-Кампанас": ("mountain", 20.597, -100.404, None),
})

# ---- dates, in reading order (the text states once that it uses the Gregorian calendar)
date("в 1861–1867 годах", "1861/1867", "interval")
date("17 июля 1861 года", "1861-07-17", "day")
date("на два года", None, None, kind="duration", duration="P2Y")
date("31 октября", "1861-10-31", "day", derivation="anchored")
date("В декабре", "1861-12", "month", derivation="anchored")
date("в начале января 1862 года", "1862-01-01/1862-01-10", "interval")
date("19 февраля", "1862-02-19", "day", derivation="anchored")
date("в апреле", "1862-04", "month", derivation="anchored")
date("В конце апреля", "1862-04-21/1862-04-30", "interval", derivation="anchored")
date("5 мая 1862 года", "1862-05-05", "day")
date("Осенью", "1862-23", "season", derivation="anchored")
date("16 марта 1863 года", "1863-03-16", "day")
date("30 апреля", "1863-04-30", "day", derivation="anchored")
date("почти целый день", None, None, kind="duration", duration="P1D", note="'almost a whole day'")
date("два месяца", None, None, kind="duration", duration="P2M")
date("17 мая", "1863-05-17", "day", derivation="anchored")
date("31 мая", "1863-05-31", "day", derivation="anchored")
date("10 июня", "1863-06-10", "day", derivation="anchored")
date("В июле", "1863-07", "month", derivation="anchored")
date("10 апреля 1864 года", "1864-04-10", "day")
date("28 мая", "1864-05-28", "day", derivation="anchored")
date("12 июня", "1864-06-12", "day", derivation="anchored")
date("9 февраля 1865 года", "1865-02-09", "day")
date("3 октября", "1865-10-03", "day", derivation="anchored")
date("в течение суток", None, None, kind="duration", duration="P1D",
     note="a time limit inside the decree, not an event date")
date("Через восемнадцать дней", "1865-10-21", "day", derivation="computed", note="3 October + 18 days")
date("в начале 1866 года", "1866-01/1866-04", "interval",
     note="the beginning of a year taken as its first third")
date("Летом", "1866-22", "season", derivation="anchored")
date("18 октября", "1866-10-18", "day", derivation="anchored")
date("5 февраля 1867 года", "1867-02-05", "day")
date("вскоре", "1867-02-05/1867-03-05", "interval", kind="vague", derivation="anchored",
     note="'soon' after 5 February 1867; taken as the following month")
date("В марте", "1867-03", "month", derivation="anchored")
date("6 марта", "1867-03-06", "day", derivation="anchored")
date("2 апреля", "1867-04-02", "day", derivation="anchored")
date("больше двух месяцев", None, None, kind="duration", duration="P2M", note="'more than two months'")
date("15 мая", "1867-05-15", "day", derivation="anchored")
date("19 июня 1867 года", "1867-06-19", "day")
date("Через два дня", "1867-06-21", "day", derivation="computed", note="19 June + 2 days")
date("15 июля", "1867-07-15", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Мексики", "Мексика"), ("Лондоне", "Лондон"), ("Великобритания", None), ("Франция", None),
    ("Испания", None), ("Веракрусе", "Веракрус"), ("Ла-Соледаде", "Ла-Соледад"), ("Пуэблы", "Пуэбла"),
    ("Орисабе", "Орисаба"), ("Веракрус", None), ("Пуэблу", "Пуэбла"), ("Камарон", None),
    ("Пуэблы", "Пуэбла"), ("Сан-Луис-Потоси", None), ("Мехико", None),
    ("Мирамаре", None), ("Триестом", "Триест"), ("Веракрус", None), ("Мехико", None),
    ("Оахака", None), ("Уруапане", "Уруапан"),
    ("США", None), ("Вашингтон", None), ("Европу", "Европа"), ("Ла-Карбонере", "Ла-Карбонера"),
    ("Мехико", None), ("Керетаро", None), ("Веракруса", "Веракрус"), ("Керетаро", None),
    ("Пуэблу", "Пуэбла"), ("Керетаро", None), ("Серро-де-лас-Кампанас", None), ("Мехико", None),
]:
    place(quote, name)

# ---- events
event("приостановило", "17 июля 1861 года правительство Бенито Хуареса приостановило на два года выплаты "  # 0
      "по внешним долгам", "decree", date="17 июля 1861 года", place="Мексика",
      actors=[("правительство Бенито Хуареса", "agent")])
event("подписали конвенцию", "31 октября в Лондоне Великобритания, Франция и Испания подписали конвенцию "  # 1
      "о совместном вмешательстве", "treaty", date="31 октября", place="Лондон",
      actors=[("Великобритания", "participant"), ("Франция", "participant"), ("Испания", "participant")])
event("высадились", "В декабре испанские войска высадились в Веракрусе", "reinforcement",  # 2
      date="В декабре", place="Веракрус", actors=[("испанские войска", "agent")])
event("заняли", "В декабре испанские войска высадились в Веракрусе и заняли порт", "occupation",  # 3
      date="В декабре", place="Веракрус", actors=[("испанские войска", "agent")])
event("прибыли", "в начале января 1862 года туда прибыли британская эскадра и французский экспедиционный "  # 4
      "корпус", "reinforcement", date="в начале января 1862 года", place="Веракрус",
      actors=[("британская эскадра", "agent"), ("французский экспедиционный корпус", "agent")],
      note="'туда' = Veracruz, named in the preceding clause")
event("заключили", "19 февраля в Ла-Соледаде союзники заключили с мексиканцами предварительное соглашение",  # 5
      "treaty", date="19 февраля", place="Ла-Соледад",
      actors=[("союзники", "participant"), ("мексиканцами", "participant")])
event("увели", "в апреле англичане и испанцы, не желая служить планам Наполеона III, увели свои силы",  # 6
      "retreat", date="в апреле", actors=[("англичане", "agent"), ("испанцы", "agent")])
event("двинулись", "В конце апреля французы двинулись на столицу", "attack",  # 7
      date="В конце апреля", actors=[("французы", "agent")],
      note="an advance on the capital; the capital is not named")
event("штурмовали", "5 мая 1862 года около 6 тыс. солдат генерала Лоренсеса штурмовали форты Пуэблы",  # 8
      "attack", date="5 мая 1862 года", place="Пуэбла", assertion="failed",
      actors=[("солдат генерала Лоренсеса", "agent")],
      quantities=[qty("около 6 тыс. солдат", "participants", 6000, approximate=True)],
      note="the same sentence says the assault was beaten off")
event("отбила", "армия Игнасио Сарагосы отбила натиск; нападавшие потеряли около 170 человек убитыми и "  # 9
      "более 300 ранеными", "attack", date="5 мая 1862 года", place="Пуэбла", assertion="failed", same_as=8,
      actors=[("армия Игнасио Сарагосы", "target"), ("нападавшие", "agent")],
      quantities=[qty("около 170 человек убитыми", "fatalities", 170, approximate=True),
                  qty("более 300 ранеными", "wounded", 300, min=300, approximate=True)])
event("отошли", "нападавшие потеряли около 170 человек убитыми и более 300 ранеными и отошли к Орисабе",  # 10
      "retreat", date={"edtf": "1862-05"}, place="Орисаба", actors=[("нападавшие", "agent")],
      note="place is the destination; the text gives no day")
event("прибыли", "Осенью в Веракрус прибыли подкрепления генерала Форе, и корпус вырос до 30 тыс. человек",  # 11
      "reinforcement", date="Осенью", place="Веракрус", actors=[("подкрепления генерала Форе", "agent")],
      quantities=[qty("до 30 тыс. человек", "participants", 30000, max=30000, approximate=True)],
      note="the count is the whole corps after the reinforcement")
event("осадили", "16 марта 1863 года французы осадили Пуэблу", "siege",  # 12
      date="16 марта 1863 года", place="Пуэбла", actors=[("французы", "agent")])
event("сражалась", "30 апреля у селения Камарон рота Иностранного легиона из 65 человек почти целый день "  # 13
      "сражалась с двумя тысячами мексиканцев", "battle", date="30 апреля", place="Камарон",
      actors=[("рота Иностранного легиона", "participant"), ("мексиканцев", "participant")],
      quantities=[qty("65 человек", "participants", 65),
                  qty("двумя тысячами мексиканцев", "participants", 2000)])
event("Осада", "Осада Пуэблы длилась два месяца", "siege",  # 14
      date={"edtf": "1863-03-16/1863-05-17"}, place="Пуэбла", same_as=12)
event("капитулировал", "17 мая генерал Гонсалес Ортега капитулировал, и, по французским данным, в плен "  # 15
      "попали около 12 тыс. мексиканцев", "capture", date="17 мая", place="Пуэбла",
      actors=[("генерал Гонсалес Ортега", "target")],
      quantities=[qty("около 12 тыс. мексиканцев", "prisoners", 12000, approximate=True)],
      note="the surrender of Puebla to the French is asserted; only the prisoner count is attributed "
           "to French data")
event("оставил", "31 мая Хуарес оставил столицу и перенёс правительство в Сан-Луис-Потоси", "retreat",  # 16
      date="31 мая", place="Сан-Луис-Потоси", actors=[("Хуарес", "agent")],
      note="place is the destination, the only place the clause names")
event("вступили", "10 июня войска Форе вступили в Мехико", "occupation",  # 17
      date="10 июня", place="Мехико", actors=[("войска Форе", "agent")])
event("провозгласило", "В июле собрание нотаблей провозгласило империю", "founding",  # 18
      date="В июле", place="Мехико", actors=[("собрание нотаблей", "agent")],
      note="the assembly sat in Mexico City, named in the preceding sentence")
event("предложило корону", "собрание нотаблей провозгласило империю и предложило корону австрийскому "  # 19
      "эрцгерцогу Максимилиану", "political_activity", date="В июле", place="Мехико",
      actors=[("собрание нотаблей", "agent"), ("австрийскому эрцгерцогу Максимилиану", "participant")])
event("принял престол", "10 апреля 1864 года в замке Мирамаре под Триестом Максимилиан принял престол",  # 20
      "political_activity", date="10 апреля 1864 года", place="Мирамаре", actors=[("Максимилиан", "agent")])
event("подписал", "Максимилиан принял престол и подписал с Наполеоном III договор о содержании французских "  # 21
      "войск", "treaty", date="10 апреля 1864 года", place="Мирамаре",
      actors=[("Максимилиан", "participant"), ("Наполеоном III", "participant")])
event("прибыл", "28 мая он прибыл в Веракрус", "political_activity", date="28 мая", place="Веракрус",  # 22
      actors=[("он", "agent")], note="the new emperor's arrival in Mexico")
event("въехал", "12 июня въехал в Мехико", "political_activity", date="12 июня", place="Мехико",  # 23
      note="the emperor's entry into his capital")
event("теснили", "Войска маршала Базена теснили республиканцев к северу и югу", "attack",  # 24
      date={"edtf": "1864-06/1865-02"}, actors=[("Войска маршала Базена", "agent"), ("республиканцев", "target")],
      note="between the emperor's arrival and the fall of Oaxaca")
event("осады", "9 февраля 1865 года после осады капитулировала Оахака", "siege",  # 25
      date={"edtf": "1865-01/1865-02-09"}, place="Оахака",
      note="the text gives only the siege's end (9 February 1865)")
event("капитулировала", "9 февраля 1865 года после осады капитулировала Оахака", "capture",  # 26
      date="9 февраля 1865 года", place="Оахака")
event("попал в плен", "её защитник Порфирио Диас попал в плен", "arrest",  # 27
      date="9 февраля 1865 года", place="Оахака", actors=[("Порфирио Диас", "target")])
event("издал", "3 октября император издал «чёрный декрет»", "decree",  # 28
      date="3 октября", actors=[("император", "agent")])
event("казнены", "Через восемнадцать дней в Уруапане были казнены генералы Артеага и Салазар", "execution",  # 29
      date="Через восемнадцать дней", place="Уруапан", actors=[("генералы Артеага и Салазар", "target")])
event("потребовал", "Вашингтон потребовал вывода французских войск", "political_activity",  # 30
      date={"edtf": "1865-04/1866-04"}, place="Вашингтон", actors=[("Вашингтон", "agent")],
      note="after the end of the American Civil War, before the announcement of early 1866")
event("объявил", "в начале 1866 года Наполеон III объявил об их эвакуации", "political_activity",  # 31
      date="в начале 1866 года", actors=[("Наполеон III", "agent")])
event("просить помощи", "Летом императрица Шарлотта отплыла в Европу просить помощи, но тщетно",  # 32
      "negotiations", date="Летом", place="Европа", assertion="failed",
      actors=[("императрица Шарлотта", "agent")])
event("перешли в наступление", "Республиканцы перешли в наступление", "attack",  # 33
      date={"edtf": "1866"}, actors=[("Республиканцы", "agent")])
event("разгромил", "18 октября Диас разгромил имперцев при Ла-Карбонере", "battle",  # 34
      date="18 октября", place="Ла-Карбонера", actors=[("Диас", "agent"), ("имперцев", "target")])
event("вывел", "5 февраля 1867 года Базен вывел последние части из Мехико", "retreat",  # 35
      date="5 февраля 1867 года", place="Мехико", actors=[("Базен", "agent")])
event("укрылся", "Максимилиан остался и вскоре с 9 тыс. солдат укрылся в Керетаро", "reinforcement",  # 36
      date="вскоре", place="Керетаро", actors=[("Максимилиан", "agent")],
      quantities=[qty("9 тыс. солдат", "participants", 9000)])
event("отплыли", "В марте французы отплыли из Веракруса", "retreat",  # 37
      date="В марте", place="Веракрус", actors=[("французы", "agent")])
event("окружили", "6 марта Керетаро окружили от 25 до 40 тыс. республиканцев генерала Эскобедо", "siege",  # 38
      date="6 марта", place="Керетаро", actors=[("республиканцев генерала Эскобедо", "agent")],
      quantities=[qty("от 25 до 40 тыс. республиканцев", "participants", None, min=25000, max=40000,
                      approximate=True)])
event("взял", "2 апреля Диас штурмом взял Пуэблу", "recapture", date="2 апреля", place="Пуэбла",  # 39
      actors=[("Диас", "agent")], note="the republican government regains the city")
event("Осада", "Осада Керетаро продолжалась больше двух месяцев", "siege",  # 40
      date={"edtf": "1867-03-06/1867-05-15"}, place="Керетаро", same_as=38)
event("пал", "15 мая полковник Лопес тайно впустил осаждающих в монастырь Ла-Крус, город пал", "recapture",  # 41
      date="15 мая", place="Керетаро",
      actors=[("осаждающих", "agent"), ("полковник Лопес", "participant")],
      note="the republican government regains the city")
event("сдался в плен", "император сдался в плен", "arrest", date="15 мая", place="Керетаро",  # 42
      actors=[("император", "target")])
event("расстрелян", "19 июня 1867 года Максимилиан вместе с генералами Мирамоном и Мехией был расстрелян на "  # 43
      "холме Серро-де-лас-Кампанас", "execution", date="19 июня 1867 года", place="Серро-де-лас-Кампанас",
      actors=[("Максимилиан", "target"), ("генералами Мирамоном и Мехией", "target")])
event("занял", "Через два дня Диас занял Мехико", "recapture", date="Через два дня", place="Мехико",  # 44
      actors=[("Диас", "agent")], note="the republican government regains the capital")
event("вернулся", "15 июля в столицу вернулся Хуарес", "political_activity", date="15 июля",  # 45
      place="Мехико", actors=[("Хуарес", "agent")],
      note="the capital is Mexico City, named in the preceding clause")
