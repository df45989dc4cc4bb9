"""Gold spec for bench/heldout/american_civil_war_1861_1865.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/american_civil_war_1861_1865.txt"

gazetteer({
    "США": ("polity", 38.9, -77.04, "Q30"),
    "Союз": ("polity", 38.9, -77.04, None),
    "Южная Каролина": ("region", 33.9, -80.9, "Q1456"),
    "Глубокий Юг": ("region", 32.5, -86.5, None),
    "Техас": ("region", 31.0, -99.0, "Q1439"),
    "Монтгомери": ("settlement", 32.38, -86.3, None),
    "Конфедеративные Штаты Америки": ("polity", 37.54, -77.44, None),
    "форт Самтер": ("settlement", 32.75, -79.87, None),
    "Чарлстон": ("settlement", 32.78, -79.93, None),
    "Виргиния": ("region", 37.5, -78.5, "Q1370"),
    "Арканзас": ("region", 34.8, -92.2, "Q1612"),
    "Теннесси": ("region", 35.86, -86.66, "Q1509"),
    "Северная Каролина": ("region", 35.5, -79.4, "Q1454"),
    "Ричмонд": ("settlement", 37.54, -77.44, "Q43421"),
    "Булл-Ран": ("river", 38.81, -77.52, None),
    "Манассас": ("settlement", 38.75, -77.47, None),
    "Вашингтон": ("settlement", 38.9, -77.04, "Q61"),
    "форт Донелсон": ("settlement", 36.49, -87.86, None),
    "Шайло": ("settlement", 35.15, -88.32, None),
    "Новый Орлеан": ("settlement", 29.95, -90.07, "Q34404"),
    "Мэриленд": ("region", 39.0, -76.8, "Q1391"),
    "Шарпсбург": ("settlement", 39.46, -77.75, None),
    "Энтитем": ("river", 39.47, -77.74, None),
    "Пенсильвания": ("region", 40.9, -77.8, "Q1400"),
    "Геттисберг": ("settlement", 39.83, -77.23, None),
    "Потомак": ("river", 39.6, -77.82, None),
    "Виксберг": ("settlement", 32.35, -90.88, None),
    "Порт-Гудзон": ("settlement", 30.69, -91.27, None),
    "Миссисипи": ("river", 32.3, -90.9, "Q1497"),
    "Нью-Йорк": ("settlement", 40.71, -74.01, "Q60"),
    "Питерсберг": ("settlement", 37.23, -77.4, None),
    "Атланта": ("settlement", 33.75, -84.39, "Q23556"),
    "Джорджия": ("region", 32.7, -83.4, "Q1428"),
    "Саванна": ("settlement", 32.08, -81.09, None),
    "Аппоматтокс": ("settlement", 37.38, -78.8, None),
})

# ---- dates, in reading order
date("1861–1865 гг.", "1861/1865", "interval")
date("В ноябре 1860 года", "1860-11", "month")
date("20 декабря", "1860-12-20", "day", derivation="anchored")
date("в январе 1861 года", "1861-01", "month")
date("1 февраля", "1861-02-01", "day", derivation="anchored")
date("Вскоре", "1861-02-01/1861-02-09", "interval", kind="vague", derivation="anchored",
     note="soon after 1 February and before the 9 February named next")
date("9 февраля", "1861-02-09", "day", derivation="anchored")
date("12 апреля 1861 года", "1861-04-12", "day")
date("На следующий день", "1861-04-13", "day", derivation="computed", note="12 April + 1 day")
date("15 апреля", "1861-04-15", "day", derivation="anchored")
date("в течение двух месяцев", None, None, kind="duration", duration="P2M")
date("21 июля", "1861-07-21", "day", derivation="anchored")
date("16 февраля 1862 года", "1862-02-16", "day")
date("6–7 апреля", "1862-04-06/1862-04-07", "interval", derivation="anchored")
date("В конце апреля", "1862-04-21/1862-04-30", "interval", derivation="anchored")
date("1 июня", "1862-06-01", "day", derivation="anchored")
date("В начале сентября", "1862-09-01/1862-09-10", "interval", derivation="anchored")
date("17 сентября", "1862-09-17", "day", derivation="anchored")
date("Через пять дней", "1862-09-22", "day", derivation="computed", note="17 September + 5 days")
date("1 января 1863 года", "1863-01-01", "day")
date("Летом 1863 года", "1863-22", "season")
date("С 1 по 3 июля", "1863-07-01/1863-07-03", "interval", derivation="anchored")
date("в последний день", "1863-07-03", "day", derivation="anchored",
     note="the last day of the battle of 1–3 July")
date("4 июля", "1863-07-04", "day", derivation="anchored")
date("В тот же день", "1863-07-04", "day", derivation="anchored")
date("полуторамесячной", None, None, kind="duration", duration="P1M15D")
date("через пять дней", "1863-07-09", "day", derivation="computed", note="4 July + 5 days")
date("В середине июля", "1863-07-11/1863-07-20", "interval", derivation="anchored")
date("В марте 1864 года", "1864-03", "month")
date("В начале мая", "1864-05-01/1864-05-10", "interval", derivation="anchored")
date("с середины июня", "1864-06-11/1864-06-20", "interval", derivation="anchored",
     note="start of a siege that goes on")
date("В то же время", "1864-05-01/1864-05-10", "interval", kind="vague", derivation="anchored",
     note="'at the same time' as Grant's offensive of early May")
date("2 сентября", "1864-09-02", "day", derivation="anchored")
date("8 ноября", "1864-11-08", "day", derivation="anchored")
date("Через неделю", "1864-11-15", "day", derivation="computed", note="8 November + 7 days")
date("21 декабря", "1864-12-21", "day", derivation="anchored")
date("31 января 1865 года", "1865-01-31", "day")
date("2 апреля", "1865-04-02", "day", derivation="anchored")
date("на следующий день", "1865-04-03", "day", derivation="computed", note="2 April + 1 day")
date("9 апреля", "1865-04-09", "day", derivation="anchored")
date("Через пять дней", "1865-04-14", "day", derivation="computed", note="9 April + 5 days")
date("утром 15 апреля", "1865-04-15", "day", derivation="anchored")
date("26 апреля", "1865-04-26", "day", derivation="anchored")
date("10 мая", "1865-05-10", "day", derivation="anchored")
date("7 июля", "1865-07-07", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("США", None), ("Союза", "Союз"), ("Южная Каролина", None), ("Глубокого Юга", "Глубокий Юг"),
    ("Техас", None), ("Монтгомери", None), ("Конфедеративные Штаты Америки", None),
    ("форт Самтер", None), ("Чарлстона", "Чарлстон"),
    ("Конфедерации", "Конфедеративные Штаты Америки"), ("Виргиния", None), ("Арканзас", None),
    ("Теннесси", None), ("Северная Каролина", None), ("Ричмонд", None),
    ("Булл-Ран", None), ("Манассаса", "Манассас"), ("Вашингтону", "Вашингтон"),
    ("форт Донелсон", None), ("Теннесси", None), ("Шайло", None), ("Новому Орлеану", "Новый Орлеан"),
    ("Ричмонд", None), ("Мэриленд", None), ("Шарпсбурга", "Шарпсбург"), ("Энтитем", None),
    ("Пенсильванию", "Пенсильвания"), ("Геттисберга", "Геттисберг"), ("Потомаку", "Потомак"),
    ("Виксберг", None), ("Порт-Гудзон", None), ("Миссисипи", None), ("Нью-Йорк", None),
    ("Союза", "Союз"), ("Виргинии", "Виргиния"), ("Питерсберг", None),
    ("Теннесси", None), ("Атланту", "Атланта"), ("Атланты", "Атланта"), ("Джорджию", "Джорджия"),
    ("Саванну", "Саванна"),
    ("Питерсберга", "Питерсберг"), ("Союза", "Союз"), ("Ричмонд", None), ("Аппоматтокс", None),
    ("Вашингтоне", "Вашингтон"), ("Северной Каролине", "Северная Каролина"),
    ("Джорджии", "Джорджия"), ("Вашингтоне", "Вашингтон"),
]:
    place(quote, name)

# ---- events
event("избран", "В ноябре 1860 года президентом был избран Авраам Линкольн", "election",  # 0
      date="В ноябре 1860 года", place="США", actors=[("Авраам Линкольн", "participant")])
event("вышла", "20 декабря из Союза вышла Южная Каролина", "political_activity",  # 1
      date="20 декабря", place="Южная Каролина", actors=[("Южная Каролина", "agent")],
      note="secession from the Union")
event("последовали", "в январе 1861 года её примеру последовали ещё пять штатов Глубокого Юга",  # 2
      "political_activity", date="в январе 1861 года", place="Глубокий Юг",
      actors=[("ещё пять штатов Глубокого Юга", "agent")], note="secession")
event("последовали", "в январе 1861 года её примеру последовали ещё пять штатов Глубокого Юга, "  # 3
      "а 1 февраля — Техас", "political_activity", date="1 февраля", place="Техас",
      actors=[("Техас", "agent")], note="secession; elided verb")
event("провозглашены", "Вскоре в Монтгомери были провозглашены Конфедеративные Штаты Америки",  # 4
      "founding", date="Вскоре", place="Монтгомери",
      actors=[("Конфедеративные Штаты Америки", "participant")])
event("временным президентом стал", "9 февраля их временным президентом стал Джефферсон Дэвис",  # 5
      "political_activity", date="9 февраля", place="Монтгомери",
      actors=[("Джефферсон Дэвис", "participant")])
event("обстреляли", "Боевые действия открылись 12 апреля 1861 года: батареи генерала Борегара "  # 6
      "обстреляли форт Самтер", "bombardment", date="12 апреля 1861 года", place="форт Самтер",
      actors=[("батареи генерала Борегара", "agent")])
event("капитулировал", "На следующий день гарнизон майора Андерсона капитулировал", "capture",  # 7
      date="На следующий день", place="форт Самтер",
      actors=[("гарнизон майора Андерсона", "target")], note="the fort passed to the Confederates")
event("призвал", "15 апреля Линкольн призвал под знамёна 75 тыс. добровольцев", "decree",  # 8
      date="15 апреля", actors=[("Линкольн", "agent")],
      quantities=[qty("75 тыс. добровольцев", "participants", 75000)])
for state in ["Виргиния", "Арканзас", "Теннесси", "Северная Каролина"]:  # 9-12
    event("примкнули", "в течение двух месяцев к Конфедерации примкнули Виргиния, Арканзас, Теннесси "
          "и Северная Каролина", "accession", date={"edtf": "1861-04-15/1861-06-15"}, place=state,
          actors=[(state, "agent")], note="15 April + two months")
event("перенесли", "а столицу мятежников перенесли в Ричмонд", "political_activity",  # 13
      date={"edtf": "1861-04-15/1861-06-15"}, place="Ричмонд",
      note="within the same two months after 15 April")
event("разбиты", "21 июля у речки Булл-Ран, близ Манассаса, около 35 тыс. северян генерала "  # 14
      "Макдауэлла были разбиты", "battle", date="21 июля", place="Булл-Ран",
      actors=[("северян генерала Макдауэлла", "target")],
      quantities=[qty("около 35 тыс. северян", "participants", 35000, approximate=True)])
event("бежали", "около 35 тыс. северян генерала Макдауэлла были разбиты и бежали к Вашингтону",  # 15
      "retreat", date="21 июля", place="Вашингтон",
      actors=[("северян генерала Макдауэлла", "agent")], note="place is the destination")
event("взял", "16 февраля 1862 года генерал Улисс Грант взял форт Донелсон в Теннесси, захватив "  # 16
      "более 12 тыс. пленных", "capture", date="16 февраля 1862 года", place="форт Донелсон",
      actors=[("генерал Улисс Грант", "agent")],
      quantities=[qty("более 12 тыс. пленных", "prisoners", 12000, min=12000, approximate=True)])
event("битву", "а 6–7 апреля выдержал кровопролитную битву при Шайло", "battle",  # 17
      date="6–7 апреля", place="Шайло", actors=[("генерал Улисс Грант", "participant")])
event("овладел", "В конце апреля флот Дэвида Фаррагута прорвался к Новому Орлеану и овладел городом",  # 18
      "capture", date="В конце апреля", place="Новый Орлеан",
      actors=[("флот Дэвида Фаррагута", "agent")])
event("возглавил", "1 июня армию, защищавшую Ричмонд, возглавил Роберт Ли", "political_activity",  # 19
      date="1 июня", place="Ричмонд", actors=[("Роберт Ли", "participant")], note="appointment")
event("вторгся", "В начале сентября он вторгся в Мэриленд", "attack",  # 20
      date="В начале сентября", place="Мэриленд")
event("остановила", "17 сентября у Шарпсбурга, на ручье Энтитем, его остановила армия Макклеллана",  # 21
      "battle", date="17 сентября", place="Шарпсбург", actors=[("армия Макклеллана", "agent")])
event("битве", "в этой битве погибли около 3,6 тыс. человек и более 17 тыс. были ранены", "battle",  # 22
      date="17 сентября", place="Шарпсбург", same_as=21,
      quantities=[qty("около 3,6 тыс. человек", "fatalities", 3600, approximate=True),
                  qty("более 17 тыс.", "wounded", 17000, min=17000, approximate=True)])
event("обнародовал", "Через пять дней Линкольн обнародовал предварительную Прокламацию об "  # 23
      "освобождении рабов", "decree", date="Через пять дней", actors=[("Линкольн", "agent")])
event("подписал", "а 1 января 1863 года подписал её окончательный текст", "decree",  # 24
      date="1 января 1863 года", note="the final Emancipation Proclamation")
event("двинулся", "Летом 1863 года Ли двинулся в Пенсильванию", "attack",  # 25
      date="Летом 1863 года", place="Пенсильвания", actors=[("Ли", "agent")])
event("сражение", "С 1 по 3 июля у Геттисберга шло крупнейшее сражение войны", "battle",  # 26
      date="С 1 по 3 июля", place="Геттисберг")
event("атака", "атака дивизии Пикетта в последний день захлебнулась", "attack",  # 27
      date="в последний день", place="Геттисберг", assertion="failed",
      actors=[("дивизии Пикетта", "agent")])
event("Сражение", "Сражение стоило южанам 3,9–4,7 тыс. убитых", "battle",  # 28
      date="С 1 по 3 июля", place="Геттисберг", same_as=26, actors=[("южанам", "participant")],
      quantities=[qty("3,9–4,7 тыс. убитых", "fatalities", None, min=3900, max=4700)])
event("отход", "4 июля Ли начал отход к Потомаку", "retreat",  # 29
      date="4 июля", place="Потомак", actors=[("Ли", "agent")], note="place is the destination")
event("осады", "после полуторамесячной осады сдался Виксберг", "siege",  # 30
      date={"edtf": "1863-05-20/1863-07-04"}, place="Виксберг",
      note="4 July minus one and a half months")
event("сдался", "В тот же день после полуторамесячной осады сдался Виксберг: Грант взял в плен около "  # 31
      "30 тыс. солдат Пембертона", "capture", date="В тот же день", place="Виксберг",
      actors=[("Грант", "agent"), ("солдат Пембертона", "target")],
      quantities=[qty("около 30 тыс. солдат Пембертона", "prisoners", 30000, approximate=True)])
event("пал", "через пять дней пал Порт-Гудзон", "capture",  # 32
      date="через пять дней", place="Порт-Гудзон")
event("беспорядки", "В середине июля Нью-Йорк охватили беспорядки против призыва, унёсшие более 100 "  # 33
      "жизней", "riot", date="В середине июля", place="Нью-Йорк",
      quantities=[qty("более 100 жизней", "fatalities", 100, min=100, approximate=True)])
event("назначен", "В марте 1864 года Грант был назначен командующим всеми армиями Союза",  # 34
      "political_activity", date="В марте 1864 года", actors=[("Грант", "participant")])
event("наступление", "В начале мая он перешёл в наступление в Виргинии", "attack",  # 35
      date="В начале мая", place="Виргиния")
event("боёв", "после ряда жестоких боёв", "battle",  # 36
      date={"edtf": "1864-05/1864-06"}, place="Виргиния",
      note="between the offensive of early May and the siege from mid-June")
event("осадил", "с середины июня осадил Питерсберг", "siege",  # 37
      date="с середины июня", place="Питерсберг")
event("двинулся", "В то же время из Теннесси на Атланту двинулся Уильям Шерман", "attack",  # 38
      date="В то же время", place="Атланта", actors=[("Уильям Шерман", "agent")])
event("вступили", "2 сентября его войска вступили в город", "capture",  # 39
      date="2 сентября", place="Атланта", actors=[("его войска", "agent")])
event("переизбран", "8 ноября Линкольн был переизбран", "election",  # 40
      date="8 ноября", place="США", actors=[("Линкольн", "participant")])
event("сжёг", "Через неделю Шерман сжёг склады Атланты", "looting",  # 41
      date="Через неделю", place="Атланта", actors=[("Шерман", "agent")])
event("двинулся", "Шерман сжёг склады Атланты и с 62 тыс. солдат двинулся к океану", "attack",  # 42
      date="Через неделю", place="Атланта", actors=[("Шерман", "agent")],
      quantities=[qty("62 тыс. солдат", "participants", 62000)],
      note="the march to the sea sets out from Atlanta")
event("опустошая", "опустошая Джорджию", "looting",  # 43
      date={"edtf": "1864-11-15/1864-12-21"}, place="Джорджия")
event("занял", "21 декабря занял Саванну", "capture",  # 44
      date="21 декабря", place="Саванна")
event("одобрил", "31 января 1865 года Конгресс одобрил Тринадцатую поправку, запрещавшую рабство",  # 45
      "decree", date="31 января 1865 года", actors=[("Конгресс", "agent")])
event("прорвали", "2 апреля северяне прорвали позиции южан у Питерсберга", "attack",  # 46
      date="2 апреля", place="Питерсберг",
      actors=[("северяне", "agent"), ("позиции южан", "target")])
event("оставил", "Ли оставил город", "retreat",  # 47
      date="2 апреля", place="Питерсберг", actors=[("Ли", "agent")])
event("вошли", "на следующий день войска Союза вошли в Ричмонд", "capture",  # 48
      date="на следующий день", place="Ричмонд", actors=[("войска Союза", "agent")])
event("подписал капитуляцию", "9 апреля у здания суда Аппоматтокс Ли подписал капитуляцию перед "  # 49
      "Грантом; сложили оружие около 28 тыс. человек", "treaty", date="9 апреля", place="Аппоматтокс",
      actors=[("Ли", "participant"), ("Грантом", "participant")],
      quantities=[qty("около 28 тыс. человек", "prisoners", 28000, approximate=True)],
      note="surrender of Lee's army; the men laid down arms")
event("смертельно ранил", "Через пять дней в театре Форда в Вашингтоне Джон Уилкс Бут смертельно "  # 50
      "ранил Линкольна", "attack_on_civilians", date="Через пять дней", place="Вашингтон",
      actors=[("Джон Уилкс Бут", "agent"), ("Линкольна", "target")], note="assassination")
event("скончался", "утром 15 апреля президент скончался", "attack_on_civilians",  # 51
      date="утром 15 апреля", place="Вашингтон", same_as=50, actors=[("президент", "target")],
      note="the death that the shooting caused")
event("капитулировал", "26 апреля в Северной Каролине капитулировал Джонстон", "treaty",  # 52
      date="26 апреля", place="Северная Каролина", actors=[("Джонстон", "participant")],
      note="surrender of Johnston's army")
event("схвачен", "10 мая в Джорджии был схвачен Дэвис", "arrest",  # 53
      date="10 мая", place="Джорджия", actors=[("Дэвис", "target")])
event("повешены", "7 июля четверо заговорщиков были повешены в Вашингтоне", "execution",  # 54
      date="7 июля", place="Вашингтон", actors=[("четверо заговорщиков", "target")],
      quantities=[qty("четверо заговорщиков", "fatalities", 4)])
