"""Gold spec for bench/heldout/mau_mau_uprising_1952_1960.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/mau_mau_uprising_1952_1960.txt"

gazetteer({
    "Кения": ("polity", 0.0, 37.9, "Q114"),
    "Рифт-Валли": ("region", -0.3, 36.07, None),
    "Найроби": ("settlement", -1.29, 36.82, "Q3870"),
    "Египет": ("polity", 26.8, 30.8, "Q79"),
    "Капенгурия": ("settlement", 1.24, 35.12, None),
    "Абердарский хребет": ("mountain", -0.4, 36.7, None),
    "гора Кения": ("mountain", -0.15, 37.31, None),
    "Кинангоп": ("region", -0.7, 36.58, None),
    "Лари": ("settlement", -0.96, 36.64, None),
    "Найваша": ("settlement", -0.72, 36.43, None),
    "Чука": ("settlement", -0.33, 37.65, None),
    "Лангата": ("settlement", -1.36, 36.76, None),
    "Центральная провинция": ("region", -0.5, 36.95, None),
    "Ньери": ("settlement", -0.42, 36.95, None),
    "Камити": ("settlement", -1.19, 36.9, None),
    "Хола": ("settlement", -1.5, 40.03, None),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
})

# ---- dates, in reading order
date("в 1952–1960 гг.", "1952/1960", "interval")
date("В конце 1940-х годов", "1947/1949", "interval", note="end of the decade: its last third")
date("7 октября 1952 г.", "1952-10-07", "day")
date("Через тринадцать дней", "1952-10-20", "day", derivation="computed", note="7 October + 13 days")
date("20 октября", "1952-10-20", "day", derivation="anchored")
date("в конце сентября", "1952-09-21/1952-09-30", "interval", derivation="anchored")
date("В ночь на 21 октября", "1952-10-20/1952-10-21", "day", derivation="anchored")
date("Тогда же", "1952-10-20/1952-10-21", "interval", kind="vague", derivation="anchored",
     note="'at the same time' as the night of 20/21 October")
date("В декабре", "1952-12", "month", derivation="anchored")
date("8 апреля 1953 г.", "1953-04-08", "day")
date("в конце января 1953 г.", "1953-01-21/1953-01-31", "interval")
date("В ночь на 26 марта", "1953-03-25/1953-03-26", "day", derivation="anchored")
date("В ту же ночь", "1953-03-25/1953-03-26", "day", derivation="anchored")
date("7 июня 1953 г.", "1953-06-07", "day")
date("Через несколько дней", "1953-06-09/1953-06-17", "interval", derivation="computed",
     note="7 June + a few days")
date("Во второй половине года", "1953-07/1953-12", "interval", derivation="anchored")
date("15 января 1954 г.", "1954-01-15", "day")
date("24 апреля 1954 г.", "1954-04-24", "day")
date("В течение нескольких недель", None, None, kind="duration", note="unquantified: several weeks")
date("С июня того же года", "1954-06", "month", derivation="anchored", note="start of a process that goes on")
date("к концу 1955 г.", "1955-09/1955-12", "interval", note="'by the end of 1955': the state held by then")
date("18 января 1955 г.", "1955-01-18", "day")
date("весной", "1955-21", "season", derivation="anchored")
date("В том же году", "1955", "year", derivation="anchored")
date("21 октября 1956 г.", "1956-10-21", "day")
date("В конце ноября", "1956-11-21/1956-11-30", "interval", derivation="anchored")
date("18 февраля 1957 г.", "1957-02-18", "day")
date("3 марта 1959 г.", "1959-03-03", "day")
date("12 января 1960 г.", "1960-01-12", "day")
date("через шесть дней", "1960-01-18", "day", derivation="computed", note="12 January + 6 days")
date("в 1952–1960 гг.", "1952/1960", "interval")

# ---- places, in reading order
for quote, name in [
    ("Кению", "Кения"), ("Рифт-Валли", None), ("Найроби", None),
    ("Египта", "Египет"), ("Найроби", None), ("Капенгурии", "Капенгурия"),
    ("Абердарского хребта", "Абердарский хребет"), ("горы Кения", "гора Кения"),
    ("Кинангопе", "Кинангоп"), ("Лари", None), ("Найваше", "Найваша"),
    ("Найроби", None), ("Чуки", "Чука"), ("горы Кения", "гора Кения"),
    ("Найроби", None), ("Лангата", None), ("Центральной провинции", "Центральная провинция"),
    ("Абердарские", "Абердарский хребет"), ("Ньери", None), ("Ньери", None),
    ("Камити", None), ("Найроби", None), ("Хола", None), ("Лондоне", "Лондон"),
]:
    place(quote, name)

# ---- events
event("Восстание", "Восстание мау-мау, охватившее Кению в 1952–1960 гг.", "uprising",  # 0
      date="в 1952–1960 гг.", place="Кения", actors=[("мау-мау", "agent")])
event("согнаны", "В конце 1940-х годов тысячи кикуйю-арендаторов были согнаны с европейских ферм "  # 1
      "Рифт-Валли", "deportation", date="В конце 1940-х годов", place="Рифт-Валли",
      actors=[("кикуйю-арендаторов", "target")],
      quantities=[qty("тысячи кикуйю-арендаторов", "displaced", None, min=2000, max=9000, approximate=True)])
event("распространилось", "среди кикуйю распространилось тайное движение, участники которого клялись "  # 2
      "бороться за землю и свободу", "political_activity", date={"edtf": "1947/1952"},
      actors=[("тайное движение", "participant")],
      note="the spread of the secret movement, between the late 1940s and 1952")
event("застрелен", "7 октября 1952 г. в окрестностях Найроби был застрелен верховный вождь Варухиу",  # 3
      "attack_on_civilians", date="7 октября 1952 г.", place="Найроби",
      actors=[("верховный вождь Варухиу", "target")])
event("вступивший в должность", "губернатор Эвелин Бэринг, вступивший в должность лишь в конце сентября",  # 4
      "political_activity", date="в конце сентября", actors=[("губернатор Эвелин Бэринг", "participant")],
      note="appointment: the governor took office")
event("объявил", "Через тринадцать дней, 20 октября, губернатор Эвелин Бэринг, вступивший в должность "  # 5
      "лишь в конце сентября, объявил в колонии чрезвычайное положение", "decree",
      date="20 октября", place="Кения", actors=[("губернатор Эвелин Бэринг", "agent")],
      note="state of emergency declared in the colony")
event("арестовала", "В ночь на 21 октября полиция в ходе операции «Джок Скотт» арестовала около 180 "  # 6
      "африканских политиков, в том числе Джомо Кениату", "arrest", date="В ночь на 21 октября",
      actors=[("полиция", "agent"), ("африканских политиков", "target"), ("Джомо Кениату", "target")],
      quantities=[qty("около 180 африканских политиков", "prisoners", 180, approximate=True)])
event("перебросили", "Тогда же из Египта в Найроби перебросили британский пехотный батальон",  # 7
      "reinforcement", date="Тогда же", place="Найроби",
      actors=[("британский пехотный батальон", "agent")], note="flown in from Egypt")
event("суд", "В декабре в Капенгурии начался суд над Кениатой и пятью его соратниками",  # 8
      "political_activity", date="В декабре", place="Капенгурия",
      actors=[("Кениатой", "target"), ("пятью его соратниками", "target")], note="trial")
event("приговорены", "8 апреля 1953 г. все шестеро были приговорены к каторжным работам",  # 9
      "political_activity", date="8 апреля 1953 г.", place="Капенгурия",
      actors=[("все шестеро", "target")], note="court sentence at the Kapenguria trial")
event("восстание", "После арестов в лесах Абердарского хребта и горы Кения вспыхнуло открытое восстание",  # 10
      "uprising", date={"edtf": "1952-10/1952-12"}, place="Абердарский хребет",
      note="after the arrests of October 1952")
event("восстание", "После арестов в лесах Абердарского хребта и горы Кения вспыхнуло открытое восстание",  # 11
      "uprising", date={"edtf": "1952-10/1952-12"}, place="гора Кения",
      note="after the arrests of October 1952")
event("нападали", "Повстанцы нападали прежде всего на африканцев, служивших властям",  # 12
      "attack_on_civilians", date={"edtf": "1952-10/1953-12"},
      actors=[("Повстанцы", "agent"), ("африканцев, служивших властям", "target")],
      note="repeated attacks, not dated by the text")
event("убийство", "убийство семьи фермера Рака в Кинангопе в конце января 1953 г.",  # 13
      "attack_on_civilians", date="в конце января 1953 г.", place="Кинангоп",
      actors=[("семьи фермера Рака", "target")])
event("вырезали", "В ночь на 26 марта отряды мау-мау окружили деревню Лари и вырезали, по разным "  # 14
      "оценкам, от 70 до 100 жителей", "massacre", date="В ночь на 26 марта", place="Лари",
      actors=[("отряды мау-мау", "agent"), ("жителей", "target")],
      quantities=[qty("от 70 до 100 жителей", "fatalities", None, min=70, max=100, approximate=True)],
      note="the massacre is asserted; only the count is attributed to various estimates")
event("налетели", "В ту же ночь повстанцы налетели на полицейский участок в Найваше",  # 15
      "attack", date="В ту же ночь", place="Найваша",
      actors=[("повстанцы", "agent"), ("полицейский участок", "target")])
event("увезли", "В ту же ночь повстанцы налетели на полицейский участок в Найваше и увезли оттуда оружие",  # 16
      "looting", date="В ту же ночь", place="Найваша", actors=[("повстанцы", "agent")],
      note="weapons taken from the police station")
event("расправы", "Ответные расправы полиции и ополчения лоялистов, по некоторым данным, унесли ещё "  # 17
      "больше жизней", "massacre", date={"edtf": "1953-03/1953-04"},
      actors=[("полиции", "agent"), ("ополчения лоялистов", "agent")],
      note="reprisals after Lari; the reprisals are asserted, only their toll is attributed")
event("прибыл", "7 июня 1953 г. в Найроби прибыл новый главнокомандующий генерал Джордж Эрскин",  # 18
      "reinforcement", date="7 июня 1953 г.", place="Найроби",
      actors=[("генерал Джордж Эрскин", "agent")])
event("расстреляли", "Через несколько дней у Чуки африканские стрелки расстреляли около 20 безоружных "  # 19
      "крестьян", "massacre", date="Через несколько дней", place="Чука",
      actors=[("африканские стрелки", "agent"), ("безоружных крестьян", "target")],
      quantities=[qty("около 20 безоружных крестьян", "fatalities", 20, approximate=True)])
event("прибыли", "Во второй половине года прибыли новые батальоны, и войска насчитывали более 10 тыс. "  # 20
      "человек", "reinforcement", date="Во второй половине года",
      actors=[("новые батальоны", "agent")],
      quantities=[qty("более 10 тыс. человек", "participants", 10000, min=10000, approximate=True)],
      note="total strength of the troops after the reinforcement")
event("стычке", "15 января 1954 г. в стычке на склонах горы Кения был ранен и взят в плен Варухиу Итоте",  # 21
      "battle", date="15 января 1954 г.", place="гора Кения")
event("взят в плен", "15 января 1954 г. в стычке на склонах горы Кения был ранен и взят в плен Варухиу "  # 22
      "Итоте", "arrest", date="15 января 1954 г.", place="гора Кения",
      actors=[("Варухиу Итоте", "target")])
event("оцепили", "24 апреля 1954 г. около 25 тыс. солдат и полицейских оцепили Найроби: началась "  # 23
      "операция «Анвил»", "suppression", date="24 апреля 1954 г.", place="Найроби",
      actors=[("солдат и полицейских", "agent")],
      quantities=[qty("около 25 тыс. солдат и полицейских", "participants", 25000, approximate=True)],
      note="cordon-and-search operation against the insurgents' network in the city")
event("прочёсывали", "В течение нескольких недель африканские кварталы прочёсывали один за другим",  # 24
      "suppression", date={"edtf": "1954-04-24/1954-05-31"}, place="Найроби", same_as=23,
      actors=[("африканские кварталы", "target")], note="24 April + several weeks")
event("задержали", "примерно 20 тыс. мужчин-кикуйю задержали", "arrest",  # 25
      date={"edtf": "1954-04-24/1954-05-31"}, place="Найроби",
      actors=[("мужчин-кикуйю", "target")],
      quantities=[qty("примерно 20 тыс. мужчин-кикуйю", "prisoners", 20000, approximate=True)],
      note="detained in Nairobi during the operation")
event("отправили", "примерно 20 тыс. мужчин-кикуйю задержали и отправили в фильтрационный лагерь Лангата",  # 26
      "deportation", date={"edtf": "1954-04-24/1954-05-31"}, place="Лангата",
      actors=[("мужчин-кикуйю", "target")], note="detainees sent to the screening camp")
event("выслали", "а до 30 тыс. их родственников выслали в резервации", "deportation",  # 27
      date={"edtf": "1954-04-24/1954-05-31"}, place="Найроби",
      actors=[("их родственников", "target")],
      quantities=[qty("до 30 тыс. их родственников", "displaced", 30000, max=30000, approximate=True)],
      note="expelled from Nairobi to the reserves; the reserves are not named")
event("сгонять", "С июня того же года власти стали сгонять жителей Центральной провинции в укреплённые "  # 28
      "деревни, и к концу 1955 г. туда переселили более 1 млн человек", "deportation",
      date="С июня того же года", place="Центральная провинция",
      actors=[("власти", "agent"), ("жителей Центральной провинции", "target")],
      quantities=[qty("более 1 млн человек", "displaced", 1000000, min=1000000, approximate=True)],
      note="forced villagisation from June 1954; the count is reached by the end of 1955")
event("объявил амнистию", "18 января 1955 г. Бэринг объявил амнистию сдающимся повстанцам", "amnesty",  # 29
      date="18 января 1955 г.", actors=[("Бэринг", "agent"), ("сдающимся повстанцам", "target")])
event("переговоры", "однако переговоры о массовой сдаче, которые велись весной, провалились",  # 30
      "negotiations", date="весной", assertion="failed")
event("прочесали", "В том же году войска и отряды лоялистов несколько раз прочесали Абердарские леса",  # 31
      "suppression", date="В том же году", place="Абердарский хребет",
      actors=[("войска и отряды лоялистов", "agent")])
event("схвачен", "21 октября 1956 г. близ Ньери был ранен и схвачен Дедан Кимати", "arrest",  # 32
      date="21 октября 1956 г.", place="Ньери", actors=[("Дедан Кимати", "target")])
event("приговорил", "В конце ноября суд в Ньери приговорил его к смерти", "political_activity",  # 33
      date="В конце ноября", place="Ньери", actors=[("суд", "agent")], note="death sentence")
event("повесили", "18 февраля 1957 г. Кимати повесили в тюрьме Камити под Найроби", "execution",  # 34
      date="18 февраля 1957 г.", place="Камити", actors=[("Кимати", "target")])
event("забили", "3 марта 1959 г. в лагере Хола охранники насмерть забили 11 заключённых", "massacre",  # 35
      date="3 марта 1959 г.", place="Хола",
      actors=[("охранники", "agent"), ("11 заключённых", "target")],
      quantities=[qty("11 заключённых", "fatalities", 11)])
event("отменено", "12 января 1960 г. чрезвычайное положение было отменено", "decree",  # 36
      date="12 января 1960 г.", note="the state of emergency lifted")
event("конференция", "через шесть дней в Лондоне открылась конференция о будущем колонии", "negotiations",  # 37
      date="через шесть дней", place="Лондон")
event("повешено", "Всего в 1952–1960 гг. по приговорам судов было повешено более 1 тыс. человек",  # 38
      "execution", date="в 1952–1960 гг.",
      quantities=[qty("более 1 тыс. человек", "fatalities", 1000, min=1000, approximate=True)])
event("потери", "потери повстанцев, по официальным британским данным, составили более 11 тыс. убитых",  # 39
      "uprising", date="в 1952–1960 гг.", place="Кения", same_as=0,
      actors=[("повстанцев", "participant")],
      quantities=[qty("более 11 тыс. убитых", "fatalities", 11000, min=11000, approximate=True)],
      note="the insurgents' losses over the whole rising; only the count is attributed to official British data")
