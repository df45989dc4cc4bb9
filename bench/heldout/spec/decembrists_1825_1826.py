"""Gold spec for bench/heldout/decembrists_1825_1826.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style (Julian); day dates are converted to Gregorian
(+12 days in the 19th century), the month part `В начале июля` as an interval; years are left as written.
Сенатская площадь, Сенат and the Петропавловская крепость are facilities/institutions, not places.
Regimental names (Московский лейб-гвардии полк, Черниговский полк) do not locate anything.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/decembrists_1825_1826.txt"

gazetteer({
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Таганрог": ("settlement", 47.21, 38.94, None),
    "Петербург": ("settlement", 59.94, 30.31, "Q656"),
    "Нева": ("river", 59.93, 30.3, None),
    "Тульчин": ("settlement", 48.68, 28.85, None),
    "Трилесы": ("settlement", 50.0, 30.06, None),
    "Васильков": ("settlement", 50.18, 30.32, None),
    "Мотовиловка": ("settlement", 50.15, 30.05, None),
    "Белая Церковь": ("settlement", 49.8, 30.12, None),
    "Устимовка": ("settlement", 49.95, 30.0, None),
    "Сибирь": ("region", 60.0, 100.0, None),
    "Кавказ": ("region", 43.0, 44.0, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
})

OS = "Old Style, converted to Gregorian (+12 days)"

# ---- dates, in reading order
date("1825–1826 годов", "1825/1826", "interval")
date("19 ноября 1825 года", "1825-12-01", "day", note=OS)
date("27 ноября", "1825-12-09", "day", derivation="anchored", note=OS)
date("в 1822 году", "1822", "year")
date("почти на три недели", None, None, kind="duration", duration="P3W", note="approximate: 'almost three weeks'")
date("12 декабря", "1825-12-24", "day", derivation="anchored", note=OS)
date("на 14 декабря", "1825-12-26", "day", derivation="anchored", note=OS)
date("в этот день", "1825-12-26", "day", derivation="anchored", note="the day of the new oath, 14 December OS")
date("Утром 14 декабря", "1825-12-26", "day", derivation="anchored", note=OS)
date("Вскоре", "1825-12-26", "day", kind="vague", derivation="anchored",
     note="soon after the morning of 14 December OS")
date("1812 года", "1812", "year")
date("В сумерках", "1825-12-26", "day", derivation="anchored", note="dusk of 14 December OS")
date("в тот день", "1825-12-26", "day", derivation="anchored", note="14 December OS")
date("В ту же ночь", "1825-12-26/1825-12-27", "day", derivation="anchored",
     note="the night of 14 to 15 December OS")
date("13 декабря", "1825-12-25", "day", derivation="anchored", note=OS)
date("29 декабря", "1826-01-10", "day", derivation="anchored", note=OS + "; year 1825 from the narrative")
date("На следующий день", "1826-01-11", "day", derivation="computed", note="29 December OS + 1 day")
date("31 декабря", "1826-01-12", "day", derivation="anchored", note=OS)
date("3 января 1826 года", "1826-01-15", "day", note=OS)
date("17 декабря", "1825-12-29", "day", derivation="anchored",
     note=OS + "; 'Ещё' points back to 1825, after the rising of 14 December")
date("1 июня 1826 года", "1826-06-13", "day", note=OS)
date("В начале июля", "1826-07-13/1826-07-22", "interval", derivation="anchored",
     note="1–10 July 1826 OS, converted to Gregorian")
date("12 июля", "1826-07-24", "day", derivation="anchored", note=OS)
date("на рассвете следующего дня", "1826-07-25", "day", derivation="computed", note="12 July OS + 1 day")
date("22 августа", "1826-09-03", "day", derivation="anchored", note=OS)

# ---- places, in reading order
for quote, name in [
    ("России", "Россия"), ("Таганроге", "Таганрог"),
    ("Петербурга", "Петербург"), ("Петербургский", "Петербург"), ("Невы", "Нева"),
    ("Тульчине", "Тульчин"), ("Трилесы", "Трилесы"), ("Васильков", "Васильков"),
    ("Мотовиловку", "Мотовиловка"), ("Белой Церкви", "Белая Церковь"),
    ("Устимовка", "Устимовка"),
    ("Сибирь", "Сибирь"), ("Кавказ", "Кавказ"), ("Москве", "Москва"),
]:
    place(quote, name)

JAN = {"edtf": "1826-01-12/1826-01-14"}  # after the reading of 31 Dec OS, before 3 Jan 1826 OS

# ---- events
event("Восстание", "Восстание декабристов 1825–1826 годов стало первым вооружённым выступлением "  # 0
      "дворянских революционеров против самодержавия в России", "uprising",
      date="1825–1826 годов", place="Россия", actors=[("декабристов", "agent")],
      note="the whole rising, named as a whole")
event("присягнула", "Известие достигло столицы 27 ноября, и гвардия вместе с Сенатом присягнула его брату "  # 1
      "Константину", "political_activity", date="27 ноября", place="Петербург",
      actors=[("гвардия", "agent"), ("Сенатом", "agent"), ("Константину", "participant")],
      note="in the capital (St Petersburg), named only later in the text")
event("отказавшийся", "ещё в 1822 году отказавшийся от прав на трон", "political_activity",  # 2
      date="в 1822 году", actors=[("великий князь", "agent")])
event("не принял", "Однако великий князь, ещё в 1822 году отказавшийся от прав на трон, корону не принял",  # 3
      "political_activity", date={"edtf": "1825-12-09/1825-12-24"}, assertion="negated",
      actors=[("великий князь", "agent")],
      note="Constantine did not accept the crown; between 27 November and 12 December OS")
event("подписал манифест", "12 декабря Николай Павлович подписал манифест о своём восшествии на престол",  # 4
      "decree", date="12 декабря", place="Петербург", actors=[("Николай Павлович", "agent")],
      note="in St Petersburg, named only later in the text")
event("избрали", "Члены Северного общества решили вывести в этот день войска на улицы и избрали "  # 5
      "«диктатором» князя С. П. Трубецкого", "political_activity",
      date={"edtf": "1825-12-09/1825-12-25"}, place="Петербург",
      actors=[("Члены Северного общества", "agent"), ("князя С. П. Трубецкого", "participant")],
      note="an appointment during the interregnum, before 14 December OS")
event("вышел", "Утром 14 декабря Московский лейб-гвардии полк вышел на Сенатскую площадь Петербурга",  # 6
      "uprising", date="Утром 14 декабря", place="Петербург",
      actors=[("Московский лейб-гвардии полк", "agent")])
event("примкнули", "Вскоре к нему примкнули Гвардейский морской экипаж и часть лейб-гренадер, так что у "  # 7
      "восставших набралось около 3 тыс. солдат", "reinforcement", date="Вскоре", place="Петербург",
      actors=[("Гвардейский морской экипаж", "agent"), ("часть лейб-гренадер", "agent")],
      quantities=[qty("около 3 тыс. солдат", "participants", 3000, approximate=True)])
event("стянул", "Николай стянул к Сенату более 9 тыс. пехоты и около 3 тыс. кавалерии", "reinforcement",  # 8
      date="Утром 14 декабря", place="Петербург", actors=[("Николай", "agent")],
      quantities=[qty("более 9 тыс. пехоты", "participants", 9000, min=9000, approximate=True),
                  qty("около 3 тыс. кавалерии", "participants", 3000, approximate=True)])
event("уговорить", "М. А. Милорадович, прославленный участник войны 1812 года, попытался уговорить солдат "  # 9
      "вернуться в казармы", "negotiations", date="Утром 14 декабря", place="Петербург",
      assertion="failed", actors=[("М. А. Милорадович", "agent"), ("солдат", "target")])
event("ранил", "но П. Г. Каховский смертельно ранил его из пистолета", "attack",  # 10
      date="Утром 14 декабря", place="Петербург",
      actors=[("П. Г. Каховский", "agent"), ("М. А. Милорадович", "target")],
      note="the target is named earlier in the same sentence")
event("атак", "Несколько атак конной гвардии каре отразило", "attack",  # 11
      date="Утром 14 декабря", place="Петербург", assertion="failed",
      actors=[("конной гвардии", "agent"), ("каре", "target")])
event("Увещевания", "Увещевания митрополита Серафима и великого князя Михаила также оказались напрасны",  # 12
      "negotiations", date="Утром 14 декабря", place="Петербург", assertion="failed",
      actors=[("митрополита Серафима", "agent"), ("великого князя Михаила", "agent")])
event("залпы", "Картечные залпы смяли строй", "bombardment",  # 13
      date="В сумерках", place="Петербург", actors=[("строй", "target")],
      note="ordered by the emperor at dusk (previous sentence)")
event("бежать", "солдаты бросились бежать по льду Невы", "retreat",  # 14
      date="В сумерках", place="Нева", actors=[("солдаты", "agent")])
event("погиб", "в тот день погиб 1271 человек", "bombardment",  # 15
      date="в тот день", place="Петербург", same_as=13,
      quantities=[qty("1271 человек", "fatalities", 1271)],
      note="the figure is attributed to S. N. Korsakov's count and said to be disputed; the deaths are asserted")
event("арестованы", "В ту же ночь были арестованы Рылеев и Трубецкой", "arrest",  # 16
      date="В ту же ночь", place="Петербург", actors=[("Рылеев", "target"), ("Трубецкой", "target")])
event("взят под стражу", "Руководитель Южного общества П. И. Пестель был взят под стражу в Тульчине 13 декабря",  # 17
      "arrest", date="13 декабря", place="Тульчин", actors=[("П. И. Пестель", "target")])
event("задержал", "29 декабря полковой командир Гебель задержал в селе Трилесы подполковника "  # 18
      "С. И. Муравьёва-Апостола", "arrest", date="29 декабря", place="Трилесы",
      actors=[("полковой командир Гебель", "agent"), ("подполковника С. И. Муравьёва-Апостола", "target")])
event("ранив", "но офицеры Черниговского полка, тяжело ранив командира, освободили арестованного", "attack",  # 19
      date="29 декабря", place="Трилесы",
      actors=[("офицеры Черниговского полка", "agent"), ("командира", "target")])
event("мятеж", "Так вспыхнул мятеж", "mutiny", date="29 декабря", place="Трилесы")  # 20
event("заняли", "На следующий день около тысячи солдат заняли Васильков", "capture",  # 21
      date="На следующий день", place="Васильков",
      quantities=[qty("около тысячи солдат", "participants", 1000, approximate=True)])
event("прочли", "31 декабря перед строем прочли «Православный катехизис»", "political_activity",  # 22
      date="31 декабря", place="Васильков")
event("двинулась", "колонна двинулась через Мотовиловку к Белой Церкви", "reinforcement",  # 23
      date=JAN, place="Мотовиловка", actors=[("колонна", "agent")],
      note="march through Motovilovka after 31 December OS")
event("двинулась", "колонна двинулась через Мотовиловку к Белой Церкви", "reinforcement",  # 24
      date=JAN, place="Белая Церковь", actors=[("колонна", "agent")],
      note="destination of the march; the column did not reach it")
event("увести", "Стоявший там егерский полк, однако, успели увести", "retreat",  # 25
      date=JAN, place="Белая Церковь", actors=[("егерский полк", "agent")],
      note="the regiment was withdrawn from Bila Tserkva")
event("повернули обратно", "мятежники повернули обратно", "retreat",  # 26
      date=JAN, actors=[("мятежники", "agent")])
event("настиг", "3 января 1826 года у деревни Устимовка их настиг отряд генерала Ф. К. Гейсмара", "battle",  # 27
      date="3 января 1826 года", place="Устимовка", actors=[("отряд генерала Ф. К. Гейсмара", "agent")])
event("рассеяла", "Картечь рассеяла колонну", "bombardment",  # 28
      date="3 января 1826 года", place="Устимовка", actors=[("колонну", "target")])
event("попали в плен", "раненный в голову Муравьёв-Апостол и М. П. Бестужев-Рюмин попали в плен, "  # 29
      "а с ними около 900 солдат", "arrest", date="3 января 1826 года", place="Устимовка",
      actors=[("Муравьёв-Апостол", "target"), ("М. П. Бестужев-Рюмин", "target")],
      quantities=[qty("около 900 солдат", "prisoners", 900, approximate=True)])
event("учреждён", "Ещё 17 декабря был учреждён Следственный комитет", "founding",  # 30
      date="17 декабря", place="Петербург", actors=[("Следственный комитет", "participant")],
      note="in St Petersburg, not named in the clause")
event("образован", "1 июня 1826 года манифестом образован Верховный уголовный суд", "founding",  # 31
      date="1 июня 1826 года", place="Петербург", actors=[("Верховный уголовный суд", "participant")],
      note="in St Petersburg, not named in the clause")
event("вынес приговоры", "В начале июля он вынес приговоры 121 обвиняемому", "political_activity",  # 32
      date="В начале июля", place="Петербург", actors=[("121 обвиняемому", "target")],
      note="court sentences; 121 convicted")
event("заменил", "которое царь заменил повешением", "decree",  # 33
      date="В начале июля", place="Петербург", actors=[("царь", "agent")],
      note="the tsar commuted quartering to hanging for the five; date from the previous sentence")
event("казнили", "на рассвете следующего дня осуждённых казнили на кронверке Петропавловской крепости",  # 34
      "execution", date="на рассвете следующего дня", place="Петербург",
      actors=[("осуждённых", "target")], quantities=[qty("Пятерых", "fatalities", 5)],
      note="the count of five is in the previous sentence; the fortress is in St Petersburg")
event("повесили", "трое сорвались, и их повесили повторно", "execution",  # 35
      date="на рассвете следующего дня", place="Петербург", same_as=34)
event("отправили", "Остальных отправили на каторгу и в ссылку в Сибирь", "deportation",  # 36
      date={"edtf": "1826-07-25/1826-12-31"}, place="Сибирь", actors=[("Остальных", "target")],
      note="after the sentences of July 1826; no date given")
event("перевели", "рядовых-черниговцев перевели в полки на Кавказ", "deportation",  # 37
      date={"edtf": "1826"}, place="Кавказ", actors=[("рядовых-черниговцев", "target")],
      note="punitive transfer of the Chernigov regiment's soldiers; no date given")
event("коронации", "22 августа, в день коронации в Москве", "political_activity",  # 38
      date="22 августа", place="Москва")
event("сокращена", "22 августа, в день коронации в Москве, часть сроков была сокращена", "amnesty",  # 39
      date="22 августа", place="Москва")
