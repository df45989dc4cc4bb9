"""Gold spec for bench/heldout/pontiacs_war_1763_1766.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/pontiacs_war_1763_1766.txt"

gazetteer({
    "Великие озёра": ("lake", 45.0, -84.0, None),
    "Огайо": ("river", 38.7, -85.2, None),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Экорс": ("river", 42.24, -83.15, None),
    "Детройт": ("settlement", 42.33, -83.05, "Q12439"),
    "Сандаски": ("settlement", 41.45, -82.71, None),
    "Сент-Джозеф": ("settlement", 41.83, -86.26, None, "Найлс"),
    "Майами": ("settlement", 41.08, -85.14, None, "Форт-Уэйн"),
    "Уиатенон": ("settlement", 40.40, -86.99, None),
    "Мичилимакинак": ("settlement", 45.79, -84.73, None, "Макино-Сити"),
    "Венанго": ("settlement", 41.40, -79.83, None, "Франклин"),
    "Ле-Бёф": ("settlement", 41.94, -79.98, None, "Уотерфорд"),
    "Преск-Айл": ("settlement", 42.13, -80.09, None, "Эри"),
    "Питт": ("settlement", 40.44, -80.01, None, "Питтсбург"),
    "Аллегейни": ("river", 40.47, -79.96, None),
    "Мононгахила": ("river", 40.40, -79.95, None),
    "Пенсильвания": ("region", 40.9, -77.8, None),
    "Мэриленд": ("region", 39.0, -76.7, None),
    "Виргиния": ("region", 37.5, -78.5, None),
    "Буши-Ран": ("settlement", 40.36, -79.62, None),
    "Блади-Ран": ("river", 42.35, -83.0, None),
    "Девилс-Хол": ("region", 43.13, -79.05, None),
    "Ниагара": ("settlement", 43.26, -79.06, None),
    "Моми": ("river", 41.56, -83.65, None),
    "Аппалачи": ("mountain", 38.0, -80.0, None),
    "Пакстон": ("settlement", 40.27, -76.83, None, "Пакстанг"),
    "Конестога": ("settlement", 39.97, -76.38, None),
    "Ланкастер": ("settlement", 40.04, -76.31, None),
    "Филадельфия": ("settlement", 39.95, -75.17, "Q1345"),
    "Маскингам": ("river", 40.27, -81.86, None),
    "Шартр": ("settlement", 38.08, -90.16, None),
    "Иллинойс": ("region", 38.6, -90.0, None),
    "Онтарио": ("settlement", 43.47, -76.51, None, "Осуиго"),
    "Кахокия": ("settlement", 38.57, -90.19, None),
})

# ---- dates, in reading order (Gregorian, as the text states)
date("1763–1766 годов", "1763/1766", "interval")
date("27 апреля 1763 года", "1763-04-27", "day")
date("7 мая", "1763-05-07", "day", derivation="anchored")
date("Через два дня", "1763-05-09", "day", derivation="computed", note="7 May + 2 days")
date("16 мая", "1763-05-16", "day", derivation="anchored")
date("25 мая", "1763-05-25", "day", derivation="anchored")
date("27 мая", "1763-05-27", "day", derivation="anchored")
date("1 июня", "1763-06-01", "day", derivation="anchored")
date("2 июня", "1763-06-02", "day", derivation="anchored")
date("В середине июня", "1763-06-11/1763-06-20", "interval", derivation="anchored")
date("20 июня", "1763-06-20", "day", derivation="anchored")
date("22 июня", "1763-06-22", "day", derivation="anchored")
date("Вскоре", "1763-06-22/1763-07-31", "interval", kind="vague", derivation="anchored",
     note="soon after the blockade of 22 June")
date("5 августа", "1763-08-05", "day", derivation="anchored")
date("два дня", None, None, kind="duration", duration="P2D")
date("наутро", "1763-08-06", "day", derivation="computed", note="the morning after 5 August")
date("10 августа", "1763-08-10", "day", derivation="anchored")
date("29 июля", "1763-07-29", "day", derivation="anchored")
date("31 июля", "1763-07-31", "day", derivation="anchored")
date("14 сентября", "1763-09-14", "day", derivation="anchored")
date("31 октября", "1763-10-31", "day", derivation="anchored")
date("7 октября 1763 года", "1763-10-07", "day")
date("В ноябре", "1763-11", "month", derivation="anchored")
date("14 декабря", "1763-12-14", "day", derivation="anchored")
date("27 декабря", "1763-12-27", "day", derivation="anchored")
date("В феврале 1764 года", "1764-02", "month")
date("Летом 1764 года", "1764-22", "season")
date("Осенью", "1764-23", "season", derivation="anchored")
date("В октябре 1765 года", "1765-10", "month")
date("в июле 1766 года", "1766-07", "month")
date("20 апреля 1769 года", "1769-04-20", "day")

# ---- places, in reading order
for quote, name in [
    ("Великих озёр", "Великие озёра"), ("Огайо", "Огайо"), ("Франции", "Франция"),
    ("Экорс", "Экорс"), ("форт Детройт", "Детройт"), ("форт Сандаски", "Сандаски"),
    ("форт Сент-Джозеф", "Сент-Джозеф"), ("форт Майами", "Майами"), ("Уиатенон", "Уиатенон"),
    ("Мичилимакинака", "Мичилимакинак"), ("Венанго", "Венанго"), ("Ле-Бёф", "Ле-Бёф"),
    ("Преск-Айла", "Преск-Айл"),
    ("форт Питт", "Питт"), ("Аллегейни", "Аллегейни"), ("Мононгахилы", "Мононгахила"),
    ("Пенсильвании", "Пенсильвания"), ("Мэриленда", "Мэриленд"), ("Виргинии", "Виргиния"),
    ("Буши-Ран", "Буши-Ран"), ("форт Питт", "Питт"),
    ("Детройтом", "Детройт"), ("Блади-Ран", "Блади-Ран"), ("Девилс-Хол", "Девилс-Хол"),
    ("Ниагары", "Ниагара"), ("Детройта", "Детройт"), ("Моми", "Моми"),
    ("Аппалачей", "Аппалачи"), ("Пакстона", "Пакстон"), ("Конестога", "Конестога"),
    ("Ланкастера", "Ланкастер"), ("пакстонских", "Пакстон"), ("Филадельфию", "Филадельфия"),
    ("форта Ниагара", "Ниагара"), ("Огайо", "Огайо"), ("Маскингам", "Маскингам"),
    ("форт Шартр", "Шартр"), ("Иллинойсе", "Иллинойс"), ("форте Онтарио", "Онтарио"),
    ("Кахокии", "Кахокия"),
]:
    place(quote, name)

# ---- events
RISING = ("Война Понтиака 1763–1766 годов — восстание индейских племён района Великих озёр и долины Огайо "
          "против британского владычества")
event("восстание", RISING, "uprising", date="1763–1766 годов", place="Великие озёра",  # 0
      actors=[("индейских племён", "agent")])
event("восстание", RISING, "uprising", date="1763–1766 годов", place="Огайо",  # 1
      actors=[("индейских племён", "agent")])
event("призвал", "27 апреля 1763 года вождь оттава Понтиак на совете у реки Экорс призвал соседей к войне",  # 2
      "political_activity", date="27 апреля 1763 года", place="Экорс",
      actors=[("вождь оттава Понтиак", "agent"), ("соседей", "participant")])
event("захватить", "7 мая он с отрядом около 300 воинов попытался хитростью захватить форт Детройт",  # 3
      "attack", date="7 мая", place="Детройт", assertion="failed",
      quantities=[qty("около 300 воинов", "participants", 300, approximate=True)],
      note="the text adds that the commandant was forewarned and the plan failed")
event("осадили", "Через два дня индейцы осадили крепость", "siege",  # 4
      date="Через два дня", place="Детройт", actors=[("индейцы", "agent")])
event("взяли", "16 мая виандоты взяли форт Сандаски", "capture",  # 5
      date="16 мая", place="Сандаски", actors=[("виандоты", "agent")])
event("взяли", "16 мая виандоты взяли форт Сандаски, 25 мая потаватоми — форт Сент-Джозеф", "capture",  # 6
      date="25 мая", place="Сент-Джозеф", actors=[("потаватоми", "agent")])
event("захвачен", "27 мая был захвачен форт Майами", "capture", date="27 мая", place="Майами")  # 7
event("захвачен", "27 мая был захвачен форт Майами, а 1 июня — Уиатенон", "capture",  # 8
      date="1 июня", place="Уиатенон")
event("ворвались", "2 июня оджибве, затеяв у ворот Мичилимакинака игру в мяч, ворвались в форт и перебили "  # 9
      "около 20 солдат гарнизона", "capture", date="2 июня", place="Мичилимакинак",
      actors=[("оджибве", "agent"), ("солдат гарнизона", "target")],
      quantities=[qty("около 20 солдат", "fatalities", 20, approximate=True)])
event("захватили", "В середине июня сенеки захватили Венанго и Ле-Бёф", "capture",  # 10
      date="В середине июня", place="Венанго", actors=[("сенеки", "agent")])
event("захватили", "В середине июня сенеки захватили Венанго и Ле-Бёф", "capture",  # 11
      date="В середине июня", place="Ле-Бёф", actors=[("сенеки", "agent")])
event("обороны", "20 июня после упорной обороны сдался гарнизон Преск-Айла", "siege",  # 12
      date={"edtf": "1763-06-11/1763-06-20"}, place="Преск-Айл", actors=[("гарнизон Преск-Айла", "target")],
      note="the defence that ended on 20 June; the text gives no start")
event("сдался", "20 июня после упорной обороны сдался гарнизон Преск-Айла", "capture",  # 13
      date="20 июня", place="Преск-Айл", actors=[("гарнизон Преск-Айла", "target")])
event("блокировали", "22 июня делавары и шауни блокировали форт Питт", "siege",  # 14
      date="22 июня", place="Питт", actors=[("делавары", "agent"), ("шауни", "agent")])
RAIDS = "Вскоре их отряды обрушились на поселения Пенсильвании, Мэриленда и Виргинии"
event("обрушились", RAIDS, "attack_on_civilians", date="Вскоре", place="Пенсильвания",  # 15
      actors=[("их отряды", "agent"), ("поселения", "target")])
event("обрушились", RAIDS, "attack_on_civilians", date="Вскоре", place="Мэриленд",  # 16
      actors=[("их отряды", "agent"), ("поселения", "target")])
event("обрушились", RAIDS, "attack_on_civilians", date="Вскоре", place="Виргиния",  # 17
      actors=[("их отряды", "agent"), ("поселения", "target")])
event("убиты", "по позднейшим оценкам, были убиты или уведены в плен до 2 тыс. колонистов",  # 18
      "attack_on_civilians", date="Вскоре", same_as=15, actors=[("колонистов", "target")],
      quantities=[qty("до 2 тыс. колонистов", "fatalities", 2000, max=2000, approximate=True)],
      note="killed or captured, on all three frontiers; only the figure is attributed to later estimates")
event("бежали", "а несколько тысяч бежали на восток", "flight", date="Вскоре",  # 19
      quantities=[qty("несколько тысяч", "displaced", None, min=3000, max=9000, approximate=True)],
      note="settlers fled east; no place named")
event("направил", "На выручку форту Амхерст направил полковника Генри Буке с отрядом около 500 человек",  # 20
      "reinforcement", date={"edtf": "1763-06-22/1763-08-05"}, place="Питт",
      actors=[("Амхерст", "agent"), ("полковника Генри Буке", "participant")],
      quantities=[qty("около 500 человек", "participants", 500, approximate=True)],
      note="sent to relieve Fort Pitt, between the blockade and Bushy Run")
event("атаковали", "5 августа у Буши-Ран индейцы атаковали колонну", "attack",  # 21
      date="5 августа", place="Буши-Ран", actors=[("индейцы", "agent"), ("колонну", "target")])
event("Бой", "Бой длился два дня", "battle", date={"edtf": "1763-08-05/1763-08-06"}, place="Буши-Ран",  # 22
      same_as=21)
event("рассеял", "наутро Буке ложным отступлением заманил противника под фланговый удар и рассеял его",  # 23
      "attack", date="наутро", place="Буши-Ран", actors=[("Буке", "agent"), ("противника", "target")])
event("потеряли", "Англичане потеряли около 50 человек убитыми", "battle",  # 24
      date={"edtf": "1763-08-05/1763-08-06"}, place="Буши-Ран", same_as=21, actors=[("Англичане", "target")],
      quantities=[qty("около 50 человек", "fatalities", 50, approximate=True)])
event("вошёл", "10 августа Буке вошёл в форт Питт", "reinforcement",  # 25
      date="10 августа", place="Питт", actors=[("Буке", "agent")])
event("пробился", "Под Детройтом 29 июля в крепость пробился по реке отряд капитана Джеймса Дальзела "  # 26
      "численностью около 260 человек", "reinforcement", date="29 июля", place="Детройт",
      actors=[("отряд капитана Джеймса Дальзела", "agent")],
      quantities=[qty("около 260 человек", "participants", 260, approximate=True)])
event("вылазку", "31 июля Дальзел сделал вылазку против лагеря Понтиака", "attack",  # 27
      date="31 июля", place="Блади-Ран", actors=[("Дальзел", "agent"), ("лагеря Понтиака", "target")],
      note="a sortie from Detroit; the place is the creek where it ended, named in the same sentence")
event("засаду", "у ручья Блади-Ран попал в засаду: сам капитан и около 20 его солдат были убиты", "attack",  # 28
      date="31 июля", place="Блади-Ран", actors=[("сам капитан", "target")],
      quantities=[qty("около 20 его солдат", "fatalities", 20, approximate=True)],
      note="the captain was killed as well as about 20 soldiers")
event("перебили", "14 сентября сенеки у ущелья Девилс-Хол близ Ниагары перебили обозников и спешившие им "  # 29
      "на помощь роты — погибли более 70 англичан", "attack", date="14 сентября", place="Девилс-Хол",
      actors=[("сенеки", "agent"), ("обозников", "target"), ("роты", "target")],
      quantities=[qty("более 70 англичан", "fatalities", 70, min=70, approximate=True)])
event("снял осаду", "Понтиак 31 октября снял осаду Детройта", "retreat",  # 30
      date="31 октября", place="Детройт", actors=[("Понтиак", "agent")])
event("увёл", "Понтиак 31 октября снял осаду Детройта и увёл воинов к реке Моми", "retreat",  # 31
      date="31 октября", place="Моми", actors=[("Понтиак", "agent")],
      note="the destination of the withdrawal from Detroit")
event("издал прокламацию", "7 октября 1763 года король Георг III издал прокламацию, запретившую колонистам "  # 32
      "селиться западнее Аппалачей", "decree", date="7 октября 1763 года",
      actors=[("король Георг III", "agent"), ("колонистам", "target")],
      note="issued in London, which the text does not name; the Appalachians are the line it drew")
event("сменил", "В ноябре отозванного Амхерста сменил генерал Томас Гейдж", "political_activity",  # 33
      date="В ноябре", actors=[("генерал Томас Гейдж", "participant"), ("Амхерста", "participant")],
      note="appointment of a new commander-in-chief")
event("вырезали", "14 декабря пограничники из Пакстона вырезали мирных индейцев в селении Конестога",  # 34
      "massacre", date="14 декабря", place="Конестога",
      actors=[("пограничники из Пакстона", "agent"), ("мирных индейцев", "target")])
event("убили", "27 декабря ворвались в работный дом Ланкастера, где укрывались уцелевшие, и убили всех",  # 35
      "massacre", date="27 декабря", place="Ланкастер", actors=[("уцелевшие", "target")])
event("погибли", "всего погибли 20 человек", "massacre", date={"edtf": "1763-12-14/1763-12-27"},  # 36
      same_as=34, quantities=[qty("20 человек", "fatalities", 20)],
      note="the total of both killings, 14 and 27 December")
event("двинулись", "В феврале 1764 года около 250 «пакстонских парней» двинулись на Филадельфию", "protest",  # 37
      date="В феврале 1764 года", place="Филадельфия", actors=[("«пакстонских парней»", "agent")],
      quantities=[qty("около 250", "participants", 250, approximate=True)])
event("уговорил", "но Бенджамин Франклин уговорил их разойтись", "negotiations",  # 38
      date="В феврале 1764 года", place="Филадельфия", actors=[("Бенджамин Франклин", "agent")])
event("совет", "Летом 1764 года сэр Уильям Джонсон собрал у форта Ниагара совет, на который съехалось "  # 39
      "около 2 тыс. индейцев", "negotiations", date="Летом 1764 года", place="Ниагара",
      actors=[("сэр Уильям Джонсон", "agent")],
      quantities=[qty("около 2 тыс. индейцев", "participants", 2000, approximate=True)])
event("заключил мир", "Летом 1764 года сэр Уильям Джонсон собрал у форта Ниагара совет, на который съехалось "  # 40
      "около 2 тыс. индейцев, и заключил мир с частью племён", "treaty", date="Летом 1764 года", place="Ниагара",
      actors=[("сэр Уильям Джонсон", "participant"), ("частью племён", "participant")])
event("углубился", "Осенью Буке с полутора тысячами солдат углубился в долину Огайо", "reinforcement",  # 41
      date="Осенью", place="Огайо", actors=[("Буке", "agent")],
      quantities=[qty("полутора тысячами солдат", "participants", 1500)])
event("выдать", "на реке Маскингам вынудил делаваров и шауни выдать более 200 пленных колонистов", "treaty",  # 42
      date="Осенью", place="Маскингам", actors=[("делаваров", "participant"), ("шауни", "participant")],
      quantities=[qty("более 200 пленных колонистов", "prisoners", 200, min=200, approximate=True)],
      note="captives handed over under terms forced by Bouquet")
event("заняли", "В октябре 1765 года британские горцы без боя заняли форт Шартр в Иллинойсе", "occupation",  # 43
      date="В октябре 1765 года", place="Шартр", actors=[("британские горцы", "agent")])
event("заключил", "в июле 1766 года в форте Онтарио Понтиак заключил с Джонсоном мир", "treaty",  # 44
      date="в июле 1766 года", place="Онтарио", actors=[("Понтиак", "participant"), ("Джонсоном", "participant")])
event("убит", "Сам вождь был убит 20 апреля 1769 года в Кахокии индейцем-пеория", "attack_on_civilians",  # 45
      date="20 апреля 1769 года", place="Кахокия",
      actors=[("Сам вождь", "target"), ("индейцем-пеория", "agent")],
      note="Pontiac killed in peacetime by a single man")
