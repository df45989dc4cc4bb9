"""Gold spec for bench/heldout/italo_ethiopian_war_1935_1937.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/italo_ethiopian_war_1935_1937.txt"

gazetteer({
    "Уал-Уал": ("settlement", 7.07, 45.4, None),
    "Огаден": ("region", 7.0, 44.5, None),
    "Италия": ("polity", 41.9, 12.5, "Q38"),
    "Эфиопия": ("polity", 9.03, 38.74, "Q115"),
    "Женева": ("settlement", 46.2, 6.15, "Q71"),
    "Рим": ("settlement", 41.9, 12.5, "Q220"),
    "Восточная Африка": ("region", 3.0, 38.0, None),
    "Мэреб": ("river", 14.55, 38.85, None),
    "Эритрея": ("region", 15.33, 38.93, "Q986"),
    "Итальянское Сомали": ("region", 2.04, 45.34, None),
    "Адуа": ("settlement", 14.16, 38.9, None),
    "Аксум": ("settlement", 14.12, 38.72, None),
    "Мэкэле": ("settlement", 13.5, 39.47, None),
    "Великобритания": ("polity", 51.5, -0.13, "Q145"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Париж": ("settlement", 48.86, 2.35, "Q90"),
    "Тэкэзе": ("river", 13.8, 38.3, None),
    "Тембен": ("region", 13.6, 39.15, None),
    "Амба-Арадам": ("mountain", 13.36, 39.53, None),
    "Май-Чоу": ("settlement", 12.78, 39.54, None),
    "Ашанги": ("lake", 12.58, 39.5, None),
    "Аддис-Абеба": ("settlement", 9.03, 38.74, "Q3624"),
    "Джибути": ("settlement", 11.59, 43.15, None),
    "Харэр": ("settlement", 9.31, 42.12, None),
    "Итальянская Восточная Африка": ("polity", 9.03, 38.74, None),
    "Дэбрэ-Либанос": ("settlement", 9.71, 38.85, None),
})

# ---- dates, in reading order
date("5 декабря 1934 года", "1934-12-05", "day")
date("почти год", None, None, kind="duration", duration="P1Y", note="'almost a year'")
date("тем временем", "1934-12-05/1935-10-03", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': while the League proceedings went on, between the incident and the invasion")
date("3 октября 1935 года", "1935-10-03", "day")
date("6 октября", "1935-10-06", "day", derivation="anchored")
date("в 1896 году", "1896", "year")
date("15 октября", "1935-10-15", "day", derivation="anchored")
date("8 ноября", "1935-11-08", "day", derivation="anchored")
date("вскоре", "1935-11/1935-12", "interval", kind="vague", derivation="anchored",
     note="'soon' after 8 November 1935")
date("7 октября", "1935-10-07", "day", derivation="anchored")
date("18 ноября", "1935-11-18", "day", derivation="anchored")
date("В начале декабря", "1935-12-01/1935-12-10", "interval", derivation="anchored")
date("Через несколько дней", "1935-12-03/1935-12-20", "interval", derivation="computed",
     note="early December + a few days")
date("18 декабря", "1935-12-18", "day", derivation="anchored")
date("В середине декабря", "1935-12-11/1935-12-20", "interval", derivation="anchored")
date("С конца декабря", "1935-12-21/1935-12-31", "interval", derivation="anchored",
     note="start of a practice that goes on")
date("20–24 января 1936 года", "1936-01-20/1936-01-24", "interval")
date("В феврале", "1936-02", "month", derivation="anchored")
date("нескольких дней", None, None, kind="duration", note="unquantified: a few days")
date("31 марта 1936 года", "1936-03-31", "day")
date("Через несколько дней", "1936-04-02/1936-04-10", "interval", derivation="computed",
     note="31 March + a few days")
date("2 мая", "1936-05-02", "day", derivation="anchored")
date("Несколько дней", None, None, kind="duration", note="unquantified: a few days")
date("5 мая 1936 года", "1936-05-05", "day")
date("Через три дня", "1936-05-08", "day", derivation="computed", note="5 May + 3 days")
date("9 мая", "1936-05-09", "day", derivation="anchored")
date("1 июня", "1936-06-01", "day", derivation="anchored")
date("вскоре", "1936-06/1936-07", "interval", kind="vague", derivation="anchored",
     note="'soon' after 1 June 1936")
date("В конце июля", "1936-07-21/1936-07-31", "interval", derivation="anchored")
date("19 февраля 1937 года", "1937-02-19", "day")
date("В тот же день", "1937-02-19", "day", derivation="anchored")
date("три дня", None, None, kind="duration", duration="P3D")
date("Екатит 12", "1937-02-19", "day", derivation="anchored",
     note="Ethiopian calendar: 12 Yekatit (1929 E.C.) = 19 February 1937; used as the name of the massacre")
date("В мае", "1937-05", "month", derivation="anchored")
date("21 мая 1937 года", "1937-05-21", "day")
date("спустя пять дней", "1937-05-26", "day", derivation="computed", note="21 May + 5 days")
date("В декабре 1937 года", "1937-12", "month")

# ---- places, in reading order
for quote, name in [
    ("Уал-Уал", None), ("Огадене", "Огаден"), ("Италии", "Италия"), ("Эфиопия", None),
    ("Женеве", "Женева"), ("Рим", None), ("Восточную Африку", "Восточная Африка"),
    ("Мэреб", None), ("Эфиопию", "Эфиопия"), ("Эритреи", "Эритрея"),
    ("Итальянского Сомали", "Итальянское Сомали"), ("Адуа", None), ("Аксум", None), ("Мэкэле", None),
    ("Италию", "Италия"), ("Великобритании", "Великобритания"), ("Франции", "Франция"),
    ("Париже", "Париж"), ("Эфиопия", None), ("Италии", "Италия"),
    ("Тэкэзе", None), ("Тембене", "Тембен"), ("Амба-Арадам", None),
    ("Май-Чоу", None), ("Ашанги", None),
    ("Аддис-Абебу", "Аддис-Абеба"), ("Джибути", None), ("Харэр", None), ("Эфиопии", "Эфиопия"),
    ("Итальянская Восточная Африка", None), ("Эфиопию", "Эфиопия"), ("Эритрею", "Эритрея"),
    ("Итальянское Сомали", None),
    ("Аддис-Абебе", "Аддис-Абеба"), ("Итальянского Сомали", "Итальянское Сомали"), ("Эфиопии", "Эфиопия"),
    ("Дэбрэ-Либанос", None), ("Рим", None),
]:
    place(quote, name)

# ---- events
event("атаковали", "5 декабря 1934 года итальянские колониальные части атаковали эфиопский конвой "  # 0
      "пограничной комиссии", "attack", date="5 декабря 1934 года", place="Уал-Уал",
      actors=[("итальянские колониальные части", "agent"), ("эфиопский конвой пограничной комиссии", "target")])
event("перестрелке", "В перестрелке погибли более 100 эфиопов и несколько десятков сомалийцев, "  # 1
      "служивших Италии", "battle", date="5 декабря 1934 года", place="Уал-Уал", same_as=0,
      quantities=[qty("более 100 эфиопов", "fatalities", 100, min=100, approximate=True),
                  qty("несколько десятков сомалийцев", "fatalities", None, min=20, max=90, approximate=True)])
event("обратилась", "Эфиопия обратилась в Лигу Наций", "political_activity",  # 2
      date={"edtf": "1934-12-05/1935-10-03"}, place="Женева",
      actors=[("Эфиопия", "agent"), ("Лигу Наций", "participant")],
      note="appeal to the League, which sat in Geneva (named in the same sentence); no date given")
event("разбирательство", "разбирательство в Женеве тянулось почти год", "negotiations",  # 3
      date={"edtf": "1934-12-05/1935-10-03"}, place="Женева",
      note="League proceedings between the incident and the invasion")
event("перебрасывал", "Рим тем временем перебрасывал в Восточную Африку дивизии", "reinforcement",  # 4
      date="тем временем", place="Восточная Африка", actors=[("Рим", "agent")])
event("объявляя войны", "3 октября 1935 года армия Э. де Боно, не объявляя войны", "political_activity",  # 5
      date="3 октября 1935 года", assertion="negated", note="the invasion began without a declaration of war")
event("вторглась", "3 октября 1935 года армия Э. де Боно, не объявляя войны, перешла реку Мэреб и "  # 6
      "вторглась в Эфиопию из Эритреи", "attack", date="3 октября 1935 года", place="Эфиопия",
      actors=[("армия Э. де Боно", "agent")], note="crossing the Mareb from Eritrea")
event("наступали", "с юга, из Итальянского Сомали, наступали войска Р. Грациани", "attack",  # 7
      date="3 октября 1935 года", place="Итальянское Сомали", actors=[("войска Р. Грациани", "agent")],
      note="the southern front; the only place the clause names is the starting point")
event("пала", "6 октября пала Адуа", "capture", date="6 октября", place="Адуа")  # 8
event("поражение", "под которой в 1896 году итальянцы потерпели поражение", "battle",  # 9
      date="в 1896 году", place="Адуа", actors=[("итальянцы", "participant")])
event("вошли", "а 15 октября они без боя вошли в Аксум", "occupation", date="15 октября",  # 10
      place="Аксум", note="entered without a fight")
event("занята", "8 ноября была занята Мэкэле", "capture", date="8 ноября", place="Мэкэле")  # 11
event("принял", "вскоре командование вместо де Боно принял маршал П. Бадольо", "political_activity",  # 12
      date="вскоре", actors=[("маршал П. Бадольо", "participant"), ("де Боно", "target")],
      note="change of commander (appointment)")
event("признал", "7 октября Совет Лиги Наций признал Италию агрессором", "political_activity",  # 13
      date="7 октября", place="Женева",
      actors=[("Совет Лиги Наций", "agent"), ("Италию", "target")],
      note="the League sat in Geneva, named earlier")
event("вступили в силу", "18 ноября вступили в силу санкции", "decree", date="18 ноября")  # 14
event("согласовали", "В начале декабря министры Великобритании и Франции С. Хор и П. Лаваль "  # 15
      "согласовали в Париже план", "negotiations", date="В начале декабря", place="Париж",
      actors=[("С. Хор", "participant"), ("П. Лаваль", "participant")])
event("уступила бы", "по которому Эфиопия уступила бы Италии значительную часть своих земель",  # 16
      "territorial_transfer", place="Эфиопия", assertion="hypothetical",
      actors=[("Эфиопия", "participant"), ("Италии", "participant")],
      note="the cession the plan proposed; it never took place")
event("ушёл в отставку", "18 декабря Хор ушёл в отставку", "political_activity",  # 17
      date="18 декабря", actors=[("Хор", "agent")])
event("контрнаступление", "В середине декабря эфиопы, переправившись через Тэкэзе, перешли в "  # 18
      "контрнаступление", "attack", date="В середине декабря", place="Тэкэзе", actors=[("эфиопы", "agent")])
event("распыляла иприт", "С конца декабря итальянская авиация распыляла иприт над войсками и деревнями",  # 19
      "bombardment", date="С конца декабря",
      actors=[("итальянская авиация", "agent"), ("войсками", "target"), ("деревнями", "target")],
      note="chemical attacks from the air; the text names no place")
event("сражении", "20–24 января 1936 года в первом сражении в Тембене войска расов Касы и Сыюма были "  # 20
      "остановлены", "battle", date="20–24 января 1936 года", place="Тембен",
      actors=[("войска расов Касы и Сыюма", "participant")])
event("атаковали", "В феврале итальянцы атаковали массив Амба-Арадам", "attack",  # 21
      date="В феврале", place="Амба-Арадам", actors=[("итальянцы", "agent")])
event("разгромлена", "после нескольких дней боёв армия раса Мулугеты была разгромлена", "battle",  # 22
      date="В феврале", place="Амба-Арадам", same_as=21, actors=[("армия раса Мулугеты", "target")])
event("отступавшие", "а её отступавшие колонны добивала авиация", "retreat",  # 23
      date="В феврале", place="Амба-Арадам", actors=[("её отступавшие колонны", "agent")])
event("добивала", "а её отступавшие колонны добивала авиация", "bombardment",  # 24
      date="В феврале", place="Амба-Арадам",
      actors=[("авиация", "agent"), ("её отступавшие колонны", "target")])
event("потеряли", "По итальянским сводкам, эфиопы потеряли там около 6 тыс. убитыми", "battle",  # 25
      date="В феврале", place="Амба-Арадам", same_as=21,
      quantities=[qty("около 6 тыс. убитыми", "fatalities", 6000, approximate=True)],
      note="the battle is asserted; only the count is attributed to Italian reports")
event("повёл гвардию", "31 марта 1936 года у Май-Чоу император Хайле Селассие I повёл гвардию на "  # 26
      "позиции противника", "attack", date="31 марта 1936 года", place="Май-Чоу",
      actors=[("император Хайле Селассие I", "agent"), ("позиции противника", "target")])
event("захлебнулась", "Атака захлебнулась; по итальянским подсчётам, эфиопы потеряли около 8 тыс. человек",  # 27
      "attack", date="31 марта 1936 года", place="Май-Чоу", assertion="failed", same_as=26,
      quantities=[qty("около 8 тыс. человек", "fatalities", 8000, approximate=True)],
      note="the count is attributed to Italian estimates")
event("отступавшую", "Через несколько дней у озера Ашанги отступавшую армию бомбили и заливали ипритом",  # 28
      "retreat", date="Через несколько дней", place="Ашанги", actors=[("отступавшую армию", "agent")])
event("бомбили", "Через несколько дней у озера Ашанги отступавшую армию бомбили и заливали ипритом",  # 29
      "bombardment", date="Через несколько дней", place="Ашанги", actors=[("отступавшую армию", "target")])
event("покинул", "2 мая император покинул Аддис-Абебу и поездом добрался до Джибути", "flight",  # 30
      date="2 мая", place="Аддис-Абеба", actors=[("император", "participant")],
      note="the emperor left the capital for Djibouti")
event("грабежи", "Несколько дней в брошенной столице бушевали грабежи и пожары", "looting",  # 31
      date={"edtf": "1936-05-02/1936-05-05"}, place="Аддис-Абеба",
      note="between the emperor's departure and the Italian entry")
event("вступили", "пока 5 мая 1936 года в неё не вступили колонны Бадольо", "occupation",  # 32
      date="5 мая 1936 года", place="Аддис-Абеба", actors=[("колонны Бадольо", "agent")],
      note="'пока ... не' marks the end of the looting, not a negation")
event("заняли", "Через три дня войска Грациани заняли Харэр", "capture",  # 33
      date="Через три дня", place="Харэр", actors=[("войска Грациани", "agent")])
event("провозгласил присоединение", "9 мая Муссолини провозгласил присоединение Эфиопии", "annexation",  # 34
      date="9 мая", place="Эфиопия", actors=[("Муссолини", "agent")])
event("образована", "1 июня была образована Итальянская Восточная Африка, объединившая Эфиопию, "  # 35
      "Эритрею и Итальянское Сомали", "founding", date="1 июня", place="Итальянская Восточная Африка")
event("стал", "вскоре её вице-королём стал Грациани", "political_activity",  # 36
      date="вскоре", place="Итальянская Восточная Африка", actors=[("Грациани", "participant")],
      note="appointment as viceroy")
event("отбить", "В конце июля отряды патриотов попытались отбить столицу", "attack",  # 37
      date="В конце июля", place="Аддис-Абеба", assertion="failed", actors=[("отряды патриотов", "agent")])
event("отброшены", "В конце июля отряды патриотов попытались отбить столицу, но были отброшены",  # 38
      "retreat", date="В конце июля", place="Аддис-Абеба", actors=[("отряды патриотов", "agent")])
event("бросили в Грациани гранаты", "19 февраля 1937 года на церемонии в Аддис-Абебе два эритрейца "  # 39
      "бросили в Грациани гранаты", "explosion", date="19 февраля 1937 года", place="Аддис-Абеба",
      actors=[("два эритрейца", "agent"), ("Грациани", "target")],
      note="grenade attack on the viceroy, who was wounded")
event("резню", "В тот же день чернорубашечники и итальянские колонисты начали резню, продолжавшуюся три дня",  # 40
      "massacre", date="В тот же день", place="Аддис-Абеба",
      actors=[("чернорубашечники", "agent"), ("итальянские колонисты", "agent")],
      quantities=[qty("30 тыс. убитых", "fatalities", 30000),
                  qty("около 19 тыс.", "fatalities", 19000, approximate=True)],
      note="the massacre is asserted; the text says the death toll is disputed and gives two estimates "
           "(the Ethiopian figure and historians')")
event("убивали", "жителей убивали на улицах", "massacre", date="В тот же день", place="Аддис-Абеба",  # 41
      same_as=40, actors=[("жителей", "target")])
event("поджигали", "их хижины поджигали", "looting", date="В тот же день", place="Аддис-Абеба",  # 42
      note="destruction of property during the massacre")
event("арестованы", "Сотни представителей знати были арестованы и расстреляны", "arrest",  # 43
      date={"edtf": "1937-02/1937-05"}, actors=[("представителей знати", "target")],
      quantities=[qty("Сотни представителей знати", "prisoners", None, min=200, max=900, approximate=True)],
      note="after the attempt of 19 February; no date or place given")
event("расстреляны", "Сотни представителей знати были арестованы и расстреляны", "execution",  # 44
      date={"edtf": "1937-02/1937-05"}, actors=[("представителей знати", "target")],
      quantities=[qty("Сотни представителей знати", "fatalities", None, min=200, max=900, approximate=True)],
      note="after the attempt of 19 February; no date or place given")
event("высланы", "тысячи высланы в лагеря Итальянского Сомали", "deportation",  # 45
      date={"edtf": "1937-02/1937-05"}, place="Итальянское Сомали",
      quantities=[qty("тысячи", "displaced", None, min=2000, max=9000, approximate=True)],
      note="place is the destination")
event("приказал", "В мае Грациани, заподозрив монастырь Дэбрэ-Либанос в укрывательстве заговорщиков, "  # 46
      "приказал расправиться с монахами", "decree", date="В мае", place="Дэбрэ-Либанос",
      actors=[("Грациани", "agent"), ("монахами", "target")])
event("расстреляны", "21 мая 1937 года там были расстреляны 297 монахов", "execution",  # 47
      date="21 мая 1937 года", place="Дэбрэ-Либанос", actors=[("297 монахов", "target")],
      quantities=[qty("297 монахов", "fatalities", 297)])
event("расстреляны", "21 мая 1937 года там были расстреляны 297 монахов, а спустя пять дней — ещё 129 дьяконов",  # 48
      "execution", date="спустя пять дней", place="Дэбрэ-Либанос", actors=[("129 дьяконов", "target")],
      quantities=[qty("129 дьяконов", "fatalities", 129)],
      note="elided verb; the text names no other place")
event("погибли", "Позднейшие исследования показали, что погибли от 1,8 до 2,2 тыс. человек", "execution",  # 49
      date={"edtf": "1937-05"}, place="Дэбрэ-Либанос", same_as=47,
      quantities=[qty("от 1,8 до 2,2 тыс. человек", "fatalities", None, min=1800, max=2200, approximate=True)],
      note="total toll of the Debre Libanos killings by later research")
event("отозван", "В декабре 1937 года Грациани был отозван в Рим", "political_activity",  # 50
      date="В декабре 1937 года", place="Рим", actors=[("Грациани", "participant")],
      note="recall of the viceroy; Rome is the only place the clause names")
