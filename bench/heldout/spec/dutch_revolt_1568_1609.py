"""Gold spec for bench/heldout/dutch_revolt_1568_1609.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style (Gregorian), as Dutch histories give them. Dates
before the 1582 reform are the ones historians quote and are taken as written; no date is converted.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/dutch_revolt_1568_1609.txt"

gazetteer({
    "Нидерланды": ("region", 51.5, 4.8, None),
    "Брюссель": ("settlement", 50.85, 4.35, "Q239"),
    "Гронинген": ("region", 53.25, 6.75, None),
    "Восточная Фрисландия": ("region", 53.45, 7.45, None),
    "Хейлигерле": ("settlement", 53.15, 7.01, None),
    "Йемминген": ("settlement", 53.27, 7.39, None, "Йемгум"),
    "Эмс": ("river", 53.25, 7.42, None),
    "Брил": ("settlement", 51.9, 4.16, None),
    "Маас": ("river", 51.9, 4.25, None),
    "Флиссинген": ("settlement", 51.44, 3.57, None, "Влиссинген"),
    "Голландия": ("region", 52.3, 4.8, None),
    "Зеландия": ("region", 51.5, 3.85, None),
    "Нарден": ("settlement", 52.3, 5.16, None),
    "Харлем": ("settlement", 52.38, 4.64, "Q9920"),
    "Алкмар": ("settlement", 52.63, 4.75, None),
    "Лейден": ("settlement", 52.16, 4.49, "Q43631"),
    "Алст": ("settlement", 50.94, 4.04, None),
    "Антверпен": ("settlement", 51.22, 4.4, "Q12892"),
    "Гент": ("settlement", 51.05, 3.72, "Q1296"),
    "Аррас": ("settlement", 50.29, 2.78, None),
    "Утрехт": ("settlement", 52.09, 5.12, "Q803"),
    "Гаага": ("settlement", 52.08, 4.31, "Q36600"),
    "Делфт": ("settlement", 52.01, 4.36, "Q690"),
    "Фландрия": ("region", 51.0, 3.6, None),
    "Брабант": ("region", 50.9, 4.6, None),
    "Испания": ("polity", 40.4, -3.7, "Q29"),
    "Соединённые провинции": ("polity", 52.08, 4.31, None),
})

# ---- dates, in reading order
date("В 1568 году", "1568", "year")
date("22 августа 1567 года", "1567-08-22", "day")
date("В сентябре", "1567-09", "month", derivation="anchored")
date("за несколько лет", None, None, kind="duration", note="unquantified: several years")
date("Весной 1568 года", "1568-21", "season")
date("23 мая", "1568-05-23", "day", derivation="anchored")
date("5 июня", "1568-06-05", "day", derivation="anchored")
date("21 июля", "1568-07-21", "day", derivation="anchored")
date("1 апреля 1572 года", "1572-04-01", "day")
date("Вскоре", "1572-04-01/1572-05-31", "interval", kind="vague", derivation="anchored",
     note="'soon' after 1 April 1572")
date("к лету", "1572-22", "season", derivation="anchored", note="'by summer': the state held by then")
date("в начале декабря", "1572-12-01/1572-12-10", "interval", derivation="anchored")
date("11 декабря", "1572-12-11", "day", derivation="anchored")
date("семь месяцев", None, None, kind="duration", duration="P7M")
date("13 июля 1573 года", "1573-07-13", "day")
date("с 21 августа", "1573-08-21", "day", derivation="anchored", note="start of a siege that goes on")
date("8 октября", "1573-10-08", "day", derivation="anchored")
date("Следующей весной", "1574-21", "season", derivation="computed", note="the spring after 1573")
date("3 октября 1574 года", "1574-10-03", "day")
date("Летом 1576 года", "1576-22", "season")
date("4 ноября", "1576-11-04", "day", derivation="anchored")
date("за три дня", None, None, kind="duration", duration="P3D")
date("8 ноября", "1576-11-08", "day", derivation="anchored")
date("В начале января 1579 года", "1579-01-01/1579-01-10", "interval")
date("23 января", "1579-01-23", "day", derivation="anchored")
date("В 1580 году", "1580", "year")
date("26 июля 1581 года", "1581-07-26", "day")
date("10 июля 1584 года", "1584-07-10", "day")
date("через четыре дня", "1584-07-14", "day", derivation="computed", note="10 July + 4 days")
date("В 1580-х годах", "158X", "decade")
date("больше года", None, None, kind="duration", duration="P1Y", note="'more than a year'")
date("17 августа 1585 года", "1585-08-17", "day")
date("вскоре", "1585-08-17/1585-12-31", "interval", kind="vague", derivation="anchored",
     note="'soon' after 17 August 1585")
date("ещё четверть века", None, None, kind="duration", duration="P25Y", note="approximate")
date("9 апреля 1609 года", "1609-04-09", "day")
date("Двенадцатилетнее", None, None, kind="duration", duration="P12Y", note="the truce's term")

# ---- places, in reading order
for quote, name in [
    ("Нидерландах", "Нидерланды"), ("Брюссель", None),
    ("Гронинген", None), ("Восточной Фрисландии", "Восточная Фрисландия"), ("Хейлигерле", None),
    ("Брюсселя", "Брюссель"), ("Йеммингена", "Йемминген"), ("Эмс", None),
    ("Брил", None), ("Мааса", "Маас"), ("Флиссинген", None), ("Голландии", "Голландия"),
    ("Зеландии", "Зеландия"), ("Нардене", "Нарден"),
    ("Харлем", None), ("Алкмар", None), ("Лейден", None), ("Лейден", None),
    ("Алст", None), ("Антверпен", None), ("Генте", "Гент"), ("Гентское", "Гент"),
    ("Аррасскую", "Аррас"), ("Утрехтскую", "Утрехт"), ("Гааге", "Гаага"), ("Делфте", "Делфт"),
    ("Фландрии", "Фландрия"), ("Брабанта", "Брабант"), ("Антверпена", "Антверпен"),
    ("Антверпене", "Антверпен"), ("Испания", None), ("Соединённые провинции", None),
]:
    place(quote, name)

# ---- events
event("вооружённая борьба", "В 1568 году в Нидерландах началась открытая вооружённая борьба против власти "  # 0
      "испанского короля Филиппа II", "uprising", date="В 1568 году", place="Нидерланды",
      actors=[("испанского короля Филиппа II", "target")])
event("вступил", "Ещё 22 августа 1567 года в Брюссель вступил с испанскими войсками герцог Альба",  # 1
      "reinforcement", date="22 августа 1567 года", place="Брюссель",
      actors=[("испанскими войсками", "agent"), ("герцог Альба", "agent")])
event("учредил", "В сентябре он учредил Совет по делам о беспорядках", "founding",  # 2
      date="В сентябре", place="Брюссель", actors=[("Совет по делам о беспорядках", "participant")])
event("казнили", "за несколько лет по его приговорам казнили более 1 тыс. человек", "execution",  # 3
      date={"edtf": "1567-09/1573-12"}, place="Нидерланды",
      quantities=[qty("более 1 тыс. человек", "fatalities", 1000, min=1000, approximate=True)],
      note="over the years of the council under Alba (to his recall at the end of 1573)")
event("бежали", "а многие бежали за границу", "flight", date={"edtf": "1567-09/1573-12"},  # 4
      note="no destination named")
event("вторгся", "Весной 1568 года Людвиг Нассауский, брат принца Вильгельма Оранского, вторгся в "  # 5
      "Гронинген из Восточной Фрисландии", "attack", date="Весной 1568 года", place="Гронинген",
      actors=[("Людвиг Нассауский", "agent")])
event("разбили", "23 мая при Хейлигерле его отряды разбили войско графа Аренберга, павшего в бою",  # 6
      "battle", date="23 мая", place="Хейлигерле",
      actors=[("его отряды", "agent"), ("войско графа Аренберга", "target")],
      note="the royal commander Aremberg was killed")
event("обезглавлены", "В ответ 5 июня на площади Брюсселя были обезглавлены графы Эгмонт и Горн",  # 7
      "execution", date="5 июня", place="Брюссель", actors=[("графы Эгмонт и Горн", "target")])
event("разгромил", "21 июля Альба, лично возглавивший войска, у Йеммингена на реке Эмс наголову разгромил "  # 8
      "армию Людвига: погибло около 7 тыс. повстанцев", "battle", date="21 июля", place="Йемминген",
      actors=[("Альба", "agent"), ("армию Людвига", "target")],
      quantities=[qty("около 7 тыс. повстанцев", "fatalities", 7000, approximate=True)])
event("захватили", "1 апреля 1572 года «морские гёзы» — повстанческие каперы — внезапным налётом "  # 9
      "захватили Брил", "capture", date="1 апреля 1572 года", place="Брил",
      actors=[("морские гёзы", "agent")])
event("поднялся", "Вскоре против испанцев поднялся Флиссинген", "uprising",  # 10
      date="Вскоре", place="Флиссинген", actors=[("испанцев", "target")])
event("восстание", "а к лету восстание охватило большинство городов Голландии и Зеландии", "uprising",  # 11
      date="к лету", place="Голландия")
event("восстание", "а к лету восстание охватило большинство городов Голландии и Зеландии", "uprising",  # 12
      date="к лету", place="Зеландия")
event("перебили", "в начале декабря в Нардене солдаты дона Фадрике, сына Альбы, перебили почти всех "  # 13
      "жителей", "massacre", date="в начале декабря", place="Нарден",
      actors=[("солдаты дона Фадрике", "agent"), ("жителей", "target")])
event("осадили", "11 декабря те же войска осадили Харлем", "siege",  # 14
      date="11 декабря", place="Харлем", actors=[("те же войска", "agent")])
event("оборонялись", "Горожане оборонялись семь месяцев", "siege",  # 15
      date={"edtf": "1572-12-11/1573-07-13"}, place="Харлем", actors=[("Горожане", "participant")],
      same_as=14, note="the siege lasted seven months")
event("сдались", "Горожане оборонялись семь месяцев и сдались лишь 13 июля 1573 года", "recapture",  # 16
      date="13 июля 1573 года", place="Харлем", actors=[("Горожане", "target")],
      note="the rebel-held town surrendered to the royal army")
event("казнили", "после капитуляции испанцы казнили около 2 тыс. защитников", "execution",  # 17
      date={"edtf": "1573-07-13/1573-07-31"}, place="Харлем", actors=[("испанцы", "agent")],
      quantities=[qty("около 2 тыс. защитников", "fatalities", 2000, approximate=True)],
      note="after the surrender of 13 July; no day given")
event("осаждённый", "Алкмар, осаждённый с 21 августа", "siege",  # 18
      date="с 21 августа", place="Алкмар")
event("выстоял", "Алкмар, осаждённый с 21 августа, выстоял", "siege",  # 19
      date={"edtf": "1573-08-21/1573-10-08"}, place="Алкмар", assertion="failed", same_as=18,
      note="the town held out: the siege failed")
event("отступил", "8 октября противник снял осаду и отступил", "retreat",  # 20
      date="8 октября", place="Алкмар", actors=[("противник", "agent")])
event("обложили", "Следующей весной испанцы вновь обложили Лейден", "siege",  # 21
      date="Следующей весной", place="Лейден", actors=[("испанцы", "agent")])
event("прорвали дамбы", "гёзы прорвали дамбы", "looting",  # 22
      date={"edtf": "1574-03-01/1574-10-03"}, place="Лейден", actors=[("гёзы", "agent")],
      note="deliberate destruction: dikes breached to flood the land round the besieged town")
event("подошёл", "по затопленным польдерам к стенам подошёл флот Луи де Буазо", "reinforcement",  # 23
      date={"edtf": "1574-03-01/1574-10-03"}, place="Лейден", actors=[("флот Луи де Буазо", "agent")])
event("отступили", "3 октября 1574 года осаждающие отступили", "retreat",  # 24
      date="3 октября 1574 года", place="Лейден", actors=[("осаждающие", "agent")])
event("освобождён", "3 октября 1574 года осаждающие отступили, и Лейден был освобождён", "siege",  # 25
      date={"edtf": "1574-03-01/1574-10-03"}, place="Лейден", assertion="failed", same_as=21,
      note="the town was relieved: the siege failed")
event("взбунтовались", "Летом 1576 года испанские солдаты, не получавшие жалованья, взбунтовались",  # 26
      "mutiny", date="Летом 1576 года", place="Алст", actors=[("испанские солдаты", "agent")],
      note="the mutineers' first conquest is named right after")
event("захватили", "Летом 1576 года испанские солдаты, не получавшие жалованья, взбунтовались и "  # 27
      "захватили Алст", "capture", date="Летом 1576 года", place="Алст",
      actors=[("испанские солдаты", "agent")])
event("ворвались", "4 ноября мятежники ворвались в Антверпен", "attack",  # 28
      date="4 ноября", place="Антверпен", actors=[("мятежники", "agent")])
event("разграбили", "4 ноября мятежники ворвались в Антверпен и за три дня разграбили богатейший город "  # 29
      "страны", "looting", date={"edtf": "1576-11-04/1576-11-07"}, place="Антверпен",
      actors=[("мятежники", "agent")], note="4 November + three days")
event("погибло", "погибло от 7 до 8 тыс. жителей", "massacre",  # 30
      date={"edtf": "1576-11-04/1576-11-07"}, place="Антверпен",
      quantities=[qty("от 7 до 8 тыс. жителей", "fatalities", None, min=7000, max=8000, approximate=True)])
event("подписали соглашение", "8 ноября в Генте их представители подписали соглашение о совместной "  # 31
      "борьбе за изгнание иностранных войск", "treaty", date="8 ноября", place="Гент",
      actors=[("их представители", "participant")])
event("заключили", "В начале января 1579 года валлонские провинции заключили Аррасскую унию", "treaty",  # 32
      date="В начале января 1579 года", place="Аррас", actors=[("валлонские провинции", "participant")])
event("создали", "23 января северные провинции создали Утрехтскую унию", "founding",  # 33
      date="23 января", place="Утрехт", actors=[("северные провинции", "participant")],
      note="the union that became the basis of the Dutch Republic")
event("объявил", "В 1580 году Филипп II объявил Вильгельма Оранского вне закона", "decree",  # 34
      date="В 1580 году", actors=[("Филипп II", "agent"), ("Вильгельма Оранского", "target")])
event("приняли", "26 июля 1581 года Генеральные штаты в Гааге приняли Акт о клятвенном отречении",  # 35
      "decree", date="26 июля 1581 года", place="Гаага", actors=[("Генеральные штаты", "agent")],
      note="the act deposed the king")
event("застрелил", "10 июля 1584 года в Делфте принца застрелил Бальтазар Жерар", "attack_on_civilians",  # 36
      date="10 июля 1584 года", place="Делфт",
      actors=[("Бальтазар Жерар", "agent"), ("принца", "target")],
      note="assassination of William of Orange; one killed")
event("схватили", "Убийцу схватили при попытке бежать", "arrest",  # 37
      date="10 июля 1584 года", place="Делфт", actors=[("Убийцу", "target")],
      note="the same day, as the narrative implies")
event("казнили", "Убийцу схватили при попытке бежать и через четыре дня казнили", "execution",  # 38
      date="через четыре дня", place="Делфт", actors=[("Убийцу", "target")])
event("возвращал", "В 1580-х годах наместник Алессандро Фарнезе, герцог Пармский, шаг за шагом возвращал "  # 39
      "под власть короля города Фландрии", "recapture", date="В 1580-х годах", place="Фландрия",
      actors=[("наместник Алессандро Фарнезе", "agent")])
event("возвращал", "В 1580-х годах наместник Алессандро Фарнезе, герцог Пармский, шаг за шагом возвращал "  # 40
      "под власть короля города Фландрии и Брабанта", "recapture", date="В 1580-х годах", place="Брабант",
      actors=[("наместник Алессандро Фарнезе", "agent")])
event("Осада", "Осада Антверпена продолжалась больше года", "siege",  # 41
      date={"edtf": "1584/1585-08-17"}, place="Антверпен",
      note="more than a year up to the surrender of 17 August 1585")
event("капитулировал", "17 августа 1585 года город капитулировал", "recapture",  # 42
      date="17 августа 1585 года", place="Антверпен",
      note="the rebel-held city surrendered to the royal army")
event("ушли", "вскоре десятки тысяч протестантов ушли на север", "flight",  # 43
      date="вскоре", place="Антверпен", actors=[("протестантов", "participant")],
      quantities=[qty("десятки тысяч протестантов", "displaced", None, min=20000, max=90000,
                      approximate=True)],
      note="place is the city they left; the destination 'на север' names no place")
event("заключили", "Лишь 9 апреля 1609 года в Антверпене Испания и Соединённые провинции заключили "  # 44
      "Двенадцатилетнее перемирие", "treaty", date="9 апреля 1609 года", place="Антверпен",
      actors=[("Испания", "participant"), ("Соединённые провинции", "participant")])
event("признав", "Испания и Соединённые провинции заключили Двенадцатилетнее перемирие, фактически "  # 45
      "признав независимость республики", "recognition", date="9 апреля 1609 года", place="Антверпен",
      actors=[("Испания", "agent"), ("республики", "target")])
