"""Gold spec for bench/heldout/russo_turkish_war_1828_1829.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style (Gregorian); they are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_turkish_war_1828_1829.txt"

gazetteer({
    "Наварин": ("settlement", 36.91, 21.70, None, "Пилос"),
    "Аккерман": ("settlement", 46.19, 30.35, None, "Белгород-Днестровский"),
    "Россия": ("polity", 59.94, 30.31, "Q34266"),
    "Турция": ("polity", 41.01, 28.98, "Q12560"),
    "Прут": ("river", 46.47, 28.25, None),
    "Молдавия": ("polity", 47.16, 27.59, None),
    "Валахия": ("polity", 44.43, 26.10, None),
    "Дунай": ("river", 45.28, 28.50, "Q1653"),
    "Исакча": ("settlement", 45.27, 28.46, None),
    "Браилов": ("settlement", 45.27, 27.96, None, "Брэила"),
    "Анапа": ("settlement", 44.89, 37.32, None),
    "Шумла": ("settlement", 43.27, 26.93, None, "Шумен"),
    "Варна": ("settlement", 43.21, 27.92, None),
    "Силистрия": ("settlement", 44.12, 27.26, None, "Силистра"),
    "Кавказ": ("region", 42.0, 44.0, None),
    "Поти": ("settlement", 42.15, 41.67, None),
    "Карс": ("settlement", 40.61, 43.10, None),
    "Ахалкалаки": ("settlement", 41.41, 43.49, None),
    "Ахалцих": ("settlement", 41.64, 42.98, None, "Ахалцихе"),
    "Баязет": ("settlement", 39.55, 44.09, None, "Догубаязит"),
    "Кулевча": ("settlement", 43.12, 27.15, None, "Кюлевча"),
    "Каинлы": ("settlement", 40.2, 42.4, None),
    "Эрзурум": ("settlement", 39.91, 41.27, None),
    "Балканы": ("mountain", 42.8, 26.8, None),
    "Месемврия": ("settlement", 42.66, 27.72, None, "Несебыр"),
    "Бургас": ("settlement", 42.50, 27.47, None),
    "Сливен": ("settlement", 42.68, 26.32, None),
    "Адрианополь": ("settlement", 41.68, 26.56, None, "Эдирне"),
    "Константинополь": ("settlement", 41.01, 28.98, "Q406", "Стамбул"),
    "Греция": ("polity", 37.98, 23.73, "Q41"),
    "Сербия": ("polity", 44.01, 20.91, "Q403"),
    "Закавказье": ("region", 41.5, 45.0, None),
})

# ---- dates, in reading order (New Style, as the text says)
date("1828–1829 годов", "1828/1829", "interval")
date("20 октября 1827 года", "1827-10-20", "day")
date("в декабре", "1827-12", "month", derivation="anchored")
date("26 апреля 1828 года", "1828-04-26", "day")
date("7 мая", "1828-05-07", "day", derivation="anchored")
date("8 июня", "1828-06-08", "day", derivation="anchored")
date("вскоре", "1828-06-08/1828-06-30", "interval", kind="vague", derivation="anchored",
     note="soon after the crossing of 8 June")
date("15 июня", "1828-06-15", "day", derivation="anchored")
date("19 июня", "1828-06-19", "day", derivation="anchored")
date("24 июня", "1828-06-24", "day", derivation="anchored")
date("Летом", "1828-22", "season", derivation="anchored")
date("в октябре", "1828-10", "month", derivation="anchored")
date("с конца июля", "1828-07-21/1828-07-31", "interval", derivation="anchored",
     note="start of a process that goes on")
date("в сентябре", "1828-09", "month", derivation="anchored")
date("11 октября", "1828-10-11", "day", derivation="anchored")
date("в ноябре", "1828-11", "month", derivation="anchored")
date("27 июня", "1828-06-27", "day", derivation="anchored")
date("5 июля", "1828-07-05", "day", derivation="anchored")
date("в начале августа", "1828-08-01/1828-08-10", "interval", derivation="anchored")
date("21 августа", "1828-08-21", "day", derivation="anchored")
date("27 августа", "1828-08-27", "day", derivation="anchored")
date("В начале сентября", "1828-09-01/1828-09-10", "interval", derivation="anchored")
date("В феврале 1829 года", "1829-02", "month")
date("В марте", "1829-03", "month", derivation="anchored")
date("С середины мая", "1829-05-11/1829-05-20", "interval", derivation="anchored",
     note="start of a process that goes on")
date("11 июня", "1829-06-11", "day", derivation="anchored")
date("30 июня", "1829-06-30", "day", derivation="anchored")
date("1–2 июля", "1829-07-01/1829-07-02", "interval", derivation="anchored")
date("9 июля", "1829-07-09", "day", derivation="anchored")
date("В середине июля", "1829-07-11/1829-07-20", "interval", derivation="anchored")
date("23 июля", "1829-07-23", "day", derivation="anchored")
date("на следующий день", "1829-07-24", "day", derivation="computed", note="23 July + 1 day")
date("12 августа", "1829-08-12", "day", derivation="anchored")
date("20 августа", "1829-08-20", "day", derivation="anchored")
date("14 сентября 1829 года", "1829-09-14", "day")

# ---- places, in reading order
for quote, name in [
    ("Наваринской", "Наварин"), ("Аккерманскую", "Аккерман"), ("России", "Россия"), ("Турции", "Турция"),
    ("Прут", None), ("Молдавию", "Молдавия"), ("Валахию", "Валахия"), ("Дунай", None),
    ("Исакчи", "Исакча"), ("Браилова", "Браилов"), ("Анапу", "Анапа"),
    ("Шумлу", "Шумла"), ("Варну", "Варна"), ("Варна", None), ("Силистрии", "Силистрия"), ("Дунай", None),
    ("Кавказе", "Кавказ"), ("Поти", None), ("Карсом", "Карс"), ("Ахалкалаки", None),
    ("Ахалциха", "Ахалцих"), ("Баязет", None),
    ("Ахалцих", None), ("Силистрию", "Силистрия"), ("Кулевча", None), ("Силистрия", None),
    ("Кавказе", "Кавказ"), ("Каинлы", None), ("Эрзурум", None),
    ("Шумлой", "Шумла"), ("Балканы", None), ("Месемврия", None), ("Бургас", None), ("Сливен", None),
    ("Адрианополь", None), ("Константинополя", "Константинополь"),
    ("Адрианополе", "Адрианополь"), ("России", "Россия"), ("Дуная", "Дунай"), ("Анапа", None),
    ("Поти", None), ("Ахалцих", None), ("Ахалкалаки", None), ("Карс", None), ("Эрзурум", None),
    ("Баязет", None), ("Турции", "Турция"), ("Греции", "Греция"), ("Сербии", "Сербия"),
    ("Эрзурума", "Эрзурум"), ("Закавказье", None),
]:
    place(quote, name)

# ---- events
event("уничтожила", "20 октября 1827 года соединённая англо-франко-русская эскадра уничтожила "  # 0
      "турецко-египетский флот в Наваринской бухте", "battle", date="20 октября 1827 года", place="Наварин",
      actors=[("соединённая англо-франко-русская эскадра", "agent"), ("турецко-египетский флот", "target")],
      note="a naval battle")
event("отказался соблюдать", "султан Махмуд II отказался соблюдать Аккерманскую конвенцию",  # 1
      "political_activity", date={"edtf": "1827-10-20/1827-12-31"},
      actors=[("султан Махмуд II", "agent")],
      note="repudiation of a convention, in answer to Navarino; by December at the latest")
event("призвал", "в декабре призвал подданных к священной войне против России", "political_activity",  # 2
      date="в декабре", actors=[("султан Махмуд II", "agent"), ("России", "target")],
      note="a call to holy war, coded like a declaration of war")
event("манифест об объявлении войны", "26 апреля 1828 года Николай I подписал манифест об объявлении войны "  # 3
      "Турции", "political_activity", date="26 апреля 1828 года",
      actors=[("Николай I", "agent"), ("Турции", "target")], note="declaration of war")
event("перешла", "7 мая армия фельдмаршала П. Х. Витгенштейна численностью около 95 тыс. человек перешла "  # 4
      "Прут", "attack", date="7 мая", place="Прут",
      actors=[("армия фельдмаршала П. Х. Витгенштейна", "agent")],
      quantities=[qty("около 95 тыс. человек", "participants", 95000, approximate=True)],
      note="the invasion: crossing of the border river")
event("заняла", "7 мая армия фельдмаршала П. Х. Витгенштейна численностью около 95 тыс. человек перешла "  # 5
      "Прут и без боя заняла Молдавию и Валахию", "occupation", date="7 мая", place="Молдавия",
      actors=[("армия фельдмаршала П. Х. Витгенштейна", "agent")])
event("заняла", "7 мая армия фельдмаршала П. Х. Витгенштейна численностью около 95 тыс. человек перешла "  # 6
      "Прут и без боя заняла Молдавию и Валахию", "occupation", date="7 мая", place="Валахия",
      actors=[("армия фельдмаршала П. Х. Витгенштейна", "agent")])
event("переправились", "8 июня русские войска в присутствии императора переправились через Дунай у Исакчи",  # 7
      "attack", date="8 июня", place="Исакча", actors=[("русские войска", "agent")],
      note="crossing of the Danube opposite Isaccea")
event("сдалась", "вскоре эта крепость сдалась", "capture", date="вскоре", place="Исакча")  # 8
event("Осада", "Осада Браилова затянулась", "siege", date={"edtf": "1828-05-07/1828-06-19"},  # 9
      place="Браилов", note="between the crossing of the Prut and the capitulation")
event("штурм", "штурм 15 июня был отбит с большими потерями", "attack", date="15 июня", place="Браилов",  # 10
      assertion="failed")
event("капитулировал", "но 19 июня гарнизон капитулировал", "capture", date="19 июня", place="Браилов",  # 11
      actors=[("гарнизон", "target")])
event("высаженный", "отряд А. С. Меншикова, высаженный с кораблей", "reinforcement",  # 12
      date={"edtf": "1828-04-26/1828-06-24"}, place="Анапа", actors=[("отряд А. С. Меншикова", "agent")],
      note="a landing from the sea; the text gives no day, only that it came before the capture")
event("взял", "24 июня отряд А. С. Меншикова, высаженный с кораблей, взял Анапу", "capture",  # 13
      date="24 июня", place="Анапа", actors=[("отряд А. С. Меншикова", "agent")])
event("блокировали", "Летом главные силы блокировали Шумлу", "siege", date="Летом", place="Шумла",  # 14
      actors=[("главные силы", "agent")])
event("сняли блокаду", "однако в октябре сняли блокаду", "retreat", date="в октябре", place="Шумла",  # 15
      note="the blockade is lifted")
event("осаждённую", "Упорнее всего шла борьба за Варну, осаждённую с суши и с моря с конца июля", "siege",  # 16
      date="с конца июля", place="Варна")
event("подошёл", "в сентябре к крепости подошёл гвардейский корпус", "reinforcement", date="в сентябре",  # 17
      place="Варна", actors=[("гвардейский корпус", "agent")])
event("сдалась", "11 октября Варна сдалась, в плен попали несколько тысяч турок", "capture",  # 18
      date="11 октября", place="Варна",
      quantities=[qty("несколько тысяч турок", "prisoners", None, min=3000, max=9000, approximate=True)])
event("Осаду", "Осаду Силистрии в ноябре пришлось снять", "siege", date="в ноябре", place="Силистрия",  # 19
      note="the text dates only the end of the siege")
event("пришлось снять", "Осаду Силистрии в ноябре пришлось снять", "retreat", date="в ноябре",  # 20
      place="Силистрия", note="the siege is lifted")
event("отошла", "Осаду Силистрии в ноябре пришлось снять, и армия отошла за Дунай", "retreat",  # 21
      date="в ноябре", place="Дунай", actors=[("армия", "agent")])
event("взял", "27 июня отряд генерала Гессе взял Поти", "capture", date="27 июня", place="Поти",  # 22
      actors=[("отряд генерала Гессе", "agent")])
event("овладел", "5 июля Паскевич штурмом овладел Карсом", "capture", date="5 июля", place="Карс",  # 23
      actors=[("Паскевич", "agent")])
event("овладел", "5 июля Паскевич штурмом овладел Карсом, а в начале августа — Ахалкалаки", "capture",  # 24
      date="в начале августа", place="Ахалкалаки", actors=[("Паскевич", "agent")])
event("разбит", "21 августа у Ахалциха был разбит шедший на выручку крепости турецкий корпус численностью "  # 25
      "около 30 тыс. человек", "battle", date="21 августа", place="Ахалцих",
      actors=[("турецкий корпус", "target")],
      quantities=[qty("около 30 тыс. человек", "participants", 30000, approximate=True)])
event("пал", "а 27 августа после упорного штурма пал и сам город", "capture", date="27 августа",  # 26
      place="Ахалцих")
event("занял", "В начале сентября отряд А. Г. Чавчавадзе занял Баязет", "capture",  # 27
      date="В начале сентября", place="Баязет", actors=[("отряд А. Г. Чавчавадзе", "agent")])
event("назначен", "В феврале 1829 года главнокомандующим вместо Витгенштейна был назначен И. И. Дибич",  # 28
      "political_activity", date="В феврале 1829 года", actors=[("И. И. Дибич", "participant")],
      note="an appointment")
event("пытались отбить", "В марте аджарские отряды безуспешно пытались отбить Ахалцих", "recapture",  # 29
      date="В марте", place="Ахалцих", assertion="failed", actors=[("аджарские отряды", "agent")])
event("осаждали", "С середины мая русские вновь осаждали Силистрию", "siege", date="С середины мая",  # 30
      place="Силистрия", actors=[("русские", "agent")])
event("разгромил", "11 июня у деревни Кулевча Дибич разгромил армию великого визиря Решид-паши, которая "  # 31
      "потеряла, по русским сведениям, до 5 тыс. человек убитыми", "battle", date="11 июня", place="Кулевча",
      actors=[("Дибич", "agent"), ("армию великого визиря Решид-паши", "target")],
      quantities=[qty("до 5 тыс. человек убитыми", "fatalities", 5000, max=5000, approximate=True)],
      note="the battle is asserted; only the count is attributed to Russian reports")
event("капитулировала", "30 июня Силистрия капитулировала, около 8 тыс. её защитников попали в плен",  # 32
      "capture", date="30 июня", place="Силистрия",
      quantities=[qty("около 8 тыс. её защитников", "prisoners", 8000, approximate=True)])
event("разбил", "Паскевич 1–2 июля разбил у Каинлы войска сераскира Хаки-паши", "battle",  # 33
      date="1–2 июля", place="Каинлы",
      actors=[("Паскевич", "agent"), ("войска сераскира Хаки-паши", "target")])
event("вступил", "Паскевич 1–2 июля разбил у Каинлы войска сераскира Хаки-паши, а 9 июля без боя вступил "  # 34
      "в Эрзурум", "occupation", date="9 июля", place="Эрзурум", actors=[("Паскевич", "agent")])
event("повёл", "В середине июля Дибич, оставив часть сил под Шумлой, повёл 30–35 тыс. человек через "  # 35
      "Балканы", "attack", date="В середине июля", place="Балканы", actors=[("Дибич", "agent")],
      quantities=[qty("30–35 тыс. человек", "participants", None, min=30000, max=35000, approximate=True)],
      note="the offensive across the Balkan range")
event("сдалась", "23 июля сдалась Месемврия", "capture", date="23 июля", place="Месемврия")  # 36
event("занят", "на следующий день был занят Бургас", "capture", date="на следующий день",  # 37
      place="Бургас")
event("занят", "на следующий день был занят Бургас, а 12 августа — Сливен", "capture", date="12 августа",  # 38
      place="Сливен")
event("вошла", "Ослабленная чумой и лихорадкой армия 20 августа без сопротивления вошла в Адрианополь",  # 39
      "occupation", date="20 августа", place="Адрианополь", actors=[("армия", "agent")])
event("подписан", "14 сентября 1829 года в Адрианополе был подписан мирный договор", "treaty",  # 40
      date="14 сентября 1829 года", place="Адрианополь")
for name in ["Дунай", "Анапа", "Поти", "Ахалцих", "Ахалкалаки"]:  # 41-45
    event("отошли", "К России отошли устье Дуная, Анапа и Поти, а также Ахалцих и Ахалкалаки",
          "territorial_transfer", date="14 сентября 1829 года", place=name,
          actors=[("России", "participant")], note="ceded by the treaty")
for name in ["Карс", "Эрзурум", "Баязет"]:  # 46-48
    event("возвращались", "Карс, Эрзурум и Баязет возвращались Турции", "territorial_transfer",
          date="14 сентября 1829 года", place=name, actors=[("Турции", "participant")],
          note="returned by the treaty")
for name in ["Греция", "Сербия"]:  # 49-50
    event("признал", "Султан признал автономию Греции и Сербии", "recognition",
          date="14 сентября 1829 года", place=name, actors=[("Султан", "agent")],
          note="autonomy recognised in the treaty")
event("уходившими", "Вслед за уходившими из Эрзурума войсками Паскевича", "retreat",  # 51
      date={"edtf": "1829-09-14/1830-12-31"}, place="Эрзурум", actors=[("войсками Паскевича", "agent")],
      note="withdrawal after the peace; the text gives no date")
event("переселились", "Вслед за уходившими из Эрзурума войсками Паскевича в Закавказье переселились "  # 52
      "десятки тысяч армян", "flight", date={"edtf": "1829-09-14/1830-12-31"}, place="Эрзурум",
      actors=[("армян", "participant")],
      quantities=[qty("десятки тысяч армян", "displaced", None, min=20000, max=90000, approximate=True)],
      note="place is the origin; the destination named is Закавказье")
