"""Gold spec for bench/heldout/kenesary_uprising_1837_1847.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style: day dates are converted to Gregorian (+12 days in
the 19th century), whole months and parts of months as intervals; seasons and years are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/kenesary_uprising_1837_1847.txt"

gazetteer({
    "Российская империя": ("polity", 55.75, 37.62, "Q34266"),
    "Средний жуз": ("region", 49.5, 71.0, None),
    "Акмолинск": ("settlement", 51.18, 71.45, "Q1520", "Астана"),
    "Ишим": ("river", 51.17, 71.43, None),
    "Ташкент": ("settlement", 41.3, 69.24, "Q269"),
    "Омск": ("settlement", 54.99, 73.37, None),
    "Восточная Сибирь": ("region", 56.0, 105.0, None),
    "Тургай": ("river", 49.63, 63.5, None),
    "Иргиз": ("river", 48.62, 61.26, None),
    "Оренбургский край": ("region", 51.77, 55.1, None),
    "Созак": ("settlement", 44.15, 68.46, None),
    "Каратау": ("mountain", 43.8, 68.9, None),
    "Кокандское ханство": ("polity", 40.53, 70.94, None),
    "Сырдарья": ("river", 44.3, 66.8, None),
    "Жулек": ("settlement", 44.35, 66.7, None),
    "Жанакорган": ("settlement", 43.91, 67.25, None),
    "Орск": ("settlement", 51.23, 58.49, None),
    "Екатерининская станица": ("settlement", 52.2, 59.9, None),
    "Оренбургское укрепление": ("settlement", 49.63, 63.5, None, "Торгай"),
    "Уральское укрепление": ("settlement", 48.62, 61.26, None, "Иргиз"),
    "Оренбург": ("settlement", 51.77, 55.1, None),
    "Западная Сибирь": ("region", 55.0, 73.4, None),
    "Сарыарка": ("region", 48.5, 71.0, None),
    "Семиречье": ("region", 44.5, 78.0, None),
    "Мерке": ("settlement", 42.87, 73.19, None),
    "Чу": ("river", 42.85, 75.3, None),
    "Майтобе": ("mountain", 42.85, 75.45, None),
    "Токмак": ("settlement", 42.84, 75.3, None, "Токмок"),
})

OS = "Old Style in the text, converted to Gregorian (+12 days)"

# ---- dates, in reading order
date("с 1837 по 1847 год", "1837/1847", "interval")
date("22 июня 1822 года", "1822-07-04", "day", note=f"22 June 1822 {OS}")
date("18 июня 1830 года", "1830-06-30", "day", note=f"18 June 1830 {OS}")
date("весной 1836 года", "1836-21", "season", note="season left as written")
date("В ноябре 1837 года", "1837-11-13/1837-12-12", "month", note=f"November 1837 {OS}: 1-30 Nov OS")
date("в тот же день", "1837-11-13/1837-12-12", "interval", derivation="anchored",
     note="the day of the November 1837 raid, known only to the month")
date("Вскоре", None, None, kind="vague", derivation="anchored", note="soon after November 1837")
date("В апреле 1838 года", "1838-04-13/1838-05-12", "month", note=f"April 1838 {OS}")
date("нескольких дней", None, None, kind="duration", note="unquantified: a few days")
date("В 1840 году", "1840", "year")
date("1 мая 1841 года", "1841-05-13", "day", note=f"1 May 1841 {OS}")
date("в сентябре 1841 года", "1841-09-13/1841-10-12", "month", note=f"September 1841 {OS}")
date("Тогда же", "1841-09-13/1841-10-12", "month", kind="vague", derivation="anchored",
     note="'at the same time' as the September 1841 election")
date("В последующие годы", "1842/1847", "interval", kind="vague", derivation="anchored",
     note="the years after 1841, up to the end of the rising")
date("В 1842 году", "1842", "year")
date("Весной 1843 года", "1843-21", "season", note="season left as written")
date("не позднее 5 мая", "1843-05-17", "day", derivation="anchored",
     note=f"'not later than 5 May' (1843) {OS}")
date("к 20 мая", "1843-06-01", "day", derivation="anchored", note=f"'by 20 May' (1843) {OS}")
date("К 1844 году", "1844", "year", note="'by 1844': the state reached by then")
date("В ночь на 22 июля 1844 года", "1844-08-02/1844-08-03", "day",
     note=f"night of 21-22 July 1844 {OS}")
date("В августе", "1844-08-13/1844-09-12", "month", derivation="anchored", note=f"August 1844 {OS}")
date("В 1845 году", "1845", "year")
date("Тогда же", "1845", "year", kind="vague", derivation="anchored", note="'at the same time', 1845")
date("В 1846 году", "1846", "year")
date("вскоре", None, None, kind="vague", derivation="anchored", note="soon after the siege of Merke, 1846")
date("Весной 1847 года", "1847-21", "season", note="season left as written")
date("В апреле", "1847-04-13/1847-05-12", "month", derivation="anchored", note=f"April 1847 {OS}")
date("нескольких дней", None, None, kind="duration", note="unquantified: a few days")
date("десятилетняя", None, None, kind="duration", duration="P10Y")

# ---- places, in reading order
for quote, name in [
    ("Российской империи", "Российская империя"), ("Среднем жузе", "Средний жуз"),
    ("Акмолинский", "Акмолинск"), ("Ишиме", "Ишим"), ("Ташкента", "Ташкент"),
    ("Омске", "Омск"), ("Восточную Сибирь", "Восточная Сибирь"), ("Акмолинский", "Акмолинск"),
    ("Тургай", "Тургай"), ("Иргиз", "Иргиз"), ("Оренбургского края", "Оренбургский край"),
    ("Созак", "Созак"), ("Каратау", "Каратау"), ("Кокандского ханства", "Кокандское ханство"),
    ("Сырдарье", "Сырдарья"), ("Жулек", "Жулек"), ("Жанакорган", "Жанакорган"),
    ("Орска", "Орск"), ("Тургаю", "Тургай"), ("Екатерининскую станицу", "Екатерининская станица"),
    ("Оренбургское", "Оренбургское укрепление"), ("Тургае", "Тургай"),
    ("Уральское", "Уральское укрепление"), ("Иргизе", "Иргиз"),
    ("Оренбурга", "Оренбург"), ("Западной Сибири", "Западная Сибирь"), ("Сарыарку", "Сарыарка"),
    ("Семиречье", "Семиречье"), ("Мерке", "Мерке"),
    ("Чу", "Чу"), ("Майтобе", "Майтобе"), ("Токмака", "Токмак"), ("Омск", "Омск"),
    ("Западной Сибири", "Западная Сибирь"),
]:
    place(quote, name)

# ---- events
event("выступление", "Крупнейшее выступление казахов против власти Российской империи продолжалось "  # 0
      "с 1837 по 1847 год", "uprising", date="с 1837 по 1847 год", actors=[("казахов", "agent")],
      note="the whole rising; the text names no single place for it")
event("утверждённый", "Устав о сибирских киргизах, утверждённый 22 июня 1822 года", "decree",  # 1
      date="22 июня 1822 года")
event("упразднил", "Устав о сибирских киргизах, утверждённый 22 июня 1822 года, упразднил ханскую власть "  # 2
      "в Среднем жузе", "abolition", date="22 июня 1822 года", place="Средний жуз")
event("заложенный", "Акмолинский приказ, заложенный на Ишиме 18 июня 1830 года", "founding",  # 3
      date="18 июня 1830 года", place="Акмолинск")
event("казнены", "весной 1836 года по приказу правителя Ташкента были казнены султаны Саржан и Есенгельды",  # 4
      "execution", date="весной 1836 года", place="Ташкент",
      actors=[("правителя Ташкента", "agent"), ("султаны Саржан и Есенгельды", "target")])
event("поднял восстание", "В ноябре 1837 года Кенесары поднял восстание", "uprising",  # 5
      date="В ноябре 1837 года", place="Средний жуз", actors=[("Кенесары", "agent")], same_as=0,
      note="the start of the rising coded at 0; place from the preceding paragraph")
event("набег", "В ноябре 1837 года Кенесары поднял восстание и совершил набег на аулы султанов, "  # 6
      "служивших властям", "attack", date="В ноябре 1837 года", place="Средний жуз",
      actors=[("Кенесары", "agent"), ("аулы султанов, служивших властям", "target")])
event("погоню", "Войсковой старшина Симонов в тот же день бросился в погоню, но настичь султана не сумел",  # 7
      "attack", date="в тот же день", assertion="failed",
      actors=[("Войсковой старшина Симонов", "agent"), ("султана", "target")])
event("захватил", "Войсковой старшина Симонов в тот же день бросился в погоню, но настичь султана не сумел "  # 8
      "и лишь захватил 8 повстанцев", "arrest", date="в тот же день",
      actors=[("Войсковой старшина Симонов", "agent"), ("повстанцев", "target")],
      quantities=[qty("8 повстанцев", "prisoners", 8)])
event("сослали", "Вскоре их судили в Омске и сослали на каторгу в Восточную Сибирь", "deportation",  # 9
      date={"edtf": "1837/1838"}, place="Восточная Сибирь",
      note="'soon' after November 1837; place is the destination; tried in Omsk")
event("осадили", "В апреле 1838 года отряды Кенесары осадили Акмолинский приказ", "siege",  # 10
      date="В апреле 1838 года", place="Акмолинск", actors=[("отряды Кенесары", "agent")])
event("осады", "после нескольких дней осады", "siege", date="В апреле 1838 года", place="Акмолинск",  # 11
      same_as=10, note="adds the duration of the siege")
event("сожжено", "после нескольких дней осады укрепление было сожжено", "looting",  # 12
      date="В апреле 1838 года", place="Акмолинск", actors=[("укрепление", "target")])
event("ушёл", "В 1840 году, спасаясь от преследования, Кенесары ушёл на запад, на Тургай и Иргиз",  # 13
      "retreat", date="В 1840 году", place="Тургай", actors=[("Кенесары", "agent")],
      note="place is the destination")
event("ушёл", "В 1840 году, спасаясь от преследования, Кенесары ушёл на запад, на Тургай и Иргиз",  # 14
      "retreat", date="В 1840 году", place="Иргиз", actors=[("Кенесары", "agent")],
      note="place is the destination")
event("переписку", "Военный губернатор Оренбургского края В. А. Перовский завязал с ним переписку",  # 15
      "negotiations", date={"edtf": "1840/1841"}, actors=[("В. А. Перовский", "participant")],
      note="correspondence between the 1840 move and the pardon of 1 May 1841")
event("прощение", "1 мая 1841 года Николай I даровал султану прощение", "amnesty",  # 16
      date="1 мая 1841 года", actors=[("Николай I", "agent"), ("султану", "target")])
event("освободить", "1 мая 1841 года Николай I даровал султану прощение и велел освободить его захваченного "  # 17
      "брата Габдуллу", "amnesty", date="1 мая 1841 года",
      actors=[("Николай I", "agent"), ("брата Габдуллу", "target")], note="order to release a prisoner")
event("провозгласил", "в сентябре 1841 года съезд представителей трёх жузов провозгласил Кенесары ханом",  # 18
      "election", date="в сентябре 1841 года",
      actors=[("съезд представителей трёх жузов", "agent"), ("Кенесары", "participant")])
event("осадили", "Тогда же его воины вместе с отрядом батыра Жанкожи осадили кокандскую крепость Созак",  # 19
      "siege", date="Тогда же", place="Созак",
      actors=[("его воины", "agent"), ("отрядом батыра Жанкожи", "agent")])
event("взяли", "Тогда же его воины вместе с отрядом батыра Жанкожи осадили кокандскую крепость Созак у "  # 20
      "подножия Каратау и взяли её штурмом", "capture", date="Тогда же", place="Созак",
      actors=[("его воины", "agent"), ("отрядом батыра Жанкожи", "agent")])
event("нападал", "В последующие годы хан не раз нападал на крепости Кокандского ханства на Сырдарье — "  # 21
      "Жулек и Жанакорган", "attack", date="В последующие годы", place="Жулек", actors=[("хан", "agent")])
event("нападал", "В последующие годы хан не раз нападал на крепости Кокандского ханства на Сырдарье — "  # 22
      "Жулек и Жанакорган", "attack", date="В последующие годы", place="Жанакорган",
      actors=[("хан", "agent")])
event("сменил", "В 1842 году Перовского сменил генерал В. А. Обручев", "political_activity",  # 23
      date="В 1842 году", place="Оренбургский край",
      actors=[("генерал В. А. Обручев", "participant"), ("Перовского", "participant")],
      note="appointment of a new Orenburg governor")
event("выступить", "отряд войскового старшины Лебедева должен был выступить из Орска не позднее 5 мая",  # 24
      "reinforcement", date="не позднее 5 мая", place="Орск", assertion="hypothetical",
      actors=[("отряд войскового старшины Лебедева", "agent")], note="a planned movement")
event("выйти", "отряд войскового старшины Лебедева должен был выступить из Орска не позднее 5 мая и к 20 мая "  # 25
      "выйти к Тургаю", "reinforcement", date="к 20 мая", place="Тургай", assertion="hypothetical",
      actors=[("отряд войскового старшины Лебедева", "agent")], note="a planned movement")
event("Настичь", "Настичь хана каратели так и не смогли", "attack", date={"edtf": "1843"},  # 26
      assertion="failed", actors=[("каратели", "agent"), ("хана", "target")])
event("собиралось", "К 1844 году под его знамёнами собиралось, по оценкам историков, до 20 тыс. всадников",  # 27
      "uprising", date="К 1844 году", same_as=0,
      quantities=[qty("до 20 тыс. всадников", "participants", 20000, max=20000, approximate=True)],
      note="the strength of the rising; only the figure is attributed to historians")
event("атаковал", "В ночь на 22 июля 1844 года Кенесары внезапно атаковал лагерь султана Ахмета Джантюрина "  # 28
      "и разгромил его ополчение; погибли 44 султана", "attack", date="В ночь на 22 июля 1844 года",
      actors=[("Кенесары", "agent"), ("лагерь султана Ахмета Джантюрина", "target")],
      quantities=[qty("44 султана", "fatalities", 44)])
event("бой", "Отряд полковника Дуниковского, стоявший в нескольких верстах, в бой так и не вступил",  # 29
      "battle", date="В ночь на 22 июля 1844 года", assertion="negated",
      actors=[("Отряд полковника Дуниковского", "agent")])
event("захватили", "В августе повстанцы захватили и сожгли Екатерининскую станицу", "capture",  # 30
      date="В августе", place="Екатерининская станица", actors=[("повстанцы", "agent")])
event("сожгли", "В августе повстанцы захватили и сожгли Екатерининскую станицу", "looting",  # 31
      date="В августе", place="Екатерининская станица", actors=[("повстанцы", "agent")])
event("переговоры", "В 1845 году Обручев вступил с ханом в переговоры через есаула Долгова", "negotiations",  # 32
      date="В 1845 году",
      actors=[("Обручев", "participant"), ("ханом", "participant"), ("есаула Долгова", "participant")])
event("мира", "В 1845 году Обручев вступил с ханом в переговоры через есаула Долгова, но они не принесли "  # 33
      "мира", "treaty", date="В 1845 году", assertion="negated")
event("заложены", "Тогда же в степи были заложены укрепления Оренбургское на Тургае", "founding",  # 34
      date="Тогда же", place="Оренбургское укрепление")
event("заложены", "Тогда же в степи были заложены укрепления Оренбургское на Тургае и Уральское на Иргизе",  # 35
      "founding", date="Тогда же", place="Уральское укрепление")
event("двинулись", "В 1846 году против хана одновременно двинулись войска из Оренбурга и Западной Сибири",  # 36
      "attack", date="В 1846 году",
      actors=[("войска из Оренбурга и Западной Сибири", "agent"), ("хана", "target")],
      note="a converging offensive; Orenburg and Western Siberia are where the troops came from, "
           "not where they acted")
event("оставив", "В 1846 году против хана одновременно двинулись войска из Оренбурга и Западной Сибири, и "  # 37
      "Кенесары, оставив Сарыарку, ушёл в Семиречье", "retreat", date="В 1846 году", place="Сарыарка",
      actors=[("Кенесары", "agent")])
event("ушёл", "В 1846 году против хана одновременно двинулись войска из Оренбурга и Западной Сибири, и "  # 38
      "Кенесары, оставив Сарыарку, ушёл в Семиречье", "retreat", date="В 1846 году", place="Семиречье",
      actors=[("Кенесары", "agent")], note="place is the destination")
event("отпустил", "Там он отпустил около 200 пленных киргизов", "amnesty", date="В 1846 году",  # 39
      place="Семиречье", actors=[("пленных киргизов", "target")],
      quantities=[qty("около 200 пленных киргизов", "prisoners", 200, approximate=True)],
      note="release of prisoners")
event("осадил", "а затем осадил кокандскую крепость Мерке", "siege", date="В 1846 году", place="Мерке")  # 40
event("сдался", "а затем осадил кокандскую крепость Мерке, гарнизон которой вскоре сдался", "capture",  # 41
      date={"edtf": "1846"}, place="Мерке", actors=[("гарнизон", "target")],
      note="the garrison surrendered to Kenesary 'soon' after the siege began")
event("вторгся", "Весной 1847 года хан вторгся в долину Чу", "attack", date="Весной 1847 года",  # 42
      place="Чу", actors=[("хан", "agent")])
event("собрали", "Манапы Ормон и Жантай собрали против него ополчение", "reinforcement",  # 43
      date="Весной 1847 года", place="Чу", actors=[("Манапы Ормон и Жантай", "agent")])
event("разбито", "В апреле у горы Майтобе близ Токмака казахское войско после нескольких дней боёв было "  # 44
      "разбито", "battle", date="В апреле", place="Майтобе",
      actors=[("казахское войско", "participant")])
event("попал в плен", "Кенесары попал в плен", "arrest", date="В апреле", place="Майтобе",  # 45
      actors=[("Кенесары", "target")])
event("казнён", "Кенесары попал в плен и был казнён вместе с братом Наурызбаем", "execution",  # 46
      date="В апреле", place="Майтобе",
      actors=[("Кенесары", "target"), ("братом Наурызбаем", "target"), ("Манапы Ормон и Жантай", "agent")],
      note="killed by the Kyrgyz after the battle; place from the preceding sentence")
event("борьба", "Так закончилась десятилетняя борьба", "uprising", date={"edtf": "1837/1847"},  # 47
      same_as=0, note="the end of the rising; adds its ten-year duration")
