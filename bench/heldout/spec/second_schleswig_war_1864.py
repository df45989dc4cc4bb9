"""Gold spec for bench/heldout/second_schleswig_war_1864.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/second_schleswig_war_1864.txt"

gazetteer({
    "Шлезвиг": ("region", 54.75, 9.3, None),
    "Гольштейн": ("region", 54.2, 10.0, None),
    "Дания": ("polity", 55.68, 12.57, "Q35"),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Германский союз": ("polity", 50.11, 8.68, None),
    "Пруссия": ("polity", 52.52, 13.4, "Q27306"),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Копенгаген": ("settlement", 55.68, 12.57, "Q1748"),
    "Эйдер": ("river", 54.3, 9.66, None),
    "Даневирке": ("region", 54.49, 9.5, None),
    "Мисунде": ("settlement", 54.53, 9.72, None),
    "Эверзее": ("settlement", 54.7, 9.43, None),
    "Фленсбург": ("settlement", 54.78, 9.44, None),
    "Кольдинг": ("settlement", 55.49, 9.47, None),
    "Ютландия": ("region", 56.0, 9.2, None),
    "Дюббель": ("settlement", 54.91, 9.75, None),
    "Альс": ("region", 54.97, 9.92, None),
    "Рюген": ("region", 54.42, 13.4, None),
    "Фредерисия": ("settlement", 55.57, 9.75, None),
    "Гельголанд": ("region", 54.18, 7.89, None),
    "Альсзунд": ("sea", 54.92, 9.78, None),
    "Фюн": ("region", 55.32, 10.4, None),
    "Скаген": ("settlement", 57.72, 10.58, None),
    "Лундбю": ("settlement", 56.93, 10.07, None),
    "Вена": ("settlement", 48.21, 16.37, "Q1741"),
    "Лауэнбург": ("region", 53.65, 10.7, None),
})

# ---- dates, in reading order (the text states once that its dates are Gregorian)
date("1864 года", "1864", "year")
date("18 ноября 1863 года", "1863-11-18", "day")
date("1852 года", "1852", "year")
date("В конце декабря", "1863-12-21/1863-12-31", "interval", derivation="anchored")
date("16 января 1864 года", "1864-01-16", "day")
date("в течение 48 часов", None, None, kind="duration", duration="PT48H")
date("1 февраля", "1864-02-01", "day", derivation="anchored")
date("2 февраля", "1864-02-02", "day", derivation="anchored")
date("в ночь на 6 февраля", "1864-02-05/1864-02-06", "day", derivation="anchored")
date("В тот же день", "1864-02-06", "day", derivation="anchored", note="the day the night above ended on")
date("7 февраля", "1864-02-07", "day", derivation="anchored")
date("Вскоре", "1864-02-07/1864-03-07", "interval", kind="vague", derivation="anchored",
     note="'soon' after 7 February; taken as within a month")
date("18 февраля", "1864-02-18", "day", derivation="anchored")
date("В середине марта", "1864-03-11/1864-03-20", "interval", derivation="anchored")
date("с начала апреля", "1864-04-01/1864-04-10", "interval", derivation="anchored",
     note="start of a process that goes on")
date("17 марта", "1864-03-17", "day", derivation="anchored")
date("18 апреля", "1864-04-18", "day", derivation="anchored")
date("шестичасовой", None, None, kind="duration", duration="PT6H")
date("Тем временем", "1864-03/1864-04", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': during the Dybbøl operations, March–April")
date("20–21 марта", "1864-03-20/1864-03-21", "interval", derivation="anchored")
date("В ночь на 29 апреля", "1864-04-28/1864-04-29", "day", derivation="anchored")
date("25 апреля", "1864-04-25", "day", derivation="anchored")
date("9 мая", "1864-05-09", "day", derivation="anchored")
date("С 12 мая", "1864-05-12", "day", derivation="anchored", note="start of a state that goes on")
date("25 июня", "1864-06-25", "day", derivation="anchored")
date("на следующий день", "1864-06-26", "day", derivation="computed", note="25 June + 1 day")
date("В ночь на 29 июня", "1864-06-28/1864-06-29", "day", derivation="anchored")
date("в тот же день", "1864-06-29", "day", derivation="anchored", note="the day the night above ended on")
date("Вслед за этим", "1864-06-29/1864-07-31", "interval", kind="vague", derivation="anchored",
     note="right after the capture of Als")
date("3 июля", "1864-07-03", "day", derivation="anchored")
date("В начале июля", "1864-07-01/1864-07-10", "interval", derivation="anchored")
date("20 июля", "1864-07-20", "day", derivation="anchored")
date("1 августа", "1864-08-01", "day", derivation="anchored")
date("30 октября", "1864-10-30", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Шлезвигская", "Шлезвиг"), ("Шлезвиг", "Шлезвиг"), ("Гольштейн", "Гольштейн"),
    ("Дании", "Дания"), ("Шлезвига", "Шлезвиг"), ("Лондонского", "Лондон"),
    ("Германского союза", "Германский союз"), ("Гольштейн", "Гольштейн"),
    ("Пруссия", "Пруссия"), ("Австрия", "Австрия"), ("Копенгагену", "Копенгаген"),
    ("Эйдер", "Эйдер"), ("Даневирке", "Даневирке"), ("Мисунде", "Мисунде"),
    ("Даневирке", "Даневирке"), ("Эверзее", "Эверзее"), ("Фленсбург", "Фленсбург"),
    ("Кольдинг", "Кольдинг"), ("Ютландии", "Ютландия"),
    ("Дюббеля", "Дюббель"), ("Альс", "Альс"), ("Рюген", "Рюген"), ("дюббельские", "Дюббель"),
    ("Альс", "Альс"), ("Фредерисию", "Фредерисия"),
    ("Лондоне", "Лондон"), ("Гельголанда", "Гельголанд"), ("Шлезвига", "Шлезвиг"),
    ("Альсзунд", "Альсзунд"), ("Альсе", "Альс"), ("Фюн", "Фюн"), ("Ютландию", "Ютландия"),
    ("Скагена", "Скаген"), ("Лундбю", "Лундбю"), ("Вене", "Вена"),
    ("Дания", "Дания"), ("Шлезвиг", "Шлезвиг"), ("Гольштейн", "Гольштейн"),
    ("Лауэнбург", "Лауэнбург"), ("Пруссии", "Пруссия"), ("Австрии", "Австрия"),
]:
    place(quote, name)

# ---- events
event("война", "Вторая Шлезвигская война 1864 года", "battle",  # 0
      date="1864 года", place="Шлезвиг", note="the war as a whole")
event("подписал", "18 ноября 1863 года король Кристиан IX подписал общую конституцию для Дании и "  # 1
      "Шлезвига", "decree", date="18 ноября 1863 года", place="Дания",
      actors=[("король Кристиан IX", "agent")], note="a constitution for Denmark and Schleswig")
event("протокола", "нарушение Лондонского протокола 1852 года", "treaty",  # 2
      date="1852 года", place="Лондон", note="an earlier treaty, named as the one said to be broken")
event("заняли", "В конце декабря саксонские и ганноверские войска Германского союза без сопротивления "  # 3
      "заняли Гольштейн", "occupation", date="В конце декабря", place="Гольштейн",
      actors=[("саксонские и ганноверские войска Германского союза", "agent")])
event("ультиматум", "16 января 1864 года Пруссия и Австрия предъявили Копенгагену ультиматум",  # 4
      "political_activity", date="16 января 1864 года", place="Копенгаген",
      actors=[("Пруссия", "agent"), ("Австрия", "agent"), ("Копенгагену", "target")])
event("перешли", "1 февраля около 60 тыс. прусских и австрийских солдат под началом престарелого "  # 5
      "фельдмаршала Врангеля перешли пограничную реку Эйдер", "attack", date="1 февраля", place="Эйдер",
      actors=[("прусских и австрийских солдат", "agent")],
      quantities=[qty("около 60 тыс. прусских и австрийских солдат", "participants", 60000, approximate=True)],
      note="the invasion of Schleswig")
event("ждала противника", "Датская армия генерала де Меза, насчитывавшая около 40 тыс. человек, ждала "  # 6
      "противника за древним валом Даневирке", "reinforcement", date="1 февраля", place="Даневирке",
      actors=[("Датская армия генерала де Меза", "agent")],
      quantities=[qty("около 40 тыс. человек", "participants", 40000, approximate=True)],
      note="the Danish army deployed on the Danevirke line when the invasion began")
event("попытались прорваться", "2 февраля пруссаки попытались прорваться у Мисунде, но были отбиты",  # 7
      "attack", date="2 февраля", place="Мисунде", assertion="failed", actors=[("пруссаки", "agent")])
event("оставил", "де Меза по решению военного совета в ночь на 6 февраля оставил Даневирке и отвёл "  # 8
      "армию на север", "retreat", date="в ночь на 6 февраля", place="Даневирке",
      actors=[("де Меза", "agent")], note="the place is the position abandoned")
event("бою", "В тот же день австрийцы настигли датский арьергард при Эверзее и в упорном бою оттеснили его",  # 9
      "battle", date="В тот же день", place="Эверзее",
      actors=[("австрийцы", "agent"), ("датский арьергард", "target")])
event("вступили", "7 февраля союзники вступили во Фленсбург", "occupation",  # 10
      date="7 февраля", place="Фленсбург", actors=[("союзники", "agent")])
event("сместило", "Вскоре раздражённое правительство сместило де Меза", "political_activity",  # 11
      date="Вскоре", actors=[("раздражённое правительство", "agent"), ("де Меза", "target")],
      note="dismissal of the commander-in-chief")
event("назначив", "Вскоре раздражённое правительство сместило де Меза, назначив главнокомандующим "  # 12
      "генерала Герлаха", "political_activity", date="Вскоре",
      actors=[("раздражённое правительство", "agent"), ("генерала Герлаха", "participant")],
      note="appointment")
event("заняли", "18 февраля прусские гвардейцы заняли Кольдинг", "capture",  # 13
      date="18 февраля", place="Кольдинг", actors=[("прусские гвардейцы", "agent")])
event("укрылись", "Главные силы датчан укрылись на укреплённой позиции у Дюббеля", "retreat",  # 14
      date={"edtf": "1864-02"}, place="Дюббель", actors=[("Главные силы датчан", "agent")], same_as=8,
      note="where the army withdrawn from the Danevirke went")
event("обстреливать", "В середине марта пруссаки принца Фридриха Карла начали обстреливать редуты",  # 15
      "bombardment", date="В середине марта", place="Дюббель",
      actors=[("пруссаки принца Фридриха Карла", "agent")])
event("осаду", "В середине марта пруссаки принца Фридриха Карла начали обстреливать редуты, а с начала "  # 16
      "апреля повели правильную осаду", "siege", date="с начала апреля", place="Дюббель",
      actors=[("пруссаки принца Фридриха Карла", "agent")])
event("потеснила", "17 марта у острова Рюген датская эскадра потеснила прусские корабли", "battle",  # 17
      date="17 марта", place="Рюген",
      actors=[("датская эскадра", "agent"), ("прусские корабли", "target")])
event("бомбардировки", "18 апреля, после шестичасовой бомбардировки, прусская пехота штурмом взяла "  # 18
      "дюббельские укрепления", "bombardment", date="18 апреля", place="Дюббель",
      note="a six-hour barrage before the storm")
event("штурмом взяла", "18 апреля, после шестичасовой бомбардировки, прусская пехота штурмом взяла "  # 19
      "дюббельские укрепления", "capture", date="18 апреля", place="Дюббель",
      actors=[("прусская пехота", "agent")],
      quantities=[qty("Около 700 датчан", "fatalities", 700, approximate=True),
                  qty("более 3 тыс.", "prisoners", 3000, min=3000, approximate=True),
                  qty("около 260 человек", "fatalities", 260, approximate=True),
                  qty("около 900", "wounded", 900, approximate=True)],
      note="the counts are in the next sentence: Danish killed and prisoners, Prussian killed and wounded")
event("переправились", "Уцелевшие защитники переправились на Альс", "retreat",  # 20
      date="18 апреля", place="Альс", actors=[("Уцелевшие защитники", "agent")],
      note="the place is the destination")
event("обложили", "Тем временем союзники обложили крепость Фредерисию", "siege",  # 21
      date="Тем временем", place="Фредерисия", actors=[("союзники", "agent")])
event("бомбардировке", "союзники обложили крепость Фредерисию и 20–21 марта подвергли её бомбардировке",  # 22
      "bombardment", date="20–21 марта", place="Фредерисия", actors=[("союзники", "agent")])
event("эвакуировался", "В ночь на 29 апреля гарнизон тайно эвакуировался морем", "retreat",  # 23
      date="В ночь на 29 апреля", place="Фредерисия", actors=[("гарнизон", "agent")])
event("вошли", "В ночь на 29 апреля гарнизон тайно эвакуировался морем, и австрийцы вошли в опустевшую "  # 24
      "крепость", "occupation", date="В ночь на 29 апреля", place="Фредерисия",
      actors=[("австрийцы", "agent")])
event("открылась конференция", "25 апреля в Лондоне открылась конференция великих держав", "negotiations",  # 25
      date="25 апреля", place="Лондон", actors=[("великих держав", "participant")])
event("вступила в бой", "9 мая у Гельголанда австрийская эскадра Тегетгофа вступила в бой с датскими "  # 26
      "фрегатами", "battle", date="9 мая", place="Гельголанд",
      actors=[("австрийская эскадра Тегетгофа", "participant"), ("датскими фрегатами", "participant")])
event("ушла", "9 мая у Гельголанда австрийская эскадра Тегетгофа вступила в бой с датскими фрегатами и, "  # 27
      "получив тяжёлые повреждения, ушла в нейтральные воды", "retreat", date="9 мая", place="Гельголанд",
      actors=[("австрийская эскадра Тегетгофа", "agent")])
event("перемирие", "С 12 мая действовало перемирие", "treaty", date="С 12 мая")  # 28
event("споры", "споры о разделе Шлезвига по национальному признаку так ничем и не кончились",  # 29
      "negotiations", date={"edtf": "1864-05-12/1864-06-25"}, place="Лондон", assertion="failed",
      same_as=25, note="the talks at the London conference; Schleswig is their subject, not their place")
event("разошлась", "25 июня конференция разошлась", "negotiations",  # 30
      date="25 июня", place="Лондон", same_as=25)
event("возобновились", "на следующий день боевые действия возобновились", "battle",  # 31
      date="на следующий день", note="resumption of hostilities")
event("высадились", "В ночь на 29 июня прусские батальоны на лодках пересекли пролив Альсзунд и "  # 32
      "высадились на Альсе", "attack", date="В ночь на 29 июня", place="Альс",
      actors=[("прусские батальоны", "agent")], note="crossing of the Alssund and landing")
event("овладели", "а в тот же день овладели всем островом", "capture",  # 33
      date="в тот же день", place="Альс",
      quantities=[qty("более 2 тыс. пленных", "prisoners", 2000, min=2000, approximate=True)],
      note="the prisoner count is in the next sentence")
event("переправились", "Датчане, оставив противнику более 2 тыс. пленных, переправились на Фюн", "retreat",  # 34
      date={"edtf": "1864-06-29/1864-06-30"}, place="Фюн", actors=[("Датчане", "agent")],
      note="the place is the destination")
event("заняли", "Вслед за этим союзники заняли всю Ютландию вплоть до Скагена", "occupation",  # 35
      date="Вслед за этим", place="Ютландия", actors=[("союзники", "agent")])
event("заняли", "Вслед за этим союзники заняли всю Ютландию вплоть до Скагена", "occupation",  # 36
      date="Вслед за этим", place="Скаген", actors=[("союзники", "agent")])
event("атаковала", "3 июля у Лундбю датская рота атаковала прусский отряд, но была рассеяна огнём",  # 37
      "attack", date="3 июля", place="Лундбю", assertion="failed",
      actors=[("датская рота", "agent"), ("прусский отряд", "target")])
event("пал", "В начале июля пал кабинет Монрада", "political_activity",  # 38
      date="В начале июля", actors=[("кабинет Монрада", "participant")], note="fall of the government")
event("запросило мира", "новое правительство запросило мира", "negotiations",  # 39
      date="В начале июля", actors=[("новое правительство", "agent")])
event("перемирие", "20 июля вступило в силу перемирие", "treaty", date="20 июля")  # 40
event("подписаны", "1 августа в Вене были подписаны предварительные условия", "treaty",  # 41
      date="1 августа", place="Вена", note="preliminary peace")
event("заключили окончательный мир", "30 октября там же заключили окончательный мир", "treaty",  # 42
      date="30 октября", place="Вена")
for land in ("Шлезвиг", "Гольштейн", "Лауэнбург"):  # 43, 44, 45
    event("уступила", "Дания уступила Шлезвиг, Гольштейн и Лауэнбург Пруссии и Австрии",
          "territorial_transfer", date="30 октября", place=land,
          actors=[("Дания", "agent"), ("Пруссии", "participant"), ("Австрии", "participant")])
