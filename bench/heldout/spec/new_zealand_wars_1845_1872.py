"""Gold spec for bench/heldout/new_zealand_wars_1845_1872.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/new_zealand_wars_1845_1872.txt"

gazetteer({
    "Новая Зеландия": ("polity", -41.29, 174.78, "Q664"),
    "Северный остров": ("region", -38.6, 175.6, None),
    "Корорарека": ("settlement", -35.26, 174.12, None, "Расселл"),
    "Бей-оф-Айлендс": ("sea", -35.2, 174.15, None),
    "Сидней": ("settlement", -33.87, 151.21, "Q3130"),
    "Пукетуту": ("settlement", -35.33, 173.78, None),
    "Охаэаваи": ("settlement", -35.35, 173.88, None),
    "Руапекапека": ("settlement", -35.45, 174.12, None),
    "Таранаки": ("region", -39.3, 174.2, None),
    "Вайтара": ("settlement", -39.0, 174.23, None),
    "Пукетакауэре": ("settlement", -39.02, 174.24, None),
    "Уаикато": ("region", -37.8, 175.3, None),
    "Мангатавхири": ("river", -37.29, 175.08, None),
    "Меремере": ("settlement", -37.32, 175.07, None),
    "Рангирири": ("settlement", -37.43, 175.13, None),
    "Рангиаоухиа": ("settlement", -38.0, 175.38, None),
    "Оракау": ("settlement", -38.05, 175.4, None),
    "Тауранга": ("settlement", -37.69, 176.17, None),
    "Гейт-Па": ("settlement", -37.71, 176.15, None),
    "Те-Ранга": ("settlement", -37.77, 176.12, None),
    "Южный Таранаки": ("region", -39.55, 174.3, None),
    "Тауранга-ика": ("settlement", -39.82, 174.8, None),
    "острова Чатем": ("region", -43.95, -176.55, None),
    "Матавэро": ("settlement", -38.64, 177.96, None),
    "Поверти-Бей": ("sea", -38.72, 177.98, None),
    "Нгатапа": ("settlement", -38.57, 177.68, None),
    "Кинг-Кантри": ("region", -38.5, 175.2, None),
})

# ---- dates, in reading order
date("1845–1872 гг.", "1845/1872", "interval")
date("11 марта 1845 года", "1845-03-11", "day")
date("8 мая", "1845-05-08", "day", derivation="anchored")
date("1 июля", "1845-07-01", "day", derivation="anchored")
date("Через десять дней", "1845-07-11", "day", derivation="computed", note="1 July + 10 days")
date("В конце декабря", "1845-12-21/1845-12-31", "interval", derivation="anchored")
date("десятидневного", None, None, kind="duration", duration="P10D")
date("11 января 1846 года", "1846-01-11", "day")
date("Вскоре", "1846-01-11/1846-02-28", "interval", kind="vague", derivation="anchored",
     note="shortly after the capture of 11 January 1846")
date("17 марта 1860 года", "1860-03-17", "day")
date("27 июня", "1860-06-27", "day", derivation="anchored")
date("В марте 1861 года", "1861-03", "month")
date("12 июля 1863 года", "1863-07-12", "day")
date("В конце октября", "1863-10-21/1863-10-31", "interval", derivation="anchored")
date("20 ноября", "1863-11-20", "day", derivation="anchored")
date("на следующее утро", "1863-11-21", "day", derivation="computed", note="20 November + 1 day")
date("3 декабря", "1863-12-03", "day", derivation="anchored")
date("21 февраля 1864 года", "1864-02-21", "day")
date("С 31 марта по 2 апреля", "1864-03-31/1864-04-02", "interval", derivation="anchored")
date("29 апреля", "1864-04-29", "day", derivation="anchored")
date("в ту же ночь", "1864-04-29/1864-04-30", "day", derivation="anchored",
     note="the night after the assault of 29 April")
date("21 июня", "1864-06-21", "day", derivation="anchored")
date("В 1864–1865 гг.", "1864/1865", "interval")
date("Осенью 1868 года", "1868-23", "season")
date("в феврале 1869 года", "1869-02", "month")
date("Тем временем", "1868/1869", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': during Titokowaru's war, 1868-1869; the next date narrows it")
date("4 июля 1868 года", "1868-07-04", "day")
date("В ночь на 10 ноября", "1868-11-09/1868-11-10", "day", derivation="anchored")
date("В начале января 1869 года", "1869-01-01/1869-01-10", "interval")
date("5 января", "1869-01-05", "day", derivation="anchored")
date("в феврале 1872 года", "1872-02", "month")
date("в 1883 году", "1883", "year")
date("в 1995 году", "1995", "year")

# ---- places, in reading order
for quote, name in [
    ("Новозеландские", "Новая Зеландия"), ("Северного острова", "Северный остров"),
    ("Корорареку", "Корорарека"), ("Бей-оф-Айлендс", None), ("Сиднея", "Сидней"), ("Пукетуту", None),
    ("Охаэаваи", None), ("Руапекапека", None),
    ("Таранаки", None), ("Вайтаре", "Вайтара"), ("Пукетакауэре", None),
    ("Уаикато", None), ("Мангатавхири", None), ("Меремере", None), ("Рангирири", None),
    ("Рангиаоухиа", None), ("Оракау", None), ("Тауранги", "Тауранга"), ("Гейт-Па", None),
    ("Те-Ранге", "Те-Ранга"),
    ("Уаикато", None), ("Таранаки", None), ("Южном Таранаки", "Южный Таранаки"), ("Тауранга-ика", None),
    ("острова Чатем", None), ("Северный остров", None), ("Матавэро", None), ("Поверти-Бей", None),
    ("Нгатапа", None),
    ("Кинг-Кантри", None),
]:
    place(quote, name)

# ---- events
event("атаковали", "11 марта 1845 года воины Хоне Хеке и Кавити атаковали Корорареку", "attack",  # 0
      date="11 марта 1845 года", place="Корорарека", actors=[("воины Хоне Хеке и Кавити", "agent")])
event("бежали", "жители бежали на корабли", "flight",  # 1
      date="11 марта 1845 года", place="Корорарека", actors=[("жители", "participant")],
      note="place is where they fled from; the ships are not a place")
event("разграблен", "опустевший посёлок был разграблен и сожжён", "looting",  # 2
      date="11 марта 1845 года", place="Корорарека", actors=[("опустевший посёлок", "target")])
event("подкрепления", "Получив подкрепления из Сиднея", "reinforcement",  # 3
      date={"edtf": "1845-03-11/1845-05-08"},
      note="between the attack on Kororareka and 8 May; Sydney is where they came from, the destination is not named")
event("атаковали", "британцы 8 мая атаковали па Пукетуту, но успеха не добились", "attack",  # 4
      date="8 мая", place="Пукетуту", assertion="failed", actors=[("британцы", "agent")])
event("штурм", "1 июля полковник Деспард бросил солдат на штурм укрепления Охаэаваи", "attack",  # 5
      date="1 июля", place="Охаэаваи", actors=[("полковник Деспард", "agent")])
event("атака провалилась", "атака провалилась, британцы потеряли убитыми около 40 человек и более 70 ранеными",  # 6
      "attack", date="1 июля", place="Охаэаваи", assertion="failed", same_as=5,
      actors=[("британцы", "agent")],
      quantities=[qty("около 40 человек", "fatalities", 40, approximate=True),
                  qty("более 70", "wounded", 70, min=70, approximate=True)])
event("оставили", "Через десять дней защитники тайно оставили па", "retreat",  # 7
      date="Через десять дней", place="Охаэаваи", actors=[("защитники", "agent")])
event("осадили", "В конце декабря более 1500 солдат и союзных маори осадили крепость Руапекапека", "siege",  # 8
      date="В конце декабря", place="Руапекапека",
      actors=[("более 1500 солдат и союзных маори", "agent")],
      quantities=[qty("более 1500 солдат и союзных маори", "participants", 1500, min=1500, approximate=True)])
event("обстрела", "после десятидневного обстрела", "bombardment",  # 9
      date={"edtf": "1846-01-01/1846-01-11"}, place="Руапекапека",
      note="ten days up to 11 January 1846")
event("заняли", "11 января 1846 года заняли её", "capture",  # 10
      date="11 января 1846 года", place="Руапекапека")
event("заключили мир", "Вскоре вожди заключили мир с губернатором Джорджем Греем", "treaty",  # 11
      date="Вскоре", actors=[("вожди", "participant"), ("губернатором Джорджем Греем", "participant")])
event("война вспыхнула", "В Таранаки война вспыхнула из-за спорной покупки земли в Вайтаре", "battle",  # 12
      date={"edtf": "1860-03-17"}, place="Таранаки",
      note="the same sentence dates the outbreak by the attack of 17 March 1860, given after the colon")
event("обстреляли", "17 марта 1860 года войска обстреляли и заняли па вождя Вирему Кинги", "bombardment",  # 13
      date="17 марта 1860 года", place="Вайтара", actors=[("войска", "agent"), ("вождя Вирему Кинги", "target")])
event("заняли", "17 марта 1860 года войска обстреляли и заняли па вождя Вирему Кинги", "capture",  # 14
      date="17 марта 1860 года", place="Вайтара", actors=[("войска", "agent"), ("вождя Вирему Кинги", "target")])
event("разбиты", "27 июня британцы были разбиты у Пукетакауэре, потеряв около 30 человек убитыми", "battle",  # 15
      date="27 июня", place="Пукетакауэре", actors=[("британцы", "participant")],
      quantities=[qty("около 30 человек", "fatalities", 30, approximate=True)])
event("перемирие", "В марте 1861 года стороны заключили перемирие", "treaty",  # 16
      date="В марте 1861 года", place="Таранаки", actors=[("стороны", "participant")])
event("вторжение", "Главным ударом стало вторжение в Уаикато", "attack",  # 17
      date={"edtf": "1863-07-12/1864-04-02"}, place="Уаикато",
      note="the campaign from the crossing of 12 July 1863 to Orakau")
event("перешли", "12 июля 1863 года войска генерала Камерона перешли реку Мангатавхири", "attack",  # 18
      date="12 июля 1863 года", place="Мангатавхири", actors=[("войска генерала Камерона", "agent")])
event("оставили", "В конце октября маори без боя оставили укрепления у Меремере", "retreat",  # 19
      date="В конце октября", place="Меремере", actors=[("маори", "agent")])
event("атаковал", "20 ноября Камерон атаковал Рангирири", "attack",  # 20
      date="20 ноября", place="Рангирири", actors=[("Камерон", "agent")])
event("отбито", "несколько штурмов было отбито", "attack",  # 21
      date="20 ноября", place="Рангирири", assertion="failed", same_as=20)
event("сложили оружие", "на следующее утро около 180 защитников сложили оружие", "capture",  # 22
      date="на следующее утро", place="Рангирири", actors=[("защитников", "target")],
      quantities=[qty("около 180 защитников", "prisoners", 180, approximate=True)],
      note="the surrender of the pa")
event("принял закон", "3 декабря парламент колонии принял закон, разрешавший конфисковать земли «мятежников»",  # 23
      "decree", date="3 декабря", actors=[("парламент колонии", "agent")])
event("ворвалась", "21 февраля 1864 года кавалерия ворвалась в селение Рангиаоухиа, где часть жителей "  # 24
      "сгорела в хижинах", "attack_on_civilians", date="21 февраля 1864 года", place="Рангиаоухиа",
      actors=[("кавалерия", "agent"), ("жителей", "target")])
event("осаждали", "С 31 марта по 2 апреля около 1,5 тыс. солдат осаждали па Оракау, где укрылись около "  # 25
      "300 маори Реви Маниапото", "siege", date="С 31 марта по 2 апреля", place="Оракау",
      actors=[("около 1,5 тыс. солдат", "agent"), ("около 300 маори Реви Маниапото", "target")],
      quantities=[qty("около 1,5 тыс. солдат", "participants", 1500, approximate=True),
                  qty("около 300 маори", "participants", 300, approximate=True)])
event("прорвались", "защитники прорвались из окружения, потеряв, по разным оценкам, от 80 до 160 человек",  # 26
      "retreat", date={"edtf": "1864-04-02"}, place="Оракау", actors=[("защитники", "agent")],
      quantities=[qty("от 80 до 160 человек", "fatalities", None, min=80, max=160, approximate=True)],
      note="the breakout ended the siege on 2 April; only the losses are attributed to estimates")
event("штурмовали", "29 апреля у Тауранги британцы штурмовали Гейт-Па, но были отбиты", "attack",  # 27
      date="29 апреля", place="Гейт-Па", assertion="failed", actors=[("британцы", "agent")])
event("ушли", "в ту же ночь защитники ушли", "retreat",  # 28
      date="в ту же ночь", place="Гейт-Па", actors=[("защитники", "agent")])
event("разгромил", "21 июня при Те-Ранге отряд полковника Грира разгромил маори, ещё рывших окопы: погибли "  # 29
      "более 100 воинов", "battle", date="21 июня", place="Те-Ранга",
      actors=[("отряд полковника Грира", "agent"), ("маори", "target")],
      quantities=[qty("более 100 воинов", "fatalities", 100, min=100, approximate=True)])
event("конфисковал", "В 1864–1865 гг. губернатор конфисковал земли племён Уаикато и Таранаки", "annexation",  # 30
      date="В 1864–1865 гг.", place="Уаикато", actors=[("губернатор", "agent")])
event("конфисковал", "В 1864–1865 гг. губернатор конфисковал земли племён Уаикато и Таранаки", "annexation",  # 31
      date="В 1864–1865 гг.", place="Таранаки", actors=[("губернатор", "agent")])
event("разбил", "Осенью 1868 года пророк Титоковару разбил колониальные отряды в Южном Таранаки", "battle",  # 32
      date="Осенью 1868 года", place="Южный Таранаки",
      actors=[("пророк Титоковару", "agent"), ("колониальные отряды", "target")])
event("оставил", "в феврале 1869 года внезапно оставил укрепление Тауранга-ика", "retreat",  # 33
      date="в феврале 1869 года", place="Тауранга-ика", actors=[("Титоковару", "agent")])
event("сосланных", "сосланных без суда на острова Чатем", "deportation",  # 34
      date={"edtf": "1866"}, place="острова Чатем",
      note="exiled before the escape; the text gives no date (1866)")
event("захватили", "4 июля 1868 года около 300 маори, сосланных без суда на острова Чатем, во главе с "  # 35
      "Те Кооти захватили шхуну", "capture", date="4 июля 1868 года", place="острова Чатем",
      actors=[("около 300 маори", "agent"), ("Те Кооти", "agent")],
      quantities=[qty("около 300 маори", "participants", 300, approximate=True)])
event("бежали", "во главе с Те Кооти захватили шхуну и бежали на Северный остров", "flight",  # 36
      date="4 июля 1868 года", place="Северный остров", actors=[("Те Кооти", "agent")],
      note="place is the destination, the only place the clause names")
event("вырезал", "В ночь на 10 ноября его отряд напал на Матавэро в заливе Поверти-Бей и вырезал более 50 "  # 37
      "поселенцев и маори", "massacre", date="В ночь на 10 ноября", place="Матавэро",
      actors=[("его отряд", "agent"), ("поселенцев и маори", "target")],
      quantities=[qty("более 50 поселенцев и маори", "fatalities", 50, min=50, approximate=True)])
event("осадили", "В начале января 1869 года колониальные войска осадили горное па Нгатапа", "siege",  # 38
      date="В начале января 1869 года", place="Нгатапа", actors=[("колониальные войска", "agent")])
event("заняли", "5 января они заняли его", "capture", date="5 января", place="Нгатапа")  # 39
event("ушёл", "Те Кооти ушёл по скалам", "retreat", date="5 января", place="Нгатапа",  # 40
      actors=[("Те Кооти", "agent")])
event("расстреляны", "десятки пойманных беглецов были расстреляны", "execution",  # 41
      date="5 января", place="Нгатапа", actors=[("пойманных беглецов", "target")],
      quantities=[qty("десятки пойманных беглецов", "fatalities", None, min=20, max=90, approximate=True)])
event("стычка", "Последняя стычка с отрядом Те Кооти произошла в феврале 1872 года", "battle",  # 42
      date="в феврале 1872 года", actors=[("отрядом Те Кооти", "participant")])
event("укрылся", "после чего он укрылся в Кинг-Кантри", "retreat",  # 43
      date={"edtf": "1872-02/1872-12"}, place="Кинг-Кантри", note="after the skirmish of February 1872")
event("помилован", "а в 1883 году был помилован", "amnesty", date="в 1883 году")  # 44
event("не вернули", "Конфискованные земли так и не вернули", "territorial_transfer",  # 45
      assertion="negated", actors=[("Конфискованные земли", "target")])
event("извинения", "лишь в 1995 году правительство принесло племени таинуи официальные извинения",  # 46
      "political_activity", date="в 1995 году",
      actors=[("правительство", "agent"), ("племени таинуи", "participant")])
