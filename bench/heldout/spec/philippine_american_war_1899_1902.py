"""Gold spec for bench/heldout/philippine_american_war_1899_1902.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/philippine_american_war_1899_1902.txt"

gazetteer({
    "Париж": ("settlement", 48.857, 2.352, "Q90"),
    "Испания": ("polity", 40.42, -3.70, "Q29"),
    "Филиппины": ("polity", 14.6, 120.98, "Q928"),
    "США": ("polity", 38.9, -77.04, "Q30"),
    "Малолос": ("settlement", 14.843, 120.811, None),
    "Филиппинская республика": ("polity", 14.843, 120.811, None),
    "Сан-Хуан": ("settlement", 14.602, 121.036, None),
    "Манила": ("settlement", 14.5995, 120.984, "Q1461"),
    "Дагупан": ("settlement", 16.043, 120.334, None),
    "Сан-Исидро": ("settlement", 15.309, 120.906, None),
    "Калумпит": ("settlement", 14.916, 120.766, None),
    "Канзас": ("region", 38.5, -98.4, None),
    "Рио-Гранде-де-Пампанга": ("river", 14.93, 120.77, None),
    "Кабанатуан": ("settlement", 15.486, 120.967, None),
    "Лусон": ("region", 16.5, 121.0, None),
    "Баямбанг": ("settlement", 15.81, 120.455, None),
    "перевал Тирад": ("mountain", 17.1, 120.62, None),
    "Сан-Матео": ("settlement", 14.697, 121.122, None),
    "Паланан": ("settlement", 17.058, 122.43, None),
    "Сьерра-Мадре": ("mountain", 16.8, 122.0, None),
    "Балангига": ("settlement", 11.109, 125.386, None),
    "Самар": ("region", 11.8, 125.0, None),
    "Батангас": ("region", 13.92, 121.1, None),
    "Минданао": ("region", 7.8, 125.0, None),
})

# ---- dates, in reading order (Gregorian, as the text states once)
date("1899–1902 годов", "1899/1902", "interval")
date("10 декабря 1898 года", "1898-12-10", "day")
date("летом того же года", "1898-22", "season", derivation="anchored")
date("21 декабря", "1898-12-21", "day", derivation="anchored")
date("23 января 1899 года", "1899-01-23", "day")
date("Вечером 4 февраля 1899 года", "1899-02-04", "day")
date("В ту же ночь", "1899-02-04/1899-02-05", "day", derivation="anchored",
     note="the night of 4 to 5 February")
date("на следующий день", "1899-02-05", "day", derivation="computed", note="4 February + 1 day")
date("6 февраля", "1899-02-06", "day", derivation="anchored")
date("Весной", "1899-21", "season", derivation="anchored")
date("31 марта", "1899-03-31", "day", derivation="anchored")
date("В конце апреля", "1899-04-21/1899-04-30", "interval", derivation="anchored")
date("27 апреля", "1899-04-27", "day", derivation="anchored")
date("2 июня", "1899-06-02", "day", derivation="anchored")
date("через три дня", "1899-06-05", "day", derivation="computed", note="2 June + 3 days")
date("Осенью", "1899-23", "season", derivation="anchored")
date("В ноябре", "1899-11", "month", derivation="anchored")
date("2 декабря", "1899-12-02", "day", derivation="anchored")
date("несколько часов", None, None, kind="duration", note="unquantified: a few hours")
date("Через семнадцать дней", "1899-12-19", "day", derivation="computed", note="2 December + 17 days")
date("В 1900 году", "1900", "year")
date("21 июня", "1900-06-21", "day", derivation="anchored")
date("в течение 90 дней", None, None, kind="duration", duration="P90D")
date("23 марта 1901 года", "1901-03-23", "day")
date("больше недели", None, None, kind="duration", duration="P1W", note="more than a week")
date("1 апреля", "1901-04-01", "day", derivation="anchored")
date("19 апреля", "1901-04-19", "day", derivation="anchored")
date("28 сентября 1901 года", "1901-09-28", "day")
date("несколько месяцев", None, None, kind="duration", note="unquantified: a few months")
date("с декабря", "1901-12", "month", derivation="anchored", note="start of a process that goes on")
date("16 апреля 1902 года", "1902-04-16", "day")
date("4 июля", "1902-07-04", "day", derivation="anchored")
date("ещё несколько лет", None, None, kind="duration", note="unquantified: a few more years")

# ---- places, in reading order
for quote, name in [
    ("Париже", "Париж"), ("Испания", None), ("Филиппины", None), ("Соединённым Штатам", "США"),
    ("Малолосе", "Малолос"), ("Филиппинская республика", None),
    ("Сан-Хуан", None), ("Манилы", "Манила"), ("США", None), ("Парижский", "Париж"),
    ("Манилы", "Манила"), ("Дагупан", None), ("Малолос", None), ("Сан-Исидро", None),
    ("Калумпита", "Калумпит"), ("Канзаса", "Канзас"), ("Рио-Гранде-де-Пампангу", "Рио-Гранде-де-Пампанга"),
    ("Соединённым Штатам", "США"), ("Кабанатуане", "Кабанатуан"),
    ("Лусона", "Лусон"), ("Баямбанге", "Баямбанг"), ("перевале Тирад", "перевал Тирад"), ("Сан-Матео", None),
    ("Филиппинах", "Филиппины"),
    ("Паланане", "Паланан"), ("Лусона", "Лусон"), ("Сьерра-Мадре", None), ("США", None),
    ("Балангиги", "Балангига"), ("Самар", None), ("Самар", None), ("Балангига", None),
    ("провинции Батангас", "Батангас"), ("Лусоне", "Лусон"), ("Минданао", None),
]:
    place(quote, name)

# ---- events
event("подписан", "10 декабря 1898 года в Париже был подписан мирный договор, по которому Испания уступила "  # 0
      "Филиппины Соединённым Штатам", "treaty", date="10 декабря 1898 года", place="Париж",
      actors=[("Испания", "participant"), ("Соединённым Штатам", "participant")])
event("уступила", "Испания уступила Филиппины Соединённым Штатам за 20 млн долларов",  # 1
      "territorial_transfer", date="10 декабря 1898 года", place="Филиппины",
      actors=[("Испания", "agent"), ("Соединённым Штатам", "participant")],
      note="the sum is money, not an event quantity")
event("провозгласившие независимость", "Революционеры, провозгласившие независимость архипелага летом того "  # 2
      "же года", "founding", date="летом того же года", place="Филиппины",
      actors=[("Революционеры", "agent")], note="the place is the archipelago named in the sentence before")
event("отказались признать", "Революционеры, провозгласившие независимость архипелага летом того же года, "  # 3
      "отказались признать эту сделку", "non_recognition", date={"edtf": "1898-12"}, place="Филиппины",
      actors=[("Революционеры", "agent")], note="refusal of the Treaty of Paris, after 10 December 1898")
event("объявил", "21 декабря президент Уильям Мак-Кинли объявил о «благожелательной ассимиляции» островов",  # 4
      "decree", date="21 декабря", place="Филиппины",
      actors=[("президент Уильям Мак-Кинли", "agent")],
      note="the proclamation concerns the islands; the text names no other place")
event("провозглашена", "23 января 1899 года в Малолосе была провозглашена Филиппинская республика во главе с "  # 5
      "Эмилио Агинальдо", "founding", date="23 января 1899 года", place="Малолос",
      actors=[("Филиппинская республика", "participant"), ("Эмилио Агинальдо", "participant")])
event("выстрелил", "Вечером 4 февраля 1899 года рядовой Уильям Грейсон выстрелил в филиппинских солдат у "  # 6
      "моста Сан-Хуан на окраине Манилы", "attack", date="Вечером 4 февраля 1899 года", place="Сан-Хуан",
      actors=[("рядовой Уильям Грейсон", "agent"), ("филиппинских солдат", "target")],
      note="the shot itself is asserted; only whether it was an accident or a provocation is disputed")
event("перестрелка", "В ту же ночь перестрелка охватила всю линию вокруг города", "battle",  # 7
      date="В ту же ночь", place="Манила")
event("огня", "при поддержке огня кораблей адмирала Дьюи", "bombardment",  # 8
      date="на следующий день", place="Манила", actors=[("кораблей адмирала Дьюи", "agent")])
event("перешли в наступление", "на следующий день американцы при поддержке огня кораблей адмирала Дьюи "  # 9
      "перешли в наступление", "attack", date="на следующий день", place="Манила",
      actors=[("американцы", "agent")])
event("отбросили", "на следующий день американцы при поддержке огня кораблей адмирала Дьюи перешли в "  # 10
      "наступление и отбросили противника", "retreat", date="на следующий день", place="Манила",
      actors=[("противника", "agent")], note="the Filipino lines were driven back")
event("погибли", "По американским данным, погибли около 2 тыс. филиппинцев и несколько десятков американцев",  # 11
      "battle", date={"edtf": "1899-02-04/1899-02-05"}, place="Манила", assertion="reported", same_as=7,
      quantities=[qty("около 2 тыс. филиппинцев", "fatalities", 2000, approximate=True),
                  qty("несколько десятков американцев", "fatalities", None, min=20, max=90, approximate=True)],
      note="the losses of the fighting of 4-5 February, attributed to American data")
event("ратифицировал", "6 февраля Сенат США ратифицировал Парижский договор", "treaty",  # 12
      date="6 февраля", place="США", actors=[("Сенат США", "agent")],
      note="ratification of the treaty of 10 December 1898")
event("двинулась", "Весной дивизия генерала Артура Макартура двинулась из Манилы на север вдоль железной "  # 13
      "дороги на Дагупан", "attack", date="Весной", place="Манила",
      actors=[("дивизия генерала Артура Макартура", "agent")],
      note="an offensive northward from Manila")
event("заняли", "31 марта американцы заняли Малолос", "capture", date="31 марта", place="Малолос",  # 14
      actors=[("американцы", "agent")])
event("подожгли", "Малолос, который отступавшие филиппинцы частично подожгли", "looting",  # 15
      date={"edtf": "1899-03-31"}, place="Малолос", actors=[("отступавшие филиппинцы", "agent")],
      note="property destruction by the retreating defenders")
event("отступавшие", "Малолос, который отступавшие филиппинцы частично подожгли", "retreat",  # 16
      date={"edtf": "1899-03-31"}, place="Малолос", actors=[("филиппинцы", "agent")])
event("перебралось", "правительство Агинальдо перебралось в Сан-Исидро", "retreat",  # 17
      date={"edtf": "1899-03"}, place="Сан-Исидро", actors=[("правительство Агинальдо", "agent")],
      note="the place is the destination")
event("преградили", "В конце апреля у Калумпита путь американцам преградили войска генерала Антонио Луны",  # 18
      "battle", date="В конце апреля", place="Калумпит",
      actors=[("американцам", "participant"), ("войска генерала Антонио Луны", "participant")])
event("переправились", "27 апреля добровольцы из Канзаса под командой полковника Фредерика Фанстона "  # 19
      "переправились через Рио-Гранде-де-Пампангу", "attack", date="27 апреля",
      place="Рио-Гранде-де-Пампанга",
      actors=[("добровольцы из Канзаса под командой полковника Фредерика Фанстона", "agent")],
      note="an opposed river crossing")
event("взяли", "27 апреля добровольцы из Канзаса под командой полковника Фредерика Фанстона "  # 20
      "переправились через Рио-Гранде-де-Пампангу и взяли окопы", "capture", date="27 апреля",
      place="Калумпит", actors=[("добровольцы", "agent")],
      note="the entrenchments of Calumpit")
event("отступил", "Луна отступил", "retreat", date="27 апреля", place="Калумпит",  # 21
      actors=[("Луна", "agent")])
event("объявила войну", "2 июня республика объявила войну Соединённым Штатам", "political_activity",  # 22
      date="2 июня", actors=[("республика", "agent"), ("Соединённым Штатам", "target")],
      note="declaration of war; the text names no place for it")
event("убили", "через три дня в Кабанатуане солдаты охраны Агинальдо убили самого Луну", "attack",  # 23
      date="через три дня", place="Кабанатуан",
      actors=[("солдаты охраны Агинальдо", "agent"), ("Луну", "target")],
      note="the killing of General Antonio Luna by his own side's guards")
event("наступление", "Осенью американцы начали наступление на севере Лусона", "attack",  # 24
      date="Осенью", place="Лусон", actors=[("американцы", "agent")])
event("решил распустить", "В ноябре военный совет в Баямбанге решил распустить регулярную армию и перейти к "  # 25
      "партизанской войне", "decree", date="В ноябре", place="Баямбанг",
      actors=[("военный совет", "agent")])
event("сдерживал", "2 декабря на перевале Тирад генерал Грегорио дель Пилар, у которого было около 60 бойцов, "  # 26
      "несколько часов сдерживал батальон майора Пейтона Марча", "battle", date="2 декабря",
      place="перевал Тирад",
      actors=[("генерал Грегорио дель Пилар", "participant"), ("батальон майора Пейтона Марча", "participant")],
      quantities=[qty("около 60 бойцов", "participants", 60, approximate=True)])
event("отход", "прикрывая отход президента в горы", "retreat", date="2 декабря", place="перевал Тирад",  # 27
      actors=[("президента", "agent")])
event("погиб", "сам он погиб, уцелели лишь немногие", "battle", date="2 декабря", place="перевал Тирад",  # 28
      same_as=26, note="del Pilar and most of his men were killed")
event("пал", "Через семнадцать дней у Сан-Матео пал генерал Генри Лоутон", "battle",  # 29
      date="Через семнадцать дней", place="Сан-Матео", actors=[("генерал Генри Лоутон", "target")],
      note="the fight at San Mateo in which Lawton was killed")
event("стычек", "В 1900 году война распалась на сотни мелких стычек", "battle",  # 30
      date="В 1900 году", place="Филиппины", note="guerrilla war: many small clashes")
event("вырос", "Американский контингент на Филиппинах вырос примерно до 70 тыс. человек", "reinforcement",  # 31
      date="В 1900 году", place="Филиппины", actors=[("Американский контингент", "agent")],
      quantities=[qty("примерно до 70 тыс. человек", "participants", 70000, approximate=True)])
event("карательные рейды", "Американский контингент на Филиппинах вырос примерно до 70 тыс. человек и "  # 32
      "сочетал карательные рейды с уступками", "attack", date="В 1900 году", place="Филиппины",
      actors=[("Американский контингент", "agent")])
event("амнистию", "21 июня генерал Макартур объявил амнистию тем, кто сложит оружие в течение 90 дней",  # 33
      "amnesty", date="21 июня", place="Филиппины", actors=[("генерал Макартур", "agent")])
event("захватил", "23 марта 1901 года Фанстон захватил Агинальдо в Паланане", "arrest",  # 34
      date="23 марта 1901 года", place="Паланан",
      actors=[("Фанстон", "agent"), ("Агинальдо", "target")])
event("пробирался", "Его отряд, выдававший себя за партизан с пленными, больше недели пробирался туда через "  # 35
      "горы Сьерра-Мадре", "reinforcement", date={"edtf": "1901-03"}, place="Сьерра-Мадре",
      actors=[("Его отряд", "agent")], note="the march to Palanan before 23 March")
event("присягнул", "1 апреля пленник присягнул на верность США", "political_activity",  # 36
      date="1 апреля", actors=[("пленник", "agent")], note="oath of allegiance; no place given")
event("призвал", "19 апреля призвал соотечественников прекратить борьбу", "political_activity",  # 37
      date="19 апреля", note="Aguinaldo's appeal; no place given")
event("напали", "28 сентября 1901 года жители Балангиги на острове Самар во главе с Валериано Абанадором "  # 38
      "напали на роту 9-го пехотного полка: из 74 солдат погибли 48", "attack",
      date="28 сентября 1901 года", place="Балангига",
      actors=[("жители Балангиги", "agent"), ("Валериано Абанадором", "agent"),
              ("роту 9-го пехотного полка", "target")],
      quantities=[qty("74 солдат", "participants", 74), qty("48", "fatalities", 48)])
event("приказал", "генерал Джейкоб Смит, по показаниям его подчинённых, приказал превратить Самар в "  # 39
      "«воющую пустыню» и убивать всех старше десяти лет", "decree",
      date={"edtf": "1901-09/1901-10"}, place="Самар", assertion="reported",
      actors=[("генерал Джейкоб Смит", "agent")])
event("сожжена", "Балангига была сожжена", "looting", date={"edtf": "1901-09/1901-10"},  # 40
      place="Балангига", note="property destruction in reprisal")
event("прочёсывали", "каратели несколько месяцев прочёсывали остров", "suppression",  # 41
      date={"edtf": "1901-10/1902-03"}, place="Самар", actors=[("каратели", "agent")])
event("погибло", "сколько самарцев погибло, неизвестно", "attack_on_civilians",  # 42
      date={"edtf": "1901-10/1902-03"}, place="Самар", actors=[("самарцев", "target")],
      note="deaths are asserted; only their number is unknown")
event("сгонял", "В провинции Батангас генерал Франклин Белл с декабря сгонял крестьян в охраняемые лагеря",  # 43
      "deportation", date="с декабря", place="Батангас",
      actors=[("генерал Франклин Белл", "agent"), ("крестьян", "target")])
event("умерли", "где тысячи умерли от голода и болезней", "deportation",  # 44
      date={"edtf": "1901-12/1902-04"}, place="Батангас", same_as=43,
      quantities=[qty("тысячи", "fatalities", None, min=2000, max=9000, approximate=True)],
      note="deaths in the reconcentration camps")
event("сдался", "16 апреля 1902 года сдался генерал Мигель Мальвар, последний крупный командир повстанцев на "  # 45
      "Лусоне", "treaty", date="16 апреля 1902 года", place="Лусон",
      actors=[("генерал Мигель Мальвар", "agent")], note="surrender (ACLED: agreement)")
event("провозгласил", "4 июля президент Теодор Рузвельт провозгласил войну оконченной", "decree",  # 46
      date="4 июля", actors=[("президент Теодор Рузвельт", "agent")])
event("амнистию", "4 июля президент Теодор Рузвельт провозгласил войну оконченной и объявил общую амнистию",  # 47
      "amnesty", date="4 июля", actors=[("президент Теодор Рузвельт", "agent")])
event("бои", "бои с моро на Минданао", "battle", date={"edtf": "1902/1906"}, place="Минданао",  # 48
      actors=[("моро", "participant")], note="'for a few more years' after July 1902")
event("тревожили", "отряды Макарио Сакая ещё несколько лет тревожили американцев", "attack",  # 49
      date={"edtf": "1902/1906"}, place="Лусон",
      actors=[("отряды Макарио Сакая", "agent"), ("американцев", "target")],
      note="raids on Luzon (the last mention of Luzon before)")
