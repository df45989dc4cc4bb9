"""Gold spec for bench/heldout/seven_years_war_1756_1763.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style; day and month dates are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/seven_years_war_1756_1763.txt"

gazetteer({
    "Пруссия": ("polity", 52.52, 13.4, None),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Россия": ("polity", 59.94, 30.31, "Q159"),
    "Швеция": ("polity", 59.33, 18.07, "Q34"),
    "Саксония": ("polity", 51.05, 13.74, None),
    "Дрезден": ("settlement", 51.05, 13.74, "Q1731"),
    "Лобозиц": ("settlement", 50.52, 14.05, None, "Ловосице"),
    "Пирна": ("settlement", 50.96, 13.94, None),
    "Чехия": ("region", 49.9, 14.8, None),
    "Прага": ("settlement", 50.08, 14.42, "Q1085"),
    "Колин": ("settlement", 50.03, 15.2, None),
    "Восточная Пруссия": ("region", 54.5, 21.0, None),
    "Мемель": ("settlement", 55.71, 21.14, None, "Клайпеда"),
    "Кёнигсберг": ("settlement", 54.71, 20.51, "Q1829", "Калининград"),
    "Гросс-Егерсдорф": ("settlement", 54.64, 21.46, None, "Междуречье"),
    "Неман": ("river", 55.08, 21.88, None),
    "Берлин": ("settlement", 52.52, 13.4, "Q64"),
    "Росбах": ("settlement", 51.25, 11.92, None),
    "Лейтен": ("settlement", 51.13, 16.77, None, "Лутыня"),
    "Кюстрин": ("settlement", 52.59, 14.65, None, "Костшин-над-Одрой"),
    "Цорндорф": ("settlement", 52.63, 14.78, None, "Сарбиново"),
    "Хохкирх": ("settlement", 51.15, 14.57, None),
    "Кольберг": ("settlement", 54.18, 15.58, None, "Колобжег"),
    "Пальциг": ("settlement", 52.13, 15.57, None, "Пальцк"),
    "Кунерсдорф": ("settlement", 52.35, 14.62, None, "Куновице"),
    "Одер": ("river", 52.35, 14.55, "Q552"),
    "Максен": ("settlement", 50.93, 13.83, None),
    "Ландесхут": ("settlement", 50.78, 16.03, None, "Каменна-Гура"),
    "Лигниц": ("settlement", 51.21, 16.16, None, "Легница"),
    "Торгау": ("settlement", 51.56, 13.01, None),
    "Швейдниц": ("settlement", 50.84, 16.49, None, "Свидница"),
    "Петербург": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "Гамбург": ("settlement", 53.55, 9.99, "Q1055"),
    "Силезия": ("region", 50.9, 16.5, None),
    "Буркерсдорф": ("settlement", 50.82, 16.43, None, "Буркатув"),
    "Фрайберг": ("settlement", 50.92, 13.34, None),
    "Губертусбург": ("settlement", 51.28, 12.94, None),
    "Париж": ("settlement", 48.86, 2.35, "Q90"),
    "Великобритания": ("polity", 51.51, -0.13, None),
})

# ---- dates, in reading order
date("1756–1763 гг.", "1756/1763", "interval")
date("29 августа 1756 года", "1756-08-29", "day")
date("9 сентября", "1756-09-09", "day", derivation="anchored")
date("1 октября", "1756-10-01", "day", derivation="anchored")
date("больше месяца", None, None, kind="duration", duration="P1M", note="more than a month")
date("16 октября", "1756-10-16", "day", derivation="anchored")
date("Весной 1757 года", "1757-21", "season")
date("6 мая", "1757-05-06", "day", derivation="anchored")
date("18 июня", "1757-06-18", "day", derivation="anchored")
date("Тем временем", "1757-06/1757-07", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': while Frederick fought in Bohemia, before the 5 July date that follows")
date("5 июля", "1757-07-05", "day", derivation="anchored")
date("30 августа", "1757-08-30", "day", derivation="anchored")
date("Вскоре", "1757-08-30/1757-09-30", "interval", kind="vague", derivation="anchored",
     note="soon after 30 August")
date("Осенью", "1757-23", "season", derivation="anchored")
date("на короткое время", None, None, kind="duration", note="unquantified: for a short time")
date("5 ноября", "1757-11-05", "day", derivation="anchored")
date("5 декабря", "1757-12-05", "day", derivation="anchored")
date("В январе 1758 года", "1758-01", "month")
date("на четыре года", None, None, kind="duration", duration="P4Y")
date("15 августа", "1758-08-15", "day", derivation="anchored")
date("25 августа", "1758-08-25", "day", derivation="anchored")
date("14 октября", "1758-10-14", "day", derivation="anchored")
date("В октябре", "1758-10", "month", derivation="anchored")
date("23 июля 1759 года", "1759-07-23", "day")
date("в начале августа", "1759-08-01/1759-08-10", "interval", derivation="anchored")
date("12 августа", "1759-08-12", "day", derivation="anchored")
date("4 сентября", "1759-09-04", "day", derivation="anchored")
date("21 ноября", "1759-11-21", "day", derivation="anchored")
date("23 июня 1760 года", "1760-06-23", "day")
date("15 августа", "1760-08-15", "day", derivation="anchored")
date("9 октября", "1760-10-09", "day", derivation="anchored")
date("через три дня", "1760-10-12", "day", derivation="computed", note="9 October + 3 days")
date("3 ноября", "1760-11-03", "day", derivation="anchored")
date("1 октября 1761 года", "1761-10-01", "day")
date("16 декабря", "1761-12-16", "day", derivation="anchored")
date("почти четырёхмесячной", None, None, kind="duration", duration="P4M", note="approximate: almost four months")
date("5 января 1762 года", "1762-01-05", "day")
date("5 мая", "1762-05-05", "day", derivation="anchored")
date("19 июня", "1762-06-19", "day", derivation="anchored")
date("22 мая", "1762-05-22", "day", derivation="anchored")
date("9 июля", "1762-07-09", "day", derivation="anchored")
date("21 июля", "1762-07-21", "day", derivation="anchored")
date("9 октября", "1762-10-09", "day", derivation="anchored")
date("двухмесячной", None, None, kind="duration", duration="P2M")
date("29 октября", "1762-10-29", "day", derivation="anchored")
date("15 февраля 1763 года", "1763-02-15", "day")
date("Пятью днями ранее", "1763-02-10", "day", derivation="computed", note="15 February - 5 days")

# ---- places, in reading order
for quote, name in [
    ("Пруссию", "Пруссия"), ("Австрии", "Австрия"), ("Франции", "Франция"), ("России", "Россия"),
    ("Швеции", "Швеция"), ("Саксонии", "Саксония"),
    ("Саксонию", "Саксония"), ("Дрезден", None), ("Лобозице", "Лобозиц"), ("Пирны", "Пирна"),
    ("Чехию", "Чехия"), ("Прагой", "Прага"), ("Колине", "Колин"), ("Чехии", "Чехия"),
    ("Восточную Пруссию", "Восточная Пруссия"), ("Мемель", None), ("Кёнигсберг", None),
    ("Гросс-Егерсдорфа", "Гросс-Егерсдорф"), ("Неман", None), ("Берлин", None), ("Росбахе", "Росбах"),
    ("Лейтене", "Лейтен"),
    ("Кёнигсберг", None), ("Восточная Пруссия", None), ("России", "Россия"), ("Кюстрин", None),
    ("Цорндорфе", "Цорндорф"), ("Хохкирха", "Хохкирх"), ("Кольберг", None),
    ("Пальциге", "Пальциг"), ("Кунерсдорфа", "Кунерсдорф"), ("Одер", None), ("Дрезденом", "Дрезден"),
    ("Максена", "Максен"),
    ("Ландесхута", "Ландесхут"), ("Лигнице", "Лигниц"), ("Берлин", None), ("Торгау", None),
    ("Швейдниц", None), ("Кольберг", None),
    ("Пруссию", "Пруссия"), ("Петербурге", "Петербург"), ("Пруссии", "Пруссия"), ("Гамбурге", "Гамбург"),
    ("Швеция", None), ("Петербурге", "Петербург"), ("Силезии", "Силезия"),
    ("Буркерсдорфе", "Буркерсдорф"), ("Швейдниц", None), ("Фрайбергом", "Фрайберг"),
    ("саксонском", "Саксония"), ("Губертусбург", None), ("Пруссия", None), ("Австрия", None),
    ("Саксония", None), ("Силезию", "Силезия"), ("Париже", "Париж"), ("Великобритания", None),
    ("Франция", None),
]:
    place(quote, name)

# ---- events
event("вторгся", "29 августа 1756 года Фридрих II без объявления войны вторгся в Саксонию с армией более "  # 0
      "60 тыс. человек", "attack", date="29 августа 1756 года", place="Саксония",
      actors=[("Фридрих II", "agent")],
      quantities=[qty("более 60 тыс. человек", "participants", 60000, min=60000, approximate=True)])
event("вступили", "9 сентября пруссаки вступили в Дрезден", "capture",  # 1
      date="9 сентября", place="Дрезден", actors=[("пруссаки", "agent")])
event("остановили", "9 сентября пруссаки вступили в Дрезден, а 1 октября при Лобозице остановили шедших "  # 2
      "на выручку австрийцев", "battle", date="1 октября", place="Лобозиц",
      actors=[("пруссаки", "agent"), ("австрийцев", "target")])
event("блокаде", "Саксонские войска, около 18 тыс. солдат, больше месяца провели в блокаде у Пирны",  # 3
      "siege", date={"edtf": "1756-09/1756-10-16"}, place="Пирна",
      actors=[("Саксонские войска", "target")],
      quantities=[qty("около 18 тыс. солдат", "participants", 18000, approximate=True)],
      note="more than a month before the capitulation of 16 October")
event("капитулировали", "Саксонские войска, около 18 тыс. солдат, больше месяца провели в блокаде у Пирны "  # 4
      "и 16 октября капитулировали", "siege", date="16 октября", place="Пирна", same_as=3,
      actors=[("Саксонские войска", "target")],
      quantities=[qty("около 18 тыс. солдат", "prisoners", 18000, approximate=True)],
      note="the blockaded army surrendered: the end of the siege")
event("вторгся", "Весной 1757 года Фридрих вторгся в Чехию", "attack",  # 5
      date="Весной 1757 года", place="Чехия", actors=[("Фридрих", "agent")])
event("разбил", "6 мая он разбил австрийцев под Прагой", "battle",  # 6
      date="6 мая", place="Прага", actors=[("австрийцев", "target")])
event("осадил", "6 мая он разбил австрийцев под Прагой и осадил город", "siege",  # 7
      date="6 мая", place="Прага")
event("поражение", "однако 18 июня потерпел поражение от Дауна при Колине", "battle",  # 8
      date="18 июня", place="Колин", actors=[("Дауна", "agent")])
event("снял осаду", "снял осаду и ушёл из Чехии", "siege", same_as=7,  # 9
      date={"edtf": "1757-06-18/1757-06-30"}, place="Прага",
      note="the siege of Prague lifted after Kolin")
event("ушёл", "снял осаду и ушёл из Чехии", "retreat",  # 10
      date={"edtf": "1757-06-18/1757-07-31"}, place="Чехия")
event("вступила", "Тем временем в Восточную Пруссию вступила русская армия С. Ф. Апраксина", "attack",  # 11
      date="Тем временем", place="Восточная Пруссия",
      actors=[("русская армия С. Ф. Апраксина", "agent")])
event("бомбардировки", "5 июля после бомбардировки сдалась крепость Мемель", "bombardment",  # 12
      date={"edtf": "1757-06/1757-07-05"}, place="Мемель",
      note="before the surrender of 5 July")
event("сдалась", "5 июля после бомбардировки сдалась крепость Мемель", "capture",  # 13
      date="5 июля", place="Мемель", actors=[("крепость Мемель", "target")])
event("разоряли", "Казаки разоряли деревни", "looting",  # 14
      date={"edtf": "1757-07/1757-09"}, place="Восточная Пруссия", actors=[("Казаки", "agent")],
      note="villages of East Prussia during the Russian invasion")
event("бежали", "многие жители бежали в Кёнигсберг", "flight",  # 15
      date={"edtf": "1757-07/1757-09"}, place="Кёнигсберг", actors=[("жители", "participant")],
      note="place is the destination")
event("разбили", "30 августа у Гросс-Егерсдорфа русские разбили корпус Левальда", "battle",  # 16
      date="30 августа", place="Гросс-Егерсдорф",
      actors=[("русские", "agent"), ("корпус Левальда", "target")])
event("увёл", "Вскоре Апраксин увёл войска за Неман", "retreat",  # 17
      date="Вскоре", place="Неман", actors=[("Апраксин", "agent")])
event("арестован", "Вскоре Апраксин увёл войска за Неман, за что был арестован", "arrest",  # 18
      date={"edtf": "1757-10/1758-08"}, actors=[("Апраксин", "target")],
      note="after the retreat; the text gives no date")
event("заняли", "Осенью австрийские гусары на короткое время заняли Берлин", "capture",  # 19
      date="Осенью", place="Берлин", actors=[("австрийские гусары", "agent")])
event("взяли", "взяли с города выкуп", "looting",  # 20
      date="Осенью", place="Берлин", actors=[("австрийские гусары", "agent")],
      note="a ransom levied on Berlin")
event("разгромил", "5 ноября при Росбахе Фридрих разгромил французов", "battle",  # 21
      date="5 ноября", place="Росбах", actors=[("Фридрих", "agent"), ("французов", "target")])
event("разгромил", "5 ноября при Росбахе Фридрих разгромил французов, а 5 декабря при Лейтене — австрийцев",  # 22
      "battle", date="5 декабря", place="Лейтен", actors=[("Фридрих", "agent"), ("австрийцев", "target")])
event("заняли", "В январе 1758 года войска Фермора без боя заняли Кёнигсберг", "occupation",  # 23
      date="В январе 1758 года", place="Кёнигсберг", actors=[("войска Фермора", "agent")])
event("перешла под власть", "Восточная Пруссия на четыре года перешла под власть России", "annexation",  # 24
      date="В январе 1758 года", place="Восточная Пруссия", actors=[("России", "agent")])
event("обстреляли", "15 августа русские обстреляли Кюстрин", "bombardment",  # 25
      date="15 августа", place="Кюстрин", actors=[("русские", "agent")])
event("выгорел", "15 августа русские обстреляли Кюстрин, и город выгорел", "looting",  # 26
      date="15 августа", place="Кюстрин", note="the town destroyed by fire after the bombardment")
event("сражение", "25 августа при Цорндорфе произошло кровопролитное сражение", "battle",  # 27
      date="25 августа", place="Цорндорф")
event("разгромил", "14 октября Даун внезапной атакой разгромил пруссаков у Хохкирха", "battle",  # 28
      date="14 октября", place="Хохкирх", actors=[("Даун", "agent"), ("пруссаков", "target")])
event("осаждал", "В октябре русский отряд безуспешно осаждал Кольберг", "siege",  # 29
      date="В октябре", place="Кольберг", assertion="failed", actors=[("русский отряд", "agent")])
event("разбил", "23 июля 1759 года П. С. Салтыков разбил пруссаков при Пальциге", "battle",  # 30
      date="23 июля 1759 года", place="Пальциг",
      actors=[("П. С. Салтыков", "agent"), ("пруссаков", "target")])
event("присоединился", "а в начале августа к нему присоединился корпус Лаудона", "reinforcement",  # 31
      date="в начале августа", actors=[("корпус Лаудона", "agent")])
event("разгромили", "12 августа у Кунерсдорфа союзники разгромили Фридриха: только убитыми пруссаки "  # 32
      "потеряли около 6 тыс. человек", "battle", date="12 августа", place="Кунерсдорф",
      actors=[("союзники", "agent"), ("Фридриха", "target")],
      quantities=[qty("около 6 тыс. человек", "fatalities", 6000, approximate=True)])
event("бежали", "а остатки армии бежали за Одер", "retreat",  # 33
      date="12 августа", place="Одер", actors=[("остатки армии", "agent")])
event("овладели", "4 сентября имперские войска овладели Дрезденом", "capture",  # 34
      date="4 сентября", place="Дрезден", actors=[("имперские войска", "agent")])
event("окружили", "21 ноября у Максена австрийцы окружили корпус Финка, и в плен сдались около 14 тыс. "  # 35
      "солдат", "battle", date="21 ноября", place="Максен",
      actors=[("австрийцы", "agent"), ("корпус Финка", "target")],
      quantities=[qty("около 14 тыс. солдат", "prisoners", 14000, approximate=True)])
event("уничтожил", "23 июня 1760 года Лаудон уничтожил корпус Фуке у Ландесхута", "battle",  # 36
      date="23 июня 1760 года", place="Ландесхут",
      actors=[("Лаудон", "agent"), ("корпус Фуке", "target")])
event("разбит", "23 июня 1760 года Лаудон уничтожил корпус Фуке у Ландесхута, но 15 августа был разбит "  # 37
      "королём при Лигнице", "battle", date="15 августа", place="Лигниц",
      actors=[("королём", "agent"), ("Лаудон", "target")])
event("вступили", "9 октября русские и австрийские отряды вступили в Берлин", "capture",  # 38
      date="9 октября", place="Берлин", actors=[("русские и австрийские отряды", "agent")])
event("уничтожили", "Союзники уничтожили арсенал", "looting",  # 39
      date={"edtf": "1760-10-09/1760-10-12"}, place="Берлин", actors=[("Союзники", "agent")])
event("взыскали", "Союзники уничтожили арсенал, взыскали контрибуцию", "looting",  # 40
      date={"edtf": "1760-10-09/1760-10-12"}, place="Берлин", actors=[("Союзники", "agent")],
      note="a contribution levied on Berlin")
event("ушли", "Союзники уничтожили арсенал, взыскали контрибуцию и через три дня ушли из города",  # 41
      "retreat", date="через три дня", place="Берлин", actors=[("Союзники", "agent")])
event("одержал верх", "3 ноября Фридрих одержал верх над Дауном у Торгау", "battle",  # 42
      date="3 ноября", place="Торгау", actors=[("Фридрих", "agent"), ("Дауном", "target")])
event("взял штурмом", "1 октября 1761 года Лаудон взял штурмом Швейдниц", "capture",  # 43
      date="1 октября 1761 года", place="Швейдниц", actors=[("Лаудон", "agent")])
event("осады", "16 декабря после почти четырёхмесячной осады корпусу П. А. Румянцева сдался Кольберг",  # 44
      "siege", date={"edtf": "1761-08/1761-12-16"}, place="Кольберг",
      actors=[("корпусу П. А. Румянцева", "agent")],
      note="almost four months before the surrender of 16 December")
event("сдался", "16 декабря после почти четырёхмесячной осады корпусу П. А. Румянцева сдался Кольберг; "  # 45
      "в плен попали более 2 тыс. человек", "capture", date="16 декабря", place="Кольберг",
      actors=[("корпусу П. А. Румянцева", "agent")],
      quantities=[qty("более 2 тыс. человек", "prisoners", 2000, min=2000, approximate=True)])
event("заключил", "Пётр III 5 мая заключил с Фридрихом мир в Петербурге", "treaty",  # 46
      date="5 мая", place="Петербург", actors=[("Пётр III", "participant"), ("Фридрихом", "participant")])
event("заключил", "Пётр III 5 мая заключил с Фридрихом мир в Петербурге, а 19 июня — союз", "treaty",  # 47
      date="19 июня", place="Петербург", actors=[("Пётр III", "participant"), ("Фридрихом", "participant")],
      note="the alliance treaty")
event("вернув", "вернув Пруссии все завоёванные земли", "territorial_transfer",  # 48
      date="5 мая", place="Пруссия", actors=[("Пруссии", "target")],
      note="the conquered lands returned under the peace of 5 May")
event("подписала", "22 мая в Гамбурге мир подписала и Швеция", "treaty",  # 49
      date="22 мая", place="Гамбург", actors=[("Швеция", "participant")])
event("свергла", "9 июля в Петербурге гвардия свергла Петра III", "political_activity",  # 50
      date="9 июля", place="Петербург", actors=[("гвардия", "agent"), ("Петра III", "target")],
      note="a palace coup; Catherine II became empress")
event("отозвала", "она отозвала из Силезии корпус Чернышёва", "retreat",  # 51
      date={"edtf": "1762-07"}, place="Силезия", actors=[("корпус Чернышёва", "participant")])
event("воевать", "но воевать не стала", "political_activity",  # 52
      date={"edtf": "1762-07"}, assertion="negated",
      note="Russia did not re-enter the war")
event("победили", "Пруссаки 21 июля победили при Буркерсдорфе", "battle",  # 53
      date="21 июля", place="Буркерсдорф", actors=[("Пруссаки", "agent")])
event("осады", "9 октября после двухмесячной осады вернули Швейдниц", "siege",  # 54
      date={"edtf": "1762-08-09/1762-10-09"}, place="Швейдниц", actors=[("Пруссаки", "agent")],
      note="9 October - two months")
event("вернули", "9 октября после двухмесячной осады вернули Швейдниц", "recapture",  # 55
      date="9 октября", place="Швейдниц", actors=[("Пруссаки", "agent")])
event("разбили", "а 29 октября разбили австрийцев под Фрайбергом", "battle",  # 56
      date="29 октября", place="Фрайберг", actors=[("Пруссаки", "agent"), ("австрийцев", "target")])
event("подписали мир", "15 февраля 1763 года в саксонском замке Губертусбург Пруссия, Австрия и Саксония "  # 57
      "подписали мир", "treaty", date="15 февраля 1763 года", place="Губертусбург",
      actors=[("Пруссия", "participant"), ("Австрия", "participant"), ("Саксония", "participant")])
event("заключили", "Пятью днями ранее в Париже мирный договор заключили Великобритания и Франция",  # 58
      "treaty", date="Пятью днями ранее", place="Париж",
      actors=[("Великобритания", "participant"), ("Франция", "participant")])
