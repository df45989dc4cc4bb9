"""Gold spec for bench/heldout/kosciuszko_uprising_1794.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/kosciuszko_uprising_1794.txt"

gazetteer({
    "Речь Посполитая": ("polity", 52.23, 21.01, "Q172107"),
    "Гродно": ("settlement", 53.68, 23.83, None),
    "Варшава": ("settlement", 52.23, 21.01, "Q270"),
    "Остроленка": ("settlement", 53.09, 21.57, None),
    "Краков": ("settlement", 50.06, 19.94, "Q31487"),
    "Рацлавице": ("settlement", 50.34, 20.21, None),
    "Вильна": ("settlement", 54.69, 25.28, "Q216", "Вильнюс"),
    "Поланец": ("settlement", 50.43, 21.28, None),
    "Россия": ("polity", 55.75, 37.62, "Q34266"),
    "Пруссия": ("polity", 52.52, 13.4, "Q27306"),
    "Щекоцины": ("settlement", 50.63, 19.83, None),
    "Хелм": ("settlement", 51.14, 23.47, None),
    "Великая Польша": ("region", 52.4, 16.93, None),
    "Быдгощ": ("settlement", 53.12, 18.01, None),
    "Подолия": ("region", 49.2, 28.0, None),
    "Брест": ("settlement", 52.1, 23.69, None),
    "Крупчицы": ("settlement", 52.17, 24.1, None),
    "Мацеёвице": ("settlement", 51.69, 21.56, None),
    "Прага": ("settlement", 52.255, 21.035, None),
    "Висла": ("river", 52.25, 21.03, None),
    "Радошице": ("settlement", 51.07, 20.26, None),
    "Петербург": ("settlement", 59.94, 30.31, "Q656"),
    "Австрия": ("polity", 48.21, 16.37, None),
})

# ---- dates, in reading order (New Style, as the text states; Poland used the Gregorian calendar)
date("в 1793 году", "1793", "year")
date("В начале 1794 года", "1794-01/1794-04", "interval",
     note="'early 1794': the first third of the year, as for parts of a century")
date("12 марта", "1794-03-12", "day", derivation="anchored")
date("24 марта", "1794-03-24", "day", derivation="anchored")
date("4 апреля", "1794-04-04", "day", derivation="anchored")
date("17 апреля", "1794-04-17", "day", derivation="anchored")
date("двое суток", None, None, kind="duration", duration="P2D")
date("В ночь на 23 апреля", "1794-04-22/1794-04-23", "day", derivation="anchored")
date("25 апреля", "1794-04-25", "day", derivation="anchored")
date("7 мая", "1794-05-07", "day", derivation="anchored")
date("9 мая", "1794-05-09", "day", derivation="anchored")
date("В мае", "1794-05", "month", derivation="anchored")
date("6 июня", "1794-06-06", "day", derivation="anchored")
date("через два дня", "1794-06-08", "day", derivation="computed", note="6 June + 2 days")
date("15 июня", "1794-06-15", "day", derivation="anchored")
date("28 июня", "1794-06-28", "day", derivation="anchored")
date("13 июля", "1794-07-13", "day", derivation="anchored")
date("12 августа", "1794-08-12", "day", derivation="anchored")
date("во второй половине августа", "1794-08-16/1794-08-31", "interval", derivation="anchored")
date("6 сентября", "1794-09-06", "day", derivation="anchored")
date("2 октября", "1794-10-02", "day", derivation="anchored")
date("В конце лета", "1794-08", "month", derivation="anchored",
     note="end of summer (June–August): its last month")
date("17 сентября", "1794-09-17", "day", derivation="anchored")
date("19 сентября", "1794-09-19", "day", derivation="anchored")
date("10 октября", "1794-10-10", "day", derivation="anchored")
date("Вскоре", "1794-10-10/1794-10-31", "interval", kind="vague", derivation="anchored",
     note="soon after 10 October")
date("4 ноября", "1794-11-04", "day", derivation="anchored")
date("На следующий день", "1794-11-05", "day", derivation="computed", note="4 November + 1 day")
date("9 ноября", "1794-11-09", "day", derivation="anchored")
date("16 ноября", "1794-11-16", "day", derivation="anchored")
date("24 октября 1795 года", "1795-10-24", "day")
date("25 ноября", "1795-11-25", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Речи Посполитой", "Речь Посполитая"), ("Гродненским", "Гродно"), ("Варшаве", "Варшава"),
    ("Остроленке", "Остроленка"), ("Кракову", "Краков"), ("Кракова", "Краков"),
    ("Рацлавицами", "Рацлавице"), ("Варшава", None), ("Вильне", "Вильна"),
    ("Поланцем", "Поланец"), ("Варшаве", "Варшава"), ("России", "Россия"), ("Пруссия", None),
    ("Щекоцин", "Щекоцины"), ("Хелмом", "Хелм"), ("Краков", None), ("Варшаве", "Варшава"),
    ("Варшаве", "Варшава"), ("Вильну", "Вильна"), ("Великой Польше", "Великая Польша"),
    ("Быдгощ", None),
    ("Подолии", "Подолия"), ("Бресту", "Брест"), ("Крупчиц", "Крупчицы"), ("Брестом", "Брест"),
    ("Мацеёвиц", "Мацеёвице"),
    ("Прагу", "Прага"), ("Варшавы", "Варшава"), ("Вислы", "Висла"), ("Варшаву", "Варшава"),
    ("Радошиц", "Радошице"), ("Петербург", None), ("Россия", None), ("Пруссия", None),
    ("Австрия", None), ("Петербурге", "Петербург"), ("Речь Посполитая", None), ("Гродно", None),
]:
    place(quote, name)

# ---- events
event("раздела", "После второго раздела Речи Посполитой, утверждённого Гродненским сеймом в 1793 году",  # 0
      "territorial_transfer", date="в 1793 году", place="Гродно",
      actors=[("Гродненским сеймом", "agent")],
      note="the partition, ratified by the sejm sitting in Grodno")
event("приказал", "В начале 1794 года по его требованию Постоянный совет приказал сократить польскую армию",  # 1
      "decree", date="В начале 1794 года", place="Варшава",
      actors=[("Постоянный совет", "agent"), ("польскую армию", "target")],
      note="the council sat in Warsaw, named in the sentence before")
event("отказался распустить", "12 марта в Остроленке бригадир А. Мадалинский отказался распустить свою "  # 2
      "кавалерийскую бригаду", "mutiny", date="12 марта", place="Остроленка",
      actors=[("бригадир А. Мадалинский", "agent")])
event("повёл", "повёл её к Кракову", "reinforcement", date="12 марта", place="Краков",  # 3
      actors=[("бригадир А. Мадалинский", "agent")],
      note="the brigade marched towards Kraków; the place is its destination")
event("провозгласил", "24 марта на рыночной площади Кракова Тадеуш Костюшко провозгласил Акт восстания",  # 4
      "uprising", date="24 марта", place="Краков", actors=[("Тадеуш Костюшко", "agent")])
event("принёс присягу", "Тадеуш Костюшко провозгласил Акт восстания и принёс присягу как Начальник "  # 5
      "вооружённых сил нации", "political_activity", date="24 марта", place="Краков",
      actors=[("Тадеуш Костюшко", "agent")], note="assumes the supreme command (an appointment)")
event("разбили", "4 апреля под Рацлавицами повстанцы — около 4 тыс. солдат и примерно 2 тыс. вооружённых "  # 6
      "косами крестьян — разбили корпус генерала А. П. Тормасова", "battle", date="4 апреля",
      place="Рацлавице",
      actors=[("повстанцы", "participant"), ("корпус генерала А. П. Тормасова", "participant")],
      quantities=[qty("около 4 тыс. солдат", "participants", 4000, approximate=True),
                  qty("примерно 2 тыс. вооружённых косами крестьян", "participants", 2000, approximate=True)])
event("восстала", "17 апреля восстала Варшава", "uprising", date="17 апреля", place="Варшава")  # 7
event("сражались", "горожане во главе с сапожником Я. Килинским двое суток сражались с русским гарнизоном",  # 8
      "battle", date={"edtf": "1794-04-17/1794-04-19"}, place="Варшава",
      actors=[("горожане во главе с сапожником Я. Килинским", "participant"),
              ("русским гарнизоном", "participant")],
      note="17 April + two days")
event("бежал", "пока Игельстрём с остатками войск не бежал из столицы", "retreat",  # 9
      date={"edtf": "1794-04-17/1794-04-19"}, place="Варшава",
      actors=[("Игельстрём с остатками войск", "agent")],
      note="'пока ... не бежал' means 'until he fled': asserted, not negated")
event("потеряли", "Русские потеряли убитыми более 2 тыс. человек, ещё около 2 тыс. оказались в плену",  # 10
      "battle", date={"edtf": "1794-04-17/1794-04-19"}, place="Варшава", same_as=8,
      actors=[("Русские", "participant")],
      quantities=[qty("более 2 тыс. человек", "fatalities", 2000, min=2000, approximate=True),
                  qty("около 2 тыс.", "prisoners", 2000, approximate=True)])
event("поднял восстание", "В ночь на 23 апреля полковник Я. Ясинский поднял восстание в Вильне",  # 11
      "uprising", date="В ночь на 23 апреля", place="Вильна",
      actors=[("полковник Я. Ясинский", "agent")])
event("овладели", "повстанцы овладели городом", "capture", date="В ночь на 23 апреля",  # 12
      place="Вильна", actors=[("повстанцы", "agent")])
event("захватили в плен", "повстанцы овладели городом и захватили в плен генерала Арсеньева", "arrest",  # 13
      date="В ночь на 23 апреля", place="Вильна",
      actors=[("повстанцы", "agent"), ("генерала Арсеньева", "target")])
event("повешен", "25 апреля там по приговору суда был повешен гетман Ш. Коссаковский", "execution",  # 14
      date="25 апреля", place="Вильна", actors=[("гетман Ш. Коссаковский", "target")])
event("издал универсал", "7 мая в лагере под Поланцем Костюшко издал универсал", "decree",  # 15
      date="7 мая", place="Поланец", actors=[("Костюшко", "agent")])
event("казнены", "9 мая в Варшаве по приговору Уголовного суда были казнены четверо вождей прорусской "  # 16
      "партии", "execution", date="9 мая", place="Варшава",
      actors=[("четверо вождей прорусской партии", "target")],
      quantities=[qty("четверо", "fatalities", 4)])
event("в войну вступила", "В мае на стороне России в войну вступила Пруссия", "political_activity",  # 17
      date="В мае", place="Пруссия", actors=[("Пруссия", "agent")], note="entry into the war")
event("нанесли тяжёлое поражение", "6 июня у Щекоцин около 26 тыс. русских и прусских солдат нанесли "  # 18
      "тяжёлое поражение 15-тысячному войску Костюшко", "battle", date="6 июня", place="Щекоцины",
      actors=[("русских и прусских солдат", "participant"), ("войску Костюшко", "participant")],
      quantities=[qty("около 26 тыс. русских и прусских солдат", "participants", 26000, approximate=True),
                  qty("15-тысячному войску Костюшко", "participants", 15000)])
event("разбит", "через два дня под Хелмом был разбит корпус Ю. Зайончека", "battle",  # 19
      date="через два дня", place="Хелм", actors=[("корпус Ю. Зайончека", "participant")])
event("заняли", "15 июня пруссаки без боя заняли Краков", "occupation", date="15 июня",  # 20
      place="Краков", actors=[("пруссаки", "agent")], note="taken without a fight")
event("повесила", "28 июня толпа в Варшаве самовольно повесила ещё несколько арестованных", "execution",  # 21
      date="28 июня", place="Варшава",
      actors=[("толпа", "agent"), ("несколько арестованных", "target")],
      quantities=[qty("несколько арестованных", "fatalities", None, min=3, max=9)],
      note="a lynching by the crowd, without a sentence")
event("подступили", "13 июля к Варшаве подступили русские и прусские войска, около 40 тыс. человек",  # 22
      "reinforcement", date="13 июля", place="Варшава",
      actors=[("русские и прусские войска", "agent")],
      quantities=[qty("около 40 тыс. человек", "participants", 40000, approximate=True)])
event("осада", "началась осада столицы", "siege", date="13 июля", place="Варшава",  # 23
      actors=[("русские и прусские войска", "agent")],
      quantities=[qty("около 40 тыс. человек", "participants", 40000, approximate=True)])
event("вернули", "12 августа русские вернули Вильну", "recapture", date="12 августа", place="Вильна",  # 24
      actors=[("русские", "agent")])
event("восстание", "во второй половине августа в тылу у пруссаков вспыхнуло восстание в Великой Польше",  # 25
      "uprising", date="во второй половине августа", place="Великая Польша")
event("снял осаду", "6 сентября король Фридрих Вильгельм II снял осаду", "retreat",  # 26
      date="6 сентября", place="Варшава", actors=[("король Фридрих Вильгельм II", "agent")],
      note="the siege of Warsaw is lifted")
event("взял", "2 октября отряд Я. Г. Домбровского взял Быдгощ", "capture", date="2 октября",  # 27
      place="Быдгощ", actors=[("отряд Я. Г. Домбровского", "agent")])
event("был двинут", "В конце лета из Подолии к Бресту был двинут корпус А. В. Суворова", "reinforcement",  # 28
      date="В конце лета", place="Брест", actors=[("корпус А. В. Суворова", "agent")],
      note="the place is the destination; the corps set out from Podolia")
event("разбил", "17 сентября он разбил дивизию К. Сераковского у Крупчиц", "battle",  # 29
      date="17 сентября", place="Крупчицы", actors=[("дивизию К. Сераковского", "participant")])
event("разгром", "19 сентября под Брестом довершил её разгром", "battle", date="19 сентября",  # 30
      place="Брест")
event("атаковали", "10 октября у Мацеёвиц 12–14 тыс. солдат генерала И. Е. Ферзена атаковали вдвое "  # 31
      "меньшее войско Костюшко", "battle", date="10 октября", place="Мацеёвице",
      actors=[("солдат генерала И. Е. Ферзена", "participant"), ("войско Костюшко", "participant")],
      quantities=[qty("12–14 тыс. солдат генерала И. Е. Ферзена", "participants", None, min=12000,
                      max=14000, approximate=True)],
      note="the Poles are beaten ('поляки были разбиты')")
event("попал в плен", "раненый Начальник попал в плен", "arrest", date="10 октября",  # 32
      place="Мацеёвице", actors=[("раненый Начальник", "target")], note="Kościuszko taken prisoner")
event("занял", "Вскоре его место занял Т. Вавжецкий", "political_activity", date="Вскоре",  # 33
      actors=[("Т. Вавжецкий", "agent")], note="appointed supreme commander")
event("штурмом взяли", "4 ноября около 25 тыс. солдат Суворова штурмом взяли Прагу", "capture",  # 34
      date="4 ноября", place="Прага", actors=[("солдат Суворова", "agent")],
      quantities=[qty("около 25 тыс. солдат Суворова", "participants", 25000, approximate=True)])
event("резню", "В предместье войска учинили резню", "massacre", date="4 ноября", place="Прага",  # 35
      actors=[("войска", "agent")],
      quantities=[qty("от 13 до 20 тыс. защитников и жителей", "fatalities", None, min=13000, max=20000,
                      approximate=True)],
      note="the massacre is asserted; only the death toll is given 'по разным оценкам'")
event("переговоры", "На следующий день магистрат начал переговоры о сдаче", "negotiations",  # 36
      date="На следующий день", place="Варшава", actors=[("магистрат", "agent")])
event("вступили", "9 ноября русские полки вступили в Варшаву", "occupation", date="9 ноября",  # 37
      place="Варшава", actors=[("русские полки", "agent")])
event("подавлено", "16 ноября у Радошиц окружённые остатки повстанческой армии сложили оружие, и восстание "  # 38
      "было подавлено", "suppression", date="16 ноября", place="Радошице",
      actors=[("окружённые остатки повстанческой армии", "target")],
      note="the last insurgent army surrenders")
event("заключили", "Костюшко отправили в Петербург и заключили в Петропавловскую крепость", "arrest",  # 39
      date={"edtf": "1794-10-10/1794-12-31"}, place="Петербург", actors=[("Костюшко", "target")],
      note="imprisonment; the text gives no date (after his capture on 10 October)")
event("подписали", "24 октября 1795 года Россия, Пруссия и Австрия подписали в Петербурге конвенцию о "  # 40
      "третьем разделе", "treaty", date="24 октября 1795 года", place="Петербург",
      actors=[("Россия", "participant"), ("Пруссия", "participant"), ("Австрия", "participant")])
event("перестала существовать", "Речь Посполитая перестала существовать", "abolition",  # 41
      date="24 октября 1795 года", place="Речь Посполитая")
event("отрёкся от престола", "25 ноября король Станислав Август в Гродно отрёкся от престола",  # 42
      "political_activity", date="25 ноября", place="Гродно",
      actors=[("король Станислав Август", "agent")])
