"""Gold spec for bench/heldout/java_war_1825_1830.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/java_war_1825_1830.txt"

gazetteer({
    "Ява": ("region", -7.5, 110.0, "Q3757"),
    "Джокьякарта": ("settlement", -7.80, 110.36, None),
    "Батавия": ("settlement", -6.13, 106.81, None, "Джакарта"),
    "Тегалрейо": ("settlement", -7.78, 110.35, None),
    "Селаронг": ("settlement", -7.93, 110.30, None),
    "Кеду": ("region", -7.45, 110.20, None),
    "Багелен": ("region", -7.72, 110.01, None),
    "Суракарта": ("settlement", -7.57, 110.82, None),
    "Нгави": ("settlement", -7.40, 111.45, None),
    "Ленгконг": ("settlement", -7.72, 110.40, None),
    "Деланггу": ("settlement", -7.62, 110.70, None),
    "Гавок": ("settlement", -7.58, 110.72, None),
    "Нидерланды": ("polity", 52.1, 5.3, "Q55"),
    "Минахаса": ("region", 1.30, 124.91, None),
    "Магеланг": ("settlement", -7.47, 110.22, None),
    "Семаранг": ("settlement", -6.97, 110.42, None),
    "Манадо": ("settlement", 1.49, 124.84, None),
    "Макассар": ("settlement", -5.14, 119.42, None),
    "Клатен": ("settlement", -7.71, 110.60, None),
})

# ---- dates, in reading order (the text states once that its dates are Gregorian)
date("1825–1830 годов", "1825/1830", "interval")
date("в XIX веке", "1801/1900", "century", note="the XIX century = 1801–1900")
date("20 июля 1825 года", "1825-07-20", "day")
date("Через несколько дней", "1825-07-22/1825-07-30", "interval", derivation="computed",
     note="20 July + a few days")
date("почти месяц", None, None, kind="duration", duration="P1M", note="approximate: almost a month")
date("В начале августа", "1825-08-01/1825-08-10", "interval", derivation="anchored")
date("вскоре", "1825-08-01/1825-09-30", "interval", kind="vague", derivation="anchored",
     note="soon after early August 1825")
date("В сентябре", "1825-09", "month", derivation="anchored")
date("В конце сентября", "1825-09-21/1825-09-30", "interval", derivation="anchored")
date("30 июля 1826 года", "1826-07-30", "day")
date("В августе", "1826-08", "month", derivation="anchored")
date("28 августа", "1826-08-28", "day", derivation="anchored")
date("15 октября 1826 года", "1826-10-15", "day")
date("В 1827 году", "1827", "year")
date("К 1830 году", "1830", "year", note="'by 1830': the state held by then")
date("12 ноября 1828 года", "1828-11-12", "day")
date("Осенью 1829 года", "1829-23", "season")
date("в октябре", "1829-10", "month", derivation="anchored")
date("В феврале 1830 года", "1830-02", "month")
date("8 марта", "1830-03-08", "day", derivation="anchored")
date("28 марта 1830 года", "1830-03-28", "day")
date("в начале мая", "1830-05-01/1830-05-10", "interval", derivation="anchored")
date("Через три года", "1833", "year", derivation="computed", note="1830 + 3 years")
date("8 января 1855 года", "1855-01-08", "day")
date("В январе 1830 года", "1830-01", "month")
date("вскоре", "1830-01/1830-12", "interval", kind="vague", derivation="anchored",
     note="soon after January 1830")
date("27 сентября 1830 года", "1830-09-27", "day")

# ---- places, in reading order
for quote, name in [
    ("Яванская", "Ява"), ("Яве", "Ява"), ("Джокьякарты", "Джокьякарта"), ("Батавии", "Батавия"),
    ("Тегалрейо", None), ("Селаронга", "Селаронг"), ("Джокьякарты", "Джокьякарта"),
    ("Кеду", None), ("Багелен", None), ("Суракарты", "Суракарта"), ("Нгави", None),
    ("Джокьякарте", "Джокьякарта"), ("Ленгконга", "Ленгконг"), ("Деланггу", None),
    ("Суракарте", "Суракарта"), ("Гавока", "Гавок"),
    ("Нидерландов", "Нидерланды"), ("Минахасу", "Минахаса"),
    ("Магеланг", None), ("Семаранг", None), ("Батавию", "Батавия"), ("Манадо", None),
    ("Макассар", None),
    ("Яву", "Ява"), ("Клатене", "Клатен"), ("Джокьякарты", "Джокьякарта"), ("Суракарты", "Суракарта"),
]:
    place(quote, name)

# ---- events
event("восстание", "Яванская война 1825–1830 годов, восстание принца Дипонегоро", "uprising",  # 0
      date="1825–1830 годов", place="Ява", actors=[("принца Дипонегоро", "agent")])
event("захватить", "20 июля 1825 года голландский отряд попытался захватить Дипонегоро в его усадьбе",  # 1
      "arrest", date="20 июля 1825 года", place="Тегалрейо", assertion="failed",
      actors=[("голландский отряд", "agent"), ("Дипонегоро", "target")])
event("сожгли", "Усадьбу сожгли", "looting", date="20 июля 1825 года", place="Тегалрейо",  # 2
      actors=[("Усадьбу", "target")], note="property destruction; same day as the failed arrest")
event("укрылся", "принц ускользнул и укрылся в пещерах Селаронга", "retreat",  # 3
      date="20 июля 1825 года", place="Селаронг", actors=[("принц", "agent")],
      note="the prince escapes and withdraws to the Selarong caves")
event("стекались", "куда стекались его сторонники", "reinforcement",  # 4
      date={"edtf": "1825-07-20/1825-07-31"}, place="Селаронг", actors=[("его сторонники", "agent")])
event("обложили", "Через несколько дней повстанцы обложили столицу султаната", "siege",  # 5
      date="Через несколько дней", place="Джокьякарта", actors=[("повстанцы", "agent")])
event("оборонялся", "голландский гарнизон почти месяц оборонялся в крепости", "siege",  # 6
      date={"edtf": "1825-07-22/1825-08-31"}, place="Джокьякарта", same_as=5,
      actors=[("голландский гарнизон", "target")], note="adds the duration: almost a month")
event("примкнул", "В начале августа к восставшим примкнул авторитетный богослов Кьяи Маджа",  # 7
      "political_activity", date="В начале августа",
      actors=[("Кьяи Маджа", "agent"), ("восставшим", "participant")], note="joins the rising")
event("мятеж", "вскоре мятеж охватил Кеду, Багелен и земли вокруг Суракарты", "uprising",  # 8
      date="вскоре", place="Кеду")
event("мятеж", "вскоре мятеж охватил Кеду, Багелен и земли вокруг Суракарты", "uprising",  # 9
      date="вскоре", place="Багелен")
event("мятеж", "вскоре мятеж охватил Кеду, Багелен и земли вокруг Суракарты", "uprising",  # 10
      date="вскоре", place="Суракарта")
event("перебили", "В сентябре в Нгави отряды повстанцев перебили местных китайцев", "massacre",  # 11
      date="В сентябре", place="Нгави",
      actors=[("отряды повстанцев", "agent"), ("местных китайцев", "target")])
event("возглавил", "Карательные силы возглавил генерал Хендрик де Кок", "political_activity",  # 12
      date={"edtf": "1825-07-20/1825-09-30"}, actors=[("генерал Хендрик де Кок", "participant")],
      note="appointment to command; between the outbreak and the relief of late September")
event("подошли", "В конце сентября к Джокьякарте подошли колонны с северного побережья",  # 13
      "reinforcement", date="В конце сентября", place="Джокьякарта", actors=[("колонны", "agent")])
event("осада", "осада была снята", "siege", date="В конце сентября", place="Джокьякарта", same_as=5,  # 14
      note="the siege is lifted")
event("нападали", "Партизаны, однако, избегали открытого боя: они нападали на обозы", "attack",  # 15
      date={"edtf": "1825-10/1830-02"}, actors=[("Партизаны", "agent"), ("обозы", "target")],
      note="repeated raids on convoys; no single date or place")
event("разгромили", "30 июля 1826 года у Ленгконга они разгромили голландско-яванский отряд", "battle",  # 16
      date="30 июля 1826 года", place="Ленгконг", actors=[("голландско-яванский отряд", "target")])
event("вернули на престол", "В августе голландцы вернули на престол престарелого Хаменгкубувоно II",  # 17
      "political_activity", date="В августе", place="Джокьякарта",
      actors=[("голландцы", "agent"), ("престарелого Хаменгкубувоно II", "participant")],
      note="restoration of the old sultan")
event("победу", "уже 28 августа повстанцы одержали новую победу при Деланггу", "battle",  # 18
      date="28 августа", place="Деланггу", actors=[("повстанцы", "agent")])
event("прорваться", "15 октября 1826 года Дипонегоро попытался прорваться к Суракарте", "attack",  # 19
      date="15 октября 1826 года", place="Суракарта", assertion="failed", actors=[("Дипонегоро", "agent")])
event("поражение", "но потерпел поражение у Гавока и был ранен", "battle",  # 20
      date="15 октября 1826 года", place="Гавок", same_as=19,
      note="the failed push on Surakarta ends in the defeat at Gawok")
event("приказал", "В 1827 году де Кок приказал строить бентенги", "decree",  # 21
      date="В 1827 году", actors=[("де Кок", "agent")])
event("прибывали", "Из Нидерландов прибывали новые батальоны", "reinforcement",  # 22
      date={"edtf": "1827/1829"}, place="Ява", actors=[("новые батальоны", "agent")],
      note="arrival on Java; the clause names only where they came from")
event("переговоры", "Кьяи Маджа, явившийся на переговоры", "negotiations",  # 23
      date="12 ноября 1828 года", actors=[("Кьяи Маджа", "participant")])
event("схвачен", "12 ноября 1828 года Кьяи Маджа, явившийся на переговоры, был схвачен", "arrest",  # 24
      date="12 ноября 1828 года", actors=[("Кьяи Маджа", "target")])
event("сослан", "был схвачен и сослан в Минахасу", "deportation",  # 25
      date={"edtf": "1828-11-12/1829-12-31"}, place="Минахаса")
event("сложил оружие", "Осенью 1829 года сложил оружие дядя принца Мангкубуми", "political_activity",  # 26
      date="Осенью 1829 года", actors=[("дядя принца Мангкубуми", "agent")], note="surrender")
event("сдался", "в октябре сдался молодой полководец Сентот вместе со своими отрядами",  # 27
      "political_activity", date="в октябре",
      actors=[("молодой полководец Сентот", "agent"), ("своими отрядами", "participant")], note="surrender")
event("переговоры", "В феврале 1830 года измученный Дипонегоро согласился на переговоры", "negotiations",  # 28
      date="В феврале 1830 года", actors=[("Дипонегоро", "participant")])
event("прибыл", "8 марта он прибыл в Магеланг в сопровождении около 800 приверженцев", "reinforcement",  # 29
      date="8 марта", place="Магеланг",
      quantities=[qty("около 800 приверженцев", "participants", 800, approximate=True)],
      note="the prince's armed following arrives for the talks")
event("встречи", "28 марта 1830 года, во время встречи в резиденции", "negotiations",  # 30
      date="28 марта 1830 года", place="Магеланг", same_as=28)
event("арестовать", "28 марта 1830 года, во время встречи в резиденции, де Кок велел арестовать принца",  # 31
      "arrest", date="28 марта 1830 года", place="Магеланг",
      actors=[("де Кок", "agent"), ("принца", "target")])
event("доставили", "Пленника доставили в Семаранг", "deportation",  # 32
      date={"edtf": "1830-03-28/1830-04-30"}, place="Семаранг", actors=[("Пленника", "target")])
event("доставили", "Пленника доставили в Семаранг, затем в Батавию", "deportation",  # 33
      date={"edtf": "1830-03-28/1830-04-30"}, place="Батавия", actors=[("Пленника", "target")])
event("ссылку", "а в начале мая отправили в ссылку в Манадо", "deportation",  # 34
      date="в начале мая", place="Манадо")
event("перевели", "Через три года его перевели в Макассар", "deportation",  # 35
      date="Через три года", place="Макассар")
event("погибло", "погибло около 200 тыс. яванцев, голландская армия лишилась более 15 тыс. солдат",  # 36
      "uprising", date={"edtf": "1825/1830"}, place="Ява", same_as=0,
      actors=[("голландская армия", "participant")],
      quantities=[qty("около 200 тыс. яванцев", "fatalities", 200000, approximate=True),
                  qty("более 15 тыс. солдат", "fatalities", 15000, min=15000, approximate=True)],
      note="the war's toll; 'около 8 тыс.' Europeans are part of the 15 thousand and not counted again")
event("прибыл", "В январе 1830 года на Яву прибыл новый генерал-губернатор Йоханнес ван ден Бос",  # 37
      "political_activity", date="В январе 1830 года", place="Ява",
      actors=[("новый генерал-губернатор Йоханнес ван ден Бос", "participant")],
      note="arrival of a newly appointed governor-general")
event("ввёл", "ван ден Бос, который вскоре ввёл систему принудительных культур", "decree",  # 38
      date="вскоре", place="Ява", actors=[("ван ден Бос", "agent")])
event("подписано", "27 сентября 1830 года в Клатене было подписано соглашение", "treaty",  # 39
      date="27 сентября 1830 года", place="Клатен")
event("перешли под прямое управление", "окраинные земли Джокьякарты и Суракарты перешли под прямое "  # 40
      "управление колониальной администрации", "annexation", date="27 сентября 1830 года",
      place="Джокьякарта", actors=[("колониальной администрации", "agent")])
event("перешли под прямое управление", "окраинные земли Джокьякарты и Суракарты перешли под прямое "  # 41
      "управление колониальной администрации", "annexation", date="27 сентября 1830 года",
      place="Суракарта", actors=[("колониальной администрации", "agent")])
