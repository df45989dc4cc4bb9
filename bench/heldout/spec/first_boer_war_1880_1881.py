"""Gold spec for bench/heldout/first_boer_war_1880_1881.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/first_boer_war_1880_1881.txt"

gazetteer({
    "Претория": ("settlement", -25.75, 28.19, "Q3926"),
    "Южно-Африканская Республика": ("polity", -25.75, 28.19, None),
    "Трансвааль": ("region", -25.5, 29.0, None),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Потчефструм": ("settlement", -26.71, 27.1, None),
    "Паардекрааль": ("settlement", -26.09, 27.77, None),
    "Крюгерсдорп": ("settlement", -26.1, 27.77, None),
    "Гейдельберг": ("settlement", -26.5, 28.36, None),
    "Бронкхорстспрёйт": ("river", -25.81, 28.74, None),
    "Лиденбург": ("settlement", -25.1, 30.45, None),
    "Рюстенбург": ("settlement", -25.67, 27.24, None),
    "Стандертон": ("settlement", -26.95, 29.24, None),
    "Вакерструм": ("settlement", -27.35, 30.14, None),
    "Марабастад": ("settlement", -23.98, 29.3, None),
    "Наталь": ("region", -29.0, 30.5, None),
    "Ньюкасл": ("settlement", -27.76, 29.93, None),
    "Лэнгс-Нек": ("mountain", -27.43, 29.87, None),
    "Схейнсхогте": ("mountain", -27.57, 29.91, None),
    "Ингого": ("river", -27.56, 29.89, None),
    "Маджуба": ("mountain", -27.47, 29.84, None),
    "Британия": ("polity", 51.5, -0.12, None),
})

# ---- dates, in reading order (Gregorian, as the text states once)
date("1880–1881 годов", "1880/1881", "interval")
date("12 апреля 1877 года", "1877-04-12", "day")
date("Осенью 1880 года", "1880-23", "season")
date("11 ноября", "1880-11-11", "day", derivation="anchored")
date("8 декабря", "1880-12-08", "day", derivation="anchored")
date("Через пять дней", "1880-12-13", "day", derivation="computed", note="8 December + 5 days")
date("16 декабря", "1880-12-16", "day", derivation="anchored")
date("В тот же день", "1880-12-16", "day", derivation="anchored")
date("20 декабря", "1880-12-20", "day", derivation="anchored")
date("через несколько дней", "1880-12-22/1880-12-30", "interval", derivation="computed",
     note="20 December + a few days")
date("К концу декабря", "1880-12-21/1880-12-31", "interval", derivation="anchored",
     note="'by the end of December': the state reached by then")
date("21 марта 1881 года", "1881-03-21", "day")
date("28 января 1881 года", "1881-01-28", "day")
date("8 февраля", "1881-02-08", "day", derivation="anchored")
date("ночью", "1881-02-08/1881-02-09", "day", derivation="anchored",
     note="the night after the fight of 8 February")
date("Тем временем", "1881-02-08/1881-02-21", "interval", kind="vague", derivation="anchored",
     note="between the fight of 8 February and 21 February")
date("21 февраля", "1881-02-21", "day", derivation="anchored")
date("в течение 48 часов", None, None, kind="duration", duration="PT48H")
date("в ночь на 27 февраля", "1881-02-26/1881-02-27", "day", derivation="anchored")
date("Утром", "1881-02-27", "day", derivation="anchored", note="the morning of 27 February")
date("6 марта", "1881-03-06", "day", derivation="anchored")
date("23 марта", "1881-03-23", "day", derivation="anchored")
date("Вскоре", "1881-03-23/1881-04-30", "interval", kind="vague", derivation="anchored",
     note="soon after the preliminary peace of 23 March")
date("3 августа 1881 года", "1881-08-03", "day")
date("Осенью того же года", "1881-23", "season", derivation="anchored")
date("В 1883 году", "1883", "year")
date("в феврале 1884 года", "1884-02", "month")

# ---- places, in reading order
for quote, name in [
    ("Претории", "Претория"), ("Южно-Африканской Республики", "Южно-Африканская Республика"),
    ("Трансвааля", "Трансвааль"), ("Лондон", "Лондон"),
    ("Потчефструме", "Потчефструм"),
    ("Паардекрааль", "Паардекрааль"), ("Крюгерсдорпа", "Крюгерсдорп"), ("Гейдельберге", "Гейдельберг"),
    ("Потчефструма", "Потчефструм"),
    ("Бронкхорстспрёйт", "Бронкхорстспрёйт"), ("Лиденбурга", "Лиденбург"), ("Преторию", "Претория"),
    ("Трансвааля", "Трансвааль"), ("Претории", "Претория"), ("Потчефструме", "Потчефструм"),
    ("Рюстенбурге", "Рюстенбург"), ("Лиденбурге", "Лиденбург"), ("Стандертоне", "Стандертон"),
    ("Вакерструме", "Вакерструм"), ("Марабастаде", "Марабастад"), ("Претории", "Претория"),
    ("Потчефструме", "Потчефструм"),
    ("Наталя", "Наталь"), ("Ньюкасле", "Ньюкасл"), ("Лэнгс-Нек", "Лэнгс-Нек"),
    ("Ньюкасл", "Ньюкасл"), ("Схейнсхогте", "Схейнсхогте"), ("Ингого", "Ингого"),
    ("Наталь", "Наталь"), ("Маджуба", "Маджуба"),
    ("Маджубы", "Маджуба"), ("Британия", "Британия"), ("Трансваалю", "Трансвааль"),
    ("Претории", "Претория"), ("Трансвааль", "Трансвааль"), ("Лондон", "Лондон"),
    ("Лондонская", "Лондон"), ("Южно-Африканская Республика", "Южно-Африканская Республика"),
]:
    place(quote, name)

# ---- events
event("присоединение", "12 апреля 1877 года британский эмиссар Теофил Шепстон провозгласил в Претории "  # 0
      "присоединение Южно-Африканской Республики, или Трансвааля, к владениям короны", "annexation",
      date="12 апреля 1877 года", place="Трансвааль",
      actors=[("британский эмиссар Теофил Шепстон", "agent"), ("Южно-Африканской Республики", "target")],
      note="proclaimed in Pretoria")
event("депутации", "Дважды отправленные в Лондон депутации во главе с Паулем Крюгером получили отказ",  # 1
      "negotiations", date={"edtf": "1877/1880"}, place="Лондон",
      actors=[("депутации во главе с Паулем Крюгером", "agent")],
      note="two deputations between the annexation and the rising; the text gives no dates")
event("отказ", "Дважды отправленные в Лондон депутации во главе с Паулем Крюгером получили отказ",  # 2
      "non_recognition", date={"edtf": "1877/1880"}, place="Лондон",
      actors=[("депутации во главе с Паулем Крюгером", "target")],
      note="London refused to undo the annexation")
event("отбили", "11 ноября около сотни вооружённых буров под началом Пита Кронье отбили его у пристава",  # 3
      "riot", date="11 ноября", place="Потчефструм",
      actors=[("вооружённых буров", "agent"), ("пристава", "target")],
      quantities=[qty("около сотни", "participants", 100, approximate=True)],
      note="armed farmers took back a wagon distrained for tax arrears")
event("собрались", "8 декабря на ферме Паардекрааль, близ нынешнего Крюгерсдорпа, собрались, по разным "  # 4
      "оценкам, от 4 до 6 тыс. буров", "protest", date="8 декабря", place="Паардекрааль",
      actors=[("буров", "participant")],
      quantities=[qty("от 4 до 6 тыс. буров", "participants", None, min=4000, max=6000, approximate=True)],
      note="the mass meeting is asserted; only its size is given as differing estimates")
event("постановило", "Через пять дней собрание постановило восстановить республику", "political_activity",  # 5
      date="Через пять дней", place="Паардекрааль", actors=[("собрание", "agent")])
event("передало власть", "собрание постановило восстановить республику и передало власть триумвирату — "  # 6
      "Крюгеру, Питу Жуберу и Мартинусу Преториусу", "political_activity",
      date="Через пять дней", place="Паардекрааль",
      actors=[("собрание", "agent"), ("триумвирату", "participant"), ("Крюгеру", "participant"),
              ("Питу Жуберу", "participant"), ("Мартинусу Преториусу", "participant")])
event("прокламация", "16 декабря в Гейдельберге, ставшем временной столицей, была обнародована "  # 7
      "прокламация о независимости", "founding", date="16 декабря", place="Гейдельберг",
      note="the restored South African Republic proclaimed")
event("выстрелы", "В тот же день у Потчефструма раздались первые выстрелы", "battle",  # 8
      date="В тот же день", place="Потчефструм")
event("осадил", "отряд Кронье осадил британский форт", "siege", date="В тот же день", place="Потчефструм",  # 9
      actors=[("отряд Кронье", "agent"), ("британский форт", "target")])
event("преградил путь", "20 декабря у ручья Бронкхорстспрёйт бурский отряд Франса Жубера преградил путь "  # 10
      "колонне 94-го полка, шедшей из Лиденбурга в Преторию", "attack",
      date="20 декабря", place="Бронкхорстспрёйт",
      actors=[("бурский отряд Франса Жубера", "agent"), ("колонне 94-го полка", "target")],
      quantities=[qty("примерно 260 британцев", "participants", 260, approximate=True),
                  qty("более 50 были убиты", "fatalities", 50, min=50, approximate=True),
                  qty("более 90 ранены", "wounded", 90, min=90, approximate=True),
                  qty("двух человек убитыми", "fatalities", 2)],
      note="British losses asserted; the Boer loss of two killed is given from Boer figures")
event("расстреляна", "Подполковник Филип Анструтер отказался повернуть назад, и колонна была расстреляна",  # 11
      "attack", date="20 декабря", place="Бронкхорстспрёйт", same_as=10,
      actors=[("Подполковник Филип Анструтер", "target"), ("колонна", "target")])
for _i, (_quote, name) in enumerate([("Претории", "Претория"), ("Рюстенбурге", "Рюстенбург"),  # 12-17
                                   ("Лиденбурге", "Лиденбург"), ("Стандертоне", "Стандертон"),
                                   ("Вакерструме", "Вакерструм"), ("Марабастаде", "Марабастад")]):
    event("блокировали", "К концу декабря буры блокировали все британские гарнизоны Трансвааля — в Претории, "
          "Потчефструме, Рюстенбурге, Лиденбурге, Стандертоне, Вакерструме и Марабастаде", "siege",
          date="К концу декабря", place=name,
          actors=[("буры", "agent"), ("британские гарнизоны", "target")])
event("блокировали", "К концу декабря буры блокировали все британские гарнизоны Трансвааля — в Претории, "  # 18
      "Потчефструме, Рюстенбурге, Лиденбурге, Стандертоне, Вакерструме и Марабастаде", "siege",
      date="К концу декабря", place="Потчефструм", same_as=9,
      actors=[("буры", "agent"), ("британские гарнизоны", "target")])
event("взят", "Ни один из них не был взят штурмом", "capture", date={"edtf": "1880-12/1881-03"},  # 19
      place="Трансвааль", assertion="negated", note="none of the besieged garrisons was stormed")
event("вылазки", "Гарнизон Претории несколько раз предпринимал вылазки, но снять блокаду не сумел",  # 20
      "attack", date={"edtf": "1880-12/1881-03"}, place="Претория", assertion="failed",
      actors=[("Гарнизон Претории", "agent")],
      note="the sorties were made but failed to lift the blockade")
event("капитулировал", "Форт в Потчефструме продержался до 21 марта 1881 года и капитулировал, когда "  # 21
      "перемирие уже действовало: британцы утверждали, что Кронье скрыл от них эту весть", "capture",
      date="21 марта 1881 года", place="Потчефструм", actors=[("Форт в Потчефструме", "target"), ("Кронье", "agent")],
      note="the surrender is asserted; the concealment of the armistice is a British claim")
event("собрал", "Губернатор Наталя генерал Джордж Колли собрал в Ньюкасле около 1200 человек",  # 22
      "reinforcement", date={"edtf": "1880-12/1881-01"}, place="Ньюкасл",
      actors=[("Губернатор Наталя генерал Джордж Колли", "agent")],
      quantities=[qty("около 1200 человек", "participants", 1200, approximate=True)],
      note="between the outbreak and the attack of 28 January")
event("атаковал", "28 января 1881 года он атаковал бурские позиции на перевале Лэнгс-Нек", "attack",  # 23
      date="28 января 1881 года", place="Лэнгс-Нек", assertion="failed",
      actors=[("бурские позиции", "target")],
      quantities=[qty("более 80 человек убитыми", "fatalities", 80, min=80, approximate=True),
                  qty("более 100 ранеными", "wounded", 100, min=100, approximate=True),
                  qty("14 убитыми", "fatalities", 14)],
      note="'Штурм провалился': the assault was made and repulsed")
event("окружён", "8 февраля Колли с отрядом около 300 человек выступил расчищать дорогу на Ньюкасл и у "  # 24
      "высоты Схейнсхогте, над рекой Ингого, был окружён бурами", "battle",
      date="8 февраля", place="Схейнсхогте",
      actors=[("Колли", "participant"), ("бурами", "participant")],
      quantities=[qty("около 300 человек", "participants", 300, approximate=True),
                  qty("около 70 человек убитыми", "fatalities", 70, approximate=True),
                  qty("восьми убитых", "fatalities", 8)])
event("Бой", "Бой шёл до темноты", "battle", date="8 февраля", place="Схейнсхогте", same_as=24)  # 25
event("переправились", "ночью остатки отряда переправились через вздувшуюся реку", "retreat",  # 26
      date="ночью", place="Ингого", actors=[("остатки отряда", "agent")])
event("прибывали", "в Наталь прибывали подкрепления генерала Ивлина Вуда", "reinforcement",  # 27
      date="Тем временем", place="Наталь", actors=[("подкрепления генерала Ивлина Вуда", "agent")])
event("переговоры", "21 февраля Колли предложил Крюгеру переговоры", "negotiations",  # 28
      date="21 февраля", actors=[("Колли", "agent"), ("Крюгеру", "participant")],
      note="an offer with a 48-hour ultimatum; no talks followed")
event("занял", "в ночь на 27 февраля он занял гору Маджуба с отрядом около 400 человек", "occupation",  # 29
      date="в ночь на 27 февраля", place="Маджуба",
      quantities=[qty("около 400 человек", "participants", 400, approximate=True)])
event("сбросили", "Утром буры поднялись по склонам и сбросили британцев с вершины", "attack",  # 30
      date="Утром", place="Маджуба", actors=[("буры", "agent"), ("британцев", "target")],
      quantities=[qty("92 человека", "fatalities", 92), qty("134 были ранены", "wounded", 134),
                  qty("59 попали в плен", "prisoners", 59), qty("одного убитого", "fatalities", 1),
                  qty("шестерых раненых", "wounded", 6)],
      note="Colley among the British dead; the Boer losses are given from Boer figures")
event("перемирие", "6 марта Вуд и Жубер заключили перемирие", "treaty", date="6 марта",  # 31
      actors=[("Вуд", "participant"), ("Жубер", "participant")])
event("подписали предварительный мир", "23 марта в домике О'Нила у подножия Маджубы они подписали "  # 32
      "предварительный мир", "treaty", date="23 марта", place="Маджуба")
event("вернуть", "Британия соглашалась вернуть Трансваалю самоуправление", "recognition",  # 33
      date="23 марта", place="Трансвааль",
      actors=[("Британия", "agent"), ("Трансваалю", "participant")])
event("снята", "Вскоре осада гарнизонов была снята", "retreat", date="Вскоре", place="Трансвааль",  # 34
      actors=[("гарнизонов", "target")], note="the besiegers withdrew from the British garrisons")
event("подписана конвенция", "3 августа 1881 года в Претории была подписана конвенция", "treaty",  # 35
      date="3 августа 1881 года", place="Претория")
event("получал самоуправление", "Трансвааль получал самоуправление под сюзеренитетом британской королевы",  # 36
      "founding", date="3 августа 1881 года", place="Трансвааль", actors=[("Трансвааль", "participant")],
      note="a self-governing state under British suzerainty, by the Pretoria Convention")
event("ратифицировал", "Осенью того же года фольксраад её ратифицировал", "treaty",  # 37
      date="Осенью того же года", place="Трансвааль", actors=[("фольксраад", "agent")],
      note="ratification of the Pretoria Convention")
event("избран", "В 1883 году Крюгер был избран президентом", "election", date="В 1883 году",  # 38
      place="Трансвааль", actors=[("Крюгер", "participant")])
event("конвенция", "в феврале 1884 года Лондонская конвенция вернула стране прежнее название — "  # 39
      "Южно-Африканская Республика", "treaty", date="в феврале 1884 года", place="Лондон")
