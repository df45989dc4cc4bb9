"""Gold spec for bench/heldout/cuban_war_1895_1898.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/cuban_war_1895_1898.txt"

gazetteer({
    "Куба": ("polity", 21.5, -78.5, "Q241"),
    "Испания": ("polity", 40.42, -3.7, "Q29"),
    "Орьенте": ("region", 20.3, -76.0, None),
    "Баире": ("settlement", 20.15, -76.31, None),
    "Монтекристи": ("settlement", 19.85, -71.65, None),
    "Баракоа": ("settlement", 20.35, -74.5, None),
    "Плайитас": ("settlement", 20.07, -74.47, None),
    "Дос-Риос": ("settlement", 20.32, -76.36, None),
    "Химагуаю": ("settlement", 21.24, -77.83, None),
    "Мангос-де-Барагуа": ("settlement", 20.4, -75.9, None),
    "Мантуа": ("settlement", 22.29, -84.29, None),
    "Пинар-дель-Рио": ("region", 22.4, -83.7, None),
    "Гавана": ("settlement", 23.13, -82.38, "Q1563"),
    "Пунта-Брава": ("settlement", 23.02, -82.5, None),
    "Лас-Тунас": ("settlement", 20.96, -76.95, None),
    "США": ("polity", 38.9, -77.04, "Q30"),
    "Сантьяго-де-Куба": ("settlement", 20.02, -75.82, None),
    "бухта Гуантанамо": ("sea", 19.95, -75.16, None),
    "Дайкири": ("settlement", 19.92, -75.64, None),
    "Лас-Гуасимас": ("settlement", 19.98, -75.72, None),
    "Эль-Каней": ("settlement", 20.05, -75.78, None),
    "высоты Сан-Хуан": ("mountain", 20.02, -75.8, None),
    "Вашингтон": ("settlement", 38.9, -77.04, "Q61"),
    "Париж": ("settlement", 48.86, 2.35, "Q90"),
})

# ---- dates, in reading order
date("24 февраля 1895 года", "1895-02-24", "day")
date("25 марта", "1895-03-25", "day", derivation="anchored")
date("1 апреля", "1895-04-01", "day", derivation="anchored")
date("11 апреля", "1895-04-11", "day", derivation="anchored")
date("19 мая", "1895-05-19", "day", derivation="anchored")
date("В сентябре", "1895-09", "month", derivation="anchored")
date("22 октября", "1895-10-22", "day", derivation="anchored")
date("за три месяца", None, None, kind="duration", duration="P3M")
date("22 января 1896 года", "1896-01-22", "day")
date("10 февраля 1896 года", "1896-02-10", "day")
date("Вскоре", "1896-02-10/1896-12-31", "interval", kind="vague", derivation="anchored",
     note="'soon' after Weyler's arrival on 10 February 1896")
date("21 октября", "1896-10-21", "day", derivation="anchored")
date("Позднее", "1896-10-21/1897-12-31", "interval", kind="vague", derivation="anchored",
     note="'later' than the order of 21 October 1896; Weyler was recalled in autumn 1897")
date("7 декабря", "1896-12-07", "day", derivation="anchored")
date("В конце августа 1897 года", "1897-08-21/1897-08-31", "interval")
date("трёхдневного", None, None, kind="duration", duration="P3D")
date("Осенью", "1897-23", "season", derivation="anchored")
date("25 ноября", "1897-11-25", "day", derivation="anchored")
date("15 февраля 1898 года", "1898-02-15", "day")
date("25 апреля", "1898-04-25", "day", derivation="anchored")
date("19 мая", "1898-05-19", "day", derivation="anchored")
date("В начале июня", "1898-06-01/1898-06-10", "interval", derivation="anchored")
date("22 июня", "1898-06-22", "day", derivation="anchored")
date("Через два дня", "1898-06-24", "day", derivation="computed", note="22 June + 2 days")
date("1 июля", "1898-07-01", "day", derivation="anchored")
date("3 июля", "1898-07-03", "day", derivation="anchored")
date("двухнедельной", None, None, kind="duration", duration="P2W")
date("17 июля", "1898-07-17", "day", derivation="anchored")
date("12 августа", "1898-08-12", "day", derivation="anchored")
date("10 декабря", "1898-12-10", "day", derivation="anchored")
date("1 января 1899 года", "1899-01-01", "day")

# ---- places, in reading order
for quote, name in [
    ("Кубы", "Куба"), ("Испании", "Испания"), ("Орьенте", None), ("Баире", None),
    ("Монтекристи", None), ("Баракоа", None), ("Плайитас", None), ("Дос-Риос", None),
    ("Химагуаю", None), ("Мангос-де-Барагуа", None), ("Кубу", "Куба"), ("Мантуа", None),
    ("Пинар-дель-Рио", None),
    ("Гавану", "Гавана"), ("Пинар-дель-Рио", None), ("Пунта-Бравы", "Пунта-Брава"), ("Гаваны", "Гавана"),
    ("Лас-Тунас", None), ("Кубе", "Куба"),
    ("США", None), ("Гаваны", "Гавана"), ("Испании", "Испания"), ("Сантьяго-де-Куба", None),
    ("бухту Гуантанамо", "бухта Гуантанамо"), ("Дайкири", None), ("Лас-Гуасимас", None),
    ("Эль-Каней", None), ("высоты Сан-Хуан", None), ("Сантьяго", "Сантьяго-де-Куба"),
    ("Вашингтоне", "Вашингтон"), ("Парижскому", "Париж"), ("Испания", None), ("Кубой", "Куба"),
    ("Гаване", "Гавана"), ("США", None),
]:
    place(quote, name)

# ---- events
_RISING = ("Последняя война Кубы за независимость от Испании началась 24 февраля 1895 года восстанием "
           "в нескольких селениях восточной провинции Орьенте, в том числе в Баире")
event("восстанием", _RISING, "uprising", date="24 февраля 1895 года", place="Орьенте")  # 0
event("восстанием", _RISING, "uprising", date="24 февраля 1895 года", place="Баире")  # 1
event("подписали", "25 марта Хосе Марти и Максимо Гомес подписали в доминиканском городке Монтекристи "  # 2
      "манифест", "political_activity", date="25 марта", place="Монтекристи",
      actors=[("Хосе Марти", "agent"), ("Максимо Гомес", "agent")], note="a political manifesto")
event("высадился", "1 апреля у Баракоа высадился небольшой отряд Антонио Масео", "reinforcement",  # 3
      date="1 апреля", place="Баракоа", actors=[("небольшой отряд Антонио Масео", "agent")])
event("сошли", "11 апреля на берег у Плайитас сошли Марти и Гомес", "reinforcement",  # 4
      date="11 апреля", place="Плайитас", actors=[("Марти", "agent"), ("Гомес", "agent")])
event("стычке", "Уже 19 мая Марти погиб в стычке с испанской колонной при Дос-Риос", "battle",  # 5
      date="19 мая", place="Дос-Риос",
      actors=[("Марти", "participant"), ("испанской колонной", "participant")],
      note="Martí was killed in the clash")
event("провозгласили", "В сентябре делегаты повстанцев, собравшиеся в Химагуаю, провозгласили независимую "  # 6
      "республику", "founding", date="В сентябре", place="Химагуаю",
      actors=[("делегаты повстанцев", "agent")])
event("стал", "президентом стал Сальвадор Сиснерос Бетанкур", "political_activity",  # 7
      date="В сентябре", place="Химагуаю", actors=[("Сальвадор Сиснерос Бетанкур", "participant")],
      note="appointment")
event("назначен", "главнокомандующим был назначен Гомес", "political_activity",  # 8
      date="В сентябре", place="Химагуаю", actors=[("Гомес", "participant")], note="appointment")
event("поход", "22 октября колонна Масео выступила из Мангос-де-Барагуа в поход на запад", "attack",  # 9
      date="22 октября", place="Мангос-де-Барагуа", actors=[("колонна Масео", "agent")],
      note="the start of the westward offensive")
event("Прорвав", "Прорвав испанскую укреплённую линию в центре острова, повстанцы", "attack",  # 10
      date={"edtf": "1895-10-22/1896-01-22"}, actors=[("повстанцы", "agent")],
      note="during the march west; the text names no place")
event("вступили", "повстанцы за три месяца прошли почти всю Кубу и 22 января 1896 года вступили в Мантуа",  # 11
      "capture", date="22 января 1896 года", place="Мантуа", actors=[("повстанцы", "agent")])
event("прибыл", "10 февраля 1896 года в Гавану прибыл новый генерал-губернатор Валериано Вейлер",  # 12
      "political_activity", date="10 февраля 1896 года", place="Гавана",
      actors=[("новый генерал-губернатор Валериано Вейлер", "participant")],
      note="arrival of a newly appointed governor-general")
event("переброшены", "Вскоре на остров были переброшены крупные подкрепления, и испанская армия выросла "  # 13
      "до 200 тыс. солдат", "reinforcement", date="Вскоре", place="Куба",
      actors=[("испанская армия", "agent")],
      quantities=[qty("до 200 тыс. солдат", "participants", 200000, max=200000, approximate=True)])
event("приказ", "21 октября Вейлер издал для провинции Пинар-дель-Рио приказ о «реконцентрации»",  # 14
      "decree", date="21 октября", place="Пинар-дель-Рио", actors=[("Вейлер", "agent")])
event("сгоняли", "крестьян сгоняли в укреплённые города", "deportation",  # 15
      date="21 октября", place="Пинар-дель-Рио", actors=[("крестьян", "target")],
      note="forced resettlement under the order of 21 October")
event("сжигали", "а их деревни и посевы сжигали", "looting",  # 16
      date="21 октября", place="Пинар-дель-Рио", note="destruction of villages and crops")
event("распространилась", "Позднее эта мера распространилась на весь остров", "deportation",  # 17
      date="Позднее", place="Куба", same_as=15)
event("умерли", "от голода и эпидемий в лагерях умерли, по разным оценкам, от 150 до 400 тыс. человек",  # 18
      "deportation", date={"edtf": "1896/1898"}, place="Куба", same_as=15,
      quantities=[qty("от 150 до 400 тыс. человек", "fatalities", None, min=150000, max=400000,
                      approximate=True)],
      note="deaths of the resettled in the camps; only the count is given as estimates")
event("бою", "7 декабря у Пунта-Бравы, недалеко от Гаваны, в бою погиб Масео", "battle",  # 19
      date="7 декабря", place="Пунта-Брава", actors=[("Масео", "participant")],
      note="Maceo was killed in the fight")
event("подавить", "Испанцам так и не удалось подавить восстание", "suppression",  # 20
      date={"edtf": "1896/1897"}, place="Куба", assertion="failed", actors=[("Испанцам", "agent")])
event("взяли", "В конце августа 1897 года войска Калисто Гарсии после трёхдневного штурма взяли город "  # 21
      "Лас-Тунас", "capture", date="В конце августа 1897 года", place="Лас-Тунас",
      actors=[("войска Калисто Гарсии", "agent")])
event("отозван", "Осенью Вейлер был отозван", "political_activity", date="Осенью",  # 22
      actors=[("Вейлер", "target")], note="removal from office")
event("декрет", "25 ноября королевский декрет предоставил Кубе автономию", "decree",  # 23
      date="25 ноября", place="Куба")
event("отвергли", "однако повстанцы её отвергли", "non_recognition",  # 24
      date={"edtf": "1897-11-25/1897-12-31"}, place="Куба", actors=[("повстанцы", "agent")],
      note="the rebels rejected the autonomy")
event("взрыв", "взрыв американского броненосного крейсера «Мэн» в гавани Гаваны 15 февраля 1898 года, "  # 25
      "унёсший жизни 266 моряков", "explosion", date="15 февраля 1898 года", place="Гавана",
      actors=[("американского броненосного крейсера «Мэн»", "target")],
      quantities=[qty("266 моряков", "fatalities", 266)])
event("объявил", "25 апреля Конгресс объявил Испании войну", "political_activity",  # 26
      date="25 апреля", place="США", actors=[("Конгресс", "agent"), ("Испании", "target")],
      note="declaration of war")
event("вошла", "19 мая эскадра адмирала Серверы вошла в гавань Сантьяго-де-Куба", "reinforcement",  # 27
      date="19 мая", place="Сантьяго-де-Куба", actors=[("эскадра адмирала Серверы", "agent")])
event("заняли", "В начале июня американцы заняли бухту Гуантанамо", "capture",  # 28
      date="В начале июня", place="бухта Гуантанамо", actors=[("американцы", "agent")])
event("высадку", "22 июня у Дайкири начал высадку 5-й корпус генерала Шафтера — около 17 тыс. человек",  # 29
      "reinforcement", date="22 июня", place="Дайкири",
      actors=[("5-й корпус генерала Шафтера", "agent")],
      quantities=[qty("около 17 тыс. человек", "participants", 17000, approximate=True)])
event("бой", "Через два дня у Лас-Гуасимас произошёл первый бой на суше", "battle",  # 30
      date="Через два дня", place="Лас-Гуасимас")
_JULY1 = ("1 июля американцы штурмом взяли Эль-Каней и высоты Сан-Хуан, потеряв около 200 человек "
          "убитыми и более 1 тыс. ранеными")
_JULY1_LOSSES = [qty("около 200 человек убитыми", "fatalities", 200, approximate=True),
                 qty("более 1 тыс. ранеными", "wounded", 1000, min=1000, approximate=True)]
event("взяли", _JULY1, "capture", date="1 июля", place="Эль-Каней",  # 31
      actors=[("американцы", "agent")], quantities=_JULY1_LOSSES,
      note="the American losses are for both positions together")
event("взяли", _JULY1, "capture", date="1 июля", place="высоты Сан-Хуан",  # 32
      actors=[("американцы", "agent")], quantities=_JULY1_LOSSES,
      note="the American losses are for both positions together")
event("морском бою", "3 июля эскадра Серверы вышла из гавани и была уничтожена американским флотом "  # 33
      "в морском бою: погибли более 300 испанских моряков, около 1,7 тыс. попали в плен", "battle",
      date="3 июля", place="Сантьяго-де-Куба",
      actors=[("эскадра Серверы", "participant"), ("американским флотом", "participant")],
      quantities=[qty("более 300 испанских моряков", "fatalities", 300, min=300, approximate=True),
                  qty("около 1,7 тыс.", "prisoners", 1700, approximate=True)],
      note="off the harbour of Santiago de Cuba")
event("осады", "После двухнедельной осады 17 июля генерал Тораль сдал Сантьяго", "siege",  # 34
      date={"edtf": "1898-07-03/1898-07-17"}, place="Сантьяго-де-Куба",
      note="17 July - two weeks = 3 July")
event("сдал", "17 июля генерал Тораль сдал Сантьяго; оружие сложили около 23 тыс. испанских солдат",  # 35
      "capture", date="17 июля", place="Сантьяго-де-Куба", actors=[("генерал Тораль", "participant")],
      quantities=[qty("около 23 тыс. испанских солдат", "prisoners", 23000, approximate=True)],
      note="the Spanish surrender of the city to the Americans")
event("подал в отставку", "их командующий Калисто Гарсия в знак протеста подал в отставку",  # 36
      "political_activity", date={"edtf": "1898-07-17/1898-07-31"}, place="Сантьяго-де-Куба",
      actors=[("Калисто Гарсия", "agent")], note="resignation in protest at being kept out of the city")
event("подписан", "12 августа в Вашингтоне был подписан протокол о прекращении огня", "treaty",  # 37
      date="12 августа", place="Вашингтон")
event("договору", "10 декабря по Парижскому мирному договору Испания отказалась от суверенитета над Кубой",  # 38
      "treaty", date="10 декабря", place="Париж", actors=[("Испания", "participant")])
event("передал власть", "1 января 1899 года испанский генерал-губернатор передал власть в Гаване "  # 39
      "американскому командованию", "territorial_transfer", date="1 января 1899 года", place="Гавана",
      actors=[("испанский генерал-губернатор", "agent"), ("американскому командованию", "participant")])
event("оккупация", "на острове началась военная оккупация США", "occupation",  # 40
      date="1 января 1899 года", place="Куба", actors=[("США", "agent")])
