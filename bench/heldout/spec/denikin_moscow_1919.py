"""Gold spec for bench/heldout/denikin_moscow_1919.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/denikin_moscow_1919.txt"

gazetteer({
    "Область Войска Донского": ("region", 47.42, 40.09, None),
    "Юг России": ("region", 46.5, 40.0, None),
    "Донбасс": ("region", 48.0, 38.0, None),
    "Харьков": ("settlement", 49.99, 36.23, "Q42308"),
    "Екатеринослав": ("settlement", 48.46, 35.04, None, "Днепр"),
    "Царицын": ("settlement", 48.71, 44.51, "Q914", "Волгоград"),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Новохопёрск": ("settlement", 51.1, 41.62, None),
    "Тамбов": ("settlement", 52.72, 41.45, None),
    "Козлов": ("settlement", 52.89, 40.49, None, "Мичуринск"),
    "Елец": ("settlement", 52.62, 38.5, None),
    "Воронеж": ("settlement", 51.67, 39.18, None),
    "Киев": ("settlement", 50.45, 30.52, "Q1899"),
    "Курск": ("settlement", 51.73, 36.19, None),
    "Фастов": ("settlement", 50.08, 29.92, None),
    "Орёл": ("settlement", 52.97, 36.07, None),
    "Тула": ("settlement", 54.19, 37.62, None),
    "Касторная": ("settlement", 51.82, 38.13, None),
    "Ростов-на-Дону": ("settlement", 47.23, 39.72, None),
    "Кубань": ("region", 45.04, 38.98, None),
    "Черноморское побережье": ("region", 44.6, 38.3, None),
    "Новороссийск": ("settlement", 44.72, 37.77, None),
    "Крым": ("region", 45.0, 34.1, "Q7835"),
    "Россия": ("polity", 55.75, 37.62, "Q159"),
})

NS = "New Style, as the text states once at the start"

# ---- dates, in reading order
date("8 января 1919 года", "1919-01-08", "day", note=NS)
date("Всю весну", "1919-21", "season", derivation="anchored", note="throughout the spring of 1919")
date("в мае", "1919-05", "month", derivation="anchored")
date("12 июня", "1919-06-12", "day", derivation="anchored")
date("Лето", "1919-22", "season", derivation="anchored", note="'the summer brought': summer 1919")
date("25 июня", "1919-06-25", "day", derivation="anchored")
date("27 июня", "1919-06-27", "day", derivation="anchored")
date("30 июня", "1919-06-30", "day", derivation="anchored")
date("В начале июля", "1919-07-01/1919-07-10", "interval", derivation="anchored")
date("3 июля", "1919-07-03", "day", derivation="anchored")
date("10 августа", "1919-08-10", "day", derivation="anchored")
date("18 августа", "1919-08-18", "day", derivation="anchored")
date("22 августа", "1919-08-22", "day", derivation="anchored")
date("в конце месяца", "1919-08-21/1919-08-31", "interval", derivation="anchored")
date("14 августа", "1919-08-14", "day", derivation="anchored")
date("к началу сентября", "1919-09-01/1919-09-10", "interval", derivation="anchored",
     note="'by the beginning of September'")
date("В середине сентября", "1919-09-11/1919-09-20", "interval", derivation="anchored")
date("31 августа", "1919-08-31", "day", derivation="anchored")
date("Осенью", "1919-23", "season", derivation="anchored")
date("20 сентября", "1919-09-20", "day", derivation="anchored")
date("вскоре", "1919-09-20/1919-10-20", "interval", kind="vague", derivation="anchored",
     note="soon after 20 September; before the recapture of 24 October")
date("В конце сентября", "1919-09-21/1919-09-30", "interval", derivation="anchored")
date("13 октября", "1919-10-13", "day", derivation="anchored")
date("нескольких дней", None, None, kind="duration", note="unquantified: a few days")
date("20 октября", "1919-10-20", "day", derivation="anchored")
date("24 октября", "1919-10-24", "day", derivation="anchored")
date("15 ноября", "1919-11-15", "day", derivation="anchored")
date("Через два дня", "1919-11-17", "day", derivation="computed", note="15 November + 2 days")
date("19 ноября", "1919-11-19", "day", derivation="anchored")
date("12 декабря", "1919-12-12", "day", derivation="anchored")
date("16 декабря", "1919-12-16", "day", derivation="anchored")
date("3 января 1920 года", "1920-01-03", "day")
date("8 января", "1920-01-08", "day", derivation="anchored")
date("В ночь на 27 марта", "1920-03-26/1920-03-27", "day", derivation="anchored")
date("В тот же день", "1920-03-27", "day", derivation="anchored", note="the day the night above ended on")
date("4 апреля", "1920-04-04", "day", derivation="anchored")
date("вскоре", "1920-04-04/1920-04-30", "interval", kind="vague", derivation="anchored",
     note="soon after 4 April 1920")

# ---- places, in reading order
for quote, name in [
    ("Донская", "Область Войска Донского"), ("Юга России", "Юг России"), ("Донбассе", "Донбасс"),
    ("Харьков", None), ("Екатеринослав", None), ("Царицын", None), ("Царицын", None),
    ("Московскую", "Москва"), ("Москвы", "Москва"),
    ("Новохопёрска", "Новохопёрск"), ("Тамбов", None), ("Козлов", None), ("Елец", None),
    ("Воронежем", "Воронеж"),
    ("Киев", None), ("Курск", None), ("Воронеж", None), ("Фастове", "Фастов"), ("Орёл", None),
    ("Тулу", "Тула"),
    ("Орла", "Орёл"), ("Орёл", None), ("Воронежа", "Воронеж"), ("Касторная", None), ("Курск", None),
    ("Харьков", None), ("Киев", None), ("Царицын", None), ("Ростов-на-Дону", None), ("Кубань", None),
    ("Черноморскому побережью", "Черноморское побережье"), ("Новороссийска", "Новороссийск"),
    ("Крым", None), ("Россию", "Россия"),
]:
    place(quote, name)

# ---- events
event("сведены", "8 января 1919 года Добровольческая и Донская армии были сведены в Вооружённые силы "  # 0
      "Юга России (ВСЮР)", "founding", date="8 января 1919 года", place="Юг России",
      actors=[("Добровольческая и Донская армии", "participant"),
              ("Вооружённые силы Юга России", "participant")])
event("главнокомандующим", "главнокомандующим которых стал генерал А. И. Деникин", "political_activity",  # 1
      date="8 января 1919 года", actors=[("генерал А. И. Деникин", "participant")],
      note="appointment as commander-in-chief")
event("бои", "Всю весну в Донбассе шли упорные бои", "battle", date="Всю весну", place="Донбасс")  # 2
event("прорвали фронт", "в мае белые прорвали фронт красных и двинулись на север", "attack",  # 3
      date="в мае", place="Донбасс", actors=[("белые", "agent"), ("красных", "target")],
      note="the breakthrough from the Donbass front, then the advance north")
event("признал", "12 июня Деникин признал верховную власть адмирала А. В. Колчака", "recognition",  # 4
      date="12 июня", actors=[("Деникин", "agent"), ("адмирала А. В. Колчака", "participant")])
event("вошла", "25 июня Добровольческая армия генерала В. З. Май-Маевского вошла в Харьков", "capture",  # 5
      date="25 июня", place="Харьков",
      actors=[("Добровольческая армия генерала В. З. Май-Маевского", "agent")])
event("уходом", "перед уходом красных местная ЧК расстреляла там многих заключённых", "retreat",  # 6
      date={"edtf": "1919-06/1919-06-25"}, place="Харьков", actors=[("красных", "agent")],
      note="the Reds' withdrawal before the Whites entered on 25 June")
event("расстреляла", "перед уходом красных местная ЧК расстреляла там многих заключённых", "execution",  # 7
      date={"edtf": "1919-06/1919-06-25"}, place="Харьков",
      actors=[("местная ЧК", "agent"), ("многих заключённых", "target")],
      note="before the Reds left Kharkov; 'там' = Kharkov")
event("заняла", "27 июня конница А. Г. Шкуро заняла Екатеринослав", "capture",  # 8
      date="27 июня", place="Екатеринослав", actors=[("конница А. Г. Шкуро", "agent")])
event("боёв", "30 июня армия П. Н. Врангеля после тяжёлых боёв взяла Царицын", "battle",  # 9
      date={"edtf": "1919-06/1919-06-30"}, place="Царицын",
      actors=[("армия П. Н. Врангеля", "participant")], note="the fighting before the capture of 30 June")
event("взяла", "30 июня армия П. Н. Врангеля после тяжёлых боёв взяла Царицын", "capture",  # 10
      date="30 июня", place="Царицын", actors=[("армия П. Н. Врангеля", "agent")])
event("прибыл", "В начале июля Деникин прибыл в Царицын", "reinforcement",  # 11
      date="В начале июля", place="Царицын", actors=[("Деникин", "agent")],
      note="arrival of the commander-in-chief at the front")
event("подписал", "Деникин прибыл в Царицын и 3 июля подписал там Московскую директиву", "decree",  # 12
      date="3 июля", place="Царицын", actors=[("Деникин", "agent")],
      note="the directive named Moscow as the goal; it was signed in Tsaritsyn")
event("прорвал фронт", "10 августа конный корпус К. К. Мамонтова — около 9 тыс. сабель и штыков — прорвал "  # 13
      "фронт у Новохопёрска", "attack", date="10 августа", place="Новохопёрск",
      actors=[("конный корпус К. К. Мамонтова", "agent")],
      quantities=[qty("около 9 тыс. сабель и штыков", "participants", 9000, approximate=True)])
event("рейд", "ушёл в глубокий рейд по тылам красных", "attack",  # 14
      date="10 августа", actors=[("красных", "target")],
      note="the raid begun on 10 August; its places follow")
event("ворвались", "18 августа казаки ворвались в Тамбов", "capture",  # 15
      date="18 августа", place="Тамбов", actors=[("казаки", "agent")])
event("ворвались", "18 августа казаки ворвались в Тамбов, 22 августа — в Козлов", "capture",  # 16
      date="22 августа", place="Козлов", actors=[("казаки", "agent")])
event("ворвались", "18 августа казаки ворвались в Тамбов, 22 августа — в Козлов, а в конце месяца — в Елец",  # 17
      "capture", date="в конце месяца", place="Елец", actors=[("казаки", "agent")])
event("разрушал", "По пути корпус разрушал железные дороги и склады", "looting",  # 18
      date={"edtf": "1919-08-10/1919-09-20"}, actors=[("корпус", "agent")],
      note="destruction along the raid's route")
event("грабил", "грабил население, увозя огромные обозы с добычей", "looting",  # 19
      date={"edtf": "1919-08-10/1919-09-20"}, actors=[("население", "target")],
      note="looting along the raid's route")
event("контрнаступление", "Начатое 14 августа контрнаступление Южного фронта к началу сентября провалилось",  # 20
      "attack", date="14 августа", assertion="failed", actors=[("Южного фронта", "agent")])
event("боями", "В середине сентября корпус Мамонтова с боями отошёл к своим под Воронежем", "battle",  # 21
      date="В середине сентября", place="Воронеж", actors=[("корпус Мамонтова", "participant")])
event("отошёл", "В середине сентября корпус Мамонтова с боями отошёл к своим под Воронежем", "retreat",  # 22
      date="В середине сентября", place="Воронеж", actors=[("корпус Мамонтова", "agent")],
      note="the raiders broke back to the White lines near Voronezh")
event("вступили", "31 августа части генерала Н. Э. Бредова вступили в Киев", "capture",  # 23
      date="31 августа", place="Киев", actors=[("части генерала Н. Э. Бредова", "agent")])
event("пал", "20 сентября пал Курск", "capture", date="20 сентября", place="Курск")  # 24
event("занял", "вскоре корпус Шкуро занял Воронеж", "capture",  # 25
      date="вскоре", place="Воронеж", actors=[("корпус Шкуро", "agent")])
event("погром", "В конце сентября казаки устроили в Фастове еврейский погром; по разным оценкам, погибли "  # 26
      "от 1 до 1,5 тыс. человек", "massacre", date="В конце сентября", place="Фастов",
      actors=[("казаки", "agent")],
      quantities=[qty("от 1 до 1,5 тыс. человек", "fatalities", None, min=1000, max=1500, approximate=True)],
      note="the pogrom is asserted; only the death toll is given as a range of estimates")
event("взяли", "13 октября корниловцы взяли Орёл", "capture",  # 27
      date="13 октября", place="Орёл", actors=[("корниловцы", "agent")])
event("сосредоточило", "советское командование сосредоточило западнее Орла Ударную группу — 10–12 тыс. "  # 28
      "штыков и сабель", "reinforcement", date={"edtf": "1919-10"}, place="Орёл",
      actors=[("советское командование", "agent"), ("Ударную группу", "participant")],
      quantities=[qty("10–12 тыс. штыков и сабель", "participants", None, min=10000, max=12000,
                      approximate=True)])
event("боёв", "После нескольких дней встречных боёв", "battle",  # 29
      date={"edtf": "1919-10-13/1919-10-20"}, place="Орёл",
      note="the fighting before the recapture of Orel on 20 October")
event("вернули", "20 октября красные вернули Орёл", "recapture",  # 30
      date="20 октября", place="Орёл", actors=[("красные", "agent")])
event("выбил", "24 октября конный корпус С. М. Будённого выбил Шкуро из Воронежа", "recapture",  # 31
      date="24 октября", place="Воронеж",
      actors=[("конный корпус С. М. Будённого", "agent"), ("Шкуро", "target")])
event("овладел", "24 октября конный корпус С. М. Будённого выбил Шкуро из Воронежа, а 15 ноября овладел "  # 32
      "станцией Касторная", "recapture", date="15 ноября", place="Касторная",
      actors=[("конный корпус С. М. Будённого", "agent")])
event("оставили", "Через два дня белые оставили Курск", "retreat",  # 33
      date="Через два дня", place="Курск", actors=[("белые", "agent")])
event("развёрнут", "19 ноября корпус Будённого был развёрнут в Первую Конную армию", "founding",  # 34
      date="19 ноября", actors=[("корпус Будённого", "participant"), ("Первую Конную армию", "participant")])
event("Отход", "Отход ВСЮР превращался в бегство", "retreat",  # 35
      date={"edtf": "1919-11/1920-01"}, actors=[("ВСЮР", "agent")],
      note="the general retreat; 'бегство' is the army's rout, not a flight of civilians")
event("заняли", "12 декабря красные заняли Харьков", "recapture",  # 36
      date="12 декабря", place="Харьков", actors=[("красные", "agent")])
event("заняли", "12 декабря красные заняли Харьков, 16 декабря — Киев", "recapture",  # 37
      date="16 декабря", place="Киев", actors=[("красные", "agent")])
event("заняли", "12 декабря красные заняли Харьков, 16 декабря — Киев, 3 января 1920 года — Царицын",  # 38
      "recapture", date="3 января 1920 года", place="Царицын", actors=[("красные", "agent")])
event("вошла", "8 января Первая Конная вошла в Ростов-на-Дону", "recapture",  # 39
      date="8 января", place="Ростов-на-Дону", actors=[("Первая Конная", "agent")])
event("откатывались", "Остатки белых армий откатывались на Кубань и к Черноморскому побережью", "retreat",  # 40
      date={"edtf": "1920-01/1920-03"}, place="Кубань", actors=[("Остатки белых армий", "agent")],
      note="place is the destination")
event("откатывались", "Остатки белых армий откатывались на Кубань и к Черноморскому побережью", "retreat",  # 41
      date={"edtf": "1920-01/1920-03"}, place="Черноморское побережье",
      actors=[("Остатки белых армий", "agent")], note="place is the destination")
event("ушли", "В ночь на 27 марта последние суда с войсками ВСЮР ушли из Новороссийска в Крым", "retreat",  # 42
      date="В ночь на 27 марта", place="Новороссийск", actors=[("войсками ВСЮР", "agent")],
      note="evacuation by sea from Novorossiysk to the Crimea")
event("вошла", "В тот же день в город вошла Красная армия, захватившая, по советским сводкам, более 20 тыс. "  # 43
      "пленных", "recapture", date="В тот же день", place="Новороссийск",
      actors=[("Красная армия", "agent")],
      quantities=[qty("более 20 тыс. пленных", "prisoners", 20000, min=20000, approximate=True)],
      note="the entry is asserted; only the prisoner count is attributed to Soviet reports")
event("передал командование", "4 апреля Деникин передал командование генералу П. Н. Врангелю", "political_activity",  # 44
      date="4 апреля", actors=[("Деникин", "agent"), ("генералу П. Н. Врангелю", "participant")],
      note="transfer of the supreme command (an appointment)")
event("покинул", "Деникин передал командование генералу П. Н. Врангелю и вскоре покинул Россию", "retreat",  # 45
      date="вскоре", place="Россия", actors=[("Деникин", "agent")],
      note="Denikin left the country (emigration)")
