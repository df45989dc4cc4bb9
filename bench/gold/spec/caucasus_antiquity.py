"""Gold spec for annalist/examples/caucasus_antiquity.txt (hand-coded; build with bench/gold/build_gold.py).

BCE years use astronomical numbering, as ISO 8601 and EDTF do: 1 BCE = 0000, 66 BCE = -0065.
Dates before 1582 are taken as written (Julian), the way historians quote them.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "annalist/examples/caucasus_antiquity.txt"

gazetteer({
    "Южный Кавказ": ("region", 41.5, 45.0, None),
    "Великая Армения": ("polity", 39.5, 42.5, None),
    "Тигранакерт": ("settlement", 38.14, 41.0, None),
    "Закавказье": ("region", 41.5, 45.0, None),
    "Арташат": ("settlement", 39.95, 44.55, None),
    "Рим": ("polity", 41.9, 12.5, None),
    "Сирия": ("region", 35.0, 38.0, None),
    "Каппадокия": ("region", 38.7, 35.0, None),
    "Кура": ("river", 41.55, 45.0, None),
    "Абас": ("river", 41.5, 46.3, None),
    "Армения": ("polity", 40.3, 44.9, None),
    "Картли": ("polity", 41.9, 44.3, None),
    "Персия": ("polity", 32.0, 53.0, None),
    "Арабский халифат": ("polity", 33.51, 36.29, None),
    "Тбилиси": ("settlement", 41.72, 44.79, "Q994"),
    "Дидгори": ("region", 41.76, 44.42, None),
    "Грузинское царство": ("polity", 41.72, 44.79, None),
    "Шамхор": ("settlement", 40.83, 46.02, None, "Шамкир"),
})

# ---- dates, in reading order
date("в древности и Средневековье", None, None, kind="vague", note="period names, no interval given")
date("В I в. до н. э.", "-0099/0000", "century", note="100–1 BCE in astronomical years")
date("в 69 г. до н. э.", "-0068", "year", note="69 BCE")
date("В 66 г. до н. э.", "-0065", "year", note="66 BCE")
date("На следующий год", "-0064", "year", derivation="computed", note="65 BCE")
date("В начале IV в.", "0301/0333", "interval", note="first third of the century")
date("в 330-х годах", "033X", "decade")
date("В конце IV в.", "0367/0400", "interval", note="last third of the century")
date("около 387 года", "0387~", "year", start="0385-01-01", end="0389-12-31", note="'about': ±2 years")
date("Во второй половине VII века", "0651/0700", "interval")
date("почти четыре столетия", None, None, kind="duration", duration="P400Y", note="approximate: 'almost'")
date("около 1120 года", "1120~", "year", start="1118-01-01", end="1122-12-31", note="'about': ±2 years")
date("В августе 1121 года", "1121-08", "month", note="Julian month as written")
date("на следующий год", "1122", "year", derivation="computed", note="1121 + 1")
date("Во второй половине XII века", "1151/1200", "interval")
date("в начале XIII века", "1201/1233", "interval", note="first third of the century")
date("1184–1213", "1184/1213", "interval", note="years of the reign")
date("в 1195 году", "1195", "year")
date("1220-х годов", "122X", "decade")

# ---- places, in reading order
for quote, name in [
    ("Южный Кавказ", None),
    ("Великая Армения", None), ("Тигранакертом", "Тигранакерт"), ("Закавказье", None),
    ("Арташатом", "Арташат"), ("Рима", "Рим"), ("Сирии", "Сирия"), ("Каппадокии", "Каппадокия"),
    ("Кура", None), ("Абас", None),
    ("Армении", "Армения"), ("Картли", None), ("Армения", None), ("Римом", "Рим"), ("Персией", "Персия"),
    ("Закавказье", None), ("Арабского халифата", "Арабский халифат"), ("Тбилиси", None),
    ("Дидгори", None), ("Тбилиси", None), ("Грузинское царство", None), ("Шамхоре", "Шамхор"),
]:
    place(quote, name)

# ---- events
event("разбил", "в 69 г. до н. э. римский полководец Лукулл разбил армянского царя под Тигранакертом",  # 0
      "battle", date="в 69 г. до н. э.", place="Тигранакерт",
      actors=[("римский полководец Лукулл", "agent"), ("армянского царя", "target")])
event("вступил", "В 66 г. до н. э. в Закавказье вступил Гней Помпей", "reinforcement",  # 1
      date="В 66 г. до н. э.", place="Закавказье", actors=[("Гней Помпей", "agent")],
      note="arrival of a Roman army")
event("сопротивление", "Тигран, не решившись на сопротивление", "battle",  # 2
      date="В 66 г. до н. э.", place="Арташат", assertion="negated", actors=[("Тигран", "agent")],
      note="resistance that did not happen")
event("признал себя союзником", "Тигран, не решившись на сопротивление, явился в римский лагерь под "  # 3
      "Арташатом и признал себя союзником Рима", "treaty", date="В 66 г. до н. э.", place="Арташат",
      actors=[("Тигран", "agent"), ("Рима", "participant")])
event("уступив", "сохранив трон, но уступив завоёванные земли в Сирии и Каппадокии", "territorial_transfer",  # 4
      date="В 66 г. до н. э.", place="Сирия")
event("уступив", "сохранив трон, но уступив завоёванные земли в Сирии и Каппадокии", "territorial_transfer",  # 5
      date="В 66 г. до н. э.", place="Каппадокия")
event("двинулся", "На следующий год Помпей двинулся против иберов и албанцев", "attack",  # 6
      date="На следующий год", actors=[("Помпей", "agent"), ("иберов и албанцев", "target")])
event("боях", "в боях на реке Кура и на реке Абас их войска были разбиты", "battle",  # 7
      date="На следующий год", place="Кура", actors=[("их войска", "target")])
event("боях", "в боях на реке Кура и на реке Абас их войска были разбиты", "battle",  # 8
      date="На следующий год", place="Абас", actors=[("их войска", "target")])
event("стало государственной религией", "В начале IV в. христианство стало государственной религией "  # 9
      "Армении", "political_activity", date="В начале IV в.", place="Армения")
event("стало государственной религией", "В начале IV в. христианство стало государственной религией "  # 10
      "Армении, а в 330-х годах — Картли", "political_activity", date="в 330-х годах", place="Картли")
event("разделена", "В конце IV в., около 387 года, Армения была разделена между Римом и Персией",  # 11
      "territorial_transfer", date="около 387 года", place="Армения",
      actors=[("Римом", "participant"), ("Персией", "participant")])
event("оказалось под властью", "Во второй половине VII века Закавказье оказалось под властью Арабского "  # 12
      "халифата", "occupation", date="Во второй половине VII века", place="Закавказье",
      actors=[("Арабского халифата", "agent")])
event("пригласил", "Грузинский царь Давид IV Строитель около 1120 года пригласил в страну десятки тысяч "  # 13
      "кипчаков", "reinforcement", date="около 1120 года", place="Грузинское царство",
      actors=[("Грузинский царь Давид IV Строитель", "agent"), ("кипчаков", "participant")],
      quantities=[qty("десятки тысяч", "participants", None, min=20000, max=90000, approximate=True)])
event("разгромило", "В августе 1121 года у Дидгори грузинское войско разгромило, по средневековым "  # 14
      "сообщениям, многократно превосходящую армию сельджуков", "battle", date="В августе 1121 года",
      place="Дидгори", actors=[("грузинское войско", "agent"), ("армию сельджуков", "target")],
      note="only the enemy's superiority is attributed to medieval reports")
event("взял", "на следующий год Давид взял Тбилиси", "capture", date="на следующий год",  # 15
      place="Тбилиси", actors=[("Давид", "agent")])
event("перенёс туда столицу", "на следующий год Давид взял Тбилиси и перенёс туда столицу",  # 16
      "political_activity", date="на следующий год", place="Тбилиси", actors=[("Давид", "agent")])
event("одержали победу", "в 1195 году его войска одержали победу при Шамхоре", "battle",  # 17
      date="в 1195 году", place="Шамхор", actors=[("его войска", "agent")])
event("вторжения", "Конец этому расцвету положили монгольские вторжения 1220-х годов", "attack",  # 18
      date="1220-х годов", place="Грузинское царство", actors=[("монгольские", "agent")])
