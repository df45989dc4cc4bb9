"""Gold spec for bench/heldout/yermak_1581_1585.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Julian. Following the gold conventions, day and month dates
before the Gregorian reform (5 October 1582 Julian = 15 October Gregorian) are taken as written; later
day and month dates are converted to the Gregorian calendar (+10 days), whole months as intervals.
Seasons, years and coarser values are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/yermak_1581_1585.txt"

gazetteer({
    "Сибирь": ("region", 58.5, 68.5, None),
    "Кама": ("river", 58.0, 56.2, None),
    "Русское государство": ("polity", 55.75, 37.62, None),
    "Урал": ("mountain", 60.0, 59.5, None),
    "Сибирское ханство": ("polity", 58.11, 68.42, None),
    "Пермь Великая": ("region", 60.4, 56.5, None),
    "Волга": ("river", 53.2, 50.1, "Q626"),
    "Чусовая": ("river", 58.29, 57.81, None),
    "Пелымское княжество": ("polity", 60.0, 63.0, None),
    "Чердынь": ("settlement", 60.40, 56.48, None),
    "Серебрянка": ("river", 58.55, 59.1, None),
    "Тагил": ("river", 57.91, 60.1, None),
    "Тура": ("river", 58.04, 63.7, None),
    "Епанчины юрты": ("settlement", 58.04, 63.70, None, "Туринск"),
    "Туринск": ("settlement", 58.04, 63.70, None),
    "Тобол": ("river", 57.9, 67.6, None),
    "Чувашев мыс": ("mountain", 58.17, 68.30, None),
    "Иртыш": ("river", 58.15, 68.40, None),
    "Искер": ("settlement", 58.11, 68.42, None),
    "Кашлык": ("settlement", 58.11, 68.42, None),
    "Абалацкое озеро": ("lake", 58.12, 68.62, None),
    "Абалак": ("settlement", 58.13, 68.60, None),
    "Вагай": ("river", 57.93, 69.02, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Бухара": ("settlement", 39.77, 64.42, None),
    "Обь": ("river", 61.05, 69.0, None),
    "Обский городок": ("settlement", 61.05, 69.0, None),
    "Тюмень": ("settlement", 57.15, 65.53, None),
    "Чинги-Тура": ("settlement", 57.15, 65.53, None, "Тюмень"),
    "Тобольск": ("settlement", 58.20, 68.25, None),
})

JUL = "Julian (the text says so once); after the 1582 reform, converted to Gregorian (+10 days)"

# ---- dates, in reading order
date("в 1581–1585 годах", "1581/1585", "interval")
date("Во второй половине XVI века", "1551/1600", "interval")
date("В 1574 году", "1574", "year")
date("Летом 1579 года", "1579-22", "season")
date("1 сентября 1581 года", "1581-09-01", "day",
     note="Julian, before the 1582 reform: taken as written")
date("на лето 1582 года", "1582-22", "season")
date("16 ноября 1582 года", "1582-11-26", "day", note=JUL + ": 16 November Julian")
date("Весной 1582 года", "1582-21", "season")
date("осенью", "1582-23", "season", derivation="anchored")
date("23 октября 1582 года", "1582-11-02", "day", note=JUL + ": 23 October Julian")
date("В ту же ночь", "1582-11-02/1582-11-03", "day", derivation="anchored",
     note="the night after the battle of 23 October (Julian), converted")
date("26 октября", "1582-11-05", "day", derivation="anchored", note=JUL + ": 26 October Julian")
date("к 1581 году", "1581", "year", note="the year one chronicle gives for the same events")
date("Через четыре дня", "1582-11-09", "day", derivation="computed",
     note="26 October + 4 days = 30 October Julian, converted")
date("5 декабря", "1582-12-15", "day", derivation="anchored", note=JUL + ": 5 December Julian")
date("Весной 1583 года", "1583-21", "season")
date("в ноябре 1583 года", "1583-11-11/1583-12-10", "month", note=JUL + ": November Julian as an interval")
date("зимой", "1583-12/1584-02", "season", derivation="anchored", note="the winter of 1583/84")
date("Весной 1584 года", "1584-21", "season")
date("Вслед за этим", "1584-21", "season", kind="vague", derivation="anchored",
     note="right after the killing of Koltso's party in the spring of 1584")
date("до лета", "1584-22", "season", derivation="anchored", note="'until the summer': the end of the siege")
date("в ночь на 12 июня", "1584-06-21/1584-06-22", "day", derivation="anchored",
     note=JUL + ": night of 11/12 June Julian")
date("Летом 1585 года", "1585-22", "season")
date("В ночь на 6 августа", "1585-08-15/1585-08-16", "day", derivation="anchored",
     note=JUL + ": night of 5/6 August Julian")
date("к 1584 году", "1584", "year", note="the year some chronicles give for Yermak's death")
date("Вскоре", "1585-08-16/1585-09-30", "interval", kind="vague", derivation="anchored",
     note="soon after Yermak's death")
date("29 июля 1586 года", "1586-08-08", "day", note=JUL + ": 29 July Julian")
date("в 1587 году", "1587", "year")
date("Через год", "1588", "year", derivation="computed", note="1587 + 1 year")

# ---- places, in reading order
for quote, name in [
    ("Сибирь", None),
    ("Каме", "Кама"), ("Русского государства", "Русское государство"), ("Уралом", "Урал"),
    ("Сибирского ханства", "Сибирское ханство"), ("Пермь Великую", "Пермь Великая"),
    ("Волги", "Волга"), ("Чусовой", "Чусовая"), ("пелымский", "Пелымское княжество"),
    ("Чердынь", None),
    ("Серебрянки", "Серебрянка"), ("Тагил", None), ("Туру", "Тура"), ("Епанчиных юрт", "Епанчины юрты"),
    ("Туринск", None), ("Тоболе", "Тобол"),
    ("Чувашева мыса", "Чувашев мыс"), ("Иртыше", "Иртыш"),
    ("Искер", None), ("Кашлыком", "Кашлык"),
    ("Абалацкого озера", "Абалацкое озеро"), ("Абалака", "Абалак"), ("Вагае", "Вагай"),
    ("Москву", "Москва"), ("Сибирь", None), ("Искер", None),
    ("Искер", None),
    ("Бухары", "Бухара"), ("Иртышу", "Иртыш"), ("Вагая", "Вагай"), ("Иртыше", "Иртыш"),
    ("Искер", None), ("Иртышу", "Иртыш"), ("Оби", "Обь"), ("Иртыша", "Иртыш"),
    ("Обский городок", None),
    ("Тюмень", None), ("Чинги-Туры", "Чинги-Тура"), ("Тобольск", None), ("Искера", "Искер"),
    ("Искер", None),
]:
    place(quote, name)

# ---- events
event("разорял", "Кучум не раз разорял Пермь Великую", "attack_on_civilians",  # 0
      date={"edtf": "1563/1574"}, place="Пермь Великая", actors=[("Кучум", "agent")],
      note="repeated raids before the charter of 1574; Kuchum ruled from 1563 (general knowledge)")
event("разрешил", "В 1574 году Иван IV разрешил им ставить крепости за Уралом", "decree",  # 1
      date="В 1574 году", place="Урал", actors=[("Иван IV", "agent")],
      note="a royal charter to the Stroganovs; the place is the land it concerns")
event("пришли", "Летом 1579 года, по Строгановской летописи, к Строгановым пришли казаки атамана Ермака "  # 2
      "с Волги", "reinforcement", date="Летом 1579 года", assertion="reported",
      actors=[("казаки атамана Ермака", "agent")],
      note="arrival in the Stroganov lands on the Kama; the clause names only where they came from")
event("выступил", "1 сентября 1581 года отряд из 540 казаков и около 300 ратников Строгановых выступил "  # 3
      "на стругах вверх по Чусовой", "reinforcement", date="1 сентября 1581 года", place="Чусовая",
      actors=[("отряд", "agent")],
      quantities=[qty("540 казаков", "participants", 540),
                  qty("около 300 ратников", "participants", 300, approximate=True)],
      note="the start of the campaign, per the Stroganov chronicle")
event("похода", "Многие историки, однако, переносят начало похода на лето 1582 года", "reinforcement",  # 4
      date="на лето 1582 года", assertion="disputed", same_as=3,
      note="the date of the departure is contested")
event("велел", "16 ноября 1582 года Иван IV гневно упрекал Строгановых за то, что они отпустили казаков, "  # 5
      "когда пелымский князь нападал на Чердынь, и велел вернуть отряд", "decree",
      date="16 ноября 1582 года", actors=[("Иван IV", "agent"), ("Строгановых", "target")],
      note="the royal letter ordering the Cossacks back")
event("нападал", "когда пелымский князь нападал на Чердынь", "attack",  # 6
      date={"edtf": "1582"}, place="Чердынь", actors=[("пелымский князь", "agent")],
      note="before the letter of 16 November 1582; the text gives no date of its own")
event("разбили", "Весной 1582 года казаки вышли на Туру и у Епанчиных юрт, где позднее вырос Туринск, "  # 7
      "разбили татарское войско", "battle",
      date="Весной 1582 года", place="Епанчины юрты",
      actors=[("казаки", "agent"), ("татарское войско", "target")])
event("отбили", "На Тоболе они отбили конницу Маметкула", "battle",  # 8
      date={"edtf": "1582-21/1582-23"}, place="Тобол",
      actors=[("конницу Маметкула", "participant")],
      note="between the spring of 1582 and the autumn capture that follows")
event("взяли", "осенью взяли городок мурзы Карачи", "capture",  # 9
      date="осенью", place="Тобол", actors=[("городок мурзы Карачи", "target")],
      note="Karacha's town on the Tobol; the text names only the river")
event("бой", "Решающий бой произошёл 23 октября 1582 года у Чувашева мыса на Иртыше", "battle",  # 10
      date="23 октября 1582 года", place="Чувашев мыс",
      quantities=[qty("около 500 человек", "participants", 500, approximate=True)],
      note="the Cossacks' strength is given two sentences later; the khan's host is only 'многотысячным'")
event("приступы", "первые приступы казаков были отбиты", "attack",  # 11
      date="23 октября 1582 года", place="Чувашев мыс", assertion="failed",
      actors=[("казаков", "agent")])
event("ушли", "остяцкие и вогульские князья ушли со своими людьми", "retreat",  # 12
      date="23 октября 1582 года", place="Чувашев мыс",
      actors=[("остяцкие и вогульские князья", "agent")])
event("бежал", "В ту же ночь Кучум бежал в степь", "retreat",  # 13
      date="В ту же ночь", place="Искер", actors=[("Кучум", "agent")],
      note="flight from his capital after the battle")
event("вошли", "26 октября казаки вошли в опустевший Искер", "capture",  # 14
      date="26 октября", place="Искер", actors=[("казаки", "agent")],
      note="the khan's capital, taken after the battle, entered without a fight")
event("события", "Есиповская летопись относит эти события к 1581 году; спор о годе не решён до сих пор",  # 15
      "capture", date="к 1581 году", place="Искер", assertion="disputed", same_as=14,
      note="the year of the battle and the taking of Isker is contested")
event("обязался платить ясак", "Через четыре дня к Ермаку явился остяцкий князь Бояр и обязался платить "  # 16
      "ясак", "political_activity", date="Через четыре дня", place="Искер",
      actors=[("остяцкий князь Бояр", "agent"), ("Ермаку", "participant")],
      note="submission and tribute")
event("напал", "5 декабря Маметкул напал на казаков, ловивших рыбу у Абалацкого озера, и перебил 20 человек",  # 17
      "attack", date="5 декабря", place="Абалацкое озеро",
      actors=[("Маметкул", "agent"), ("казаков", "target")],
      quantities=[qty("20 человек", "fatalities", 20)])
event("настиг", "Ермак настиг его у Абалака и отбросил", "battle",  # 18
      date="5 декабря", place="Абалак", actors=[("Ермак", "agent"), ("его", "target")],
      note="date from the same sentence")
event("пленили", "Весной 1583 года казаки пленили Маметкула на Вагае", "arrest",  # 19
      date="Весной 1583 года", place="Вагай", actors=[("казаки", "agent"), ("Маметкула", "target")])
event("повёз", "Атаман Иван Кольцо повёз в Москву весть о победе", "political_activity",  # 20
      date={"edtf": "1582/1583"}, place="Москва", actors=[("Атаман Иван Кольцо", "agent")],
      note="an embassy to the tsar; the text gives no date")
event("простил", "Царь простил казакам прежние разбои", "amnesty",  # 21
      date={"edtf": "1583"}, place="Москва", actors=[("Царь", "agent"), ("казакам", "target")])
event("послал", "послал в Сибирь воеводу Семёна Болховского с 300 стрельцами", "reinforcement",  # 22
      date={"edtf": "1583"}, place="Сибирь",
      actors=[("воеводу Семёна Болховского", "agent")],
      quantities=[qty("300 стрельцами", "participants", 300)])
event("пришли", "Они пришли в Искер в ноябре 1583 года", "reinforcement",  # 23
      date="в ноябре 1583 года", place="Искер", actors=[("Они", "agent")], same_as=22)
event("перебил", "Весной 1584 года мурза Карача заманил к себе отряд Ивана Кольцо и перебил его, около 40 "  # 24
      "казаков", "attack", date="Весной 1584 года",
      actors=[("мурза Карача", "agent"), ("отряд Ивана Кольцо", "target")],
      quantities=[qty("около 40 казаков", "fatalities", 40, approximate=True)],
      note="a treacherous killing at Karacha's camp; the text names no place")
event("восставшие", "Вслед за этим восставшие татары осадили Искер", "uprising",  # 25
      date="Вслед за этим", place="Искер", actors=[("восставшие татары", "agent")])
event("осадили", "Вслед за этим восставшие татары осадили Искер", "siege",  # 26
      date="Вслед за этим", place="Искер", actors=[("восставшие татары", "agent")])
event("Осада", "Осада длилась до лета", "siege", date="до лета", place="Искер", same_as=26)  # 27
event("вылазку", "в ночь на 12 июня атаман Матвей Мещеряк сделал вылазку, разгромил стан Карачи", "attack",  # 28
      date="в ночь на 12 июня", place="Искер",
      actors=[("атаман Матвей Мещеряк", "agent"), ("стан Карачи", "target")])
event("отступил", "разгромил стан Карачи, и мурза отступил", "retreat",  # 29
      date="в ночь на 12 июня", place="Искер", actors=[("мурза", "agent")],
      note="the siege was lifted")
event("перехватывает", "Кучум якобы перехватывает купцов из Бухары", "looting",  # 30
      date="Летом 1585 года", assertion="disputed",
      actors=[("Кучум", "agent"), ("купцов из Бухары", "target")],
      note="a rumour passed on with 'якобы'; Bukhara is where the merchants came from, not the place")
event("двинулся", "Ермак с отрядом около 50 казаков двинулся вверх по Иртышу", "reinforcement",  # 31
      date="Летом 1585 года", place="Иртыш", actors=[("Ермак", "agent")],
      quantities=[qty("около 50 казаков", "participants", 50, approximate=True)])
event("напали", "В ночь на 6 августа у устья Вагая воины Кучума напали на спящих казаков", "attack",  # 32
      date="В ночь на 6 августа", place="Вагай",
      actors=[("воины Кучума", "agent"), ("спящих казаков", "target")],
      note="at the mouth of the Vagay on the Irtysh")
event("утонул", "Ермак, по преданию, утонул в Иртыше", "attack",  # 33
      date="В ночь на 6 августа", place="Иртыш", assertion="reported", same_as=32,
      actors=[("Ермак", "target")], note="Yermak's death in the night attack, as tradition tells it")
event("гибель", "Ряд летописей относит его гибель к 1584 году", "attack",  # 34
      date="к 1584 году", place="Иртыш", assertion="disputed", same_as=32,
      note="the year of Yermak's death is contested")
event("оставили", "Вскоре около 150 уцелевших казаков во главе с Мещеряком оставили Искер", "retreat",  # 35
      date="Вскоре", place="Искер", actors=[("уцелевших казаков", "agent")],
      quantities=[qty("около 150 уцелевших казаков", "participants", 150, approximate=True)],
      note="the abandonment of Isker; they went down the Irtysh and the Ob")
event("занял", "Город занял сын Кучума Алей", "occupation",  # 36
      date="Вскоре", place="Искер", actors=[("сын Кучума Алей", "agent")],
      note="the abandoned town, taken without a fight")
event("выбил", "но его выбил оттуда князь Сейдяк", "capture",  # 37
      date={"edtf": "1585/1586"}, place="Искер",
      actors=[("князь Сейдяк", "agent"), ("его", "target")])
event("зазимовал", "Опоздавший отряд воеводы Ивана Мансурова зазимовал в устье Иртыша", "reinforcement",  # 38
      date={"edtf": "1585-23"}, place="Иртыш",
      actors=[("отряд воеводы Ивана Мансурова", "agent")],
      note="a relief force that came too late; autumn 1585 implied")
event("поставив", "зазимовал в устье Иртыша, поставив Обский городок", "founding",  # 39
      date={"edtf": "1585"}, place="Обский городок", actors=[("Ивана Мансурова", "agent")])
event("основали", "29 июля 1586 года воеводы Сукин и Мясной основали Тюмень", "founding",  # 40
      date="29 июля 1586 года", place="Тюмень", actors=[("воеводы Сукин и Мясной", "agent")])
event("заложил", "в 1587 году Данила Чулков заложил Тобольск", "founding",  # 41
      date="в 1587 году", place="Тобольск", actors=[("Данила Чулков", "agent")])
event("захватил", "Через год Чулков захватил Сейдяка", "arrest",  # 42
      date="Через год", place="Тобольск", actors=[("Чулков", "agent"), ("Сейдяка", "target")])
