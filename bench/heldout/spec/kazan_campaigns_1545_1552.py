"""Gold spec for bench/heldout/kazan_campaigns_1545_1552.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Julian, as in the chronicles; all of them fall before the 1582
reform, so they are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/kazan_campaigns_1545_1552.txt"

gazetteer({
    "Казань": ("settlement", 55.79, 49.12, "Q900"),
    "Нижний Новгород": ("settlement", 56.33, 44.0, None),
    "Муром": ("settlement", 55.58, 42.05, None),
    "Волга": ("river", 55.74, 49.05, "Q626"),
    "Арское поле": ("region", 55.805, 49.14, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Углич": ("settlement", 57.53, 38.33, None),
    "Свияга": ("river", 55.7, 48.6, None),
    "Свияжск": ("settlement", 55.77, 48.66, None),
    "Горная сторона": ("region", 55.9, 47.2, None),
    "Русское государство": ("polity", 55.75, 37.62, None),
    "Коломна": ("settlement", 55.1, 38.77, None),
    "Тула": ("settlement", 54.19, 37.62, None),
    "Арский лес": ("region", 55.88, 49.25, None),
    "Арский острог": ("settlement", 55.91, 49.3, None),
    "Казанское ханство": ("polity", 55.79, 49.12, None),
    "Луговая сторона": ("region", 56.5, 48.2, None),
})

# ---- dates, in reading order (Julian, before 1582: taken as written)
date("1545–1552 годов", "1545/1552", "interval")
date("В середине XVI века", "1534/1566", "interval", note="middle third of the XVI century")
date("Летом 1545 года", "1545-22", "season")
date("В январе 1546 года", "1546-01", "month")
date("в июне", "1546-06", "month", derivation="anchored")
date("Через месяц", "1546-07", "month", derivation="computed", note="June 1546 + one month")
date("16 января 1547 года", "1547-01-16", "day", note="Julian, taken as written (before 1582)")
date("в декабре", "1547-12", "month", derivation="anchored")
date("в феврале 1548 года", "1548-02", "month")
date("семь дней", None, None, kind="duration", duration="P7D")
date("В марте 1549 года", "1549-03", "month")
date("12 февраля 1550 года", "1550-02-12", "day")
date("через два дня", "1550-02-14", "day", derivation="computed", note="12 February + 2 days")
date("25 февраля", "1550-02-25", "day", derivation="anchored")
date("Зимой 1551 года", "1550-12/1551-02", "season", note="the winter at the start of 1551")
date("весной", "1551-21", "season", derivation="anchored")
date("24 мая 1551 года", "1551-05-24", "day")
date("меньше чем за месяц", None, None, kind="duration", duration="P1M", note="less than a month")
date("Вслед за этим", "1551-05-24/1551-06-30", "interval", kind="vague", derivation="anchored",
     note="right after the founding of Sviyazhsk on 24 May")
date("В августе 1551 года", "1551-08", "month")
date("в начале марта 1552 года", "1552-03-01/1552-03-10", "interval")
date("9 марта", "1552-03-09", "day", derivation="anchored")
date("16 июня 1552 года", "1552-06-16", "day")
date("Тем временем", "1552-06", "month", kind="vague", derivation="anchored",
     note="'meanwhile': after 16 June; the following '22 июня' narrows it")
date("22 июня", "1552-06-22", "day", derivation="anchored")
date("13 августа", "1552-08-13", "day", derivation="anchored")
date("23 августа", "1552-08-23", "day", derivation="anchored")
date("30 августа", "1552-08-30", "day", derivation="anchored")
date("4 сентября", "1552-09-04", "day", derivation="anchored")
date("вскоре", "1552-09-04/1552-10-01", "interval", kind="vague", derivation="anchored",
     note="soon after 4 September, before the storm of 2 October")
date("2 октября 1552 года", "1552-10-02", "day")
date("несколько часов", None, None, kind="duration", note="unquantified: a few hours")
date("11 октября", "1552-10-11", "day", derivation="anchored")
date("в конце месяца", "1552-10-21/1552-10-31", "interval", derivation="anchored")
date("в декабре 1552 года", "1552-12", "month")
date("В 1553 году", "1553", "year")
date("к 1557 году", "1557", "year")

# ---- places, in reading order
for quote, name in [
    ("Казанские", "Казань"),
    ("Нижнего Новгорода", "Нижний Новгород"), ("Мурома", "Муром"),
    ("Волге", "Волга"), ("Казани", "Казань"),
    ("Казань", "Казань"), ("Волге", "Волга"), ("Нижнего Новгорода", "Нижний Новгород"),
    ("Москву", "Москва"), ("Арском поле", "Арское поле"),
    ("Казани", "Казань"),
    ("Угличе", "Углич"), ("Волге", "Волга"), ("Свияги", "Свияга"), ("Волгу", "Волга"),
    ("Свияжск", "Свияжск"), ("Москве", "Москва"), ("Горная сторона", "Горная сторона"),
    ("Русскому государству", "Русское государство"),
    ("Свияжск", "Свияжск"),
    ("Москвы", "Москва"), ("Коломну", "Коломна"), ("Тулу", "Тула"), ("Муром", "Муром"),
    ("Свияжску", "Свияжск"),
    ("Казань", "Казань"), ("Арского леса", "Арский лес"), ("Арский острог", "Арский острог"),
    ("Казанского ханства", "Казанское ханство"), ("Русского государства", "Русское государство"),
    ("Казань", "Казань"), ("Москву", "Москва"),
    ("Луговой стороны", "Луговая сторона"),
]:
    place(quote, name)

# ---- events
event("разоряли", "В середине XVI века казанские отряды разоряли земли у Нижнего Новгорода и Мурома",  # 0
      "looting", date="В середине XVI века", place="Нижний Новгород",
      actors=[("казанские отряды", "agent")], note="habitual raids, background")
event("разоряли", "В середине XVI века казанские отряды разоряли земли у Нижнего Новгорода и Мурома",  # 1
      "looting", date="В середине XVI века", place="Муром",
      actors=[("казанские отряды", "agent")], note="habitual raids, background")
event("спустилась", "Летом 1545 года судовая рать князя Семёна Микулинского спустилась по Волге к Казани",  # 2
      "attack", date="Летом 1545 года", place="Казань",
      actors=[("судовая рать князя Семёна Микулинского", "agent")])
event("разорила", "спустилась по Волге к Казани и разорила окрестности", "looting",  # 3
      date="Летом 1545 года", place="Казань",
      actors=[("судовая рать князя Семёна Микулинского", "agent")])
event("изгнала", "В январе 1546 года знать изгнала хана Сафа-Гирея", "political_activity",  # 4
      date="В январе 1546 года", place="Казань",
      actors=[("знать", "agent"), ("хана Сафа-Гирея", "target")], note="the khan deposed and expelled")
event("ханом стал", "а в июне ханом стал касимовский царевич Шах-Али", "political_activity",  # 5
      date="в июне", place="Казань", actors=[("касимовский царевич Шах-Али", "participant")])
event("бежал", "Через месяц он бежал", "retreat", date="Через месяц", place="Казань",  # 6
      note="Shah Ali fled Kazan")
event("вернулся", "Сафа-Гирей вернулся с ногайским войском", "recapture",  # 7
      date="Через месяц", place="Казань",
      actors=[("Сафа-Гирей", "agent"), ("ногайским войском", "agent")],
      note="the deposed khan retook his capital")
event("венчался на царство", "16 января 1547 года Иван IV венчался на царство", "political_activity",  # 8
      date="16 января 1547 года", actors=[("Иван IV", "participant")])
event("повёл полки", "Иван IV венчался на царство, а в декабре сам повёл полки на Казань", "attack",  # 9
      date="в декабре", place="Казань", actors=[("Иван IV", "agent")])
event("вернулся", "в феврале 1548 года оттепель застала войско на Волге ниже Нижнего Новгорода: лёд стал "  # 10
      "проваливаться, и царь вернулся в Москву", "retreat", date="в феврале 1548 года",
      place="Нижний Новгород", actors=[("царь", "agent")],
      note="the campaign turned back on the Volga below Nizhny Novgorod")
event("разбили", "Передовые полки всё же разбили казанцев на Арском поле", "battle",  # 11
      date="в феврале 1548 года", place="Арское поле",
      actors=[("Передовые полки", "agent"), ("казанцев", "target")])
event("стояли под городом", "Передовые полки всё же разбили казанцев на Арском поле и семь дней стояли "  # 12
      "под городом", "siege", date="в феврале 1548 года", place="Казань",
      actors=[("Передовые полки", "agent")], note="a seven-day stand before Kazan")
event("провозгласили", "ханом провозгласили его сына Утямыш-Гирея при регентстве царицы Сююмбике",  # 13
      "political_activity", date="В марте 1549 года", place="Казань",
      actors=[("Утямыш-Гирея", "participant"), ("царицы Сююмбике", "participant")])
event("подошло", "12 февраля 1550 года войско вновь подошло к Казани", "reinforcement",  # 14
      date="12 февраля 1550 года", place="Казань", actors=[("войско", "agent")])
event("штурм", "через два дня начался штурм, но город взять не удалось", "attack",  # 15
      date="через два дня", place="Казань", assertion="failed")
event("отступили", "25 февраля полки отступили", "retreat", date="25 февраля", place="Казань",  # 16
      actors=[("полки", "agent")])
event("заложен", "24 мая 1551 года при впадении Свияги в Волгу был заложен Свияжск", "founding",  # 17
      date="24 мая 1551 года", place="Свияжск", note="a fortress town founded")
event("присягнули", "Вслед за этим Москве присягнули чуваши и горные черемисы", "accession",  # 18
      date="Вслед за этим", place="Горная сторона",
      actors=[("чуваши", "participant"), ("горные черемисы", "participant")])
event("отошла", "Горная сторона отошла к Русскому государству", "annexation",  # 19
      date="Вслед за этим", place="Горная сторона", actors=[("Русскому государству", "agent")])
event("выдала", "В августе 1551 года казанская знать выдала воеводам Утямыш-Гирея и Сююмбике", "arrest",  # 20
      date="В августе 1551 года", place="Казань",
      actors=[("казанская знать", "agent"), ("воеводам", "participant"), ("Утямыш-Гирея", "target"),
              ("Сююмбике", "target")], note="the child khan and the regent handed over to the Russians")
event("приняла", "казанская знать выдала воеводам Утямыш-Гирея и Сююмбике и вновь приняла Шах-Али",  # 21
      "political_activity", date="В августе 1551 года", place="Казань",
      actors=[("казанская знать", "agent"), ("Шах-Али", "participant")])
event("договору", "По договору из неволи отпустили русских пленных", "treaty",  # 22
      date="В августе 1551 года", place="Казань")
event("отпустили", "По договору из неволи отпустили русских пленных — по летописи, около 60 тыс. человек",  # 23
      "amnesty", date="В августе 1551 года", place="Казань", actors=[("русских пленных", "target")],
      quantities=[qty("около 60 тыс. человек", "prisoners", 60000, approximate=True)],
      note="captives released; the release is asserted, only the count is attributed to the chronicle "
           "and doubted")
event("перебить", "По летописи, Шах-Али велел перебить на пиру около 70 мурз", "massacre",  # 24
      date={"edtf": "1551-08/1552-03"}, place="Казань", assertion="reported",
      actors=[("Шах-Али", "agent"), ("мурз", "target")],
      quantities=[qty("около 70 мурз", "fatalities", 70, approximate=True)],
      note="between his return in August 1551 and his departure in March 1552")
event("уехал", "Шах-Али велел перебить на пиру около 70 мурз, а в начале марта 1552 года уехал в Свияжск",  # 25
      "retreat", date="в начале марта 1552 года", place="Свияжск", actors=[("Шах-Али", "agent")],
      note="left Kazan; the place is the destination, the only one the clause names")
event("затворили перед ним ворота", "9 марта казанские князья, сопровождавшие московского наместника, "  # 26
      "затворили перед ним ворота", "uprising", date="9 марта", place="Казань",
      actors=[("казанские князья", "agent"), ("московского наместника", "target")],
      note="Kazan broke with Moscow and refused the governor")
event("перебить", "распустив слух, что русские якобы намерены перебить жителей", "massacre",  # 27
      date="9 марта", place="Казань", assertion="disputed",
      actors=[("русские", "agent"), ("жителей", "target")],
      note="a rumour the text marks as false (якобы); no such massacre happened")
event("призвали", "Ханом казанцы призвали астраханского царевича Едигер-Мухаммеда", "political_activity",  # 28
      date={"edtf": "1552-03"}, place="Казань",
      actors=[("казанцы", "agent"), ("астраханского царевича Едигер-Мухаммеда", "participant")],
      note="after 9 March; the text gives no day")
event("выступил", "16 июня 1552 года Иван IV выступил из Москвы в Коломну", "reinforcement",  # 29
      date="16 июня 1552 года", place="Коломна", actors=[("Иван IV", "agent")],
      note="the place is the destination of the march")
event("осадил", "Тем временем крымский хан Девлет-Гирей осадил Тулу", "siege",  # 30
      date="Тем временем", place="Тула", actors=[("крымский хан Девлет-Гирей", "agent")])
event("штурм", "крымский хан Девлет-Гирей осадил Тулу, но 22 июня её защитники отбили штурм", "attack",  # 31
      date="22 июня", place="Тула", assertion="failed",
      actors=[("крымский хан Девлет-Гирей", "agent"), ("её защитники", "target")])
event("ушёл", "22 июня её защитники отбили штурм, и хан ушёл в степь", "retreat",  # 32
      date="22 июня", place="Тула", actors=[("хан", "agent")])
event("прибыл", "Через Муром царь двинулся к Свияжску и 13 августа прибыл туда", "reinforcement",  # 33
      date="13 августа", place="Свияжск", actors=[("царь", "agent")],
      quantities=[qty("150 тыс. ратников", "participants", 150000)],
      note="the count, in the next sentence, is attributed to the chronicles and called inflated; "
           "the arrival is asserted")
event("обложили", "23 августа русские полки обложили Казань, которую обороняли, по разным оценкам, "  # 34
      "от 30 до 40 тыс. воинов", "siege", date="23 августа", place="Казань",
      actors=[("русские полки", "agent")],
      quantities=[qty("от 30 до 40 тыс. воинов", "participants", None, min=30000, max=40000,
                      approximate=True)], note="the count is of the defenders")
event("нападала", "Конница князя Япанчи нападала на осаждавших из Арского леса", "attack",  # 35
      date={"edtf": "1552-08-23/1552-08-30"}, place="Арский лес",
      actors=[("Конница князя Япанчи", "agent"), ("осаждавших", "target")])
event("разбил", "но 30 августа князь Горбатый-Шуйский разбил её", "battle",  # 36
      date="30 августа", place="Арский лес", actors=[("князь Горбатый-Шуйский", "agent")])
event("взорван", "4 сентября был взорван подкоп под тайник, снабжавший город водой", "explosion",  # 37
      date="4 сентября", place="Казань")
event("взяли", "а вскоре воеводы взяли Арский острог", "capture", date="вскоре", place="Арский острог",  # 38
      actors=[("воеводы", "agent")])
event("взорвались", "2 октября 1552 года под стенами взорвались пороховые подкопы", "explosion",  # 39
      date="2 октября 1552 года", place="Казань")
event("приступ", "2 октября 1552 года под стенами взорвались пороховые подкопы, и полки пошли на приступ",  # 40
      "attack", date="2 октября 1552 года", place="Казань", actors=[("полки", "agent")])
event("Бои", "Бои на улицах шли несколько часов", "battle", date="2 октября 1552 года", place="Казань")  # 41
event("пал", "город пал", "capture", date="2 октября 1552 года", place="Казань")  # 42
event("попал в плен", "Едигер попал в плен", "arrest", date="2 октября 1552 года", place="Казань",  # 43
      actors=[("Едигер", "target")], note="the khan taken prisoner in the storm")
event("перебили", "По летописи, всех взятых с оружием мужчин перебили", "massacre",  # 44
      date="2 октября 1552 года", place="Казань", assertion="reported",
      actors=[("всех взятых с оружием мужчин", "target")])
event("увели в полон", "По летописи, всех взятых с оружием мужчин перебили, а женщин и детей увели в полон",  # 45
      "deportation", date="2 октября 1552 года", place="Казань", assertion="reported",
      actors=[("женщин и детей", "target")])
event("вошли в состав", "Земли Казанского ханства вошли в состав Русского государства", "annexation",  # 46
      date={"edtf": "1552-10"}, place="Казанское ханство", actors=[("Русского государства", "agent")],
      note="the text gives no date; it follows the fall of Kazan")
event("оставив наместником", "11 октября царь покинул Казань, оставив наместником Горбатого-Шуйского",  # 47
      "political_activity", date="11 октября", place="Казань",
      actors=[("царь", "agent"), ("Горбатого-Шуйского", "participant")], note="appointment of a governor")
event("восстали", "в декабре 1552 года восстали черемисы Луговой стороны", "uprising",  # 48
      date="в декабре 1552 года", place="Луговая сторона",
      actors=[("черемисы Луговой стороны", "agent")])
event("перебили", "они перебили сборщиков ясака", "attack", date="в декабре 1552 года",  # 49
      place="Луговая сторона", actors=[("сборщиков ясака", "target")],
      note="the tribute collectors killed")
event("нападали", "они перебили сборщиков ясака и нападали на русские отряды", "attack",  # 50
      date="в декабре 1552 года", place="Луговая сторона", actors=[("русские отряды", "target")])
event("разбит", "В 1553 году воевода Борис Салтыков был разбит", "battle",  # 51
      date="В 1553 году", place="Луговая сторона", actors=[("воевода Борис Салтыков", "participant")],
      quantities=[qty("около 350 воинов", "fatalities", 350, approximate=True)])
event("взят в плен", "В 1553 году воевода Борис Салтыков был разбит и взят в плен", "arrest",  # 52
      date="В 1553 году", place="Луговая сторона", actors=[("воевода Борис Салтыков", "target")],
      note="the voivode captured by the rebels")
event("подавить", "Восстание Мамыш-Бердея удалось подавить лишь к 1557 году", "suppression",  # 53
      date="к 1557 году", place="Луговая сторона", actors=[("Мамыш-Бердея", "target")],
      note="the end of the rising begun in December 1552")
