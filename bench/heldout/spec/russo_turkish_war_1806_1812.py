"""Gold spec for bench/heldout/russo_turkish_war_1806_1812.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style, so day and month dates are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_turkish_war_1806_1812.txt"

gazetteer({
    "Дунайские княжества": ("region", 45.5, 26.5, None),
    "Петербург": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "Молдавия": ("polity", 47.16, 27.59, None),
    "Валахия": ("polity", 44.43, 26.1, None),
    "Россия": ("polity", 55.75, 37.62, "Q34266"),
    "Днестр": ("river", 46.84, 29.5, None),
    "Хотин": ("settlement", 48.51, 26.49, None),
    "Бендеры": ("settlement", 46.83, 29.48, None),
    "Аккерман": ("settlement", 46.19, 30.35, None, "Белгород-Днестровский"),
    "Килия": ("settlement", 45.45, 29.26, None),
    "Бухарест": ("settlement", 44.43, 26.1, "Q19660"),
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Обилешти": ("settlement", 44.4, 26.6, None),
    "Афон": ("mountain", 40.16, 24.33, None),
    "Тильзит": ("settlement", 55.08, 21.88, None, "Советск"),
    "Слободзея": ("settlement", 43.87, 25.91, None, "Слобозия"),
    "Браилов": ("settlement", 45.27, 27.96, None, "Брэила"),
    "Дунай": ("river", 44.1, 27.3, "Q1653"),
    "Мачин": ("settlement", 45.25, 28.13, None, "Мэчин"),
    "Гирсово": ("settlement", 44.69, 27.95, None, "Хыршова"),
    "Рассеват": ("settlement", 44.25, 27.94, None, "Расова"),
    "Измаил": ("settlement", 45.35, 28.84, None),
    "Силистрия": ("settlement", 44.12, 27.26, None, "Силистра"),
    "Шумла": ("settlement", 43.27, 26.92, None, "Шумен"),
    "Рущук": ("settlement", 43.85, 25.97, None, "Русе"),
    "Батин": ("settlement", 43.65, 25.71, None),
    "Никополь": ("settlement", 43.7, 24.9, None),
    "Бессарабия": ("region", 47.0, 28.85, None),
    "Прут": ("river", 47.2, 27.8, None),
    "Сербия": ("polity", 44.0, 20.9, None),
})

# ---- dates, in reading order
date("1806–1812 годов", "1806/1812", "interval")
date("В августе 1806 года", "1806-08", "month")
date("23 ноября", "1806-11-23", "day", derivation="anchored")
date("вскоре", "1806-11-23/1806-12-31", "interval", kind="vague", derivation="anchored",
     note="soon after the crossing of 23 November")
date("25 декабря", "1806-12-25", "day", derivation="anchored")
date("В конце декабря", "1806-12-21/1806-12-31", "interval", derivation="anchored")
date("1807 года", "1807", "year")
date("14 июня", "1807-06-14", "day", derivation="anchored")
date("1 июля 1807 года", "1807-07-01", "day")
date("24 августа", "1807-08-24", "day", derivation="anchored")
date("до весны 1809 года", "1809-21", "season", note="end of the armistice")
date("Весной 1809 года", "1809-21", "season")
date("в 1808 году", "1808", "year")
date("2 мая", "1809-05-02", "day", derivation="anchored")
date("в августе", "1809-08", "month", derivation="anchored")
date("16 сентября", "1809-09-16", "day", derivation="anchored")
date("Через десять дней", "1809-09-26", "day", derivation="computed", note="16 September + 10 days")
date("в октябре", "1809-10", "month", derivation="anchored")
date("В ноябре", "1809-11", "month", derivation="anchored")
date("В феврале 1810 года", "1810-02", "month")
date("11 июня", "1810-06-11", "day", derivation="anchored")
date("3 августа", "1810-08-03", "day", derivation="anchored")
date("7 сентября", "1810-09-07", "day", derivation="anchored")
date("через двадцать дней", "1810-09-27", "day", derivation="computed", note="7 September + 20 days")
date("вскоре", "1810-09-27/1810-10-31", "interval", kind="vague", derivation="anchored",
     note="soon after the surrender of Ruschuk on 27 September")
date("Весной 1811 года", "1811-21", "season")
date("4 июля", "1811-07-04", "day", derivation="anchored")
date("Вскоре", "1811-07-04/1811-08-31", "interval", kind="vague", derivation="anchored",
     note="soon after the battle of 4 July, before the crossing of early September")
date("в начале сентября", "1811-09-01/1811-09-10", "interval", derivation="anchored")
date("В середине октября", "1811-10-11/1811-10-20", "interval", derivation="anchored")
date("5 декабря 1811 года", "1811-12-05", "day")
date("осенью", "1811-23", "season", derivation="anchored", note="'ещё осенью': autumn 1811")
date("всю зиму", "1811-12/1812-02", "season", derivation="anchored", note="the winter of 1811–1812")
date("28 мая 1812 года", "1812-05-28", "day")

# ---- places, in reading order
for quote, name in [
    ("Дунайских княжествах", "Дунайские княжества"), ("Петербурга", "Петербург"),
    ("Молдавии", "Молдавия"), ("Валахии", "Валахия"),
    ("Россия", None), ("Днестр", None), ("Хотин", None), ("Бендеры", None), ("Аккерман", None),
    ("Килию", "Килия"), ("Бендерах", "Бендеры"), ("Бухарест", None), ("Османская империя", None),
    ("России", "Россия"),
    ("России", "Россия"), ("Обилешти", None), ("Бухарест", None), ("Афона", "Афон"),
    ("Тильзитского", "Тильзит"), ("Слободзее", "Слободзея"),
    ("Браилова", "Браилов"), ("Дунай", None), ("Мачин", None), ("Гирсово", None),
    ("Рассевате", "Рассеват"), ("Измаил", None), ("Силистрию", "Силистрия"), ("Дунай", None),
    ("Браилов", None),
    ("Силистрия", None), ("Шумлу", "Шумла"), ("Рущука", "Рущук"), ("Батина", "Батин"),
    ("Рущук", None), ("Никополь", None),
    ("Рущука", "Рущук"), ("Рущука", "Рущук"), ("Дуная", "Дунай"), ("Слободзеи", "Слободзея"),
    ("Рущук", None),
    ("Бухаресте", "Бухарест"), ("России", "Россия"), ("Бессарабия", None), ("Пруту", "Прут"),
    ("Сербия", None),
]:
    place(quote, name)

# ---- events
DEPOSE = ("В августе 1806 года султан Селим III, уступая нажиму французского посла, без согласия "
          "Петербурга сместил господарей Молдавии и Валахии")
event("сместил", DEPOSE, "political_activity", date="В августе 1806 года", place="Молдавия",  # 0
      actors=[("султан Селим III", "agent"), ("господарей Молдавии и Валахии", "target")])
event("сместил", DEPOSE, "political_activity", date="В августе 1806 года", place="Валахия",  # 1
      actors=[("султан Селим III", "agent"), ("господарей Молдавии и Валахии", "target")])
event("ввела войска", "Россия ввела войска в княжества: 23 ноября армия генерала И. И. Михельсона, "  # 2
      "около 40 тыс. человек, перешла Днестр", "occupation", date="23 ноября",
      place="Дунайские княжества",
      actors=[("Россия", "agent"), ("армия генерала И. И. Михельсона", "agent")],
      quantities=[qty("около 40 тыс. человек", "participants", 40000, approximate=True)],
      note="the entry into the principalities and the crossing of the Dniester are one act")
event("сдался", "Хотин сдался без боя", "capture", date={"edtf": "1806-11-23/1806-12-31"},  # 3
      place="Хотин", note="surrendered to the Russians after the crossing of 23 November")
event("заняли", "вскоре русские заняли Бендеры, Аккерман и Килию", "capture", date="вскоре",  # 4
      place="Бендеры", actors=[("русские", "agent")])
event("заняли", "вскоре русские заняли Бендеры, Аккерман и Килию", "capture", date="вскоре",  # 5
      place="Аккерман", actors=[("русские", "agent")])
event("заняли", "вскоре русские заняли Бендеры, Аккерман и Килию", "capture", date="вскоре",  # 6
      place="Килия", actors=[("русские", "agent")])
event("избиение", "В Бендерах, по ряду свидетельств, ссора с гарнизоном переросла в избиение турецких "  # 7
      "солдат и жителей", "massacre", date={"edtf": "1806-11-23/1806-12-31"}, place="Бендеры",
      assertion="reported", actors=[("турецких солдат и жителей", "target")])
event("вступил", "25 декабря отряд генерала М. А. Милорадовича вступил в Бухарест", "occupation",  # 8
      date="25 декабря", place="Бухарест", actors=[("отряд генерала М. А. Милорадовича", "agent")])
event("отбросив", "25 декабря отряд генерала М. А. Милорадовича вступил в Бухарест, отбросив подходивший "  # 9
      "к городу турецкий корпус", "battle", date="25 декабря", place="Бухарест",
      actors=[("отряд генерала М. А. Милорадовича", "agent"), ("турецкий корпус", "target")])
event("объявила России войну", "В конце декабря Османская империя объявила России войну",  # 10
      "political_activity", date="В конце декабря", place="Османская империя",
      actors=[("Османская империя", "agent"), ("России", "target")])
event("разгромил", "14 июня Милорадович разгромил при Обилешти турок, двигавшихся на Бухарест",  # 11
      "battle", date="14 июня", place="Обилешти", actors=[("Милорадович", "agent"), ("турок", "target")])
event("разбила", "эскадра вице-адмирала Д. Н. Сенявина 1 июля 1807 года разбила турецкий флот у Афона",  # 12
      "battle", date="1 июля 1807 года", place="Афон",
      actors=[("эскадра вице-адмирала Д. Н. Сенявина", "agent"), ("турецкий флот", "target")])
event("мира", "После Тильзитского мира", "treaty", date={"edtf": "1807-01/1807-08"}, place="Тильзит",  # 13
      note="the text gives no date; it precedes the armistice of 24 August 1807")
event("подписано перемирие", "24 августа, в Слободзее было подписано перемирие", "treaty",  # 14
      date="24 августа", place="Слободзея")
event("назначенный главнокомандующим", "Престарелый фельдмаршал А. А. Прозоровский, назначенный "  # 15
      "главнокомандующим ещё в 1808 году", "political_activity", date="в 1808 году",
      actors=[("фельдмаршал А. А. Прозоровский", "participant")])
event("штурм", "2 мая бросил войска на штурм Браилова", "attack", date="2 мая", place="Браилов",  # 16
      actors=[("А. А. Прозоровский", "agent")])
event("Приступ", "Приступ был отбит; только убитыми русские потеряли более 2 тыс. человек", "attack",  # 17
      date="2 мая", place="Браилов", assertion="failed", same_as=16,
      quantities=[qty("более 2 тыс. человек", "fatalities", 2000, min=2000, approximate=True)])
event("возглавил", "После смерти Прозоровского в августе армию возглавил П. И. Багратион",  # 18
      "political_activity", date="в августе", actors=[("П. И. Багратион", "participant")])
event("перешли Дунай", "Его войска перешли Дунай", "attack", date={"edtf": "1809-08/1809-09"},  # 19
      place="Дунай", actors=[("Его войска", "agent")])
event("взяли", "Его войска перешли Дунай, взяли Мачин и Гирсово", "capture",  # 20
      date={"edtf": "1809-08/1809-09"}, place="Мачин", actors=[("Его войска", "agent")])
event("взяли", "Его войска перешли Дунай, взяли Мачин и Гирсово", "capture",  # 21
      date={"edtf": "1809-08/1809-09"}, place="Гирсово", actors=[("Его войска", "agent")])
event("разбили", "а 16 сентября разбили турок при Рассевате", "battle", date="16 сентября",  # 22
      place="Рассеват", actors=[("Его войска", "agent"), ("турок", "target")])
event("осаждённый", "Через десять дней генералу А. П. Засу сдался осаждённый им Измаил", "siege",  # 23
      date={"edtf": "1809-03/1809-09"}, place="Измаил", actors=[("генералу А. П. Засу", "agent")],
      note="the siege before the surrender; the text gives no start")
event("сдался", "Через десять дней генералу А. П. Засу сдался осаждённый им Измаил", "capture",  # 24
      date="Через десять дней", place="Измаил", actors=[("генералу А. П. Засу", "agent")])
event("осадил", "Багратион осадил Силистрию", "siege", date={"edtf": "1809-09/1809-10"},  # 25
      place="Силистрия", actors=[("Багратион", "agent")])
event("приближении", "в октябре, узнав о приближении армии великого визиря", "reinforcement",  # 26
      date="в октябре", place="Силистрия", actors=[("армии великого визиря", "agent")])
event("снял осаду", "в октябре, узнав о приближении армии великого визиря, снял осаду", "siege",  # 27
      date="в октябре", place="Силистрия", assertion="failed", same_as=25,
      note="the siege was lifted without taking the fortress")
event("отступил", "Багратион осадил Силистрию, но в октябре, узнав о приближении армии великого визиря, "  # 28
      "снял осаду и отступил за Дунай", "retreat", date="в октябре", place="Дунай", actors=[("Багратион", "agent")])
event("капитулировал", "В ноябре капитулировал Браилов", "capture", date="В ноябре", place="Браилов")  # 29
event("принял", "В феврале 1810 года командование принял генерал Н. М. Каменский",  # 30
      "political_activity", date="В феврале 1810 года", actors=[("генерал Н. М. Каменский", "participant")])
event("сдалась", "11 июня ему сдалась Силистрия", "capture", date="11 июня", place="Силистрия")  # 31
event("взять", "однако Шумлу взять не удалось", "attack", date={"edtf": "1810-06/1810-07"},  # 32
      place="Шумла", assertion="failed")
event("штурм", "Неудачный штурм Рущука 3 августа обошёлся особенно дорого: атакующие потеряли более "  # 33
      "8 тыс. человек", "attack", date="3 августа", place="Рущук", assertion="failed",
      actors=[("атакующие", "agent")],
      quantities=[qty("более 8 тыс. человек", "fatalities", 8000, min=8000, approximate=True)],
      note="'потеряли': losses of the attackers, coded as fatalities")
event("разбит", "7 сентября турецкий корпус был разбит у Батина", "battle", date="7 сентября",  # 34
      place="Батин", actors=[("турецкий корпус", "target")])
event("капитулировал", "через двадцать дней Рущук капитулировал", "capture",  # 35
      date="через двадцать дней", place="Рущук")
event("сдался", "вскоре сдался и Никополь", "capture", date="вскоре", place="Никополь")  # 36
event("сменил", "Весной 1811 года тяжело заболевшего Каменского сменил М. И. Кутузов",  # 37
      "political_activity", date="Весной 1811 года",
      actors=[("М. И. Кутузов", "participant"), ("Каменского", "participant")])
event("отправить", "Часть его дивизий пришлось отправить к западной границе", "reinforcement",  # 38
      date={"edtf": "1811-21"}, actors=[("Часть его дивизий", "agent")],
      note="redeployment away from the Danube; spring 1811 as the narrative implies")
event("отразили натиск", "4 июля у Рущука 15–20 тыс. русских отразили натиск около 60 тыс. турок "  # 39
      "великого визиря Ахмед-паши", "battle", date="4 июля", place="Рущук",
      actors=[("русских", "participant"), ("турок великого визиря Ахмед-паши", "participant")],
      quantities=[qty("15–20 тыс. русских", "participants", None, min=15000, max=20000, approximate=True),
                  qty("около 60 тыс. турок", "participants", 60000, approximate=True)])
event("взорвал", "Вскоре Кутузов взорвал укрепления Рущука", "looting", date="Вскоре", place="Рущук",  # 40
      actors=[("Кутузов", "agent"), ("укрепления Рущука", "target")],
      note="destruction of the fortress by the side that held it")
event("отвёл войска", "Вскоре Кутузов взорвал укрепления Рущука и отвёл войска на левый берег Дуная",  # 41
      "retreat", date="Вскоре", place="Дунай", actors=[("Кутузов", "agent")])
event("переправились", "в начале сентября его главные силы переправились у Слободзеи", "attack",  # 42
      date="в начале сентября", place="Слободзея", actors=[("его главные силы", "agent")])
event("захватил", "В середине октября отряд генерала Е. И. Маркова скрытно перешёл реку выше по "  # 43
      "течению, захватил турецкий лагерь на правом берегу", "capture", date="В середине октября",
      place="Рущук", actors=[("отряд генерала Е. И. Маркова", "agent"), ("турецкий лагерь", "target")],
      note="the camp on the right bank, by Ruschuk; no place is named in the clause")
event("замкнул кольцо", "В середине октября отряд генерала Е. И. Маркова скрытно перешёл реку выше по "  # 44
      "течению, захватил турецкий лагерь на правом берегу и замкнул кольцо вокруг армии визиря", "siege",
      date="В середине октября", place="Слободзея",
      actors=[("отряд генерала Е. И. Маркова", "agent"), ("армии визиря", "target")],
      note="encirclement of the vizier's army on the left bank at Slobodzeya")
event("бежал", "Ахмед-паша бежал на лодке в Рущук", "flight", date={"edtf": "1811-10/1811-11"},  # 45
      place="Рущук", actors=[("Ахмед-паша", "agent")], note="place is the destination")
event("блокированные", "а блокированные войска гибли от голода и болезней", "siege",  # 46
      date={"edtf": "1811-10/1811-12"}, place="Слободзея", same_as=44,
      actors=[("блокированные войска", "target")])
event("сложили оружие", "5 декабря 1811 года около 12 тыс. турок сложили оружие", "capture",  # 47
      date="5 декабря 1811 года", place="Слободзея",
      actors=[("около 12 тыс. турок", "target")],
      quantities=[qty("около 12 тыс. турок", "prisoners", 12000, approximate=True)],
      note="surrender of the blockaded army")
event("Переговоры", "Переговоры, начатые ещё осенью, продолжались в Бухаресте всю зиму", "negotiations",  # 48
      date={"edtf": "1811-09/1812-02"}, place="Бухарест",
      note="from autumn 1811 through the winter of 1811–1812")
event("подписан", "28 мая 1812 года там был подписан мирный договор", "treaty",  # 49
      date="28 мая 1812 года", place="Бухарест")
event("отошла", "К России отошла Бессарабия", "territorial_transfer", date="28 мая 1812 года",  # 50
      place="Бессарабия", actors=[("России", "participant")], note="under the treaty")
event("получила", "Сербия получила внутреннее самоуправление", "founding", date="28 мая 1812 года",  # 51
      place="Сербия", actors=[("Сербия", "participant")], note="autonomy granted by the treaty")
