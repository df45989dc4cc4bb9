"""Gold spec for bench/heldout/greek_independence_1821_1830.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style (Gregorian), so day and month dates are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/greek_independence_1821_1830.txt"

gazetteer({
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Прут": ("river", 47.2, 27.8, None),
    "Молдавия": ("polity", 47.16, 27.59, None),
    "Яссы": ("settlement", 47.16, 27.59, None),
    "Россия": ("polity", 59.94, 30.32, "Q34266"),
    "Драгашаны": ("settlement", 44.66, 24.26, None),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Пелопоннес": ("region", 37.5, 22.2, None),
    "Морея": ("region", 37.5, 22.2, None, "Пелопоннес"),
    "Каламата": ("settlement", 37.04, 22.11, None),
    "Константинополь": ("settlement", 41.01, 28.98, "Q406", "Стамбул"),
    "Триполица": ("settlement", 37.51, 22.37, None, "Триполи"),
    "Эпидавр": ("settlement", 37.65, 23.14, None),
    "Греция": ("polity", 37.98, 23.73, "Q41"),
    "Хиос": ("region", 38.37, 26.0, None),
    "Аргос": ("settlement", 37.63, 22.73, None),
    "Дервенакия": ("mountain", 37.78, 22.8, None),
    "Нафплион": ("settlement", 37.57, 22.8, None),
    "Модон": ("settlement", 36.82, 21.7, None, "Метони"),
    "Наварин": ("settlement", 36.91, 21.7, None, "Пилос"),
    "Египет": ("polity", 30.04, 31.24, "Q79"),
    "Миссолонги": ("settlement", 38.37, 21.43, None, "Месолонгион"),
    "Афины": ("settlement", 37.98, 23.73, "Q1524"),
    "Акрополь": ("settlement", 37.97, 23.73, None),
    "Трезен": ("settlement", 37.5, 23.36, None),
    "Великобритания": ("polity", 51.51, -0.13, None),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Турция": ("polity", 41.01, 28.98, None),
    "Адрианополь": ("settlement", 41.68, 26.56, None, "Эдирне"),
    "Порта": ("polity", 41.01, 28.98, None),
})

# ---- dates, in reading order
date("почти десять лет", None, None, kind="duration", duration="P10Y", note="approximate: 'almost ten years'")
date("6 марта 1821 года", "1821-03-06", "day")
date("Через два дня", "1821-03-08", "day", derivation="computed", note="6 March + 2 days")
date("19 июня", "1821-06-19", "day", derivation="anchored")
date("на много лет", None, None, kind="duration", note="unquantified: for many years")
date("Тем временем", "1821-03/1821-06", "interval", kind="vague", derivation="anchored",
     note="'meanwhile', i.e. during Ypsilantis' campaign of March–June 1821; the following 'в начале апреля' narrows it")
date("в начале апреля", "1821-04-01/1821-04-10", "interval", derivation="anchored")
date("22 апреля", "1821-04-22", "day", derivation="anchored")
date("С весны", "1821-21", "season", derivation="anchored", note="start of a process that goes on (the siege)")
date("5 октября", "1821-10-05", "day", derivation="anchored")
date("в течение трёх дней", None, None, kind="duration", duration="P3D")
date("В январе 1822 года", "1822-01", "month")
date("В апреле 1822 года", "1822-04", "month")
date("В ночь на 19 июня", "1822-06-18/1822-06-19", "day", derivation="anchored")
date("Летом", "1822-22", "season", derivation="anchored")
date("в конце июля", "1822-07-21/1822-07-31", "interval", derivation="anchored")
date("В декабре того же года", "1822-12", "month", derivation="anchored")
date("В феврале 1825 года", "1825-02", "month")
date("В мае", "1825-05", "month", derivation="anchored")
date("вскоре", "1825-05/1825-07", "interval", kind="vague", derivation="anchored",
     note="'soon' after the May capture of Navarino")
date("В апреле 1825 года", "1825-04", "month")
date("почти год", None, None, kind="duration", duration="P1Y", note="approximate: 'almost a year'")
date("В ночь на 23 апреля 1826 года", "1826-04-22/1826-04-23", "day")
date("В ту же ночь", "1826-04-22/1826-04-23", "day", derivation="anchored")
date("Летом", "1826-22", "season", derivation="anchored")
date("5 июня 1827 года", "1827-06-05", "day")
date("Весной 1827 года", "1827-21", "season")
date("6 июля 1827 года", "1827-07-06", "day")
date("20 октября", "1827-10-20", "day", derivation="anchored")
date("В январе 1828 года", "1828-01", "month")
date("в апреле", "1828-04", "month", derivation="anchored")
date("В конце августа", "1828-08-21/1828-08-31", "interval", derivation="anchored")
date("осенью", "1828-23", "season", derivation="anchored")
date("20 августа 1829 года", "1829-08-20", "day")
date("14 сентября", "1829-09-14", "day", derivation="anchored")
date("3 февраля 1830 года", "1830-02-03", "day")

# ---- places, in reading order
for quote, name in [
    ("Османской империи", "Османская империя"),
    ("Прут", None), ("Молдавии", "Молдавия"), ("Яссах", "Яссы"), ("Россия", None), ("Молдавию", "Молдавия"),
    ("Драгашанах", "Драгашаны"), ("Австрию", "Австрия"),
    ("Пелопоннес", None), ("Морея", None), ("Каламату", "Каламата"), ("Константинополе", "Константинополь"),
    ("Триполицу", "Триполица"), ("Мореи", "Морея"), ("Эпидавре", "Эпидавр"), ("Греции", "Греция"),
    ("Хиосе", "Хиос"),
    ("Морею", "Морея"), ("Аргос", None), ("Дервенакии", "Дервенакия"), ("Нафплион", None),
    ("Модоне", "Модон"), ("Наварин", None), ("Триполицу", "Триполица"), ("Египет", None),
    ("Миссолонги", None), ("Афины", None), ("Акрополь", None),
    ("Трезене", "Трезен"), ("Греции", "Греция"), ("Великобритания", None), ("Франция", None), ("Россия", None),
    ("Лондоне", "Лондон"), ("Наваринской", "Наварин"), ("Грецию", "Греция"), ("Россия", None),
    ("Турции", "Турция"), ("Морее", "Морея"), ("Адрианополь", None), ("Порта", None), ("Греции", "Греция"),
    ("Лондонский", "Лондон"), ("Грецию", "Греция"),
]:
    place(quote, name)

# ---- events
SPRING_1821 = {"edtf": "1821-03/1821-06"}
IBRAHIM = {"edtf": "1825-02/1828-11"}

event("перешёл", "6 марта 1821 года Александр Ипсиланти, глава тайного общества «Филики Этерия», перешёл Прут",  # 0
      "reinforcement", date="6 марта 1821 года", place="Прут", actors=[("Александр Ипсиланти", "agent")],
      note="an armed band crosses the Prut from Bessarabia into Moldavia")
event("поднял восстание", "6 марта 1821 года Александр Ипсиланти, глава тайного общества «Филики Этерия», "  # 1
      "перешёл Прут и поднял восстание в Молдавии", "uprising", date="6 марта 1821 года", place="Молдавия",
      actors=[("Александр Ипсиланти", "agent")])
event("обратился", "Через два дня в Яссах он обратился к грекам с воззванием", "political_activity",  # 2
      date="Через два дня", place="Яссы", actors=[("грекам", "participant")])
event("осудила", "Россия выступление осудила", "political_activity",  # 3
      date=SPRING_1821, place="Россия", actors=[("Россия", "agent")],
      note="no date given; between the rising (March) and Dragashani (June)")
event("вступили", "её войска в Молдавию так и не вступили", "reinforcement",  # 4
      date=SPRING_1821, place="Молдавия", assertion="negated", actors=[("её войска", "agent")])
event("разбиты", "19 июня этеристы были разбиты турками при Драгашанах", "battle",  # 5
      date="19 июня", place="Драгашаны", actors=[("этеристы", "target"), ("турками", "agent")])
event("бежал", "сам Ипсиланти бежал в Австрию", "retreat",  # 6
      date="19 июня", place="Австрия", actors=[("Ипсиланти", "agent")],
      note="place is the destination, the only place the clause names")
event("заключили в крепость", "где его на много лет заключили в крепость", "arrest",  # 7
      date={"edtf": "1821-06/1821-07"}, place="Австрия", actors=[("его", "target")],
      note="no date given; right after his flight in June 1821")
event("поднялся", "Тем временем, в начале апреля, поднялся Пелопоннес, или Морея", "uprising",  # 8
      date="в начале апреля", place="Пелопоннес")
event("заняли", "Тем временем, в начале апреля, поднялся Пелопоннес, или Морея: отряды Колокотрониса и "  # 9
      "Мавромихалиса заняли Каламату", "capture", date="в начале апреля", place="Каламата",
      actors=[("отряды Колокотрониса и Мавромихалиса", "agent")])
event("повешен", "В ответ 22 апреля в Константинополе был повешен патриарх Григорий V", "execution",  # 10
      date="22 апреля", place="Константинополь", actors=[("патриарх Григорий V", "target")])
event("осаждали", "С весны греки осаждали Триполицу", "siege",  # 11
      date="С весны", place="Триполица", actors=[("греки", "agent")])
event("взяли штурмом", "5 октября её взяли штурмом", "capture", date="5 октября", place="Триполица")  # 12
event("истребляли", "5 октября её взяли штурмом, и в течение трёх дней победители истребляли мусульманское и "  # 13
      "еврейское население; по разным оценкам, погибли от 6 до 15 тыс. человек", "massacre",
      date={"edtf": "1821-10-05/1821-10-08"}, place="Триполица",
      actors=[("победители", "agent"), ("мусульманское и еврейское население", "target")],
      quantities=[qty("от 6 до 15 тыс. человек", "fatalities", None, min=6000, max=15000, approximate=True)],
      note="5 October + three days; the massacre is asserted, only the count is attributed to estimates")
event("провозгласило", "В январе 1822 года Национальное собрание в Эпидавре провозгласило независимость Греции",  # 14
      "founding", date="В январе 1822 года", place="Эпидавр", actors=[("Национальное собрание", "agent")],
      note="the declaration of Greek independence, made at Epidaurus")
event("высадил войска", "В апреле 1822 года турецкий флот высадил войска на Хиосе", "reinforcement",  # 15
      date="В апреле 1822 года", place="Хиос", actors=[("турецкий флот", "agent")])
event("разграблен и сожжён", "Остров был разграблен и сожжён", "looting",  # 16
      date="В апреле 1822 года", place="Хиос")
event("убили", "по данным современников, турки убили около 20 тыс. жителей", "massacre",  # 17
      date="В апреле 1822 года", place="Хиос", assertion="reported",
      actors=[("турки", "agent"), ("жителей", "target")],
      quantities=[qty("около 20 тыс. жителей", "fatalities", 20000, approximate=True)])
event("продали в рабство", "по данным современников, турки убили около 20 тыс. жителей и продали в рабство "  # 18
      "более 40 тыс.", "deportation", date="В апреле 1822 года", place="Хиос", assertion="reported",
      actors=[("турки", "agent")],
      quantities=[qty("более 40 тыс.", "displaced", 40000, min=40000, approximate=True)],
      note="enslaved and carried off the island")
event("поджёг", "В ночь на 19 июня брандер Константина Канариса поджёг флагманский корабль, и капудан-паша "  # 19
      "Кара-Али погиб", "attack", date="В ночь на 19 июня", place="Хиос",
      actors=[("брандер Константина Канариса", "agent"), ("флагманский корабль", "target"),
              ("капудан-паша Кара-Али", "target")],
      note="the Ottoman flagship off Chios; the place is the nearest mention before")
event("вторглась", "Летом в Морею вторглась армия Драмали-паши, более 20 тыс. человек", "attack",  # 20
      date="Летом", place="Морея", actors=[("армия Драмали-паши", "agent")],
      quantities=[qty("более 20 тыс. человек", "participants", 20000, min=20000, approximate=True)])
event("заняли", "Турки заняли Аргос", "capture", date="Летом", place="Аргос",  # 21
      actors=[("Турки", "agent")])
event("попали в засаду", "Турки заняли Аргос, но в конце июля попали в засаду в теснинах Дервенакии и потеряли "  # 22
      "несколько тысяч человек", "battle", date="в конце июля", place="Дервенакия",
      actors=[("Турки", "target")],
      quantities=[qty("несколько тысяч человек", "fatalities", None, min=3000, max=9000, approximate=True)],
      note="'потеряли' = losses; taken as killed")
event("взяли", "В декабре того же года греки взяли Нафплион", "capture",  # 23
      date="В декабре того же года", place="Нафплион", actors=[("греки", "agent")])
event("высадился", "В феврале 1825 года в Модоне высадился египетский корпус Ибрагим-паши", "reinforcement",  # 24
      date="В феврале 1825 года", place="Модон", actors=[("египетский корпус Ибрагим-паши", "agent")])
event("взял", "В мае он взял Наварин", "capture", date="В мае", place="Наварин")  # 25
event("взял", "В мае он взял Наварин, а вскоре и Триполицу", "recapture",  # 26
      date="вскоре", place="Триполица",
      note="Tripolitsa had been taken by the Greeks in 1821 (event 12)")
event("жгли", "Египтяне жгли деревни и вырубали оливковые рощи", "looting",  # 27
      date=IBRAHIM, place="Морея", actors=[("Египтяне", "agent")],
      note="no date given: between Ibrahim's landing and his departure; place is the nearest mention before")
event("бежали", "десятки тысяч крестьян бежали в горы", "flight",  # 28
      date=IBRAHIM, place="Морея", actors=[("крестьян", "participant")],
      quantities=[qty("десятки тысяч крестьян", "displaced", None, min=20000, max=90000, approximate=True)])
event("выселить", "Ибрагим якобы собирался выселить греков в Египет", "deportation",  # 29
      date=IBRAHIM, place="Египет", assertion="disputed",
      actors=[("Ибрагим", "agent"), ("греков", "target")],
      note="'якобы': a rumoured plan; place is the destination, the only place the clause names")
event("осадил", "В апреле 1825 года Решид-паша осадил Миссолонги", "siege",  # 30
      date="В апреле 1825 года", place="Миссолонги", actors=[("Решид-паша", "agent")])
event("продержался", "Город продержался почти год", "siege",  # 31
      date={"edtf": "1825-04/1826-04"}, place="Миссолонги", same_as=30)
event("покинули", "В ночь на 23 апреля 1826 года голодающие защитники и жители, несколько тысяч человек, "  # 32
      "покинули город", "flight", date="В ночь на 23 апреля 1826 года", place="Миссолонги",
      actors=[("голодающие защитники и жители", "participant")],
      quantities=[qty("несколько тысяч человек", "displaced", None, min=3000, max=9000, approximate=True)],
      note="the exodus from Missolonghi")
event("прорываясь", "покинули город, прорываясь через турецкие линии", "battle",  # 33
      date="В ночь на 23 апреля 1826 года", place="Миссолонги")
event("ворвались", "В ту же ночь турки и египтяне ворвались в город", "capture",  # 34
      date="В ту же ночь", place="Миссолонги", actors=[("турки и египтяне", "agent")])
event("занял", "Летом Решид-паша занял Афины", "capture",  # 35
      date="Летом", place="Афины", actors=[("Решид-паша", "agent")], occ=None)
event("осадил", "Летом Решид-паша занял Афины и осадил Акрополь", "siege",  # 36
      date="Летом", place="Акрополь", actors=[("Решид-паша", "agent")])
event("деблокировать", "Попытки греков деблокировать крепость провалились", "attack",  # 37
      date={"edtf": "1826-06/1827-06-05"}, place="Акрополь", assertion="failed",
      actors=[("греков", "agent")], note="between the start of the siege and the surrender")
event("сдался", "5 июня 1827 года гарнизон сдался", "capture",  # 38
      date="5 июня 1827 года", place="Акрополь", actors=[("гарнизон", "target")],
      note="the Acropolis garrison surrenders to the besiegers")
event("избрало", "Весной 1827 года собрание в Трезене избрало правителем Греции Иоанна Каподистрию",  # 39
      "political_activity", date="Весной 1827 года", place="Трезен",
      actors=[("собрание", "agent"), ("Иоанна Каподистрию", "participant")])
event("подписали", "6 июля 1827 года Великобритания, Франция и Россия подписали в Лондоне договор о "  # 40
      "посредничестве", "treaty", date="6 июля 1827 года", place="Лондон",
      actors=[("Великобритания", "participant"), ("Франция", "participant"), ("Россия", "participant")])
event("уничтожила", "20 октября соединённая эскадра трёх держав уничтожила в Наваринской бухте "  # 41
      "турецко-египетский флот", "battle", date="20 октября", place="Наварин",
      actors=[("соединённая эскадра трёх держав", "agent"), ("турецко-египетский флот", "target")],
      note="the naval battle of Navarino")
event("прибыл", "В январе 1828 года Каподистрия прибыл в Грецию", "political_activity",  # 42
      date="В январе 1828 года", place="Греция", actors=[("Каподистрия", "agent")],
      note="the elected governor arrives to take office")
event("объявила Турции войну", "а в апреле Россия объявила Турции войну", "political_activity",  # 43
      date="в апреле", place="Россия", actors=[("Россия", "agent"), ("Турции", "target")],
      note="declaration of war")
event("высадился", "В конце августа в Морее высадился французский корпус генерала Мезона, около 15 тыс. человек",  # 44
      "reinforcement", date="В конце августа", place="Морея",
      actors=[("французский корпус генерала Мезона", "agent")],
      quantities=[qty("около 15 тыс. человек", "participants", 15000, approximate=True)])
event("покинули", "осенью египтяне покинули полуостров", "retreat",  # 45
      date="осенью", place="Морея", actors=[("египтяне", "agent")],
      note="'полуостров' is the Morea named earlier in the sentence")
event("вошли", "20 августа 1829 года войска Дибича без боя вошли в Адрианополь", "occupation",  # 46
      date="20 августа 1829 года", place="Адрианополь", actors=[("войска Дибича", "agent")])
event("подписан мир", "а 14 сентября там был подписан мир", "treaty",  # 47
      date="14 сентября", place="Адрианополь", note="the Treaty of Adrianople")
event("признала", "по которому Порта признала автономию Греции", "recognition",  # 48
      date="14 сентября", place="Греция", actors=[("Порта", "agent")])
event("протокол", "Лондонский протокол 3 февраля 1830 года", "treaty",  # 49
      date="3 февраля 1830 года", place="Лондон")
event("провозгласил", "Лондонский протокол 3 февраля 1830 года провозгласил Грецию независимым государством",  # 50
      "recognition", date="3 февраля 1830 года", place="Греция",
      note="the powers declare Greece an independent state")
