"""Gold spec for bench/heldout/campaign_1814_france.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/campaign_1814_france.txt"

gazetteer({
    "Лейпциг": ("settlement", 51.34, 12.37, "Q2079"),
    "Рейн": ("river", 50.09, 7.76, "Q584"),
    "Франция": ("polity", 46.6, 2.4, "Q142"),
    "Базель": ("settlement", 47.56, 7.59, "Q78"),
    "Кауб": ("settlement", 50.09, 7.76, None),
    "Мангейм": ("settlement", 49.49, 8.47, None),
    "Кобленц": ("settlement", 50.36, 7.59, None),
    "Бриенн": ("settlement", 48.39, 4.53, None, "Бриенн-ле-Шато"),
    "Ла-Ротьер": ("settlement", 48.35, 4.57, None),
    "Труа": ("settlement", 48.30, 4.07, None),
    "Шатильон": ("settlement", 47.86, 4.57, None, "Шатийон-сюр-Сен"),
    "Марна": ("river", 49.04, 3.41, None),
    "Париж": ("settlement", 48.857, 2.352, "Q90"),
    "Шампобер": ("settlement", 48.88, 3.78, None),
    "Монмирай": ("settlement", 48.87, 3.54, None),
    "Шато-Тьерри": ("settlement", 49.05, 3.40, None),
    "Вошан": ("settlement", 48.88, 3.62, None),
    "Монтро": ("settlement", 48.385, 2.95, None, "Монтро-Фот-Йонн"),
    "Об": ("river", 48.53, 4.14, None),
    "Шомон": ("settlement", 48.11, 5.14, None),
    "Россия": ("polity", 55.75, 37.62, "Q34266"),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Пруссия": ("polity", 52.52, 13.40, None),
    "Великобритания": ("polity", 51.51, -0.13, None),
    "Суассон": ("settlement", 49.38, 3.32, None),
    "Эна": ("river", 49.38, 3.32, None),
    "Краон": ("settlement", 49.44, 3.79, None),
    "Лан": ("settlement", 49.56, 3.62, None),
    "Реймс": ("settlement", 49.26, 4.03, None),
    "Арси-сюр-Об": ("settlement", 48.53, 4.14, None),
    "Фер-Шампенуаз": ("settlement", 48.75, 3.99, None),
    "Бельвиль": ("settlement", 48.872, 2.385, None),
    "Монмартр": ("mountain", 48.886, 2.343, None),
    "Фонтенбло": ("settlement", 48.405, 2.70, None),
    "Эльба": ("region", 42.78, 10.25, None),
    "Фрежюс": ("settlement", 43.43, 6.74, None),
    "Портоферрайо": ("settlement", 42.81, 10.32, None),
})

# ---- dates, in reading order (the text states once that its dates are New Style: taken as written)
date("осенью 1813 года", "1813-23", "season")
date("В конце декабря 1813 года", "1813-12-21/1813-12-31", "interval")
date("в ночь на 1 января 1814 года", "1813-12-31/1814-01-01", "day")
date("29 января", "1814-01-29", "day", derivation="anchored")
date("Через три дня", "1814-02-01", "day", derivation="computed", note="29 January + 3 days")
date("1 февраля", "1814-02-01", "day", derivation="anchored")
date("5 февраля", "1814-02-05", "day", derivation="anchored")
date("10 февраля", "1814-02-10", "day", derivation="anchored")
date("На следующий день", "1814-02-11", "day", derivation="computed", note="10 February + 1 day")
date("12 февраля", "1814-02-12", "day", derivation="anchored")
date("14 февраля", "1814-02-14", "day", derivation="anchored")
date("18 февраля", "1814-02-18", "day", derivation="anchored")
date("1 марта", "1814-03-01", "day", derivation="anchored")
date("3 марта", "1814-03-03", "day", derivation="anchored")
date("7 марта", "1814-03-07", "day", derivation="anchored")
date("весь день", None, None, kind="duration", duration="P1D")
date("9–10 марта", "1814-03-09/1814-03-10", "interval", derivation="anchored")
date("в ночь на 10 марта", "1814-03-09/1814-03-10", "day", derivation="anchored")
date("13 марта", "1814-03-13", "day", derivation="anchored")
date("19 марта", "1814-03-19", "day", derivation="anchored")
date("20–21 марта", "1814-03-20/1814-03-21", "interval", derivation="anchored")
date("двое суток", None, None, kind="duration", duration="P2D")
date("25 марта", "1814-03-25", "day", derivation="anchored")
date("30 марта", "1814-03-30", "day", derivation="anchored")
date("В ночь на 31 марта", "1814-03-30/1814-03-31", "day", derivation="anchored")
date("в тот же день", "1814-03-31", "day", derivation="anchored", note="the day the night above ended on")
date("1 апреля", "1814-04-01", "day", derivation="anchored")
date("вскоре", "1814-04-01/1814-04-10", "interval", kind="vague", derivation="anchored",
     note="soon after 1 April")
date("4 апреля", "1814-04-04", "day", derivation="anchored")
date("6 апреля", "1814-04-06", "day", derivation="anchored")
date("11 апреля", "1814-04-11", "day", derivation="anchored")
date("20 апреля", "1814-04-20", "day", derivation="anchored")
date("28 апреля", "1814-04-28", "day", derivation="anchored")
date("4 мая", "1814-05-04", "day", derivation="anchored")
date("Накануне", "1814-05-03", "day", derivation="computed", note="the day before 4 May")
date("3 мая", "1814-05-03", "day", derivation="anchored")
date("30 мая", "1814-05-30", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Лейпцигом", "Лейпциг"), ("Рейн", None), ("Францию", "Франция"), ("Рейн", None),
    ("Базеля", "Базель"), ("Кауба", "Кауб"), ("Мангейма", "Мангейм"), ("Кобленца", "Кобленц"),
    ("Франции", "Франция"),
    ("Бриенна", "Бриенн"), ("Ла-Ротьера", "Ла-Ротьер"), ("Труа", None), ("Шатильоне", "Шатильон"),
    ("Марны", "Марна"), ("Париж", None), ("Шампобера", "Шампобер"), ("Монмирая", "Монмирай"),
    ("Шато-Тьерри", None), ("Вошана", "Вошан"), ("Монтро", None), ("Об", None),
    ("Шомоне", "Шомон"), ("Россия", None), ("Австрия", None), ("Пруссия", None), ("Великобритания", None),
    ("Суассона", "Суассон"), ("Эну", "Эна"), ("Краона", "Краон"), ("Лану", "Лан"), ("Реймс", None),
    ("Шатильоне", "Шатильон"), ("Арси-сюр-Об", None), ("Париж", None),
    ("Фер-Шампенуаза", "Фер-Шампенуаз"),
    ("Парижа", "Париж"), ("Бельвиль", None), ("Монмартра", "Монмартр"),
    ("Фонтенбло", None), ("Эльбу", "Эльба"), ("Фонтенбло", None), ("Фрежюсе", "Фрежюс"),
    ("Портоферрайо", None), ("Париж", None), ("Парижский", "Париж"),
]:
    place(quote, name)

# ---- events
event("Битву народов", "Проиграв осенью 1813 года «Битву народов» под Лейпцигом", "battle",  # 0
      date="осенью 1813 года", place="Лейпциг")
event("увёл", "Наполеон увёл армию за Рейн", "retreat", date="осенью 1813 года", place="Рейн",  # 1
      actors=[("Наполеон", "agent")], note="date from the participial clause of the same sentence")
event("перешла", "В конце декабря 1813 года Главная армия князя Шварценберга перешла Рейн у Базеля",  # 2
      "attack", date="В конце декабря 1813 года", place="Базель",
      actors=[("Главная армия князя Шварценберга", "agent")], note="the invasion's crossing of the Rhine")
event("переправилась", "в ночь на 1 января 1814 года армия Блюхера переправилась через реку у Кауба, "  # 3
      "Мангейма и Кобленца", "attack", date="в ночь на 1 января 1814 года", place="Кауб",
      actors=[("армия Блюхера", "agent")])
event("переправилась", "в ночь на 1 января 1814 года армия Блюхера переправилась через реку у Кауба, "  # 4
      "Мангейма и Кобленца", "attack", date="в ночь на 1 января 1814 года", place="Мангейм",
      actors=[("армия Блюхера", "agent")])
event("переправилась", "в ночь на 1 января 1814 года армия Блюхера переправилась через реку у Кауба, "  # 5
      "Мангейма и Кобленца", "attack", date="в ночь на 1 января 1814 года", place="Кобленц",
      actors=[("армия Блюхера", "agent")])
event("вступило", "Всего в пределы Франции вступило более 200 тыс. союзных солдат", "reinforcement",  # 6
      date={"edtf": "1813-12-21/1814-01-28"}, place="Франция", actors=[("союзных солдат", "agent")],
      quantities=[qty("более 200 тыс. союзных солдат", "participants", 200000, min=200000, approximate=True)],
      note="the whole allied invasion force, between the crossings and Brienne")
event("атаковал", "29 января Наполеон внезапно атаковал Блюхера у Бриенна", "attack",  # 7
      date="29 января", place="Бриенн", actors=[("Наполеон", "agent"), ("Блюхера", "target")])
event("выбил", "29 января Наполеон внезапно атаковал Блюхера у Бриенна и выбил его из города", "capture",  # 8
      date="29 января", place="Бриенн", actors=[("Наполеон", "agent")])
event("поражение", "1 февраля, у Ла-Ротьера объединённые силы союзников нанесли французам первое поражение "  # 9
      "и взяли более 2 тыс. пленных", "battle", date="1 февраля", place="Ла-Ротьер",
      actors=[("объединённые силы союзников", "agent"), ("французам", "target")],
      quantities=[qty("более 2 тыс. пленных", "prisoners", 2000, min=2000, approximate=True)])
event("отступил", "Император отступил к Труа", "retreat", date={"edtf": "1814-02-01/1814-02-05"},  # 10
      place="Труа", actors=[("Император", "agent")], note="place is the destination, the only one named")
event("переговоры", "5 февраля в Шатильоне открылся конгресс, где союзные дипломаты повели с Коленкуром "  # 11
      "переговоры о мире", "negotiations", date="5 февраля", place="Шатильон",
      actors=[("союзные дипломаты", "participant"), ("Коленкуром", "participant")])
event("двинулся", "Блюхер же двинулся вдоль Марны на Париж", "attack",  # 12
      date={"edtf": "1814-02-05/1814-02-10"}, place="Марна", actors=[("Блюхер", "agent")],
      note="an advance on Paris, between the congress and Champaubert")
event("ударил", "Наполеон ударил ему во фланг", "attack", date={"edtf": "1814-02-05/1814-02-10"},  # 13
      actors=[("Наполеон", "agent")])
event("уничтожен", "10 февраля у Шампобера был почти уничтожен русский отряд Олсуфьева численностью около "  # 14
      "4 тыс. человек", "battle", date="10 февраля", place="Шампобер",
      actors=[("русский отряд Олсуфьева", "target")],
      quantities=[qty("около 4 тыс. человек", "participants", 4000, approximate=True)])
event("попал в плен", "а сам генерал попал в плен", "arrest", date="10 февраля", place="Шампобер",  # 15
      actors=[("сам генерал", "target")], note="the general was taken prisoner in the battle")
event("разбили", "На следующий день у Монмирая французы разбили корпуса Сакена и Йорка", "battle",  # 16
      date="На следующий день", place="Монмирай",
      actors=[("французы", "agent"), ("корпуса Сакена и Йорка", "target")])
event("заняли", "На следующий день у Монмирая французы разбили корпуса Сакена и Йорка, 12 февраля заняли "  # 17
      "Шато-Тьерри", "capture", date="12 февраля", place="Шато-Тьерри", actors=[("французы", "agent")])
event("отбросили", "а 14 февраля у Вошана отбросили самого Блюхера", "battle", date="14 февраля",  # 18
      place="Вошан", actors=[("самого Блюхера", "target")])
event("разгромил", "18 февраля при Монтро император разгромил авангард Главной армии", "battle",  # 19
      date="18 февраля", place="Монтро",
      actors=[("император", "agent"), ("авангард Главной армии", "target")])
event("отвёл", "Шварценберг отвёл её за Об", "retreat", date={"edtf": "1814-02-18/1814-02-28"},  # 20
      place="Об", actors=[("Шварценберг", "agent")], note="after Montereau, before 1 March")
event("подписали", "1 марта в Шомоне Россия, Австрия, Пруссия и Великобритания подписали союзный договор",  # 21
      "treaty", date="1 марта", place="Шомон",
      actors=[("Россия", "participant"), ("Австрия", "participant"), ("Пруссия", "participant"),
              ("Великобритания", "participant")])
event("сдал", "3 марта гарнизон Суассона сдал крепость корпусам Винцингероде и Бюлова", "capture",  # 22
      date="3 марта", place="Суассон",
      actors=[("корпусам Винцингероде и Бюлова", "agent"), ("гарнизон Суассона", "target")],
      note="the garrison surrendered the fortress")
event("соединился", "Блюхер, перейдя здесь Эну, соединился с ними", "reinforcement", date="3 марта",  # 23
      place="Суассон", actors=[("Блюхер", "agent")])
event("сдерживала натиск", "7 марта у Краона русская пехота Воронцова весь день сдерживала натиск французов",  # 24
      "battle", date="7 марта", place="Краон",
      actors=[("русская пехота Воронцова", "participant"), ("французов", "participant")])
event("отошла", "в полном порядке отошла к Лану", "retreat", date="7 марта", place="Лан",  # 25
      actors=[("русская пехота Воронцова", "agent")])
event("атаковал", "9–10 марта Наполеон безуспешно атаковал там позиции Блюхера", "attack",  # 26
      date="9–10 марта", place="Лан", assertion="failed",
      actors=[("Наполеон", "agent"), ("позиции Блюхера", "target")])
event("рассеяли", "в ночь на 10 марта союзники внезапным ударом рассеяли корпус Мармона", "attack",  # 27
      date="в ночь на 10 марта", place="Лан", actors=[("союзники", "agent"), ("корпус Мармона", "target")])
event("отбили", "13 марта французы отбили Реймс", "recapture", date="13 марта", place="Реймс",  # 28
      actors=[("французы", "agent")])
event("прервали переговоры", "19 марта союзники прервали переговоры в Шатильоне", "negotiations",  # 29
      date="19 марта", place="Шатильон", assertion="failed", same_as=11, actors=[("союзники", "participant")])
event("бился", "20–21 марта у Арси-сюр-Об император, располагавший всего около 30 тыс. солдат, двое суток "  # 30
      "бился с втрое сильнейшей армией союзников", "battle", date="20–21 марта", place="Арси-сюр-Об",
      actors=[("император", "participant"), ("армией союзников", "participant")],
      quantities=[qty("около 30 тыс. солдат", "participants", 30000, approximate=True)],
      note="the count is the French side only")
event("отступил", "и отступил за реку", "retreat", date="20–21 марта", place="Арси-сюр-Об",  # 31
      note="across the Aube; the actor is the emperor of the previous clause")
event("двинулся", "Он двинулся на восток, к своим крепостям", "reinforcement",  # 32
      date={"edtf": "1814-03-21/1814-03-25"}, note="redeployment of Napoleon's army eastwards")
event("пошли", "союзники пошли прямо на Париж", "attack", date={"edtf": "1814-03-21/1814-03-30"},  # 33
      place="Париж", actors=[("союзники", "agent")])
event("разгромила", "25 марта у Фер-Шампенуаза союзная конница разгромила корпуса Мармона и Мортье и окружила "  # 34
      "две дивизии национальной гвардии; было взято несколько тысяч пленных", "battle",
      date="25 марта", place="Фер-Шампенуаз",
      actors=[("союзная конница", "agent"), ("корпуса Мармона и Мортье", "target"),
              ("две дивизии национальной гвардии", "target")],
      quantities=[qty("несколько тысяч пленных", "prisoners", None, min=3000, max=9000, approximate=True)])
event("сражение", "30 марта под стенами Парижа развернулось решающее сражение", "battle",  # 35
      date="30 марта", place="Париж")
event("штурмовали", "союзники штурмовали Бельвиль и высоты Монмартра, которые обороняли около 40 тыс. солдат "  # 36
      "и национальных гвардейцев", "attack", date="30 марта", place="Бельвиль",
      actors=[("союзники", "agent")],
      quantities=[qty("около 40 тыс. солдат и национальных гвардейцев", "participants", 40000,
                      approximate=True)], note="the count is the defenders")
event("штурмовали", "союзники штурмовали Бельвиль и высоты Монмартра, которые обороняли около 40 тыс. солдат "  # 37
      "и национальных гвардейцев", "attack", date="30 марта", place="Монмартр",
      actors=[("союзники", "agent")],
      quantities=[qty("около 40 тыс. солдат и национальных гвардейцев", "participants", 40000,
                      approximate=True)], note="the count is the defenders")
event("капитуляцию", "В ночь на 31 марта маршал Мармон подписал капитуляцию", "treaty",  # 38
      date="В ночь на 31 марта", place="Париж", actors=[("маршал Мармон", "agent")],
      note="capitulation of Paris")
event("вступили", "в тот же день войска во главе с Александром I вступили в столицу", "occupation",  # 39
      date="в тот же день", place="Париж", actors=[("войска во главе с Александром I", "agent")])
event("образовал", "1 апреля Сенат образовал Временное правительство во главе с Талейраном", "founding",  # 40
      date="1 апреля", place="Париж",
      actors=[("Сенат", "agent"), ("Временное правительство", "participant")])
event("объявил", "а вскоре объявил Наполеона низложенным", "decree", date="вскоре", place="Париж",  # 41
      actors=[("Сенат", "agent"), ("Наполеона", "target")])
event("отречься", "Находившийся в Фонтенбло Наполеон 4 апреля попытался отречься в пользу малолетнего сына",  # 42
      "political_activity", date="4 апреля", place="Фонтенбло", assertion="failed",
      actors=[("Наполеон", "agent")], note="the allies rejected the conditional abdication")
event("подписал отречение", "6 апреля он подписал отречение без всяких условий", "political_activity",  # 43
      date="6 апреля", place="Фонтенбло")
event("Договор", "Договор, заключённый 11 апреля", "treaty", date="11 апреля")  # 44
event("передал", "Договор, заключённый 11 апреля, передал ему во владение остров Эльбу",  # 45
      "territorial_transfer", date="11 апреля", place="Эльба")
event("отправился в ссылку", "20 апреля, простившись в Фонтенбло со старой гвардией, он отправился в ссылку",  # 46
      "deportation", date="20 апреля", place="Фонтенбло", note="exile to Elba; departure from Fontainebleau")
event("сел", "28 апреля во Фрежюсе он сел на британский фрегат", "deportation", date="28 апреля",  # 47
      place="Фрежюс", same_as=46)
event("высадился", "4 мая высадился в Портоферрайо", "deportation", date="4 мая", place="Портоферрайо",  # 48
      same_as=46, note="arrival in exile on Elba")
event("въехал", "Накануне, 3 мая, в Париж въехал Людовик XVIII", "political_activity", date="3 мая",  # 49
      place="Париж", actors=[("Людовик XVIII", "agent")], note="the restored king's entry into the capital")
event("подписан", "30 мая был подписан Парижский мир", "treaty", date="30 мая", place="Париж")  # 50
