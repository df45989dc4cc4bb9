"""Gold spec for annalist/examples/turkestan_1916.txt (hand-coded; build with bench/gold/build_gold.py).

The narrative dates events in the Julian calendar (Old Style), as Russian sources of 1916 do: day and
month values are converted to Gregorian (+13 days) and the conversion is stated in each note.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "annalist/examples/turkestan_1916.txt"

OS = "Old Style (Julian) {} = {} Gregorian"
OS_CONTEXT = "Old Style by the narrative's convention: {} Julian = {} Gregorian"

gazetteer({
    "Туркестан": ("region", 41.0, 66.0, None),
    "Степной край": ("region", 50.5, 73.0, None),
    "Ходжент": ("settlement", 40.28, 69.62, None, "Худжанд"),
    "Ташкент": ("settlement", 41.31, 69.28, "Q269"),
    "Джизакский уезд": ("region", 40.3, 67.6, None),
    "Джизак": ("settlement", 40.12, 67.84, None),
    "Семиреченская область": ("region", 44.0, 77.5, None),
    "Пишпекский уезд": ("region", 42.9, 74.6, None),
    "Пржевальский уезд": ("region", 42.3, 78.0, None),
    "Токмак": ("settlement", 42.84, 75.3, None),
    "Пржевальск": ("settlement", 42.49, 78.39, None, "Каракол"),
    "Тургайская область": ("region", 49.5, 64.0, None),
    "Тургай": ("settlement", 49.63, 63.5, None),
    "Семиречье": ("region", 44.0, 77.5, None),
    "Китай": ("polity", 35.0, 103.0, "Q148"),
})

# ---- dates, in reading order
date("1916 года", "1916", "year")
date("от 25 июня 1916 года", "1916-07-08", "day", note=OS.format("25 June 1916", "8 July 1916"))
date("в разгар полевых работ", "1916-22", "season", kind="vague", derivation="inferred",
     note="the height of field work: summer")
date("4 июля", "1916-07-17", "day", derivation="anchored", note=OS.format("4 July", "17 July"))
date("11 июля", "1916-07-24", "day", derivation="anchored", note=OS.format("11 July", "24 July"))
date("13 июля", "1916-07-26", "day", derivation="anchored", note=OS.format("13 July", "26 July"))
date("26 июля", "1916-07-26", "day", derivation="anchored", note="the text's own New Style equivalent")
date("к концу июля", "1916-08-03/1916-08-13", "interval", derivation="anchored",
     note=OS_CONTEXT.format("21–31 July", "3–13 August"))
date("В августе", "1916-08-14/1916-09-13", "month", derivation="anchored",
     note=OS_CONTEXT.format("August", "14 August – 13 September"))
date("В середине месяца", "1916-08-24/1916-09-02", "interval", derivation="anchored",
     note=OS_CONTEXT.format("11–20 August", "24 August – 2 September"))
date("Одновременно", "1916-08-14/1916-09-13", "month", kind="vague", derivation="anchored",
     note="at the same time as the August rising in Semirechye")
date("в конце октября", "1916-11-03/1916-11-13", "interval", derivation="anchored",
     note=OS_CONTEXT.format("21–31 October", "3–13 November"))
date("22 июля", "1916-08-04", "day", derivation="anchored", note=OS.format("22 July", "4 August"))
date("В течение сентября и октября", "1916-09-14/1916-11-13", "interval", derivation="anchored",
     note=OS_CONTEXT.format("September–October", "14 September – 13 November"))
date("годами", None, None, kind="duration", note="unquantified: for years")
date("Зимой 1916/17 года", "1916-12/1917-02", "season", note="season precision: calendar shift ignored")
date("к тому времени", "1916-07/1917-02", "interval", kind="vague", derivation="anchored",
     note="by the winter of 1916/17")
date("в 1917-м", "1917", "year")
date("в 20-х годах", "192X", "decade", derivation="anchored", note="century from the narrative")

# ---- places, in reading order
for quote, name in [
    ("Туркестане", "Туркестан"), ("Степном крае", "Степной край"), ("Туркестана", "Туркестан"),
    ("Степного края", "Степной край"), ("Ходженте", "Ходжент"), ("Ташкента", "Ташкент"),
    ("Джизакском уезде", "Джизакский уезд"), ("Джизак", "Джизак"),
    ("Семиреченскую область", "Семиреченская область"), ("Пишпекском", "Пишпекский уезд"),
    ("Пржевальском", "Пржевальский уезд"), ("Токмак", "Токмак"), ("Пржевальск", "Пржевальск"),
    ("Тургайской области", "Тургайская область"), ("Тургай", "Тургай"),
    ("Семиречье", "Семиречье"), ("Китай", "Китай"),
]:
    place(quote, name)

# ---- events
event("указ", "высочайший указ от 25 июня 1916 года (по старому стилю) о привлечении «инородческого» мужского "  # 0
      "населения в возрасте от 19 до 43 лет к тыловым работам в районе действующей армии", "decree",
      date="от 25 июня 1916 года", actors=[("«инородческого» мужского населения", "target")])
event("выступила", "4 июля (ст. ст.) в Ходженте толпа выступила против составления списков", "protest",  # 1
      date="4 июля", place="Ходжент", actors=[("толпа", "agent")])
event("открыла огонь", "в Ходженте толпа выступила против составления списков, и полиция открыла огонь",  # 2
      "attack_on_civilians", date="4 июля", place="Ходжент", actors=[("полиция", "agent"), ("толпа", "target")])
event("собралась", "11 июля по старому стилю в старом городе Ташкента собралась толпа, в основном женщины, "  # 3
      "требовавшая отмены набора", "protest", date="11 июля", place="Ташкент",
      actors=[("толпа", "agent")])
event("разгоне", "при разгоне погибли несколько человек", "attack_on_civilians",  # 4
      date="11 июля", place="Ташкент",
      quantities=[qty("несколько человек", "fatalities", None, min=3, max=9, approximate=True)])
event("восстание", "13 июля (26 июля по новому стилю) вспыхнуло восстание в Джизакском уезде", "uprising",  # 5
      date="13 июля", place="Джизакский уезд")
event("убили", "восставшие убили уездного начальника", "attack_on_civilians",  # 6
      date="13 июля", place="Джизакский уезд",
      actors=[("восставшие", "agent"), ("уездного начальника", "target")])
event("осадили", "восставшие убили уездного начальника и осадили город Джизак", "siege",  # 7
      date="13 июля", place="Джизак", actors=[("восставшие", "agent")])
event("прибывший", "Карательный отряд, прибывший к концу июля", "reinforcement",  # 8
      date="к концу июля", place="Джизакский уезд", actors=[("Карательный отряд", "agent")])
event("подавил", "Карательный отряд, прибывший к концу июля, подавил восстание", "suppression",  # 9
      date="к концу июля", place="Джизакский уезд", actors=[("Карательный отряд", "agent")])
event("разрушены", "десятки кишлаков были разрушены", "looting",  # 10
      date="к концу июля", place="Джизакский уезд", actors=[("десятки кишлаков", "target")])
event("выселены", "десятки кишлаков были разрушены, а их жители выселены", "deportation",  # 11
      date="к концу июля", place="Джизакский уезд", actors=[("их жители", "target")])
event("охватило", "В августе восстание охватило Семиреченскую область", "uprising",  # 12
      date="В августе", place="Семиреченская область")
event("напали", "В середине месяца киргизские отряды напали на русские сёла в Пишпекском и Пржевальском "  # 13
      "уездах", "attack_on_civilians", date="В середине месяца", place="Пишпекский уезд",
      actors=[("киргизские отряды", "agent"), ("русские сёла", "target")])
event("напали", "В середине месяца киргизские отряды напали на русские сёла в Пишпекском и Пржевальском "  # 14
      "уездах", "attack_on_civilians", date="В середине месяца", place="Пржевальский уезд",
      actors=[("киргизские отряды", "agent"), ("русские сёла", "target")])
event("осадили", "киргизские отряды напали на русские сёла в Пишпекском и Пржевальском уездах, осадили Токмак",  # 15
      "siege", date="В середине месяца", place="Токмак", actors=[("киргизские отряды", "agent")])
event("взять", "осадили Токмак и пытались взять Пржевальск", "capture",  # 16
      date="В середине месяца", place="Пржевальск", assertion="failed")
event("погибли", "по официальным данным, погибли около 2 тыс. переселенцев, по другим оценкам — до 3,5 тыс.",  # 17
      "attack_on_civilians", date="В середине месяца", place="Пишпекский уезд", assertion="reported", same_as=13,
      actors=[("переселенцев", "target")],
      quantities=[qty("около 2 тыс. переселенцев", "fatalities", 2000, approximate=True),
                  qty("до 3,5 тыс.", "fatalities", 3500, max=3500, approximate=True)],
      note="deaths among settlers in both districts; two estimates")
event("восставших", "в Тургайской области восставших казахов возглавил Амангельды Иманов", "uprising",  # 18
      date="Одновременно", place="Тургайская область",
      actors=[("восставших казахов", "agent"), ("Амангельды Иманов", "agent")])
event("осадили", "отряды которого в конце октября осадили город Тургай", "siege",  # 19
      date="в конце октября", place="Тургай", actors=[("отряды", "agent")])
event("назначенный", "Новый генерал-губернатор А. Н. Куропаткин, назначенный 22 июля (ст. ст.)",  # 20
      "political_activity", date="22 июля", place="Туркестан",
      actors=[("А. Н. Куропаткин", "participant")])
event("направил", "Новый генерал-губернатор А. Н. Куропаткин, назначенный 22 июля (ст. ст.), направил в край "  # 21
      "войска из действующей армии", "reinforcement", date={"edtf": "1916-08-04/1916-11-13"},
      actors=[("А. Н. Куропаткин", "agent"), ("войска из действующей армии", "agent")])
event("подавили", "В течение сентября и октября карательные отряды жестоко подавили восстание в Семиречье",  # 22
      "suppression", date="В течение сентября и октября", place="Семиречье",
      actors=[("карательные отряды", "agent")])
event("уничтожались", "нередко уничтожались целые аулы вместе с мирными жителями", "massacre",  # 23
      date="В течение сентября и октября", place="Семиречье",
      actors=[("целые аулы вместе с мирными жителями", "target")])
event("бежали", "Спасаясь от расправы, десятки тысяч киргизов и казахов бежали через горные перевалы в Китай",  # 24
      "flight", date="В течение сентября и октября", place="Китай",
      actors=[("десятки тысяч киргизов и казахов", "participant")],
      quantities=[qty("десятки тысяч", "displaced", None, min=20000, max=90000, approximate=True),
                  qty("от 100 до 250 тыс.", "displaced", None, min=100000, max=250000, approximate=True)],
      note="place is the destination named in the text; the flight started in Semirechye")
event("прекратило преследование", "Временное правительство, по ряду свидетельств, прекратило преследование "  # 25
      "участников восстания", "amnesty", date="в 1917-м", assertion="reported",
      actors=[("Временное правительство", "agent"), ("участников восстания", "target")])
event("погибших", "Общее число погибших до сих пор остаётся предметом споров: называют цифры от нескольких "  # 26
      "десятков тысяч до более чем 100 тыс. человек", "suppression", date={"edtf": "1916"},
      place="Туркестан", assertion="disputed", same_as=22,
      quantities=[qty("от нескольких десятков тысяч до более чем 100 тыс. человек", "fatalities", None,
                      min=20000, max=None, approximate=True)],
      note="total deaths of the rising and its suppression")
