"""Gold spec for bench/heldout/russo_swedish_war_1741_1743.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style (Julian). Day and month dates are converted to the
Gregorian calendar (+11 days in the 18th century); seasons and years are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_swedish_war_1741_1743.txt"

gazetteer({
    "Швеция": ("polity", 59.33, 18.07, "Q34"),
    "Ништадт": ("settlement", 60.8, 21.41, None, "Уусикаупунки"),
    "Россия": ("polity", 59.94, 30.31, "Q34266"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Петербург": ("settlement", 59.94, 30.31, "Q656"),
    "Финляндия": ("region", 61.5, 25.0, "Q33"),
    "Выборг": ("settlement", 60.71, 28.75, None),
    "Вильманстранд": ("settlement", 61.06, 28.19, None, "Лаппеэнранта"),
    "Фридрихсгам": ("settlement", 60.57, 27.2, None, "Хамина"),
    "Борго": ("settlement", 60.39, 25.66, None, "Порвоо"),
    "Нейшлот": ("settlement", 61.87, 28.88, None, "Савонлинна"),
    "Або": ("settlement", 60.45, 22.27, "Q38511", "Турку"),
    "Гельсингфорс": ("settlement", 60.17, 24.94, "Q1757", "Хельсинки"),
    "Тавастгус": ("settlement", 61.0, 24.46, None, "Хямеэнлинна"),
    "Стокгольм": ("settlement", 59.33, 18.07, "Q1754"),
    "Аландские острова": ("region", 60.2, 19.95, "Q5689"),
    "Корпо": ("region", 60.16, 21.56, None, "Корппоо"),
    "Даларна": ("region", 61.0, 14.5, None),
    "Кюменегорская провинция": ("region", 60.75, 26.9, None),
    "Кюмень": ("river", 60.5, 26.9, None, "Кюмийоки"),
    "Дания": ("polity", 55.68, 12.57, "Q35"),
})

OS = "Old Style in the text, converted to Gregorian (+11 days)"

# ---- dates, in reading order
date("1741–1743 годов", "1741/1743", "interval")
date("В конце июля 1741 года", "1741-08-01/1741-08-11", "interval",
     note="21–31 July 1741 " + OS)
date("23 августа", "1741-09-03", "day", derivation="anchored", note=OS)
date("через несколько дней", "1741-09-05/1741-09-13", "interval", derivation="computed",
     note="23 August (OS) = 3 September + a few days")
date("Осенью", "1741-23", "season", derivation="anchored", note="season left as written")
date("Тем временем", "1741-09/1741-12", "interval", kind="vague", derivation="anchored",
     note="'meanwhile', during the autumn of 1741; the following date narrows it")
date("в ночь на 25 ноября 1741 года", "1741-12-05/1741-12-06", "day",
     note="night of 24–25 November 1741 " + OS)
date("в тот же день", "1741-12-06", "day", derivation="anchored", note="25 November (OS)")
date("вскоре", "1741-12-06/1742-01-05", "interval", kind="vague", derivation="anchored",
     note="soon after 25 November (OS)")
date("В феврале 1742 года", "1742-02-12/1742-03-11", "month", note="February 1742 " + OS)
date("18 марта", "1742-03-29", "day", derivation="anchored", note=OS)
date("Летом 1742 года", "1742-22", "season", note="season left as written")
date("в конце июня", "1742-07-02/1742-07-11", "interval", derivation="anchored",
     note="21–30 June 1742 " + OS)
date("сразу", "1742-07-02/1742-07-11", "interval", kind="vague", derivation="anchored",
     note="immediately after the Swedes left, at the end of June (OS)")
date("В июле", "1742-07-12/1742-08-11", "month", derivation="anchored", note="July 1742 " + OS)
date("в начале августа", "1742-08-12/1742-08-21", "interval", derivation="anchored",
     note="1–10 August 1742 " + OS)
date("В середине августа", "1742-08-22/1742-08-31", "interval", derivation="anchored",
     note="11–20 August 1742 " + OS)
date("24 августа 1742 года", "1742-09-04", "day", note=OS)
date("Осенью", "1742-23", "season", derivation="anchored", note="season left as written")
date("ещё раньше", None, None, kind="vague", derivation="anchored",
     note="'earlier', before the capitulation of 24 August 1742 (OS)")
date("летом 1743 года", "1743-22", "season", note="season left as written")
date("Весной 1743 года", "1743-21", "season", note="season left as written")
date("20 мая", "1743-05-31", "day", derivation="anchored", note=OS)
date("несколько часов", None, None, kind="duration", note="unquantified: a few hours")
date("тем временем", "1743-03/1743-08", "interval", kind="vague", derivation="anchored",
     note="'meanwhile', while the talks went on in spring and summer 1743; 'в июне' narrows it")
date("в июне", "1743-06-12/1743-07-11", "month", derivation="anchored", note="June 1743 " + OS)
date("16 июня", "1743-06-27", "day", derivation="anchored", note=OS)
date("7 августа 1743 года", "1743-08-18", "day", note=OS)
date("Осенью", "1743-23", "season", derivation="anchored", note="season left as written")

# ---- places, in reading order
for quote, name in [
    ("Швеции", "Швеция"), ("Ништадтскому", "Ништадт"), ("Швеция", None), ("России", "Россия"),
    ("Франции", "Франция"), ("Петербурге", "Петербург"), ("Финляндии", "Финляндия"),
    ("Выборга", "Выборг"), ("Вильманстранда", "Вильманстранд"), ("Выборгу", "Выборг"),
    ("Финляндии", "Финляндия"), ("Фридрихсгама", "Фридрихсгам"), ("Петербург", None),
    ("Петербурге", "Петербург"), ("Финляндии", "Финляндия"),
    ("Финляндию", "Финляндия"), ("Фридрихсгам", None), ("Борго", None), ("Нейшлота", "Нейшлот"),
    ("Або", None), ("Гельсингфорса", "Гельсингфорс"), ("Гельсингфорс", None), ("Тавастгус", None),
    ("Або", None), ("Стокгольм", None),
    ("Або", None), ("Аландским островам", "Аландские острова"), ("Корпо", None),
    ("Швеции", "Швеция"), ("Даларны", "Даларна"), ("Стокгольм", None), ("Або", None),
    ("Абоскому", "Або"), ("Швеция", None), ("России", "Россия"),
    ("Кюменегорскую провинцию", "Кюменегорская провинция"), ("Фридрихсгамом", "Фридрихсгам"),
    ("Вильманстрандом", "Вильманстранд"), ("Нейшлот", None), ("Кюмени", "Кюмень"),
    ("Швецию", "Швеция"), ("Дании", "Дания"),
]:
    place(quote, name)

# ---- events
event("объявила", "В конце июля 1741 года Швеция объявила России войну", "political_activity",  # 0
      date="В конце июля 1741 года", place="Швеция",
      actors=[("Швеция", "agent"), ("России", "target")])
event("атаковал", "Фельдмаршал П. П. Ласси с отрядом около 10 тыс. человек выступил из Выборга и "  # 1
      "23 августа атаковал корпус генерала Врангеля у Вильманстранда", "attack",
      date="23 августа", place="Вильманстранд",
      actors=[("Фельдмаршал П. П. Ласси", "agent"), ("корпус генерала Врангеля", "target")],
      quantities=[qty("около 10 тыс. человек", "participants", 10000, approximate=True)])
event("взята штурмом", "После упорного боя крепость была взята штурмом; шведы потеряли убитыми до "  # 2
      "2 тыс. человек, а более 1200, включая самого Врангеля, сдались в плен", "capture",
      date="23 августа", place="Вильманстранд", actors=[("шведы", "target")],
      quantities=[qty("до 2 тыс. человек", "fatalities", 2000, max=2000, approximate=True),
                  qty("более 1200", "prisoners", 1200, min=1200, approximate=True)])
event("разрушен", "Город был разрушен", "looting",  # 3
      date={"edtf": "1741-09-03/1741-09-13"}, place="Вильманстранд",
      note="after the storming of 23 August (OS), before Lacy's withdrawal a few days later")
event("отвёл", "через несколько дней Ласси отвёл войска обратно к Выборгу", "retreat",  # 4
      date="через несколько дней", place="Выборг", actors=[("Ласси", "agent")],
      note="place is the destination of the withdrawal")
event("назначен", "Осенью главнокомандующим шведской армией в Финляндии был назначен граф Левенгаупт",  # 5
      "political_activity", date="Осенью", place="Финляндия", actors=[("граф Левенгаупт", "participant")])
event("собрал", "он собрал у Фридрихсгама свыше 20 тыс. человек", "reinforcement",  # 6
      date="Осенью", place="Фридрихсгам",
      quantities=[qty("свыше 20 тыс. человек", "participants", 20000, min=20000, approximate=True)])
event("идти", "но идти на Петербург так и не решился", "attack",  # 7
      date="Осенью", place="Петербург", assertion="negated")
event("переворот", "в ночь на 25 ноября 1741 года цесаревна Елизавета Петровна с гренадерской ротой "  # 8
      "Преображенского полка совершила в Петербурге переворот", "political_activity",
      date="в ночь на 25 ноября 1741 года", place="Петербург",
      actors=[("цесаревна Елизавета Петровна", "agent"),
              ("гренадерской ротой Преображенского полка", "agent")],
      note="palace coup")
event("арестованы", "Правительница Анна Леопольдовна, малолетний император Иван VI, а также Миних и "  # 9
      "Остерман были арестованы", "arrest", date="в ночь на 25 ноября 1741 года", place="Петербург",
      actors=[("Правительница Анна Леопольдовна", "target"), ("малолетний император Иван VI", "target"),
              ("Миних", "target"), ("Остерман", "target")])
event("манифест", "в тот же день манифест возвестил о восшествии Елизаветы на престол", "decree",  # 10
      date="в тот же день", place="Петербург")
event("перемирия", "Шведы, уверявшие, что воюют за права дочери Петра I, вскоре добились перемирия",  # 11
      "treaty", date="вскоре", actors=[("Шведы", "participant")], note="armistice")
event("уступить", "новая императрица отказалась уступить хоть пядь земли", "territorial_transfer",  # 12
      date={"edtf": "1741-12-06/1742-03-11"}, assertion="negated",
      actors=[("новая императрица", "agent")],
      note="during the armistice, before it was broken in February 1742 (OS)")
event("прервано", "В феврале 1742 года перемирие было прервано", "political_activity",  # 13
      date="В феврале 1742 года", note="resumption of the war")
event("манифестом", "18 марта Елизавета обратилась к жителям Финляндии с манифестом", "decree",  # 14
      date="18 марта", place="Финляндия",
      actors=[("Елизавета", "agent"), ("жителям Финляндии", "participant")],
      note="place is the addressees' country; the text does not say where it was issued")
event("вступила", "Летом 1742 года армия Ласси, насчитывавшая 30–35 тыс. человек, снова вступила в "  # 15
      "Финляндию", "attack", date="Летом 1742 года", place="Финляндия",
      actors=[("армия Ласси", "agent")],
      quantities=[qty("30–35 тыс. человек", "participants", None, min=30000, max=35000, approximate=True)])
event("отходили", "Шведы отходили, почти не принимая боя", "retreat",  # 16
      date="Летом 1742 года", place="Финляндия", actors=[("Шведы", "agent")])
event("подожгли", "в конце июня они подожгли и оставили Фридрихсгам", "looting",  # 17
      date="в конце июня", place="Фридрихсгам")
event("оставили", "в конце июня они подожгли и оставили Фридрихсгам", "retreat",  # 18
      date="в конце июня", place="Фридрихсгам")
event("вошли", "куда сразу вошли русские", "occupation",  # 19
      date="сразу", place="Фридрихсгам", actors=[("русские", "agent")],
      note="entered the abandoned town")
event("занят", "В июле был занят Борго", "capture", date="В июле", place="Борго")  # 20
event("капитулировал", "в начале августа капитулировал гарнизон Нейшлота", "capture",  # 21
      date="в начале августа", place="Нейшлот", actors=[("гарнизон Нейшлота", "target")],
      note="the garrison's surrender gave up the fortress")
event("окружили", "В середине августа русские, пройдя лесной дорогой, отрезали отступавшему противнику "  # 22
      "путь на Або и окружили его у Гельсингфорса", "siege",
      date="В середине августа", place="Гельсингфорс",
      actors=[("русские", "agent"), ("отступавшему противнику", "target")],
      note="encirclement of the Swedish army")
event("капитулировала", "24 августа 1742 года шведская армия, лишённая подвоза и помощи флота, "  # 23
      "капитулировала", "treaty", date="24 августа 1742 года", place="Гельсингфорс",
      actors=[("шведская армия", "agent")], note="capitulation of the army, coded as an agreement")
event("вступили", "русские вступили в Гельсингфорс", "capture",  # 24
      date="24 августа 1742 года", place="Гельсингфорс", actors=[("русские", "agent")])
event("сложили оружие", "Около 17 тыс. человек сложили оружие", "treaty",  # 25
      date="24 августа 1742 года", place="Гельсингфорс", same_as=23,
      quantities=[qty("Около 17 тыс. человек", "participants", 17000, approximate=True)])
event("отправлены", "шведские полки были отправлены морем на родину", "retreat",  # 26
      date={"edtf": "1742-09"}, actors=[("шведские полки", "agent")],
      note="after the capitulation; the destination, Sweden, is not named in the clause")
event("заняли", "Осенью русские войска заняли Тавастгус", "capture",  # 27
      date="Осенью", place="Тавастгус", actors=[("русские войска", "agent")])
event("заняли", "Осенью русские войска заняли Тавастгус, Або и почти всю страну", "capture",  # 28
      date="Осенью", place="Або", actors=[("русские войска", "agent")])
event("заняли", "Осенью русские войска заняли Тавастгус, Або и почти всю страну", "occupation",  # 29
      date="Осенью", place="Финляндия", actors=[("русские войска", "agent")],
      note="'почти всю страну' = Finland")
event("арестованы", "Левенгаупт и его помощник Будденброк, ещё раньше вызванные в Стокгольм, были там "  # 30
      "арестованы", "arrest", date={"edtf": "1742-08/1743-08"}, place="Стокгольм",
      actors=[("Левенгаупт", "target"), ("его помощник Будденброк", "target")],
      note="after their recall (before the capitulation) and before their execution in summer 1743")
event("казнены", "Левенгаупт и его помощник Будденброк, ещё раньше вызванные в Стокгольм, были там "  # 31
      "арестованы и летом 1743 года казнены", "execution", date="летом 1743 года", place="Стокгольм",
      actors=[("Левенгаупт", "target"), ("его помощник Будденброк", "target")])
event("переговоры", "Весной 1743 года в Або открылись мирные переговоры", "negotiations",  # 32
      date="Весной 1743 года", place="Або")
event("двинулся", "русский гребной флот двинулся к Аландским островам", "reinforcement",  # 33
      date="Весной 1743 года", place="Аландские острова", actors=[("русский гребной флот", "agent")])
event("отбивались", "20 мая у острова Корпо галеры генерала Кейта несколько часов отбивались от шведской "  # 34
      "эскадры", "battle", date="20 мая", place="Корпо",
      actors=[("галеры генерала Кейта", "participant"), ("шведской эскадры", "participant")])
event("отошла", "20 мая у острова Корпо галеры генерала Кейта несколько часов отбивались от шведской "  # 35
      "эскадры, пока та не отошла", "retreat", date="20 мая", place="Корпо",
      actors=[("шведской эскадры", "agent")],
      note="'пока ... не' is not a negation: the squadron did withdraw")
event("восстание", "В самой Швеции тем временем вспыхнуло восстание крестьян из Даларны", "uprising",  # 36
      date="тем временем", place="Даларна", actors=[("крестьян", "agent")])
event("вошли", "в июне несколько тысяч повстанцев вошли в Стокгольм", "reinforcement",  # 37
      date="в июне", place="Стокгольм", actors=[("повстанцев", "agent")],
      quantities=[qty("несколько тысяч повстанцев", "participants", None, min=2000, max=9000,
                      approximate=True)],
      note="the rebels' arrival in the capital")
event("рассеяны", "в июне несколько тысяч повстанцев вошли в Стокгольм, но были рассеяны "  # 38
      "правительственными войсками, причём погибли несколько десятков человек", "suppression",
      date="в июне", place="Стокгольм",
      actors=[("правительственными войсками", "agent"), ("повстанцев", "target")],
      quantities=[qty("несколько десятков человек", "fatalities", None, min=20, max=90, approximate=True)])
event("подписаны", "16 июня в Або были подписаны предварительные условия мира", "treaty",  # 39
      date="16 июня", place="Або")
event("подписаны", "16 июня в Або были подписаны предварительные условия мира, а 7 августа 1743 года — "  # 40
      "окончательный договор", "treaty", date="7 августа 1743 года", place="Або")
_CESSION = ("По Абоскому миру Швеция уступила России Кюменегорскую провинцию с Фридрихсгамом и "
            "Вильманстрандом, а также Нейшлот")
for _where in ["Кюменегорская провинция", "Фридрихсгам", "Вильманстранд", "Нейшлот"]:  # 41–44
    event("уступила", _CESSION, "territorial_transfer", date="7 августа 1743 года", place=_where,
          actors=[("Швеция", "agent"), ("России", "participant")])
event("избран", "Наследником шведского престола по настоянию Елизаветы был избран Адольф Фредрик "  # 45
      "Гольштейн-Готторпский", "political_activity", date={"edtf": "1743"},
      actors=[("Адольф Фредрик Гольштейн-Готторпский", "participant")],
      note="election of the heir to the Swedish throne; the text gives no date beyond 1743")
event("отправили", "Осенью в Швецию для защиты от Дании отправили вспомогательный корпус Кейта из "  # 46
      "10–12 тыс. человек", "reinforcement", date="Осенью", place="Швеция",
      actors=[("вспомогательный корпус Кейта", "agent")],
      quantities=[qty("10–12 тыс. человек", "participants", None, min=10000, max=12000, approximate=True)])
