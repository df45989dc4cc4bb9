"""Gold spec for bench/heldout/arab_revolt_1916_1918.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/arab_revolt_1916_1918.txt"

gazetteer({
    "Хиджаз": ("region", 24.0, 39.0, None),
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Сирия": ("region", 34.0, 37.0, None),
    "Мекка": ("settlement", 21.42, 39.83, "Q5806"),
    "Египет": ("polity", 30.04, 31.24, "Q79"),
    "Бейрут": ("settlement", 33.89, 35.5, "Q3820"),
    "Дамаск": ("settlement", 33.51, 36.29, "Q3766"),
    "Медина": ("settlement", 24.47, 39.61, "Q35484"),
    "Джидда": ("settlement", 21.49, 39.19, None),
    "Таиф": ("settlement", 21.27, 40.42, None),
    "Британия": ("polity", 51.51, -0.13, "Q145"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Веджх": ("settlement", 26.24, 36.45, None),
    "Абу-эль-Лисан": ("settlement", 30.05, 35.58, None),
    "Акаба": ("settlement", 29.53, 35.0, None),
    "Беэр-Шева": ("settlement", 31.25, 34.79, None),
    "Иерусалим": ("settlement", 31.78, 35.23, "Q1218"),
    "Тафила": ("settlement", 30.84, 35.6, None),
    "Маан": ("settlement", 30.19, 35.73, None),
    "Мегиддо": ("settlement", 32.58, 35.18, None),
    "Дераа": ("settlement", 32.62, 36.1, None),
    "Тафас": ("settlement", 32.74, 36.07, None),
    "Алеппо": ("settlement", 36.2, 37.16, "Q41183"),
    "Мудрос": ("settlement", 39.87, 25.27, None),
    "Лемнос": ("region", 39.92, 25.25, None),
})

# ---- dates, in reading order (New Style, as the text states once; no conversion needed)
date("С 1915 года", "1915", "year", note="start of a process that goes on")
date("6 мая 1916 года", "1916-05-06", "day")
date("В конце мая", "1916-05-21/1916-05-31", "interval", derivation="anchored")
date("5 июня", "1916-06-05", "day", derivation="anchored")
date("10 июня", "1916-06-10", "day", derivation="anchored")
date("За три дня", None, None, kind="duration", duration="P3D")
date("9 июля", "1916-07-09", "day", derivation="anchored")
date("16 июня", "1916-06-16", "day", derivation="anchored")
date("почти три месяца", None, None, kind="duration", duration="P3M", note="approximate: almost three months")
date("22 сентября", "1916-09-22", "day", derivation="anchored")
date("В октябре", "1916-10", "month", derivation="anchored")
date("вскоре", "1916-10/1916-12", "interval", kind="vague", derivation="anchored",
     note="soon after the October arrival")
date("2 ноября", "1916-11-02", "day", derivation="anchored")
date("24 января 1917 года", "1917-01-24", "day")
date("С весны", "1917-21", "season", derivation="anchored", note="start of a process that goes on")
date("Летом", "1917-22", "season", derivation="anchored")
date("2 июля", "1917-07-02", "day", derivation="anchored")
date("6 июля", "1917-07-06", "day", derivation="anchored")
date("Тем временем", "1917-07/1917-10", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': after the summer raid, up to 31 October")
date("31 октября", "1917-10-31", "day", derivation="anchored")
date("9 декабря 1917 года", "1917-12-09", "day")
date("через два дня", "1917-12-11", "day", derivation="computed", note="9 December + 2 days")
date("В середине января 1918 года", "1918-01-11/1918-01-20", "interval")
date("25 января", "1918-01-25", "day", derivation="anchored")
date("в начале марта", "1918-03-01/1918-03-10", "interval", derivation="anchored")
date("в апреле", "1918-04", "month", derivation="anchored")
date("осенью", "1918-23", "season", derivation="anchored")
date("19 сентября 1918 года", "1918-09-19", "day")
date("за несколько дней", None, None, kind="duration", note="unquantified: a few days")
date("23 сентября", "1918-09-23", "day", derivation="anchored")
date("27 сентября", "1918-09-27", "day", derivation="anchored")
date("в тот же день", "1918-09-27", "day", derivation="anchored")
date("Утром 1 октября", "1918-10-01", "day", derivation="anchored")
date("3 октября", "1918-10-03", "day", derivation="anchored")
date("25 октября", "1918-10-25", "day", derivation="anchored")
date("30 октября", "1918-10-30", "day", derivation="anchored")
date("на следующий день", "1918-10-31", "day", derivation="computed", note="30 October + 1 day")
date("более двух с половиной лет", None, None, kind="duration", duration="P2Y6M",
     note="more than two and a half years")
date("10 января 1919 года", "1919-01-10", "day")

# ---- places, in reading order
for quote, name in [
    ("Хиджаз", None), ("Османской империи", "Османская империя"), ("Сирией", "Сирия"),
    ("Хиджазской", "Хиджаз"), ("Мекки", "Мекка"), ("Египте", "Египет"),
    ("Бейруте", "Бейрут"), ("Дамаске", "Дамаск"), ("Медину", "Медина"),
    ("Мединой", "Медина"), ("Мекке", "Мекка"), ("Джидда", None), ("Таиф", None), ("Медины", "Медина"),
    ("Хиджаз", None), ("Британия", None), ("Франция", None), ("Хиджаза", "Хиджаз"), ("Веджх", None),
    ("Хиджазскую", "Хиджаз"), ("Абу-эль-Лисана", "Абу-эль-Лисан"), ("Акабу", "Акаба"),
    ("Беэр-Шевы", "Беэр-Шева"), ("Иерусалим", None), ("Тафилу", "Тафила"), ("Маан", None),
    ("Мегиддо", None), ("Маан", None), ("Дераа", None), ("Тафас", None), ("Дамаск", None),
    ("Алеппо", None), ("Мудроса", "Мудрос"), ("Лемнос", None), ("Медины", "Медина"),
]:
    place(quote, name)

# ---- events
event("переписку", "С 1915 года шериф Мекки Хусейн ибн Али вёл тайную переписку с британским верховным "  # 0
      "комиссаром в Египте Г. Мак-Магоном", "negotiations", date="С 1915 года", place="Мекка",
      actors=[("шериф Мекки Хусейн ибн Али", "participant"),
              ("британским верховным комиссаром в Египте Г. Мак-Магоном", "participant")],
      note="correspondence between Mecca and Cairo; coded at the sharif's seat")
event("повешены", "6 мая 1916 года в Бейруте и Дамаске были повешены более 20 арабских общественных деятелей",  # 1
      "execution", date="6 мая 1916 года", place="Бейрут",
      actors=[("Джемаль-паши", "agent"), ("арабских общественных деятелей", "target")],
      quantities=[qty("более 20 арабских общественных деятелей", "fatalities", 20, min=20, approximate=True)],
      note="the count is the total for both cities")
event("повешены", "6 мая 1916 года в Бейруте и Дамаске были повешены более 20 арабских общественных деятелей",  # 2
      "execution", date="6 мая 1916 года", place="Дамаск",
      actors=[("Джемаль-паши", "agent"), ("арабских общественных деятелей", "target")],
      quantities=[qty("более 20 арабских общественных деятелей", "fatalities", 20, min=20, approximate=True)],
      note="the count is the total for both cities")
event("прибыл", "В конце мая в Медину с подкреплениями прибыл Фахри-паша", "reinforcement",  # 3
      date="В конце мая", place="Медина", actors=[("Фахри-паша", "agent")])
event("подняли", "5 июня сыновья шерифа Али и Фейсал подняли бедуинские племена под Мединой", "uprising",  # 4
      date="5 июня", place="Медина",
      actors=[("сыновья шерифа Али и Фейсал", "agent"), ("бедуинские племена", "participant")])
event("восстания", "10 июня сам Хусейн выстрелом из окна дворца в Мекке возвестил о начале восстания",  # 5
      "uprising", date="10 июня", place="Мекка", actors=[("Хусейн", "agent")])
event("овладели", "За три дня повстанцы овладели большей частью города", "capture",  # 6
      date={"edtf": "1916-06-10/1916-06-13"}, place="Мекка", actors=[("повстанцы", "agent")],
      note="10 June + three days")
event("сдался", "последний турецкий форт сдался лишь 9 июля", "capture",  # 7
      date="9 июля", place="Мекка", actors=[("последний турецкий форт", "target")])
event("пала", "16 июня при поддержке британского флота пала Джидда, где сложили оружие около 1,5 тыс. "  # 8
      "турецких солдат", "capture", date="16 июня", place="Джидда",
      actors=[("британского флота", "participant")],
      quantities=[qty("около 1,5 тыс. турецких солдат", "prisoners", 1500, approximate=True)])
event("в осаде", "Таиф почти три месяца находился в осаде", "siege",  # 9
      date={"edtf": "1916-06/1916-09-22"}, place="Таиф",
      note="almost three months up to the surrender of 22 September")
event("капитулировал", "Таиф почти три месяца находился в осаде и капитулировал 22 сентября; в плен попали "  # 10
      "около 2 тыс. человек во главе с губернатором Галиб-пашой", "capture", date="22 сентября", place="Таиф",
      actors=[("губернатором Галиб-пашой", "target")],
      quantities=[qty("около 2 тыс. человек", "prisoners", 2000, approximate=True)])
event("Штурм", "Штурм Медины был отбит", "attack",  # 11
      date={"edtf": "1916-06"}, place="Медина", assertion="failed",
      note="follows the rising of 5 June")
event("осада", "Штурм Медины был отбит, и началась долгая осада", "siege",  # 12
      date={"edtf": "1916-06/1919-01-10"}, place="Медина",
      quantities=[qty("10–12 тыс. солдат", "participants", None, min=10000, max=12000, approximate=True)],
      note="the defenders' strength; the siege lasts until the surrender of 10 January 1919")
event("выслал", "Фахри-паша, располагавший 10–12 тыс. солдат, выслал большую часть жителей по железной "  # 13
      "дороге на север", "deportation", date={"edtf": "1916-06/1919-01-10"}, place="Медина",
      actors=[("Фахри-паша", "agent"), ("большую часть жителей", "target")],
      note="during the siege; the text gives no date")
event("прибыл", "В октябре в Хиджаз прибыл британский офицер Т. Э. Лоуренс", "reinforcement",  # 14
      date="В октябре", place="Хиджаз", actors=[("британский офицер Т. Э. Лоуренс", "agent")])
event("ставший советником", "Т. Э. Лоуренс, вскоре ставший советником Фейсала", "political_activity",  # 15
      date="вскоре", place="Хиджаз", actors=[("Т. Э. Лоуренс", "participant"), ("Фейсала", "participant")],
      note="an appointment")
event("провозгласил себя королём", "2 ноября Хусейн провозгласил себя королём арабских стран",  # 16
      "political_activity", date="2 ноября", place="Мекка", actors=[("Хусейн", "agent")],
      note="the text places Hussein at Mecca")
event("признали", "Британия и Франция признали его лишь королём Хиджаза", "recognition",  # 17
      date={"edtf": "1916-11-02/1917-01-24"}, place="Хиджаз",
      actors=[("Британия", "agent"), ("Франция", "agent")],
      note="after 2 November, before the next dated event")
event("заняли", "24 января 1917 года арабы при поддержке флота заняли порт Веджх", "capture",  # 18
      date="24 января 1917 года", place="Веджх", actors=[("арабы", "agent"), ("флота", "participant")])
event("нападали", "С весны отряды повстанцев нападали на Хиджазскую железную дорогу", "attack",  # 19
      date="С весны", place="Хиджаз",
      actors=[("отряды повстанцев", "agent"), ("Хиджазскую железную дорогу", "target")])
event("подрывая", "С весны отряды повстанцев нападали на Хиджазскую железную дорогу, подрывая рельсы, "  # 20
      "мосты и эшелоны", "explosion", date="С весны", place="Хиджаз",
      actors=[("отряды повстанцев", "agent")], note="demolitions during the railway raids")
event("уничтожили", "2 июля у Абу-эль-Лисана они уничтожили турецкий батальон, перебив около 300 солдат",  # 21
      "battle", date="2 июля", place="Абу-эль-Лисан",
      actors=[("Лоуренс и шейх Ауда абу Тайи", "agent"), ("турецкий батальон", "target")],
      quantities=[qty("около 300 солдат", "fatalities", 300, approximate=True)])
event("вошли", "6 июля без боя вошли в Акабу, где сдались ещё около 600 человек", "capture",  # 22
      date="6 июля", place="Акаба", actors=[("Лоуренс и шейх Ауда абу Тайи", "agent")],
      quantities=[qty("около 600 человек", "prisoners", 600, approximate=True)])
event("прорвали турецкий фронт", "британские войска генерала Э. Алленби 31 октября прорвали турецкий фронт "  # 23
      "у Беэр-Шевы", "attack", date="31 октября", place="Беэр-Шева",
      actors=[("британские войска генерала Э. Алленби", "agent")])
event("сдался", "9 декабря 1917 года Иерусалим сдался без боя", "capture",  # 24
      date="9 декабря 1917 года", place="Иерусалим")
event("вошёл", "через два дня Алленби вошёл в город пешком", "occupation",  # 25
      date="через два дня", place="Иерусалим", actors=[("Алленби", "agent")])
event("заняли", "В середине января 1918 года арабы заняли Тафилу", "capture",  # 26
      date="В середине января 1918 года", place="Тафила", actors=[("арабы", "agent")])
event("отбили под ней контратаку", "25 января отбили под ней контратаку турок, взяв в плен около 250 человек",  # 27
      "battle", date="25 января", place="Тафила", actors=[("турок", "participant")],
      quantities=[qty("около 250 человек", "prisoners", 250, approximate=True)])
event("оставить", "в начале марта были вынуждены оставить город", "retreat",  # 28
      date="в начале марта", place="Тафила")
event("Нападения", "Нападения на Маан в апреле закончились неудачей", "attack",  # 29
      date="в апреле", place="Маан", assertion="failed")
event("наступление", "19 сентября 1918 года Алленби начал наступление у Мегиддо", "attack",  # 30
      date="19 сентября 1918 года", place="Мегиддо", actors=[("Алленби", "agent")])
event("разгромлены", "за несколько дней турецкие 7-я и 8-я армии были разгромлены, а в плен, по британским "  # 31
      "данным, попали более 70 тыс. человек", "battle", date={"edtf": "1918-09-19/1918-09-28"},
      place="Мегиддо", actors=[("турецкие 7-я и 8-я армии", "target")],
      quantities=[qty("более 70 тыс. человек", "prisoners", 70000, min=70000, approximate=True)],
      same_as=30, note="19 September + a few days; only the prisoner count is attributed to British data")
event("покинули", "Турки без боя покинули Маан 23 сентября", "retreat",  # 32
      date="23 сентября", place="Маан", actors=[("Турки", "agent")])
event("взяли", "27 сентября арабские части взяли железнодорожный узел Дераа", "capture",  # 33
      date="27 сентября", place="Дераа", actors=[("арабские части", "agent")])
event("вырезали", "в тот же день у деревни Тафас отступавшие турецкие солдаты вырезали жителей", "massacre",  # 34
      date="в тот же день", place="Тафас",
      actors=[("отступавшие турецкие солдаты", "agent"), ("жителей", "target")])
event("не щадили", "бедуины в отместку не щадили пленных", "massacre",  # 35
      date="в тот же день", place="Тафас", actors=[("бедуины", "agent"), ("пленных", "target")],
      note="killing of prisoners in reprisal; 'не щадили' states that it happened")
event("вступили", "Утром 1 октября в Дамаск вступили австралийские кавалеристы и отряды Фейсала", "capture",  # 36
      date="Утром 1 октября", place="Дамаск",
      actors=[("австралийские кавалеристы", "agent"), ("отряды Фейсала", "agent")])
event("прибыл", "3 октября в город прибыл сам Фейсал", "reinforcement",  # 37
      date="3 октября", place="Дамаск", actors=[("Фейсал", "agent")])
event("назначивший", "сам Фейсал, назначивший военным губернатором Али Риду ар-Рикаби", "political_activity",  # 38
      date="3 октября", place="Дамаск", actors=[("Фейсал", "agent"), ("Али Риду ар-Рикаби", "participant")])
event("пал", "25 октября пал Алеппо", "capture", date="25 октября", place="Алеппо")  # 39
event("подписано перемирие", "30 октября в гавани Мудроса на острове Лемнос было подписано перемирие",  # 40
      "treaty", date="30 октября", place="Мудрос")
event("прекратились", "на следующий день боевые действия прекратились", "treaty",  # 41
      date="на следующий день", place="Мудрос", same_as=40, note="the armistice took effect")
event("осаду", "Гарнизон Медины, выдержавший осаду продолжительностью более двух с половиной лет", "siege",  # 42
      date={"edtf": "1916-06/1919-01-10"}, place="Медина", same_as=12,
      actors=[("Гарнизон Медины", "target")])
event("сложил оружие", "Гарнизон Медины, выдержавший осаду продолжительностью более двух с половиной лет, "  # 43
      "сложил оружие только 10 января 1919 года", "capture", date="10 января 1919 года", place="Медина",
      actors=[("Гарнизон Медины", "target")], note="the garrison's surrender")
