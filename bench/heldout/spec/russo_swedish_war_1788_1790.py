"""Gold spec for bench/heldout/russo_swedish_war_1788_1790.txt (hand-coded; build with bench/gold/build_gold.py).

The Russo-Swedish war of 1788–1790. The text states once that its dates are New Style (Gregorian),
so day and month dates are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_swedish_war_1788_1790.txt"

gazetteer({
    "Россия": ("polity", 59.94, 30.31, "Q34266"),
    "Турция": ("polity", 41.01, 28.98, "Q12560"),
    "Финляндия": ("region", 62.0, 25.0, "Q33"),
    "Швеция": ("polity", 59.33, 18.07, "Q34"),
    "Нейшлот": ("settlement", 61.87, 28.88, None, "Савонлинна"),
    "Петербург": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "Карелия": ("region", 61.7, 30.7, None),
    "Гогланд": ("region", 60.05, 26.97, None),
    "Свеаборг": ("settlement", 60.145, 24.99, None, "Суоменлинна"),
    "Ревель": ("settlement", 59.44, 24.75, "Q1770", "Таллин"),
    "Аньяла": ("settlement", 60.69, 26.83, None),
    "Дания": ("polity", 55.68, 12.57, "Q35"),
    "Норвегия": ("polity", 59.91, 10.75, "Q20"),
    "Бохуслен": ("region", 58.35, 11.75, None),
    "Гётеборг": ("settlement", 57.71, 11.97, None),
    "Англия": ("polity", 51.51, -0.13, None),
    "Пруссия": ("polity", 52.52, 13.4, None),
    "Эланд": ("region", 56.75, 16.65, None),
    "Роченсальм": ("sea", 60.43, 26.95, None),
    "Красная Горка": ("settlement", 59.97, 29.34, None),
    "Кронштадт": ("settlement", 59.99, 29.77, None),
    "Выборгский залив": ("sea", 60.5, 28.6, None),
    "Верела": ("settlement", 60.8, 26.95, None),
    "Кюмень": ("river", 60.7, 26.83, None),
    "Стокгольм": ("settlement", 59.33, 18.07, "Q1754"),
})

# ---- dates, in reading order (New Style, as the text says once)
date("Летом 1788 года", "1788-22", "season")
date("В конце июня", "1788-06-21/1788-06-30", "interval", derivation="anchored")
date("в начале июля", "1788-07-01/1788-07-10", "interval", derivation="anchored")
date("Тогда же", "1788-07", "month", kind="vague", derivation="anchored",
     note="'at the same time' as the siege begun in early July")
date("11 июля", "1788-07-11", "day", derivation="anchored")
date("в начале августа", "1788-08-01/1788-08-10", "interval", derivation="anchored")
date("17 июля", "1788-07-17", "day", derivation="anchored")
date("Осенью", "1788-23", "season", derivation="anchored")
date("26 октября", "1788-10-26", "day", derivation="anchored")
date("В начале августа", "1788-08-01/1788-08-10", "interval", derivation="anchored",
     note="the narrative steps back to August 1788 ('Тем временем')")
date("12 августа", "1788-08-12", "day", derivation="anchored")
date("Вскоре", "1788-08-12/1788-09-30", "interval", kind="vague", derivation="anchored",
     note="soon after 12 August, before the invasion of late September")
date("В конце сентября", "1788-09-21/1788-09-30", "interval", derivation="anchored")
date("в октябре", "1788-10", "month", derivation="anchored")
date("Зимой 1788–1789 годов", "1788-12/1789-02", "season")
date("В феврале 1789 года", "1789-02", "month")
date("26 июля", "1789-07-26", "day", derivation="anchored")
date("24 августа", "1789-08-24", "day", derivation="anchored")
date("В 1790 году", "1790", "year")
date("13 мая", "1790-05-13", "day", derivation="anchored")
date("3–4 июня", "1790-06-03/1790-06-04", "interval", derivation="anchored")
date("двухдневном", None, None, kind="duration", duration="P2D")
date("почти месяц", None, None, kind="duration", duration="P1M", note="approximate: almost a month")
date("3 июля", "1790-07-03", "day", derivation="anchored")
date("Через шесть дней", "1790-07-09", "day", derivation="computed", note="3 July + 6 days")
date("9 июля", "1790-07-09", "day", derivation="anchored")
date("14 августа 1790 года", "1790-08-14", "day")
date("Осенью того же года", "1790-23", "season", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("России", "Россия"), ("Турцией", "Турция"), ("Финляндии", "Финляндия"), ("Швецией", "Швеция"),
    ("Нейшлот", None), ("Петербурга", "Петербург"), ("Карелию", "Карелия"), ("Нейшлота", "Нейшлот"),
    ("Гогланд", None), ("Свеаборг", None), ("Ревеле", "Ревель"),
    ("Аньяле", "Аньяла"), ("России", "Россия"), ("Дания", None), ("Норвегии", "Норвегия"),
    ("Бохуслен", None), ("Гётеборгу", "Гётеборг"), ("Англии", "Англия"), ("Пруссии", "Пруссия"),
    ("Аньяльского", "Аньяла"), ("Эланда", "Эланд"), ("Роченсальмском", "Роченсальм"),
    ("Петербургу", "Петербург"), ("ревельском", "Ревель"), ("Красной Горки", "Красная Горка"),
    ("кронштадтская", "Кронштадт"), ("Выборгском заливе", "Выборгский залив"),
    ("Роченсальма", "Роченсальм"), ("Верела", None), ("Кюмени", "Кюмень"), ("Стокгольме", "Стокгольм"),
    ("Аньяльского", "Аньяла"),
]:
    place(quote, name)

# ---- events
event("перешла границу", "В конце июня шведская армия численностью более 30 тыс. человек перешла границу",  # 0
      "attack", date="В конце июня", place="Финляндия", actors=[("шведская армия", "agent")],
      quantities=[qty("более 30 тыс. человек", "participants", 30000, min=30000, approximate=True)],
      note="the border of Russian Finland; the clause names no place")
event("осадила", "В конце июня шведская армия численностью более 30 тыс. человек перешла границу, "  # 1
      "а в начале июля осадила крепость Нейшлот", "siege", date="в начале июля", place="Нейшлот",
      actors=[("шведская армия", "agent")])
event("потребовал", "Тогда же король потребовал от Петербурга уступить ему Карелию и разоружить флот",  # 2
      "political_activity", date="Тогда же", actors=[("король", "agent")],
      note="the ultimatum to Russia")
event("ответила манифестом о войне", "11 июля Екатерина II ответила манифестом о войне",  # 3
      "political_activity", date="11 июля", place="Петербург", actors=[("Екатерина II", "agent")],
      note="declaration of war; issued in the capital")
event("сняли осаду", "в начале августа шведы сняли осаду", "retreat",  # 4
      date="в начале августа", place="Нейшлот", actors=[("шведы", "agent")])
event("встретил", "17 июля у острова Гогланд русский флот адмирала С. К. Грейга встретил шведскую эскадру "  # 5
      "герцога Карла", "battle", date="17 июля", place="Гогланд",
      actors=[("русский флот адмирала С. К. Грейга", "participant"),
              ("шведскую эскадру герцога Карла", "participant")])
event("бой", "Упорный бой не принёс решительной победы ни одной из сторон, но шведы лишились линейного "  # 6
      "корабля «Принц Густав»: в плен попали вице-адмирал Вахтмейстер и более 500 моряков", "battle",
      date="17 июля", place="Гогланд", same_as=5,
      quantities=[qty("более 500 моряков", "prisoners", 500, min=500, approximate=True)])
event("ушёл", "Шведский флот ушёл в Свеаборг", "retreat",  # 7
      date={"edtf": "1788-07"}, place="Свеаборг", actors=[("Шведский флот", "agent")],
      note="after the battle of 17 July; the place is the destination")
event("блокировал", "Грейг блокировал его там", "siege",  # 8
      date={"edtf": "1788-07/1788-10"}, place="Свеаборг", actors=[("Грейг", "agent")],
      note="naval blockade, from after Gogland until the admiral's illness in the autumn")
event("обратилась к Екатерине II с предложением мира", "В начале августа группа офицеров, считавших войну, "  # 9
      "начатую без согласия риксдага, незаконной, обратилась к Екатерине II с предложением мира",
      "negotiations", date="В начале августа",
      actors=[("группа офицеров", "agent"), ("Екатерине II", "participant")])
event("заключили союз", "а 12 августа в Аньяле заговорщики заключили союз против продолжения войны",  # 10
      "founding", date="12 августа", place="Аньяла", actors=[("заговорщики", "agent")],
      note="the Anjala league of officers")
event("выступила", "Вскоре на стороне России выступила Дания", "political_activity",  # 11
      date="Вскоре", place="Дания", actors=[("Дания", "agent")], note="entry into the war")
event("вторгся", "В конце сентября датско-норвежский корпус численностью 10–12 тыс. человек вторгся из "  # 12
      "Норвегии в Бохуслен", "attack", date="В конце сентября", place="Бохуслен",
      actors=[("датско-норвежский корпус", "agent")],
      quantities=[qty("10–12 тыс. человек", "participants", None, min=10000, max=12000, approximate=True)])
event("подступил", "датско-норвежский корпус численностью 10–12 тыс. человек вторгся из Норвегии в Бохуслен "  # 13
      "и подступил к Гётеборгу", "reinforcement", date="В конце сентября", place="Гётеборг",
      actors=[("датско-норвежский корпус", "agent")])
event("согласились на перемирие", "а в октябре под нажимом Англии и Пруссии датчане согласились на перемирие",  # 14
      "treaty", date="в октябре", actors=[("датчане", "participant")],
      note="the clause names no place of signing")
event("отвели войска", "датчане согласились на перемирие и отвели войска", "retreat",  # 15
      date="в октябре", place="Бохуслен", actors=[("датчане", "agent")],
      note="withdrawal from the Swedish territory they had invaded; the clause names no place")
event("арестованы", "Зимой 1788–1789 годов участники Аньяльского союза были арестованы", "arrest",  # 16
      date="Зимой 1788–1789 годов", actors=[("участники Аньяльского союза", "target")],
      note="the adjective names the league, not the place of the arrests")
event("заключил под стражу", "В феврале 1789 года, опираясь на недворянские сословия риксдага, король "  # 17
      "заключил под стражу вожаков дворянской оппозиции", "arrest", date="В феврале 1789 года",
      actors=[("король", "agent"), ("вожаков дворянской оппозиции", "target")])
event("провёл", "король заключил под стражу вожаков дворянской оппозиции и провёл Акт единения и "  # 18
      "безопасности", "decree", date="В феврале 1789 года", actors=[("король", "agent")])
event("бой", "26 июля эскадра В. Я. Чичагова выдержала нерешительный бой со шведским флотом у Эланда",  # 19
      "battle", date="26 июля", place="Эланд",
      actors=[("эскадра В. Я. Чичагова", "participant"), ("шведским флотом", "participant")])
event("разбила", "а 24 августа гребная флотилия принца К. Нассау-Зигена разбила шведские галеры на "  # 20
      "Роченсальмском рейде", "battle", date="24 августа", place="Роченсальм",
      actors=[("гребная флотилия принца К. Нассау-Зигена", "agent"), ("шведские галеры", "target")])
event("атаковал", "13 мая шведский флот атаковал эскадру Чичагова на ревельском рейде, но был отбит",  # 21
      "attack", date="13 мая", place="Ревель", assertion="failed",
      actors=[("шведский флот", "agent"), ("эскадру Чичагова", "target")])
event("бою", "3–4 июня у Красной Горки кронштадтская эскадра А. И. Круза в двухдневном бою не пропустила "  # 22
      "шведов к столице", "battle", date="3–4 июня", place="Красная Горка",
      actors=[("кронштадтская эскадра А. И. Круза", "participant"), ("шведов", "participant")])
event("укрылись", "не пропустила шведов к столице, и они укрылись в Выборгском заливе", "retreat",  # 23
      date={"edtf": "1790-06"}, place="Выборгский залив", actors=[("шведов", "agent")],
      note="right after the battle of 3–4 June; the place is the destination")
event("запертыми", "Там корабли и галеры противника почти месяц оставались запертыми подошедшими силами "  # 24
      "Чичагова и Нассау-Зигена", "siege", date={"edtf": "1790-06/1790-07-03"}, place="Выборгский залив",
      actors=[("силами Чичагова и Нассау-Зигена", "agent"), ("корабли и галеры противника", "target")],
      note="blockade of almost a month, ended by the breakout of 3 July")
event("подошедшими", "Там корабли и галеры противника почти месяц оставались запертыми подошедшими силами "  # 25
      "Чичагова и Нассау-Зигена", "reinforcement", date={"edtf": "1790-06"}, place="Выборгский залив",
      actors=[("силами Чичагова и Нассау-Зигена", "agent")])
event("прорвались", "3 июля шведы прорвались из блокады, но потеряли семь линейных кораблей и три фрегата; "  # 26
      "по русским данным, в плен попало около 5 тыс. человек", "battle", date="3 июля",
      place="Выборгский залив", actors=[("шведы", "agent")],
      quantities=[qty("около 5 тыс. человек", "prisoners", 5000, approximate=True)],
      note="the breakout is asserted; only the prisoner count is attributed to Russian data")
event("атаковал", "Через шесть дней, 9 июля, Нассау-Зиген поспешно атаковал у Роченсальма гребную флотилию, "  # 27
      "которой командовал сам король, и потерпел тяжёлое поражение: русские лишились более 50 судов, "
      "а свыше 6 тыс. моряков оказались в плену", "attack", date="9 июля", place="Роченсальм",
      assertion="failed", actors=[("Нассау-Зиген", "agent"), ("гребную флотилию", "target")],
      quantities=[qty("свыше 6 тыс. моряков", "prisoners", 6000, min=6000, approximate=True)])
event("подписали мирный договор", "14 августа 1790 года в деревне Верела на реке Кюмени уполномоченные "  # 28
      "О. А. Игельстром и Г. М. Армфельт подписали мирный договор", "treaty",
      date="14 августа 1790 года", place="Верела",
      actors=[("О. А. Игельстром", "participant"), ("Г. М. Армфельт", "participant")])
event("обезглавлен", "Осенью того же года в Стокгольме был обезглавлен полковник Ю. Х. Хестеско",  # 29
      "execution", date="Осенью того же года", place="Стокгольм",
      actors=[("полковник Ю. Х. Хестеско", "target")])
