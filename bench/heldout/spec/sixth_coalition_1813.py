"""Gold spec for bench/heldout/sixth_coalition_1813.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style; they are taken as written (Gregorian).
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/sixth_coalition_1813.txt"

gazetteer({
    "Германия": ("region", 51.0, 10.5, None),
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Калиш": ("settlement", 51.76, 18.09, None),
    "Пруссия": ("polity", 52.52, 13.4, None),
    "Берлин": ("settlement", 52.52, 13.4, "Q64"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Дрезден": ("settlement", 51.05, 13.74, "Q1731"),
    "Силезия": ("region", 51.0, 16.5, None),
    "Бунцлау": ("settlement", 51.26, 15.57, None, "Болеславец"),
    "Лютцен": ("settlement", 51.26, 12.14, None),
    "Эльба": ("river", 51.56, 13.0, "Q1644"),
    "Бауцен": ("settlement", 51.18, 14.42, None),
    "Плесвиц": ("settlement", 51.03, 16.13, None, "Пашовице"),
    "Рейхенбах": ("settlement", 50.73, 16.65, None, "Дзержонюв"),
    "Великобритания": ("polity", 51.51, -0.13, None),
    "Прага": ("settlement", 50.09, 14.42, "Q1085"),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Гросберен": ("settlement", 52.36, 13.31, None),
    "Кацбах": ("river", 51.15, 16.2, None, "Качава"),
    "Богемия": ("region", 49.8, 14.5, None),
    "Кульм": ("settlement", 50.7, 13.94, None, "Хлумец"),
    "Денневиц": ("settlement", 51.94, 12.98, None),
    "Кассель": ("settlement", 51.32, 9.49, None),
    "Вестфальское королевство": ("polity", 51.32, 9.49, None),
    "Рид": ("settlement", 48.21, 13.49, None, "Рид-им-Иннкрайс"),
    "Бавария": ("polity", 48.14, 11.58, None),
    "Лейпциг": ("settlement", 51.34, 12.37, "Q2079"),
    "Эльстер": ("river", 51.34, 12.35, None, "Белая Эльстер"),
    "Рейн": ("river", 50.0, 8.27, "Q584"),
    "Ханау": ("settlement", 50.13, 8.92, None),
    "Майнц": ("settlement", 49.99, 8.27, None),
    "Рейнский союз": ("polity", 50.11, 8.68, None),
    "Данциг": ("settlement", 54.35, 18.65, "Q1792", "Гданьск"),
    "Кюстрин": ("settlement", 52.59, 14.65, None, "Костшин-над-Одрой"),
    "Глогау": ("settlement", 51.66, 16.08, None, "Глогув"),
})

# ---- dates, in reading order
date("1813 года", "1813", "year")
date("28 февраля 1813 года", "1813-02-28", "day")
date("4 марта", "1813-03-04", "day", derivation="anchored")
date("16 марта", "1813-03-16", "day", derivation="anchored")
date("27 марта", "1813-03-27", "day", derivation="anchored")
date("В конце апреля", "1813-04-21/1813-04-30", "interval", derivation="anchored")
date("тем временем", "1813-02-28/1813-04-30", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': the spring months told just before")
date("2 мая", "1813-05-02", "day", derivation="anchored")
date("8 мая", "1813-05-08", "day", derivation="anchored")
date("20–21 мая", "1813-05-20/1813-05-21", "interval", derivation="anchored")
date("двухдневное", None, None, kind="duration", duration="P2D")
date("Вскоре", "1813-05-21/1813-06-04", "interval", kind="vague", derivation="anchored",
     note="soon after Bautzen (21 May), before the armistice of 4 June")
date("4 июня", "1813-06-04", "day", derivation="anchored")
date("до 10 августа", "1813-08-10", "day", derivation="anchored", note="end of the extended armistice")
date("В середине июня", "1813-06-11/1813-06-20", "interval", derivation="anchored")
date("Летом", "1813-22", "season", derivation="anchored")
date("12 августа", "1813-08-12", "day", derivation="anchored")
date("через несколько дней", "1813-08-14/1813-08-22", "interval", derivation="computed",
     note="12 August + a few days")
date("23 августа", "1813-08-23", "day", derivation="anchored")
date("26 августа", "1813-08-26", "day", derivation="anchored")
date("26–27 августа", "1813-08-26/1813-08-27", "interval", derivation="anchored")
date("29–30 августа", "1813-08-29/1813-08-30", "interval", derivation="anchored")
date("6 сентября", "1813-09-06", "day", derivation="anchored")
date("30 сентября", "1813-09-30", "day", derivation="anchored")
date("8 октября", "1813-10-08", "day", derivation="anchored")
date("16–19 октября", "1813-10-16/1813-10-19", "interval", derivation="anchored")
date("18 октября", "1813-10-18", "day", derivation="anchored")
date("На следующий день", "1813-10-19", "day", derivation="computed", note="18 October + 1 day")
date("30–31 октября", "1813-10-30/1813-10-31", "interval", derivation="anchored")
date("2 ноября", "1813-11-02", "day", derivation="anchored")
date("Осенью", "1813-23", "season", derivation="anchored")
date("В это время", "1813-11", "month", kind="vague", derivation="anchored",
     note="the time of the retreat to the Rhine, early November")
date("В начале ноября", "1813-11-01/1813-11-10", "interval", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Германии", "Германия"), ("России", "Россия"), ("Германию", "Германия"),
    ("Калише", "Калиш"), ("Россия", None), ("Пруссия", None), ("Берлин", None), ("Пруссия", None),
    ("Франции", "Франция"), ("Дрезден", None), ("силезском", "Силезия"), ("Бунцлау", None),
    ("Лютцена", "Лютцен"), ("Эльбу", "Эльба"), ("Дрезден", None), ("Бауцена", "Бауцен"),
    ("Силезию", "Силезия"), ("Плесвице", "Плесвиц"), ("Рейхенбахе", "Рейхенбах"),
    ("Великобритания", None), ("Россией", "Россия"), ("Пруссией", "Пруссия"), ("Праге", "Прага"),
    ("Австрия", None),
    ("Гросберене", "Гросберен"), ("Берлин", None), ("Кацбах", None), ("Дрезден", None),
    ("Богемию", "Богемия"), ("Кульма", "Кульм"), ("Денневице", "Денневиц"), ("Берлину", "Берлин"),
    ("Кассель", None), ("Вестфальского королевства", "Вестфальское королевство"), ("Риде", "Рид"),
    ("Бавария", None),
    ("Лейпцигом", "Лейпциг"), ("Лейпцигом", "Лейпциг"), ("Эльстер", None),
    ("Рейну", "Рейн"), ("Ханау", None), ("Майнц", None), ("Рейнский союз", None),
    ("Данцига", "Данциг"), ("Кюстрина", "Кюстрин"), ("Глогау", None), ("Рейн", None),
]:
    place(quote, name)

# ---- events
event("подписали союзный договор", "28 февраля 1813 года в Калише Россия и Пруссия подписали союзный договор",  # 0
      "treaty", date="28 февраля 1813 года", place="Калиш",
      actors=[("Россия", "participant"), ("Пруссия", "participant")])
event("очистили", "4 марта французы очистили Берлин", "retreat", date="4 марта", place="Берлин",  # 1
      actors=[("французы", "agent")])
event("вступили", "4 марта французы очистили Берлин, куда вслед за ними вступили русские казачьи отряды",  # 2
      "occupation", date="4 марта", place="Берлин", actors=[("русские казачьи отряды", "agent")],
      note="the city had been evacuated; entered without a fight")
event("объявила войну", "а 16 марта Пруссия объявила войну Франции", "political_activity",  # 3
      date="16 марта", place="Пруссия", actors=[("Пруссия", "agent"), ("Франции", "target")],
      note="declaration of war")
event("заняли", "27 марта союзники заняли Дрезден", "capture", date="27 марта", place="Дрезден",  # 4
      actors=[("союзники", "agent")])
event("назначен", "главнокомандующим был назначен П. Х. Витгенштейн", "political_activity",  # 5
      date="В конце апреля", actors=[("П. Х. Витгенштейн", "participant")],
      note="appointment after Kutuzov's death; the text names no place for it")
event("атаковал", "2 мая Витгенштейн атаковал его у Лютцена, однако Наполеон, располагавший более чем "  # 6
      "100 тыс. человек, отбил натиск", "battle", date="2 мая", place="Лютцен",
      actors=[("Витгенштейн", "agent"), ("Наполеон", "target")],
      quantities=[qty("более чем 100 тыс. человек", "participants", 100000, min=100000, approximate=True)],
      note="the count is Napoleon's side only")
event("отошли", "союзники отошли за Эльбу", "retreat", date={"edtf": "1813-05-02/1813-05-08"},  # 7
      place="Эльба", actors=[("союзники", "agent")], note="after Lützen, before 8 May")
event("вступил", "8 мая император вновь вступил в Дрезден", "recapture", date="8 мая",  # 8
      place="Дрезден", actors=[("император", "agent")])
event("сражение", "20–21 мая у Бауцена союзники, располагавшие около 96 тыс. солдат, выдержали двухдневное "  # 9
      "сражение", "battle", date="20–21 мая", place="Бауцен", actors=[("союзники", "participant")],
      quantities=[qty("около 96 тыс. солдат", "participants", 96000, approximate=True)],
      note="the count is the allies' side only")
event("отступили", "после чего отступили в Силезию", "retreat", date={"edtf": "1813-05-21/1813-06-04"},  # 10
      place="Силезия", note="the allies, after Bautzen and before the armistice")
event("сменил", "Вскоре Витгенштейна сменил М. Б. Барклай-де-Толли", "political_activity",  # 11
      date="Вскоре", actors=[("Витгенштейна", "participant"), ("М. Б. Барклай-де-Толли", "participant")],
      note="appointment as commander-in-chief")
event("заключили перемирие", "4 июня в Плесвице стороны заключили перемирие", "treaty",  # 12
      date="4 июня", place="Плесвиц", actors=[("стороны", "participant")])
event("договорилась", "В середине июня в Рейхенбахе Великобритания договорилась с Россией и Пруссией о "  # 13
      "денежных субсидиях", "treaty", date="В середине июня", place="Рейхенбах",
      actors=[("Великобритания", "participant"), ("Россией", "participant"), ("Пруссией", "participant")])
event("переговоры", "Летом в Праге шли мирные переговоры", "negotiations", date="Летом", place="Прага")  # 14
event("объявила", "12 августа войну ему объявила Австрия", "political_activity", date="12 августа",  # 15
      place="Австрия", actors=[("Австрия", "agent"), ("ему", "target")], note="declaration of war")
event("разбили", "23 августа при Гросберене пруссаки Бюлова разбили корпус Удино", "battle",  # 16
      date="23 августа", place="Гросберен",
      actors=[("пруссаки Бюлова", "agent"), ("корпус Удино", "target")])
event("наступавший", "корпус Удино, наступавший на Берлин", "attack", date="23 августа", place="Берлин",  # 17
      assertion="failed", actors=[("корпус Удино", "agent")],
      note="the offensive on Berlin was stopped at Grossbeeren")
event("разгромила", "26 августа на реке Кацбах армия Блюхера разгромила Макдональда, захватив до 18 тыс. "  # 18
      "пленных", "battle", date="26 августа", place="Кацбах",
      actors=[("армия Блюхера", "agent"), ("Макдональда", "target")],
      quantities=[qty("до 18 тыс. пленных", "prisoners", 18000, max=18000, approximate=True)])
event("штурмовала", "26–27 августа главная армия Шварценберга безуспешно штурмовала Дрезден", "attack",  # 19
      date="26–27 августа", place="Дрезден", assertion="failed",
      actors=[("главная армия Шварценберга", "agent")],
      quantities=[qty("около 20 тыс. пленных", "prisoners", 20000, approximate=True)],
      note="the prisoners are allied soldiers taken by the French")
event("отступила", "отступила в Богемию", "retreat", date={"edtf": "1813-08-27/1813-08-31"},  # 20
      place="Богемия", note="the allied main army, after Dresden")
event("разбила", "29–30 августа у Кульма русская гвардия А. И. Остермана-Толстого, поддержанная пруссаками "  # 21
      "и австрийцами, разбила преследовавший её корпус Вандама", "battle", date="29–30 августа",
      place="Кульм",
      actors=[("русская гвардия А. И. Остермана-Толстого", "agent"), ("пруссаками", "agent"),
              ("австрийцами", "agent"), ("корпус Вандама", "target")],
      quantities=[qty("10–12 тыс. французов", "prisoners", None, min=10000, max=12000, approximate=True)])
event("нанёс поражение", "6 сентября при Денневице Бюлов нанёс поражение маршалу Нею", "battle",  # 22
      date="6 сентября", place="Денневиц", actors=[("Бюлов", "agent"), ("маршалу Нею", "target")])
event("взял", "30 сентября отряд А. И. Чернышёва с боем взял Кассель", "capture", date="30 сентября",  # 23
      place="Кассель", actors=[("отряд А. И. Чернышёва", "agent")])
event("договору", "8 октября по договору в Риде к коалиции присоединилась Бавария", "treaty",  # 24
      date="8 октября", place="Рид", actors=[("Бавария", "participant")],
      note="Bavaria joins the coalition by this treaty")
event("сражение", "Решающее сражение развернулось под Лейпцигом 16–19 октября", "battle",  # 25
      date="16–19 октября", place="Лейпциг",
      quantities=[qty("примерно 190 тыс. солдат", "participants", 190000, approximate=True),
                  qty("свыше 300 тыс.", "participants", 300000, min=300000, approximate=True)],
      note="counts from the next sentence: Napoleon's side and the allies'")
event("перешли", "18 октября прямо на поле боя на сторону союзников перешли саксонские "  # 26
      "части", "political_activity", date="18 октября", place="Лейпциг",
      actors=[("саксонские части", "agent")], note="defection during the battle")
event("овладели", "На следующий день союзники штурмом овладели Лейпцигом, захватив около 15 тыс. пленных",  # 27
      "capture", date="На следующий день", place="Лейпциг", actors=[("союзники", "agent")],
      quantities=[qty("около 15 тыс. пленных", "prisoners", 15000, approximate=True)])
event("взорвали", "Мост через Эльстер французские сапёры взорвали", "explosion",  # 28
      date="На следующий день", place="Эльстер", actors=[("французские сапёры", "agent")],
      note="the bridge at Leipzig, 19 October; Poniatowski drowned in the river")
event("взяли под стражу", "В городе союзники взяли под стражу саксонского короля Фридриха Августа", "arrest",  # 29
      date="На следующий день", place="Лейпциг",
      actors=[("союзники", "agent"), ("саксонского короля Фридриха Августа", "target")])
event("отступали", "Остатки французской армии отступали к Рейну", "retreat",  # 30
      date={"edtf": "1813-10-20/1813-11-10"}, place="Рейн",
      actors=[("Остатки французской армии", "agent")])
event("разбил", "30–31 октября при Ханау Наполеон разбил баварско-австрийский корпус К. Вреде", "battle",  # 31
      date="30–31 октября", place="Ханау",
      actors=[("Наполеон", "agent"), ("баварско-австрийский корпус К. Вреде", "target")])
event("прибыл", "30–31 октября при Ханау Наполеон разбил баварско-австрийский корпус К. Вреде, пытавшийся "  # 32
      "преградить ему путь, и 2 ноября прибыл в Майнц", "retreat", date="2 ноября", place="Майнц",
      actors=[("Наполеон", "agent")], note="arrival at Mainz on the retreat to the Rhine")
event("распался", "Осенью фактически распался Рейнский союз", "abolition", date="Осенью",  # 33
      place="Рейнский союз")
for town in ["Данциг", "Кюстрин", "Глогау"]:  # 34, 35, 36
    event("осаждённые", "В это время в тылу союзников ещё держались осаждённые французские гарнизоны "
          "Данцига, Кюстрина и Глогау", "siege", date="В это время", place=town,
          actors=[("французские гарнизоны", "target")])
event("ушли", "В начале ноября последние части Наполеона ушли за Рейн", "retreat",  # 37
      date="В начале ноября", place="Рейн", actors=[("последние части Наполеона", "agent")])
