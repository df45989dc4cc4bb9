"""Gold spec for bench/heldout/granada_war_1482_1492.txt (hand-coded; build with bench/gold/build_gold.py).

The text states that its dates are Julian; all fall before the 1582 reform and are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/granada_war_1482_1492.txt"

gazetteer({
    "Гранадский эмират": ("polity", 37.18, -3.6, None),
    "Саара": ("settlement", 36.84, -5.39, None, "Сахара-де-ла-Сьерра"),
    "Кастилия": ("polity", 40.0, -4.0, None),
    "Альхама": ("settlement", 37.01, -3.99, None, "Альхама-де-Гранада"),
    "Севилья": ("settlement", 37.39, -5.99, "Q8717"),
    "Лоха": ("settlement", 37.17, -4.15, None),
    "Кордова": ("settlement", 37.88, -4.78, "Q5818"),
    "Альхамбра": ("settlement", 37.176, -3.588, None),
    "Ахаркия": ("region", 36.85, -4.1, None),
    "Малага": ("settlement", 36.72, -4.42, "Q8851"),
    "Лусена": ("settlement", 37.41, -4.49, None),
    "Ронда": ("settlement", 36.74, -5.17, None),
    "Велес-Малага": ("settlement", 36.78, -4.1, None),
    "База": ("settlement", 37.49, -2.77, None),
    "Альмерия": ("settlement", 36.84, -2.46, None),
    "Гуадис": ("settlement", 37.3, -3.14, None),
    "Гранада": ("settlement", 37.18, -3.6, "Q8810"),
    "Салобренья": ("settlement", 36.75, -3.59, None),
    "Санта-Фе": ("settlement", 37.19, -3.72, None),
    "Альпухарры": ("region", 36.93, -3.25, None),
})

JUL = "Julian, before 1582: taken as written"

# ---- dates, in reading order
date("1482–1492 гг.", "1482/1492", "interval")
date("В конце декабря 1481 года", "1481-12-21/1481-12-31", "interval", note=JUL)
date("в ночь на 28 февраля 1482 года", "1482-02-27/1482-02-28", "day", note=JUL)
date("В марте", "1482-03", "month", derivation="anchored")
date("В начале июля", "1482-07-01/1482-07-10", "interval", derivation="anchored")
date("13 июля", "1482-07-13", "day", derivation="anchored", note=JUL)
date("Тем же летом", "1482-22", "season", derivation="anchored")
date("В марте 1483 года", "1483-03", "month")
date("21 апреля", "1483-04-21", "day", derivation="anchored", note=JUL)
date("В августе", "1483-08", "month", derivation="anchored")
date("22 мая 1485 года", "1485-05-22", "day", note=JUL)
date("двухнедельного", None, None, kind="duration", duration="P2W")
date("29 мая 1486 года", "1486-05-29", "day", note=JUL)
date("Весной 1487 года", "1487-21", "season")
date("27 апреля", "1487-04-27", "day", derivation="anchored", note=JUL)
date("в начале мая", "1487-05-01/1487-05-10", "interval", derivation="anchored")
date("более трёх месяцев", None, None, kind="duration", duration="P3M", note="more than three months")
date("18 августа", "1487-08-18", "day", derivation="anchored", note=JUL)
date("В июне 1489 года", "1489-06", "month")
date("почти полгода", None, None, kind="duration", duration="P6M", note="almost six months")
date("4 декабря", "1489-12-04", "day", derivation="anchored", note=JUL)
date("вскоре", "1489-12-04/1489-12-22", "interval", kind="vague", derivation="anchored",
     note="soon after 4 December, before the entry of 22 December")
date("22 декабря", "1489-12-22", "day", derivation="anchored", note=JUL)
date("В 1490 году", "1490", "year")
date("летом", "1490-22", "season", derivation="anchored")
date("26 апреля 1491 года", "1491-04-26", "day", note=JUL)
date("14 июля", "1491-07-14", "day", derivation="anchored", note=JUL)
date("осенью", "1491-23", "season", derivation="anchored")
date("25 ноября", "1491-11-25", "day", derivation="anchored", note=JUL)
date("2 января 1492 года", "1492-01-02", "day", note=JUL)
date("через четыре дня", "1492-01-06", "day", derivation="computed", note="2 January + 4 days")

# ---- places, in reading order
for quote, name in [
    ("Гранадская", "Гранадский эмират"), ("гранадского", "Гранадский эмират"), ("Саара", None),
    ("Кастилии", "Кастилия"), ("Альхамы", "Альхама"), ("Альхаму", "Альхама"), ("Севилье", "Севилья"),
    ("Лоху", "Лоха"), ("Кордове", "Кордова"), ("Альхамбру", "Альхамбра"),
    ("Ахаркии", "Ахаркия"), ("Малаги", "Малага"), ("Лусеной", "Лусена"), ("Кордове", "Кордова"),
    ("Кастилии", "Кастилия"), ("Ронда", None), ("Лоху", "Лоха"),
    ("Гранадского эмирата", "Гранадский эмират"), ("Велес-Малага", None), ("Малагу", "Малага"),
    ("Базы", "База"), ("Альмерию", "Альмерия"), ("Гуадис", None), ("Альмерию", "Альмерия"),
    ("Гранаду", "Гранада"), ("Кастилии", "Кастилия"), ("Салобренью", "Салобренья"),
    ("Гранады", "Гранада"), ("Санта-Фе", None), ("Санта-Фе", None), ("Гранадский", "Гранада"),
    ("Альхамбры", "Альхамбра"), ("Гранаду", "Гранада"), ("Альпухарры", None),
]:
    place(quote, name)

# ---- events
event("захватили", "В конце декабря 1481 года войска гранадского эмира Абу-ль-Хасана внезапным ударом "  # 0
      "захватили пограничную крепость Саара", "capture", date="В конце декабря 1481 года", place="Саара",
      actors=[("войска гранадского эмира Абу-ль-Хасана", "agent")])
event("овладел", "в ночь на 28 февраля 1482 года отряд Родриго Понсе де Леона взобрался на стены Альхамы "  # 1
      "и овладел городом", "capture", date="в ночь на 28 февраля 1482 года", place="Альхама",
      actors=[("отряд Родриго Понсе де Леона", "agent")])
event("перебиты", "многие жители были перебиты", "massacre",  # 2
      date="в ночь на 28 февраля 1482 года", place="Альхама", actors=[("многие жители", "target")])
event("осадил", "В марте эмир осадил Альхаму", "siege", date="В марте", place="Альхама",  # 3
      actors=[("эмир", "agent")])
event("снял осаду", "однако снял осаду", "retreat", date="В марте", place="Альхама",  # 4
      note="the emir lifts the siege of Alhama")
event("подошло", "к крепости подошло войско, собранное в Севилье", "reinforcement",  # 5
      date="В марте", place="Альхама", actors=[("войско, собранное в Севилье", "agent")],
      note="the relief army arrives at Alhama; Seville is where it was raised")
event("осадил", "В начале июля король Фердинанд с армией около 13 тыс. человек осадил Лоху", "siege",  # 6
      date="В начале июля", place="Лоха", actors=[("король Фердинанд", "agent")],
      quantities=[qty("около 13 тыс. человек", "participants", 13000, approximate=True)])
event("разгромили", "13 июля мусульмане разгромили лагерь осаждавших", "battle",  # 7
      date="13 июля", place="Лоха", actors=[("мусульмане", "agent"), ("лагерь осаждавших", "target")])
event("отступили", "кастильцы в беспорядке отступили к Кордове", "retreat",  # 8
      date="13 июля", place="Кордова", actors=[("кастильцы", "agent")])
event("мятеж", "Тем же летом сын эмира Абу Абдаллах, известный как Боабдиль, поднял мятеж против отца",  # 9
      "uprising", date="Тем же летом", place="Альхамбра",
      actors=[("сын эмира Абу Абдаллах", "agent"), ("отца", "target")],
      note="place: the only place the sentence names")
event("занял", "Тем же летом сын эмира Абу Абдаллах, известный как Боабдиль, поднял мятеж против отца "  # 10
      "и занял Альхамбру", "capture", date="Тем же летом", place="Альхамбра",
      actors=[("сын эмира Абу Абдаллах", "agent")])
event("набег", "В марте 1483 года кастильский набег в горы Ахаркии близ Малаги окончился катастрофой: "  # 11
      "погибло более 800 воинов, около 1500 попали в плен", "attack", date="В марте 1483 года",
      place="Ахаркия", assertion="failed",
      quantities=[qty("более 800 воинов", "fatalities", 800, min=800, approximate=True),
                  qty("около 1500", "prisoners", 1500, approximate=True)])
event("разбит", "21 апреля под Лусеной Боабдиль был разбит", "battle", date="21 апреля", place="Лусена",  # 12
      actors=[("Боабдиль", "target")])
event("взят в плен", "21 апреля под Лусеной Боабдиль был разбит и взят в плен", "arrest",  # 13
      date="21 апреля", place="Лусена", actors=[("Боабдиль", "target")])
event("пал", "в бою пал его военачальник Али аль-Аттар", "battle", date="21 апреля", place="Лусена",  # 14
      actors=[("его военачальник Али аль-Аттар", "target")], same_as=12,
      note="adds a named commander killed in the battle of Lucena")
event("подписал договор", "В августе в Кордове пленник подписал договор, признав себя вассалом Кастилии",  # 15
      "treaty", date="В августе", place="Кордова", actors=[("пленник", "participant")])
event("обстрела", "22 мая 1485 года после двухнедельного обстрела из тяжёлых орудий", "bombardment",  # 16
      date={"edtf": "1485-05-08/1485-05-22"}, place="Ронда",
      note="22 May − two weeks; place named in the same sentence")
event("капитулировала", "22 мая 1485 года после двухнедельного обстрела из тяжёлых орудий капитулировала "  # 17
      "Ронда", "capture", date="22 мая 1485 года", place="Ронда")
event("взяли", "29 мая 1486 года кастильцы взяли Лоху", "capture", date="29 мая 1486 года", place="Лоха",  # 18
      actors=[("кастильцы", "agent")])
event("оказался в плену", "Боабдиль вторично оказался в плену", "arrest", date="29 мая 1486 года",  # 19
      place="Лоха", actors=[("Боабдиль", "target")])
event("двинулась", "Весной 1487 года армия в 50–60 тыс. человек двинулась на запад Гранадского эмирата",  # 20
      "attack", date="Весной 1487 года", place="Гранадский эмират",
      quantities=[qty("50–60 тыс. человек", "participants", None, min=50000, max=60000)])
event("сдался", "27 апреля сдался Велес-Малага", "capture", date="27 апреля", place="Велес-Малага")  # 21
event("окружили", "в начале мая христиане окружили Малагу", "siege", date="в начале мая",  # 22
      place="Малага", actors=[("христиане", "agent")])
event("Осада", "Осада длилась более трёх месяцев", "siege", date={"edtf": "1487-05/1487-08"},  # 23
      place="Малага", same_as=22)
event("сдался", "18 августа изголодавшийся город сдался на милость победителей", "capture",  # 24
      date="18 августа", place="Малага")
event("обращены в рабство", "Около 11 тыс. жителей были обращены в рабство", "deportation",  # 25
      date={"edtf": "1487-08"}, place="Малага", actors=[("жителей", "target")],
      quantities=[qty("Около 11 тыс. жителей", "displaced", 11000, approximate=True)],
      note="enslavement of the people of Málaga after its surrender")
event("казнили", "перешедших к маврам христиан казнили", "execution", date={"edtf": "1487-08"},  # 26
      place="Малага", actors=[("перешедших к маврам христиан", "target")])
event("осада", "В июне 1489 года началась осада Базы", "siege", date="В июне 1489 года", place="База")  # 27
event("пала", "4 декабря крепость пала", "capture", date="4 декабря", place="База")  # 28
event("уступил", "вскоре эмир аз-Загаль уступил королям Альмерию и Гуадис", "territorial_transfer",  # 29
      date="вскоре", place="Альмерия", actors=[("эмир аз-Загаль", "agent"), ("королям", "participant")])
event("уступил", "вскоре эмир аз-Загаль уступил королям Альмерию и Гуадис", "territorial_transfer",  # 30
      date="вскоре", place="Гуадис", actors=[("эмир аз-Загаль", "agent"), ("королям", "participant")])
event("вступили", "22 декабря католические монархи вступили в Альмерию", "occupation",  # 31
      date="22 декабря", place="Альмерия", actors=[("католические монархи", "agent")])
event("восстал", "В 1490 году Боабдиль отказался сдать Гранаду и восстал против Кастилии", "uprising",  # 32
      date="В 1490 году", place="Гранада", actors=[("Боабдиль", "agent"), ("Кастилии", "target")])
event("пытались взять", "летом его отряды пытались взять Салобренью", "attack", date="летом",  # 33
      place="Салобренья", assertion="failed", actors=[("его отряды", "agent")])
event("отступили", "летом его отряды пытались взять Салобренью, но отступили", "retreat",  # 34
      date="летом", place="Салобренья", actors=[("его отряды", "agent")])
event("встало лагерем", "26 апреля 1491 года войско численностью около 80 тыс. человек встало лагерем "  # 35
      "у Гранады", "siege", date="26 апреля 1491 года", place="Гранада",
      quantities=[qty("около 80 тыс. человек", "participants", 80000, approximate=True)],
      note="the camp before Granada begins the siege")
event("выстроен", "осенью на месте лагеря был выстроен каменный город Санта-Фе", "founding",  # 36
      date="осенью", place="Санта-Фе")
event("подписан", "25 ноября в Санта-Фе был подписан Гранадский договор", "treaty",  # 37
      date="25 ноября", place="Санта-Фе")
event("передал ключи", "2 января 1492 года Боабдиль передал ключи от Альхамбры", "territorial_transfer",  # 38
      date="2 января 1492 года", place="Альхамбра", actors=[("Боабдиль", "agent")])
event("вступили", "через четыре дня в Гранаду торжественно вступили Фердинанд и Изабелла", "occupation",  # 39
      date="через четыре дня", place="Гранада", actors=[("Фердинанд", "agent"), ("Изабелла", "agent")])
event("удалился", "Бывший эмир удалился в Альпухарры", "retreat", date={"edtf": "1492-01"},  # 40
      place="Альпухарры", actors=[("Бывший эмир", "agent")])
