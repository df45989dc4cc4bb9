"""Gold spec for bench/heldout/livonian_war_1558_1583.txt (hand-coded; build with bench/gold/build_gold.py).

Every day and month date falls before the Gregorian reform of October 1582 (the last is
early February 1582); they are Julian and taken as written, as the gold README says.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/livonian_war_1558_1583.txt"

gazetteer({
    "Ливония": ("region", 57.8, 26.0, None),
    "Русское государство": ("polity", 55.75, 37.62, None),
    "Балтийское море": ("sea", 58.0, 20.0, "Q545"),
    "Нарва": ("settlement", 59.38, 28.19, None),
    "Ивангород": ("settlement", 59.37, 28.22, None),
    "Юрьев": ("settlement", 58.38, 26.72, None, "Тарту"),
    "Эрмес": ("settlement", 57.80, 25.83, None, "Эргеме"),
    "Ливонский орден": ("polity", 57.31, 25.27, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Феллин": ("settlement", 58.36, 25.59, None, "Вильянди"),
    "Ревель": ("settlement", 59.44, 24.75, "Q1770", "Таллин"),
    "Эстляндия": ("region", 59.2, 25.5, None),
    "Швеция": ("polity", 59.33, 18.07, "Q34"),
    "Великое княжество Литовское": ("polity", 54.69, 25.28, None),
    "Курляндия": ("region", 56.8, 22.5, None),
    "Литва": ("polity", 54.69, 25.28, None),
    "Полоцк": ("settlement", 55.49, 28.79, None),
    "Ула": ("river", 54.86, 29.16, None),
    "Люблин": ("settlement", 51.25, 22.57, None),
    "Польша": ("polity", 50.06, 19.94, None),
    "Речь Посполитая": ("polity", 52.23, 21.01, None),
    "Молоди": ("settlement", 55.27, 37.48, None),
    "Рига": ("settlement", 56.95, 24.11, "Q1773"),
    "Венден": ("settlement", 57.31, 25.27, None, "Цесис"),
    "Великие Луки": ("settlement", 56.34, 30.54, None),
    "Псков": ("settlement", 57.82, 28.33, None),
    "Ям": ("settlement", 59.38, 28.61, None, "Кингисепп"),
    "Копорье": ("settlement", 59.71, 29.03, None),
    "Россия": ("polity", 55.75, 37.62, None),
    "Плюсса": ("river", 58.43, 29.36, None),
})

# ---- dates, in reading order
date("1558–1583", "1558/1583", "interval", note="in the title; parentheses left out")
date("В январе 1558 года", "1558-01", "month")
date("11 мая", "1558-05-11", "day", derivation="anchored")
date("В начале июля", "1558-07-01/1558-07-10", "interval", derivation="anchored")
date("18 июля", "1558-07-18", "day", derivation="anchored")
date("К осени", "1558-23", "season", derivation="anchored", note="'by autumn': the state held by then")
date("Летом 1560 года", "1560-22", "season")
date("2 августа", "1560-08-02", "day", derivation="anchored")
date("В конце лета", "1560-08", "month", derivation="anchored",
     note="the last part of summer, taken as August")
date("трёхнедельного", None, None, kind="duration", duration="P3W")
date("в 1561 году", "1561", "year")
date("31 января 1563 года", "1563-01-31", "day")
date("двухнедельной", None, None, kind="duration", duration="P2W")
date("15 февраля", "1563-02-15", "day", derivation="anchored")
date("26 января 1564 года", "1564-01-26", "day")
date("Весной того же года", "1564-21", "season", derivation="anchored")
date("В 1569 году", "1569", "year")
date("в августе 1570 года", "1570-08", "month")
date("30 недель", None, None, kind="duration", duration="P30W")
date("в марте 1571 года", "1571-03", "month")
date("24 мая 1571 года", "1571-05-24", "day")
date("Летом 1572 года", "1572-22", "season")
date("В 1577 году", "1577", "year")
date("21 октября 1578 года", "1578-10-21", "day")
date("30 августа 1579 года", "1579-08-30", "day")
date("На следующий год", "1580", "year", derivation="computed", note="1579 + 1 year")
date("5 сентября", "1580-09-05", "day", derivation="anchored")
date("В августе 1581 года", "1581-08", "month")
date("8 сентября", "1581-09-08", "day", derivation="anchored")
date("6 сентября", "1581-09-06", "day", derivation="anchored")
date("Вскоре", "1581-09-06/1581-10-31", "interval", kind="vague", derivation="anchored",
     note="soon after 6 September 1581; the end of October is a loose bound")
date("около пяти месяцев", None, None, kind="duration", duration="P5M", note="approximate")
date("15 января 1582 года", "1582-01-15", "day",
     note="Julian, before the Gregorian reform of October 1582: taken as written")
date("на десять лет", None, None, kind="duration", duration="P10Y")
date("В начале февраля", "1582-02-01/1582-02-10", "interval", derivation="anchored")
date("В 1583 году", "1583", "year")
date("четвертьвековая", None, None, kind="duration", duration="P25Y")

# ---- places, in reading order
# 'Ливонская' (война) is a toponym adjective in the name of the war, like 'Балканские' (войны);
# 'крымский' (хан), 'русская' (рать), 'литовским' are not annotated (polity/ethnonym adjectives).
for quote, name in [
    ("Ливонская", "Ливония"), ("Ливонская", "Ливония"), ("Русским государством", "Русское государство"),
    ("Балтийскому морю", "Балтийское море"), ("Ливонию", "Ливония"),
    ("Нарве", "Нарва"), ("Ивангорода", "Ивангород"), ("Юрьев", None),
    ("Эрмесом", "Эрмес"), ("Ливонского ордена", "Ливонский орден"), ("Москве", "Москва"),
    ("Феллин", None), ("Ревель", None), ("Эстляндия", None), ("Швеции", "Швеция"),
    ("ливонские", "Ливония"), ("Великому княжеству Литовскому", "Великое княжество Литовское"),
    ("Курляндским", "Курляндия"),
    ("Литвой", "Литва"), ("Полоцку", "Полоцк"), ("Уле", "Ула"), ("Литву", "Литва"),
    ("Люблинской", "Люблин"), ("Польша", None), ("Литва", None), ("Речь Посполитую", "Речь Посполитая"),
    ("Эстляндией", "Эстляндия"), ("Ревеля", "Ревель"), ("Москву", "Москва"), ("Молоди", None),
    ("Ливонию", "Ливония"), ("Ревеля", "Ревель"), ("Риги", "Рига"), ("Венденом", "Венден"),
    ("Речи Посполитой", "Речь Посполитая"), ("Полоцк", None), ("Великие Луки", None),
    ("Псков", None), ("Нарву", "Нарва"), ("Ивангород", None), ("Ям", None), ("Копорье", None),
    ("Пскова", "Псков"), ("Россия", None), ("Ливонии", "Ливония"),
    ("Полоцка", "Полоцк"), ("Речь Посполитая", None), ("Великие Луки", None), ("Пскова", "Псков"),
    ("Плюссе", "Плюсса"), ("Швецией", "Швеция"), ("Нарва", None), ("Ивангород", None), ("Ям", None),
    ("Копорье", None), ("России", "Россия"),
]:
    place(quote, name)

# ---- events
event("вторглось", "В январе 1558 года войско Ивана IV численностью около 40 тыс. человек вторглось "  # 0
      "в Ливонию", "attack", date="В январе 1558 года", place="Ливония",
      actors=[("войско Ивана IV", "agent")],
      quantities=[qty("около 40 тыс. человек", "participants", 40000, approximate=True)])
event("опустошило", "вторглось в Ливонию и опустошило её восточные земли", "looting",  # 1
      date="В январе 1558 года", place="Ливония", actors=[("войско Ивана IV", "agent")])
event("овладели", "11 мая, воспользовавшись пожаром в Нарве, ратники из Ивангорода переправились через "  # 2
      "реку и овладели городом", "capture", date="11 мая", place="Нарва",
      actors=[("ратники из Ивангорода", "agent")])
event("осадили", "В начале июля воеводы князя П. И. Шуйского осадили Юрьев", "siege",  # 3
      date="В начале июля", place="Юрьев", actors=[("воеводы князя П. И. Шуйского", "agent")])
event("сдалась", "18 июля крепость сдалась", "capture", date="18 июля", place="Юрьев",  # 4
      note="'крепость' refers back to Юрьев")
event("покорилось", "К осени русским отрядам покорилось около двадцати замков", "capture",  # 5
      date="К осени", place="Ливония", actors=[("русским отрядам", "agent")],
      note="castles across Livonia; a count of castles is not an event quantity")
event("поход", "Летом 1560 года последовал новый поход", "attack",  # 6
      date="Летом 1560 года", place="Ливония", note="a new campaign into Livonia; the place is implied")
event("разбито", "2 августа под Эрмесом было разбито последнее полевое войско Ливонского ордена", "battle",  # 7
      date="2 августа", place="Эрмес",
      actors=[("последнее полевое войско Ливонского ордена", "target")])
event("в плен попал", "в плен попал ландмаршал Ф. Белль", "arrest",  # 8
      date="2 августа", place="Эрмес", actors=[("ландмаршал Ф. Белль", "target")],
      note="taken prisoner in the battle at Ermes")
event("казнили", "ландмаршал Ф. Белль, которого казнили в Москве", "execution",  # 9
      date={"edtf": "1560-08-02/1560-12-31"}, place="Москва", actors=[("ландмаршал Ф. Белль", "target")],
      note="after his capture on 2 August 1560; the text gives no date")
event("обстрела", "В конце лета после трёхнедельного обстрела пал Феллин", "bombardment",  # 10
      date={"edtf": "1560-07-11/1560-08-31"}, place="Феллин",
      note="three weeks up to the fall 'в конце лета' (August): 1 August − 3 weeks = 11 July")
event("пал", "В конце лета после трёхнедельного обстрела пал Феллин", "capture",  # 11
      date="В конце лета", place="Феллин")
event("пленён", "пал Феллин, где был пленён бывший магистр В. Фюрстенберг", "arrest",  # 12
      date="В конце лета", place="Феллин", actors=[("бывший магистр В. Фюрстенберг", "target")])
event("прекратил существование", "Орден в 1561 году прекратил существование", "abolition",  # 13
      date="в 1561 году", place="Ливонский орден", actors=[("Орден", "participant")])
event("присягнули", "Ревель и северная Эстляндия присягнули Швеции", "territorial_transfer",  # 14
      date="в 1561 году", place="Ревель", actors=[("Ревель", "agent"), ("Швеции", "participant")])
event("присягнули", "Ревель и северная Эстляндия присягнули Швеции", "territorial_transfer",  # 15
      date="в 1561 году", place="Эстляндия",
      actors=[("северная Эстляндия", "agent"), ("Швеции", "participant")])
event("отошли", "остальные ливонские земли отошли к Великому княжеству Литовскому", "territorial_transfer",  # 16
      date="в 1561 году", place="Ливония",
      actors=[("Великому княжеству Литовскому", "participant")])
event("стал герцогом", "последний магистр Г. Кетлер стал герцогом Курляндским", "political_activity",  # 17
      date="в 1561 году", place="Курляндия", actors=[("последний магистр Г. Кетлер", "participant")])
event("подошла", "31 января 1563 года к Полоцку подошла армия, которую вёл сам царь", "reinforcement",  # 18
      date="31 января 1563 года", place="Полоцк", actors=[("армия, которую вёл сам царь", "agent")])
event("осады", "После двухнедельной осады, 15 февраля, город капитулировал", "siege",  # 19
      date={"edtf": "1563-02-01/1563-02-15"}, place="Полоцк",
      note="two weeks up to 15 February: 15 February − 2 weeks = 1 February")
event("капитулировал", "15 февраля, город капитулировал; в плен попало несколько тысяч человек", "capture",  # 20
      date="15 февраля", place="Полоцк",
      quantities=[qty("несколько тысяч человек", "prisoners", None, min=3000, max=9000, approximate=True)],
      note="'город' refers back to Полоцк")
event("разгромлено", "26 января 1564 года на реке Уле войско П. И. Шуйского было разгромлено гетманом "  # 21
      "Н. Радзивиллом, а сам воевода погиб", "battle", date="26 января 1564 года", place="Ула",
      actors=[("войско П. И. Шуйского", "target"), ("гетманом Н. Радзивиллом", "agent")],
      note="the commander, P. I. Shuisky, was killed")
event("бежал", "Весной того же года в Литву бежал князь А. М. Курбский", "flight",  # 22
      date="Весной того же года", place="Литва", actors=[("князь А. М. Курбский", "agent")],
      note="place is the destination, the only place the clause names")
event("унии", "В 1569 году по Люблинской унии Польша и Литва объединились в Речь Посполитую", "treaty",  # 23
      date="В 1569 году", place="Люблин", actors=[("Польша", "participant"), ("Литва", "participant")])
event("объединились", "В 1569 году по Люблинской унии Польша и Литва объединились в Речь Посполитую",  # 24
      "founding", date="В 1569 году", place="Речь Посполитая",
      actors=[("Польша", "participant"), ("Литва", "participant")])
event("овладеть", "Попытка овладеть Эстляндией провалилась", "capture",  # 25
      date={"edtf": "1570-08/1571-03"}, place="Эстляндия", assertion="failed",
      note="the attempt is the siege of Reval told next, August 1570 to March 1571")
event("осада", "осада Ревеля, начатая в августе 1570 года войсками герцога Магнуса и русскими полками",  # 26
      "siege", date="в августе 1570 года", place="Ревель",
      actors=[("войсками герцога Магнуса", "agent"), ("русскими полками", "agent")])
event("была снята", "длилась 30 недель и в марте 1571 года была снята", "siege",  # 27
      date="в марте 1571 года", place="Ревель", assertion="failed", same_as=26,
      note="the siege lasted 30 weeks and was lifted in March 1571")
event("сжёг", "24 мая 1571 года крымский хан Девлет-Гирей сжёг Москву", "attack_on_civilians",  # 28
      date="24 мая 1571 года", place="Москва", actors=[("крымский хан Девлет-Гирей", "agent")])
event("погибли", "иностранцы писали, будто в огне погибли сотни тысяч человек, но эти цифры явно "  # 29
      "преувеличены", "attack_on_civilians", date="24 мая 1571 года", place="Москва", same_as=28,
      quantities=[qty("сотни тысяч человек", "fatalities", None, min=200000, max=900000, approximate=True)],
      note="deaths in the fire are asserted; only the figure, passed on from foreigners, is doubted")
event("набег", "Летом 1572 года набег повторился", "attack",  # 30
      date="Летом 1572 года", place="Молоди",
      note="the raid is stopped at Molodi, named in the same sentence")
event("разгромило", "у села Молоди войско князя М. И. Воротынского разгромило орду", "battle",  # 31
      date="Летом 1572 года", place="Молоди",
      actors=[("войско князя М. И. Воротынского", "agent"), ("орду", "target")])
event("занял", "В 1577 году царь занял почти всю Ливонию, кроме Ревеля и Риги", "capture",  # 32
      date="В 1577 году", place="Ливония", actors=[("царь", "agent")])
event("потерпела поражение", "21 октября 1578 года под Венденом русская рать потерпела поражение от "  # 33
      "поляков и шведов", "battle", date="21 октября 1578 года", place="Венден",
      actors=[("русская рать", "target"), ("поляков", "agent"), ("шведов", "agent")])
event("перешёл в наступление", "Король Речи Посполитой Стефан Баторий перешёл в наступление", "attack",  # 34
      date={"edtf": "1579"}, actors=[("Стефан Баторий", "agent")],
      note="the year is implied by the next sentence")
event("вернул", "30 августа 1579 года он вернул Полоцк", "recapture",  # 35
      date="30 августа 1579 года", place="Полоцк", actors=[("Стефан Баторий", "agent")])
event("пали", "На следующий год, 5 сентября, пали Великие Луки", "capture",  # 36
      date="5 сентября", place="Великие Луки")
event("сгорела", "крепость при штурме сгорела", "looting",  # 37
      date="5 сентября", place="Великие Луки", note="'крепость' refers back to Великие Луки; destruction")
event("осадила", "В августе 1581 года армия короля численностью более 40 тыс. человек осадила Псков",  # 38
      "siege", date="В августе 1581 года", place="Псков", actors=[("армия короля", "agent")],
      quantities=[qty("более 40 тыс. человек", "participants", 40000, min=40000, approximate=True)])
event("штурм", "Общий штурм 8 сентября был отбит гарнизоном князя И. П. Шуйского", "attack",  # 39
      date="8 сентября", place="Псков", assertion="failed",
      actors=[("гарнизоном князя И. П. Шуйского", "target")])
event("выступили", "главные силы царя так и не выступили на помощь городу", "reinforcement",  # 40
      date={"edtf": "1581-08/1582-02"}, place="Псков", assertion="negated",
      actors=[("главные силы царя", "agent")], note="during the siege of Pskov; 'городу' refers back to Псков")
event("взяли", "шведы под началом П. Делагарди 6 сентября взяли Нарву", "capture",  # 41
      date="6 сентября", place="Нарва", actors=[("шведы под началом П. Делагарди", "agent")])
event("перебито", "по словам летописца, там было перебито до 7 тыс. человек", "massacre",  # 42
      date="6 сентября", place="Нарва", assertion="reported",
      quantities=[qty("до 7 тыс. человек", "fatalities", 7000, max=7000, approximate=True)])
event("сдались", "Вскоре сдались Ивангород, Ям и Копорье", "capture",  # 43
      date="Вскоре", place="Ивангород", actors=[("шведы", "agent")])
event("сдались", "Вскоре сдались Ивангород, Ям и Копорье", "capture",  # 44
      date="Вскоре", place="Ям", actors=[("шведы", "agent")])
event("сдались", "Вскоре сдались Ивангород, Ям и Копорье", "capture",  # 45
      date="Вскоре", place="Копорье", actors=[("шведы", "agent")])
event("Осада", "Осада Пскова, продолжавшаяся около пяти месяцев, не принесла королю успеха", "siege",  # 46
      date={"edtf": "1581-08/1582-02"}, place="Псков", assertion="failed", same_as=38,
      note="from August 1581 for about five months, to the withdrawal in early February 1582")
event("заключено перемирие", "15 января 1582 года было заключено перемирие на десять лет", "treaty",  # 47
      date="15 января 1582 года", actors=[("Россия", "participant"), ("Речь Посполитая", "participant")],
      note="the place of the truce is not named in the text")
event("отказывалась", "Россия отказывалась от Ливонии и Полоцка", "territorial_transfer",  # 48
      date="15 января 1582 года", place="Ливония", actors=[("Россия", "agent")])
event("отказывалась", "Россия отказывалась от Ливонии и Полоцка", "territorial_transfer",  # 49
      date="15 января 1582 года", place="Полоцк", actors=[("Россия", "agent")])
event("возвращала", "Речь Посполитая возвращала ей Великие Луки", "territorial_transfer",  # 50
      date="15 января 1582 года", place="Великие Луки", actors=[("Речь Посполитая", "agent")])
event("отошли", "В начале февраля последние отряды осаждавших отошли от Пскова", "retreat",  # 51
      date="В начале февраля", place="Псков", actors=[("последние отряды осаждавших", "agent")])
event("подписано перемирие", "В 1583 году на реке Плюссе было подписано перемирие со Швецией",  # 52
      "treaty", date="В 1583 году", place="Плюсса", actors=[("Швецией", "participant")])
for town in ["Нарва", "Ивангород", "Ям", "Копорье"]:  # 53-56
    event("остались", "перемирие со Швецией, за которой остались Нарва, Ивангород, Ям и Копорье",
          "territorial_transfer", date="В 1583 году", place=town, actors=[("Швецией", "agent")])
