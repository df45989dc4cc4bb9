"""Gold spec for bench/heldout/great_turkish_war_1683_1699.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/great_turkish_war_1683_1699.txt"

gazetteer({
    "Вена": ("settlement", 48.21, 16.37, "Q1741"),
    "Пассау": ("settlement", 48.57, 13.43, None),
    "Каленберг": ("mountain", 48.28, 16.33, None),
    "Паркан": ("settlement", 47.80, 18.72, None, "Штурово"),
    "Эстергом": ("settlement", 47.79, 18.74, None),
    "Гран": ("settlement", 47.79, 18.74, None, "Эстергом"),
    "Белград": ("settlement", 44.82, 20.46, "Q3711"),
    "Линц": ("settlement", 48.31, 14.29, None),
    "Польша": ("polity", 52.23, 21.01, None),
    "Венеция": ("polity", 45.44, 12.33, None),
    "Буда": ("settlement", 47.50, 19.03, None, "Будапешт"),
    "Офен": ("settlement", 47.50, 19.03, None, "Буда"),
    "Россия": ("polity", 55.75, 37.62, None),
    "Крым": ("region", 45.0, 34.1, None),
    "Перекоп": ("settlement", 46.15, 33.69, None),
    "Мохач": ("settlement", 45.99, 18.68, None),
    "Сланкамен": ("settlement", 45.13, 20.26, None),
    "Дунай": ("river", 45.2, 20.3, None),
    "Азов": ("settlement", 47.11, 39.42, None),
    "Казы-Кермен": ("settlement", 46.84, 33.42, None, "Берислав"),
    "Днепр": ("river", 46.8, 33.4, None),
    "Воронеж": ("settlement", 51.67, 39.21, None),
    "Таганрог": ("settlement", 47.22, 38.90, None),
    "Зента": ("settlement", 45.93, 20.09, None, "Сента"),
    "Сента": ("settlement", 45.93, 20.09, None),
    "Тиса": ("river", 45.9, 20.1, None),
    "Темешвар": ("settlement", 45.75, 21.23, None, "Тимишоара"),
    "Англия": ("polity", 51.51, -0.13, None),
    "Голландия": ("polity", 52.08, 4.30, None),
    "Карловицы": ("settlement", 45.20, 19.93, None, "Сремски-Карловци"),
    "Сремски-Карловци": ("settlement", 45.20, 19.93, None),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Венгрия": ("polity", 47.16, 19.5, None),
    "Трансильвания": ("region", 46.5, 24.0, None),
    "Подолия": ("region", 48.7, 27.0, None),
    "Морея": ("region", 37.5, 22.3, None),
})

# ---- dates, in reading order
date("1683–1699", "1683/1699", "interval")
date("14 июля 1683 года", "1683-07-14", "day")
date("Два месяца", None, None, kind="duration", duration="P2M")
date("12 сентября", "1683-09-12", "day", derivation="anchored")
date("7 октября", "1683-10-07", "day", derivation="anchored")
date("через два дня", "1683-10-09", "day", derivation="computed", note="7 October + 2 days")
date("27 октября", "1683-10-27", "day", derivation="anchored")
date("25 декабря", "1683-12-25", "day", derivation="anchored")
date("5 марта 1684 года", "1684-03-05", "day")
date("летом того же года", "1684-22", "season", derivation="anchored")
date("спустя три с лишним месяца", "1684-09/1684-11", "interval", derivation="computed",
     note="summer 1684 + more than three months")
date("18 июня 1686 года", "1686-06-18", "day")
date("2 сентября", "1686-09-02", "day", derivation="anchored")
date("Ещё в мае", "1686-05", "month", derivation="anchored", note="May of 1686, before the fall of Buda")
date("1687", "1687", "year")
date("1689 годах", "1689", "year")
date("12 августа 1687 года", "1687-08-12", "day")
date("в ноябре", "1687-11", "month", derivation="anchored")
date("6 сентября 1688 года", "1688-09-06", "day")
date("месячной", None, None, kind="duration", duration="P1M", note="'after a month-long siege'")
date("8 октября 1690 года", "1690-10-08", "day")
date("19 августа 1691 года", "1691-08-19", "day")
date("Летом 1695 года", "1695-22", "season")
date("в октябре", "1695-10", "month", derivation="anchored")
date("Одновременно", "1695-22", "season", kind="vague", derivation="anchored",
     note="'at the same time' as the siege of Azov in summer 1695")
date("Весной 1696 года", "1696-21", "season")
date("29 июля", "1696-07-29", "day", derivation="anchored")
date("30 октября", "1696-10-30", "day", derivation="anchored")
date("в 1698 году", "1698", "year")
date("11 сентября 1697 года", "1697-09-11", "day")
date("осенью 1698 года", "1698-23", "season")
date("26 января 1699 года", "1699-01-26", "day")
date("двухлетним", None, None, kind="duration", duration="P2Y", note="a two-year truce")
date("в 1700 году", "1700", "year")

# ---- places, in reading order
for quote, name in [
    ("Вену", "Вена"), ("Пассау", None),
    ("Каленберг", None),
    ("Паркана", "Паркан"), ("Эстергом", None), ("Гран", None), ("Белграде", "Белград"),
    ("Линце", "Линц"), ("Польша", None), ("Венеция", None), ("Буды", "Буда"), ("Офена", "Офен"),
    ("Буда", None), ("Россия", None), ("Польшей", "Польша"),
    ("Крымские", "Крым"), ("Перекопа", "Перекоп"), ("Мохача", "Мохач"),
    ("Белград", None),
    ("Сланкамена", "Сланкамен"), ("Дунае", "Дунай"),
    ("Азов", None), ("Казы-Кермен", None), ("Днепре", "Днепр"),
    ("Воронеже", "Воронеж"), ("Азов", None), ("Таганрог", None),
    ("Зенты", "Зента"), ("Сента", None), ("Тису", "Тиса"), ("Темешвар", None),
    ("Англии", "Англия"), ("Голландии", "Голландия"), ("Карловицах", "Карловицы"), ("Сремски-Карловци", None),
    ("Австрия", None), ("Венгрию", "Венгрия"), ("Трансильванию", "Трансильвания"), ("Польша", None),
    ("Подолию", "Подолия"), ("Венеция", None), ("Морею", "Морея"), ("Россия", None), ("Азов", None),
]:
    place(quote, name)

SIEGE_VIENNA = {"edtf": "1683-07-14/1683-09-12"}

# ---- events
event("осадило", "14 июля 1683 года войско великого визиря Кара-Мустафы, по разным оценкам от 90 до 150 тыс. "  # 0
      "человек, осадило Вену", "siege", date="14 июля 1683 года", place="Вена",
      actors=[("войско великого визиря Кара-Мустафы", "agent"), ("граф Штаремберг", "target")],
      quantities=[qty("от 90 до 150 тыс. человек", "participants", None, min=90000, max=150000, approximate=True),
                  qty("около 15 тыс. солдат и ополченцев", "participants", 15000, approximate=True)],
      note="the besiegers' strength is an estimate; the defenders' strength is given in the next sentence")
event("уехал", "Император Леопольд I заранее уехал в Пассау", "retreat",  # 1
      date={"edtf": "1683"}, place="Пассау", actors=[("Император Леопольд I", "agent")],
      note="left his capital before the siege of 14 July; the text gives no day")
event("взрывали мины", "Два месяца турки взрывали мины под бастионами", "explosion",  # 2
      date=SIEGE_VIENNA, place="Вена", actors=[("турки", "agent")])
event("приступы", "но их приступы раз за разом отбивались", "attack",  # 3
      date=SIEGE_VIENNA, place="Вена", assertion="failed")
event("подошла", "К городу подошла союзная армия польского короля Яна III Собеского и герцога Карла "  # 4
      "Лотарингского, около 70 тыс. человек", "reinforcement", date={"edtf": "1683-09-01/1683-09-12"},
      place="Вена",
      actors=[("союзная армия польского короля Яна III Собеского и герцога Карла Лотарингского", "agent")],
      quantities=[qty("около 70 тыс. человек", "participants", 70000, approximate=True)],
      note="arrived before the battle of 12 September")
event("разгромила", "12 сентября у горы Каленберг она разгромила осаждавших", "battle",  # 5
      date="12 сентября", place="Каленберг", actors=[("осаждавших", "target")])
event("бежали", "Турки бежали, бросив лагерь", "retreat",  # 6
      date="12 сентября", place="Каленберг", actors=[("Турки", "agent")])
event("потери", "Их потери обычно оценивают в 10–15 тыс. убитых, хотя некоторые авторы называют вдвое "  # 7
      "меньшие цифры", "battle", date="12 сентября", place="Каленберг", assertion="disputed", same_as=5,
      quantities=[qty("10–15 тыс. убитых", "fatalities", None, min=10000, max=15000, approximate=True)],
      note="other authors give figures half as large")
event("разбит", "7 октября передовой отряд Собеского был разбит у Паркана", "battle",  # 8
      date="7 октября", place="Паркан", actors=[("передовой отряд Собеского", "target")])
event("взяли реванш", "через два дня союзники взяли реванш", "battle",  # 9
      date="через два дня", place="Паркан", actors=[("союзники", "agent")])
event("заняли", "через два дня союзники взяли реванш, а 27 октября заняли Эстергом (Гран)", "capture",  # 10
      date="27 октября", place="Эстергом", actors=[("союзники", "agent")])
event("казнили", "Кара-Мустафу обвинили в поражении и 25 декабря казнили в Белграде по приказу султана "  # 11
      "Мехмеда IV", "execution", date="25 декабря", place="Белград",
      actors=[("Кара-Мустафу", "target"), ("султана Мехмеда IV", "agent")])
event("заключили Священную лигу", "5 марта 1684 года в Линце император, Польша и Венеция под покровительством "  # 12
      "папы заключили Священную лигу", "treaty", date="5 марта 1684 года", place="Линц",
      actors=[("император", "participant"), ("Польша", "participant"), ("Венеция", "participant"),
              ("папы", "participant")])
event("осада", "Первая осада Буды (Офена) летом того же года не удалась", "siege",  # 13
      date="летом того же года", place="Буда", assertion="failed")
event("отступили", "спустя три с лишним месяца имперцы отступили", "retreat",  # 14
      date="спустя три с лишним месяца", place="Буда", actors=[("имперцы", "agent")])
event("осада", "Вторая осада началась 18 июня 1686 года", "siege",  # 15
      date="18 июня 1686 года", place="Буда")
event("шла на приступ", "Армия Карла Лотарингского, около 65 тыс. человек, не раз безуспешно шла на приступ",  # 16
      "attack", date={"edtf": "1686-06-18/1686-09-02"}, place="Буда", assertion="failed",
      actors=[("Армия Карла Лотарингского", "agent")],
      quantities=[qty("около 65 тыс. человек", "participants", 65000, approximate=True)])
event("взята штурмом", "но 2 сентября Буда была взята штурмом", "capture",  # 17
      date="2 сентября", place="Буда")
event("перебили", "победители перебили множество мусульман и евреев города", "massacre",  # 18
      date="2 сентября", place="Буда",
      actors=[("победители", "agent"), ("мусульман и евреев города", "target")])
event("заключив", "Ещё в мае Россия, заключив с Польшей Вечный мир, примкнула к лиге", "treaty",  # 19
      date="Ещё в мае", actors=[("Россия", "participant"), ("Польшей", "participant")])
event("примкнула", "Ещё в мае Россия, заключив с Польшей Вечный мир, примкнула к лиге", "accession",  # 20
      date="Ещё в мае", place="Россия", actors=[("Россия", "agent")])
event("походы", "Крымские походы князя В. В. Голицына в 1687 и 1689 годах окончились ничем", "attack",  # 21
      date="1687", place="Крым", assertion="failed", actors=[("князя В. В. Голицына", "agent")])
event("походы", "Крымские походы князя В. В. Голицына в 1687 и 1689 годах окончились ничем", "attack",  # 22
      date="1689 годах", place="Крым", assertion="failed", actors=[("князя В. В. Голицына", "agent")])
event("выжгли", "татары выжгли степь", "looting",  # 23
      date="1687", actors=[("татары", "agent")], note="the first campaign, 1687")
event("повернула назад", "во второй раз армия дошла до Перекопа и повернула назад", "retreat",  # 24
      date="1689 годах", place="Перекоп", actors=[("армия", "agent")])
event("разбили", "Зато 12 августа 1687 года имперцы разбили визиря Сулейман-пашу у Мохача", "battle",  # 25
      date="12 августа 1687 года", place="Мохач",
      actors=[("имперцы", "agent"), ("визиря Сулейман-пашу", "target")])
event("мятеж", "Поражение вызвало мятеж турецкого войска", "mutiny",  # 26
      date={"edtf": "1687-08-12/1687-11-30"}, actors=[("турецкого войска", "agent")],
      note="after Mohács, before the deposition in November")
event("низложен", "в ноябре Мехмед IV был низложен", "political_activity",  # 27
      date="в ноябре", actors=[("Мехмед IV", "target")])
event("осады", "6 сентября 1688 года после месячной осады баварский курфюрст Макс Эмануэль взял Белград",  # 28
      "siege", date={"edtf": "1688-08-06/1688-09-06"}, place="Белград",
      actors=[("баварский курфюрст Макс Эмануэль", "agent")], note="a month before 6 September")
event("взял", "6 сентября 1688 года после месячной осады баварский курфюрст Макс Эмануэль взял Белград",  # 29
      "capture", date="6 сентября 1688 года", place="Белград",
      actors=[("баварский курфюрст Макс Эмануэль", "agent")])
event("вернул", "Однако 8 октября 1690 года визирь Фазыл Мустафа Кёпрюлю вернул крепость", "recapture",  # 30
      date="8 октября 1690 года", place="Белград", actors=[("визирь Фазыл Мустафа Кёпрюлю", "agent")])
event("ядра", "когда от турецкого ядра в ней взорвался пороховой склад", "bombardment",  # 31
      date="8 октября 1690 года", place="Белград")
event("взорвался", "когда от турецкого ядра в ней взорвался пороховой склад", "explosion",  # 32
      date="8 октября 1690 года", place="Белград")
event("разбил", "19 августа 1691 года у Сланкамена на Дунае маркграф Людвиг Баденский разбил турок", "battle",  # 33
      date="19 августа 1691 года", place="Сланкамен",
      actors=[("маркграф Людвиг Баденский", "agent"), ("турок", "target")])
event("потеряли", "Турки, как сообщалось, потеряли до 20 тыс. человек, имперцы — около 7 тыс.", "battle",  # 34
      date="19 августа 1691 года", place="Сланкамен", assertion="reported", same_as=33,
      quantities=[qty("до 20 тыс. человек", "fatalities", None, max=20000, approximate=True),
                  qty("около 7 тыс.", "fatalities", 7000, approximate=True)],
      note="losses as reported; the text says 'lost', not 'killed'")
event("осадил", "Летом 1695 года Пётр I осадил Азов", "siege",  # 35
      date="Летом 1695 года", place="Азов", actors=[("Пётр I", "agent")])
event("взяли", "Донские казаки взяли каланчи", "capture",  # 36
      date="Летом 1695 года", place="Азов", actors=[("Донские казаки", "agent")],
      note="the watchtowers on the Don above Azov")
event("штурма", "два штурма крепости были отбиты", "attack",  # 37
      date={"edtf": "1695-07/1695-10"}, place="Азов", assertion="failed")
event("осаду сняли", "в октябре осаду сняли", "retreat",  # 38
      date="в октябре", place="Азов")
event("взяли", "Одновременно Б. П. Шереметев и гетман Мазепа взяли Казы-Кермен на Днепре", "capture",  # 39
      date="Одновременно", place="Казы-Кермен",
      actors=[("Б. П. Шереметев", "agent"), ("гетман Мазепа", "agent")])
event("отрезал", "Весной 1696 года построенный в Воронеже флот отрезал Азов от моря", "siege",  # 40
      date="Весной 1696 года", place="Азов", actors=[("флот", "agent")])
event("сдался", "и 29 июля гарнизон сдался", "capture",  # 41
      date="29 июля", place="Азов", actors=[("гарнизон", "target")])
event("приговорила", "30 октября Боярская дума приговорила «морским судам быть»", "decree",  # 42
      date="30 октября", actors=[("Боярская дума", "agent")])
event("основали", "а в 1698 году основали Таганрог", "founding",  # 43
      date="в 1698 году", place="Таганрог")
event("атаковал", "11 сентября 1697 года принц Евгений Савойский атаковал армию султана Мустафы II у Зенты "  # 44
      "(ныне Сента), когда та переправлялась через Тису", "battle", date="11 сентября 1697 года",
      place="Зента", actors=[("принц Евгений Савойский", "agent"), ("армию султана Мустафы II", "target")])
event("потеряли", "По данным победителей, турки потеряли до 30 тыс. человек, включая великого визиря, "  # 45
      "имперцы — около 500", "battle", date="11 сентября 1697 года", place="Зента", assertion="reported",
      same_as=44,
      quantities=[qty("до 30 тыс. человек", "fatalities", None, max=30000, approximate=True),
                  qty("около 500", "fatalities", 500, approximate=True)],
      note="figures from the victors' side")
event("бежал", "Султан бежал в Темешвар", "retreat",  # 46
      date="11 сентября 1697 года", place="Темешвар", actors=[("Султан", "agent")])
event("Переговоры", "Переговоры при посредничестве Англии и Голландии открылись осенью 1698 года в Карловицах",  # 47
      "negotiations", date="осенью 1698 года", place="Карловицы",
      actors=[("Англии", "participant"), ("Голландии", "participant")])
event("подписан мир", "26 января 1699 года был подписан мир", "treaty",  # 48
      date="26 января 1699 года", place="Карловицы")
event("получила", "Австрия получила Венгрию и Трансильванию", "territorial_transfer",  # 49
      date="26 января 1699 года", place="Венгрия", actors=[("Австрия", "agent")])
event("получила", "Австрия получила Венгрию и Трансильванию", "territorial_transfer",  # 50
      date="26 января 1699 года", place="Трансильвания", actors=[("Австрия", "agent")])
event("получила", "Австрия получила Венгрию и Трансильванию, Польша — Подолию", "territorial_transfer",  # 51
      date="26 января 1699 года", place="Подолия", actors=[("Польша", "agent")])
event("получила", "Австрия получила Венгрию и Трансильванию, Польша — Подолию, Венеция — Морею",  # 52
      "territorial_transfer", date="26 января 1699 года", place="Морея", actors=[("Венеция", "agent")])
event("перемирием", "Россия ограничилась двухлетним перемирием", "treaty",  # 53
      date={"edtf": "1699-01"}, actors=[("Россия", "participant")],
      note="the Russian-Turkish truce concluded at Karlowitz; the text gives no day")
event("закрепила", "Россия ограничилась двухлетним перемирием и закрепила Азов за собой лишь в 1700 году",  # 54
      "territorial_transfer", date="в 1700 году", place="Азов", actors=[("Россия", "agent")])
