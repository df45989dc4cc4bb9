"""Gold spec for bench/heldout/bulavin_rebellion_1707_1708.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style (Julian). Day and month dates are converted to the
proleptic Gregorian calendar (+11 days in 1700–1799); seasons, years and coarser values are left as
written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/bulavin_rebellion_1707_1708.txt"

OS = "Old Style, converted to Gregorian (+11 days)"

gazetteer({
    "Дон": ("river", 47.58, 41.1, None),
    "Черкасск": ("settlement", 47.24, 40.04, None, "Старочеркасская"),
    "Бахмут": ("settlement", 48.59, 38.0, None),
    "Шульгин городок": ("settlement", 49.06, 38.97, None),
    "Айдар": ("river", 49.28, 38.92, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Запорожская Сечь": ("settlement", 47.62, 34.27, None),
    "Пристанский городок": ("settlement", 51.1, 41.6, None),
    "Хопёр": ("river", 50.8, 42.0, None),
    "Лисковатка": ("river", 50.3, 42.4, None),
    "Волга": ("river", 50.08, 45.42, "Q626"),
    "Северский Донец": ("river", 49.21, 37.26, None),
    "Азов": ("settlement", 47.11, 39.42, None),
    "Камышин": ("settlement", 50.08, 45.41, None),
    "Саратов": ("settlement", 51.53, 46.03, None),
    "Царицын": ("settlement", 48.71, 44.51, None, "Волгоград"),
    "Торские озёра": ("lake", 48.88, 37.63, None),
    "Изюм": ("settlement", 49.21, 37.26, None),
    "Кривая Лука": ("settlement", 48.95, 38.0, None),
    "Медведица": ("river", 50.06, 43.24, None),
    "Есауловский городок": ("settlement", 48.3, 42.8, None),
    "Кубань": ("region", 45.03, 38.98, None),
    "Крымское ханство": ("polity", 44.75, 33.86, None),
    "Войско Донское": ("polity", 47.24, 40.04, None),
    "Азовская губерния": ("region", 51.67, 39.21, None),
})

# ---- dates, in reading order
date("В 1707–1708 годах", "1707/1708", "interval")
date("Летом 1707 года", "1707-22", "season", note="season: left as written")
date("в сентябре", "1707-09-12/1707-10-11", "month", derivation="anchored",
     note="September 1707 " + OS)
date("В ночь на 9 октября 1707 года", "1707-10-19/1707-10-20", "day",
     note="night of 8/9 October " + OS)
date("18 октября", "1707-10-29", "day", derivation="anchored", note=OS)
date("Зимой", "1707-12/1708-02", "season", derivation="anchored",
     note="the winter of 1707–1708; season left as written")
date("весной 1708 года", "1708-21", "season", note="season: left as written")
date("Вскоре", "1708-03-01/1708-04-20", "interval", kind="vague", derivation="anchored",
     note="soon after the spring return, before 9 April (OS)")
date("9 апреля", "1708-04-20", "day", derivation="anchored", note=OS)
date("1 мая", "1708-05-12", "day", derivation="anchored", note=OS)
date("6 мая", "1708-05-17", "day", derivation="anchored", note=OS)
date("9 мая", "1708-05-20", "day", derivation="anchored", note=OS)
date("Затем", "1708-05-20/1708-06-11", "interval", kind="vague", derivation="anchored",
     note="after 9 May (OS), within May (OS)")
date("в мае", "1708-05-12/1708-06-11", "month", derivation="anchored", note="May 1708 " + OS)
date("В начале июня", "1708-06-12/1708-06-21", "interval", derivation="anchored",
     note="1–10 June " + OS)
date("тем временем", "1708-05-20/1708-07-11", "interval", kind="vague", derivation="anchored",
     note="meanwhile: between the split after 9 May and the end of June (OS)")
date("8 июня", "1708-06-19", "day", derivation="anchored", note=OS)
date("1 июля", "1708-07-12", "day", derivation="anchored", note=OS)
date("6 июля", "1708-07-17", "day", derivation="anchored", note=OS)
date("На следующий день", "1708-07-18", "day", derivation="computed", note="6 July + 1 day, " + OS)
date("7 июля", "1708-07-18", "day", derivation="anchored", note=OS)
date("Через три дня", "1708-07-21", "day", derivation="computed", note="7 July + 3 days, " + OS)
date("в конце июля", "1708-08-01/1708-08-11", "interval", derivation="anchored",
     note="21–31 July " + OS)
date("в августе", "1708-08-12/1708-09-11", "month", derivation="anchored", note="August 1708 " + OS)
date("Осенью", "1708-23", "season", derivation="anchored", note="season: left as written")
date("В конце 1708 года", "1708-09/1708-12", "interval", note="end of the year: its last third")

# ---- places, in reading order
for quote, name in [
    ("Дону", "Дон"), ("Дону", "Дон"), ("Черкасск", "Черкасск"),
    ("бахмутский", "Бахмут"), ("Шульгином городке", "Шульгин городок"), ("Айдаре", "Айдар"),
    ("Москве", "Москва"), ("Запорожскую Сечь", "Запорожская Сечь"),
    ("Дону", "Дон"), ("Пристанском городке", "Пристанский городок"), ("Хопре", "Хопёр"),
    ("Лисковатки", "Лисковатка"),
    ("Черкасск", "Черкасск"), ("Волгу", "Волга"), ("Северский Донец", "Северский Донец"),
    ("Азов", "Азов"),
    ("Волге", "Волга"), ("Камышин", "Камышин"), ("Саратов", "Саратов"), ("Царицын", "Царицын"),
    ("Торских озёр", "Торские озёра"), ("Изюмский", "Изюм"), ("Кривая Лука", "Кривая Лука"),
    ("Азова", "Азов"), ("черкасской", "Черкасск"),
    ("Черкасск", "Черкасск"), ("Хопру", "Хопёр"), ("Медведице", "Медведица"),
    ("Донцу", "Северский Донец"), ("Дону", "Дон"), ("Есауловском городке", "Есауловский городок"),
    ("Кубань", "Кубань"), ("Крымского ханства", "Крымское ханство"),
    ("Войска Донского", "Войско Донское"), ("Азовской губернии", "Азовская губерния"),
]:
    place(quote, name)

# ---- events
event("восстание", "В 1707–1708 годах на Дону вспыхнуло восстание казаков и беглых людей под началом "  # 0
      "Кондратия Булавина", "uprising", date="В 1707–1708 годах", place="Дон",
      actors=[("казаков и беглых людей", "agent")])
event("отправил", "Летом 1707 года Пётр I отправил туда отряд князя Юрия Долгорукова",  # 1
      "reinforcement", date="Летом 1707 года", place="Дон",
      actors=[("Пётр I", "participant"), ("отряд князя Юрия Долгорукова", "agent")])
event("прибыл", "который в сентябре прибыл в Черкасск", "reinforcement",  # 2
      date="в сентябре", place="Черкасск", actors=[("отряд князя Юрия Долгорукова", "agent")])
event("хватая", "двинулся по казачьим городкам, хватая пришлых", "arrest",  # 3
      date={"edtf": "1707-09-12/1707-10-19"}, place="Дон", actors=[("пришлых", "target")],
      note="between the arrival in September and the attack of 8/9 October (OS)")
event("напал", "В ночь на 9 октября 1707 года бахмутский атаман Булавин с отрядом около 200 казаков "  # 4
      "напал на Долгорукова в Шульгином городке на Айдаре", "attack",
      date="В ночь на 9 октября 1707 года", place="Шульгин городок",
      actors=[("бахмутский атаман Булавин", "agent"), ("Долгорукова", "target")],
      quantities=[qty("около 200 казаков", "participants", 200, approximate=True)])
event("перебиты", "князь и почти все его офицеры были перебиты", "attack", same_as=4,  # 5
      date="В ночь на 9 октября 1707 года", place="Шульгин городок",
      actors=[("князь и почти все его офицеры", "target")], note="the outcome: the prince and his officers killed")
event("собрал", "Лукьян Максимов, оставшийся верным Москве, собрал домовитых казаков", "reinforcement",  # 6
      date={"edtf": "1707-10-20/1707-10-29"}, actors=[("Лукьян Максимов", "agent")],
      note="mustered between 9 and 18 October (OS)")
event("разгромил", "собрал домовитых казаков и 18 октября разгромил повстанцев на той же реке", "battle",  # 7
      date="18 октября", place="Айдар",
      actors=[("Лукьян Максимов", "agent"), ("повстанцев", "target")],
      note="'на той же реке' = the Aidar")
event("повешена", "Часть пленных была повешена", "execution",  # 8
      date={"edtf": "1707-10-29/1707-11-30"}, actors=[("пленных", "target")],
      note="after the battle of 18 October (OS)")
event("бежал", "Сам Булавин бежал в Запорожскую Сечь", "retreat",  # 9
      date={"edtf": "1707-10-29/1707-11-30"}, place="Запорожская Сечь", actors=[("Булавин", "agent")],
      note="place is the destination, the only place the clause names")
event("рассылал", "Зимой он рассылал по Дону «прелестные письма»", "political_activity",  # 10
      date="Зимой", place="Дон", note="rebel appeals sent across the Don")
event("вернулся", "весной 1708 года вернулся", "reinforcement",  # 11
      date="весной 1708 года", place="Дон", note="Bulavin's return to the Don")
event("собрал", "весной 1708 года вернулся и собрал сторонников в Пристанском городке на Хопре",  # 12
      "reinforcement", date="весной 1708 года", place="Пристанский городок",
      actors=[("сторонников", "participant")])
event("выросло", "Вскоре его войско выросло до 5–7 тыс. человек", "reinforcement", same_as=12,  # 13
      date="Вскоре", place="Пристанский городок", actors=[("его войско", "agent")],
      quantities=[qty("5–7 тыс. человек", "participants", None, min=5000, max=7000, approximate=True)])
event("разбил", "9 апреля у речки Лисковатки Булавин наголову разбил Максимова", "battle",  # 14
      date="9 апреля", place="Лисковатка", actors=[("Булавин", "agent"), ("Максимова", "target")])
event("поручил", "В ответ царь поручил подавление мятежа князю Василию Долгорукову", "political_activity",  # 15
      date={"edtf": "1708-04-20/1708-05-11"}, actors=[("царь", "agent"), ("князю Василию Долгорукову", "participant")],
      note="appointment; after 9 April, within April (OS)")
event("заняли", "1 мая повстанцы без боя заняли Черкасск", "capture",  # 16
      date="1 мая", place="Черкасск", actors=[("повстанцы", "agent")])
event("схвачены", "Максимов и несколько старшин были схвачены", "arrest",  # 17
      date={"edtf": "1708-05-12/1708-05-17"}, place="Черкасск",
      actors=[("Максимов и несколько старшин", "target")], note="between 1 and 6 May (OS)")
event("обезглавлены", "Максимов и несколько старшин были схвачены и 6 мая обезглавлены", "execution",  # 18
      date="6 мая", place="Черкасск", actors=[("Максимов и несколько старшин", "target")])
event("избрал", "9 мая казачий круг избрал Булавина войсковым атаманом", "political_activity",  # 19
      date="9 мая", place="Черкасск", actors=[("казачий круг", "agent"), ("Булавина", "participant")])
event("ушёл", "отряд Игната Некрасова ушёл на Волгу", "reinforcement",  # 20
      date="Затем", place="Волга", actors=[("отряд Игната Некрасова", "agent")])
event("повёл", "Семён Драный повёл людей на Северский Донец", "reinforcement",  # 21
      date="Затем", place="Северский Донец", actors=[("Семён Драный", "agent")])
event("захватили", "некрасовцы вместе с отрядом Ивана Павлова в мае захватили Камышин", "capture",  # 22
      date="в мае", place="Камышин",
      actors=[("некрасовцы", "agent"), ("отрядом Ивана Павлова", "agent")])
event("взять", "попытка взять Саратов не удалась", "attack", assertion="failed",  # 23
      date="в мае", place="Саратов", note="date from the same sentence")
event("осады", "после короткой осады им сдался Царицын", "siege",  # 24
      date={"edtf": "1708-06-01/1708-06-21"}, place="Царицын",
      note="a short siege ending in early June (OS)")
event("сдался", "В начале июня после короткой осады им сдался Царицын", "capture",  # 25
      date="В начале июня", place="Царицын")
event("казнён", "воевода Турченинов был казнён", "execution",  # 26
      date="В начале июня", place="Царицын", actors=[("воевода Турченинов", "target")])
event("соединился", "Драный тем временем соединился с запорожцами", "reinforcement",  # 27
      date="тем временем", actors=[("Драный", "agent"), ("запорожцами", "participant")])
event("разбил", "8 июня у Торских озёр разбил Изюмский слободской полк", "battle",  # 28
      date="8 июня", place="Торские озёра",
      actors=[("Изюмский слободской полк", "target")])
event("окружён", "1 июля у урочища Кривая Лука его отряд был окружён царскими войсками; по донесениям "  # 29
      "победителей, погибло более 1,5 тыс. повстанцев, среди них и сам Драный", "battle",
      date="1 июля", place="Кривая Лука",
      actors=[("царскими войсками", "agent"), ("его отряд", "target")],
      quantities=[qty("более 1,5 тыс. повстанцев", "fatalities", 1500, min=1500, approximate=True)],
      note="the battle is asserted; only the death toll is attributed to the victors' reports")
event("штурм", "Главные силы под началом Лукьяна Хохлача 6 июля пошли на штурм Азова, но гарнизон отбил "  # 30
      "приступ; нападавшие потеряли около 400 человек", "attack", assertion="failed",
      date="6 июля", place="Азов",
      actors=[("Главные силы под началом Лукьяна Хохлача", "agent"), ("гарнизон", "target")],
      quantities=[qty("около 400 человек", "fatalities", 400, approximate=True)],
      note="'потеряли' losses, coded as fatalities")
event("отошли", "нападавшие потеряли около 400 человек и отошли от крепости", "retreat",  # 31
      date="6 июля", place="Азов", actors=[("нападавшие", "agent")])
event("напали", "7 июля, заговорщики из черкасской старшины во главе с Ильёй Зерщиковым напали на дом "  # 32
      "Булавина", "attack", date="7 июля", place="Черкасск",
      actors=[("заговорщики из черкасской старшины", "agent"), ("Булавина", "target")])
event("погиб", "Атаман отстреливался и погиб", "attack", same_as=32,  # 33
      date="7 июля", place="Черкасск", actors=[("Атаман", "target")],
      note="Bulavin killed; the official version that he shot himself is not coded as a separate event")
event("присягнул", "Через три дня Черкасск присягнул царю", "political_activity",  # 34
      date="Через три дня", place="Черкасск", actors=[("Черкасск", "agent")])
event("вступили", "в конце июля туда вступили полки Долгорукова", "occupation",  # 35
      date="в конце июля", place="Черкасск", actors=[("полки Долгорукова", "agent")])
for river in ["Хопёр", "Медведица", "Северский Донец"]:  # 36, 37, 38
    event("разоряли", "Каратели разоряли городки по Хопру, Медведице и Донцу", "looting",
          date={"edtf": "1708-08/1708-11"}, place=river, actors=[("Каратели", "agent")],
          note="punitive destruction after the entry into Cherkassk (OS late July onwards)")
event("повешенными", "по Дону пускали плоты с повешенными", "execution",  # 39
      date={"edtf": "1708-08/1708-11"}, place="Дон", note="punitive executions; no date given")
event("осады", "В Есауловском городке, взятом после осады в августе", "siege",  # 40
      date="в августе", place="Есауловский городок")
event("взятом", "В Есауловском городке, взятом после осады в августе", "recapture",  # 41
      date="в августе", place="Есауловский городок")
event("казнили", "В Есауловском городке, взятом после осады в августе, казнили около 200 человек",  # 42
      "execution", date="в августе", place="Есауловский городок",
      quantities=[qty("около 200 человек", "fatalities", 200, approximate=True)])
event("увёл", "Осенью Некрасов увёл на Кубань, под покровительство Крымского ханства, от 2 до 8 тыс. "  # 43
      "казаков с семьями", "flight", date="Осенью", place="Кубань",
      actors=[("Некрасов", "agent"), ("казаков с семьями", "participant")],
      quantities=[qty("от 2 до 8 тыс. казаков с семьями", "displaced", None, min=2000, max=8000,
                      approximate=True)],
      note="place is the destination")
event("передана", "В конце 1708 года указом царя часть земель Войска Донского была передана Азовской губернии",  # 44
      "territorial_transfer", date="В конце 1708 года", place="Азовская губерния",
      actors=[("царя", "agent"), ("Войска Донского", "participant")])
