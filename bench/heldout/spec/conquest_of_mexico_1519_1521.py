"""Gold spec for bench/heldout/conquest_of_mexico_1519_1521.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Julian; all are before 1582 and are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/conquest_of_mexico_1519_1521.txt"

gazetteer({
    "Мексика": ("region", 19.43, -99.13, None),
    "Куба": ("region", 21.5, -79.0, None),
    "Косумель": ("region", 20.42, -86.92, None),
    "Грихальва": ("river", 17.99, -92.93, None),
    "Потончан": ("settlement", 18.53, -92.65, None),
    "Табаско": ("region", 18.0, -92.6, None),
    "Сентла": ("settlement", 18.45, -92.7, None),
    "Сан-Хуан-де-Улуа": ("settlement", 19.21, -96.13, None),
    "Вилья-Рика-де-ла-Вера-Крус": ("settlement", 19.67, -96.4, None),
    "Семпоала": ("settlement", 19.45, -96.4, None),
    "Тласкала": ("settlement", 19.32, -98.24, None),
    "Чолула": ("settlement", 19.06, -98.3, None),
    "Теночтитлан": ("settlement", 19.435, -99.13, None, "Мехико"),
    "Тлакопан": ("settlement", 19.46, -99.19, None, "Такуба"),
    "Попотла": ("settlement", 19.455, -99.18, None),
    "Отумба": ("settlement", 19.7, -98.76, None),
    "Тепеака": ("settlement", 18.97, -97.9, None),
    "Сегура-де-ла-Фронтера": ("settlement", 18.97, -97.9, None, "Тепеака"),
    "Тескоко": ("settlement", 19.51, -98.88, None),
    "озеро Тескоко": ("lake", 19.45, -99.02, None),
    "Чапультепек": ("mountain", 19.42, -99.18, None),
    "Тлателолко": ("settlement", 19.45, -99.14, None),
    "Новая Испания": ("polity", 19.43, -99.13, None),
})

# ---- dates, in reading order (Julian, before 1582: taken as written)
date("в 1519–1521 годах", "1519/1521", "interval")
date("18 февраля 1519 года", "1519-02-18", "day")
date("В конце февраля", "1519-02-21/1519-02-28", "interval", derivation="anchored")
date("В марте", "1519-03", "month", derivation="anchored")
date("14 марта", "1519-03-14", "day", derivation="anchored")
date("21 апреля", "1519-04-21", "day", derivation="anchored")
date("Вскоре", "1519-04-21/1519-06-30", "interval", kind="vague", derivation="anchored",
     note="soon after 21 April and before the summer told next")
date("Летом", "1519-22", "season", derivation="anchored")
date("16 августа", "1519-08-16", "day", derivation="anchored")
date("В начале сентября", "1519-09-01/1519-09-10", "interval", derivation="anchored")
date("несколько дней", None, None, kind="duration", note="unquantified: a few days")
date("Вскоре", "1519-09-01/1519-09-23", "interval", kind="vague", derivation="anchored",
     note="after the fighting of early September, before the entry of 23 September")
date("23 сентября", "1519-09-23", "day", derivation="anchored")
date("В середине октября", "1519-10-11/1519-10-20", "interval", derivation="anchored")
date("8 ноября 1519 года", "1519-11-08", "day")
date("Через шесть дней", "1519-11-14", "day", derivation="computed", note="8 November + 6 days")
date("В апреле 1520 года", "1520-04", "month")
date("В конце мая", "1520-05-21/1520-05-31", "interval", derivation="anchored")
date("Тем временем", "1520-05", "month", kind="vague", derivation="anchored",
     note="'meanwhile': while Cortés was away on the coast, April–May 1520")
date("24 июня", "1520-06-24", "day", derivation="anchored")
date("Через несколько дней", "1520-06-26/1520-06-30", "interval", derivation="computed",
     note="24 June + a few days, before the night of 30 June / 1 July told next")
date("В ночь на 1 июля 1520 года", "1520-06-30/1520-07-01", "day")
date("7 июля", "1520-07-07", "day", derivation="anchored")
date("вскоре", "1520-07-07/1520-07-31", "interval", kind="vague", derivation="anchored",
     note="soon after Otumba")
date("Осенью", "1520-23", "season", derivation="anchored")
date("В начале декабря", "1520-12-01/1520-12-10", "interval", derivation="anchored")
date("в конце месяца", "1520-12-21/1520-12-31", "interval", derivation="anchored")
date("В начале 1521 года", "1521-01/1521-04", "interval", note="beginning of the year: its first third")
date("28 апреля 1521 года", "1521-04-28", "day")
date("В конце мая", "1521-05-21/1521-05-31", "interval", derivation="anchored")
date("30 июня", "1521-06-30", "day", derivation="anchored")
date("Тогда", "1521-06-30/1521-08-13", "interval", kind="vague", derivation="anchored",
     note="after the failed storm of 30 June, before the fall on 13 August")
date("13 августа 1521 года", "1521-08-13", "day")
date("двух с половиной месяцев", None, None, kind="duration", duration="P2M15D")
date("В октябре 1522 года", "1522-10", "month")

# ---- places, in reading order
for quote, name in [
    ("Мексики", "Мексика"),
    ("Кубу", "Куба"), ("Косумеле", "Косумель"),
    ("Грихальву", "Грихальва"), ("Потончан", None), ("Табаско", None), ("Сентле", "Сентла"),
    ("Сан-Хуан-де-Улуа", None), ("Вилья-Рика-де-ла-Вера-Крус", None), ("Семпоалы", "Семпоала"),
    ("Семпоалы", "Семпоала"), ("Тласкале", "Тласкала"),
    ("Чолуле", "Чолула"),
    ("Теночтитлан", None),
    ("Сан-Хуан-де-Улуа", None), ("Семпоале", "Семпоала"),
    ("Тлакопан", None), ("Попотлы", "Попотла"),
    ("Отумбе", "Отумба"), ("Тласкалы", "Тласкала"), ("Тепеаку", "Тепеака"),
    ("Сегура-де-ла-Фронтеру", "Сегура-де-ла-Фронтера"), ("Тескоко", None), ("Теночтитлане", "Теночтитлан"),
    ("озеро Тескоко", None), ("Чапультепека", "Чапультепек"),
    ("Тлателолко", None), ("Новой Испании", "Новая Испания"),
]:
    place(quote, name)

# ---- events
event("покинул", "18 февраля 1519 года отряд Эрнана Кортеса — 11 кораблей, около 500 солдат и 16 лошадей — "  # 0
      "покинул Кубу", "reinforcement", date="18 февраля 1519 года", place="Куба",
      actors=[("отряд Эрнана Кортеса", "agent")],
      quantities=[qty("около 500 солдат", "participants", 500, approximate=True)],
      note="the expedition sails from Cuba")
event("отстранить", "хотя губернатор Диего Веласкес пытался его отстранить", "political_activity",  # 1
      place="Куба", assertion="failed", actors=[("губернатор Диего Веласкес", "agent")],
      note="an attempt to remove Cortés from command before he sailed; the text gives no date")
event("высадились", "В конце февраля испанцы высадились на Косумеле", "reinforcement",  # 2
      date="В конце февраля", place="Косумель", actors=[("испанцы", "agent")])
event("вошли", "В марте корабли вошли в реку Грихальву", "reinforcement",  # 3
      date="В марте", place="Грихальва", actors=[("корабли", "agent")])
event("заняли", "В марте корабли вошли в реку Грихальву, и испанцы с боем заняли Потончан в Табаско",  # 4
      "capture", date="В марте", place="Потончан", actors=[("испанцы", "agent")])
event("сражения", "14 марта при Сентле конница решила исход сражения с майя, которых, по словам участников "  # 5
      "похода, было до 40 тыс. воинов", "battle", date="14 марта", place="Сентла",
      actors=[("конница", "participant"), ("майя", "participant")],
      quantities=[qty("до 40 тыс. воинов", "participants", 40000, max=40000, approximate=True)],
      note="the battle is asserted; only the Maya count is attributed to participants of the expedition")
event("заключили мир", "Побеждённые вожди заключили мир", "treaty",  # 6
      date={"edtf": "1519-03-14/1519-03-31"}, place="Табаско", actors=[("Побеждённые вожди", "participant")],
      note="after the battle of 14 March")
event("встала", "21 апреля флотилия встала у Сан-Хуан-де-Улуа", "reinforcement",  # 7
      date="21 апреля", place="Сан-Хуан-де-Улуа", actors=[("флотилия", "agent")])
event("основал", "Вскоре Кортес основал Вилья-Рика-де-ла-Вера-Крус", "founding",  # 8
      date="Вскоре", place="Вилья-Рика-де-ла-Вера-Крус", actors=[("Кортес", "agent")])
event("избрал", "его совет избрал Кортеса генерал-капитаном, выведя его из-под власти Веласкеса",  # 9
      "political_activity", date="Вскоре", place="Вилья-Рика-де-ла-Вера-Крус",
      actors=[("его совет", "agent"), ("Кортеса", "participant")])
event("заключили союз", "Тотонаки Семпоалы заключили союз с испанцами", "treaty",  # 10
      date={"edtf": "1519-04-21/1519-08-16"}, place="Семпоала",
      actors=[("Тотонаки Семпоалы", "participant"), ("испанцами", "participant")],
      note="between the landing and the march inland; the text gives no date")
event("повесили", "Летом был раскрыт заговор сторонников губернатора; двоих зачинщиков повесили",  # 11
      "execution", date="Летом", place="Вилья-Рика-де-ла-Вера-Крус",
      actors=[("двоих зачинщиков", "target")], quantities=[qty("двоих", "fatalities", 2)])
event("выступил", "16 августа отряд выступил из Семпоалы вглубь страны", "reinforcement",  # 12
      date="16 августа", place="Семпоала", actors=[("отряд", "agent")])
event("сражался", "В начале сентября в Тласкале отряд несколько дней сражался с войском Шикотенкатля "  # 13
      "Младшего", "battle", date="В начале сентября", place="Тласкала",
      actors=[("отряд", "participant"), ("войском Шикотенкатля Младшего", "participant")])
event("атаки", "чьи атаки на лагерь были отбиты", "attack",  # 14
      date="В начале сентября", place="Тласкала", assertion="failed", actors=[("лагерь", "target")],
      note="the Tlaxcalan attacks on the Spanish camp were beaten off")
event("заключили мир", "Вскоре тласкальтеки заключили мир", "treaty",  # 15
      date="Вскоре", place="Тласкала", actors=[("тласкальтеки", "participant")])
event("вступил", "23 сентября Кортес вступил в их столицу", "reinforcement",  # 16
      date="23 сентября", place="Тласкала", actors=[("Кортес", "agent")],
      note="entry into the allied city of Tlaxcala")
event("перебили", "В середине октября в Чолуле испанцы и тласкальтеки перебили собравшихся горожан; "  # 17
      "погибли, по разным данным, от 3 до 6 тыс. человек", "massacre",
      date="В середине октября", place="Чолула",
      actors=[("испанцы", "agent"), ("тласкальтеки", "agent"), ("собравшихся горожан", "target")],
      quantities=[qty("от 3 до 6 тыс. человек", "fatalities", None, min=3000, max=6000, approximate=True)],
      note="the massacre is asserted; the figures vary by source")
event("засаду", "Кортес утверждал, что чолультеки готовили засаду по приказу Моктесумы, но историки "  # 18
      "считают это выдумкой", "attack", date="В середине октября", place="Чолула", assertion="disputed",
      actors=[("чолультеки", "agent")], note="Cortés's claim of a planned ambush, doubted by historians")
event("вступили", "8 ноября 1519 года испанцы вступили в Теночтитлан", "reinforcement",  # 19
      date="8 ноября 1519 года", place="Теночтитлан", actors=[("испанцы", "agent")])
event("под стражу", "Через шесть дней Кортес взял Моктесуму II под стражу", "arrest",  # 20
      date="Через шесть дней", place="Теночтитлан",
      actors=[("Кортес", "agent"), ("Моктесуму II", "target")])
event("прибыл", "В апреле 1520 года к Сан-Хуан-де-Улуа прибыл Панфило де Нарваэс с отрядом около 900 "  # 21
      "человек", "reinforcement", date="В апреле 1520 года", place="Сан-Хуан-де-Улуа",
      actors=[("Панфило де Нарваэс", "agent")],
      quantities=[qty("около 900 человек", "participants", 900, approximate=True)])
event("арестовать", "которому Веласкес поручил арестовать Кортеса", "arrest",  # 22
      date="В апреле 1520 года", assertion="hypothetical",
      actors=[("Веласкес", "agent"), ("Кортеса", "target")], note="an order, not carried out")
event("напал", "В конце мая Кортес напал на его лагерь в Семпоале", "attack",  # 23
      date="В конце мая", place="Семпоала", actors=[("Кортес", "agent"), ("его лагерь", "target")])
event("взял Нарваэса в плен", "В конце мая Кортес напал на его лагерь в Семпоале, взял Нарваэса в плен",  # 24
      "arrest", date="В конце мая", place="Семпоала", actors=[("Кортес", "agent"), ("Нарваэса", "target")])
event("переманил", "взял Нарваэса в плен и переманил его солдат", "reinforcement",  # 25
      date="В конце мая", place="Семпоала", actors=[("его солдат", "participant")],
      note="Narváez's men go over to Cortés")
event("перебил", "Тем временем Педро де Альварадо, оставленный в столице, во время праздника Тошкатль "  # 26
      "перебил безоружную знать", "massacre", date="Тем временем", place="Теночтитлан",
      actors=[("Педро де Альварадо", "agent"), ("безоружную знать", "target")])
event("восстал", "перебил безоружную знать, и город восстал", "uprising",  # 27
      date="Тем временем", place="Теночтитлан", actors=[("город", "agent")])
event("вернулся", "24 июня Кортес вернулся в осаждённый дворец", "reinforcement",  # 28
      date="24 июня", place="Теночтитлан", actors=[("Кортес", "agent")])
event("осаждённый", "24 июня Кортес вернулся в осаждённый дворец", "siege",  # 29
      date={"edtf": "1520-05/1520-06-24"}, place="Теночтитлан", actors=[("дворец", "target")],
      note="the Spanish quarters besieged since the rising of May")
event("погиб", "Через несколько дней Моктесума погиб: испанцы утверждали, что его забросали камнями "  # 30
      "подданные, индейские источники обвиняют самих испанцев", "attack_on_civilians",
      date="Через несколько дней", place="Теночтитлан", assertion="disputed",
      actors=[("Моктесума", "target")],
      note="the death is certain; who killed him is contested (his subjects or the Spaniards)")
event("уйти", "В ночь на 1 июля 1520 года испанцы попытались тайно уйти по дамбе в Тлакопан", "retreat",  # 31
      date="В ночь на 1 июля 1520 года", place="Тлакопан", actors=[("испанцы", "agent")],
      note="the retreat took place, at heavy cost; place is the destination named")
event("погибли", "испанцы попытались тайно уйти по дамбе в Тлакопан, но были обнаружены; погибли от 400 до "  # 32
      "800 испанцев и несколько тысяч союзников", "battle", date="В ночь на 1 июля 1520 года",
      place="Теночтитлан",
      quantities=[qty("от 400 до 800 испанцев", "fatalities", None, min=400, max=800),
                  qty("несколько тысяч союзников", "fatalities", None, min=2000, max=9000, approximate=True)],
      note="the fight on the causeway out of the city")
event("Печальной ночи", "После «Печальной ночи» уцелевшие собрались у Попотлы", "retreat",  # 33
      date="В ночь на 1 июля 1520 года", place="Тлакопан", same_as=31)
event("собрались", "После «Печальной ночи» уцелевшие собрались у Попотлы", "retreat",  # 34
      date={"edtf": "1520-07-01"}, place="Попотла", actors=[("уцелевшие", "agent")])
event("преградило", "7 июля при Отумбе войско ацтеков преградило им путь, однако Кортес прорвался",  # 35
      "battle", date="7 июля", place="Отумба",
      actors=[("войско ацтеков", "participant"), ("Кортес", "participant")])
event("достиг", "и вскоре отряд достиг Тласкалы", "retreat",  # 36
      date="вскоре", place="Тласкала", actors=[("отряд", "agent")])
event("покорили", "Осенью испанцы покорили Тепеаку", "capture",  # 37
      date="Осенью", place="Тепеака", actors=[("испанцы", "agent")])
event("основали", "Осенью испанцы покорили Тепеаку и основали там Сегура-де-ла-Фронтеру", "founding",  # 38
      date="Осенью", place="Сегура-де-ла-Фронтера", actors=[("испанцы", "agent")])
event("занял", "а в конце месяца Кортес занял Тескоко", "capture",  # 39
      date="в конце месяца", place="Тескоко", actors=[("Кортес", "agent")])
event("перешла", "В начале 1521 года власть в Теночтитлане перешла к Куаутемоку", "political_activity",  # 40
      date="В начале 1521 года", place="Теночтитлан", actors=[("Куаутемоку", "participant")])
event("спустили", "28 апреля 1521 года на озеро Тескоко спустили 13 бригантин", "reinforcement",  # 41
      date="28 апреля 1521 года", place="озеро Тескоко", actors=[("13 бригантин", "participant")])
event("разрушили", "В конце мая испанцы разрушили акведук Чапультепека", "looting",  # 42
      date="В конце мая", place="Чапультепек", actors=[("испанцы", "agent"), ("акведук", "target")])
event("осада", "В конце мая испанцы разрушили акведук Чапультепека, и началась осада столицы, в которой "  # 43
      "участвовали около 900 испанцев и десятки тысяч индейских союзников", "siege",
      date="В конце мая", place="Теночтитлан",
      actors=[("около 900 испанцев", "agent"), ("десятки тысяч индейских союзников", "agent")],
      quantities=[qty("около 900 испанцев", "participants", 900, approximate=True),
                  qty("десятки тысяч индейских союзников", "participants", None, min=20000, max=90000,
                      approximate=True)])
event("штурм", "30 июня штурм центра города провалился", "attack",  # 44
      date="30 июня", place="Теночтитлан", assertion="failed")
event("принесли их в жертву", "ацтеки захватили более 60 испанцев и принесли их в жертву", "execution",  # 45
      date="30 июня", place="Теночтитлан",
      actors=[("ацтеки", "agent"), ("более 60 испанцев", "target")],
      quantities=[qty("более 60 испанцев", "fatalities", 60, min=60, approximate=True)],
      note="prisoners taken in the failed storm and sacrificed")
event("разрушать", "Тогда Кортес стал разрушать кварталы", "looting",  # 46
      date="Тогда", place="Теночтитлан", actors=[("Кортес", "agent"), ("кварталы", "target")])
event("пал", "13 августа 1521 года, после двух с половиной месяцев осады, пал Тлателолко, последний оплот "  # 47
      "защитников", "capture", date="13 августа 1521 года", place="Тлателолко")
event("осады", "после двух с половиной месяцев осады", "siege",  # 48
      date={"edtf": "1521-05-21/1521-08-13"}, place="Теночтитлан", same_as=43)
event("схвачен", "Куаутемок был схвачен в лодке на озере", "arrest",  # 49
      date="13 августа 1521 года", place="озеро Тескоко", actors=[("Куаутемок", "target")])
event("Погибли", "Погибли, по разным оценкам, от 100 до 240 тыс. жителей", "siege",  # 50
      date={"edtf": "1521-05-21/1521-08-13"}, place="Теночтитлан", same_as=43,
      actors=[("жителей", "target")],
      quantities=[qty("от 100 до 240 тыс. жителей", "fatalities", None, min=100000, max=240000,
                      approximate=True)],
      note="the death toll of the siege; estimates vary")
event("назначил", "В октябре 1522 года Карл V назначил Кортеса губернатором Новой Испании",  # 51
      "political_activity", date="В октябре 1522 года", place="Новая Испания",
      actors=[("Карл V", "agent"), ("Кортеса", "participant")])
