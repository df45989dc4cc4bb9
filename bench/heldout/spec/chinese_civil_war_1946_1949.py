"""Gold spec for bench/heldout/chinese_civil_war_1946_1949.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/chinese_civil_war_1946_1949.txt"

gazetteer({
    "Китай": ("polity", 32.06, 118.78, None),
    "Центрально-Китайский освобождённый район": ("region", 31.8, 114.5, None),
    "Хубэй": ("region", 30.6, 112.3, None),
    "Хэнань": ("region", 33.9, 113.5, None),
    "Калган": ("settlement", 40.81, 114.88, None, "Чжанцзякоу"),
    "Тайвань": ("region", 23.7, 121.0, None),
    "Особый район Шэньси–Ганьсу–Нинся": ("region", 36.6, 109.5, None),
    "Яньань": ("settlement", 36.59, 109.49, None),
    "Мэнлянгу": ("mountain", 35.58, 118.05, None),
    "Хуанхэ": ("river", 35.7, 115.5, None),
    "Дабешань": ("mountain", 31.2, 115.8, None),
    "Шицзячжуан": ("settlement", 38.04, 114.51, None),
    "Цзинань": ("settlement", 36.67, 117.0, None),
    "Маньчжурия": ("region", 43.0, 125.0, None),
    "Цзиньчжоу": ("settlement", 41.12, 121.13, None),
    "Чанчунь": ("settlement", 43.88, 125.32, None),
    "Шэньян": ("settlement", 41.8, 123.43, None),
    "Няньчжуан": ("settlement", 34.4, 117.8, None),
    "Сюйчжоу": ("settlement", 34.26, 117.18, None),
    "Шуандуйцзи": ("settlement", 33.45, 116.7, None),
    "Тяньцзинь": ("settlement", 39.13, 117.2, "Q11736"),
    "Бэйпин": ("settlement", 39.9, 116.4, "Q956", "Пекин"),
    "Нанкин": ("settlement", 32.06, 118.78, "Q16666"),
    "Янцзы": ("river", 32.25, 119.6, "Q5413"),
    "Тайюань": ("settlement", 37.87, 112.55, None),
    "Шанхай": ("settlement", 31.23, 121.47, "Q8686"),
    "Пекин": ("settlement", 39.9, 116.4, "Q956"),
    "Китайская Народная Республика": ("polity", 39.9, 116.4, "Q148"),
    "СССР": ("polity", 55.75, 37.62, "Q15180"),
    "Гуанчжоу": ("settlement", 23.13, 113.26, "Q16572"),
    "Цзиньмэнь": ("region", 24.45, 118.38, None),
    "Чунцин": ("settlement", 29.56, 106.55, "Q11725"),
    "Чэнду": ("settlement", 30.66, 104.07, "Q30002"),
    "Тайбэй": ("settlement", 25.04, 121.56, "Q1867"),
})

# ---- dates, in reading order
date("в 1946 году", "1946", "year")
date("10 января", "1946-01-10", "day", derivation="anchored")
date("26 июня", "1946-06-26", "day", derivation="anchored")
date("Осенью", "1946-23", "season", derivation="anchored")
date("11 октября", "1946-10-11", "day", derivation="anchored")
date("В конце февраля 1947 года", "1947-02-21/1947-02-28", "interval")
date("В марте", "1947-03", "month", derivation="anchored")
date("18 марта", "1947-03-18", "day", derivation="anchored")
date("на следующий день", "1947-03-19", "day", derivation="computed", note="18 March + 1 day")
date("16 мая", "1947-05-16", "day", derivation="anchored")
date("30 июня", "1947-06-30", "day", derivation="anchored")
date("в конце августа", "1947-08-21/1947-08-31", "interval", derivation="anchored")
date("12 ноября", "1947-11-12", "day", derivation="anchored")
date("22 апреля 1948 года", "1948-04-22", "day")
date("24 сентября", "1948-09-24", "day", derivation="anchored")
date("восьмидневного", None, None, kind="duration", duration="P8D")
date("12 сентября", "1948-09-12", "day", derivation="anchored")
date("15 октября", "1948-10-15", "day", derivation="anchored")
date("с конца мая", "1948-05-21/1948-05-31", "interval", derivation="anchored",
     note="start of a siege that lasted until 19 October")
date("19 октября", "1948-10-19", "day", derivation="anchored")
date("за месяцы", None, None, kind="duration", note="unquantified: months")
date("В конце октября", "1948-10-21/1948-10-31", "interval", derivation="anchored")
date("2 ноября", "1948-11-02", "day", derivation="anchored")
date("6 ноября", "1948-11-06", "day", derivation="anchored")
date("Через два дня", "1948-11-08", "day", derivation="computed", note="6 November + 2 days")
date("22 ноября", "1948-11-22", "day", derivation="anchored")
date("1 декабря", "1948-12-01", "day", derivation="anchored")
date("15 декабря", "1948-12-15", "day", derivation="anchored")
date("10 января 1949 года", "1949-01-10", "day")
date("С конца ноября", "1948-11-21/1948-11-30", "interval", derivation="anchored",
     note="back to November 1948; start of a campaign that went on")
date("24 декабря", "1948-12-24", "day", derivation="anchored")
date("15 января", "1949-01-15", "day", derivation="anchored")
date("29-часового", None, None, kind="duration", duration="PT29H")
date("21 января", "1949-01-21", "day", derivation="anchored")
date("В тот же день", "1949-01-21", "day", derivation="anchored")
date("31 января", "1949-01-31", "day", derivation="anchored")
date("Весной", "1949-21", "season", derivation="anchored")
date("20 апреля", "1949-04-20", "day", derivation="anchored")
date("В тот же день", "1949-04-20", "day", derivation="anchored")
date("В ночь на 21 апреля", "1949-04-20/1949-04-21", "day", derivation="anchored")
date("23 апреля", "1949-04-23", "day", derivation="anchored")
date("на следующий день", "1949-04-24", "day", derivation="computed", note="23 April + 1 day")
date("полугодовой", None, None, kind="duration", duration="P6M")
date("27 мая", "1949-05-27", "day", derivation="anchored")
date("двухнедельных", None, None, kind="duration", duration="P2W")
date("21 сентября", "1949-09-21", "day", derivation="anchored")
date("27 сентября", "1949-09-27", "day", derivation="anchored")
date("1 октября 1949 года", "1949-10-01", "day")
date("через день", "1949-10-02", "day", derivation="computed", note="1 October + 1 day")
date("14 октября", "1949-10-14", "day", derivation="anchored")
date("25 октября", "1949-10-25", "day", derivation="anchored")
date("7 декабря", "1949-12-07", "day", derivation="anchored")
date("10 декабря", "1949-12-10", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Китая", "Китай"), ("Центрально-Китайский освобождённый район", None), ("Хубэй", None),
    ("Хэнань", None), ("Калган", None),
    ("Тайване", "Тайвань"), ("Особый район Шэньси–Ганьсу–Нинся", None), ("Яньань", None),
    ("Мэнлянгу", None), ("Хуанхэ", None), ("Дабешань", None), ("Шицзячжуан", None),
    ("Яньань", None), ("Цзинань", None), ("Маньчжурии", "Маньчжурия"), ("Цзиньчжоу", None),
    ("Чанчунь", None), ("Шэньяна", "Шэньян"), ("Шэньян", None),
    ("Няньчжуана", "Няньчжуан"), ("Сюйчжоу", None), ("Шуандуйцзи", None),
    ("Калган", None), ("Тяньцзинь", None), ("Бэйпине", "Бэйпин"),
    ("Бэйпине", "Бэйпин"), ("нанкинское", "Нанкин"), ("Янцзы", None), ("Нанкин", None),
    ("Тайюань", None), ("Шанхай", None),
    ("Бэйпине", "Бэйпин"), ("Пекин", None), ("Пекине", "Пекин"),
    ("Китайской Народной Республики", "Китайская Народная Республика"), ("СССР", None),
    ("Гуанчжоу", None), ("Цзиньмэнь", None), ("Чунцин", None), ("Чэнду", None), ("Тайбэй", None),
    ("Тайвань", None),
]:
    place(quote, name)

# ---- events
event("Гражданская война", "Гражданская война между Гоминьданом и Коммунистической партией Китая вновь "  # 0
      "разгорелась в 1946 году", "battle", date="в 1946 году", place="Китай",
      actors=[("Гоминьданом", "participant"), ("Коммунистической партией Китая", "participant")])
event("Перемирие", "Перемирие, заключённое 10 января при посредничестве американцев", "treaty",  # 1
      date="10 января", actors=[("американцев", "participant")])
event("атаковали", "26 июня правительственные войска атаковали Центрально-Китайский освобождённый район",  # 2
      "attack", date="26 июня", place="Центрально-Китайский освобождённый район",
      actors=[("правительственные войска", "agent")])
event("наступление", "Осенью наступление продолжалось", "attack", date="Осенью", same_as=2)  # 3
event("заняла", "11 октября армия Фу Цзои заняла Калган", "capture", date="11 октября",  # 4
      place="Калган", actors=[("армия Фу Цзои", "agent")])
event("восстание", "В конце февраля 1947 года на Тайване вспыхнуло восстание против гоминьдановской "  # 5
      "администрации", "uprising", date="В конце февраля 1947 года", place="Тайвань",
      actors=[("гоминьдановской администрации", "target")])
event("подавлении", "при его подавлении погибли, по разным оценкам, от 18 до 28 тыс. человек",  # 6
      "suppression", date={"edtf": "1947-02-28/1947-05-31"}, place="Тайвань",
      quantities=[qty("от 18 до 28 тыс. человек", "fatalities", None, min=18000, max=28000,
                      approximate=True)],
      note="the text gives no date for the suppression; only the death toll is attributed to estimates")
event("главный удар", "В марте главный удар был направлен на Особый район Шэньси–Ганьсу–Нинся",  # 7
      "attack", date="В марте", place="Особый район Шэньси–Ганьсу–Нинся")
event("покинуло", "18 марта руководство КПК покинуло Яньань", "retreat", date="18 марта",  # 8
      place="Яньань", actors=[("руководство КПК", "agent")])
event("заняли", "на следующий день город без боя заняли войска Ху Цзуннаня", "capture",  # 9
      date="на следующий день", place="Яньань", actors=[("войска Ху Цзуннаня", "agent")])
event("уничтожили", "16 мая в горах Мэнлянгу коммунисты окружили и уничтожили 74-ю дивизию противника",  # 10
      "battle", date="16 мая", place="Мэнлянгу",
      actors=[("коммунисты", "agent"), ("74-ю дивизию противника", "target")])
event("форсировала", "30 июня армия Лю Бочэна форсировала Хуанхэ", "attack", date="30 июня",  # 11
      place="Хуанхэ", actors=[("армия Лю Бочэна", "agent")])
event("вышла", "30 июня армия Лю Бочэна форсировала Хуанхэ и в конце августа вышла в горы Дабешань",  # 12
      "reinforcement", date="в конце августа", place="Дабешань", actors=[("армия Лю Бочэна", "agent")])
event("взяла", "12 ноября Народно-освободительная армия (НОА) взяла Шицзячжуан", "capture",  # 13
      date="12 ноября", place="Шицзячжуан", actors=[("Народно-освободительная армия", "agent")])
event("вернула", "22 апреля 1948 года НОА вернула Яньань", "recapture", date="22 апреля 1948 года",  # 14
      place="Яньань", actors=[("НОА", "agent")])
event("штурма", "24 сентября после восьмидневного штурма пал Цзинань", "attack",  # 15
      date={"edtf": "1948-09-16/1948-09-24"}, place="Цзинань", note="24 September - 8 days")
event("пал", "24 сентября после восьмидневного штурма пал Цзинань", "capture", date="24 сентября",  # 16
      place="Цзинань")
event("Ляошэньскую операцию", "12 сентября войска Линь Бяо начали в Маньчжурии Ляошэньскую операцию",  # 17
      "attack", date="12 сентября", place="Маньчжурия", actors=[("войска Линь Бяо", "agent")])
event("взяли", "15 октября они штурмом взяли Цзиньчжоу", "capture", date="15 октября",  # 18
      place="Цзиньчжоу")
event("Осаждённый", "Осаждённый с конца мая Чанчунь капитулировал 19 октября", "siege",  # 19
      date="с конца мая", place="Чанчунь", note="the siege lasted from late May to 19 October")
event("капитулировал", "Осаждённый с конца мая Чанчунь капитулировал 19 октября", "capture",  # 20
      date="19 октября", place="Чанчунь")
event("блокады", "за месяцы блокады там умерли от голода, по разным оценкам, от 120 до 330 тыс. мирных "  # 21
      "жителей", "siege", date={"edtf": "1948-05-21/1948-10-19"}, place="Чанчунь", same_as=19,
      actors=[("мирных жителей", "target")],
      quantities=[qty("от 120 до 330 тыс. мирных жителей", "fatalities", None, min=120000, max=330000,
                      approximate=True)],
      note="deaths from hunger during the blockade; only the count is attributed to estimates")
event("разгромлена", "В конце октября западнее Шэньяна была разгромлена армейская группа Ляо Яосяна",  # 22
      "battle", date="В конце октября", place="Шэньян",
      actors=[("армейская группа Ляо Яосяна", "target")], note="west of Shenyang")
event("вступила", "2 ноября НОА вступила в Шэньян", "capture", date="2 ноября", place="Шэньян",  # 23
      actors=[("НОА", "agent")])
event("Хуайхайская операция", "6 ноября началась Хуайхайская операция", "attack", date="6 ноября")  # 24
event("перешли", "Через два дня на сторону коммунистов перешли около 23 тыс. солдат генералов Хэ Цзифэна "  # 25
      "и Чжан Кэся", "political_activity", date="Через два дня",
      actors=[("солдат генералов Хэ Цзифэна и Чжан Кэся", "agent")],
      quantities=[qty("около 23 тыс. солдат", "participants", 23000, approximate=True)],
      note="defection of Nationalist troops")
event("уничтожена", "22 ноября у Няньчжуана была уничтожена 7-я армия Хуан Бохао", "battle",  # 26
      date="22 ноября", place="Няньчжуан", actors=[("7-я армия Хуан Бохао", "target")])
event("заняла", "1 декабря НОА заняла оставленный противником Сюйчжоу", "capture", date="1 декабря",  # 27
      place="Сюйчжоу", actors=[("НОА", "agent")])
event("оставленный", "1 декабря НОА заняла оставленный противником Сюйчжоу", "retreat",  # 28
      date={"edtf": "1948-11-22/1948-12-01"}, place="Сюйчжоу", actors=[("противником", "agent")],
      note="abandoned before 1 December; the text gives no day")
event("разгромила", "1 декабря НОА заняла оставленный противником Сюйчжоу, а 15 декабря у Шуандуйцзи "  # 29
      "разгромила 12-ю армию Хуан Вэя", "battle", date="15 декабря", place="Шуандуйцзи",
      actors=[("НОА", "agent"), ("12-ю армию Хуан Вэя", "target")])
event("добита", "10 января 1949 года была добита окружённая группировка Ду Юймина", "battle",  # 30
      date="10 января 1949 года", actors=[("окружённая группировка Ду Юймина", "target")])
event("Пинцзиньская операция", "С конца ноября шла и Пинцзиньская операция", "attack",  # 31
      date="С конца ноября")
event("заняла", "24 декабря НОА заняла Калган", "recapture", date="24 декабря", place="Калган",  # 32
      actors=[("НОА", "agent")], note="Kalgan had been taken by the Nationalists in 1946")
event("заняла", "24 декабря НОА заняла Калган, а 15 января после 29-часового штурма — Тяньцзинь",  # 33
      "capture", date="15 января", place="Тяньцзинь", actors=[("НОА", "agent")])
event("штурма", "15 января после 29-часового штурма — Тяньцзинь, гарнизон которого насчитывал около "  # 34
      "130 тыс. человек", "attack", date={"edtf": "1949-01-14/1949-01-15"}, place="Тяньцзинь",
      quantities=[qty("около 130 тыс. человек", "participants", 130000, approximate=True)],
      note="15 January - 29 hours; the count is the defending garrison")
event("сложил президентские полномочия", "21 января Чан Кайши сложил президентские полномочия, передав их "  # 35
      "Ли Цзунжэню", "political_activity", date="21 января",
      actors=[("Чан Кайши", "agent"), ("Ли Цзунжэню", "participant")])
event("окружённый", "окружённый в Бэйпине Фу Цзои", "siege", date={"edtf": "1948-11-21/1949-01-21"},  # 36
      place="Бэйпин", actors=[("Фу Цзои", "target")],
      note="encircled during the Pingjin campaign, before 21 January")
event("согласился на мирную сдачу", "В тот же день окружённый в Бэйпине Фу Цзои согласился на мирную "  # 37
      "сдачу города", "treaty", date="В тот же день", place="Бэйпин", actors=[("Фу Цзои", "participant")])
event("вошли", "31 января туда вошли части НОА", "occupation", date="31 января", place="Бэйпин",  # 38
      actors=[("части НОА", "agent")])
event("переговоры", "Весной в Бэйпине шли переговоры", "negotiations", date="Весной", place="Бэйпин")  # 39
event("мирного договора", "20 апреля нанкинское правительство отвергло проект мирного договора", "treaty",  # 40
      date="20 апреля", place="Нанкин", assertion="negated",
      actors=[("нанкинское правительство", "participant")], note="the draft was rejected")
event("обстреляли", "В тот же день береговые батареи НОА обстреляли на Янцзы британский шлюп «Аметист»",  # 41
      "bombardment", date="В тот же день", place="Янцзы",
      actors=[("береговые батареи НОА", "agent"), ("британский шлюп «Аметист»", "target")])
event("форсирование", "В ночь на 21 апреля около 1 млн бойцов начали форсирование реки", "attack",  # 42
      date="В ночь на 21 апреля", place="Янцзы",
      quantities=[qty("около 1 млн бойцов", "participants", 1000000, approximate=True)])
event("пал", "23 апреля пал Нанкин", "capture", date="23 апреля", place="Нанкин")  # 43
event("осады", "на следующий день после полугодовой осады был взят Тайюань", "siege",  # 44
      date={"edtf": "1948-10-24/1949-04-24"}, place="Тайюань", note="24 April - 6 months")
event("взят", "на следующий день после полугодовой осады был взят Тайюань", "capture",  # 45
      date="на следующий день", place="Тайюань")
event("взят", "на следующий день после полугодовой осады был взят Тайюань, а 27 мая после двухнедельных "  # 46
      "боёв — Шанхай", "capture", date="27 мая", place="Шанхай")
event("боёв", "а 27 мая после двухнедельных боёв — Шанхай", "battle",  # 47
      date={"edtf": "1949-05-13/1949-05-27"}, place="Шанхай", note="27 May - two weeks")
event("открылась", "21 сентября в Бэйпине открылась Народная политическая консультативная конференция",  # 48
      "founding", date="21 сентября", place="Бэйпин",
      actors=[("Народная политическая консультативная конференция", "participant")])
event("переименовала", "которая 27 сентября переименовала город в Пекин и объявила его столицей",  # 49
      "decree", date="27 сентября", place="Пекин",
      actors=[("Народная политическая консультативная конференция", "agent")])
event("провозгласил", "1 октября 1949 года Мао Цзэдун провозгласил в Пекине образование Китайской Народной "  # 50
      "Республики", "founding", date="1 октября 1949 года", place="Пекин",
      actors=[("Мао Цзэдун", "agent")])
event("признал", "а через день её признал СССР", "recognition", date="через день", place="СССР",  # 51
      actors=[("СССР", "agent")], note="the text names no city")
event("заняла", "14 октября НОА заняла Гуанчжоу", "capture", date="14 октября", place="Гуанчжоу",  # 52
      actors=[("НОА", "agent")])
event("высадка", "25 октября высадка около 9 тыс. человек на остров Цзиньмэнь окончилась разгромом десанта",  # 53
      "attack", date="25 октября", place="Цзиньмэнь", assertion="failed",
      quantities=[qty("около 9 тыс. человек", "participants", 9000, approximate=True)])
event("перебралось", "Правительство Гоминьдана перебралось в Чунцин", "retreat",  # 54
      date={"edtf": "1949-10-14/1949-12-07"}, place="Чунцин",
      actors=[("Правительство Гоминьдана", "agent")], note="between the fall of Guangzhou and 7 December")
event("перебралось", "Правительство Гоминьдана перебралось в Чунцин, затем в Чэнду", "retreat",  # 55
      date={"edtf": "1949-10-14/1949-12-07"}, place="Чэнду",
      actors=[("Правительство Гоминьдана", "agent")], note="between the fall of Guangzhou and 7 December")
event("постановило переехать", "Правительство Гоминьдана перебралось в Чунцин, затем в Чэнду, а 7 декабря "  # 56
      "постановило переехать в Тайбэй", "retreat", date="7 декабря", place="Тайбэй",
      actors=[("Правительство Гоминьдана", "agent")], note="place is the destination")
event("вылетел", "10 декабря Чан Кайши вылетел на Тайвань", "retreat", date="10 декабря",  # 57
      place="Тайвань", actors=[("Чан Кайши", "agent")], note="place is the destination")
event("бежали", "на Тайвань, куда бежали от 1 до 2 млн военных и беженцев", "flight",  # 58
      date={"edtf": "1949"}, place="Тайвань", actors=[("военных и беженцев", "participant")],
      quantities=[qty("от 1 до 2 млн военных и беженцев", "displaced", None, min=1000000, max=2000000)],
      note="place is the destination; the flight is not dated, the narrative implies 1949")
