"""Gold spec for bench/heldout/prut_campaign_1710_1713.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style (Julian); day and month dates are converted to the
proleptic Gregorian calendar (+11 days in 1700-1799), seasons and years are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/prut_campaign_1710_1713.txt"

gazetteer({
    "Полтава": ("settlement", 49.59, 34.55, None),
    "Бендеры": ("settlement", 46.83, 29.48, None),
    "Россия": ("polity", 55.75, 37.62, None),
    "Стамбул": ("settlement", 41.01, 28.98, "Q406"),
    "Правобережная Украина": ("region", 49.5, 29.5, None),
    "Белая Церковь": ("settlement", 49.8, 30.11, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Турция": ("polity", 39.0, 35.0, "Q12560"),
    "Луцк": ("settlement", 50.75, 25.34, None),
    "Молдавия": ("polity", 47.0, 27.5, None),
    "Днестр": ("river", 46.85, 29.55, None),
    "Прут": ("river", 46.6, 28.2, None),
    "Яссы": ("settlement", 47.16, 27.59, None),
    "Валахия": ("polity", 44.6, 25.5, None),
    "Браилов": ("settlement", 45.27, 27.96, None, "Брэила"),
    "Дунай": ("river", 45.3, 28.0, None),
    "Фальчи": ("settlement", 46.3, 28.14, None, "Фэлчиу"),
    "Станилешти": ("settlement", 46.63, 28.18, None),
    "Азов": ("settlement", 47.11, 39.42, None),
    "Таганрог": ("settlement", 47.22, 38.9, None),
    "Днепр": ("river", 47.5, 34.6, None),
    "Константинополь": ("settlement", 41.01, 28.98, "Q406", "Стамбул"),
    "Адрианополь": ("settlement", 41.68, 26.56, None, "Эдирне"),
})

OS = "Old Style, converted to New Style (+11 days)"

# ---- dates, in reading order
date("1710–1713 годов", "1710/1713", "interval")
date("20 ноября 1710 года", "1710-12-01", "day", note=OS + ": 20 November 1710 O.S.")
date("В феврале 1711 года", "1711-02-12/1711-03-11", "month",
     note=OS + ": February 1711 O.S. as an interval")
date("22 февраля", "1711-03-05", "day", derivation="anchored", note=OS)
date("через три дня", "1711-03-08", "day", derivation="computed", note="22 February O.S. + 3 days; " + OS)
date("13 апреля", "1711-04-24", "day", derivation="anchored", note=OS)
date("Весной", "1711-21", "season", derivation="anchored", note="season left as written")
date("В конце мая", "1711-06-01/1711-06-11", "interval", derivation="anchored",
     note=OS + ": 21-31 May O.S.")
date("в начале июня", "1711-06-12/1711-06-21", "interval", derivation="anchored",
     note=OS + ": 1-10 June O.S.")
date("24 июня", "1711-07-05", "day", derivation="anchored", note=OS)
date("7 июля", "1711-07-18", "day", derivation="anchored", note=OS)
date("На следующий день", "1711-07-19", "day", derivation="computed", note="7 July O.S. + 1 day; " + OS)
date("в тот же день", "1711-07-19", "day", derivation="anchored", note="the day just named (8 July O.S.)")
date("9 июля", "1711-07-20", "day", derivation="anchored", note=OS)
date("12 июля", "1711-07-23", "day", derivation="anchored", note=OS)
date("14 июля", "1711-07-25", "day", derivation="anchored", note=OS)
date("вскоре", "1711-07-25/1711-08-15", "interval", kind="vague", derivation="anchored",
     note="soon after 14 July O.S.")
date("Осенью 1711 года", "1711-23", "season")
date("в начале 1712 года", "1712-01/1712-04", "interval",
     note="beginning of the year taken as its first third; left as written")
date("5 апреля 1712 года", "1712-04-16", "day", note=OS)
date("на 25 лет", None, None, kind="duration", duration="P25Y")
date("осенью", "1712-23", "season", derivation="anchored")
date("В конце января 1713 года", "1713-02-01/1713-02-11", "interval", note=OS + ": 21-31 January O.S.")
date("13 июня 1713 года", "1713-06-24", "day", note=OS)

# ---- places, in reading order
for quote, name in [
    ("Полтавской", "Полтава"), ("Бендерами", "Бендеры"), ("России", "Россия"), ("Стамбула", "Стамбул"),
    ("Правобережную Украину", "Правобережная Украина"), ("Белой Церковью", "Белая Церковь"),
    ("Москве", "Москва"), ("Турцией", "Турция"),
    ("Луцке", "Луцк"), ("Молдавии", "Молдавия"), ("Днестр", None), ("Пруту", "Прут"), ("Яссы", None),
    ("Валахии", "Валахия"),
    ("Браилову", "Браилов"), ("Дунае", "Дунай"), ("Пруту", "Прут"), ("Фальчи", None), ("Станилешти", None),
    ("Прутский", "Прут"), ("Россия", None), ("Азов", None), ("Таганрог", None), ("Днепре", "Днепр"),
    ("Россию", "Россия"), ("Браиловом", "Браилов"),
    ("Молдавии", "Молдавия"), ("Азов", None), ("Таганрога", "Таганрог"), ("Константинополе", "Константинополь"),
    ("Бендер", "Бендеры"), ("Адрианополе", "Адрианополь"), ("Азова", "Азов"), ("Турции", "Турция"),
]:
    place(quote, name)

# ---- events
event("укрылся", "Разбитый Карл XII укрылся под Бендерами", "flight",  # 0
      date={"edtf": "1709"}, place="Бендеры", actors=[("Карл XII", "agent")],
      note="refuge after Poltava (1709, general knowledge); the place is the destination")
event("объявил России войну", "20 ноября 1710 года султан Ахмед III объявил России войну",  # 1
      "political_activity", date="20 ноября 1710 года", place="Стамбул",
      actors=[("султан Ахмед III", "agent"), ("России", "target")],
      note="declaration of war; the sultan's capital is named in the same sentence")
event("заключён", "русский посол П. А. Толстой был заключён в Семибашенный замок Стамбула", "arrest",  # 2
      date="20 ноября 1710 года", place="Стамбул", actors=[("русский посол П. А. Толстой", "target")])
event("вторгся", "В феврале 1711 года хан с ордой, запорожцами и сторонниками гетмана в изгнании "  # 3
      "Ф. Орлика вторгся на Правобережную Украину", "attack",
      date="В феврале 1711 года", place="Правобережная Украина",
      actors=[("хан с ордой", "agent"), ("запорожцами", "agent"),
              ("сторонниками гетмана в изгнании Ф. Орлика", "agent")])
event("овладеть", "Их попытка овладеть Белой Церковью окончилась неудачей", "capture",  # 4
      date="В феврале 1711 года", place="Белая Церковь", assertion="failed")
event("угнали в полон", "татары угнали в полон несколько тысяч жителей", "deportation",  # 5
      date="В феврале 1711 года", place="Правобережная Украина",
      actors=[("татары", "agent"), ("жителей", "target")],
      quantities=[qty("несколько тысяч жителей", "displaced", None, min=3000, max=9000, approximate=True)],
      note="civilians carried off into captivity")
event("учредил", "22 февраля Пётр I учредил Правительствующий сенат", "founding",  # 6
      date="22 февраля", place="Москва",
      actors=[("Пётр I", "agent"), ("Правительствующий сенат", "participant")],
      note="Moscow is named in the next clause")
event("оглашён манифест о войне", "через три дня в Москве, в Успенском соборе, был оглашён манифест о войне "  # 7
      "с Турцией", "political_activity", date="через три дня", place="Москва",
      actors=[("Турцией", "target")], note="declaration of war")
event("назначен", "Главнокомандующим был назначен фельдмаршал Б. П. Шереметев", "political_activity",  # 8
      date={"edtf": "1711-03"}, actors=[("фельдмаршал Б. П. Шереметев", "participant")],
      note="appointment; the narrative places it at the declaration of war")
event("подписан", "13 апреля в Луцке был подписан союзный договор с господарем Молдавии Дмитрием Кантемиром",  # 9
      "treaty", date="13 апреля", place="Луцк",
      actors=[("господарем Молдавии Дмитрием Кантемиром", "participant")])
event("двинулась", "Весной армия численностью около 38 тыс. человек двинулась на юг", "reinforcement",  # 10
      date="Весной", actors=[("армия", "agent")],
      quantities=[qty("около 38 тыс. человек", "participants", 38000, approximate=True)])
event("перешёл", "В конце мая Шереметев перешёл Днестр", "reinforcement",  # 11
      date="В конце мая", place="Днестр", actors=[("Шереметев", "agent")])
event("вышла", "в начале июня его конница вышла к Пруту", "reinforcement",  # 12
      date="в начале июня", place="Прут", actors=[("его конница", "agent")])
event("прибыл", "24 июня в Яссы прибыл сам Пётр", "reinforcement",  # 13
      date="24 июня", place="Яссы", actors=[("Пётр", "agent")])
event("потянулись", "в русский лагерь потянулись молдавские добровольцы", "reinforcement",  # 14
      date="24 июня", place="Яссы", actors=[("молдавские добровольцы", "agent")])
event("выступил", "Господарь Валахии Константин Брынковяну так и не выступил против султана",  # 15
      "political_activity", date={"edtf": "1711-22"}, place="Валахия", assertion="negated",
      actors=[("Господарь Валахии Константин Брынковяну", "agent")],
      note="entry into the war that did not happen")
event("отправил", "Царь отправил кавалерию генерала К. Э. Ренне к Браилову на Дунае", "reinforcement",  # 16
      date={"edtf": "1711-07-05/1711-07-18"}, place="Браилов",
      actors=[("кавалерию генерала К. Э. Ренне", "agent")],
      note="between the arrival at Iasi and 7 July O.S.")
event("повёл", "главные силы повёл вниз по Пруту", "reinforcement",  # 17
      date={"edtf": "1711-07-05/1711-07-18"}, place="Прут", actors=[("главные силы", "agent")])
event("перешла", "7 июля у Фальчи реку перешла армия великого визиря Балтаджи Мехмед-паши — более 100 тыс. "  # 18
      "турок и десятки тысяч крымских татар", "reinforcement", date="7 июля", place="Фальчи",
      actors=[("армия великого визиря Балтаджи Мехмед-паши", "agent")],
      quantities=[qty("более 100 тыс. турок", "participants", 100000, min=100000, approximate=True),
                  qty("десятки тысяч крымских татар", "participants", None, min=20000, max=90000,
                      approximate=True)])
event("стычки", "Авангард генерала Януса после упорной стычки отошёл к главным силам", "battle",  # 19
      date="7 июля", place="Фальчи", actors=[("Авангард генерала Януса", "participant")],
      note="place: the crossing named in the previous sentence")
event("отошёл", "Авангард генерала Януса после упорной стычки отошёл к главным силам", "retreat",  # 20
      date="7 июля", place="Фальчи", actors=[("Авангард генерала Януса", "agent")])
event("отступление", "На следующий день русские начали отступление вверх по реке", "retreat",  # 21
      date="На следующий день", place="Прут", actors=[("русские", "agent")])
event("окружены", "русские начали отступление вверх по реке, но в тот же день были окружены у Станилешти",  # 22
      "siege", date="в тот же день", place="Станилешти", actors=[("русские", "target")],
      note="encirclement of the army coded as a siege")
event("бросались", "9 июля янычары несколько раз бросались на русский лагерь, однако были отбиты, потеряв "  # 23
      "около 7 тыс. человек", "attack", date="9 июля", place="Станилешти",
      actors=[("янычары", "agent"), ("русский лагерь", "target")],
      quantities=[qty("около 7 тыс. человек", "fatalities", 7000, approximate=True)])
event("обстреливали", "Турецкие пушки непрерывно обстреливали позиции", "bombardment",  # 24
      date={"edtf": "1711-07-19/1711-07-23"}, place="Станилешти", actors=[("Турецкие пушки", "agent")],
      note="during the encirclement, before the treaty")
event("переговоры", "Военный совет высказался за переговоры", "negotiations",  # 25
      date={"edtf": "1711-07-20/1711-07-23"}, place="Станилешти", actors=[("Военный совет", "agent")])
event("подписал", "Вице-канцлер П. П. Шафиров 12 июля подписал с визирем Прутский мирный договор", "treaty",  # 26
      date="12 июля", place="Прут",
      actors=[("Вице-канцлер П. П. Шафиров", "participant"), ("визирем", "participant")])
event("вышла из окружения", "Армия вышла из окружения с оружием и знамёнами", "retreat",  # 27
      date={"edtf": "1711-07-23/1711-07-31"}, place="Станилешти", actors=[("Армия", "agent")],
      note="after the treaty of 12 July O.S.")
event("бежал", "Вместе с войсками в Россию бежал Кантемир с семьёй и приближёнными", "flight",  # 28
      date={"edtf": "1711-07-23/1711-08-31"}, place="Россия",
      actors=[("Кантемир с семьёй и приближёнными", "agent")],
      note="the place is the destination, the only one the clause names")
event("овладел", "Ренне, ещё не знавший о мире, 14 июля овладел Браиловом", "capture",  # 29
      date="14 июля", place="Браилов", actors=[("Ренне", "agent")])
event("покинул", "но вскоре по приказу Петра покинул город", "retreat",  # 30
      date="вскоре", place="Браилов")
event("назначен", "Осенью 1711 года новым господарем Молдавии вместо Кантемира был назначен Николай "  # 31
      "Маврокордат", "political_activity", date="Осенью 1711 года", place="Молдавия",
      actors=[("Николай Маврокордат", "participant")], note="appointment")
event("перешёл", "Лишь в начале 1712 года Азов перешёл к туркам", "territorial_transfer",  # 32
      date="в начале 1712 года", place="Азов", actors=[("туркам", "participant")])
event("срыты", "укрепления Таганрога были срыты", "looting",  # 33
      date="в начале 1712 года", place="Таганрог",
      note="fortifications razed under the treaty: property destruction")
event("подписали мир", "5 апреля 1712 года в Константинополе подписали мир сроком на 25 лет", "treaty",  # 34
      date="5 апреля 1712 года", place="Константинополь")
event("объявил войну", "уже осенью султан снова объявил войну", "political_activity",  # 35
      date="осенью", place="Константинополь", actors=[("султан", "agent")],
      note="declaration of war")
event("оказались в Семибашенном замке", "русские дипломаты оказались в Семибашенном замке", "arrest",  # 36
      date="осенью", place="Константинополь", actors=[("русские дипломаты", "target")])
event("штурмом взяли", "В конце января 1713 года янычары и татары штурмом взяли укреплённый лагерь Карла XII "  # 37
      "у Бендер", "attack", date="В конце января 1713 года", place="Бендеры",
      actors=[("янычары и татары", "agent"), ("укреплённый лагерь Карла XII", "target")])
event("захватили в плен", "а самого короля захватили в плен", "arrest",  # 38
      date="В конце января 1713 года", place="Бендеры", actors=[("самого короля", "target")])
event("заключён", "13 июня 1713 года в Адрианополе был заключён окончательный мир", "treaty",  # 39
      date="13 июня 1713 года", place="Адрианополь")
