"""Gold spec for bench/heldout/first_sino_japanese_war_1894_1895.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/first_sino_japanese_war_1894_1895.txt"

gazetteer({
    "Корея": ("polity", 37.57, 126.98, None),
    "Пекин": ("settlement", 39.9, 116.4, "Q956"),
    "Асан": ("settlement", 36.79, 127.0, None),
    "Япония": ("polity", 35.68, 139.69, "Q17"),
    "Чемульпо": ("settlement", 37.47, 126.62, None, "Инчхон"),
    "Сеул": ("settlement", 37.57, 126.98, "Q8684"),
    "Пхундо": ("region", 37.11, 126.38, None),
    "Сонхван": ("settlement", 36.92, 127.13, None),
    "Пхеньян": ("settlement", 39.03, 125.75, "Q18808"),
    "Ялу": ("river", 40.1, 124.4, None),
    "Порт-Артур": ("settlement", 38.81, 121.26, None, "Люйшунь"),
    "Маньчжурия": ("region", 42.0, 124.0, None),
    "Ляодун": ("region", 39.6, 122.2, None),
    "Цзиньчжоу": ("settlement", 39.1, 121.72, None),
    "Даляньвань": ("settlement", 38.92, 121.62, None, "Далянь"),
    "Хайчэн": ("settlement", 40.85, 122.75, None),
    "Жунчэн": ("settlement", 37.16, 122.42, None),
    "Шаньдунский полуостров": ("region", 37.0, 121.5, None),
    "Вэйхайвэй": ("settlement", 37.51, 122.12, None, "Вэйхай"),
    "Люгундао": ("region", 37.5, 122.18, None),
    "Инкоу": ("settlement", 40.67, 122.23, None),
    "Пэнху": ("region", 23.57, 119.58, None),
    "Симоносеки": ("settlement", 33.96, 130.94, None),
    "Китай": ("polity", 39.9, 116.4, "Q148"),
    "Тайвань": ("region", 23.7, 121.0, None),
    "Россия": ("polity", 59.94, 30.31, "Q159"),
    "Германия": ("polity", 52.52, 13.4, "Q183"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Токио": ("settlement", 35.68, 139.69, "Q1490"),
    "Республика Формоза": ("polity", 25.04, 121.51, None),
    "Тайнань": ("settlement", 22.99, 120.2, None),
})

# ---- dates, in reading order (Gregorian, as the text states once)
date("1894–1895 годов", "1894/1895", "interval")
date("Весной 1894 года", "1894-21", "season")
date("в начале июня", "1894-06-01/1894-06-10", "interval", derivation="anchored")
date("23 июля", "1894-07-23", "day", derivation="anchored")
date("Через два дня", "1894-07-25", "day", derivation="computed", note="23 July + 2 days")
date("29 июля", "1894-07-29", "day", derivation="anchored")
date("1 августа", "1894-08-01", "day", derivation="anchored")
date("В середине сентября", "1894-09-11/1894-09-20", "interval", derivation="anchored")
date("15 сентября", "1894-09-15", "day", derivation="anchored")
date("в ночь на 16 сентября", "1894-09-15/1894-09-16", "day", derivation="anchored")
date("наутро", "1894-09-16", "day", derivation="anchored", note="the morning after the night to 16 September")
date("17 сентября", "1894-09-17", "day", derivation="anchored")
date("24 октября", "1894-10-24", "day", derivation="anchored")
date("в тот же день", "1894-10-24", "day", derivation="anchored")
date("6 ноября", "1894-11-06", "day", derivation="anchored")
date("на следующий день", "1894-11-07", "day", derivation="computed", note="6 November + 1 day")
date("21 ноября", "1894-11-21", "day", derivation="anchored")
date("В течение нескольких дней", None, None, kind="duration", note="unquantified: a few days")
date("13 декабря", "1894-12-13", "day", derivation="anchored")
date("20 января 1895 года", "1895-01-20", "day")
date("2 февраля", "1895-02-02", "day", derivation="anchored")
date("около двух недель", None, None, kind="duration", duration="P2W", note="approximate")
date("12 февраля", "1895-02-12", "day", derivation="anchored")
date("В марте", "1895-03", "month", derivation="anchored")
date("в конце месяца", "1895-03-21/1895-03-31", "interval", derivation="anchored")
date("24 марта", "1895-03-24", "day", derivation="anchored")
date("17 апреля 1895 года", "1895-04-17", "day")
date("Через шесть дней", "1895-04-23", "day", derivation="computed", note="17 April + 6 days")
date("в начале мая", "1895-05-01/1895-05-10", "interval", derivation="anchored")
date("25 мая", "1895-05-25", "day", derivation="anchored")
date("вскоре", "1895-05-25/1895-06-30", "interval", kind="vague", derivation="anchored",
     note="soon after 25 May")
date("21 октября", "1895-10-21", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Корее", "Корея"), ("Кореи", "Корея"), ("Пекина", "Пекин"), ("Асане", "Асан"), ("Япония", None),
    ("Чемульпо", None), ("Сеул", None), ("Сеуле", "Сеул"),
    ("Пхундо", None), ("Сонхваном", "Сонхван"), ("Пхеньяну", "Пхеньян"),
    ("Пхеньяну", "Пхеньян"), ("Пхеньян", None), ("Ялу", None), ("Порт-Артуре", "Порт-Артур"),
    ("Ялу", None), ("Маньчжурию", "Маньчжурия"), ("Ляодунском полуострове", "Ляодун"),
    ("Цзиньчжоу", None), ("Даляньвань", None), ("Порт-Артуром", "Порт-Артур"), ("Хайчэн", None),
    ("Жунчэна", "Жунчэн"), ("Шаньдунском полуострове", "Шаньдунский полуостров"),
    ("Вэйхайвэю", "Вэйхайвэй"), ("Люгундао", None), ("Инкоу", None), ("Пэнхуские острова", "Пэнху"),
    ("Симоносеки", None), ("Япония", None), ("Симоносекский", "Симоносеки"), ("Китай", None),
    ("Кореи", "Корея"), ("Японии", "Япония"), ("Тайвань", None), ("Пэнху", None), ("Ляодун", None),
    ("Россия", None), ("Германия", None), ("Франция", None), ("Ляодун", None), ("Токио", None),
    ("Тайване", "Тайвань"), ("Республику Формоза", "Республика Формоза"), ("Тайнань", None),
]:
    place(quote, name)

# ---- events
event("восстание", "Весной 1894 года на юге Кореи вспыхнуло крестьянское восстание тонхаков", "uprising",  # 0
      date="Весной 1894 года", place="Корея", actors=[("тонхаков", "agent")])
event("попросил помощи", "в начале июня корейский двор попросил помощи у Пекина", "political_activity",  # 1
      date="в начале июня", actors=[("корейский двор", "agent"), ("Пекина", "participant")],
      note="a request for foreign troops; the place named is the addressee, so no place is coded")
event("высадились", "Около 2,5 тыс. китайских солдат высадились в Асане", "reinforcement",  # 2
      date="в начале июня", place="Асан", actors=[("китайских солдат", "agent")],
      quantities=[qty("Около 2,5 тыс. китайских солдат", "participants", 2500, approximate=True)],
      note="date from the previous sentence")
event("переброшена", "в Чемульпо и Сеул была переброшена бригада численностью до 8 тыс. человек",  # 3
      "reinforcement", date={"edtf": "1894-06"}, place="Чемульпо", actors=[("бригада", "agent")],
      quantities=[qty("до 8 тыс. человек", "participants", 8000, max=8000, approximate=True)])
event("переброшена", "в Чемульпо и Сеул была переброшена бригада численностью до 8 тыс. человек",  # 4
      "reinforcement", date={"edtf": "1894-06"}, place="Сеул", actors=[("бригада", "agent")],
      quantities=[qty("до 8 тыс. человек", "participants", 8000, max=8000, approximate=True)])
event("захватили", "23 июля японцы захватили королевский дворец в Сеуле", "capture",  # 5
      date="23 июля", place="Сеул", actors=[("японцы", "agent")])
event("поставили у власти", "23 июля японцы захватили королевский дворец в Сеуле и поставили у власти "  # 6
      "послушное им правительство", "political_activity", date="23 июля", place="Сеул",
      actors=[("японцы", "agent"), ("послушное им правительство", "participant")])
event("атаковали", "Через два дня у острова Пхундо японские крейсеры атаковали китайскую эскадру", "attack",  # 7
      date="Через два дня", place="Пхундо",
      actors=[("японские крейсеры", "agent"), ("китайскую эскадру", "target")])
event("потопили", "потопили транспорт «Гаошэн» с войсками; погибли более 800 человек", "attack",  # 8
      date="Через два дня", place="Пхундо", actors=[("транспорт «Гаошэн»", "target")],
      quantities=[qty("более 800 человек", "fatalities", 800, min=800, approximate=True)])
event("разбила", "29 июля бригада генерала Осимы разбила китайцев под Сонхваном", "battle",  # 9
      date="29 июля", place="Сонхван",
      actors=[("бригада генерала Осимы", "agent"), ("китайцев", "target")])
event("отступил", "их отряд отступил на север, к Пхеньяну", "retreat",  # 10
      date="29 июля", place="Пхеньян", actors=[("их отряд", "agent")],
      note="place is the destination, the only place the clause names")
event("объявили друг другу войну", "1 августа обе державы официально объявили друг другу войну",  # 11
      "political_activity", date="1 августа", actors=[("обе державы", "participant")])
event("подошла", "В середине сентября японская армия подошла к Пхеньяну", "reinforcement",  # 12
      date="В середине сентября", place="Пхеньян", actors=[("японская армия", "agent")])
event("штурма", "После штурма 15 сентября", "attack",  # 13
      date="15 сентября", place="Пхеньян",
      quantities=[qty("13–15 тыс. человек", "participants", None, min=13000, max=15000)],
      note="the count is the defending garrison, given in the previous sentence")
event("бежали", "китайцы в ночь на 16 сентября бежали из города, потеряв около 2 тыс. убитыми и "  # 14
      "примерно 600 пленными", "retreat", date="в ночь на 16 сентября", place="Пхеньян",
      actors=[("китайцы", "agent")],
      quantities=[qty("около 2 тыс. убитыми", "fatalities", 2000, approximate=True),
                  qty("примерно 600 пленными", "prisoners", 600, approximate=True)])
event("вошли", "наутро японцы вошли в Пхеньян", "capture",  # 15
      date="наутро", place="Пхеньян", actors=[("японцы", "agent")])
event("разгромила", "17 сентября у устья Ялу эскадра адмирала Ито Сукэюки разгромила Бэйянский флот "  # 16
      "Дин Жучана", "battle", date="17 сентября", place="Ялу",
      actors=[("эскадра адмирала Ито Сукэюки", "agent"), ("Бэйянский флот Дин Жучана", "target")])
event("укрылись", "китайцы лишились пяти кораблей и укрылись в Порт-Артуре", "retreat",  # 17
      date="17 сентября", place="Порт-Артур", actors=[("китайцы", "agent")],
      note="place is the destination")
event("форсировали", "24 октября войска генерала Ямагаты с боем форсировали Ялу", "battle",  # 18
      date="24 октября", place="Ялу", actors=[("войска генерала Ямагаты", "agent")])
event("начала высадку", "2-я армия генерала Оямы в тот же день начала высадку на Ляодунском полуострове",  # 19
      "reinforcement", date="в тот же день", place="Ляодун", actors=[("2-я армия генерала Оямы", "agent")])
event("пал", "6 ноября пал Цзиньчжоу", "capture", date="6 ноября", place="Цзиньчжоу")  # 20
event("был занят", "на следующий день без боя был занят Даляньвань", "occupation",  # 21
      date="на следующий день", place="Даляньвань")
event("овладели", "21 ноября японцы штурмом овладели Порт-Артуром", "capture",  # 22
      date="21 ноября", place="Порт-Артур", actors=[("японцы", "agent")])
event("убивали", "В течение нескольких дней победители убивали в городе мирных жителей; число жертв "  # 23
      "остаётся предметом споров — от 2 до 20 тыс. человек", "massacre",
      date={"edtf": "1894-11-21/1894-11-25"}, place="Порт-Артур",
      actors=[("победители", "agent"), ("мирных жителей", "target")],
      quantities=[qty("от 2 до 20 тыс. человек", "fatalities", None, min=2000, max=20000, approximate=True)],
      note="a few days from 21 November; only the number is contested, so the event stays asserted")
event("заняли", "13 декабря японцы заняли Хайчэн", "capture",  # 24
      date="13 декабря", place="Хайчэн", actors=[("японцы", "agent")])
event("высадился", "20 января 1895 года японский десант высадился у Жунчэна на Шаньдунском полуострове",  # 25
      "reinforcement", date="20 января 1895 года", place="Жунчэн", actors=[("японский десант", "agent")])
event("овладели", "2 февраля японцы овладели городом и береговыми фортами", "capture",  # 26
      date="2 февраля", place="Вэйхайвэй", actors=[("японцы", "agent")])
event("оказались заперты", "корабли оказались заперты у острова Люгундао", "siege",  # 27
      date="2 февраля", place="Люгундао", actors=[("корабли", "target")])
event("обстреливали", "около двух недель их обстреливали с суши", "bombardment",  # 28
      date={"edtf": "1895-02-02/1895-02-12"}, place="Люгундао",
      note="from 2 February to the surrender of 12 February")
event("атаковали", "около двух недель их обстреливали с суши и атаковали миноносцами", "attack",  # 29
      date={"edtf": "1895-02-02/1895-02-12"}, place="Люгундао")
event("сдали", "его преемники сдали уцелевшие суда вместе с гарнизоном острова", "capture",  # 30
      date="12 февраля", place="Люгундао", actors=[("его преемники", "participant")],
      note="the Japanese take the surrendered fleet and island")
event("взяли", "В марте японцы взяли Инкоу", "capture",  # 31
      date="В марте", place="Инкоу", actors=[("японцы", "agent")])
event("захватили", "в конце месяца захватили Пэнхуские острова", "capture",  # 32
      date="в конце месяца", place="Пэнху")
event("переговоры", "Мирные переговоры велись в Симоносеки", "negotiations",  # 33
      date={"edtf": "1895-03/1895-04"}, place="Симоносеки")
event("ранил", "24 марта китайского уполномоченного Ли Хунчжана ранил японский фанатик",  # 34
      "attack_on_civilians", date="24 марта", place="Симоносеки",
      actors=[("японский фанатик", "agent"), ("китайского уполномоченного Ли Хунчжана", "target")])
event("согласилась на перемирие", "после чего Япония согласилась на перемирие", "treaty",  # 35
      date={"edtf": "1895-03-24/1895-04-16"}, place="Симоносеки", actors=[("Япония", "agent")],
      note="after 24 March and before the treaty of 17 April")
event("подписан", "17 апреля 1895 года был подписан Симоносекский договор", "treaty",  # 36
      date="17 апреля 1895 года", place="Симоносеки")
event("признал", "Китай признал независимость Кореи", "recognition",  # 37
      date="17 апреля 1895 года", place="Корея", actors=[("Китай", "agent")])
event("уступил", "Китай признал независимость Кореи, уступил Японии Тайвань, Пэнху и Ляодун",  # 38
      "territorial_transfer", date="17 апреля 1895 года", place="Тайвань",
      actors=[("Китай", "agent"), ("Японии", "participant")])
event("уступил", "Китай признал независимость Кореи, уступил Японии Тайвань, Пэнху и Ляодун",  # 39
      "territorial_transfer", date="17 апреля 1895 года", place="Пэнху",
      actors=[("Китай", "agent"), ("Японии", "participant")])
event("уступил", "Китай признал независимость Кореи, уступил Японии Тайвань, Пэнху и Ляодун",  # 40
      "territorial_transfer", date="17 апреля 1895 года", place="Ляодун",
      actors=[("Китай", "agent"), ("Японии", "participant")])
event("потребовали", "Через шесть дней Россия, Германия и Франция потребовали вернуть Ляодун",  # 41
      "political_activity", date="Через шесть дней",
      actors=[("Россия", "agent"), ("Германия", "agent"), ("Франция", "agent")],
      note="the Triple Intervention; no place of the act is named")
event("отказался", "в начале мая Токио отказался от полуострова", "territorial_transfer",  # 42
      date="в начале мая", place="Ляодун", actors=[("Токио", "agent")])
event("провозгласили", "На Тайване 25 мая провозгласили Республику Формоза", "founding",  # 43
      date="25 мая", place="Республика Формоза")
event("высадившиеся", "высадившиеся вскоре японские войска", "reinforcement",  # 44
      date="вскоре", place="Тайвань", actors=[("японские войска", "agent")])
event("подавили", "высадившиеся вскоре японские войска подавили сопротивление", "suppression",  # 45
      date={"edtf": "1895-05-25/1895-10-21"}, place="Тайвань", actors=[("японские войска", "agent")],
      note="from the landing to the fall of Tainan")
event("пал", "21 октября пал Тайнань", "capture", date="21 октября", place="Тайнань")  # 46
