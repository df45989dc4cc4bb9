"""Gold spec for bench/heldout/deluge_1655_1660.txt (hand-coded; build with bench/gold/build_gold.py).

The Swedish "Deluge" in the Polish–Lithuanian Commonwealth, 1655–1660. The text states once that its
dates are Gregorian (the calendar of the Commonwealth), so they are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/deluge_1655_1660.txt"

gazetteer({
    "Речь Посполитая": ("polity", 52.23, 21.01, "Q172107"),
    "Россия": ("polity", 55.75, 37.62, None),
    "Померания": ("region", 53.8, 15.5, None),
    "Великая Польша": ("region", 52.41, 16.93, None),
    "Уйсьце": ("settlement", 53.05, 16.73, None),
    "Нотець": ("river", 53.04, 16.75, None),
    "Кейданы": ("settlement", 55.29, 23.97, None, "Кедайняй"),
    "Великое княжество Литовское": ("polity", 54.69, 25.28, "Q49683"),
    "Швеция": ("polity", 59.33, 18.07, "Q34"),
    "Варшава": ("settlement", 52.23, 21.01, "Q270"),
    "Собота": ("settlement", 52.07, 19.68, None),
    "Краков": ("settlement", 50.06, 19.94, "Q31487"),
    "Силезия": ("region", 51.0, 17.0, None),
    "Ясна Гура": ("settlement", 50.8125, 19.0975, None),
    "Ченстохова": ("settlement", 50.81, 19.12, None),
    "Тышовцы": ("settlement", 50.62, 23.70, None),
    "Голомбь": ("settlement", 51.49, 21.92, None),
    "Висла": ("river", 50.68, 21.75, "Q548"),
    "Сан": ("river", 50.58, 21.92, None),
    "Львов": ("settlement", 49.84, 24.03, "Q36036"),
    "Варка": ("settlement", 51.78, 21.19, None),
    "Баден": ("polity", 49.0, 8.47, None),
    "Лешно": ("settlement", 51.84, 16.57, None),
    "Замостье": ("settlement", 50.72, 23.25, None, "Замосць"),
    "Лабиау": ("settlement", 54.86, 21.10, None, "Полесск"),
    "Пруссия": ("polity", 54.71, 20.51, None),
    "Малая Польша": ("region", 50.3, 20.3, None),
    "Трансильвания": ("region", 46.6, 24.3, None),
    "Брест": ("settlement", 52.10, 23.69, None),
    "Дания": ("polity", 55.68, 12.57, "Q35"),
    "Польша": ("polity", 52.23, 21.01, None),
    "Чарный Остров": ("settlement", 49.50, 26.80, None),
    "Велау": ("settlement", 54.61, 21.22, None, "Знаменск"),
    "Бромберг": ("settlement", 53.12, 18.01, None, "Быдгощ"),
    "Ютландия": ("region", 56.2, 9.3, None),
    "Альс": ("region", 54.95, 9.90, None),
    "Колдинг": ("settlement", 55.49, 9.47, None),
    "Торунь": ("settlement", 53.01, 18.60, None),
    "Олива": ("settlement", 54.41, 18.56, None),
    "Гданьск": ("settlement", 54.35, 18.65, "Q1792"),
    "Лифляндия": ("region", 57.3, 25.3, None),
    "Западная Двина": ("river", 56.65, 25.4, None),
})

# ---- dates, in reading order
date("Летом 1655 года", "1655-22", "season")
date("В июле", "1655-07", "month", derivation="anchored")
date("25 июля", "1655-07-25", "day", derivation="anchored")
date("17 августа", "1655-08-17", "day", derivation="anchored")
date("8 сентября", "1655-09-08", "day", derivation="anchored")
date("13 сентября", "1655-09-13", "day", derivation="anchored")
date("вскоре", "1655-09-13/1655-10-31", "interval", kind="vague", derivation="anchored",
     note="soon after the defeat of 13 September")
date("около трёх недель", None, None, kind="duration", duration="P3W", note="approximate")
date("17 октября", "1655-10-17", "day", derivation="anchored")
date("Осенью", "1655-23", "season", derivation="anchored")
date("18 ноября", "1655-11-18", "day", derivation="anchored")
date("более пяти недель", None, None, kind="duration", duration="P5W", note="more than five weeks")
date("27 декабря", "1655-12-27", "day", derivation="anchored")
date("29 декабря", "1655-12-29", "day", derivation="anchored")
date("В январе 1656 года", "1656-01", "month")
date("18 февраля", "1656-02-18", "day", derivation="anchored")
date("в конце марта", "1656-03-21/1656-03-31", "interval", derivation="anchored")
date("1 апреля", "1656-04-01", "day", derivation="anchored")
date("Через несколько дней", "1656-04-03/1656-04-11", "interval", derivation="computed",
     note="1 April + a few days")
date("7 апреля", "1656-04-07", "day", derivation="anchored")
date("В конце апреля", "1656-04-21/1656-04-30", "interval", derivation="anchored")
date("около двух месяцев", None, None, kind="duration", duration="P2M", note="approximate")
date("1 июля", "1656-07-01", "day", derivation="anchored")
date("28–30 июля", "1656-07-28/1656-07-30", "interval", derivation="anchored")
date("трёхдневной", None, None, kind="duration", duration="P3D")
date("20 ноября", "1656-11-20", "day", derivation="anchored")
date("В январе 1657 года", "1657-01", "month")
date("Весной", "1657-21", "season", derivation="anchored")
date("в мае", "1657-05", "month", derivation="anchored")
date("в июне", "1657-06", "month", derivation="anchored")
date("В июне", "1657-06", "month", derivation="anchored")
date("23 июля", "1657-07-23", "day", derivation="anchored")
date("вскоре", "1657-07-23/1657-08-31", "interval", kind="vague", derivation="anchored",
     note="soon after the capitulation of 23 July")
date("В конце августа", "1657-08-21/1657-08-31", "interval", derivation="anchored")
date("19 сентября", "1657-09-19", "day", derivation="anchored")
date("6 ноября", "1657-11-06", "day", derivation="anchored")
date("Осенью 1658 года", "1658-23", "season")
date("в декабре", "1658-12", "month", derivation="anchored")
date("25 декабря", "1658-12-25", "day", derivation="anchored")
date("30 декабря", "1658-12-30", "day", derivation="anchored")
date("многомесячной", None, None, kind="duration", note="unquantified: several months")
date("в феврале 1660 года", "1660-02", "month")
date("3 мая", "1660-05-03", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Речи Посполитой", "Речь Посполитая"), ("Россией", "Россия"), ("Померании", "Померания"),
    ("Великую Польшу", "Великая Польша"), ("Уйсьца", "Уйсьце"), ("Нотеци", "Нотець"),
    ("великопольское", "Великая Польша"), ("Кейданах", "Кейданы"), ("Великое княжество Литовское", None),
    ("Швеции", "Швеция"),
    ("Варшаву", "Варшава"), ("Соботой", "Собота"), ("Краков", None), ("Силезию", "Силезия"),
    ("Краков", None),
    ("Ясна Гура", None), ("Ченстохове", "Ченстохова"), ("Тышовцах", "Тышовцы"), ("Силезии", "Силезия"),
    ("Голомбя", "Голомбь"), ("Вислы", "Висла"), ("Сана", "Сан"), ("Львове", "Львов"), ("Варкой", "Варка"),
    ("Баденского", "Баден"), ("Лешно", None), ("Варшавы", "Варшава"), ("Замостье", None),
    ("Варшавой", "Варшава"), ("Лабиау", None), ("Пруссии", "Пруссия"),
    ("Малую Польшу", "Малая Польша"), ("трансильванский", "Трансильвания"),
    ("Трансильванию", "Трансильвания"), ("Брест", None), ("Варшаву", "Варшава"), ("Дания", None),
    ("Швеции", "Швеция"), ("Польши", "Польша"), ("Чарного Острова", "Чарный Остров"),
    ("Кракова", "Краков"), ("Велау", None), ("Бромберге", "Бромберг"), ("Пруссией", "Пруссия"),
    ("Польши", "Польша"),
    ("Ютландию", "Ютландия"), ("Альс", None), ("Колдинг", None), ("Торуня", "Торунь"),
    ("Оливском", "Олива"), ("Гданьском", "Гданьск"), ("Лифляндия", None),
    ("Западной Двины", "Западная Двина"), ("Швецией", "Швеция"),
]:
    place(quote, name)

# ---- events
event("начал войну", "Летом 1655 года шведский король Карл X Густав начал войну против Речи Посполитой",  # 0
      "political_activity", date="Летом 1655 года", place="Речь Посполитая",
      actors=[("Карл X Густав", "agent"), ("Речи Посполитой", "target")], note="entry into the war")
event("вступила", "В июле армия Арвида Виттенберга, около 14 тыс. человек, вступила из Померании в Великую "  # 1
      "Польшу", "attack", date="В июле", place="Великая Польша",
      actors=[("армия Арвида Виттенберга", "agent")],
      quantities=[qty("около 14 тыс. человек", "participants", 14000, approximate=True)],
      note="invasion")
event("сдалось", "25 июля у Уйсьца на Нотеци великопольское ополчение сдалось без боя и признало шведского "  # 2
      "короля своим покровителем", "treaty", date="25 июля", place="Уйсьце",
      actors=[("великопольское ополчение", "agent")],
      note="the capitulation of Ujście, a written agreement accepting the Swedish king's protection")
event("без боя", "25 июля у Уйсьца на Нотеци великопольское ополчение сдалось без боя", "battle",  # 3
      date="25 июля", place="Уйсьце", assertion="negated",
      actors=[("великопольское ополчение", "participant")])
event("подписал соглашение", "17 августа в Кейданах гетман Януш Радзивилл подписал соглашение",  # 4
      "treaty", date="17 августа", place="Кейданы", actors=[("гетман Януш Радзивилл", "agent")])
event("отдававшее", "17 августа в Кейданах гетман Януш Радзивилл подписал соглашение, отдававшее Великое "  # 5
      "княжество Литовское под протекторат Швеции", "accession", date="17 августа",
      place="Великое княжество Литовское",
      actors=[("Великое княжество Литовское", "participant"), ("Швеции", "participant")],
      note="the Grand Duchy placed under Swedish protection (Union of Kėdainiai)")
event("заняли", "8 сентября шведы без сопротивления заняли Варшаву", "occupation",  # 6
      date="8 сентября", place="Варшава", actors=[("шведы", "agent")])
event("без сопротивления", "8 сентября шведы без сопротивления заняли Варшаву", "battle",  # 7
      date="8 сентября", place="Варшава", assertion="negated")
event("поражение", "Потерпев поражение под Соботой 13 сентября, Ян Казимир", "battle",  # 8
      date="13 сентября", place="Собота", actors=[("Ян Казимир", "participant")])
event("оставил", "Ян Казимир оставил Краков", "retreat",  # 9
      date={"edtf": "1655-09-13/1655-09-30"}, place="Краков", actors=[("Ян Казимир", "agent")],
      note="after the defeat of 13 September")
event("бежал", "Ян Казимир оставил Краков и вскоре бежал в Силезию", "retreat",  # 10
      date="вскоре", place="Силезия", actors=[("Ян Казимир", "agent")],
      note="the king's flight abroad; place is the destination")
event("осады", "Краков, который оборонял Стефан Чарнецкий, выдержал около трёх недель осады", "siege",  # 11
      date={"edtf": "1655-09-26/1655-10-17"}, place="Краков",
      actors=[("Стефан Чарнецкий", "participant")], note="17 October − about three weeks")
event("капитулировал", "Краков, который оборонял Стефан Чарнецкий, выдержал около трёх недель осады и "  # 12
      "17 октября капитулировал", "capture", date="17 октября", place="Краков")
event("перешла", "Осенью на сторону Карла Густава перешла большая часть коронного войска",  # 13
      "political_activity", date="Осенью", actors=[("большая часть коронного войска", "agent"),
                                                   ("Карла Густава", "participant")],
      note="the Crown army goes over to the Swedish king")
event("осадил", "18 ноября отряд Бурхарда Мюллера, около 3 тыс. человек, осадил монастырь Ясна Гура в "  # 14
      "Ченстохове", "siege", date="18 ноября", place="Ченстохова",
      actors=[("отряд Бурхарда Мюллера", "agent"), ("монастырь Ясна Гура", "target")],
      quantities=[qty("около 3 тыс. человек", "participants", 3000, approximate=True)])
event("отбивались", "Около 250 защитников во главе с Августином Кордецким более пяти недель отбивались "  # 15
      "от штурмов и обстрелов", "siege", date={"edtf": "1655-11-18/1655-12-27"}, place="Ченстохова",
      actors=[("Августином Кордецким", "participant")], same_as=14,
      quantities=[qty("Около 250 защитников", "participants", 250, approximate=True)])
event("штурмов", "Около 250 защитников во главе с Августином Кордецким более пяти недель отбивались "  # 16
      "от штурмов и обстрелов", "attack", date={"edtf": "1655-11-18/1655-12-27"}, place="Ченстохова",
      assertion="failed", note="assaults beaten off")
event("обстрелов", "Около 250 защитников во главе с Августином Кордецким более пяти недель отбивались "  # 17
      "от штурмов и обстрелов", "bombardment", date={"edtf": "1655-11-18/1655-12-27"}, place="Ченстохова")
event("сняли осаду", "27 декабря шведы сняли осаду", "retreat", date="27 декабря", place="Ченстохова",  # 18
      actors=[("шведы", "agent")])
event("составили конфедерацию", "29 декабря в Тышовцах шляхта и гетманы составили конфедерацию в защиту "  # 19
      "короля", "founding", date="29 декабря", place="Тышовцы",
      actors=[("шляхта", "agent"), ("гетманы", "agent")])
event("вернулся", "В январе 1656 года Ян Казимир вернулся из Силезии", "political_activity",  # 20
      date="В январе 1656 года", actors=[("Ян Казимир", "agent")],
      note="the king's return to the country; Silesia is where he came from, so no place")
event("разбил", "18 февраля Карл Густав разбил Чарнецкого у Голомбя", "battle", date="18 февраля",  # 21
      place="Голомбь", actors=[("Карл Густав", "agent"), ("Чарнецкого", "target")])
event("оказалась заперта", "в конце марта его армия оказалась заперта в междуречье Вислы и Сана",  # 22
      "siege", date="в конце марта", place="Сан", actors=[("его армия", "target")],
      note="encirclement at the fork of the Vistula and the San")
event("принёс обет", "1 апреля во Львове Ян Казимир принёс обет отдать королевство под покровительство "  # 23
      "Богородицы", "political_activity", date="1 апреля", place="Львов", actors=[("Ян Казимир", "agent")])
event("вырвались", "Через несколько дней шведы вырвались из западни", "retreat",  # 24
      date="Через несколько дней", place="Сан", actors=[("шведы", "agent")])
event("разгромили", "7 апреля под Варкой Чарнецкий и Ежи Любомирский разгромили отряд маркграфа "  # 25
      "Баденского", "battle", date="7 апреля", place="Варка",
      actors=[("Чарнецкий", "agent"), ("Ежи Любомирский", "agent"), ("отряд маркграфа Баденского", "target")])
event("сожгли", "В конце апреля шляхетские отряды сожгли протестантское Лешно", "looting",  # 26
      date="В конце апреля", place="Лешно", actors=[("шляхетские отряды", "agent")],
      note="the town burned")
event("осады", "После осады, длившейся около двух месяцев, 1 июля шведский гарнизон Варшавы сдался",  # 27
      "siege", date={"edtf": "1656-05-01/1656-07-01"}, place="Варшава",
      actors=[("шведский гарнизон Варшавы", "target")], note="1 July − about two months")
event("сдался", "1 июля шведский гарнизон Варшавы сдался", "recapture", date="1 июля", place="Варшава",  # 28
      actors=[("шведский гарнизон Варшавы", "target")])
event("взят под стражу", "Виттенберг был взят под стражу и отправлен в Замостье", "arrest",  # 29
      date={"edtf": "1656-07"}, place="Варшава", actors=[("Виттенберг", "target")],
      note="after the surrender of 1 July; taken to Zamość")
event("битве", "28–30 июля в трёхдневной битве под Варшавой шведы и бранденбуржцы, около 18 тыс. человек, "  # 30
      "разбили польско-литовское войско численностью 35–40 тыс.", "battle", date="28–30 июля",
      place="Варшава",
      actors=[("шведы", "agent"), ("бранденбуржцы", "agent"), ("польско-литовское войско", "target")],
      quantities=[qty("около 18 тыс. человек", "participants", 18000, approximate=True),
                  qty("35–40 тыс.", "participants", None, min=35000, max=40000, approximate=True)])
event("перешла", "столица вновь перешла к шведам", "capture", date="28–30 июля", place="Варшава",  # 31
      actors=[("шведам", "agent")], note="Warsaw, named earlier in the sentence")
event("подписан договор", "20 ноября в Лабиау был подписан договор", "treaty", date="20 ноября",  # 32
      place="Лабиау")
event("признал", "по которому Карл Густав признал суверенитет курфюрста Фридриха Вильгельма в Пруссии",  # 33
      "recognition", date="20 ноября", place="Пруссия",
      actors=[("Карл Густав", "agent"), ("курфюрста Фридриха Вильгельма", "participant")])
event("вторгся", "В январе 1657 года в Малую Польшу вторгся трансильванский князь Дьёрдь II Ракоци с войском "  # 34
      "более 25 тыс. человек", "attack", date="В январе 1657 года", place="Малая Польша",
      actors=[("трансильванский князь Дьёрдь II Ракоци", "agent")],
      quantities=[qty("более 25 тыс. человек", "participants", 25000, min=25000, approximate=True)])
event("опустошил", "Весной Любомирский опустошил Трансильванию", "looting", date="Весной",  # 35
      place="Трансильвания", actors=[("Любомирский", "agent")])
event("взял", "Вместе со шведами Ракоци в мае взял Брест", "capture", date="в мае", place="Брест",  # 36
      actors=[("шведами", "agent"), ("Ракоци", "agent")])
event("взял", "Вместе со шведами Ракоци в мае взял Брест, а в июне — Варшаву", "capture",  # 37
      date="в июне", place="Варшава", actors=[("шведами", "agent"), ("Ракоци", "agent")])
event("разграбили", "Варшаву, которую союзники разграбили", "looting", date="в июне", place="Варшава",  # 38
      actors=[("союзники", "agent")])
event("объявила Швеции войну", "В июне Дания объявила Швеции войну", "political_activity",  # 39
      date="В июне", place="Дания", actors=[("Дания", "agent"), ("Швеции", "target")])
event("увёл", "Карл Густав увёл главные силы из Польши на запад", "retreat", date="В июне",  # 40
      place="Польша", actors=[("Карл Густав", "agent")], note="withdrawal from Poland against Denmark")
event("капитулировал", "23 июля Ракоци капитулировал у Чарного Острова", "treaty", date="23 июля",  # 41
      place="Чарный Остров", actors=[("Ракоци", "agent")], note="capitulation agreement")
event("отступавшую", "а его отступавшую армию вскоре окружили", "retreat", date="вскоре",  # 42
      actors=[("его отступавшую армию", "agent")])
event("окружили", "а его отступавшую армию вскоре окружили и увели в плен крымские татары", "attack",  # 43
      date="вскоре", actors=[("крымские татары", "agent"), ("его отступавшую армию", "target")],
      note="the Transylvanian army surrounded and taken captive")
event("сдался", "В конце августа сдался шведский гарнизон Кракова", "recapture", date="В конце августа",  # 44
      place="Краков", actors=[("шведский гарнизон Кракова", "target")])
event("Договорами", "Договорами в Велау 19 сентября и в Бромберге 6 ноября", "treaty",  # 45
      date="19 сентября", place="Велау")
event("Договорами", "Договорами в Велау 19 сентября и в Бромберге 6 ноября", "treaty",  # 46
      date="6 ноября", place="Бромберг")
event("отказался от верховной власти", "Договорами в Велау 19 сентября и в Бромберге 6 ноября Ян Казимир "  # 47
      "отказался от верховной власти над Пруссией", "recognition",
      date={"edtf": "1657-09-19/1657-11-06"}, place="Пруссия", actors=[("Ян Казимир", "agent")],
      note="renunciation of suzerainty over Ducal Prussia")
event("перешёл на сторону", "курфюрст перешёл на сторону Польши", "political_activity",  # 48
      date={"edtf": "1657-09-19/1657-11-06"}, actors=[("курфюрст", "agent"), ("Польши", "participant")],
      note="change of sides by the treaties above")
event("двинулся на помощь", "Осенью 1658 года Чарнецкий двинулся на помощь датчанам в Ютландию",  # 49
      "reinforcement", date="Осенью 1658 года", place="Ютландия",
      actors=[("Чарнецкий", "agent"), ("датчанам", "participant")])
event("выбил", "в декабре выбил шведов с острова Альс", "capture", date="в декабре", place="Альс",  # 50
      actors=[("шведов", "target")])
event("штурмом взял", "25 декабря штурмом взял Колдинг", "capture", date="25 декабря", place="Колдинг")  # 51
event("осады", "30 декабря после многомесячной осады капитулировал шведский гарнизон Торуня", "siege",  # 52
      date={"edtf": "1658-07/1658-12-30"}, place="Торунь",
      actors=[("шведский гарнизон Торуня", "target")], note="several months up to 30 December")
event("капитулировал", "30 декабря после многомесячной осады капитулировал шведский гарнизон Торуня",  # 53
      "recapture", date="30 декабря", place="Торунь", actors=[("шведский гарнизон Торуня", "target")])
event("переговоры", "После смерти Карла X Густава в феврале 1660 года переговоры ускорились",  # 54
      "negotiations", date={"edtf": "1660-02/1660-05-03"}, place="Олива",
      note="the peace talks, concluded at Oliva (named in the same sentence)")
event("подписан мир", "3 мая в Оливском монастыре под Гданьском был подписан мир", "treaty",  # 55
      date="3 мая", place="Олива")
event("осталась за", "По его условиям Лифляндия к северу от Западной Двины осталась за Швецией",  # 56
      "territorial_transfer", date="3 мая", place="Лифляндия", actors=[("Швецией", "participant")],
      note="cession of Livonia north of the Dvina confirmed by the treaty")
