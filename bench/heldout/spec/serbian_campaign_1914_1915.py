"""Gold spec for bench/heldout/serbian_campaign_1914_1915.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style (Gregorian); all values are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/serbian_campaign_1914_1915.txt"

gazetteer({
    "Австро-Венгрия": ("polity", 48.21, 16.37, "Q28513"),
    "Сербия": ("polity", 44.02, 20.91, "Q403"),
    "Дунай": ("river", 44.83, 20.45, "Q1653"),
    "Землин": ("settlement", 44.845, 20.40, None, "Земун"),
    "Белград": ("settlement", 44.82, 20.46, "Q3711"),
    "Ниш": ("settlement", 43.32, 21.90, None),
    "Дрина": ("river", 44.50, 19.20, None),
    "Сава": ("river", 44.77, 19.70, None),
    "Шабац": ("settlement", 44.75, 19.69, None),
    "Цер": ("mountain", 44.62, 19.45, None),
    "Мачва": ("region", 44.80, 19.50, None),
    "Срем": ("region", 45.05, 19.80, None),
    "Митровица": ("settlement", 44.97, 19.61, None, "Сремска-Митровица"),
    "Гучево": ("mountain", 44.48, 19.26, None),
    "Мачков Камень": ("mountain", 44.33, 19.30, None),
    "Валево": ("settlement", 44.27, 19.89, None),
    "Колубара": ("river", 44.40, 20.15, None),
    "Сувобор": ("mountain", 44.13, 20.20, None),
    "Болгария": ("polity", 42.70, 23.32, "Q219"),
    "Германия": ("polity", 52.52, 13.40, "Q183"),
    "Салоники": ("settlement", 40.64, 22.94, None),
    "Скопье": ("settlement", 42.00, 21.43, None),
    "Ускюб": ("settlement", 42.00, 21.43, None, "Скопье"),
    "Вардар": ("river", 41.72, 21.80, None),
    "Крагуевац": ("settlement", 44.01, 20.92, None),
    "Косово поле": ("region", 42.65, 21.10, None),
    "Албания": ("polity", 41.30, 19.80, "Q222"),
    "Черногория": ("polity", 42.39, 18.92, "Q236"),
    "Адриатическое море": ("sea", 42.00, 18.50, None),
    "Скутари": ("settlement", 42.07, 19.51, None, "Шкодер"),
    "Шкодер": ("settlement", 42.07, 19.51, None),
    "Дураццо": ("settlement", 41.32, 19.45, None, "Дуррес"),
    "Греция": ("polity", 39.0, 22.0, "Q41"),
    "Корфу": ("region", 39.62, 19.92, None),
    "Видо": ("region", 39.64, 19.92, None),
})

# ---- dates, in reading order
date("1914–1915 годов", "1914/1915", "interval")
date("28 июля 1914 года", "1914-07-28", "day")
date("в ночь на 29 июля", "1914-07-28/1914-07-29", "day", derivation="anchored")
date("ещё раньше", "1914-07/1914-07-28", "interval", kind="vague", derivation="anchored",
     note="before the declaration of war of 28 July; the month is the narrative's")
date("надолго", None, None, kind="duration", note="unquantified: for a long time")
date("12 августа", "1914-08-12", "day", derivation="anchored")
date("В ночь на 16 августа", "1914-08-15/1914-08-16", "day", derivation="anchored")
date("несколько дней", None, None, kind="duration", note="unquantified: a few days")
date("к 24 августа", "1914-08-24", "day", derivation="anchored", note="'by 24 August'")
date("В начале сентября", "1914-09-01/1914-09-10", "interval", derivation="anchored")
date("6 сентября", "1914-09-06", "day", derivation="anchored")
date("Почти одновременно", "1914-09-04/1914-09-08", "interval", kind="vague", derivation="anchored",
     note="'almost at the same time' as 6 September")
date("около шести недель", None, None, kind="duration", duration="P6W", note="approximate")
date("В ноябре", "1914-11", "month", derivation="anchored")
date("15 ноября", "1914-11-15", "day", derivation="anchored")
date("В конце месяца", "1914-11-21/1914-11-30", "interval", derivation="anchored")
date("2 декабря", "1914-12-02", "day", derivation="anchored")
date("Тогда же", "1914-12", "month", kind="vague", derivation="anchored",
     note="'at the same time' as the entry into Belgrade on 2 December")
date("3 декабря", "1914-12-03", "day", derivation="anchored")
date("Через несколько дней", "1914-12-05/1914-12-13", "interval", derivation="computed",
     note="3 December + a few days")
date("15 декабря", "1914-12-15", "day", derivation="anchored")
date("Вскоре", "1914-12-15/1915-01-15", "interval", kind="vague", derivation="anchored",
     note="soon after the retaking of Belgrade on 15 December")
date("Зимой 1914–1915 годов", "1914-12/1915-02", "season")
date("Осенью 1915 года", "1915-23", "season")
date("6 сентября", "1915-09-06", "day", derivation="anchored")
date("6 октября", "1915-10-06", "day", derivation="anchored")
date("на следующий день", "1915-10-07", "day", derivation="computed", note="6 October + 1 day")
date("9 октября", "1915-10-09", "day", derivation="anchored")
date("14 октября", "1915-10-14", "day", derivation="anchored")
date("22 октября", "1915-10-22", "day", derivation="anchored")
date("В начале ноября", "1915-11-01/1915-11-10", "interval", derivation="anchored")
date("5 ноября", "1915-11-05", "day", derivation="anchored")
date("в конце ноября", "1915-11-21/1915-11-30", "interval", derivation="anchored")
date("В декабре", "1915-12", "month", derivation="anchored")
date("В январе 1916 года", "1916-01", "month")
date("за шесть недель", None, None, kind="duration", duration="P6W")

# ---- places, in reading order
for quote, name in [
    ("Австро-Венгрия", None), ("Сербии", "Сербия"), ("дунайские", "Дунай"), ("Землина", "Землин"),
    ("Белграду", "Белград"), ("Ниш", None),
    ("Дрину", "Дрина"), ("Саву", "Сава"), ("Шабаца", "Шабац"), ("Цер", None), ("Дрину", "Дрина"),
    ("Мачвы", "Мачва"),
    ("Срем", None), ("Саву", "Сава"), ("Митровицы", "Митровица"), ("Дрину", "Дрина"),
    ("Гучеве", "Гучево"), ("Мачковом Камне", "Мачков Камень"),
    ("Валево", None), ("Колубару", "Колубара"), ("Белград", None), ("Нише", "Ниш"),
    ("Сувобора", "Сувобор"), ("Валево", None), ("Белград", None), ("Колубарской", "Колубара"),
    ("Болгария", None), ("Германией", "Германия"), ("Австро-Венгрией", "Австро-Венгрия"),
    ("Сербии", "Сербия"), ("Дунай", None), ("Саву", "Сава"), ("Белград", None),
    ("Болгария", None), ("Ниш", None), ("Салоники", None), ("Скопье", None), ("Ускюб", None),
    ("Салониках", "Салоники"), ("Вардара", "Вардар"), ("Крагуевац", None), ("Ниш", None),
    ("Косовом поле", "Косово поле"), ("Албании", "Албания"), ("Черногории", "Черногория"),
    ("Адриатике", "Адриатическое море"),
    ("Скутари", None), ("Шкодера", "Шкодер"), ("Дураццо", None), ("Греции", "Греция"), ("Корфу", None),
    ("Видо", None),
]:
    place(quote, name)

# ---- events
event("объявила войну", "28 июля 1914 года Австро-Венгрия объявила войну Сербии", "political_activity",  # 0
      date="28 июля 1914 года", actors=[("Австро-Венгрия", "agent"), ("Сербии", "target")],
      note="declaration of war")
event("открыли огонь", "в ночь на 29 июля дунайские мониторы и батареи из Землина открыли огонь по Белграду",  # 1
      "bombardment", date="в ночь на 29 июля", place="Белград",
      actors=[("дунайские мониторы", "agent"), ("батареи из Землина", "agent"), ("Белграду", "target")])
event("перебралось", "Правительство королевства ещё раньше перебралось в Ниш", "political_activity",  # 2
      date="ещё раньше", place="Ниш", actors=[("Правительство королевства", "agent")],
      note="the government moved its seat away from the frontier")
event("под обстрелом", "пограничная столица надолго оказалась под обстрелом", "bombardment",  # 3
      date={"edtf": "1914-07-29/1914-11-30"}, place="Белград", same_as=1,
      actors=[("пограничная столица", "target")],
      note="continuing shelling until the city was abandoned at the end of November")
event("форсировали", "12 августа войска генерала Потиорека форсировали Дрину", "attack",  # 4
      date="12 августа", place="Дрина", actors=[("войска генерала Потиорека", "agent")],
      note="the invasion of Serbia across the Drina")
event("переправились", "12 августа войска генерала Потиорека форсировали Дрину, а другие части "  # 5
      "переправились через Саву у Шабаца", "attack", date="12 августа", place="Шабац",
      actors=[("другие части", "agent")])
event("сражение", "В ночь на 16 августа на склонах горы Цер завязалось встречное сражение", "battle",  # 6
      date="В ночь на 16 августа", place="Цер")
event("атаки", "Войска Степы Степановича несколько дней отбивали атаки", "attack",  # 7
      date={"edtf": "1914-08-16/1914-08-20"}, place="Цер", assertion="failed",
      actors=[("Войска Степы Степановича", "target")],
      note="Austro-Hungarian attacks beaten off for a few days from 16 August")
event("опрокинули", "Войска Степы Степановича несколько дней отбивали атаки, затем опрокинули противника",  # 8
      "attack", date={"edtf": "1914-08-16/1914-08-24"}, place="Цер",
      actors=[("Войска Степы Степановича", "agent"), ("противника", "target")])
event("ушли", "к 24 августа последние австро-венгерские части ушли за Дрину", "retreat",  # 9
      date="к 24 августа", place="Дрина", actors=[("последние австро-венгерские части", "agent")])
event("расправ", "В сёлах Мачвы обнаружились следы расправ над крестьянами", "massacre",  # 10
      date={"edtf": "1914-08-12/1914-08-24"}, place="Мачва", actors=[("крестьянами", "target")],
      note="during the August invasion")
event("убито", "по сербским данным, было убито от 3 до 4 тыс. мирных жителей", "massacre",  # 11
      date={"edtf": "1914-08-12/1914-08-24"}, place="Мачва", assertion="reported", same_as=10,
      actors=[("мирных жителей", "target")],
      quantities=[qty("от 3 до 4 тыс. мирных жителей", "fatalities", None, min=3000, max=4000,
                      approximate=True)])
event("перенести войну", "В начале сентября сербы попытались перенести войну в Срем", "attack",  # 12
      date="В начале сентября", place="Срем", assertion="failed", actors=[("сербы", "agent")])
event("переправившаяся", "Тимокская дивизия, переправившаяся через Саву у Митровицы, 6 сентября была "  # 13
      "отброшена с тяжёлыми потерями", "attack", date="6 сентября", place="Митровица",
      assertion="failed", same_as=12, actors=[("Тимокская дивизия", "agent")])
event("отброшена", "Тимокская дивизия, переправившаяся через Саву у Митровицы, 6 сентября была "  # 14
      "отброшена с тяжёлыми потерями", "retreat", date="6 сентября", place="Митровица",
      actors=[("Тимокская дивизия", "agent")])
event("наступление", "Почти одновременно Потиорек начал второе наступление через Дрину", "attack",  # 15
      date="Почти одновременно", place="Дрина", actors=[("Потиорек", "agent")])
event("Бои", "Бои на Гучеве и Мачковом Камне длились около шести недель", "battle",  # 16
      date={"edtf": "1914-09/1914-10"}, place="Гучево")
event("Бои", "Бои на Гучеве и Мачковом Камне длились около шести недель", "battle",  # 17
      date={"edtf": "1914-09/1914-10"}, place="Мачков Камень")
event("натиск", "В ноябре австрийцы возобновили натиск", "attack",  # 18
      date="В ноябре", actors=[("австрийцы", "agent")])
event("пал", "15 ноября пал Валево", "capture", date="15 ноября", place="Валево")  # 19
event("отошли", "15 ноября пал Валево, и сербы, испытывавшие острую нехватку снарядов, отошли за Колубару",  # 20
      "retreat", date="15 ноября", place="Колубара", actors=[("сербы", "agent")])
event("оставить", "В конце месяца командование решило оставить Белград без боя", "retreat",  # 21
      date="В конце месяца", place="Белград", actors=[("командование", "agent")])
event("вступил", "2 декабря противник торжественно вступил в город", "occupation",  # 22
      date="2 декабря", place="Белград", actors=[("противник", "agent")],
      note="the city was entered without a fight")
event("объявила", "Тогда же Скупщина в Нише объявила целью войны объединение сербов, хорватов и словенцев",  # 23
      "political_activity", date="Тогда же", place="Ниш", actors=[("Скупщина", "agent")],
      note="the Niš declaration of war aims")
event("контрнаступление", "3 декабря 1-я армия Живоина Мишича, получив боеприпасы, перешла в "  # 24
      "контрнаступление с Сувобора", "attack", date="3 декабря", place="Сувобор",
      actors=[("1-я армия Живоина Мишича", "agent")])
event("вернули", "Через несколько дней сербы вернули Валево", "recapture",  # 25
      date="Через несколько дней", place="Валево", actors=[("сербы", "agent")])
event("вошли", "Через несколько дней сербы вернули Валево, а 15 декабря вновь вошли в Белград",  # 26
      "recapture", date="15 декабря", place="Белград", actors=[("сербы", "agent")])
event("битвы", "По сербским сводкам, за время Колубарской битвы было взято более 40 тыс. пленных",  # 27
      "battle", date={"edtf": "1914-11-15/1914-12-15"}, place="Колубара",
      quantities=[qty("более 40 тыс. пленных", "prisoners", 40000, min=40000, approximate=True)],
      note="the battle is asserted; only the prisoner count is attributed to Serbian reports")
event("отстранён", "Вскоре Потиорек был отстранён от командования", "political_activity",  # 28
      date="Вскоре", actors=[("Потиорек", "target")], note="dismissal of a commander")
event("подписала договор", "6 сентября Болгария подписала договор с Германией и Австро-Венгрией",  # 29
      "treaty", date="6 сентября", actors=[("Болгария", "participant"), ("Германией", "participant"),
                                          ("Австро-Венгрией", "participant")])
event("огонь", "6 октября германские и австро-венгерские армии под командованием Августа фон Макензена "  # 30
      "обрушили на сербские позиции массированный огонь", "bombardment", date="6 октября",
      actors=[("германские и австро-венгерские армии", "agent"), ("сербские позиции", "target")])
event("форсировали", "6 октября германские и австро-венгерские армии под командованием Августа фон "  # 31
      "Макензена обрушили на сербские позиции массированный огонь, а на следующий день форсировали Дунай и Саву",
      "attack", date="на следующий день", place="Дунай",
      actors=[("германские и австро-венгерские армии", "agent")])
event("форсировали", "6 октября германские и австро-венгерские армии под командованием Августа фон "  # 32
      "Макензена обрушили на сербские позиции массированный огонь, а на следующий день форсировали Дунай и Саву",
      "attack", date="на следующий день", place="Сава",
      actors=[("германские и австро-венгерские армии", "agent")])
event("боёв", "После уличных боёв 9 октября Белград пал", "battle",  # 33
      date={"edtf": "1915-10-07/1915-10-09"}, place="Белград")
event("пал", "После уличных боёв 9 октября Белград пал", "capture", date="9 октября", place="Белград")  # 34
event("начала войну", "14 октября Болгария начала войну", "political_activity",  # 35
      date="14 октября", actors=[("Болгария", "agent")], note="entry into the war")
event("двинулась", "Её 1-я армия двинулась на Ниш", "attack", date="14 октября", place="Ниш",  # 36
      actors=[("1-я армия", "agent")])
event("перерезала", "а 2-я перерезала железную дорогу на Салоники", "attack",  # 37
      date={"edtf": "1915-10-14/1915-10-22"}, actors=[("2-я", "agent")],
      note="the railway was cut somewhere in the south of Serbia; Salonika is only its direction")
event("заняла", "а 2-я перерезала железную дорогу на Салоники и 22 октября заняла Скопье (Ускюб)",  # 38
      "capture", date="22 октября", place="Скопье", actors=[("2-я", "agent")])
event("Высадившиеся", "Высадившиеся в Салониках англо-французские войска", "reinforcement",  # 39
      date={"edtf": "1915-10"}, place="Салоники", actors=[("англо-французские войска", "agent")])
event("пытались пробиться", "англо-французские войска пытались пробиться на соединение с сербами по "  # 40
      "долине Вардара, но были остановлены", "attack", date={"edtf": "1915-10/1915-11"}, place="Вардар",
      assertion="failed", actors=[("англо-французские войска", "agent")])
event("пал", "В начале ноября пал Крагуевац", "capture", date="В начале ноября", place="Крагуевац")  # 41
event("вошли", "а 5 ноября болгары вошли в Ниш", "capture", date="5 ноября", place="Ниш",  # 42
      actors=[("болгары", "agent")])
event("отступать", "Зажатая на Косовом поле сербская армия отказалась капитулировать, и в конце ноября был "
      "отдан приказ отступать через горы Албании и Черногории к Адриатике",  # 43
      "retreat", date="в конце ноября", place="Албания", actors=[("сербская армия", "agent")])
event("отступать", "Зажатая на Косовом поле сербская армия отказалась капитулировать, и в конце ноября был "
      "отдан приказ отступать через горы Албании и Черногории к Адриатике",  # 44
      "retreat", date="в конце ноября", place="Черногория", actors=[("сербская армия", "agent")])
event("беженцы", "Вместе с войсками шли беженцы", "flight",  # 45
      date={"edtf": "1915-11-21/1915-12-31"}, place="Албания", actors=[("беженцы", "participant")],
      note="alongside the army's retreat through Albania and Montenegro")
event("шли", "Вместе с войсками шли беженцы, около 20 тыс. пленных австрийцев и престарелый король Пётр I",  # 46
      "retreat", date={"edtf": "1915-11-21/1915-12-31"}, place="Албания", same_as=43,
      actors=[("войсками", "agent"), ("король Пётр I", "participant")],
      quantities=[qty("около 20 тыс. пленных австрийцев", "prisoners", 20000, approximate=True)])
event("нападения", "нападения албанских отрядов", "attack",  # 47
      date={"edtf": "1915-11-21/1915-12-31"}, place="Албания",
      actors=[("албанских отрядов", "agent")], note="attacks on the retreating columns")
event("унесли", "Голод, морозы и нападения албанских отрядов унесли десятки тысяч жизней", "retreat",  # 48
      date={"edtf": "1915-11-21/1915-12-31"}, place="Албания", same_as=43,
      quantities=[qty("десятки тысяч жизней", "fatalities", None, min=20000, max=90000, approximate=True)],
      note="deaths on the retreat, from hunger, frost and attacks")
event("погибших", "встречающуюся цифру в 200 тыс. погибших многие историки считают завышенной", "retreat",  # 49
      date={"edtf": "1915-11-21/1915-12-31"}, place="Албания", assertion="disputed", same_as=43,
      quantities=[qty("200 тыс. погибших", "fatalities", 200000)],
      note="the figure is doubted by the text; the deaths themselves are asserted")
event("вышли", "В декабре измученные колонны вышли к побережью у Скутари (Шкодера) и Дураццо", "retreat",  # 50
      date="В декабре", place="Скутари", actors=[("измученные колонны", "agent")])
event("вышли", "В декабре измученные колонны вышли к побережью у Скутари (Шкодера) и Дураццо", "retreat",  # 51
      date="В декабре", place="Дураццо", actors=[("измученные колонны", "agent")])
event("заняли", "В январе 1916 года французы без согласия нейтральной Греции заняли Корфу", "occupation",  # 52
      date="В январе 1916 года", place="Корфу", actors=[("французы", "agent")])
event("перевезли", "союзные суда за шесть недель перевезли туда более 140 тыс. сербских солдат", "retreat",  # 53
      date={"edtf": "1916-01/1916-02"}, place="Корфу",
      actors=[("союзные суда", "agent"), ("сербских солдат", "participant")],
      quantities=[qty("более 140 тыс. сербских солдат", "participants", 140000, min=140000, approximate=True)],
      note="evacuation by sea to Corfu, January 1916 + six weeks")
