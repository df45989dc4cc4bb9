"""Gold spec for bench/heldout/indian_rebellion_1857_1858.txt (hand-coded; build with bench/gold/build_gold.py).

The Indian Rebellion (Sepoy Mutiny) 1857-1858. The text states once that its dates are New Style;
they are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/indian_rebellion_1857_1858.txt"

gazetteer({
    "Индия": ("polity", 22.0, 79.0, "Q668"),
    "Барракпур": ("settlement", 22.76, 88.37, None),
    "Мирут": ("settlement", 28.98, 77.71, None),
    "Дели": ("settlement", 28.65, 77.23, "Q1353"),
    "Ауд": ("region", 26.8, 81.0, None, "Авадх"),
    "Ганг": ("river", 26.45, 80.35, None),
    "Лакхнау": ("settlement", 26.85, 80.95, None),
    "Канпур": ("settlement", 26.46, 80.33, None),
    "Джханси": ("settlement", 25.45, 78.57, None),
    "Пенджаб": ("region", 31.0, 74.5, None),
    "Чинхат": ("settlement", 26.88, 81.05, None),
    "Аллахабад": ("settlement", 25.44, 81.85, None, "Праяградж"),
    "Пешавар": ("settlement", 34.01, 71.58, None),
    "Бетва": ("river", 25.35, 78.64, None),
    "Гвалиор": ("settlement", 26.22, 78.18, None),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Рангун": ("settlement", 16.80, 96.16, None, "Янгон"),
})

# ---- dates, in reading order
date("1857–1858 годов", "1857/1858", "interval")
date("29 марта 1857 года", "1857-03-29", "day")
date("Через десять дней", "1857-04-08", "day", derivation="computed", note="29 March + 10 days")
date("в начале мая", "1857-05-01/1857-05-10", "interval", derivation="anchored")
date("9 мая", "1857-05-09", "day", derivation="anchored")
date("Вечером 10 мая", "1857-05-10", "day", derivation="anchored")
date("11 мая", "1857-05-11", "day", derivation="anchored")
date("В тот же день", "1857-05-11", "day", derivation="anchored", note="the day of the entry into Delhi")
date("Вскоре", "1857-05-11/1857-06-10", "interval", kind="vague", derivation="anchored",
     note="'soon' after 11 May; the dates that follow run to early June")
date("30 мая", "1857-05-30", "day", derivation="anchored")
date("в начале июня", "1857-06-01/1857-06-10", "interval", derivation="anchored")
date("8 июня", "1857-06-08", "day", derivation="anchored")
date("с 6 июня", "1857-06-06", "day", derivation="anchored", note="start of a process that goes on")
date("25 июня", "1857-06-25", "day", derivation="anchored")
date("через два дня", "1857-06-27", "day", derivation="computed", note="25 June + 2 days")
date("15 июля", "1857-07-15", "day", derivation="anchored")
date("17 июля", "1857-07-17", "day", derivation="anchored")
date("30 июня", "1857-06-30", "day", derivation="anchored")
date("В конце лета", "1857-08", "month", derivation="anchored",
     note="end of summer: the last third of June-August, taken as August")
date("25 сентября", "1857-09-25", "day", derivation="anchored")
date("16 ноября", "1857-11-16", "day", derivation="anchored")
date("на следующий день", "1857-11-17", "day", derivation="computed", note="16 November + 1 day")
date("Тем временем", "1857-06/1857-11", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': the months of the Lucknow events just told")
date("с 8 июня", "1857-06-08", "day", derivation="anchored", note="start of a process that goes on")
date("В начале сентября", "1857-09-01/1857-09-10", "interval", derivation="anchored")
date("14 сентября", "1857-09-14", "day", derivation="anchored")
date("за шесть дней", None, None, kind="duration", duration="P6D")
date("21 сентября", "1857-09-21", "day", derivation="anchored")
date("на следующий день", "1857-09-22", "day", derivation="computed", note="21 September + 1 day")
date("летом 1857 года", "1857-22", "season")
date("В марте 1858 года", "1858-03", "month")
date("3 апреля", "1858-04-03", "day", derivation="anchored")
date("За два дня до этого", "1858-04-01", "day", derivation="computed", note="3 April - 2 days")
date("1 июня", "1858-06-01", "day", derivation="anchored")
date("18 июня", "1858-06-18", "day", derivation="anchored")
date("Через два дня", "1858-06-20", "day", derivation="computed", note="18 June + 2 days")
date("2 августа 1858 года", "1858-08-02", "day")
date("1 ноября", "1858-11-01", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Индии", "Индия"), ("Барракпуре", "Барракпур"), ("Мируте", "Мирут"), ("Дели", None),
    ("Ауд", None), ("Ганга", "Ганг"), ("Лакхнау", None), ("Канпуре", "Канпур"), ("Джханси", None),
    ("Джханси", None), ("Пенджабе", "Пенджаб"),
    ("Канпуре", "Канпур"),
    ("Лакхнау", None), ("Чинхате", "Чинхат"), ("Канпуру", "Канпур"),
    ("Дели", None), ("Дели", None),
    ("Аллахабадом", "Аллахабад"), ("Пешаваре", "Пешавар"),
    ("Лакхнау", None), ("Джханси", None), ("Бетве", "Бетва"), ("Гвалиор", None),
    ("Лондоне", "Лондон"), ("Индией", "Индия"), ("Аллахабаде", "Аллахабад"), ("Рангун", None),
]:
    place(quote, name)

# ---- events
event("Восстание", "Восстание сипаев 1857–1858 годов стало крупнейшим выступлением против власти "  # 0
      "Ост-Индской компании в Индии", "uprising", date="1857–1858 годов", place="Индия",
      actors=[("сипаев", "agent"), ("Ост-Индской компании", "target")])
event("напал", "29 марта 1857 года в Барракпуре сипай 34-го полка Мангал Панди напал на британских офицеров",  # 1
      "attack", date="29 марта 1857 года", place="Барракпур",
      actors=[("сипай 34-го полка Мангал Панди", "agent"), ("британских офицеров", "target")])
event("повесили", "Через десять дней его повесили", "execution",  # 2
      date="Через десять дней", place="Барракпур", note="Mangal Pandey hanged")
event("расформирован", "в начале мая полк был расформирован", "abolition",  # 3
      date="в начале мая", place="Барракпур", actors=[("полк", "target")],
      note="the 34th regiment disbanded")
event("заковали", "9 мая в Мируте 85 кавалеристов, отказавшихся брать патроны, заковали и отправили в тюрьму",  # 4
      "arrest", date="9 мая", place="Мирут", actors=[("85 кавалеристов", "target")],
      quantities=[qty("85", "prisoners", 85)])
event("восстал", "Вечером 10 мая гарнизон города восстал", "mutiny",  # 5
      date="Вечером 10 мая", place="Мирут", actors=[("гарнизон города", "agent")])
event("подожгли", "сипаи освободили арестованных, подожгли офицерские дома", "looting",  # 6
      date="Вечером 10 мая", place="Мирут", actors=[("сипаи", "agent"), ("офицерские дома", "target")],
      note="arson: property destruction")
event("перебили", "сипаи освободили арестованных, подожгли офицерские дома и перебили около 50 европейцев",  # 7
      "massacre", date="Вечером 10 мая", place="Мирут",
      actors=[("сипаи", "agent"), ("европейцев", "target")],
      quantities=[qty("около 50 европейцев", "fatalities", 50, approximate=True)])
event("вступили", "11 мая мятежники вступили в Дели", "capture",  # 8
      date="11 мая", place="Дели", actors=[("мятежники", "agent")])
event("провозгласили", "11 мая мятежники вступили в Дели и провозгласили императором Бахадур-шаха II",  # 9
      "political_activity", date="11 мая", place="Дели",
      actors=[("мятежники", "agent"), ("Бахадур-шаха II", "participant")],
      note="Bahadur Shah II proclaimed emperor")
event("взорвали", "В тот же день девять британцев, оборонявших арсенал, взорвали его", "explosion",  # 10
      date="В тот же день", place="Дели", actors=[("девять британцев", "agent"), ("арсенал", "target")],
      quantities=[qty("девять британцев", "participants", 9)])
event("охватил", "Вскоре мятеж охватил Ауд и долину Ганга", "uprising",  # 11
      date="Вскоре", place="Ауд", actors=[("мятеж", "agent")])
event("охватил", "Вскоре мятеж охватил Ауд и долину Ганга", "uprising",  # 12
      date="Вскоре", place="Ганг", actors=[("мятеж", "agent")], note="the Ganges valley")
event("поднялись", "30 мая поднялись полки в Лакхнау", "mutiny",  # 13
      date="30 мая", place="Лакхнау", actors=[("полки", "agent")])
event("поднялись", "30 мая поднялись полки в Лакхнау, в начале июня — в Канпуре и Джханси", "mutiny",  # 14
      date="в начале июня", place="Канпур", actors=[("полки", "agent")])
event("поднялись", "30 мая поднялись полки в Лакхнау, в начале июня — в Канпуре и Джханси", "mutiny",  # 15
      date="в начале июня", place="Джханси", actors=[("полки", "agent")])
event("перебиты", "Укрывшиеся в крепости Джханси европейцы сдались и 8 июня были перебиты — около 60 человек",  # 16
      "massacre", date="8 июня", place="Джханси",
      actors=[("Укрывшиеся в крепости Джханси европейцы", "target")],
      quantities=[qty("около 60 человек", "fatalities", 60, approximate=True)],
      note="killed after surrendering the fort")
event("восстания", "В Пенджабе восстания так и не произошло", "uprising",  # 17
      date={"edtf": "1857"}, place="Пенджаб", assertion="negated",
      note="no date of its own: the year of the rising")
event("осаждали", "В Канпуре отряды Нана Сахиба с 6 июня осаждали укрепление генерала Уилера, "  # 18
      "где находилось около 900 человек", "siege", date="с 6 июня", place="Канпур",
      actors=[("отряды Нана Сахиба", "agent"), ("укрепление генерала Уилера", "target")],
      quantities=[qty("около 900 человек", "participants", 900, approximate=True)],
      note="the count is of the besieged")
event("сдались", "25 июня осаждённые сдались", "siege",  # 19
      date="25 июня", place="Канпур", actors=[("осаждённые", "target")], same_as=18,
      note="the end of the siege: the garrison surrendered")
event("перебиты", "через два дня у пристани Сатичаура их лодки были обстреляны, а мужчины перебиты",  # 20
      "massacre", date="через два дня", place="Канпур",
      actors=[("их лодки", "target"), ("мужчины", "target")],
      note="the Satichaura Ghat massacre: the boats fired on and the men killed, coded once")
event("зарубили", "Около 200 женщин и детей, заточённых в доме Бибигар, зарубили 15 июля", "massacre",  # 21
      date="15 июля", place="Канпур", actors=[("женщин и детей", "target")],
      quantities=[qty("Около 200 женщин и детей", "fatalities", 200, approximate=True)],
      note="the Bibighar killings")
event("занял", "войск генерала Хэвлока, который 17 июля занял город", "recapture",  # 22
      date="17 июля", place="Канпур", actors=[("войск генерала Хэвлока", "agent")])
event("подвергали надругательствам", "По сообщениям британских газет, пленниц якобы подвергали надругательствам",  # 23
      "attack_on_civilians", date={"edtf": "1857-06-27/1857-07-15"}, place="Канпур",
      actors=[("пленниц", "target")], assertion="disputed",
      note="attributed to British newspapers, marked 'якобы', and the text adds that it was not confirmed")
event("поражения", "после поражения при Чинхате 30 июня", "battle",  # 24
      date="30 июня", place="Чинхат")
event("осаждены", "В Лакхнау после поражения при Чинхате 30 июня около 1700 защитников были осаждены в Резиденции",  # 25
      "siege", date="30 июня", place="Лакхнау", actors=[("около 1700 защитников", "target")],
      quantities=[qty("около 1700 защитников", "participants", 1700, approximate=True)],
      note="the siege of the Residency began right after the defeat; the count is of the besieged")
event("пытался пробиться", "В конце лета Хэвлок пытался пробиться к городу", "attack",  # 26
      date="В конце лета", place="Лакхнау", actors=[("Хэвлок", "agent")], assertion="failed")
event("отошёл", "Хэвлок пытался пробиться к городу, но, потеряв много людей, отошёл к Канпуру", "retreat",  # 27
      date="В конце лета", place="Канпур", actors=[("Хэвлок", "agent")],
      note="place is the destination of the retreat")
event("прорвался", "25 сентября его отряд вместе с частями Аутрама прорвался к осаждённым", "reinforcement",  # 28
      date="25 сентября", place="Лакхнау", actors=[("его отряд", "agent"), ("частями Аутрама", "agent")],
      note="the text adds that they could not lift the siege")
event("штурмуя", "16 ноября солдаты Колина Кэмпбелла, штурмуя сад Сикандар-Багх, перебили более 2 тыс. сипаев",  # 29
      "battle", date="16 ноября", place="Лакхнау",
      actors=[("солдаты Колина Кэмпбелла", "agent"), ("сипаев", "target")],
      quantities=[qty("более 2 тыс. сипаев", "fatalities", 2000, min=2000, approximate=True)])
event("деблокировали", "а на следующий день деблокировали Резиденцию", "reinforcement",  # 30
      date="на следующий день", place="Лакхнау", actors=[("солдаты Колина Кэмпбелла", "agent")],
      note="the relief of the Residency")
event("выведен", "гарнизон был выведен из города", "retreat",  # 31
      date={"edtf": "1857-11-17/1857-11-30"}, place="Лакхнау", actors=[("гарнизон", "agent")],
      note="evacuation after the relief of 17 November")
event("стояли", "Тем временем с 8 июня британцы стояли под Дели", "siege",  # 32
      date="с 8 июня", place="Дели", actors=[("британцы", "agent")])
event("подошла", "В начале сентября подошла осадная артиллерия", "reinforcement",  # 33
      date="В начале сентября", place="Дели", actors=[("осадная артиллерия", "agent")])
event("пошли на штурм", "14 сентября около 9 тыс. солдат пошли на штурм", "attack",  # 34
      date="14 сентября", place="Дели", actors=[("около 9 тыс. солдат", "agent")],
      quantities=[qty("около 9 тыс. солдат", "participants", 9000, approximate=True)])
event("боёв", "за шесть дней уличных боёв город был взят", "battle",  # 35
      date={"edtf": "1857-09-14/1857-09-20"}, place="Дели", note="14 September + six days")
event("взят", "за шесть дней уличных боёв город был взят", "recapture",  # 36
      date={"edtf": "1857-09-20"}, place="Дели", note="14 September + six days")
event("сдался", "21 сентября Бахадур-шах сдался", "arrest",  # 37
      date="21 сентября", place="Дели", actors=[("Бахадур-шах", "target")],
      note="the surrender in which he was taken prisoner")
event("застрелил", "на следующий день капитан Ходсон застрелил трёх принцев", "execution",  # 38
      date="на следующий день", place="Дели",
      actors=[("капитан Ходсон", "agent"), ("трёх принцев", "target")],
      quantities=[qty("трёх принцев", "fatalities", 3)])
event("разграблен", "Дели был разграблен", "looting",  # 39
      date={"edtf": "1857-09"}, place="Дели")
event("изгнаны", "Дели был разграблен, жители изгнаны", "deportation",  # 40
      date={"edtf": "1857-09"}, place="Дели", actors=[("жители", "target")])
event("жгли", "летом 1857 года под Аллахабадом каратели жгли деревни", "looting",  # 41
      date="летом 1857 года", place="Аллахабад", actors=[("каратели", "agent"), ("деревни", "target")],
      note="villages burned: property destruction")
event("вешали", "каратели жгли деревни и вешали подозреваемых без суда", "execution",  # 42
      date="летом 1857 года", place="Аллахабад", actors=[("каратели", "agent"), ("подозреваемых", "target")])
event("казнили", "в Пешаваре несколько десятков пленных сипаев привязали к жерлам пушек и казнили", "execution",  # 43
      date="летом 1857 года", place="Пешавар", actors=[("пленных сипаев", "target")],
      quantities=[qty("несколько десятков пленных сипаев", "fatalities", None, min=20, max=90,
                      approximate=True)],
      note="blown from guns; date from the same sentence")
event("овладел", "В марте 1858 года Кэмпбелл овладел Лакхнау", "recapture",  # 44
      date="В марте 1858 года", place="Лакхнау", actors=[("Кэмпбелл", "agent")])
event("осадил", "Генерал Хью Роуз осадил Джханси", "siege",  # 45
      date={"edtf": "1858-03/1858-04-03"}, place="Джханси", actors=[("Генерал Хью Роуз", "agent")],
      note="between March 1858 and the storming of 3 April")
event("взял", "Генерал Хью Роуз осадил Джханси и 3 апреля штурмом взял город", "recapture",  # 46
      date="3 апреля", place="Джханси", actors=[("Генерал Хью Роуз", "agent")])
event("погибли", "по некоторым данным, погибли около 5 тыс. жителей", "massacre",  # 47
      date="3 апреля", place="Джханси", assertion="reported", actors=[("жителей", "target")],
      quantities=[qty("около 5 тыс. жителей", "fatalities", 5000, approximate=True)])
event("разбит", "За два дня до этого на реке Бетве был разбит Тантия Топи", "battle",  # 48
      date="За два дня до этого", place="Бетва", actors=[("Тантия Топи", "target")])
event("пытавшийся выручить", "на реке Бетве был разбит Тантия Топи, пытавшийся выручить крепость", "attack",  # 49
      date="За два дня до этого", place="Джханси", actors=[("Тантия Топи", "agent")], assertion="failed",
      note="the attempt to relieve besieged Jhansi ('крепость')")
event("бежала", "Рани Лакшми Баи бежала", "retreat",  # 50
      date={"edtf": "1858-04"}, place="Джханси", actors=[("Рани Лакшми Баи", "agent")],
      note="fled the taken town; no date of its own")
event("захватила", "Рани Лакшми Баи бежала и вместе с Тантией Топи 1 июня захватила Гвалиор", "capture",  # 51
      date="1 июня", place="Гвалиор", actors=[("Рани Лакшми Баи", "agent"), ("Тантией Топи", "agent")])
event("погибла в бою", "но 18 июня погибла в бою", "battle",  # 52
      date="18 июня", place="Гвалиор", actors=[("Рани Лакшми Баи", "participant")],
      note="the Rani of Jhansi killed in battle near Gwalior")
event("отбита", "Через два дня крепость была отбита", "recapture",  # 53
      date="Через два дня", place="Гвалиор")
event("принял", "2 августа 1858 года парламент в Лондоне принял Акт об управлении Индией", "decree",  # 54
      date="2 августа 1858 года", place="Лондон", actors=[("парламент", "agent")])
event("упразднивший", "Акт об управлении Индией, упразднивший власть компании", "abolition",  # 55
      date="2 августа 1858 года", place="Индия", actors=[("компании", "target")])
event("перешла", "страна перешла под управление короны", "territorial_transfer",  # 56
      date="2 августа 1858 года", place="Индия", actors=[("короны", "agent")])
event("огласили", "1 ноября в Аллахабаде огласили прокламацию королевы Виктории", "political_activity",  # 57
      date="1 ноября", place="Аллахабад", actors=[("королевы Виктории", "agent")])
event("амнистию", "1 ноября в Аллахабаде огласили прокламацию королевы Виктории, обещавшую амнистию "  # 58
      "повстанцам, не причастным к убийствам британцев", "amnesty", date="1 ноября", place="Аллахабад",
      actors=[("королевы Виктории", "agent"), ("повстанцам", "target")])
event("сослали", "Бахадур-шаха сослали в Рангун", "deportation",  # 59
      date={"edtf": "1858"}, place="Рангун", actors=[("Бахадур-шаха", "target")],
      note="place is the destination of the exile; no date of its own")
