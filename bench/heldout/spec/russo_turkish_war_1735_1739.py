"""Gold spec for bench/heldout/russo_turkish_war_1735_1739.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style (Julian). Day and month dates are converted to the
Gregorian calendar (+11 days in the 18th century); seasons and years are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_turkish_war_1735_1739.txt"

gazetteer({
    "Россия": ("polity", 59.94, 30.31, "Q34266"),
    "Азов": ("settlement", 47.11, 39.42, None),
    "Чёрное море": ("sea", 43.4, 34.0, "Q166"),
    "Крым": ("region", 45.3, 34.4, "Q7835"),
    "Перекоп": ("settlement", 46.15, 33.69, None),
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Днепр": ("river", 47.5, 34.6, "Q40855"),
    "Козлов": ("settlement", 45.19, 33.37, None, "Евпатория"),
    "Бахчисарай": ("settlement", 44.75, 33.86, None),
    "Кинбурн": ("settlement", 46.56, 31.51, None),
    "Украина": ("region", 49.5, 33.0, None),
    "Буг": ("river", 48.05, 30.85, None),
    "Очаков": ("settlement", 46.61, 31.54, None),
    "Арабатская стрелка": ("region", 45.75, 35.05, None),
    "Карасубазар": ("settlement", 45.05, 34.6, None, "Белогорск"),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Немиров": ("settlement", 48.98, 28.84, None),
    "Днестр": ("river", 48.5, 26.6, None),
    "Речь Посполитая": ("polity", 52.23, 21.01, "Q172107"),
    "Ставучаны": ("settlement", 48.42, 26.36, None, "Ставчаны"),
    "Хотин": ("settlement", 48.51, 26.49, None),
    "Яссы": ("settlement", 47.16, 27.59, None),
    "Молдавия": ("polity", 47.16, 27.59, None),
    "Белград": ("settlement", 44.82, 20.46, "Q3711"),
    "Франция": ("polity", 48.86, 2.35, "Q70972"),
})

OS = "Old Style in the text, +11 days"

# ---- dates, in reading order
date("1735–1739 годов", "1735/1739", "interval")
date("в 1711 году", "1711", "year")
date("Осенью 1735 года", "1735-23", "season")
date("В марте 1736 года", "1736-03-12/1736-04-11", "month", note="March Old Style, converted as an interval")
date("в апреле", "1736-04-12/1736-05-11", "month", derivation="anchored",
     note="April 1736 Old Style, converted as an interval")
date("19 июня", "1736-06-30", "day", derivation="anchored", note=OS)
date("20 мая", "1736-05-31", "day", derivation="anchored", note=OS)
date("В начале июня", "1736-06-12/1736-06-21", "interval", derivation="anchored",
     note="1-10 June Old Style, converted")
date("17 июня", "1736-06-28", "day", derivation="anchored", note=OS)
date("Тогда же", "1736-06-12/1736-07-11", "month", kind="vague", derivation="anchored",
     note="'at the same time' as the June captures: June 1736 Old Style, converted")
date("вскоре", "1736-06-28/1736-07-31", "interval", kind="vague", derivation="anchored",
     note="soon after 17 June (Old Style); open end, about a month")
date("к осени", "1736-23", "season", derivation="anchored", note="'by autumn'")
date("Весной 1737 года", "1737-21", "season")
date("30 июня", "1737-07-11", "day", derivation="anchored", note=OS)
date("2 июля", "1737-07-13", "day", derivation="anchored", note=OS)
date("Летом того же года", "1737-22", "season", derivation="anchored")
date("Тогда же", "1737-22", "season", kind="vague", derivation="anchored",
     note="'at the same time' as the summer of 1737")
date("В августе", "1737-08-12/1737-09-11", "month", derivation="anchored",
     note="August 1737 Old Style, converted as an interval")
date("В октябре", "1737-10-12/1737-11-11", "month", derivation="anchored",
     note="October 1737 Old Style, converted as an interval")
date("Летом 1738 года", "1738-22", "season")
date("вскоре", "1738-06/1738-09", "interval", kind="vague", derivation="anchored",
     note="soon after the summer invasion of 1738")
date("осенью", "1738-23", "season", derivation="anchored")
date("В 1739 году", "1739", "year")
date("17 августа", "1739-08-28", "day", derivation="anchored", note=OS)
date("19 августа", "1739-08-30", "day", derivation="anchored", note=OS)
date("1 сентября", "1739-09-12", "day", derivation="anchored", note=OS)
date("Через несколько дней", "1739-09-14/1739-09-22", "interval", derivation="computed",
     note="1 September Old Style (12 September) + a few days")
date("7 сентября 1739 года", "1739-09-18", "day", note=OS)
date("вскоре", "1739-09-18/1739-10-31", "interval", kind="vague", derivation="anchored",
     note="soon after the peace of 7 (18) September; open end")

# ---- places, in reading order
for quote, name in [
    ("Россия", None), ("Азов", None), ("Чёрному морю", "Чёрное море"), ("Крым", None),
    ("Перекопа", "Перекоп"),
    ("Азов", None), ("Россия", None), ("Османской империи", "Османская империя"),
    ("Днепра", "Днепр"), ("Крыму", "Крым"), ("Перекопскими", "Перекоп"), ("Козлов", None),
    ("Бахчисарай", None), ("Кинбурн", None), ("Украину", "Украина"),
    ("Буг", None), ("Очакову", "Очаков"), ("Очаков", None), ("Арабатской стрелке", "Арабатская стрелка"),
    ("Крым", None), ("Карасубазар", None), ("России", "Россия"), ("Австрия", None),
    ("Немирове", "Немиров"), ("Очаков", None),
    ("Крым", None), ("Перекоп", None), ("Днестр", None), ("Очакове", "Очаков"), ("Кинбурне", "Кинбурн"),
    ("Речи Посполитой", "Речь Посполитая"), ("Днестру", "Днестр"), ("Ставучаны", None),
    ("Хотин", None), ("Яссы", None), ("Молдавии", "Молдавия"),
    ("Австрия", None), ("Белграде", "Белград"), ("Франции", "Франция"), ("Азов", None),
    ("России", "Россия"), ("Хотин", None), ("Молдавия", None),
    ("Османской империи", "Османская империя"), ("Молдавии", "Молдавия"),
]:
    place(quote, name)

# ---- events
event("утраченный", "вернуть утраченный в 1711 году Азов", "territorial_transfer",  # 0
      date="в 1711 году", place="Азов", note="Azov lost by Russia in 1711; the clause states the loss")
event("выступил", "Осенью 1735 года генерал М. И. Леонтьев с корпусом около 40 тыс. человек выступил на Крым",  # 1
      "attack", date="Осенью 1735 года", place="Крым", assertion="failed",
      actors=[("генерал М. И. Леонтьев", "agent")],
      quantities=[qty("около 40 тыс. человек", "participants", 40000, approximate=True)],
      note="the campaign turned back before reaching Perekop")
event("повернул назад", "но из-за бескормицы и ранних морозов повернул назад, не дойдя до Перекопа и потеряв "  # 2
      "от болезней и холода до 9 тыс. солдат", "retreat", date="Осенью 1735 года",
      quantities=[qty("до 9 тыс. солдат", "fatalities", 9000, max=9000, approximate=True)],
      note="turned back in the steppe short of Perekop; no place is given for it")
event("осадили", "В марте 1736 года русские войска осадили Азов", "siege",  # 3
      date="В марте 1736 года", place="Азов", actors=[("русские войска", "agent")])
event("объявила войну", "в апреле Россия официально объявила войну Османской империи",  # 4
      "political_activity", date="в апреле", place="Россия",
      actors=[("Россия", "agent"), ("Османской империи", "target")])
event("бомбардировки", "После упорной бомбардировки", "bombardment",  # 5
      date={"edtf": "1736-03-12/1736-06-30"}, place="Азов",
      note="between the start of the siege and the surrender of 19 (30) June")
event("сдал крепость", "19 июня турецкий гарнизон численностью около 3,5 тыс. человек сдал крепость генералу "  # 6
      "П. П. Ласси", "capture", date="19 июня", place="Азов",
      actors=[("генералу П. П. Ласси", "agent"), ("турецкий гарнизон", "target")],
      quantities=[qty("около 3,5 тыс. человек", "participants", 3500, approximate=True)])
event("двинулась", "Армия фельдмаршала Б. Х. Миниха, насчитывавшая около 50 тыс. человек, двинулась от "  # 7
      "Днепра к Крыму", "attack", date={"edtf": "1736-04-12/1736-05-31"}, place="Крым",
      actors=[("Армия фельдмаршала Б. Х. Миниха", "agent")],
      quantities=[qty("около 50 тыс. человек", "participants", 50000, approximate=True)],
      note="the campaign set out before the storming of Perekop on 20 May (31 May)")
event("овладела", "20 мая она штурмом овладела Перекопскими укреплениями", "capture",  # 8
      date="20 мая", place="Перекоп")
event("вступила", "20 мая она штурмом овладела Перекопскими укреплениями и вступила на полуостров", "attack",  # 9
      date="20 мая", place="Крым", same_as=7, note="the campaign of event 7 enters the Crimea")
event("заняли", "В начале июня русские заняли Козлов", "capture",  # 10
      date="В начале июня", place="Козлов", actors=[("русские", "agent")])
event("заняли", "В начале июня русские заняли Козлов, а 17 июня — ханскую столицу Бахчисарай", "capture",  # 11
      date="17 июня", place="Бахчисарай", actors=[("русские", "agent")])
event("сожжён", "17 июня — ханскую столицу Бахчисарай, который был почти целиком сожжён", "looting",  # 12
      date="17 июня", place="Бахчисарай")
event("занял", "Тогда же отряд Леонтьева без боя занял Кинбурн", "occupation",  # 13
      date="Тогда же", place="Кинбурн", actors=[("отряд Леонтьева", "agent")])
event("повернула назад", "армия Миниха вскоре повернула назад", "retreat",  # 14
      date="вскоре", place="Крым", actors=[("армия Миниха", "agent")])
event("вернулась", "армия Миниха вскоре повернула назад и к осени вернулась на Украину", "retreat",  # 15
      date="к осени", place="Украина", actors=[("армия Миниха", "agent")], same_as=14,
      note="the end of the same withdrawal; the text adds heavy losses without a count")
event("переправился", "Весной 1737 года Миних с армией около 70 тыс. человек переправился через Буг",  # 16
      "reinforcement", date="Весной 1737 года", place="Буг", actors=[("Миних", "agent")],
      quantities=[qty("около 70 тыс. человек", "participants", 70000, approximate=True)])
event("подошёл", "Весной 1737 года Миних с армией около 70 тыс. человек переправился через Буг и 30 июня "
      "подошёл к Очакову", "reinforcement",  # 17
      date="30 июня", place="Очаков", actors=[("Миних", "agent")])
event("подожгла", "Русская артиллерия подожгла город", "bombardment",  # 18
      date={"edtf": "1737-07-11/1737-07-13"}, place="Очаков", actors=[("Русская артиллерия", "agent")],
      note="between the arrival of 30 June and the fall of 2 July (Old Style)")
event("взорвался", "в крепости взорвался пороховой погреб", "explosion",  # 19
      date={"edtf": "1737-07-11/1737-07-13"}, place="Очаков",
      note="set off by the Russian bombardment; before the fall of 2 July (Old Style)")
event("штурма", "2 июля после кровопролитного штурма", "attack",  # 20
      date="2 июля", place="Очаков",
      quantities=[qty("до 20 тыс. человек", "participants", 20000, max=20000, approximate=True)],
      note="the garrison's strength is given in the previous sentence")
event("пал", "2 июля после кровопролитного штурма Очаков пал", "capture",  # 21
      date="2 июля", place="Очаков")
event("потеряли", "Турки потеряли убитыми около 17 тыс. человек, свыше 3 тыс. попали в плен", "capture",  # 22
      date="2 июля", place="Очаков", same_as=21, actors=[("Турки", "target")],
      quantities=[qty("около 17 тыс. человек", "fatalities", 17000, approximate=True),
                  qty("свыше 3 тыс.", "prisoners", 3000, min=3000, approximate=True)])
event("прошли", "Летом того же года войска Ласси прошли по Арабатской стрелке в Крым", "attack",  # 23
      date="Летом того же года", place="Крым", actors=[("войска Ласси", "agent")])
event("разбили", "войска Ласси прошли по Арабатской стрелке в Крым, разбили ханскую конницу", "battle",  # 24
      date="Летом того же года", place="Крым",
      actors=[("войска Ласси", "agent"), ("ханскую конницу", "target")])
event("разорили", "войска Ласси прошли по Арабатской стрелке в Крым, разбили ханскую конницу и разорили "  # 25
      "Карасубазар", "looting", date="Летом того же года", place="Карасубазар",
      actors=[("войска Ласси", "agent")])
event("вступила", "Тогда же в войну на стороне России вступила Австрия", "political_activity",  # 26
      date="Тогда же", place="Австрия", actors=[("Австрия", "agent")], note="entry into the war")
event("конгресс", "В августе в Немирове открылся мирный конгресс", "negotiations",  # 27
      date="В августе", place="Немиров")
event("соглашению", "мирный конгресс, который, однако, так и не привёл к соглашению", "treaty",  # 28
      place="Немиров", assertion="negated", note="no agreement was reached")
event("осадила", "В октябре турецкая армия осадила Очаков", "siege",  # 29
      date="В октябре", place="Очаков", actors=[("турецкая армия", "agent")])
event("выдержал осаду", "гарнизон генерала И. Б. Штоффельна выдержал осаду", "siege",  # 30
      date="В октябре", place="Очаков", assertion="failed", same_as=29,
      actors=[("гарнизон генерала И. Б. Штоффельна", "target")],
      note="the garrison held: the Turkish siege failed")
event("отступил", "и неприятель отступил", "retreat",  # 31
      date="В октябре", place="Очаков", actors=[("неприятель", "agent")])
event("вторгся", "Летом 1738 года Ласси вновь вторгся в Крым", "attack",  # 32
      date="Летом 1738 года", place="Крым", actors=[("Ласси", "agent")])
event("занял", "Летом 1738 года Ласси вновь вторгся в Крым и занял Перекоп", "capture",  # 33
      date="Летом 1738 года", place="Перекоп", actors=[("Ласси", "agent")])
event("оставил", "Летом 1738 года Ласси вновь вторгся в Крым и занял Перекоп, однако из-за нехватки "
      "продовольствия вскоре оставил полуостров", "retreat",  # 34
      date="вскоре", place="Крым", actors=[("Ласси", "agent")])
event("пытался переправиться", "Миних же безуспешно пытался переправиться через Днестр", "attack",  # 35
      date="Летом 1738 года", place="Днестр", assertion="failed", actors=[("Миних", "agent")])
event("покинули", "В Очакове и Кинбурне распространилась чума, и осенью русские гарнизоны покинули обе "  # 36
      "крепости", "retreat", date="осенью", place="Очаков", actors=[("русские гарнизоны", "agent")])
event("покинули", "В Очакове и Кинбурне распространилась чума, и осенью русские гарнизоны покинули обе "  # 37
      "крепости", "retreat", date="осенью", place="Кинбурн", actors=[("русские гарнизоны", "agent")])
event("прошла", "В 1739 году главная армия Миниха прошла через земли Речи Посполитой к Днестру",  # 38
      "reinforcement", date="В 1739 году", place="Днестр", actors=[("главная армия Миниха", "agent")],
      note="place: the destination")
event("разгромила", "17 августа у деревни Ставучаны разгромила турецко-татарское войско Вели-паши, "  # 39
      "насчитывавшее, по разным сведениям, 70–90 тыс. человек", "battle",
      date="17 августа", place="Ставучаны",
      actors=[("главная армия Миниха", "agent"), ("турецко-татарское войско Вели-паши", "target")],
      quantities=[qty("70–90 тыс. человек", "participants", None, min=70000, max=90000, approximate=True)],
      note="the battle is asserted; only the enemy's strength is attributed")
event("потеряли", "По донесению фельдмаршала, русские потеряли лишь 13 человек убитыми и 54 ранеными",  # 40
      "battle", date="17 августа", place="Ставучаны", same_as=39,
      quantities=[qty("13 человек", "fatalities", 13), qty("54", "wounded", 54)],
      note="the battle is asserted; only the loss figures are attributed to Münnich's report")
event("капитулировал", "19 августа без сопротивления капитулировал Хотин", "capture",  # 41
      date="19 августа", place="Хотин")
event("вступили", "1 сентября русские полки вступили в Яссы", "occupation",  # 42
      date="1 сентября", place="Яссы", actors=[("русские полки", "agent")])
event("объявило о переходе", "Через несколько дней собрание молдавских бояр объявило о переходе Молдавии "  # 43
      "в российское подданство", "accession", date="Через несколько дней", place="Молдавия",
      actors=[("собрание молдавских бояр", "agent")])
event("заключила", "союзная Австрия, потерпев ряд поражений, заключила с турками сепаратный мир", "treaty",  # 44
      date={"edtf": "1739-08/1739-09"},
      actors=[("союзная Австрия", "participant"), ("турками", "participant")],
      note="the text gives no date or place; before the Russian treaty of 7 (18) September")
event("подписан", "7 сентября 1739 года в Белграде при посредничестве Франции был подписан русско-турецкий "  # 45
      "мирный договор", "treaty", date="7 сентября 1739 года", place="Белград",
      actors=[("Франции", "participant")])
event("отходил", "Азов отходил к России", "territorial_transfer",  # 46
      date="7 сентября 1739 года", place="Азов", actors=[("России", "participant")],
      note="a term of the treaty")
event("возвращались", "а Хотин и Молдавия возвращались Османской империи", "territorial_transfer",  # 47
      date="7 сентября 1739 года", place="Хотин", actors=[("Османской империи", "participant")],
      note="a term of the treaty")
event("возвращались", "а Хотин и Молдавия возвращались Османской империи", "territorial_transfer",  # 48
      date="7 сентября 1739 года", place="Молдавия", actors=[("Османской империи", "participant")],
      note="a term of the treaty")
event("выводить", "Получив известие о мире, Миних вскоре начал выводить войска из Молдавии", "retreat",  # 49
      date="вскоре", place="Молдавия", actors=[("Миних", "agent")])
