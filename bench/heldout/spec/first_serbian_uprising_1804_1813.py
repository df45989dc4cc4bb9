"""Gold spec for bench/heldout/first_serbian_uprising_1804_1813.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/first_serbian_uprising_1804_1813.txt"

gazetteer({
    "Белград": ("settlement", 44.82, 20.46, "Q3711"),
    "Белградский пашалык": ("region", 44.4, 20.6, None),
    "Орашац": ("settlement", 44.33, 20.58, None),
    "Рудник": ("settlement", 44.13, 20.51, None),
    "Валево": ("settlement", 44.27, 19.89, None),
    "Дунай": ("river", 44.83, 20.6, "Q1653"),
    "Ада-Кале": ("settlement", 44.72, 22.45, None),
    "Ниш": ("settlement", 43.32, 21.9, None),
    "Иванковац": ("settlement", 43.94, 21.41, None),
    "Смедерево": ("settlement", 44.66, 20.93, None),
    "Мишарское поле": ("region", 44.72, 19.66, None),
    "Шабац": ("settlement", 44.75, 19.69, None),
    "Босния": ("region", 44.2, 17.7, None),
    "Россия": ("polity", 59.94, 30.31, "Q34266"),
    "Сербия": ("region", 44.0, 20.9, None),
    "Малайница": ("settlement", 44.2, 22.44, None),
    "Слободзея": ("settlement", 46.73, 29.7, None),
    "Чегар": ("mountain", 43.36, 21.94, None),
    "Морава": ("river", 43.93, 21.37, None),
    "Делиград": ("settlement", 43.6, 21.73, None),
    "Варварин": ("settlement", 43.72, 21.37, None),
    "Бухарест": ("settlement", 44.43, 26.1, "Q19660"),
    "Неготин": ("settlement", 44.23, 22.53, None),
    "Земун": ("settlement", 44.84, 20.41, None),
    "Сава": ("river", 44.67, 20.2, None),
})

# ---- dates, in reading order (the text states once that its dates are New Style)
date("1804–1813", "1804/1813", "interval")
date("В декабре 1801 года", "1801-12", "month")
date("в конце января 1804 года", "1804-01-21/1804-01-31", "interval", note="New Style, as the text states")
date("14 февраля 1804 года", "1804-02-14", "day")
date("Весной", "1804-21", "season", derivation="anchored")
date("в начале августа", "1804-08-01/1804-08-10", "interval", derivation="anchored")
date("18 августа 1805 года", "1805-08-18", "day")
date("Тогда же", "1805-08", "month", kind="vague", derivation="anchored",
     note="'at the same time' as the battle of 18 August 1805")
date("в ноябре", "1805-11", "month", derivation="anchored")
date("В середине августа 1806 года", "1806-08-11/1806-08-20", "interval")
date("12 декабря", "1806-12-12", "day", derivation="anchored")
date("в начале января 1807 года", "1807-01-01/1807-01-10", "interval")
date("в конце 1806 года", "1806-09/1806-12", "interval",
     note="end of a year: taken as its last third, as for the end of a century")
date("Летом 1807 года", "1807-22", "season")
date("в августе", "1807-08", "month", derivation="anchored")
date("Весной 1809 года", "1809-21", "season")
date("31 мая", "1809-05-31", "day", derivation="anchored")
date("в начале сентября 1810 года", "1810-09-01/1810-09-10", "interval")
date("28 мая 1812 года", "1812-05-28", "day")
date("Вскоре", "1812-05-28/1812-08-31", "interval", kind="vague", derivation="anchored",
     note="soon after 28 May 1812")
date("В июле 1813 года", "1813-07", "month")
date("Летом", "1813-22", "season", derivation="anchored")
date("3 октября", "1813-10-03", "day", derivation="anchored")
date("через четыре дня", "1813-10-07", "day", derivation="computed", note="3 October + 4 days")

# ---- places, in reading order
for quote, name in [
    ("белградского", "Белград"), ("Белградском пашалыке", "Белградский пашалык"),
    ("Орашац", None), ("Рудник", None), ("Валево", None), ("Белград", None),
    ("дунайский", "Дунай"), ("Ада-Кале", None),
    ("нишского", "Ниш"), ("Иванковаца", "Иванковац"), ("Смедерево", None),
    ("Мишарском поле", "Мишарское поле"), ("Шабаца", "Шабац"), ("Боснии", "Босния"),
    ("Белград", None), ("белградская", "Белград"),
    ("Россию", "Россия"), ("Сербию", "Сербия"), ("Малайницы", "Малайница"), ("Слободзейское", "Слободзея"),
    ("Ниш", None), ("Чегара", "Чегар"), ("Моравы", "Морава"), ("Делиграду", "Делиград"),
    ("Варварина", "Варварин"),
    ("Бухаресте", "Бухарест"), ("Сербию", "Сербия"),
    ("Неготин", None), ("Земун", None), ("Белград", None), ("Саву", "Сава"), ("Дунай", None),
]:
    place(quote, name)

# ---- events
S0 = ("В декабре 1801 года янычарские главари — дахии — убили белградского визиря Хаджи Мустафу-пашу "
      "и захватили власть в Белградском пашалыке")
event("убили", "В декабре 1801 года янычарские главари — дахии — убили белградского визиря Хаджи Мустафу-пашу",  # 0
      "attack", date="В декабре 1801 года", place="Белград",
      actors=[("янычарские главари", "agent"), ("белградского визиря Хаджи Мустафу-пашу", "target")],
      note="the killing of the governor in a janissary coup")
event("захватили власть", S0, "capture", date="В декабре 1801 года", place="Белградский пашалык",  # 1
      actors=[("янычарские главари", "agent")])
event("сечу", "в конце января 1804 года они устроили так называемую «сечу кнезов»: по разным оценкам, было "  # 2
      "обезглавлено от 70 до 150 сельских старост и священников", "massacre",
      date="в конце января 1804 года", place="Белградский пашалык",
      actors=[("сельских старост и священников", "target")],
      quantities=[qty("от 70 до 150 сельских старост и священников", "fatalities", None, min=70, max=150,
                      approximate=True)],
      note="the killing is asserted; only the count is given 'по разным оценкам'")
event("восстания", "14 февраля 1804 года в селе Орашац собрание вооружённых крестьян избрало вождём восстания",  # 3
      "uprising", date="14 февраля 1804 года", place="Орашац",
      actors=[("собрание вооружённых крестьян", "agent")], note="the outbreak of the rising at Orašac")
event("избрало", "14 февраля 1804 года в селе Орашац собрание вооружённых крестьян избрало вождём восстания "  # 4
      "торговца скотом Георгия Петровича, прозванного Карагеоргием", "political_activity",
      date="14 февраля 1804 года", place="Орашац",
      actors=[("собрание вооружённых крестьян", "agent"), ("Георгия Петровича", "participant")])
event("заняли", "Весной повстанцы заняли Рудник", "capture", date="Весной", place="Рудник",  # 5
      actors=[("повстанцы", "agent")])
event("заняли", "Весной повстанцы заняли Рудник и Валево", "capture", date="Весной", place="Валево",  # 6
      actors=[("повстанцы", "agent")])
event("обложили", "Весной повстанцы заняли Рудник и Валево и обложили Белград", "siege",  # 7
      date="Весной", place="Белград", actors=[("повстанцы", "agent")])
event("бежали", "Дахии бежали на дунайский остров Ада-Кале", "retreat",  # 8
      date={"edtf": "1804-03/1804-08-10"}, place="Ада-Кале", actors=[("Дахии", "agent")],
      note="place is the destination; between the spring siege and their death in early August")
event("казнил", "Дахии бежали на дунайский остров Ада-Кале, где в начале августа их настиг и казнил отряд "  # 9
      "воеводы Миленко Стойковича", "execution", date="в начале августа", place="Ада-Кале",
      actors=[("отряд воеводы Миленко Стойковича", "agent"), ("Дахии", "target")])
event("двинул", "султан двинул против них нишского пашу Хафиза", "reinforcement",  # 10
      date={"edtf": "1804-08/1805-08-18"}, place="Ниш",
      actors=[("султан", "agent"), ("нишского пашу Хафиза", "participant")],
      note="forces sent against the rebels before the battle of 18 August 1805; place is where they came from")
event("разбито", "18 августа 1805 года у Иванковаца его войско было разбито", "battle",  # 11
      date="18 августа 1805 года", place="Иванковац", actors=[("его войско", "target")])
event("учредили", "Тогда же повстанцы учредили Правительствующий совет", "founding",  # 12
      date="Тогда же", actors=[("повстанцы", "agent"), ("Правительствующий совет", "participant")])
event("взяли", "в ноябре штурмом взяли Смедерево", "capture", date="в ноябре", place="Смедерево")  # 13
event("разгромил", "В середине августа 1806 года на Мишарском поле близ Шабаца Карагеоргий разгромил армию, "  # 14
      "пришедшую из Боснии", "battle", date="В середине августа 1806 года", place="Мишарское поле",
      actors=[("Карагеоргий", "agent"), ("армию, пришедшую из Боснии", "target")])
event("пал", "в бою пал её предводитель Кулин-капетан", "battle",  # 15
      date="В середине августа 1806 года", place="Мишарское поле", same_as=14,
      actors=[("её предводитель Кулин-капетан", "target")], note="adds the death of the Bosnian commander")
event("ворвались", "12 декабря сербы ворвались в Белград", "capture", date="12 декабря", place="Белград",  # 16
      actors=[("сербы", "agent")])
event("сдалась", "в начале января 1807 года сдалась и белградская крепость", "capture",  # 17
      date="в начале января 1807 года", place="Белград", actors=[("белградская крепость", "target")])
event("выпущен", "Турецкий гарнизон был выпущен", "retreat", date={"edtf": "1807-01"}, place="Белград",  # 18
      actors=[("Турецкий гарнизон", "agent")], note="the garrison left after the surrender")
event("перебили", "многих мусульман в городе перебили", "massacre", date={"edtf": "1806-12/1807-01"},  # 19
      place="Белград", actors=[("многих мусульман", "target")])
event("война", "Начавшаяся в конце 1806 года русско-турецкая война", "political_activity",  # 20
      date="в конце 1806 года", note="entry into a war")
event("прибыл", "Летом 1807 года в Сербию прибыл отряд полковника Исаева численностью около 1,5 тыс. человек",  # 21
      "reinforcement", date="Летом 1807 года", place="Сербия",
      actors=[("отряд полковника Исаева", "agent")],
      quantities=[qty("около 1,5 тыс. человек", "participants", 1500, approximate=True)])
event("отбросил", "вместе с сербами он отбросил турок у Малайницы", "battle",  # 22
      date="Летом 1807 года", place="Малайница", actors=[("сербами", "agent"), ("турок", "target")])
event("перемирие", "уже в августе Слободзейское перемирие приостановило войну", "treaty",  # 23
      date="в августе", place="Слободзея")
event("двинулись", "Весной 1809 года сербы двинулись на Ниш", "attack", date="Весной 1809 года",  # 24
      place="Ниш", actors=[("сербы", "agent")])
event("прорваны", "31 мая у Чегара их укрепления были прорваны", "battle", date="31 мая", place="Чегар",  # 25
      actors=[("их укрепления", "target")])
event("взорвал", "Воевода Стеван Синджелич, окружённый в шанце, взорвал пороховой погреб, погибнув вместе со "  # 26
      "своими бойцами и ворвавшимися турками", "explosion", date="31 мая", place="Чегар",
      actors=[("Воевода Стеван Синджелич", "agent"), ("ворвавшимися турками", "target")])
event("пало", "всего пало, по сербским сведениям, 3–4 тыс. повстанцев", "battle", date="31 мая",  # 27
      place="Чегар", same_as=25, actors=[("повстанцев", "target")],
      quantities=[qty("3–4 тыс. повстанцев", "fatalities", None, min=3000, max=4000, approximate=True)],
      note="the losses are asserted; only the count is attributed to Serbian reports")
event("вступила", "Армия Хуршид-паши вступила в долину Моравы", "reinforcement",  # 28
      date={"edtf": "1809-06/1809-12"}, place="Морава", actors=[("Армия Хуршид-паши", "agent")],
      note="the Ottoman advance after Čegar; the text gives no date")
event("отступили", "повстанцы отступили к Делиграду", "retreat", date={"edtf": "1809-06/1809-12"},  # 29
      place="Делиград", actors=[("повстанцы", "agent")])
event("одержали верх", "Лишь в начале сентября 1810 года русско-сербские силы одержали верх у Варварина",  # 30
      "battle", date="в начале сентября 1810 года", place="Варварин",
      actors=[("русско-сербские силы", "agent")])
event("подписан", "28 мая 1812 года в Бухаресте был подписан мирный договор", "treaty",  # 31
      date="28 мая 1812 года", place="Бухарест")
event("амнистию", "его восьмая статья сулила сербам амнистию", "amnesty", date="28 мая 1812 года",  # 32
      place="Бухарест", actors=[("сербам", "target")], note="promised by an article of the treaty")
event("возвращались", "крепости возвращались султану", "territorial_transfer", date="28 мая 1812 года",  # 33
      actors=[("султану", "participant")], note="a provision of the treaty")
event("вторжением", "с вторжением Наполеона", "attack", date={"edtf": "1812-06"}, place="Россия",  # 34
      actors=[("Наполеона", "agent")], note="Napoleon's invasion of Russia; the text names no date for it")
event("покинули", "Вскоре, с вторжением Наполеона, русские части покинули Сербию", "retreat",  # 35
      date="Вскоре", place="Сербия", actors=[("русские части", "agent")])
event("вторглись", "В июле 1813 года османские армии вторглись в страну сразу с трёх сторон", "attack",  # 36
      date="В июле 1813 года", place="Сербия", actors=[("османские армии", "agent")])
event("осадили", "Летом турки осадили Неготин", "siege", date="Летом", place="Неготин",  # 37
      actors=[("турки", "agent")])
event("погиб", "при обороне которого погиб гайдук Велько Петрович", "siege", date="Летом", place="Неготин",  # 38
      same_as=37, actors=[("гайдук Велько Петрович", "target")], note="adds the death of the defenders' leader")
event("переправился", "3 октября Карагеоргий с частью воевод переправился в австрийский Земун", "retreat",  # 39
      date="3 октября", place="Земун", actors=[("Карагеоргий", "agent")],
      note="the leader of the rising leaves the country; place is the destination")
event("вошли", "через четыре дня османы без боя вошли в Белград", "recapture",  # 40
      date="через четыре дня", place="Белград", actors=[("османы", "agent")])
event("бежали", "Десятки тысяч сербов бежали за Саву и Дунай", "flight", date={"edtf": "1813-10"},  # 41
      place="Сава", actors=[("сербов", "participant")],
      quantities=[qty("Десятки тысяч сербов", "displaced", None, min=20000, max=90000, approximate=True)],
      note="place is the direction of flight, across the river")
event("бежали", "Десятки тысяч сербов бежали за Саву и Дунай", "flight", date={"edtf": "1813-10"},  # 42
      place="Дунай", actors=[("сербов", "participant")],
      quantities=[qty("Десятки тысяч сербов", "displaced", None, min=20000, max=90000, approximate=True)],
      note="place is the direction of flight, across the river")
event("казни", "оставшихся ждали казни", "execution", date={"edtf": "1813-10/1813-12"}, place="Сербия",  # 43
      actors=[("оставшихся", "target")])
event("продажа в рабство", "оставшихся ждали казни и продажа в рабство", "attack_on_civilians",  # 44
      date={"edtf": "1813-10/1813-12"}, place="Сербия", actors=[("оставшихся", "target")])
event("подавлено", "Восстание было подавлено", "suppression", date={"edtf": "1813-10"}, place="Сербия")  # 45
