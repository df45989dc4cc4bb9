"""Gold spec for bench/heldout/revolution_1905_1907.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style. Day and month dates are converted to the
Gregorian calendar (+13 days in the 20th century); whole months become intervals; seasons and
years are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/revolution_1905_1907.txt"

OS = "Old Style in the text, +13 days"

gazetteer({
    "Петербург": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Рига": ("settlement", 56.95, 24.11, "Q1773"),
    "Варшава": ("settlement", 52.23, 21.01, "Q270"),
    "Иваново-Вознесенск": ("settlement", 57.0, 40.98, None, "Иваново"),
    "Талка": ("river", 57.02, 40.99, None),
    "Лодзь": ("settlement", 51.76, 19.46, "Q580"),
    "Одесса": ("settlement", 46.48, 30.73, "Q1874"),
    "Констанца": ("settlement", 44.17, 28.63, None),
    "Севастополь": ("settlement", 44.6, 33.52, "Q7525"),
    "Пресня": ("region", 55.76, 37.56, None),
    "Сормово": ("settlement", 56.35, 43.87, None),
    "Мотовилиха": ("settlement", 58.03, 56.33, None),
    "Красноярск": ("settlement", 56.01, 92.87, None),
    "Сибирь": ("region", 60.0, 100.0, None),
    "Чита": ("settlement", 52.03, 113.5, None),
    "Прибалтика": ("region", 57.0, 24.5, None),
    "Березань": ("region", 46.6, 31.41, None),
    "Выборг": ("settlement", 60.71, 28.75, None),
    "Свеаборг": ("settlement", 60.145, 24.988, None, "Суоменлинна"),
    "Аптекарский остров": ("region", 59.97, 30.32, None),
})

# ---- dates, in reading order
date("с 1905 по 1907 год", "1905/1907", "interval")
date("9 января 1905 года", "1905-01-22", "day", note=OS)
date("Через несколько дней", "1905-01-24/1905-02-01", "interval", derivation="computed",
     note="9 January (OS) + a few days (2-10), converted")
date("4 февраля", "1905-02-17", "day", derivation="anchored", note=OS)
date("Весной", "1905-21", "season", derivation="anchored")
date("12 мая", "1905-05-25", "day", derivation="anchored", note=OS)
date("через три дня", "1905-05-28", "day", derivation="computed", note="12 May (OS) + 3 days = 15 May, converted")
date("3 июня", "1905-06-16", "day", derivation="anchored", note=OS)
date("72 дня", None, None, kind="duration", duration="P72D")
date("В июне", "1905-06-14/1905-07-13", "month", derivation="anchored",
     note="June 1905 Old Style, converted as an interval")
date("трёхдневных", None, None, kind="duration", duration="P3D")
date("14 июня", "1905-06-27", "day", derivation="anchored", note=OS)
date("В тот же вечер", "1905-06-27", "day", derivation="anchored", note="the evening of 14 June (OS)")
date("11 дней", None, None, kind="duration", duration="P11D")
date("25 июня", "1905-07-08", "day", derivation="anchored", note=OS)
date("Осенью", "1905-23", "season", derivation="anchored")
date("7 октября", "1905-10-20", "day", derivation="anchored", note=OS)
date("за несколько дней", None, None, kind="duration", note="unquantified: a few days")
date("13 октября", "1905-10-26", "day", derivation="anchored", note=OS)
date("17 октября", "1905-10-30", "day", derivation="anchored", note=OS)
date("Сразу после этого", "1905-10-30/1905-11-09", "interval", kind="vague", derivation="anchored",
     note="right after the manifesto of 17 October (OS)")
date("21 октября", "1905-11-03", "day", derivation="anchored", note=OS)
date("11 ноября", "1905-11-24", "day", derivation="anchored", note=OS)
date("15 ноября", "1905-11-28", "day", derivation="anchored", note=OS)
date("в тот же день", "1905-11-28", "day", derivation="anchored", note="15 November (OS)")
date("3 декабря", "1905-12-16", "day", derivation="anchored", note=OS)
date("7 декабря", "1905-12-20", "day", derivation="anchored", note=OS)
date("10 декабря", "1905-12-23", "day", derivation="anchored", note=OS)
date("15 декабря", "1905-12-28", "day", derivation="anchored", note=OS)
date("19 декабря", "1906-01-01", "day", derivation="anchored",
     note="19 December 1905 Old Style = 1 January 1906 Gregorian")
date("В те же дни", "1905-12-20/1906-01-01", "interval", kind="vague", derivation="anchored",
     note="the days of the Moscow rising, 7-19 December (OS)")
date("В январе 1906 года", "1906-01-14/1906-02-13", "month", note="January 1906 Old Style, converted as an interval")
date("22 января", "1906-02-04", "day", derivation="anchored", note=OS)
date("6 марта", "1906-03-19", "day", derivation="anchored", note=OS)
date("в феврале–марте 1906 года", "1906-02-14/1906-04-13", "interval",
     note="February-March 1906 Old Style, converted")
date("27 апреля", "1906-05-10", "day", derivation="anchored", note=OS)
date("8 июля", "1906-07-21", "day", derivation="anchored", note=OS)
date("17 июля", "1906-07-30", "day", derivation="anchored", note=OS)
date("через три дня", "1906-08-02", "day", derivation="computed", note="17 July (OS) + 3 days = 20 July, converted")
date("12 августа", "1906-08-25", "day", derivation="anchored", note=OS)
date("вскоре", "1906-08-25/1906-09-01", "interval", kind="vague", derivation="anchored",
     note="'soon' after 12 August (OS); the following '19 августа' names the day")
date("19 августа", "1906-09-01", "day", derivation="anchored", note=OS)
date("за восемь месяцев", None, None, kind="duration", duration="P8M")
date("чуть более трёх месяцев", None, None, kind="duration", duration="P3M", note="a little more than three months")
date("3 июня 1907 года", "1907-06-16", "day", note=OS)

# ---- places, in reading order
for quote, name in [
    ("Петербурге", "Петербург"), ("Москву", "Москва"), ("Ригу", "Рига"), ("Варшаву", "Варшава"),
    ("Москве", "Москва"),
    ("Иваново-Вознесенска", "Иваново-Вознесенск"), ("Талке", "Талка"), ("Лодзи", "Лодзь"),
    ("Одессу", "Одесса"), ("Констанце", "Констанца"),
    ("Москве", "Москва"), ("Петербурге", "Петербург"), ("Одессе", "Одесса"),
    ("Севастополе", "Севастополь"),
    ("Петербургского", "Петербург"), ("Московский", "Москва"), ("Пресня", "Пресня"), ("Москве", "Москва"),
    ("Сормове", "Сормово"), ("Мотовилихе", "Мотовилиха"), ("Красноярске", "Красноярск"),
    ("Сибирской", "Сибирь"), ("Читу", "Чита"), ("Прибалтике", "Прибалтика"), ("Березань", "Березань"),
    ("Выборге", "Выборг"), ("Свеаборга", "Свеаборг"), ("Аптекарском острове", "Аптекарский остров"),
]:
    place(quote, name)

# ---- events
event("шествию", "шествию рабочих, шедших во главе со священником Г. А. Гапоном к Зимнему дворцу",  # 0
      "protest", date="9 января 1905 года", place="Петербург", actors=[("рабочих", "agent")],
      quantities=[qty("более 140 тыс. человек", "participants", 140000, min=140000, approximate=True)],
      note="the participant count is in the next sentence")
event("открыли огонь", "9 января 1905 года в Петербурге войска открыли огонь по шествию рабочих",  # 1
      "attack_on_civilians", date="9 января 1905 года", place="Петербург",
      actors=[("войска", "agent"), ("шествию рабочих", "target")])
event("погибли", "по официальным сведениям, погибли около 130 из них", "attack_on_civilians",  # 2
      date="9 января 1905 года", place="Петербург", same_as=1,
      quantities=[qty("около 130", "fatalities", 130, approximate=True)],
      note="only the count is attributed (official figures); the text adds that contemporaries gave larger ones")
for city in ("Москва", "Рига", "Варшава"):  # 3, 4, 5
    event("забастовки", "Через несколько дней забастовки охватили Москву, Ригу и Варшаву", "strike",
          date="Через несколько дней", place=city)
event("убил", "4 февраля эсер И. П. Каляев бомбой убил в Москве великого князя Сергея Александровича",  # 6
      "explosion", date="4 февраля", place="Москва",
      actors=[("эсер И. П. Каляев", "agent"), ("великого князя Сергея Александровича", "target")],
      note="an assassination by a thrown bomb")
event("стачка", "12 мая началась стачка текстильщиков Иваново-Вознесенска, в которой участвовали около "  # 7
      "70 тыс. рабочих", "strike", date="12 мая", place="Иваново-Вознесенск",
      actors=[("текстильщиков", "agent")],
      quantities=[qty("около 70 тыс. рабочих", "participants", 70000, approximate=True)])
event("избрали", "через три дня они избрали Собрание уполномоченных, ставшее первым Советом", "founding",  # 8
      date="через три дня", place="Иваново-Вознесенск", actors=[("Собрание уполномоченных", "participant")])
event("сходку", "3 июня казаки разогнали сходку стачечников на реке Талке", "protest",  # 9
      date="3 июня", place="Талка", actors=[("стачечников", "agent")])
event("разогнали", "3 июня казаки разогнали сходку стачечников на реке Талке", "suppression",  # 10
      date="3 июня", place="Талка", actors=[("казаки", "agent"), ("сходку стачечников", "target")])
event("Стачка", "Стачка длилась 72 дня", "strike", date={"edtf": "1905-05-25/1905-08-05"},  # 11
      place="Иваново-Вознесенск", same_as=7, note="12 May (OS) + 72 days, converted")
event("баррикады", "В июне на улицах Лодзи выросли баррикады", "uprising", date="В июне", place="Лодзь")  # 12
event("боях", "в трёхдневных боях погибли более 150 человек", "uprising", date="В июне", place="Лодзь",  # 13
      same_as=12, quantities=[qty("более 150 человек", "fatalities", 150, min=150, approximate=True)])
event("восстали", "14 июня восстали матросы броненосца «Князь Потёмкин-Таврический»", "mutiny",  # 14
      date="14 июня", actors=[("матросы броненосца «Князь Потёмкин-Таврический»", "agent")])
event("убили", "они убили несколько офицеров", "attack", date="14 июня",  # 15
      actors=[("несколько офицеров", "target")],
      quantities=[qty("несколько офицеров", "fatalities", None, min=3, max=9)])
event("пришёл", "В тот же вечер корабль пришёл в Одессу", "reinforcement", date="В тот же вечер",  # 16
      place="Одесса", actors=[("корабль", "agent")])
event("стачка", "в Одессу, где шла всеобщая стачка", "strike", date="В тот же вечер", place="Одесса",  # 17
      note="already going on when the battleship arrived")
event("сдался", "броненосец 11 дней скитался по морю и 25 июня сдался румынским властям в Констанце",  # 18
      "flight", date="25 июня", place="Констанца",
      actors=[("броненосец", "agent"), ("румынским властям", "participant")],
      note="the mutineers gave themselves up abroad; the place is where they surrendered")
event("забастовали", "7 октября в Москве забастовали железнодорожники", "strike",  # 19
      date="7 октября", place="Москва", actors=[("железнодорожники", "agent")])
event("стачка", "за несколько дней стачка стала всероссийской: в ней участвовали более 2 млн человек",  # 20
      "strike", date={"edtf": "1905-10-20/1905-10-30"}, same_as=19,
      quantities=[qty("более 2 млн человек", "participants", 2000000, min=2000000, approximate=True)],
      note="from 7 October (OS) over a few days, before the manifesto of 17 October")
event("возник", "13 октября в Петербурге возник Совет рабочих депутатов", "founding",  # 21
      date="13 октября", place="Петербург", actors=[("Совет рабочих депутатов", "participant")])
event("подписал манифест", "17 октября Николай II подписал манифест", "decree",  # 22
      date="17 октября", actors=[("Николай II", "agent")])
event("погромы", "Сразу после этого черносотенцы устроили погромы", "attack_on_civilians",  # 23
      date="Сразу после этого", actors=[("черносотенцы", "agent")])
event("погибли", "в Одессе погибли более 400 человек", "massacre", date="Сразу после этого",  # 24
      place="Одесса", quantities=[qty("более 400 человек", "fatalities", 400, min=400, approximate=True)],
      note="the Odessa pogrom, one of the pogroms of event 23")
event("амнистия", "21 октября была объявлена частичная амнистия", "amnesty", date="21 октября")  # 25
event("поднялись", "11 ноября поднялись матросы и солдаты в Севастополе", "mutiny",  # 26
      date="11 ноября", place="Севастополь", actors=[("матросы и солдаты", "agent")])
event("расстреляли", "в тот же день верные правительству корабли и береговые батареи расстреляли крейсер",  # 27
      "bombardment", date="в тот же день", place="Севастополь",
      actors=[("верные правительству корабли и береговые батареи", "agent"), ("крейсер", "target")])
event("подавлено", "и восстание было подавлено", "suppression", date="в тот же день", place="Севастополь")  # 28
event("арестовала", "3 декабря полиция арестовала депутатов Петербургского совета", "arrest",  # 29
      date="3 декабря", place="Петербург",
      actors=[("полиция", "agent"), ("депутатов Петербургского совета", "target")])
event("стачкой", "Московский совет ответил политической стачкой, начавшейся 7 декабря", "strike",  # 30
      date="7 декабря", place="Москва", actors=[("Московский совет", "agent")])
event("восстание", "10 декабря она переросла в вооружённое восстание", "uprising",  # 31
      date="10 декабря", place="Москва")
event("прибыл", "15 декабря из столицы прибыл Семёновский полк", "reinforcement",  # 32
      date="15 декабря", place="Москва", actors=[("Семёновский полк", "agent")])
event("бои", "Дольше всех держалась Пресня, где бои стихли лишь 19 декабря", "battle",  # 33
      date={"edtf": "1905-12-23/1906-01-01"}, place="Пресня",
      note="fighting from the rising of 10 December until it ceased on 19 December (OS)")
event("погибли", "В Москве погибли более 1 тыс. человек", "uprising", date={"edtf": "1905-12-20/1906-01-01"},  # 34
      place="Москва", same_as=31,
      quantities=[qty("более 1 тыс. человек", "fatalities", 1000, min=1000, approximate=True)],
      note="the dead of the December rising, 7-19 December (OS)")
for town in ("Сормово", "Мотовилиха", "Красноярск"):  # 35, 36, 37
    event("восстания", "В те же дни вспыхнули восстания в Сормове, Мотовилихе и Красноярске", "uprising",
          date="В те же дни", place=town)
event("двинулись", "В январе 1906 года по Сибирской железной дороге двинулись карательные экспедиции "  # 38
      "генералов А. Н. Меллер-Закомельского и П. К. Ренненкампфа", "reinforcement",
      date="В январе 1906 года", place="Сибирь",
      actors=[("карательные экспедиции генералов А. Н. Меллер-Закомельского и П. К. Ренненкампфа", "agent")])
event("заняли", "22 января войска Ренненкампфа без боя заняли Читу", "recapture",  # 39
      date="22 января", place="Чита", actors=[("войска Ренненкампфа", "agent")])
event("сожгли", "В Прибалтике каратели сожгли усадьбы", "looting", date="В январе 1906 года",  # 40
      place="Прибалтика", actors=[("каратели", "agent")],
      note="the text gives no date of its own; the narrative places it in the same winter")
event("расстреляли", "В Прибалтике каратели сожгли усадьбы и расстреляли без суда сотни крестьян",  # 41
      "execution", date="В январе 1906 года", place="Прибалтика",
      actors=[("каратели", "agent"), ("крестьян", "target")],
      quantities=[qty("сотни крестьян", "fatalities", None, min=200, max=900, approximate=True)],
      note="the text gives no date of its own; the narrative places it in the same winter")
event("расстрелян", "6 марта на острове Березань был расстрелян Шмидт", "execution",  # 42
      date="6 марта", place="Березань", actors=[("Шмидт", "target")])
event("Выборы", "Выборы в I Государственную думу прошли в феврале–марте 1906 года", "election",  # 43
      date="в феврале–марте 1906 года")
event("открылась", "Дума открылась 27 апреля", "founding", date="27 апреля",  # 44
      actors=[("Дума", "participant")])
event("распущена", "уже 8 июля была распущена", "abolition", date="8 июля")  # 45
event("подписали воззвание", "Около 180 депутатов, собравшись в Выборге, подписали воззвание к пассивному "  # 46
      "сопротивлению", "political_activity", date={"edtf": "1906-07-22/1906-07-23"}, place="Выборг",
      actors=[("Около 180 депутатов", "agent")],
      quantities=[qty("Около 180 депутатов", "participants", 180, approximate=True)],
      note="the text gives no day; right after the dissolution of 8 July (OS)")
event("восстал", "17 июля восстал гарнизон Свеаборга", "mutiny", date="17 июля", place="Свеаборг",  # 47
      actors=[("гарнизон Свеаборга", "agent")])
event("подавили", "через три дня мятеж подавили", "suppression", date="через три дня", place="Свеаборг")  # 48
event("взорвали", "12 августа эсеры-максималисты взорвали дачу П. А. Столыпина на Аптекарском острове",  # 49
      "explosion", date="12 августа", place="Аптекарский остров",
      actors=[("эсеры-максималисты", "agent"), ("П. А. Столыпина", "target")])
event("введены", "19 августа, были введены военно-полевые суды", "decree", date="19 августа")  # 50
event("казнили", "за восемь месяцев по их приговорам казнили более 1 тыс. человек", "execution",  # 51
      date={"edtf": "1906-09-01/1907-05-01"},
      quantities=[qty("более 1 тыс. человек", "fatalities", 1000, min=1000, approximate=True)],
      note="19 August 1906 (OS) + eight months")
event("распустили", "3 июня 1907 года её распустили", "abolition", date="3 июня 1907 года")  # 52
event("изменили", "3 июня 1907 года её распустили и изменили избирательный закон", "decree",  # 53
      date="3 июня 1907 года")
