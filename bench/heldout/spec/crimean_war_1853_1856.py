"""Gold spec for bench/heldout/crimean_war_1853_1856.txt (hand-coded; build with bench/gold/build_gold.py).

The narrative states once that its dates are New Style (Gregorian), so every day and month is taken as
written and no conversion is made.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/crimean_war_1853_1856.txt"

NS = "New Style by the narrative's own statement; no conversion"

gazetteer({
    "Крым": ("region", 45.0, 34.1, "Q7835"),
    "Прут": ("river", 46.5, 28.2, None),
    "Дунайские княжества": ("region", 45.5, 26.5, None),
    "Молдавия": ("polity", 47.16, 27.59, None),
    "Валахия": ("polity", 44.43, 26.1, None),
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Россия": ("polity", 59.94, 30.31, "Q34266"),
    "Дунай": ("river", 44.07, 26.63, "Q1653"),
    "Ольтеница": ("settlement", 44.08, 26.63, None),
    "Синоп": ("settlement", 42.03, 35.16, None),
    "Чёрное море": ("sea", 43.5, 34.0, "Q166"),
    "Великобритания": ("polity", 51.51, -0.13, "Q145"),
    "Франция": ("polity", 48.85, 2.35, "Q142"),
    "Одесса": ("settlement", 46.49, 30.74, "Q1874"),
    "Силистрия": ("settlement", 44.12, 27.26, None, "Силистра"),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Евпатория": ("settlement", 45.2, 33.37, None),
    "Альма": ("river", 44.83, 33.65, None),
    "Севастополь": ("settlement", 44.61, 33.52, "Q7525"),
    "Севастопольская бухта": ("sea", 44.62, 33.55, None),
    "Балаклава": ("settlement", 44.51, 33.6, None),
    "Инкерман": ("settlement", 44.61, 33.61, None),
    "Керчь": ("settlement", 45.36, 36.47, None),
    "Чёрная речка": ("river", 44.54, 33.66, None),
    "Малахов курган": ("mountain", 44.6, 33.56, None),
    "Кавказ": ("region", 42.5, 44.0, None),
    "Карс": ("settlement", 40.6, 43.09, None),
    "Соловецкий монастырь": ("settlement", 65.02, 35.71, None),
    "Белое море": ("sea", 65.5, 37.5, None),
    "Кола": ("settlement", 68.88, 33.02, None),
    "Аландские острова": ("region", 60.2, 20.0, None),
    "Бомарзунд": ("settlement", 60.21, 20.23, None),
    "Кронштадт": ("settlement", 59.99, 29.78, None),
    "Камчатка": ("region", 56.0, 159.0, None),
    "Петропавловск": ("settlement", 53.06, 158.63, None, "Петропавловск-Камчатский"),
    "Петербург": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "Париж": ("settlement", 48.85, 2.35, "Q90"),
    "Турция": ("polity", 41.01, 28.98, None),
    "Южная Бессарабия": ("region", 45.8, 28.9, None),
})

# ---- dates, in reading order
date("1853–1856", "1853/1856", "interval")
date("3 июля 1853 года", "1853-07-03", "day", note=NS)
date("4 октября", "1853-10-04", "day", derivation="anchored", note=NS)
date("в начале ноября", "1853-11-01/1853-11-10", "interval", derivation="anchored", note=NS)
date("30 ноября", "1853-11-30", "day", derivation="anchored", note=NS)
date("В январе 1854 года", "1854-01", "month")
date("в конце марта", "1854-03-21/1854-03-31", "interval", derivation="anchored", note=NS)
date("22 апреля", "1854-04-22", "day", derivation="anchored", note=NS)
date("В мае", "1854-05", "month", derivation="anchored")
date("23 июня", "1854-06-23", "day", derivation="anchored", note=NS)
date("Вскоре", "1854-06-23/1854-09-30", "interval", kind="vague", derivation="anchored",
     note="soon after the siege of Silistria was lifted on 23 June; bounded by the autumn landing in the Crimea")
date("14 сентября", "1854-09-14", "day", derivation="anchored", note=NS)
date("Через шесть дней", "1854-09-20", "day", derivation="computed", note="14 September + 6 days")
date("23 сентября", "1854-09-23", "day", derivation="anchored", note=NS)
date("почти год", None, None, kind="duration", duration="P1Y", note="approximate: almost a year")
date("17 октября", "1854-10-17", "day", derivation="anchored", note=NS)
date("25 октября", "1854-10-25", "day", derivation="anchored", note=NS)
date("5 ноября", "1854-11-05", "day", derivation="anchored", note=NS)
date("В мае 1855 года", "1855-05", "month")
date("16 августа", "1855-08-16", "day", derivation="anchored", note=NS)
date("5 сентября", "1855-09-05", "day", derivation="anchored", note=NS)
date("8 сентября", "1855-09-08", "day", derivation="anchored", note=NS)
date("В ночь на 9 сентября", "1855-09-08/1855-09-09", "day", derivation="anchored", note=NS)
date("летом 1855 года", "1855-22", "season")
date("29 сентября", "1855-09-29", "day", derivation="anchored", note=NS)
date("28 ноября", "1855-11-28", "day", derivation="anchored", note=NS)
date("В июле 1854 года", "1854-07", "month")
date("в августе", "1854-08", "month", derivation="anchored")
date("Тогда же", "1854-08", "month", kind="vague", derivation="anchored", note="in August 1854, as the sentence before")
date("в конце августа — начале сентября", "1854-08-21/1854-09-10", "interval", derivation="anchored", note=NS)
date("5 сентября", "1854-09-05", "day", derivation="anchored", note=NS)
date("В конце 1855 года", "1855-09/1855-12", "interval",
     note="end of a year taken as its last third, as for the end of a month or a century")
date("в январе", "1856-01", "month", derivation="anchored", note="the January after the end of 1855")
date("30 марта 1856 года", "1856-03-30", "day", note=NS)

# ---- places, in reading order
for quote, name in [
    ("Крымская", "Крым"),
    ("Прут", None), ("Дунайские княжества", None), ("Молдавию", "Молдавия"), ("Валахию", "Валахия"),
    ("Османская империя", None), ("России", "Россия"), ("Дунае", "Дунай"), ("Ольтеница", None),
    ("Синопа", "Синоп"), ("Чёрное море", None), ("Великобритания", None), ("Франция", None),
    ("России", "Россия"), ("Одессу", "Одесса"),
    ("Силистрию", "Силистрия"), ("Дуная", "Дунай"), ("Австрии", "Австрия"),
    ("Евпатории", "Евпатория"), ("Крыму", "Крым"), ("Альме", "Альма"), ("Севастополю", "Севастополь"),
    ("Севастопольскую бухту", "Севастопольская бухта"),
    ("Севастополя", "Севастополь"), ("Балаклавой", "Балаклава"), ("Балаклаву", "Балаклава"),
    ("Инкермана", "Инкерман"),
    ("Керчь", None), ("Чёрной речке", "Чёрная речка"), ("Малахов курган", None),
    ("Кавказе", "Кавказ"), ("Карс", None),
    ("Соловецкий монастырь", None), ("Белом море", "Белое море"), ("Колу", "Кола"),
    ("Аландских островах", "Аландские острова"), ("Бомарзунд", None), ("Кронштадт", None),
    ("Камчатке", "Камчатка"), ("Петропавловска", "Петропавловск"),
    ("Австрия", None), ("Россия", None), ("Петербург", None), ("Париже", "Париж"), ("Чёрное море", None),
    ("России", "Россия"), ("Турции", "Турция"), ("Карс", None), ("Турции", "Турция"), ("Севастополь", None),
    ("южную Бессарабию", "Южная Бессарабия"), ("Россия", None), ("Молдавскому княжеству", "Молдавия"),
]:
    place(quote, name)

# ---- events
OCC = "русские войска перешли Прут и без боя заняли Дунайские княжества — Молдавию и Валахию"
event("заняли", "3 июля 1853 года " + OCC, "occupation", date="3 июля 1853 года", place="Молдавия",  # 0
      actors=[("русские войска", "agent")])
event("заняли", "3 июля 1853 года " + OCC, "occupation", date="3 июля 1853 года", place="Валахия",  # 1
      actors=[("русские войска", "agent")])
event("объявила", "Османская империя 4 октября объявила России войну", "political_activity",  # 2
      date="4 октября", place="Османская империя",
      actors=[("Османская империя", "agent"), ("России", "target")])
event("атака", "атака русских на укреплённое турками село Ольтеница в начале ноября была отбита", "attack",  # 3
      date="в начале ноября", place="Ольтеница", assertion="failed", actors=[("русских", "agent")])
event("уничтожила", "30 ноября эскадра вице-адмирала П. С. Нахимова уничтожила в гавани Синопа турецкую "  # 4
      "эскадру Осман-паши", "battle", date="30 ноября", place="Синоп",
      actors=[("эскадра вице-адмирала П. С. Нахимова", "agent"), ("турецкую эскадру Осман-паши", "target")])
event("сражение", "Это сражение стоило туркам, по разным оценкам, около 3 тыс. убитых, русские потеряли "  # 5
      "37 человек", "battle", date="30 ноября", place="Синоп", same_as=4,
      actors=[("туркам", "target"), ("русские", "participant")],
      quantities=[qty("около 3 тыс. убитых", "fatalities", 3000, approximate=True),
                  qty("37 человек", "fatalities", 37)],
      note="Turkish deaths are attributed to estimates (count only); Russian deaths as stated")
event("резнёй", "Британские газеты назвали его «резнёй», якобы учинённой над беззащитными моряками",  # 6
      "massacre", date="30 ноября", place="Синоп", assertion="disputed", same_as=4,
      actors=[("беззащитными моряками", "target")],
      note="the British press's name for the battle of Sinop, doubted by the text (якобы)")
event("вошёл", "В январе 1854 года англо-французский флот вошёл в Чёрное море", "reinforcement",  # 7
      date="В январе 1854 года", place="Чёрное море", actors=[("англо-французский флот", "agent")])
event("объявили", "в конце марта Великобритания и Франция объявили войну России", "political_activity",  # 8
      date="в конце марта", place="Великобритания",
      actors=[("Великобритания", "agent"), ("России", "target")])
event("объявили", "в конце марта Великобритания и Франция объявили войну России", "political_activity",  # 9
      date="в конце марта", place="Франция", actors=[("Франция", "agent"), ("России", "target")])
event("бомбардировали", "22 апреля союзные корабли бомбардировали Одессу", "bombardment",  # 10
      date="22 апреля", place="Одесса", actors=[("союзные корабли", "agent")])
event("осадила", "В мае русская армия осадила Силистрию", "siege",  # 11
      date="В мае", place="Силистрия", actors=[("русская армия", "agent")])
event("штурмов", "Несколько штурмов крепости окончились неудачей", "attack",  # 12
      date={"edtf": "1854-05/1854-06-23"}, place="Силистрия", assertion="failed",
      note="assaults during the siege, between May and its lifting on 23 June")
event("снята", "23 июня под давлением Австрии осада была снята", "retreat",  # 13
      date="23 июня", place="Силистрия", note="the besiegers withdrew")
event("покинули", "Вскоре русские войска покинули княжества", "retreat",  # 14
      date="Вскоре", place="Дунайские княжества", actors=[("русские войска", "agent")])
event("заняли", "княжества, которые затем заняли австрийцы", "occupation",  # 15
      date="Вскоре", place="Дунайские княжества", actors=[("австрийцы", "agent")])
event("высадка", "14 сентября у Евпатории в Крыму началась высадка союзной армии численностью около "  # 16
      "60 тыс. человек", "reinforcement", date="14 сентября", place="Евпатория",
      actors=[("союзной армии", "agent")],
      quantities=[qty("около 60 тыс. человек", "participants", 60000, approximate=True)])
event("разбила", "Через шесть дней на реке Альме она разбила войска князя А. С. Меншикова", "battle",  # 17
      date="Через шесть дней", place="Альма",
      actors=[("войска князя А. С. Меншикова", "target")],
      note="the agent is the allied army of the sentence before (она)")
event("отошли", "она разбила войска князя А. С. Меншикова, и те отошли к Севастополю", "retreat",  # 18
      date="Через шесть дней", place="Севастополь", actors=[("войска князя А. С. Меншикова", "agent")],
      note="place is the destination named in the text; the retreat started at the Alma")
event("затоплены", "23 сентября у входа в Севастопольскую бухту были затоплены пять линейных кораблей и "  # 19
      "два фрегата", "looting", date="23 сентября", place="Севастопольская бухта",
      actors=[("пять линейных кораблей и два фрегата", "target")],
      note="Russian ships scuttled by their own side to block the roadstead: property destruction")
event("Осада", "Осада Севастополя продолжалась почти год", "siege",  # 20
      date={"edtf": "1854-09-20/1855-09-09"}, place="Севастополь",
      note="from after the Alma to the abandonment of the city, as the narrative implies")
event("бомбардировку", "17 октября союзники начали первую бомбардировку города", "bombardment",  # 21
      date="17 октября", place="Севастополь", actors=[("союзники", "agent")])
event("атаковал", "25 октября русский отряд атаковал под Балаклавой английский лагерь", "attack",  # 22
      date="25 октября", place="Балаклава",
      actors=[("русский отряд", "agent"), ("английский лагерь", "target")])
event("захватил", "русский отряд атаковал под Балаклавой английский лагерь и захватил несколько турецких "  # 23
      "редутов", "capture", date="25 октября", place="Балаклава",
      actors=[("русский отряд", "agent"), ("несколько турецких редутов", "target")])
event("взять", "но взять саму Балаклаву не смог", "capture",  # 24
      date="25 октября", place="Балаклава", assertion="failed")
event("атака", "атака британской лёгкой кавалерии стоила ей, по английским подсчётам, более 100 человек "  # 25
      "убитыми", "attack", date="25 октября", place="Балаклава",
      actors=[("британской лёгкой кавалерии", "agent")],
      quantities=[qty("более 100 человек", "fatalities", 100, min=100, approximate=True)],
      note="only the count is attributed (по английским подсчётам)")
event("напали", "5 ноября русские войска напали на позиции союзников у Инкермана, но были отбиты, потеряв "  # 26
      "только убитыми около 3 тыс. человек", "attack", date="5 ноября", place="Инкерман",
      assertion="failed", actors=[("русские войска", "agent"), ("позиции союзников", "target")],
      quantities=[qty("около 3 тыс. человек", "fatalities", 3000, approximate=True)])
event("захватил", "В мае 1855 года союзный десант захватил Керчь", "capture",  # 27
      date="В мае 1855 года", place="Керчь", actors=[("союзный десант", "agent")])
event("ударом", "Попытка русских снять осаду ударом на Чёрной речке 16 августа провалилась", "attack",  # 28
      date="16 августа", place="Чёрная речка", assertion="failed", actors=[("русских", "agent")])
event("бомбардировка", "5 сентября началась последняя бомбардировка", "bombardment",  # 29
      date="5 сентября", place="Севастополь")
event("взяли", "8 сентября французы штурмом взяли Малахов курган", "capture",  # 30
      date="8 сентября", place="Малахов курган", actors=[("французы", "agent")])
event("атака", "атака англичан на соседний Большой редан была отражена", "attack",  # 31
      date="8 сентября", place="Севастополь", assertion="failed", actors=[("англичан", "agent")])
event("взорвав", "В ночь на 9 сентября защитники, взорвав укрепления", "looting",  # 32
      date="В ночь на 9 сентября", place="Севастополь",
      actors=[("защитники", "agent"), ("укрепления", "target")],
      note="the defenders blew up their own works before leaving: property destruction")
event("переправились", "В ночь на 9 сентября защитники, взорвав укрепления, переправились на северный берег "  # 33
      "бухты", "retreat", date="В ночь на 9 сентября", place="Севастополь", actors=[("защитники", "agent")])
event("перешёл в руки", "разрушенный город перешёл в руки союзников", "capture",  # 34
      date="В ночь на 9 сентября", place="Севастополь", actors=[("союзников", "agent")])
event("погибли", "За время осады с обеих сторон погибли десятки тысяч человек", "siege",  # 35
      date={"edtf": "1854-09-20/1855-09-09"}, place="Севастополь", same_as=20,
      quantities=[qty("десятки тысяч человек", "fatalities", None, min=20000, max=90000, approximate=True)],
      note="total deaths of both sides during the siege")
event("блокировал", "На Кавказе летом 1855 года корпус генерала Н. Н. Муравьёва блокировал Карс", "siege",  # 36
      date="летом 1855 года", place="Карс", actors=[("корпус генерала Н. Н. Муравьёва", "agent")])
event("Штурм", "Штурм крепости 29 сентября был отбит, русские потеряли более 2 тыс. убитыми", "attack",  # 37
      date="29 сентября", place="Карс", assertion="failed", actors=[("русские", "agent")],
      quantities=[qty("более 2 тыс.", "fatalities", 2000, min=2000, approximate=True)])
event("капитулировал", "28 ноября голодавший гарнизон капитулировал: в плен сдались от 16 до 18 тыс. человек",  # 38
      "capture", date="28 ноября", place="Карс", actors=[("голодавший гарнизон", "target")],
      quantities=[qty("от 16 до 18 тыс. человек", "prisoners", None, min=16000, max=18000, approximate=True)],
      note="the surrender of the fortress to the besiegers")
event("обстреляли", "В июле 1854 года английские фрегаты обстреляли Соловецкий монастырь", "bombardment",  # 39
      date="В июле 1854 года", place="Соловецкий монастырь",
      actors=[("английские фрегаты", "agent"), ("Соловецкий монастырь", "target")])
event("бомбардировали", "английские фрегаты обстреляли Соловецкий монастырь на Белом море, а в августе "  # 40
      "бомбардировали Колу", "bombardment", date="в августе", place="Кола",
      actors=[("английские фрегаты", "agent")])
event("сгорела", "где, по донесениям местных властей, сгорела большая часть домов", "looting",  # 41
      date="в августе", place="Кола", assertion="reported", actors=[("большая часть домов", "target")])
event("пала", "Тогда же на Аландских островах пала крепость Бомарзунд", "capture",  # 42
      date="Тогда же", place="Бомарзунд", actors=[("крепость Бомарзунд", "target")])
event("напасть", "напасть на Кронштадт союзники так и не решились", "attack",  # 43
      date="Тогда же", place="Кронштадт", assertion="negated", actors=[("союзники", "agent")])
event("нападение", "гарнизон Петропавловска в конце августа — начале сентября отразил нападение "  # 44
      "англо-французской эскадры", "attack", date="в конце августа — начале сентября", place="Петропавловск",
      assertion="failed",
      actors=[("англо-французской эскадры", "agent"), ("гарнизон Петропавловска", "target")])
event("высаженный", "десант, высаженный 5 сентября, был сброшен в море", "attack",  # 45
      date="5 сентября", place="Петропавловск", assertion="failed", same_as=44,
      actors=[("десант", "agent")], note="the landing that the colon spells out: the main assault of the attack")
event("пригрозила", "В конце 1855 года Австрия пригрозила вступить в войну", "political_activity",  # 46
      date="В конце 1855 года", place="Австрия", actors=[("Австрия", "agent")],
      note="the ultimatum itself")
event("вступить в войну", "Австрия пригрозила вступить в войну, если Россия не примет условий союзников",  # 47
      "political_activity", date="В конце 1855 года", place="Австрия", assertion="hypothetical",
      actors=[("Австрия", "agent")], note="an entry into the war threatened, conditional, never made")
event("согласился на переговоры", "в январе Петербург согласился на переговоры", "negotiations",  # 48
      date="в январе", place="Петербург", actors=[("Петербург", "agent")])
event("подписан", "30 марта 1856 года в Париже был подписан мирный договор", "treaty",  # 49
      date="30 марта 1856 года", place="Париж")
event("объявлялось нейтральным", "Чёрное море объявлялось нейтральным: России и Турции запрещалось держать на "  # 50
      "нём военные флоты", "political_activity", date="30 марта 1856 года", place="Чёрное море",
      actors=[("России", "target"), ("Турции", "target")],
      note="a term of the treaty: the Black Sea neutralised and demilitarised")
event("возвращался", "Карс возвращался Турции", "territorial_transfer",  # 51
      date="30 марта 1856 года", place="Карс", actors=[("Турции", "participant")],
      note="a term of the treaty")
event("в обмен", "Карс возвращался Турции в обмен на Севастополь", "territorial_transfer",  # 52
      date="30 марта 1856 года", place="Севастополь", note="a term of the treaty: Sevastopol returned to Russia")
event("уступала", "южную Бессарабию Россия уступала Молдавскому княжеству", "territorial_transfer",  # 53
      date="30 марта 1856 года", place="Южная Бессарабия",
      actors=[("Россия", "agent"), ("Молдавскому княжеству", "participant")], note="a term of the treaty")
