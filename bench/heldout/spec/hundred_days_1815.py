"""Gold spec for bench/heldout/hundred_days_1815.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/hundred_days_1815.txt"

gazetteer({
    "Франция": ("polity", 46.6, 2.4, "Q142"),
    "Эльба": ("region", 42.78, 10.25, None),
    "Портоферрайо": ("settlement", 42.81, 10.31, None),
    "Гольф-Жуан": ("settlement", 43.57, 7.07, None),
    "Канн": ("settlement", 43.55, 7.02, None),
    "Прованс": ("region", 43.9, 6.0, None),
    "Альпы": ("mountain", 44.6, 6.3, None),
    "Лаффре": ("settlement", 45.0, 5.77, None),
    "Гренобль": ("settlement", 45.19, 5.72, "Q1289"),
    "Лион": ("settlement", 45.76, 4.84, "Q456"),
    "Лон-ле-Сонье": ("settlement", 46.67, 5.55, None),
    "Вена": ("settlement", 48.21, 16.37, "Q1741"),
    "Париж": ("settlement", 48.86, 2.35, "Q90"),
    "Гент": ("settlement", 51.05, 3.72, "Q1296"),
    "Англия": ("polity", 51.51, -0.13, "Q21"),
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Австрия": ("polity", 48.21, 16.37, "Q40"),
    "Пруссия": ("polity", 52.52, 13.4, None),
    "Неаполь": ("settlement", 40.85, 14.27, "Q2634"),
    "Италия": ("region", 42.5, 12.5, "Q38"),
    "Толентино": ("settlement", 43.21, 13.29, None),
    "Бельгия": ("region", 50.6, 4.5, "Q31"),
    "Самбра": ("river", 50.41, 4.44, None),
    "Шарлеруа": ("settlement", 50.41, 4.44, None),
    "Линьи": ("settlement", 50.51, 4.58, None),
    "Катр-Бра": ("settlement", 50.57, 4.45, None),
    "Ватерлоо": ("settlement", 50.72, 4.4, None),
    "Вавр": ("settlement", 50.72, 4.6, None),
    "Рошфор": ("settlement", 45.94, -0.96, None),
    "Америка": ("region", 39.0, -77.0, None),
    "Святая Елена": ("region", -15.96, -5.71, None),
    "Авиньон": ("settlement", 43.95, 4.81, None),
    "Пиццо": ("settlement", 38.73, 16.16, None),
    "Калабрия": ("region", 39.0, 16.5, None),
})

# ---- dates, in reading order (the text states once that its dates are Gregorian)
date("В 1815 году", "1815", "year")
date("26 февраля", "1815-02-26", "day", derivation="anchored")
date("годом ранее", "1814", "year", derivation="computed", note="1815 - 1 year (the exile of 1814)")
date("1 марта", "1815-03-01", "day", derivation="anchored")
date("7 марта", "1815-03-07", "day", derivation="anchored")
date("в тот же вечер", "1815-03-07", "day", derivation="anchored", note="the evening of 7 March")
date("10 марта", "1815-03-10", "day", derivation="anchored")
date("Через четыре дня", "1815-03-14", "day", derivation="computed", note="10 March + 4 days")
date("13 марта", "1815-03-13", "day", derivation="anchored")
date("В ночь на 20 марта", "1815-03-19/1815-03-20", "day", derivation="anchored")
date("вскоре", "1815-03-20/1815-04-30", "interval", kind="vague", derivation="anchored",
     note="'soon' after the flight of 20 March")
date("вечером того же дня", "1815-03-20", "day", derivation="anchored", note="the day the night above ended on")
date("25 марта", "1815-03-25", "day", derivation="anchored")
date("в середине марта", "1815-03-11/1815-03-20", "interval", derivation="anchored")
date("2–3 мая", "1815-05-02/1815-05-03", "interval", derivation="anchored")
date("23 мая", "1815-05-23", "day", derivation="anchored")
date("В начале июня", "1815-06-01/1815-06-10", "interval", derivation="anchored")
date("15 июня", "1815-06-15", "day", derivation="anchored")
date("На следующий день", "1815-06-16", "day", derivation="computed", note="15 June + 1 day")
date("18 июня", "1815-06-18", "day", derivation="anchored")
date("к вечеру", "1815-06-18", "day", derivation="anchored", note="the evening of 18 June")
date("18–19 июня", "1815-06-18/1815-06-19", "interval", derivation="anchored")
date("22 июня", "1815-06-22", "day", derivation="anchored")
date("3 июля", "1815-07-03", "day", derivation="anchored")
date("7 июля", "1815-07-07", "day", derivation="anchored")
date("на следующий день", "1815-07-08", "day", derivation="computed", note="7 July + 1 day")
date("15 июля", "1815-07-15", "day", derivation="anchored")
date("в середине октября", "1815-10-11/1815-10-20", "interval", derivation="anchored")
date("2 августа", "1815-08-02", "day", derivation="anchored")
date("8 октября", "1815-10-08", "day", derivation="anchored")
date("через пять дней", "1815-10-13", "day", derivation="computed", note="8 October + 5 days")
date("20 ноября", "1815-11-20", "day", derivation="anchored")
date("1790 года", "1790", "year", note="the frontiers of 1790")
date("на срок до пяти лет", None, None, kind="duration", duration="P5Y", note="up to five years")
date("7 декабря", "1815-12-07", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Францией", "Франция"), ("Эльба", None), ("Портоферрайо", None), ("Гольф-Жуане", "Гольф-Жуан"),
    ("Канна", "Канн"), ("Прованс", None), ("Альпы", None), ("Лаффре", None), ("Гренобль", None),
    ("Лион", None), ("Лон-ле-Сонье", None),
    ("Венском", "Вена"), ("Парижа", "Париж"), ("Генте", "Гент"),
    ("Англия", None), ("Россия", None), ("Австрия", None), ("Пруссия", None), ("Вене", "Вена"),
    ("Неаполя", "Неаполь"), ("Австрии", "Австрия"), ("Италии", "Италия"), ("Толентино", None),
    ("Францию", "Франция"), ("Неаполь", None),
    ("Бельгией", "Бельгия"), ("Самбру", "Самбра"), ("Шарлеруа", None), ("Линьи", None),
    ("Катр-Бра", None), ("Ватерлоо", None), ("Вавра", "Вавр"),
    ("Париж", None), ("Париж", None), ("Рошфор", None), ("Америку", "Америка"),
    ("Святой Елены", "Святая Елена"),
    ("Авиньоне", "Авиньон"), ("Пиццо", None), ("Калабрии", "Калабрия"), ("Парижский", "Париж"),
    ("Франция", None), ("Париже", "Париж"),
]:
    place(quote, name)

# ---- events
event("сосланный", "бывший император, годом ранее сосланный на остров Эльба", "deportation",  # 0
      date="годом ранее", place="Эльба", actors=[("бывший император", "target")],
      note="the exile of 1814, mentioned in passing")
event("отплыл", "26 февраля бывший император, годом ранее сосланный на остров Эльба, тайно отплыл из "  # 1
      "Портоферрайо на нескольких судах, взяв с собой около 1100 солдат", "flight",
      date="26 февраля", place="Портоферрайо", actors=[("бывший император", "agent")],
      quantities=[qty("около 1100 солдат", "participants", 1100, approximate=True)],
      note="escape from exile with an armed escort")
event("высадился", "1 марта отряд высадился в Гольф-Жуане", "reinforcement",  # 2
      date="1 марта", place="Гольф-Жуан", actors=[("отряд", "agent")])
event("двинулся", "обходя роялистский Прованс, двинулся через Альпы на север", "reinforcement",  # 3
      date={"edtf": "1815-03-01/1815-03-07"}, place="Альпы",
      note="the march north between the landing and Laffrey")
event("перешёл на сторону", "7 марта у Лаффре высланный навстречу 5-й линейный полк перешёл на сторону "  # 4
      "императора", "political_activity", date="7 марта", place="Лаффре",
      actors=[("5-й линейный полк", "agent")], note="defection of a royal regiment")
event("открыл ему ворота", "в тот же вечер Гренобль открыл ему ворота", "occupation",  # 5
      date="в тот же вечер", place="Гренобль")
event("вступил", "10 марта Наполеон без единого выстрела вступил в Лион", "occupation",  # 6
      date="10 марта", place="Лион", actors=[("Наполеон", "agent")])
event("присоединился", "Через четыре дня в Лон-ле-Сонье к нему присоединился маршал Ней",  # 7
      "political_activity", date="Через четыре дня", place="Лон-ле-Сонье",
      actors=[("маршал Ней", "agent")], note="defection of Ney")
event("объявили", "13 марта державы, заседавшие на Венском конгрессе, объявили Наполеона вне закона",  # 8
      "decree", date="13 марта", place="Вена", actors=[("державы", "agent"), ("Наполеона", "target")])
event("бежал", "В ночь на 20 марта Людовик XVIII бежал из Парижа", "flight",  # 9
      date="В ночь на 20 марта", place="Париж", actors=[("Людовик XVIII", "agent")],
      note="fled from Paris; the destination, Ghent, follows")
event("обосновался", "вскоре обосновался в Генте", "flight",  # 10
      date="вскоре", place="Гент", same_as=9, note="the destination of the king's flight")
event("въехал", "вечером того же дня император въехал в столицу", "occupation",  # 11
      date="вечером того же дня", place="Париж", actors=[("император", "agent")])
event("подписали", "25 марта Англия, Россия, Австрия и Пруссия подписали в Вене союзный договор", "treaty",  # 12
      date="25 марта", place="Вена",
      actors=[("Англия", "participant"), ("Россия", "participant"), ("Австрия", "participant"),
              ("Пруссия", "participant")])
event("создана", "союзный договор, которым была создана Седьмая коалиция", "founding",  # 13
      date="25 марта", place="Вена", actors=[("Седьмая коалиция", "participant")])
event("начал войну", "Король Неаполя Иоахим Мюрат в середине марта начал войну против Австрии",  # 14
      "political_activity", date="в середине марта",
      actors=[("Иоахим Мюрат", "agent"), ("Австрии", "target")], note="entry into the war")
event("двинул", "двинул свою армию на север Италии", "attack",  # 15
      date="в середине марта", place="Италия")
event("разбит", "однако 2–3 мая был разбит при Толентино", "battle",  # 16
      date="2–3 мая", place="Толентино", actors=[("Иоахим Мюрат", "participant")])
event("бежал", "Мюрат бежал во Францию", "flight",  # 17
      date={"edtf": "1815-05"}, place="Франция", actors=[("Мюрат", "agent")],
      note="the place is the destination, the only one the clause names")
event("заняли", "23 мая австрийцы заняли Неаполь", "occupation",  # 18
      date="23 мая", place="Неаполь", actors=[("австрийцы", "agent")])
event("сосредоточил", "В начале июня Наполеон сосредоточил на границе с Бельгией Северную армию "  # 19
      "численностью около 125 тыс. человек", "reinforcement", date="В начале июня", place="Бельгия",
      actors=[("Северную армию", "agent")],
      quantities=[qty("около 125 тыс. человек", "participants", 125000, approximate=True)])
event("переправились", "15 июня французы переправились через Самбру", "attack",  # 20
      date="15 июня", place="Самбра", actors=[("французы", "agent")])
event("взяли", "15 июня французы переправились через Самбру и взяли Шарлеруа", "capture",  # 21
      date="15 июня", place="Шарлеруа", actors=[("французы", "agent")])
event("разбили", "На следующий день главные силы разбили пруссаков Блюхера при Линьи", "battle",  # 22
      date="На следующий день", place="Линьи",
      actors=[("главные силы", "agent"), ("пруссаков Блюхера", "target")])
event("атаковал", "Ней у Катр-Бра безуспешно атаковал англо-голландские войска Веллингтона", "attack",  # 23
      date="На следующий день", place="Катр-Бра", assertion="failed",
      actors=[("Ней", "agent"), ("англо-голландские войска Веллингтона", "target")])
event("отразил", "18 июня у Ватерлоо Веллингтон отразил все атаки французов", "battle",  # 24
      date="18 июня", place="Ватерлоо", actors=[("Веллингтон", "participant"), ("французов", "participant")])
event("подоспевшие", "к вечеру подоспевшие пруссаки решили исход сражения", "reinforcement",  # 25
      date="к вечеру", place="Ватерлоо", actors=[("пруссаки", "agent")])
event("потеряли", "Французы потеряли около 25 тыс. человек убитыми и ранеными, ещё около 8 тыс. попали в плен",  # 26
      "battle", date="18 июня", place="Ватерлоо", same_as=24, actors=[("Французы", "target")],
      quantities=[qty("около 25 тыс. человек", "fatalities", 25000, approximate=True),
                  qty("около 8 тыс.", "prisoners", 8000, approximate=True)],
      note="the 25 thousand are killed and wounded together")
event("бой", "Корпус Груши 18–19 июня вёл бесполезный бой с прусским арьергардом у Вавра", "battle",  # 27
      date="18–19 июня", place="Вавр",
      actors=[("Корпус Груши", "participant"), ("прусским арьергардом", "participant")])
event("Вернувшись", "Вернувшись в Париж", "retreat",  # 28
      date={"edtf": "1815-06-18/1815-06-22"}, place="Париж",
      note="Napoleon's return to Paris after the defeat, before 22 June")
event("отрёкся от престола", "22 июня Наполеон вторично отрёкся от престола", "political_activity",  # 29
      date="22 июня", place="Париж", actors=[("Наполеон", "agent")])
event("капитулировала", "3 июля столица капитулировала", "treaty",  # 30
      date="3 июля", place="Париж", note="the capitulation of Paris to the allies")
event("вступили", "7 июля союзные войска вступили в Париж", "occupation",  # 31
      date="7 июля", place="Париж", actors=[("союзные войска", "agent")])
event("вернулся", "на следующий день туда вернулся король", "political_activity",  # 32
      date="на следующий день", place="Париж", actors=[("король", "agent")],
      note="the restoration of Louis XVIII in Paris")
event("выехал", "Наполеон выехал в Рошфор, надеясь отплыть в Америку", "flight",  # 33
      date={"edtf": "1815-06-22/1815-07-15"}, place="Рошфор", actors=[("Наполеон", "agent")],
      note="the place is the destination; America is only the hoped-for goal")
event("сдался", "15 июля он сдался капитану линейного корабля «Беллерофон»", "arrest",  # 34
      date="15 июля", place="Рошфор",
      actors=[("он", "target"), ("капитану линейного корабля «Беллерофон»", "agent")],
      note="surrender to the British: Napoleon became their prisoner")
event("отправило", "Британское правительство отправило пленника на остров Святой Елены, куда тот прибыл "  # 35
      "в середине октября", "deportation", date="в середине октября", place="Святая Елена",
      actors=[("Британское правительство", "agent"), ("пленника", "target")],
      note="the date is the arrival, which completed the deportation")
event("белый террор", "на юге начался «белый террор»", "attack_on_civilians",  # 36
      date={"edtf": "1815-07-08/1815-08-02"}, note="began after the king's return, by 2 August; no named place")
event("растерзала", "2 августа в Авиньоне толпа роялистов растерзала маршала Брюна", "riot",  # 37
      date="2 августа", place="Авиньон",
      actors=[("толпа роялистов", "agent"), ("маршала Брюна", "target")], note="mob killing")
event("высадился", "8 октября Мюрат с горсткой людей высадился в Пиццо", "reinforcement",  # 38
      date="8 октября", place="Пиццо", actors=[("Мюрат", "agent")])
event("схвачен", "8 октября Мюрат с горсткой людей высадился в Пиццо в Калабрии, был схвачен", "arrest",  # 39
      date="8 октября", place="Пиццо", actors=[("Мюрат", "target")])
event("расстрелян", "8 октября Мюрат с горсткой людей высадился в Пиццо в Калабрии, был схвачен и через "  # 40
      "пять дней расстрелян", "execution", date="через пять дней", place="Пиццо",
      actors=[("Мюрат", "target")])
event("подписан", "20 ноября был подписан второй Парижский мир", "treaty",  # 41
      date="20 ноября", place="Париж")
event("возвращалась к границам", "Франция возвращалась к границам 1790 года", "territorial_transfer",  # 42
      date="20 ноября", place="Франция", actors=[("Франция", "participant")],
      note="a term of the treaty of 20 November")
event("принимала оккупационный корпус", "на срок до пяти лет принимала оккупационный корпус в 150 тыс. "  # 43
      "солдат", "occupation", date="20 ноября", place="Франция",
      quantities=[qty("150 тыс. солдат", "participants", 150000)],
      note="a term of the treaty of 20 November")
event("расстрелян", "7 декабря по приговору Палаты пэров в Париже был расстрелян маршал Ней", "execution",  # 44
      date="7 декабря", place="Париж", actors=[("Палаты пэров", "agent"), ("маршал Ней", "target")])
