"""Gold spec for bench/heldout/suvorov_italy_switzerland_1799.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/suvorov_italy_switzerland_1799.txt"

gazetteer({
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Северная Италия": ("region", 45.5, 9.5, None),
    "Верона": ("settlement", 45.44, 10.99, None),
    "Брешия": ("settlement", 45.54, 10.22, None),
    "Адда": ("river", 45.53, 9.51, None),
    "Вердерио": ("settlement", 45.67, 9.43, None),
    "Милан": ("settlement", 45.46, 9.19, "Q490"),
    "Цизальпинская республика": ("polity", 45.46, 9.19, None),
    "Пьемонт": ("region", 45.0, 7.9, None),
    "Турин": ("settlement", 45.07, 7.69, "Q495"),
    "Неаполь": ("settlement", 40.85, 14.27, "Q2634"),
    "Треббия": ("river", 45.04, 9.6, None),
    "Алессандрия": ("settlement", 44.91, 8.61, None),
    "Мантуя": ("settlement", 45.16, 10.79, None),
    "Нови": ("settlement", 44.76, 8.79, None, "Нови-Лигуре"),
    "Генуя": ("settlement", 44.41, 8.93, "Q1449"),
    "Вена": ("settlement", 48.21, 16.37, "Q1741"),
    "Швейцария": ("polity", 46.8, 8.2, "Q39"),
    "Таверне": ("settlement", 46.06, 8.93, None),
    "Сен-Готард": ("mountain", 46.56, 8.57, None),
    "Рейса": ("river", 46.65, 8.59, None),
    "Альтдорф": ("settlement", 46.88, 8.64, None),
    "Люцернское озеро": ("lake", 47.0, 8.45, None),
    "Росшток": ("mountain", 46.95, 8.72, None),
    "Муттенская долина": ("region", 46.98, 8.76, None),
    "Цюрих": ("settlement", 47.37, 8.54, "Q72"),
    "Гларус": ("settlement", 47.04, 9.07, None),
    "Швиц": ("settlement", 47.02, 8.65, None),
    "Паникс": ("mountain", 46.84, 9.13, None),
    "Иланц": ("settlement", 46.77, 9.2, None),
    "Альпы": ("mountain", 46.5, 9.0, None),
    "Австрия": ("polity", 48.21, 16.37, None),
})

# ---- dates, in reading order (the text states once that its dates are New Style)
date("В 1799 году", "1799", "year")
date("В феврале", "1799-02", "month", derivation="anchored")
date("14 апреля", "1799-04-14", "day", derivation="anchored")
date("через неделю", "1799-04-21", "day", derivation="computed", note="14 April + 7 days")
date("26–28 апреля", "1799-04-26/1799-04-28", "interval", derivation="anchored")
date("29 апреля", "1799-04-29", "day", derivation="anchored")
date("Тогда же", "1799-04/1799-05", "interval", kind="vague", derivation="anchored",
     note="'at the same time' as the entry into Milan on 29 April")
date("В конце мая", "1799-05-21/1799-05-31", "interval", derivation="anchored")
date("17–19 июня", "1799-06-17/1799-06-19", "interval", derivation="anchored")
date("трёхдневном", None, None, kind="duration", duration="P3D")
date("22 июля", "1799-07-22", "day", derivation="anchored")
date("30 июля", "1799-07-30", "day", derivation="anchored")
date("15 августа", "1799-08-15", "day", derivation="anchored")
date("около пятнадцати часов", None, None, kind="duration", duration="PT15H", note="approximate")
date("Вскоре", "1799-08-15/1799-09-15", "interval", kind="vague", derivation="anchored",
     note="soon after the battle of 15 August")
date("21 сентября", "1799-09-21", "day", derivation="anchored")
date("24 сентября", "1799-09-24", "day", derivation="anchored")
date("на следующий день", "1799-09-25", "day", derivation="computed", note="24 September + 1 day")
date("27 сентября", "1799-09-27", "day", derivation="anchored")
date("25–26 сентября", "1799-09-25/1799-09-26", "interval", derivation="anchored")
date("30 сентября и 1 октября", "1799-09-30/1799-10-01", "interval", derivation="anchored")
date("в ночь на 5 октября", "1799-10-04/1799-10-05", "day", derivation="anchored")
date("около двух суток", None, None, kind="duration", duration="P2D", note="approximate")
date("7 октября", "1799-10-07", "day", derivation="anchored")
date("22 октября", "1799-10-22", "day", derivation="anchored")
date("8 ноября", "1799-11-08", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Россия", None), ("Франции", "Франция"), ("Северной Италии", "Северная Италия"),
    ("Верону", "Верона"), ("Брешией", "Брешия"),
    ("Адде", "Адда"), ("Вердерио", None), ("Милан", None),
    ("Цизальпинской республики", "Цизальпинская республика"), ("Пьемонте", "Пьемонт"),
    ("Турина", "Турин"),
    ("Неаполя", "Неаполь"), ("Треббии", "Треббия"), ("Алессандрии", "Алессандрия"), ("Мантуя", None),
    ("Нови", None), ("Генуе", "Генуя"),
    ("Вена", None), ("Швейцарию", "Швейцария"), ("Таверне", None), ("Сен-Готарду", "Сен-Готард"),
    ("Рейсой", "Рейса"), ("Альтдорфе", "Альтдорф"), ("Люцернского озера", "Люцернское озеро"),
    ("Росшток", None), ("Муттенскую долину", "Муттенская долина"),
    ("Цюрихом", "Цюрих"), ("Гларусу", "Гларус"), ("Муттенской долине", "Муттенская долина"),
    ("Гларус", None), ("Швиц", None), ("Гларуса", "Гларус"), ("Паникс", None), ("Иланцу", "Иланц"),
    ("Альп", "Альпы"),
    ("Австрией", "Австрия"), ("Россию", "Россия"),
]:
    place(quote, name)

# ---- events
event("выступила", "В 1799 году Россия выступила против Франции в составе Второй коалиции",  # 0
      "political_activity", date="В 1799 году", actors=[("Россия", "agent"), ("Франции", "target")],
      note="entry into the war")
event("поставил", "В феврале император Павел I по просьбе австрийского двора поставил А. В. Суворова во "  # 1
      "главе союзной русско-австрийской армии в Северной Италии", "political_activity", date="В феврале",
      actors=[("император Павел I", "agent"), ("А. В. Суворова", "participant")],
      note="appointment; where it was made is not said (the post is in Northern Italy)")
event("прибыл", "14 апреля фельдмаршал прибыл в Верону", "reinforcement", date="14 апреля",  # 2
      place="Верона", actors=[("фельдмаршал", "agent")])
event("овладели", "через неделю союзники овладели Брешией", "capture", date="через неделю",  # 3
      place="Брешия", actors=[("союзники", "agent")])
event("сражение", "Первое крупное сражение кампании развернулось на реке Адде 26–28 апреля", "battle",  # 4
      date="26–28 апреля", place="Адда")
event("отброшена", "Армия генерала Моро была отброшена", "retreat", date="26–28 апреля",  # 5
      place="Адда", actors=[("Армия генерала Моро", "agent")])
event("сложила оружие", "у Вердерио сложила оружие дивизия Серюрье — около 3 тыс. человек", "battle",  # 6
      date="26–28 апреля", place="Вердерио", actors=[("дивизия Серюрье", "target")],
      quantities=[qty("около 3 тыс. человек", "prisoners", 3000, approximate=True)],
      note="surrender of a division at the close of the Adda battle")
event("вступил", "29 апреля Суворов вступил в Милан", "occupation", date="29 апреля",  # 7
      place="Милан", actors=[("Суворов", "agent")])
event("рухнула", "власть Цизальпинской республики рухнула", "abolition", date="29 апреля",  # 8
      place="Цизальпинская республика")
event("восстали", "Тогда же в Пьемонте против французов восстали крестьяне", "uprising",  # 9
      date="Тогда же", place="Пьемонт", actors=[("крестьяне", "agent"), ("французов", "target")])
event("открыли ворота", "В конце мая жители Турина открыли ворота союзникам", "occupation",  # 10
      date="В конце мая", place="Турин",
      actors=[("союзникам", "agent"), ("жители Турина", "participant")])
event("укрылся", "французский гарнизон укрылся в цитадели", "retreat", date="В конце мая",  # 11
      place="Турин", actors=[("французский гарнизон", "agent")])
event("подходила", "с юга, из Неаполя, подходила армия Макдональда численностью около 35 тыс. человек",  # 12
      "reinforcement", date={"edtf": "1799-05/1799-06"}, actors=[("армия Макдональда", "agent")],
      quantities=[qty("около 35 тыс. человек", "participants", 35000, approximate=True)],
      note="the text names only where the army came from (Naples), not where it arrived")
event("двинулся", "Суворов форсированным маршем двинулся ей навстречу", "reinforcement",  # 13
      date={"edtf": "1799-06"}, actors=[("Суворов", "agent")])
event("разбил", "Суворов форсированным маршем двинулся ей навстречу и 17–19 июня разбил её в трёхдневном "  # 14
      "сражении на Треббии", "battle", date="17–19 июня", place="Треббия", actors=[("Суворов", "agent")])
event("потеряли", "Французы потеряли до 6 тыс. убитыми, более 7 тыс. попали в плен", "battle",  # 15
      date="17–19 июня", place="Треббия", same_as=14, actors=[("Французы", "target")],
      quantities=[qty("до 6 тыс. убитыми", "fatalities", 6000, max=6000, approximate=True),
                  qty("более 7 тыс.", "prisoners", 7000, min=7000, approximate=True)])
event("сдалась", "22 июля сдалась цитадель Алессандрии", "capture", date="22 июля",  # 16
      place="Алессандрия", actors=[("цитадель Алессандрии", "target")])
event("осады", "после долгой осады капитулировала Мантуя", "siege",  # 17
      date={"edtf": "1799-04/1799-07-30"}, place="Мантуя",
      note="'a long siege' ending with the surrender of 30 July; the text gives no start")
event("капитулировала", "30 июля после долгой осады капитулировала Мантуя", "capture",  # 18
      date="30 июля", place="Мантуя")
event("встретили", "15 августа при Нови союзники встретили новую армию Жубера", "battle",  # 19
      date="15 августа", place="Нови",
      actors=[("союзники", "participant"), ("новую армию Жубера", "participant")])
event("сражения", "после упорного сражения, длившегося около пятнадцати часов, французы отступили к "  # 20
      "Генуе, оставив около 4 тыс. пленных", "battle", date="15 августа", place="Нови", same_as=19,
      quantities=[qty("около 4 тыс. пленных", "prisoners", 4000, approximate=True)])
event("отступили", "после упорного сражения, длившегося около пятнадцати часов, французы отступили к "  # 21
      "Генуе, оставив около 4 тыс. пленных", "retreat", date="15 августа", place="Генуя",
      actors=[("французы", "agent")], note="place is the destination of the retreat")
event("пожаловал", "Вскоре Павел I пожаловал полководцу титул князя Италийского", "political_activity",  # 22
      date="Вскоре", actors=[("Павел I", "agent"), ("полководцу", "participant")])
event("переброске", "Вена настояла на переброске русских войск в Швейцарию", "reinforcement",  # 23
      date={"edtf": "1799-08/1799-09"}, place="Швейцария",
      actors=[("Вена", "agent"), ("русских войск", "participant")])
event("выступили", "21 сентября около 21 тыс. солдат выступили из Таверне к Сен-Готарду", "reinforcement",  # 24
      date="21 сентября", place="Таверне",
      quantities=[qty("около 21 тыс. солдат", "participants", 21000, approximate=True)],
      note="the march sets out from Taverne towards the St Gotthard")
event("взят штурмом", "24 сентября перевал был взят штурмом", "capture", date="24 сентября",  # 25
      place="Сен-Готард", note="'перевал' is the St Gotthard named just before")
event("прорвались", "на следующий день русские с боем прорвались через Чёртов мост над Рейсой", "battle",  # 26
      date="на следующий день", place="Рейса", actors=[("русские", "agent")])
event("двинулась", "27 сентября армия двинулась через хребет Росшток в Муттенскую долину",  # 27
      "reinforcement", date="27 сентября", place="Муттенская долина", actors=[("армия", "agent")])
event("разгромил", "25–26 сентября Массена разгромил Корсакова под Цюрихом", "battle",  # 28
      date="25–26 сентября", place="Цюрих", actors=[("Массена", "agent"), ("Корсакова", "target")],
      note="told as news reaching the army, but asserted by the narrator")
event("отразил", "30 сентября и 1 октября арьергард Розенберга отразил натиск Массены в Муттенской долине "  # 29
      "и захватил более тысячи пленных", "battle", date="30 сентября и 1 октября",
      place="Муттенская долина", actors=[("арьергард Розенберга", "agent"), ("Массены", "target")],
      quantities=[qty("более тысячи пленных", "prisoners", 1000, min=1000, approximate=True)])
event("очистил дорогу", "Багратион тем временем очистил дорогу на Гларус", "attack",  # 30
      date="30 сентября и 1 октября", place="Гларус", actors=[("Багратион", "agent")])
event("выступила", "в ночь на 5 октября армия выступила из Гларуса к перевалу Паникс", "retreat",  # 31
      date="в ночь на 5 октября", place="Паникс", actors=[("армия", "agent")],
      note="withdrawal out of the encirclement, from Glarus over the Panix pass")
event("Переход", "Переход по обледенелым тропам длился около двух суток", "retreat",  # 32
      date={"edtf": "1799-10-05/1799-10-07"}, place="Паникс", same_as=31)
event("спустились", "7 октября войска спустились к Иланцу", "retreat", date="7 октября",  # 33
      place="Иланц", actors=[("войска", "agent")])
event("вышло", "Из Альп вышло около 15 тыс. человек", "retreat", date="7 октября", place="Альпы",  # 34
      same_as=31, quantities=[qty("около 15 тыс. человек", "participants", 15000, approximate=True)])
event("разорвал союз", "22 октября Павел I разорвал союз с Австрией", "political_activity",  # 35
      date="22 октября", actors=[("Павел I", "agent"), ("Австрией", "target")])
event("отозвал", "22 октября Павел I разорвал союз с Австрией и отозвал армию в Россию", "retreat",  # 36
      date="22 октября", place="Россия", actors=[("Павел I", "agent"), ("армию", "participant")],
      note="recall of the army; place is its destination")
event("получил звание", "8 ноября Суворов получил звание генералиссимуса", "political_activity",  # 37
      date="8 ноября", actors=[("Суворов", "participant")])
