"""Gold spec for bench/heldout/khmelnytsky_1648_1654.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style (Gregorian), as used in Poland at the time, so no
conversion is applied.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/khmelnytsky_1648_1654.txt"

gazetteer({
    "Украина": ("region", 49.5, 31.5, None),
    "Речь Посполитая": ("polity", 52.23, 21.01, None),
    "Польша": ("polity", 52.23, 21.01, "Q36"),
    "Чигирин": ("settlement", 49.08, 32.66, None),
    "Запорожье": ("region", 47.6, 35.0, None),
    "Никитин Рог": ("settlement", 47.57, 34.39, None, "Никополь"),
    "Крым": ("region", 45.0, 34.1, None),
    "Жёлтые Воды": ("river", 48.35, 33.5, None),
    "Днепр": ("river", 47.57, 34.4, None),
    "Корсунь": ("settlement", 49.42, 31.26, None, "Корсунь-Шевченковский"),
    "Левобережье": ("region", 50.3, 32.8, None),
    "Немиров": ("settlement", 48.98, 28.84, None),
    "Пилявцы": ("settlement", 49.62, 27.47, None, "Пилява"),
    "Львов": ("settlement", 49.84, 24.03, "Q36036"),
    "Замостье": ("settlement", 50.72, 23.25, None, "Замосць"),
    "Збараж": ("settlement", 49.66, 25.78, None),
    "Зборов": ("settlement", 49.66, 25.14, None),
    "Берестечко": ("settlement", 50.36, 25.11, None),
    "Пляшевая": ("river", 50.37, 25.13, None),
    "Литва": ("polity", 54.69, 25.28, None),
    "Киев": ("settlement", 50.45, 30.52, "Q1899"),
    "Белая Церковь": ("settlement", 49.8, 30.11, None),
    "Батог": ("mountain", 48.7, 29.23, None),
    "Ладыжин": ("settlement", 48.68, 29.24, None),
    "Жванец": ("settlement", 48.55, 26.49, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Переяслав": ("settlement", 50.07, 31.45, None),
})

NS = "New Style, as the text states once; no conversion"

# ---- dates, in reading order
date("В 1648–1654 годах", "1648/1654", "interval")
date("В декабре 1647 года", "1647-12", "month")
date("В начале 1648 года", "1648-01/1648-04", "interval",
     note="beginning of a year taken as its first third, as for centuries")
date("Весной", "1648-21", "season", derivation="anchored")
date("29 апреля", "1648-04-29", "day", derivation="anchored", note=NS)
date("Вскоре", "1648-04-29/1648-05-16", "interval", kind="vague", derivation="anchored",
     note="soon after 29 April and before the 16 May named in the same sentence")
date("16 мая", "1648-05-16", "day", derivation="anchored", note=NS)
date("Через десять дней", "1648-05-26", "day", derivation="computed", note="16 May + 10 days")
date("Летом", "1648-22", "season", derivation="anchored")
date("10 июня", "1648-06-10", "day", derivation="anchored", note=NS)
date("Осенью", "1648-23", "season", derivation="anchored")
date("23 сентября", "1648-09-23", "day", derivation="anchored", note=NS)
date("В октябре", "1648-10", "month", derivation="anchored")
date("в ноябре", "1648-11", "month", derivation="anchored")
date("10 июля 1649 года", "1649-07-10", "day", note=NS)
date("15 августа", "1649-08-15", "day", derivation="anchored", note=NS)
date("Через три дня", "1649-08-18", "day", derivation="computed", note="15 August + 3 days")
date("более месяца", None, None, kind="duration", duration="P1M", note="more than a month")
date("28 июня 1651 года", "1651-06-28", "day", note=NS)
date("Через два дня", "1651-06-30", "day", derivation="computed", note="28 June + 2 days")
date("10 июля", "1651-07-10", "day", derivation="anchored", note=NS)
date("Вскоре", "1651-07-10/1651-08-31", "interval", kind="vague", derivation="anchored",
     note="soon after 10 July 1651")
date("28 сентября", "1651-09-28", "day", derivation="anchored", note=NS)
date("1–2 июня 1652 года", "1652-06-01/1652-06-02", "interval", note=NS)
date("Осенью 1653 года", "1653-23", "season")
date("в декабре", "1653-12", "month", derivation="anchored")
date("11 октября 1653 года", "1653-10-11", "day", note=NS + " (1 October Julian)")
date("18 января 1654 года", "1654-01-18", "day", note=NS + " (8 January Julian)")

# ---- places, in reading order
for quote, name in [
    ("Украину", "Украина"), ("Речи Посполитой", "Речь Посполитая"), ("Польше", "Польша"),
    ("чигиринский", "Чигирин"), ("Запорожье", None), ("Никитина Рога", "Никитин Рог"), ("Крыма", "Крым"),
    ("Жёлтых Вод", "Жёлтые Воды"), ("Днепру", "Днепр"), ("Корсунем", "Корсунь"),
    ("Украине", "Украина"), ("Левобережья", "Левобережье"), ("Немиров", None),
    ("Пилявцами", "Пилявцы"), ("Львов", None), ("Замостье", None),
    ("Збараж", None), ("Зборова", "Зборов"), ("Зборовский", "Зборов"), ("Збаража", "Збараж"),
    ("Берестечком", "Берестечко"), ("Пляшевой", "Пляшевая"), ("Литвы", "Литва"), ("Киев", None),
    ("Белой Церкви", "Белая Церковь"),
    ("Батог", None), ("Ладыжина", "Ладыжин"), ("Жванцем", "Жванец"), ("Польшей", "Польша"),
    ("Москве", "Москва"), ("Польше", "Польша"), ("Переяславе", "Переяслав"),
]:
    place(quote, name)

# ---- events
event("восстание", "В 1648–1654 годах Украину, входившую в состав Речи Посполитой, охватило казацкое "  # 0
      "восстание под предводительством Богдана Хмельницкого", "uprising",
      date="В 1648–1654 годах", place="Украина", actors=[("Богдана Хмельницкого", "agent")])
event("бежал", "В декабре 1647 года чигиринский сотник Хмельницкий, спасаясь от ареста, бежал на Запорожье",  # 1
      "flight", date="В декабре 1647 года", place="Запорожье",
      actors=[("чигиринский сотник Хмельницкий", "participant")],
      note="one man's flight; the place is its destination")
event("выбил", "В начале 1648 года его отряд выбил правительственный гарнизон с Никитина Рога",  # 2
      "capture", date="В начале 1648 года", place="Никитин Рог",
      actors=[("его отряд", "agent"), ("правительственный гарнизон", "target")])
event("провозгласили", "В начале 1648 года его отряд выбил правительственный гарнизон с Никитина Рога, "  # 3
      "и казаки провозгласили его гетманом", "political_activity",
      date="В начале 1648 года", place="Никитин Рог", actors=[("казаки", "agent")],
      note="election as hetman (an appointment)")
event("заключил союз", "Весной он заключил союз с ханом Крыма Ислям-Гиреем III", "treaty",  # 4
      date="Весной", place="Крым", actors=[("ханом Крыма Ислям-Гиреем III", "participant")])
event("прислал", "Весной он заключил союз с ханом Крыма Ислям-Гиреем III, который прислал ему около "  # 5
      "4 тыс. всадников во главе с Тугай-беем", "reinforcement", date="Весной",
      actors=[("Тугай-беем", "agent")],
      quantities=[qty("около 4 тыс. всадников", "participants", 4000, approximate=True)],
      note="the text does not say where the horsemen joined him")
event("бой", "29 апреля у Жёлтых Вод казаки и татары вступили в бой с авангардом коронного войска",  # 6
      "battle", date="29 апреля", place="Жёлтые Воды",
      actors=[("казаки", "participant"), ("татары", "participant"),
              ("авангардом коронного войска", "participant")])
event("перешли", "Вскоре к восставшим перешли реестровые казаки, сплавлявшиеся вниз по Днепру", "mutiny",  # 7
      date="Вскоре", place="Днепр", actors=[("реестровые казаки", "agent")],
      note="defection of the registered Cossacks to the rebels")
event("уничтожен", "16 мая окружённый отряд был уничтожен", "battle",  # 8
      date="16 мая", place="Жёлтые Воды", actors=[("окружённый отряд", "target")], same_as=6)
event("разгромлены", "Через десять дней под Корсунем были разгромлены главные силы коронной армии",  # 9
      "battle", date="Через десять дней", place="Корсунь",
      actors=[("главные силы коронной армии", "target")],
      quantities=[qty("оба гетмана", "prisoners", 2)])
event("восстания", "Летом по всей Украине вспыхнули крестьянские восстания", "uprising",  # 10
      date="Летом", place="Украина")
event("отступая", "Князь Иеремия Вишневецкий, отступая с Левобережья", "retreat",  # 11
      date="Летом", place="Левобережье", actors=[("Князь Иеремия Вишневецкий", "agent")])
event("казнил", "Князь Иеремия Вишневецкий, отступая с Левобережья, казнил захваченных повстанцев",  # 12
      "execution", date="Летом", place="Левобережье",
      actors=[("Князь Иеремия Вишневецкий", "agent"), ("захваченных повстанцев", "target")])
event("ворвались", "10 июня казаки ворвались в Немиров", "capture",  # 13
      date="10 июня", place="Немиров", actors=[("казаки", "agent")])
event("убито", "10 июня казаки ворвались в Немиров, где, по словам современного хрониста, было убито "  # 14
      "около 6 тыс. евреев", "massacre", date="10 июня", place="Немиров", assertion="reported",
      actors=[("евреев", "target")],
      quantities=[qty("около 6 тыс. евреев", "fatalities", 6000, approximate=True)])
event("выступило", "Осенью навстречу Хмельницкому выступило шляхетское ополчение численностью около "  # 15
      "40 тыс. человек", "reinforcement", date="Осенью",
      actors=[("шляхетское ополчение", "agent"), ("Хмельницкому", "target")],
      quantities=[qty("около 40 тыс. человек", "participants", 40000, approximate=True)])
event("битве", "23 сентября в битве под Пилявцами оно было разбито", "battle",  # 16
      date="23 сентября", place="Пилявцы")
event("бежало", "23 сентября в битве под Пилявцами оно было разбито и в панике бежало, бросив обоз",  # 17
      "retreat", date="23 сентября", place="Пилявцы")
event("осадил", "В октябре гетман осадил Львов", "siege",  # 18
      date="В октябре", place="Львов", actors=[("гетман", "agent")])
event("осадил", "В октябре гетман осадил Львов, а в ноябре — Замостье", "siege",  # 19
      date="в ноябре", place="Замостье", actors=[("гетман", "agent")])
event("избрания", "После избрания королём Яна Казимира", "election",  # 20
      date={"edtf": "1648-11"}, actors=[("Яна Казимира", "participant")],
      note="the royal election of November 1648; the text names no date or place for it")
event("снял осаду", "он снял осаду и увёл войско на восток", "retreat",  # 21
      date={"edtf": "1648-11"}, place="Замостье",
      note="the siege of Zamość lifted after the election")
event("осадили", "10 июля 1649 года казаки и татары осадили Збараж, где оборонялось около 15 тыс. человек",  # 22
      "siege", date="10 июля 1649 года", place="Збараж",
      actors=[("казаки", "agent"), ("татары", "agent")],
      quantities=[qty("около 15 тыс. человек", "participants", 15000, approximate=True)],
      note="the count is of the besieged garrison")
event("двинулся", "На выручку осаждённым двинулся сам король", "reinforcement",  # 23
      date={"edtf": "1649-07-10/1649-08-15"}, place="Збараж", actors=[("сам король", "agent")],
      note="the place is the destination; between the start of the siege and 15 August")
event("атакована", "но 15 августа его армия была атакована у Зборова", "attack",  # 24
      date="15 августа", place="Зборов", actors=[("его армия", "target")])
event("переговоры", "и лишь переговоры с ханом спасли её от гибели", "negotiations",  # 25
      date={"edtf": "1649-08-15/1649-08-18"}, place="Зборов", actors=[("ханом", "participant")],
      note="between the attack of 15 August and the treaty three days later")
event("подписали", "Через три дня стороны подписали Зборовский договор", "treaty",  # 26
      date="Через три дня", place="Зборов", actors=[("стороны", "participant")])
event("осада", "Продолжавшаяся более месяца осада Збаража была снята", "siege",  # 27
      date={"edtf": "1649-07-10/1649-08-31"}, place="Збараж", same_as=22,
      note="the siege begun on 10 July, lifted after the treaty of 18 August")
event("битва", "28 июня 1651 года под Берестечком началась битва главных сил", "battle",  # 28
      date="28 июня 1651 года", place="Берестечко")
event("покинул поле боя", "Через два дня хан со своей ордой покинул поле боя, уведя с собой гетмана",  # 29
      "retreat", date="Через два дня", place="Берестечко",
      actors=[("хан со своей ордой", "agent")])
event("выводить", "Полковник Иван Богун начал выводить войско через болота у реки Пляшевой, но 10 июля "  # 30
      "в лагере вспыхнула паника", "retreat", date="10 июля", place="Пляшевая",
      actors=[("Полковник Иван Богун", "agent")])
event("ворвались", "10 июля в лагере вспыхнула паника, поляки ворвались в него, и многие казаки погибли",  # 31
      "attack", date="10 июля", place="Берестечко",
      actors=[("поляки", "agent"), ("многие казаки", "target")],
      note="the storming of the Cossack camp at Berestechko")
event("заняли", "Вскоре войска Януша Радзивилла, наступавшие из Литвы, заняли Киев", "capture",  # 32
      date="Вскоре", place="Киев", actors=[("войска Януша Радзивилла", "agent")])
event("заключён договор", "28 сентября в Белой Церкви был заключён договор", "treaty",  # 33
      date="28 сентября", place="Белая Церковь")
event("разгромили", "1–2 июня 1652 года у горы Батог близ Ладыжина казаки и татары разгромили армию "  # 34
      "польного гетмана Калиновского", "battle", date="1–2 июня 1652 года", place="Батог",
      actors=[("казаки", "agent"), ("татары", "agent"), ("армию польного гетмана Калиновского", "target")])
event("перебиты", "1–2 июня 1652 года у горы Батог близ Ладыжина казаки и татары разгромили армию "  # 35
      "польного гетмана Калиновского; сам он погиб, а пленные, которых было, по разным оценкам, "
      "от 3 до 5 тыс., были перебиты", "massacre", date="1–2 июня 1652 года", place="Батог",
      actors=[("пленные", "target")],
      quantities=[qty("от 3 до 5 тыс.", "fatalities", None, min=3000, max=5000, approximate=True)],
      note="the killing is asserted; only the count is given 'by various estimates'")
event("окружено", "Осенью 1653 года королевское войско было окружено под Жванцем", "siege",  # 36
      date="Осенью 1653 года", place="Жванец", actors=[("королевское войско", "target")])
event("заключил", "в декабре хан заключил с Польшей сепаратный мир", "treaty",  # 37
      date="в декабре", place="Жванец", actors=[("хан", "participant"), ("Польшей", "participant")])
event("постановил", "Ещё 11 октября 1653 года Земский собор в Москве постановил принять казаков в "  # 38
      "подданство царя", "decree", date="11 октября 1653 года", place="Москва",
      actors=[("Земский собор", "agent"), ("казаков", "participant")])
event("объявить войну", "Ещё 11 октября 1653 года Земский собор в Москве постановил принять казаков в "  # 39
      "подданство царя и объявить войну Польше", "political_activity", date="11 октября 1653 года",
      place="Москва", actors=[("Земский собор", "agent"), ("Польше", "target")],
      note="the decision to declare war on Poland")
event("высказалась за переход", "18 января 1654 года в Переяславе рада в присутствии царского посла боярина "  # 40
      "В. В. Бутурлина высказалась за переход под власть Алексея Михайловича", "accession",
      date="18 января 1654 года", place="Переяслав",
      actors=[("рада", "agent"), ("царского посла боярина В. В. Бутурлина", "participant"),
              ("Алексея Михайловича", "participant")])
event("принесли присягу", "гетман и старшина принесли присягу", "accession",  # 41
      date="18 января 1654 года", place="Переяслав", actors=[("гетман и старшина", "agent")],
      same_as=40, note="the oath of allegiance that sealed the Rada's decision")
