"""Gold spec for bench/heldout/russo_turkish_war_1787_1791.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style (Gregorian), so no date is converted.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_turkish_war_1787_1791.txt"

gazetteer({
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Крым": ("region", 45.0, 34.1, "Q7835"),
    "Россия": ("polity", 59.94, 30.31, "Q34266"),
    "Константинополь": ("settlement", 41.01, 28.98, "Q406", "Стамбул"),
    "Кинбурн": ("settlement", 46.56, 31.52, None),
    "Очаков": ("settlement", 46.62, 31.55, None),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Молдавия": ("polity", 47.16, 27.59, None),
    "Фокшаны": ("settlement", 45.70, 27.18, None),
    "Рымник": ("river", 45.40, 27.10, None),
    "Хаджибей": ("settlement", 46.48, 30.74, None, "Одесса"),
    "Аккерман": ("settlement", 46.19, 30.35, None, "Белгород-Днестровский"),
    "Белгород-Днестровский": ("settlement", 46.19, 30.35, None),
    "Бендеры": ("settlement", 46.83, 29.48, None),
    "Ингул": ("river", 46.98, 32.0, None),
    "Южный Буг": ("river", 47.05, 31.9, None),
    "Николаев": ("settlement", 46.97, 31.99, None),
    "Керченский пролив": ("sea", 45.3, 36.5, None),
    "Тендра": ("region", 46.25, 31.55, None),
    "Килия": ("settlement", 45.43, 29.27, None),
    "Тульча": ("settlement", 45.18, 28.80, None),
    "Исакча": ("settlement", 45.27, 28.46, None),
    "Измаил": ("settlement", 45.35, 28.84, None),
    "Дунай": ("river", 45.33, 28.85, "Q1653"),
    "Мачин": ("settlement", 45.25, 28.13, None),
    "Анапа": ("settlement", 44.89, 37.32, None),
    "Калиакрия": ("region", 43.36, 28.47, None),
    "Галац": ("settlement", 45.44, 28.05, None),
    "Яссы": ("settlement", 47.16, 27.59, None),
    "Днестр": ("river", 46.80, 29.50, None),
    "Одесса": ("settlement", 46.48, 30.73, None),
})

# ---- dates, in reading order
date("1787–1791 годов", "1787/1791", "interval")
date("в 1783 году", "1783", "year")
date("Летом 1787 года", "1787-22", "season")
date("24 августа 1787 года", "1787-08-24", "day")
date("12 октября", "1787-10-12", "day", derivation="anchored")
date("В феврале 1788 года", "1788-02", "month")
date("Летом того же года", "1788-22", "season", derivation="anchored")
date("в июне", "1788-06", "month", derivation="anchored")
date("В начале августа", "1788-08-01/1788-08-10", "interval", derivation="anchored")
date("17 декабря 1788 года", "1788-12-17", "day")
date("В 1789 году", "1789", "year")
date("1 августа", "1789-08-01", "day", derivation="anchored")
date("Через полтора месяца", "1789-09-11/1789-09-20", "interval", derivation="computed",
     note="1 August + a month and a half: mid-September")
date("22 сентября", "1789-09-22", "day", derivation="anchored")
date("Осенью того же года", "1789-23", "season", derivation="anchored")
date("в октябре", "1789-10", "month", derivation="anchored")
date("15 ноября", "1789-11-15", "day", derivation="anchored")
date("В том же году", "1789", "year", derivation="anchored")
date("В 1790 году", "1790", "year")
date("осенью", "1790-23", "season", derivation="anchored")
date("19 июля", "1790-07-19", "day", derivation="anchored")
date("8–9 сентября", "1790-09-08/1790-09-09", "interval", derivation="anchored")
date("В конце октября", "1790-10-21/1790-10-31", "interval", derivation="anchored")
date("в ноябре", "1790-11", "month", derivation="anchored")
date("с ноября", "1790-11", "month", derivation="anchored", note="start of a siege that goes on")
date("13 декабря", "1790-12-13", "day", derivation="anchored")
date("через пять дней", "1790-12-18", "day", derivation="computed", note="13 December + 5 days")
date("на рассвете 22 декабря 1790 года", "1790-12-22", "day")
date("к вечеру", "1790-12-22", "day", derivation="anchored", note="the evening of the storm's day")
date("на три дня", None, None, kind="duration", duration="P3D")
date("Весной 1791 года", "1791-21", "season")
date("9 июля", "1791-07-09", "day", derivation="anchored")
date("Незадолго до того", "1791-06-09/1791-07-09", "interval", kind="vague", derivation="anchored",
     note="shortly before 9 July (Anapa fell on 3 July)")
date("11 августа", "1791-08-11", "day", derivation="anchored")
date("в тот же день", "1791-08-11", "day", derivation="anchored")
date("в октябре", "1791-10", "month", derivation="anchored", note="month of Potemkin's death")
date("9 января 1792 года", "1792-01-09", "day")
date("Через два года", "1794", "year", derivation="computed", note="1792 + 2 years")

# ---- places, in reading order
for quote, name in [
    ("Османская империя", None), ("Крыма", "Крым"), ("России", "Россия"),
    ("Константинополя", "Константинополь"),
    ("Кинбурн", None), ("Очакова", "Очаков"),
    ("России", "Россия"), ("Австрия", None), ("Очаков", None), ("Очаков", None),
    ("Молдавию", "Молдавия"), ("Фокшанах", "Фокшаны"), ("Рымник", None),
    ("Хаджибей", None), ("Аккерман", None), ("Белгород-Днестровский", None), ("Бендеры", None), ("Ингула", "Ингул"),
    ("Южный Буг", None), ("Николаев", None),
    ("Австрия", None), ("Керченском проливе", "Керченский пролив"), ("Тендра", None),
    ("Килию", "Килия"), ("Тульчу", "Тульча"), ("Исакчу", "Исакча"),
    ("Измаил", None), ("Дунае", "Дунай"),
    ("Мачина", "Мачин"), ("Анапу", "Анапа"), ("Калиакрия", None), ("Галаце", "Галац"),
    ("Яссах", "Яссы"), ("Крыма", "Крым"), ("Южным Бугом", "Южный Буг"), ("Днестром", "Днестр"),
    ("России", "Россия"), ("Молдавия", None), ("Хаджибея", "Хаджибей"), ("Одессу", "Одесса"),
]:
    place(quote, name)

# ---- events
event("присоединённого", "Крыма, присоединённого к России в 1783 году", "annexation",  # 0
      date="в 1783 году", place="Крым", actors=[("России", "agent")])
event("потребовала", "Летом 1787 года Порта потребовала вернуть полуостров", "political_activity",  # 1
      date="Летом 1787 года", place="Крым", actors=[("Порта", "agent")],
      note="demand to return the Crimea; the place is the peninsula the demand concerns")
event("объявила войну", "Летом 1787 года Порта потребовала вернуть полуостров, а получив отказ, "  # 2
      "24 августа 1787 года объявила войну", "political_activity",
      date="24 августа 1787 года", actors=[("Порта", "agent")])
event("заключён", "русский посланник Я. И. Булгаков был заключён в Семибашенный замок Константинополя",  # 3
      "arrest", date="24 августа 1787 года", place="Константинополь",
      actors=[("русский посланник Я. И. Булгаков", "target")])
event("удар", "Первый удар пришёлся на Кинбурн", "attack",  # 4
      date={"edtf": "1787-10-12"}, place="Кинбурн",
      note="the Ottoman attack on Kinburn; its day is given in the next sentence")
event("высадился", "12 октября на косу высадился турецкий десант численностью около 5 тыс. человек",  # 5
      "attack", date="12 октября", place="Кинбурн", same_as=4,
      actors=[("турецкий десант", "agent")],
      quantities=[qty("около 5 тыс. человек", "participants", 5000, approximate=True)])
event("боя", "отряд А. В. Суворова после упорного боя сбросил его в море", "battle",  # 6
      date="12 октября", place="Кинбурн", actors=[("отряд А. В. Суворова", "agent")])
event("вступила", "В феврале 1788 года в войну на стороне России вступила Австрия", "political_activity",  # 7
      date="В феврале 1788 года", place="Австрия", actors=[("Австрия", "agent")],
      note="entry into the war")
event("осадила", "Летом того же года армия Г. А. Потёмкина осадила Очаков", "siege",  # 8
      date="Летом того же года", place="Очаков", actors=[("армия Г. А. Потёмкина", "agent")])
event("разбила", "гребная флотилия в июне дважды разбила турецкие корабли в лимане", "battle",  # 9
      date="в июне", place="Очаков",
      actors=[("гребная флотилия", "agent"), ("турецкие корабли", "target")],
      note="two engagements in the liman off Ochakov")
event("атаковал", "В начале августа Суворов без приказа атаковал вышедших из крепости турок, "  # 10
      "но был отбит и тяжело ранен", "attack", date="В начале августа", place="Очаков",
      assertion="failed", actors=[("Суворов", "agent"), ("вышедших из крепости турок", "target")])
event("взят штурмом", "Лишь 17 декабря 1788 года Очаков был взят штурмом", "capture",  # 11
      date="17 декабря 1788 года", place="Очаков")
event("потерял", "По реляциям, гарнизон потерял убитыми около 9 тыс. человек, более 4 тыс. попали в плен",  # 12
      "capture", date="17 декабря 1788 года", place="Очаков", same_as=11,
      actors=[("гарнизон", "target")],
      quantities=[qty("около 9 тыс. человек", "fatalities", 9000, approximate=True),
                  qty("более 4 тыс.", "prisoners", 4000, min=4000, approximate=True)],
      note="the capture is asserted; only the counts are attributed to the reports")
event("разграбление", "город отдали на разграбление", "looting",  # 13
      date="17 декабря 1788 года", place="Очаков")
event("перебиты", "по рассказам очевидцев, были перебиты многие жители", "massacre",  # 14
      date="17 декабря 1788 года", place="Очаков", assertion="reported", actors=[("многие жители", "target")])
event("разбил", "1 августа Суворов вместе с австрийцами принца Кобургского разбил турок при Фокшанах",  # 15
      "battle", date="1 августа", place="Фокшаны",
      actors=[("Суворов", "agent"), ("австрийцами принца Кобургского", "agent"), ("турок", "target")])
event("двинул", "Через полтора месяца великий визирь Юсуф-паша двинул против союзников армию, "  # 16
      "которую современники оценивали в 100 тыс. человек", "attack",
      date="Через полтора месяца", actors=[("великий визирь Юсуф-паша", "agent"), ("союзников", "target")],
      quantities=[qty("100 тыс. человек", "participants", 100000)],
      note="the offensive is asserted; only its strength is the contemporaries' estimate")
event("разгромили", "22 сентября на реке Рымник около 25 тыс. русских и австрийцев разгромили её",  # 17
      "battle", date="22 сентября", place="Рымник",
      actors=[("русских и австрийцев", "agent")],
      quantities=[qty("около 25 тыс.", "participants", 25000, approximate=True)])
event("потери", "потери турок называют по-разному — от 10 до 20 тыс. человек", "battle",  # 18
      date="22 сентября", place="Рымник", same_as=17, actors=[("турок", "target")],
      quantities=[qty("от 10 до 20 тыс. человек", "fatalities", None, min=10000, max=20000,
                      approximate=True)],
      note="the battle is asserted; only the loss figure varies between sources")
event("заняли", "Осенью того же года русские войска заняли Хаджибей", "capture",  # 19
      date="Осенью того же года", place="Хаджибей", actors=[("русские войска", "agent")])
event("сдался", "в октябре сдался Аккерман", "capture", date="в октябре", place="Аккерман",  # 20
      note="surrender of the fortress to the Russians")
event("капитулировали", "15 ноября без боя капитулировали Бендеры", "capture",  # 21
      date="15 ноября", place="Бендеры", note="surrendered without a fight")
event("заложен", "В том же году при впадении Ингула в Южный Буг был заложен Николаев", "founding",  # 22
      date="В том же году", place="Николаев")
event("перемирие", "осенью Австрия заключила с турками перемирие", "treaty",  # 23
      date="осенью", actors=[("Австрия", "participant"), ("турками", "participant")])
event("разбил", "На море Ушаков разбил турецкий флот в Керченском проливе 19 июля", "battle",  # 24
      date="19 июля", place="Керченский пролив",
      actors=[("Ушаков", "agent"), ("турецкий флот", "target")])
event("разбил", "На море Ушаков разбил турецкий флот в Керченском проливе 19 июля и у острова Тендра "  # 25
      "8–9 сентября", "battle", date="8–9 сентября", place="Тендра",
      actors=[("Ушаков", "agent"), ("турецкий флот", "target")])
event("взял", "В конце октября генерал Гудович взял Килию", "capture",  # 26
      date="В конце октября", place="Килия", actors=[("генерал Гудович", "agent")])
event("заняла", "в ноябре флотилия де Рибаса заняла Тульчу и Исакчу", "capture",  # 27
      date="в ноябре", place="Тульча", actors=[("флотилия де Рибаса", "agent")])
event("заняла", "в ноябре флотилия де Рибаса заняла Тульчу и Исакчу", "capture",  # 28
      date="в ноябре", place="Исакча", actors=[("флотилия де Рибаса", "agent")])
event("Осаждавшие", "Осаждавшие его с ноября войска ничего не добились", "siege",  # 29
      date="с ноября", place="Измаил", actors=[("войска", "agent")],
      note="the siege went on without result until Suvorov came")
event("отступление", "военный совет уже высказался за отступление", "retreat",  # 30
      date={"edtf": "1790-11-01/1790-12-13"}, place="Измаил", assertion="hypothetical",
      actors=[("военный совет", "agent")],
      note="the council voted to lift the siege; the withdrawal did not take place")
event("прислал", "когда Потёмкин прислал туда Суворова", "reinforcement",  # 31
      date={"edtf": "1790-11-01/1790-12-13"}, place="Измаил",
      actors=[("Потёмкин", "agent"), ("Суворова", "participant")])
event("прибыл", "Тот прибыл 13 декабря", "reinforcement",  # 32
      date="13 декабря", place="Измаил", same_as=31)
event("предъявил ультиматум", "Тот прибыл 13 декабря и через пять дней предъявил ультиматум",  # 33
      "political_activity", date="через пять дней", place="Измаил")
event("ответил отказом", "сераскир Айдос-Мехмед-паша ответил отказом", "political_activity",  # 34
      date="через пять дней", place="Измаил", actors=[("сераскир Айдос-Мехмед-паша", "agent")],
      note="refusal to surrender the fortress")
event("Штурм", "Штурм начался на рассвете 22 декабря 1790 года", "attack",  # 35
      date="на рассвете 22 декабря 1790 года", place="Измаил")
event("боёв", "к вечеру, после боёв на улицах, крепость пала", "battle",  # 36
      date="к вечеру", place="Измаил", note="street fighting in the town")
event("пала", "к вечеру, после боёв на улицах, крепость пала", "capture",  # 37
      date="к вечеру", place="Измаил", actors=[("крепость", "target")])
event("потеряли", "По русским реляциям, турки потеряли около 26 тыс. убитыми и 9 тыс. пленными",  # 38
      "capture", date="к вечеру", place="Измаил", same_as=37, actors=[("турки", "target")],
      quantities=[qty("около 26 тыс. убитыми", "fatalities", 26000, approximate=True),
                  qty("9 тыс. пленными", "prisoners", 9000)],
      note="the capture is asserted; only the counts are attributed to Russian reports")
event("штурмовавшие", "а штурмовавшие — около 2 тыс. убитыми и почти 3 тыс. ранеными; многие историки "  # 39
      "считают эти цифры заниженными", "capture", date="к вечеру", place="Измаил", same_as=37,
      actors=[("штурмовавшие", "agent")],
      quantities=[qty("около 2 тыс. убитыми", "fatalities", 2000, approximate=True),
                  qty("почти 3 тыс. ранеными", "wounded", 3000, max=3000, approximate=True)],
      note="the attackers' losses; the event is asserted, the figures are contested by historians")
event("разграбление", "Город на три дня был отдан войскам на разграбление", "looting",  # 40
      date={"edtf": "1790-12-22/1790-12-25"}, place="Измаил", note="three days from the storm")
event("возглавил", "Весной 1791 года армию возглавил князь Репнин", "political_activity",  # 41
      date="Весной 1791 года", actors=[("князь Репнин", "agent")], note="appointment to command")
event("разбил", "9 июля у Мачина он разбил 80-тысячную армию Юсуф-паши", "battle",  # 42
      date="9 июля", place="Мачин", actors=[("80-тысячную армию Юсуф-паши", "target")],
      quantities=[qty("80-тысячную", "participants", 80000)])
event("взял", "Незадолго до того Гудович штурмом взял Анапу", "capture",  # 43
      date="Незадолго до того", place="Анапа", actors=[("Гудович", "agent")])
event("пленён", "Незадолго до того Гудович штурмом взял Анапу, где был пленён шейх Мансур", "arrest",  # 44
      date="Незадолго до того", place="Анапа", actors=[("шейх Мансур", "target")])
event("одержал победу", "11 августа Ушаков одержал победу у мыса Калиакрия", "battle",  # 45
      date="11 августа", place="Калиакрия", actors=[("Ушаков", "agent")])
event("подписал", "в тот же день Репнин подписал в Галаце предварительные условия мира", "treaty",  # 46
      date="в тот же день", place="Галац", actors=[("Репнин", "participant")])
event("Переговоры", "Переговоры в Яссах после смерти Потёмкина в октябре вёл граф Безбородко",  # 47
      "negotiations", date={"edtf": "1791-10/1792-01-09"}, place="Яссы",
      actors=[("граф Безбородко", "participant")],
      note="after Potemkin's death in October, up to the signing")
event("подписали", "Мирный договор подписали 9 января 1792 года", "treaty",  # 48
      date="9 января 1792 года", place="Яссы")
event("признала", "Порта признала присоединение Крыма", "recognition",  # 49
      date="9 января 1792 года", place="Крым", actors=[("Порта", "agent")])
event("присоединение", "Порта признала присоединение Крыма", "annexation",  # 50
      date="в 1783 году", place="Крым", same_as=0)
event("отошли", "земли между Южным Бугом и Днестром отошли к России", "territorial_transfer",  # 51
      date="9 января 1792 года", place="Днестр", actors=[("России", "participant")],
      note="the lands between the Southern Bug and the Dniester; the Dniester became the border")
event("возвращалась", "а Молдавия возвращалась султану", "territorial_transfer",  # 52
      date="9 января 1792 года", place="Молдавия", actors=[("султану", "participant")])
event("заложили", "Через два года на месте Хаджибея заложили Одессу", "founding",  # 53
      date="Через два года", place="Одесса")
