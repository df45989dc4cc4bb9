"""Gold spec for bench/heldout/war_of_the_pacific_1879_1884.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/war_of_the_pacific_1879_1884.txt"

gazetteer({
    "Чили": ("polity", -33.45, -70.67, "Q298"),
    "Перу": ("polity", -9.19, -75.02, "Q419"),
    "Боливия": ("polity", -16.3, -63.6, "Q750"),
    "Атакама": ("region", -24.5, -69.25, None),
    "Антофагаста": ("settlement", -23.65, -70.4, None),
    "Калама": ("settlement", -22.46, -68.93, None),
    "Икике": ("settlement", -20.21, -70.15, None),
    "Ангамос": ("region", -23.02, -70.51, None),
    "Писагуа": ("settlement", -19.6, -70.21, None),
    "Сан-Франсиско": ("mountain", -19.65, -69.98, None),
    "Тарапака": ("settlement", -19.92, -69.51, None),
    "Арика": ("settlement", -18.48, -70.32, None),
    "Европа": ("region", 50.0, 10.0, "Q46"),
    "Лима": ("settlement", -12.05, -77.04, "Q2868"),
    "Альто-де-ла-Альянса": ("region", -17.98, -70.27, None),
    "Такна": ("settlement", -18.01, -70.25, None),
    "Чилка": ("settlement", -12.52, -76.74, None),
    "Чорильос": ("settlement", -12.17, -77.02, None),
    "Мирафлорес": ("settlement", -12.12, -77.03, None),
    "Консепсьон": ("settlement", -11.92, -75.31, None),
    "Мантаро": ("river", -11.95, -75.33, None),
    "Уамачуко": ("settlement", -7.81, -78.05, None),
    "Анкон": ("settlement", -11.77, -77.17, None),
    "провинция Тарапака": ("region", -20.2, -69.7, None),
    "Вальпараисо": ("settlement", -33.05, -71.62, None),
})

# ---- dates, in reading order (Gregorian throughout, as the text states)
date("1879–1884 гг.", "1879/1884", "interval")
date("в 1878 году", "1878", "year")
date("14 февраля 1879 года", "1879-02-14", "day")
date("1 марта", "1879-03-01", "day", derivation="anchored")
date("23 марта", "1879-03-23", "day", derivation="anchored")
date("5 апреля", "1879-04-05", "day", derivation="anchored")
date("1873 года", "1873", "year")
date("21 мая", "1879-05-21", "day", derivation="anchored")
date("8 октября", "1879-10-08", "day", derivation="anchored")
date("2 ноября", "1879-11-02", "day", derivation="anchored")
date("19 ноября", "1879-11-19", "day", derivation="anchored")
date("27 ноября", "1879-11-27", "day", derivation="anchored")
date("В декабре", "1879-12", "month", derivation="anchored")
date("в конце месяца", "1879-12-21/1879-12-31", "interval", derivation="anchored")
date("26 мая 1880 года", "1880-05-26", "day")
date("7 июня", "1880-06-07", "day", derivation="anchored")
date("менее чем за час", None, None, kind="duration", duration="PT1H", note="less than an hour")
date("В октябре", "1880-10", "month", derivation="anchored")
date("В декабре", "1880-12", "month", derivation="anchored")
date("13 января 1881 года", "1881-01-13", "day")
date("через два дня", "1881-01-15", "day", derivation="computed", note="13 January + 2 days")
date("В ночь на 17 января", "1881-01-16/1881-01-17", "day", derivation="anchored")
date("на следующий день", "1881-01-17", "day", derivation="computed", note="the day the night above ended on")
date("почти три года", None, None, kind="duration", duration="P3Y", note="almost three years")
date("В ноябре 1881 года", "1881-11", "month")
date("9 июля 1882 года", "1882-07-09", "day")
date("10 июля 1883 года", "1883-07-10", "day")
date("20 октября 1883 года", "1883-10-20", "day")
date("на десять лет", None, None, kind="duration", duration="P10Y")
date("Вскоре", "1883-10-20/1883-12-31", "interval", kind="vague", derivation="anchored",
     note="soon after the treaty of 20 October 1883")
date("в 1929 году", "1929", "year")
date("4 апреля 1884 года", "1884-04-04", "day")
date("в 1904 году", "1904", "year")

# ---- places, in reading order
for quote, name in [
    ("Чили", None), ("Перу", None), ("Боливией", "Боливия"), ("Атакама", None),
    ("Боливия", None), ("Антофагасте", "Антофагаста"), ("Боливия", None), ("Каламы", "Калама"),
    ("Чили", None), ("Перу", None), ("Боливией", "Боливия"),
    ("Икике", None), ("Ангамос", None),
    ("Писагуа", None), ("Сан-Франсиско", None), ("Тарапаки", "Тарапака"), ("Арике", "Арика"),
    ("Перу", None), ("Европу", "Европа"), ("Лиме", "Лима"),
    ("Альто-де-ла-Альянса", None), ("Такны", "Такна"), ("Боливия", None), ("Арику", "Арика"),
    ("Арики", "Арика"),
    ("Чилки", "Чилка"), ("Лимы", "Лима"), ("Чорильоса", "Чорильос"), ("Мирафлореса", "Мирафлорес"),
    ("Чорильос", None), ("Лиме", "Лима"), ("Чили", None),
    ("Консепсьон", None), ("Мантаро", None), ("Уамачуко", None),
    ("Анконский", "Анкон"), ("Перу", None), ("Тарапаку", "провинция Тарапака"), ("Такна", None),
    ("Арика", None), ("Чили", None), ("Лиму", "Лима"), ("Такна", None), ("Перу", None),
    ("Боливия", None), ("Вальпараисо", None), ("Антофагасту", "Антофагаста"), ("Чили", None),
]:
    place(quote, name)

# ---- events
event("война", "Тихоокеанская война 1879–1884 гг. столкнула Чили с союзными Перу и Боливией в борьбе за "  # 0
      "богатую селитрой пустыню Атакама", "battle", date="1879–1884 гг.", place="Атакама",
      actors=[("Чили", "participant"), ("Перу", "participant"), ("Боливией", "participant")],
      note="the war as a whole, fought for the Atacama")
event("обложила", "налог, которым в 1878 году Боливия обложила чилийскую селитряную компанию в Антофагасте",  # 1
      "decree", date="в 1878 году", place="Боливия",
      actors=[("Боливия", "agent"), ("чилийскую селитряную компанию", "target")])
event("приказал", "боливийский президент И. Даса приказал конфисковать её имущество", "decree",  # 2
      date={"edtf": "1878/1879-02-14"}, actors=[("боливийский президент И. Даса", "agent")],
      note="before the landing of 14 February 1879; the text gives no date")
event("высадились", "14 февраля 1879 года около 200 чилийских солдат высадились в порту", "reinforcement",  # 3
      date="14 февраля 1879 года", place="Антофагаста", actors=[("чилийских солдат", "agent")],
      quantities=[qty("около 200 чилийских солдат", "participants", 200, approximate=True)])
event("заняли", "14 февраля 1879 года около 200 чилийских солдат высадились в порту и без боя заняли город",  # 4
      "occupation", date="14 февраля 1879 года", place="Антофагаста", actors=[("чилийских солдат", "agent")],
      quantities=[qty("около 200 чилийских солдат", "participants", 200, approximate=True)],
      note="taken without a fight")
event("объявила о состоянии войны", "1 марта Боливия объявила о состоянии войны", "political_activity",  # 5
      date="1 марта", place="Боливия", actors=[("Боливия", "agent")])
event("разбили", "23 марта у Каламы чилийцы разбили небольшой боливийский отряд", "battle",  # 6
      date="23 марта", place="Калама",
      actors=[("чилийцы", "agent"), ("небольшой боливийский отряд", "target")])
event("объявила войну", "5 апреля Чили объявила войну обоим союзникам", "political_activity",  # 7
      date="5 апреля", place="Чили", actors=[("Чили", "agent"), ("обоим союзникам", "target")])
event("договором", "Перу, связанное с Боливией тайным договором 1873 года", "treaty",  # 8
      date="1873 года", actors=[("Перу", "participant"), ("Боливией", "participant")])
event("отказалось сохранять нейтралитет", "Перу, связанное с Боливией тайным договором 1873 года, "  # 9
      "отказалось сохранять нейтралитет", "political_activity", date={"edtf": "1879-03/1879-04-05"},
      place="Перу", actors=[("Перу", "agent")],
      note="Peru's entry into the war, given as the reason for the declaration of 5 April")
event("бою", "21 мая в бою у Икике перуанский броненосец «Уаскар» потопил чилийский корвет «Эсмеральда»",  # 10
      "battle", date="21 мая", place="Икике",
      actors=[("перуанский броненосец «Уаскар»", "agent"), ("чилийский корвет «Эсмеральда»", "target")],
      note="naval battle; the Esmeralda sunk and her commander killed")
event("бою", "8 октября у мыса Ангамос чилийская эскадра настигла «Уаскар» и захватила его в бою",  # 11
      "battle", date="8 октября", place="Ангамос",
      actors=[("чилийская эскадра", "agent"), ("«Уаскар»", "target")],
      note="naval battle; the Huáscar captured and Admiral Grau killed")
event("высадили", "Чилийцы 2 ноября высадили в Писагуа около 10 тыс. человек", "reinforcement",  # 12
      date="2 ноября", place="Писагуа", actors=[("Чилийцы", "agent")],
      quantities=[qty("около 10 тыс. человек", "participants", 10000, approximate=True)])
event("заняли", "Чилийцы 2 ноября высадили в Писагуа около 10 тыс. человек и заняли порт", "capture",  # 13
      date="2 ноября", place="Писагуа", actors=[("Чилийцы", "agent")],
      quantities=[qty("около 10 тыс. человек", "participants", 10000, approximate=True)])
event("сражении", "19 ноября в сражении у Сан-Франсиско они отразили натиск союзников", "battle",  # 14
      date="19 ноября", place="Сан-Франсиско", actors=[("союзников", "participant")])
event("отошли", "боливийские части отошли", "retreat", date="19 ноября", place="Сан-Франсиско",  # 15
      actors=[("боливийские части", "agent")])
event("разбили", "27 ноября перуанцы разбили чилийский отряд у Тарапаки", "battle",  # 16
      date="27 ноября", place="Тарапака", actors=[("перуанцы", "agent"), ("чилийский отряд", "target")])
event("оставили", "но оставили провинцию", "retreat", date={"edtf": "1879-11-27/1879-12-31"},  # 17
      place="Тарапака", actors=[("перуанцы", "agent")],
      note="the Peruvians left the province of Tarapacá after the battle; the village is the mention")
event("отступили", "и отступили к Арике", "retreat", date={"edtf": "1879-11-27/1879-12-31"},  # 18
      place="Арика", actors=[("перуанцы", "agent")], note="destination of the retreat")
event("уехал", "В декабре президент Перу М. И. Прадо уехал в Европу", "political_activity",  # 19
      date="В декабре", place="Перу", actors=[("президент Перу М. И. Прадо", "agent")],
      note="the head of state left the country during the war")
event("захватил", "власть в Лиме захватил Н. де Пьерола", "political_activity",  # 20
      date="В декабре", place="Лима", actors=[("Н. де Пьерола", "agent")], note="seizure of power")
event("сместили", "в конце месяца военные сместили Дасу", "political_activity",  # 21
      date="в конце месяца", actors=[("военные", "agent"), ("Дасу", "target")],
      note="the Bolivian president deposed by the military; the clause names no place")
event("разгромила", "26 мая 1880 года на плато Альто-де-ла-Альянса близ Такны армия генерала М. Бакедано, "  # 22
      "около 14 тыс. человек, разгромила объединённые силы союзников", "battle",
      date="26 мая 1880 года", place="Альто-де-ла-Альянса",
      actors=[("армия генерала М. Бакедано", "agent"), ("объединённые силы союзников", "target")],
      quantities=[qty("около 14 тыс. человек", "participants", 14000, approximate=True)])
event("вышла из войны", "Боливия фактически вышла из войны", "political_activity",  # 23
      date={"edtf": "1880-05-26/1880-06"}, place="Боливия", actors=[("Боливия", "agent")],
      note="after the defeat of 26 May")
event("взяла", "7 июня чилийская пехота менее чем за час штурмом взяла Арику", "capture",  # 24
      date="7 июня", place="Арика", actors=[("чилийская пехота", "agent")],
      note="the commander and most of the garrison killed")
event("добили", "по утверждению перуанских авторов, многих сдавшихся добили", "massacre",  # 25
      date="7 июня", place="Арика", assertion="reported", actors=[("многих сдавшихся", "target")])
event("переговоры", "В октябре у Арики прошли переговоры о мире, закончившиеся безрезультатно",  # 26
      "negotiations", date="В октябре", place="Арика", assertion="failed")
event("высадилась", "В декабре армия численностью около 25 тыс. человек высадилась у Чилки", "reinforcement",  # 27
      date="В декабре", place="Чилка", actors=[("армия", "agent")],
      quantities=[qty("около 25 тыс. человек", "participants", 25000, approximate=True)])
event("штурмовали", "13 января 1881 года чилийцы штурмовали позиции у Чорильоса", "battle",  # 28
      date="13 января 1881 года", place="Чорильос", actors=[("чилийцы", "agent")])
event("штурмовали", "13 января 1881 года чилийцы штурмовали позиции у Чорильоса, а через два дня — "  # 29
      "у Мирафлореса", "battle", date="через два дня", place="Мирафлорес", actors=[("чилийцы", "agent")])
event("боях", "в этих боях погибли несколько тысяч перуанцев", "battle",  # 30
      date={"edtf": "1881-01-13/1881-01-15"}, same_as=28, actors=[("перуанцев", "target")],
      quantities=[qty("несколько тысяч перуанцев", "fatalities", None, min=2000, max=9000, approximate=True)],
      note="the dead of both battles, Chorrillos and Miraflores")
event("разграблен", "Чорильос был разграблен и сожжён", "looting",  # 31
      date={"edtf": "1881-01-13/1881-01-16"}, place="Чорильос",
      note="sacked and burnt after the battle of 13 January")
event("громила", "В ночь на 17 января в Лиме толпа громила китайские лавки", "riot",  # 32
      date="В ночь на 17 января", place="Лима", actors=[("толпа", "agent"), ("китайские лавки", "target")])
event("вступили", "а на следующий день в столицу вступили чилийские войска", "occupation",  # 33
      date="на следующий день", place="Лима", actors=[("чилийские войска", "agent")])
event("Оккупация", "Оккупация продлилась почти три года", "occupation",  # 34
      date={"edtf": "1881-01-17/1883-12-31"}, place="Лима", same_as=33,
      note="its duration: almost three years")
event("арестовали", "В ноябре 1881 года чилийцы арестовали временного президента Ф. Гарсию Кальдерона",  # 35
      "arrest", date="В ноябре 1881 года", place="Лима",
      actors=[("чилийцы", "agent"), ("временного президента Ф. Гарсию Кальдерона", "target")],
      note="in occupied Lima; the clause names no place")
event("выслали", "чилийцы арестовали временного президента Ф. Гарсию Кальдерона и выслали его в Чили",  # 36
      "deportation", date="В ноябре 1881 года", place="Чили",
      actors=[("чилийцы", "agent"), ("временного президента Ф. Гарсию Кальдерона", "target")],
      note="place is the destination")
event("перебили", "9 июля 1882 года у селения Консепсьон его партизаны перебили весь чилийский гарнизон — "  # 37
      "77 человек", "attack", date="9 июля 1882 года", place="Консепсьон",
      actors=[("его партизаны", "agent"), ("чилийский гарнизон", "target")],
      quantities=[qty("77 человек", "fatalities", 77)])
event("сожгли", "в ответ каратели сожгли несколько деревень в долине Мантаро", "attack_on_civilians",  # 38
      date={"edtf": "1882-07"}, place="Мантаро", actors=[("каратели", "agent")],
      note="reprisal after 9 July 1882")
event("разгромлены", "10 июля 1883 года около 3 тыс. бойцов Касереса были разгромлены при Уамачуко",  # 39
      "battle", date="10 июля 1883 года", place="Уамачуко", actors=[("бойцов Касереса", "target")],
      quantities=[qty("около 3 тыс. бойцов", "participants", 3000, approximate=True)])
event("подписало", "20 октября 1883 года правительство генерала М. Иглесиаса подписало Анконский договор",  # 40
      "treaty", date="20 октября 1883 года", place="Анкон",
      actors=[("правительство генерала М. Иглесиаса", "participant")])
event("уступало", "Перу навсегда уступало Тарапаку", "territorial_transfer",  # 41
      date="20 октября 1883 года", place="провинция Тарапака", actors=[("Перу", "agent")])
event("переходили", "а Такна и Арика на десять лет переходили под управление Чили", "territorial_transfer",  # 42
      date="20 октября 1883 года", place="Такна", actors=[("Чили", "participant")])
event("переходили", "а Такна и Арика на десять лет переходили под управление Чили", "territorial_transfer",  # 43
      date="20 октября 1883 года", place="Арика", actors=[("Чили", "participant")])
event("покинули", "Вскоре чилийские войска покинули Лиму", "retreat", date="Вскоре", place="Лима",  # 44
      actors=[("чилийские войска", "agent")])
event("плебисцит", "Обещанный плебисцит так и не состоялся", "election", assertion="negated")  # 45
event("возвращена", "лишь в 1929 году Такна была возвращена Перу", "territorial_transfer",  # 46
      date="в 1929 году", place="Такна", actors=[("Перу", "participant")])
event("заключила", "4 апреля 1884 года Боливия заключила в Вальпараисо бессрочное перемирие", "treaty",  # 47
      date="4 апреля 1884 года", place="Вальпараисо", actors=[("Боливия", "participant")])
event("оставив", "оставив Антофагасту под властью Чили", "territorial_transfer",  # 48
      date="4 апреля 1884 года", place="Антофагаста", actors=[("Чили", "participant")])
event("подписан", "мирный договор был подписан только в 1904 году", "treaty", date="в 1904 году")  # 49
