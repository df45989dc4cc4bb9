"""Gold spec for bench/heldout/second_anglo_afghan_war_1878_1880.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Gregorian; they are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/second_anglo_afghan_war_1878_1880.txt"

gazetteer({
    "Британия": ("polity", 51.51, -0.13, None),
    "Россия": ("polity", 59.94, 30.31, "Q34266"),
    "Средняя Азия": ("region", 41.0, 64.0, None),
    "Кабул": ("settlement", 34.53, 69.17, "Q5838"),
    "Али-Масджид": ("settlement", 34.04, 71.3, None),
    "Хайберский проход": ("mountain", 34.09, 71.15, None),
    "Куррам": ("region", 33.85, 70.1, None),
    "Пейвар-Котал": ("mountain", 33.96, 69.9, None),
    "Джелалабад": ("settlement", 34.43, 70.45, None),
    "Кандагар": ("settlement", 31.61, 65.71, None),
    "Мазари-Шариф": ("settlement", 36.71, 67.11, None),
    "Гандамак": ("settlement", 34.3, 70.04, None),
    "Афганистан": ("polity", 34.53, 69.17, "Q889"),
    "Пишин": ("region", 30.58, 67.0, None),
    "Сиби": ("region", 29.55, 67.88, None),
    "Чарасиаб": ("settlement", 34.38, 69.16, None),
    "Индия": ("polity", 22.57, 88.36, None),
    "Шерпур": ("settlement", 34.545, 69.19, None),
    "Ахмед-Хель": ("settlement", 33.32, 68.15, None),
    "Газни": ("settlement", 33.55, 68.42, None),
    "Самарканд": ("settlement", 39.65, 66.96, None),
    "Чарикар": ("settlement", 35.01, 69.17, None),
    "Герат": ("settlement", 34.35, 62.2, None),
    "Гиришк": ("settlement", 31.82, 64.57, None),
    "Майванд": ("settlement", 31.73, 65.07, None),
})

# ---- dates, in reading order
date("1878–1880 гг.", "1878/1880", "interval")
date("Летом 1878 года", "1878-22", "season")
date("21 сентября", "1878-09-21", "day", derivation="anchored")
date("21 ноября 1878 года", "1878-11-21", "day")
date("В тот же день", "1878-11-21", "day", derivation="anchored")
date("ночью", "1878-11-21/1878-11-22", "day", derivation="anchored",
     note="the night after the attack of 21 November")
date("наутро", "1878-11-22", "day", derivation="computed", note="the morning after 21 November")
date("нескольких дней", None, None, kind="duration", note="unquantified: a few days")
date("2 декабря", "1878-12-02", "day", derivation="anchored")
date("20 декабря", "1878-12-20", "day", derivation="anchored")
date("8 января 1879 года", "1879-01-08", "day")
date("в середине декабря", "1878-12-11/1878-12-20", "interval", derivation="anchored",
     note="'ещё в середине декабря' looks back to December 1878, before 8 January 1879")
date("21 февраля", "1879-02-21", "day", derivation="anchored")
date("26 мая", "1879-05-26", "day", derivation="anchored")
date("24 июля", "1879-07-24", "day", derivation="anchored")
date("3 сентября 1879 года", "1879-09-03", "day")
date("6 октября", "1879-10-06", "day", derivation="anchored")
date("12 октября", "1879-10-12", "day", derivation="anchored")
date("вскоре", "1879-10-12/1879-12-31", "interval", kind="vague", derivation="anchored",
     note="'soon' after the entry into Kabul on 12 October")
date("В декабре", "1879-12", "month", derivation="anchored")
date("14 декабря", "1879-12-14", "day", derivation="anchored")
date("23 декабря", "1879-12-23", "day", derivation="anchored")
date("на следующий день", "1879-12-24", "day", derivation="computed", note="23 December + 1 day")
date("Весной 1880 года", "1880-21", "season")
date("19 апреля", "1880-04-19", "day", derivation="anchored")
date("Через два дня", "1880-04-21", "day", derivation="computed", note="19 April + 2 days")
date("Тем временем", "1880-03/1880-05", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': during Stewart's march of spring 1880")
date("22 июля", "1880-07-22", "day", derivation="anchored")
date("В июне", "1880-06", "month", derivation="anchored")
date("14 июля", "1880-07-14", "day", derivation="anchored")
date("27 июля", "1880-07-27", "day", derivation="anchored")
date("в начале августа", "1880-08-01/1880-08-10", "interval", derivation="anchored")
date("16 августа", "1880-08-16", "day", derivation="anchored")
date("8 августа", "1880-08-08", "day", derivation="anchored")
date("примерно за три недели", None, None, kind="duration", duration="P3W", note="approximate")
date("Через три дня", "1880-08-11", "day", derivation="computed", note="8 August + 3 days")
date("31 августа", "1880-08-31", "day", derivation="anchored")
date("1 сентября 1880 года", "1880-09-01", "day")
date("В апреле 1881 года", "1881-04", "month")

# ---- places, in reading order
for quote, name in [
    ("Британии", "Британия"), ("России", "Россия"), ("Средней Азии", "Средняя Азия"),
    ("Кабул", None), ("Али-Масджид", None),
    ("Али-Масджид", None), ("Хайберский проход", None), ("Куррама", "Куррам"),
    ("Пейвар-Котал", None), ("Джелалабад", None), ("Кандагар", None), ("Кабула", "Кабул"),
    ("Мазари-Шариф", None), ("Гандамаке", "Гандамак"), ("Афганистана", "Афганистан"),
    ("Британии", "Британия"), ("Куррам", None), ("Пишин", None), ("Сиби", None),
    ("Кабул", None),
    ("Чарасиаба", "Чарасиаб"), ("Кабул", None), ("Индию", "Индия"), ("Кабулом", "Кабул"),
    ("Шерпур", None),
    ("Кандагара", "Кандагар"), ("Кабул", None), ("Ахмед-Хеля", "Ахмед-Хель"), ("Газни", None),
    ("Газни", None), ("Самарканде", "Самарканд"), ("Чарикара", "Чарикар"),
    ("Герата", "Герат"), ("Кандагар", None), ("Гиришка", "Гиришк"), ("кандагарского", "Кандагар"),
    ("Майванде", "Майванд"), ("Кандагар", None),
    ("Кабула", "Кабул"), ("Кабул", None), ("Кандагар", None), ("Герат", None), ("Кандагар", None),
]:
    place(quote, name)

# ---- events
event("прибыла", "Летом 1878 года в Кабул прибыла русская миссия генерала Н. Г. Столетова",  # 0
      "political_activity", date="Летом 1878 года", place="Кабул",
      actors=[("русская миссия генерала Н. Г. Столетова", "agent")])
event("остановлено", "Британское посольство, отправленное следом, 21 сентября было остановлено афганской "  # 1
      "заставой у крепости Али-Масджид", "political_activity", date="21 сентября", place="Али-Масджид",
      actors=[("Британское посольство", "target"), ("афганской заставой", "agent")],
      note="an armed post turned the British mission back")
event("ультиматум", "Эмир Шер-Али оставил британский ультиматум без ответа", "political_activity",  # 2
      date={"edtf": "1878-09-21/1878-11-21"}, actors=[("Эмир Шер-Али", "target")],
      note="the British ultimatum; the text gives no date, only that it preceded 21 November")
event("перешли границу", "21 ноября 1878 года три английские колонны перешли границу", "attack",  # 3
      date="21 ноября 1878 года", place="Афганистан", actors=[("три английские колонны", "agent")],
      note="the invasion of Afghanistan, named only later in the text")
event("атаковали", "В тот же день войска генерала С. Брауна атаковали Али-Масджид", "attack",  # 4
      date="В тот же день", place="Али-Масджид", actors=[("войска генерала С. Брауна", "agent")])
event("бежал", "ночью гарнизон бежал", "retreat", date="ночью", place="Али-Масджид",  # 5
      actors=[("гарнизон", "agent")], note="the Afghan garrison abandoned the fort")
event("занята", "наутро крепость была занята", "capture", date="наутро", place="Али-Масджид")  # 6
event("боёв", "Колонна генерала Ф. Робертса, шедшая долиной Куррама, после нескольких дней боёв", "battle",  # 7
      date={"edtf": "1878-11-21/1878-12-02"}, place="Пейвар-Котал",
      actors=[("Колонна генерала Ф. Робертса", "participant")],
      note="the days of fighting up to the taking of the pass on 2 December")
event("овладела", "Колонна генерала Ф. Робертса, шедшая долиной Куррама, после нескольких дней боёв "  # 8
      "2 декабря овладела перевалом Пейвар-Котал", "capture", date="2 декабря", place="Пейвар-Котал",
      actors=[("Колонна генерала Ф. Робертса", "agent")])
event("вошли", "20 декабря англичане вошли в Джелалабад", "occupation", date="20 декабря",  # 9
      place="Джелалабад", actors=[("англичане", "agent")])
event("заняли", "8 января 1879 года отряды генерала Д. Стюарта без сопротивления заняли Кандагар",  # 10
      "occupation", date="8 января 1879 года", place="Кандагар",
      actors=[("отряды генерала Д. Стюарта", "agent")])
event("бежал", "Шер-Али ещё в середине декабря бежал из Кабула на север, в Мазари-Шариф", "retreat",  # 11
      date="в середине декабря", place="Кабул", actors=[("Шер-Али", "agent")],
      note="the emir left his capital; his destination was Mazar-i-Sharif")
event("Престол перешёл", "Престол перешёл к его сыну Якуб-хану", "political_activity",  # 12
      date="21 февраля", actors=[("Якуб-хану", "participant")],
      note="succession on the emir's death of 21 February")
event("подписал договор", "26 мая в Гандамаке он подписал договор", "treaty", date="26 мая",  # 13
      place="Гандамак")
event("отходили", "а Британии отходили Куррам, Пишин и Сиби", "territorial_transfer", date="26 мая",  # 14
      place="Куррам", actors=[("Британии", "participant")])
event("отходили", "а Британии отходили Куррам, Пишин и Сиби", "territorial_transfer", date="26 мая",  # 15
      place="Пишин", actors=[("Британии", "participant")])
event("отходили", "а Британии отходили Куррам, Пишин и Сиби", "territorial_transfer", date="26 мая",  # 16
      place="Сиби", actors=[("Британии", "participant")])
event("прибыл", "24 июля в Кабул прибыл британский резидент майор Л. Каваньяри с небольшим конвоем",  # 17
      "political_activity", date="24 июля", place="Кабул",
      actors=[("британский резидент майор Л. Каваньяри", "agent")])
event("взбунтовались", "3 сентября 1879 года афганские полки взбунтовались", "mutiny",  # 18
      date="3 сентября 1879 года", place="Кабул", actors=[("афганские полки", "agent")])
event("осадили", "3 сентября 1879 года афганские полки взбунтовались и осадили резиденцию", "siege",  # 19
      date="3 сентября 1879 года", place="Кабул", actors=[("афганские полки", "agent")])
event("перебиты", "После ожесточённого боя Каваньяри и почти весь конвой, более 70 человек, были перебиты",  # 20
      "attack", date="3 сентября 1879 года", place="Кабул",
      actors=[("Каваньяри и почти весь конвой", "target")],
      quantities=[qty("более 70 человек", "fatalities", 70, min=70, approximate=True)],
      note="the mission was killed in the fight at the residency")
event("разбили", "6 октября войска Робертса разбили афганцев у Чарасиаба", "battle",  # 21
      date="6 октября", place="Чарасиаб", actors=[("войска Робертса", "agent"), ("афганцев", "target")])
event("вступили", "6 октября войска Робертса разбили афганцев у Чарасиаба, а 12 октября вступили в Кабул",  # 22
      "occupation", date="12 октября", place="Кабул", actors=[("войска Робертса", "agent")])
event("отрёкся", "Якуб-хан отрёкся от престола", "political_activity",  # 23
      date={"edtf": "1879-10-12/1879-12-31"}, place="Кабул", actors=[("Якуб-хан", "agent")],
      note="after the entry of 12 October; the text gives no day")
event("выслан", "Якуб-хан отрёкся от престола и вскоре был выслан в Индию", "deportation",  # 24
      date="вскоре", place="Индия", actors=[("Якуб-хан", "target")], note="place: destination")
event("повесили", "По приговорам военных судов в городе повесили несколько десятков человек", "execution",  # 25
      date={"edtf": "1879-10-12/1879-12-31"}, place="Кабул", actors=[("военных судов", "agent")],
      quantities=[qty("несколько десятков человек", "fatalities", None, min=20, max=90, approximate=True)],
      note="after the occupation of 12 October; 'в городе' is Kabul")
event("восстание", "В декабре муллы и военачальник Мохаммед-Джан подняли восстание", "uprising",  # 26
      date="В декабре", place="Кабул",
      actors=[("муллы", "agent"), ("военачальник Мохаммед-Джан", "agent")])
event("собралось", "по некоторым данным, под Кабулом собралось до 100 тыс. человек", "uprising",  # 27
      date="В декабре", place="Кабул", assertion="reported", same_as=26,
      quantities=[qty("до 100 тыс. человек", "participants", 100000, max=100000, approximate=True)])
event("отвёл", "14 декабря Робертс отвёл войска в укреплённый лагерь Шерпур", "retreat",  # 28
      date="14 декабря", place="Шерпур", actors=[("Робертс", "agent")])
event("осаде", "14 декабря Робертс отвёл войска в укреплённый лагерь Шерпур, где они оказались в осаде",  # 29
      "siege", date="14 декабря", place="Шерпур")
event("Штурм", "Штурм 23 декабря был отбит", "attack", date="23 декабря", place="Шерпур",  # 30
      assertion="failed")
event("рассеялись", "повстанцы рассеялись", "retreat", date="23 декабря", place="Шерпур",  # 31
      actors=[("повстанцы", "agent")])
event("вновь заняли", "на следующий день британцы вновь заняли город", "recapture",  # 32
      date="на следующий день", place="Кабул", actors=[("британцы", "agent")])
event("выступил", "Весной 1880 года Стюарт с 7 тыс. солдат выступил из Кандагара на Кабул", "reinforcement",  # 33
      date="Весной 1880 года", place="Кандагар", actors=[("Стюарт", "agent")],
      quantities=[qty("7 тыс. солдат", "participants", 7000)],
      note="place: the point of departure; the march was on Kabul")
event("отразил натиск", "19 апреля у Ахмед-Хеля, близ Газни, он отразил натиск 12–15 тыс. афганцев, "  # 34
      "которые потеряли более 1 тыс. убитыми", "battle", date="19 апреля", place="Ахмед-Хель",
      actors=[("афганцев", "participant")],
      quantities=[qty("12–15 тыс. афганцев", "participants", None, min=12000, max=15000),
                  qty("более 1 тыс. убитыми", "fatalities", 1000, min=1000, approximate=True)])
event("заняли", "Через два дня англичане заняли Газни", "capture", date="Через два дня", place="Газни",  # 35
      actors=[("англичане", "agent")])
event("вернулся", "Тем временем из эмиграции в Самарканде вернулся Абдур-Рахман", "political_activity",  # 36
      date="Тем временем", actors=[("Абдур-Рахман", "agent")],
      note="return from exile to Afghanistan; Samarkand is where he came from, so no place is given")
event("признали", "22 июля близ Чарикара британцы признали его эмиром", "recognition", date="22 июля",  # 37
      place="Чарикар", actors=[("британцы", "agent")])
event("двинулся", "В июне из Герата на Кандагар двинулся брат Якуб-хана Аюб-хан", "reinforcement",  # 38
      date="В июне", place="Герат", actors=[("брат Якуб-хана Аюб-хан", "agent")],
      note="place: the point of departure; the march was on Kandahar")
event("взбунтовались", "14 июля у Гиришка взбунтовались войска союзного британцам кандагарского вали",  # 39
      "mutiny", date="14 июля", place="Гиришк",
      actors=[("войска союзного британцам кандагарского вали", "agent")])
event("разгромила", "27 июля при Майванде армия Аюба, около 25 тыс. человек, разгромила бригаду генерала "  # 40
      "Дж. Берроуза (около 2,5 тыс.): британцы и сипаи потеряли около 1 тыс. убитыми", "battle",
      date="27 июля", place="Майванд",
      actors=[("армия Аюба", "agent"), ("бригаду генерала Дж. Берроуза", "target")],
      quantities=[qty("около 25 тыс. человек", "participants", 25000, approximate=True),
                  qty("около 2,5 тыс.", "participants", 2500, approximate=True),
                  qty("около 1 тыс. убитыми", "fatalities", 1000, approximate=True)])
event("отступили", "Уцелевшие отступили в Кандагар", "retreat", date={"edtf": "1880-07-27/1880-07-28"},  # 41
      place="Кандагар", actors=[("Уцелевшие", "agent")], note="place: destination; right after Maiwand")
event("осадил", "в начале августа Аюб-хан осадил город", "siege", date="в начале августа",  # 42
      place="Кандагар", actors=[("Аюб-хан", "agent")])
event("Вылазка", "Вылазка гарнизона 16 августа закончилась неудачей", "attack", date="16 августа",  # 43
      place="Кандагар", assertion="failed", actors=[("гарнизона", "agent")])
event("выступил", "8 августа Робертс с корпусом около 10 тыс. человек выступил из Кабула", "reinforcement",  # 44
      date="8 августа", place="Кабул", actors=[("Робертс", "agent")],
      quantities=[qty("около 10 тыс. человек", "participants", 10000, approximate=True)],
      note="place: the point of departure; the march was on Kandahar")
event("покинули", "Через три дня войска Стюарта покинули Кабул", "retreat", date="Через три дня",  # 45
      place="Кабул", actors=[("войска Стюарта", "agent")])
event("прибыл", "31 августа Робертс прибыл в Кандагар", "reinforcement", date="31 августа",  # 46
      place="Кандагар", actors=[("Робертс", "agent")])
event("разгромил", "31 августа Робертс прибыл в Кандагар, а 1 сентября 1880 года разгромил армию Аюб-хана "  # 47
      "под стенами города", "battle", date="1 сентября 1880 года", place="Кандагар",
      actors=[("Робертс", "agent"), ("армию Аюб-хана", "target")])
event("бежал", "Аюб-хан бежал в Герат", "retreat", date={"edtf": "1880-09"}, place="Герат",  # 48
      actors=[("Аюб-хан", "agent")], note="place: destination; after the battle of 1 September")
event("оставили", "В апреле 1881 года британцы оставили и Кандагар", "retreat",  # 49
      date="В апреле 1881 года", place="Кандагар", actors=[("британцы", "agent")])
