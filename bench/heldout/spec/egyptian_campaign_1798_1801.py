"""Gold spec for bench/heldout/egyptian_campaign_1798_1801.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/egyptian_campaign_1798_1801.txt"

gazetteer({
    "Египет": ("region", 26.8, 30.8, "Q79"),
    "Тулон": ("settlement", 43.12, 5.93, None),
    "Мальта": ("region", 35.9, 14.45, "Q233"),
    "Ла-Валлетта": ("settlement", 35.9, 14.51, None),
    "Александрия": ("settlement", 31.2, 29.92, "Q87"),
    "Нил": ("river", 30.06, 31.23, "Q3392"),
    "Шубрахит": ("settlement", 31.03, 30.71, None),
    "Эмбабе": ("settlement", 30.08, 31.21, None),
    "Каир": ("settlement", 30.04, 31.24, "Q85"),
    "Пирамиды": ("region", 29.98, 31.13, None),
    "Верхний Египет": ("region", 26.16, 32.72, None),
    "Абукирский залив": ("sea", 31.35, 30.1, None),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Сирия": ("region", 33.51, 36.29, None),
    "Эль-Ариш": ("settlement", 31.13, 33.8, None),
    "Яффа": ("settlement", 32.05, 34.75, None),
    "Акра": ("settlement", 32.93, 35.08, None),
    "Табор": ("mountain", 32.687, 35.39, None),
    "Дамаск": ("settlement", 33.51, 36.29, None),
    "Абукир": ("settlement", 31.32, 30.06, None),
    "Гелиополис": ("settlement", 30.13, 31.31, None),
})

# ---- dates, in reading order (the text states once that its dates are Gregorian)
date("с 1798 по 1801 год", "1798/1801", "interval")
date("19 мая 1798 года", "1798-05-19", "day")
date("10 июня", "1798-06-10", "day", derivation="anchored")
date("через два дня", "1798-06-12", "day", derivation="computed", note="10 June + 2 days")
date("1 июля", "1798-07-01", "day", derivation="anchored")
date("на следующий день", "1798-07-02", "day", derivation="computed", note="1 July + 1 day")
date("13 июля", "1798-07-13", "day", derivation="anchored")
date("21 июля", "1798-07-21", "day", derivation="anchored")
date("24 июля", "1798-07-24", "day", derivation="anchored")
date("1–2 августа", "1798-08-01/1798-08-02", "interval", derivation="anchored")
date("В сентябре", "1798-09", "month", derivation="anchored")
date("21 октября", "1798-10-21", "day", derivation="anchored")
date("в первые же часы", "1798-10-21", "day", derivation="anchored",
     note="the first hours of the rising of 21 October")
date("На следующий день", "1798-10-22", "day", derivation="computed", note="21 October + 1 day")
date("к вечеру", "1798-10-22", "day", derivation="anchored", note="the evening of 22 October")
date("В феврале 1799 года", "1799-02", "month")
date("19 февраля", "1799-02-19", "day", derivation="anchored")
date("7 марта", "1799-03-07", "day", derivation="anchored")
date("через несколько дней", "1799-03-09/1799-03-17", "interval", derivation="computed",
     note="7 March + a few days")
date("19 марта", "1799-03-19", "day", derivation="anchored")
date("16 апреля", "1799-04-16", "day", derivation="anchored")
date("20 мая", "1799-05-20", "day", derivation="anchored")
date("25 июля 1799 года", "1799-07-25", "day")
date("В ночь на 23 августа", "1799-08-22/1799-08-23", "day", derivation="anchored")
date("24 января 1800 года", "1800-01-24", "day")
date("20 марта", "1800-03-20", "day", derivation="anchored")
date("в апреле", "1800-04", "month", derivation="anchored")
date("14 июня 1800 года", "1800-06-14", "day")
date("вскоре", "1800-06-14/1800-06-30", "interval", kind="vague", derivation="anchored",
     note="soon after 14 June 1800")
date("8 марта 1801 года", "1801-03-08", "day")
date("вскоре", "1801-03-08/1801-04-08", "interval", kind="vague", derivation="anchored",
     note="soon after 8 March 1801")
date("21 марта", "1801-03-21", "day", derivation="anchored")
date("через неделю", "1801-03-28", "day", derivation="computed", note="21 March + 7 days")
date("27 июня", "1801-06-27", "day", derivation="anchored")
date("2 сентября", "1801-09-02", "day", derivation="anchored")
date("Осенью", "1801-23", "season", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Египетский", "Египет"), ("Тулона", "Тулон"), ("Мальте", "Мальта"), ("Ла-Валлетту", "Ла-Валлетта"),
    ("Александрии", "Александрия"),
    ("Нилу", "Нил"), ("Шубрахита", "Шубрахит"), ("Эмбабе", "Эмбабе"), ("Каира", "Каир"),
    ("пирамид", "Пирамиды"), ("Каир", "Каир"), ("Верхний Египет", "Верхний Египет"),
    ("Абукирском заливе", "Абукирский залив"), ("Франции", "Франция"),
    ("Османская империя", "Османская империя"), ("Франции", "Франция"), ("Каире", "Каир"),
    ("Сирию", "Сирия"), ("Эль-Ариша", "Эль-Ариш"), ("Яффа", "Яффа"), ("Акры", "Акра"),
    ("горы Табор", "Табор"), ("Дамаска", "Дамаск"), ("Акры", "Акра"), ("Египет", "Египет"),
    ("Абукиром", "Абукир"), ("Францию", "Франция"), ("Эль-Арише", "Эль-Ариш"),
    ("Гелиополиса", "Гелиополис"), ("Каире", "Каир"), ("Каире", "Каир"),
    ("Абукира", "Абукир"), ("Сирии", "Сирия"), ("Египет", "Египет"), ("Александрией", "Александрия"),
    ("Каир", "Каир"), ("Францию", "Франция"), ("Александрии", "Александрия"),
]:
    place(quote, name)

# ---- events
event("вышла", "19 мая 1798 года из Тулона вышла экспедиция генерала Бонапарта — около 35 тыс. солдат "  # 0
      "на нескольких сотнях судов", "reinforcement", date="19 мая 1798 года", place="Тулон",
      actors=[("экспедиция генерала Бонапарта", "agent")],
      quantities=[qty("около 35 тыс. солдат", "participants", 35000, approximate=True)],
      note="departure of the expedition; the place is its port of departure")
event("высадились", "10 июня французы высадились на Мальте", "reinforcement",  # 1
      date="10 июня", place="Мальта", actors=[("французы", "agent")])
event("сдали", "через два дня рыцари ордена иоаннитов почти без сопротивления сдали Ла-Валлетту",  # 2
      "capture", date="через два дня", place="Ла-Валлетта",
      actors=[("рыцари ордена иоаннитов", "target")], note="the knights surrendered the city to the French")
event("подошёл", "1 июля флот подошёл к Александрии", "reinforcement",  # 3
      date="1 июля", place="Александрия", actors=[("флот", "agent")])
event("взят штурмом", "на следующий день город был взят штурмом", "capture",  # 4
      date="на следующий день", place="Александрия")
event("отбила", "армия 13 июля отбила у Шубрахита атаку мамлюков", "battle",  # 5
      date="13 июля", place="Шубрахит", actors=[("армия", "participant"), ("мамлюков", "participant")])
event("разгромила", "21 июля у селения Эмбабе, напротив Каира, разгромила конницу Мурад-бея", "battle",  # 6
      date="21 июля", place="Эмбабе", actors=[("конницу Мурад-бея", "participant")])
event("битве", "В этой «битве у пирамид» мамлюки потеряли более 2 тыс. человек, французы — лишь "  # 7
      "несколько десятков", "battle", date="21 июля", place="Эмбабе", same_as=6,
      actors=[("мамлюки", "participant")],
      quantities=[qty("более 2 тыс. человек", "fatalities", 2000, min=2000, approximate=True),
                  qty("несколько десятков", "fatalities", None, min=20, max=90, approximate=True)],
      note="losses of each side: the Mamluks and the French")
event("вступил", "24 июля Бонапарт без боя вступил в Каир", "occupation",  # 8
      date="24 июля", place="Каир", actors=[("Бонапарт", "agent")])
event("ушёл", "24 июля Бонапарт без боя вступил в Каир, а Мурад-бей ушёл в Верхний Египет", "retreat",  # 9
      date="24 июля", place="Верхний Египет", actors=[("Мурад-бей", "agent")],
      note="the place is the destination, the only place the clause names")
event("уничтожила", "уже 1–2 августа эскадра Нельсона уничтожила французский флот в Абукирском заливе",  # 10
      "battle", date="1–2 августа", place="Абукирский залив",
      actors=[("эскадра Нельсона", "agent"), ("французский флот", "target")],
      quantities=[qty("около 1,7 тыс. моряков", "fatalities", 1700, approximate=True),
                  qty("более 3 тыс.", "prisoners", 3000, min=3000, approximate=True)],
      note="the counts follow after the colon in the same sentence")
event("объявила Франции войну", "В сентябре Османская империя объявила Франции войну",  # 11
      "political_activity", date="В сентябре", place="Османская империя",
      actors=[("Османская империя", "agent"), ("Франции", "target")])
event("восстание", "21 октября в Каире вспыхнуло восстание", "uprising",  # 12
      date="21 октября", place="Каир")
event("убит", "в первые же часы был убит комендант города генерал Дюпюи", "attack",  # 13
      date="в первые же часы", place="Каир", actors=[("комендант города генерал Дюпюи", "target")])
event("обстреляла", "На следующий день французская артиллерия обстреляла восставшие кварталы",  # 14
      "bombardment", date="На следующий день", place="Каир",
      actors=[("французская артиллерия", "agent"), ("восставшие кварталы", "target")])
event("подавлен", "к вечеру мятеж был подавлен; погибли около 3 тыс. горожан", "suppression",  # 15
      date="к вечеру", place="Каир",
      quantities=[qty("около 3 тыс. горожан", "fatalities", 3000, approximate=True)])
event("казнили", "Многих зачинщиков затем казнили", "execution",  # 16
      date={"edtf": "1798-10-22/1798-11-30"}, place="Каир", actors=[("Многих зачинщиков", "target")],
      note="after the suppression of 22 October; the text gives no date")
event("двинулся", "В феврале 1799 года Бонапарт с 13 тыс. человек двинулся в Сирию", "attack",  # 17
      date="В феврале 1799 года", place="Сирия", actors=[("Бонапарт", "agent")],
      quantities=[qty("13 тыс. человек", "participants", 13000)], note="invasion of Ottoman Syria")
event("капитулировал", "19 февраля капитулировал гарнизон Эль-Ариша", "capture",  # 18
      date="19 февраля", place="Эль-Ариш", actors=[("гарнизон Эль-Ариша", "target")])
event("взята", "7 марта штурмом была взята Яффа", "capture", date="7 марта", place="Яффа")  # 19
event("разграблен", "Город был разграблен", "looting",  # 20
      date={"edtf": "1799-03-07/1799-03-09"}, place="Яффа", note="right after the storming of 7 March")
event("расстреляли", "через несколько дней по приказу Бонапарта на берегу расстреляли от 2 до 4 тыс. "  # 21
      "пленных", "massacre", date="через несколько дней", place="Яффа",
      actors=[("Бонапарта", "agent"), ("пленных", "target")],
      quantities=[qty("от 2 до 4 тыс. пленных", "fatalities", None, min=2000, max=4000, approximate=True)])
event("осада", "19 марта началась осада Акры", "siege", date="19 марта", place="Акра")  # 22
event("рассеяли", "16 апреля у горы Табор Клебер и подоспевший Бонапарт рассеяли турецкую армию",  # 23
      "battle", date="16 апреля", place="Табор",
      actors=[("Клебер", "agent"), ("подоспевший Бонапарт", "agent"), ("турецкую армию", "target")])
event("штурмы", "все штурмы Акры были отбиты", "attack",  # 24
      date={"edtf": "1799-03-19/1799-05-20"}, place="Акра", assertion="failed",
      note="assaults during the siege, between 19 March and 20 May")
event("сняли осаду", "20 мая французы сняли осаду, потеряв около 2 тыс. убитыми и умершими от чумы",  # 25
      "siege", date="20 мая", place="Акра", assertion="failed", same_as=22,
      actors=[("французы", "agent")],
      quantities=[qty("около 2 тыс. убитыми и умершими от чумы", "fatalities", 2000, approximate=True)],
      note="the siege fails; the count includes deaths from plague")
event("отступили", "20 мая французы сняли осаду, потеряв около 2 тыс. убитыми и умершими от чумы, "  # 26
      "и отступили в Египет", "retreat", date="20 мая", place="Египет", actors=[("французы", "agent")],
      note="the place is the destination, the only place the clause names")
event("высадившуюся", "под Абукиром высадившуюся там турецкую армию", "reinforcement",  # 27
      date={"edtf": "1799-07-01/1799-07-25"}, place="Абукир", actors=[("турецкую армию", "agent")],
      note="the landing came before the battle of 25 July; the text gives no date")
event("уничтожил", "25 июля 1799 года Бонапарт уничтожил под Абукиром высадившуюся там турецкую армию",  # 28
      "battle", date="25 июля 1799 года", place="Абукир",
      actors=[("Бонапарт", "agent"), ("турецкую армию", "target")])
event("отплыл", "В ночь на 23 августа он тайно отплыл во Францию", "retreat",  # 29
      date="В ночь на 23 августа", place="Франция",
      note="Bonaparte leaves Egypt; the place is the destination, the only place the clause names")
event("оставив командование", "оставив командование Клеберу", "political_activity",  # 30
      date="В ночь на 23 августа", place="Египет", actors=[("Клеберу", "participant")],
      note="appointment of Kléber as commander in Egypt")
event("подписал", "24 января 1800 года Клебер подписал в Эль-Арише соглашение об эвакуации армии",  # 31
      "treaty", date="24 января 1800 года", place="Эль-Ариш", actors=[("Клебер", "participant")])
event("отказалось его признать", "британское правительство отказалось его признать", "non_recognition",  # 32
      date={"edtf": "1800-01-24/1800-03-20"}, actors=[("британское правительство", "agent")],
      note="between the agreement and the battle of 20 March")
event("разгромили", "20 марта у Гелиополиса около 10 тыс. французов разгромили армию великого визиря",  # 33
      "battle", date="20 марта", place="Гелиополис",
      actors=[("французов", "agent"), ("армию великого визиря", "target")],
      quantities=[qty("около 10 тыс. французов", "participants", 10000, approximate=True)])
event("восстание", "а в апреле подавили новое восстание в Каире", "uprising",  # 34
      date={"edtf": "1800-03/1800-04"}, place="Каир",
      note="the rising is only named at its suppression in April; it broke out earlier")
event("подавили", "а в апреле подавили новое восстание в Каире", "suppression",  # 35
      date="в апреле", place="Каир")
event("заколот", "14 июня 1800 года Клебер был заколот в Каире сирийским студентом Сулейманом аль-Халаби",  # 36
      "attack", date="14 июня 1800 года", place="Каир",
      actors=[("Клебер", "target"), ("сирийским студентом Сулейманом аль-Халаби", "agent")])
event("казнили", "убийцу вскоре казнили", "execution",  # 37
      date="вскоре", place="Каир", actors=[("убийцу", "target")])
event("Командование принял", "Командование принял генерал Мену", "political_activity",  # 38
      date={"edtf": "1800-06"}, place="Каир", actors=[("генерал Мену", "participant")],
      note="Menou succeeds Kléber in June 1800")
event("высадился", "8 марта 1801 года у Абукира высадился британский корпус генерала Эберкромби "  # 39
      "численностью 15–17 тыс. человек", "reinforcement", date="8 марта 1801 года", place="Абукир",
      actors=[("британский корпус генерала Эберкромби", "agent")],
      quantities=[qty("15–17 тыс. человек", "participants", None, min=15000, max=17000, approximate=True)])
event("присоединился", "вскоре к нему присоединился турецкий десант", "reinforcement",  # 40
      date="вскоре", place="Абукир", actors=[("турецкий десант", "agent")])
event("двинулась", "из Сирии в Египет двинулась армия великого визиря", "attack",  # 41
      date="вскоре", place="Египет", actors=[("армия великого визиря", "agent")],
      note="the Ottoman advance into French-held Egypt; 'вскоре' governs both clauses")
event("потерпел поражение", "21 марта Мену потерпел поражение под Александрией", "battle",  # 42
      date="21 марта", place="Александрия", actors=[("Мену", "participant")])
event("сдал", "27 июня генерал Бельяр сдал Каир на условиях вывоза гарнизона во Францию", "capture",  # 43
      date="27 июня", place="Каир", actors=[("генерал Бельяр", "target")],
      note="capitulation of Cairo to the British and Ottoman forces")
event("Осаждённый", "Осаждённый в Александрии Мену капитулировал 2 сентября", "siege",  # 44
      date={"edtf": "1801-03-21/1801-09-02"}, place="Александрия", actors=[("Мену", "target")],
      note="the siege lasted from the defeat of 21 March to the capitulation")
event("капитулировал", "Осаждённый в Александрии Мену капитулировал 2 сентября", "capture",  # 45
      date="2 сентября", place="Александрия", actors=[("Мену", "target")])
event("вывезены", "Осенью остатки армии, более 20 тыс. человек, были вывезены на английских судах",  # 46
      "retreat", date="Осенью", place="Египет", actors=[("остатки армии", "agent")],
      quantities=[qty("более 20 тыс. человек", "participants", 20000, min=20000, approximate=True)],
      note="evacuation of the French army from Egypt")
