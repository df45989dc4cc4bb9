"""Gold spec for bench/heldout/first_anglo_afghan_war_1839_1842.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/first_anglo_afghan_war_1839_1842.txt"

gazetteer({
    "Британская Индия": ("polity", 22.57, 88.36, None),
    "Средняя Азия": ("region", 41.0, 64.0, None),
    "Кабул": ("settlement", 34.53, 69.17, "Q5838"),
    "Симла": ("settlement", 31.10, 77.17, None, "Шимла"),
    "Афганистан": ("polity", 34.5, 66.0, "Q889"),
    "Боланский проход": ("mountain", 29.6, 67.5, None),
    "Кандагар": ("settlement", 31.61, 65.71, None),
    "Газни": ("settlement", 33.55, 68.42, None),
    "Гиндукуш": ("mountain", 35.5, 70.0, None),
    "Кохистан": ("region", 35.0, 69.2, None),
    "Парван": ("settlement", 35.15, 69.3, None),
    "Индия": ("polity", 22.57, 88.36, None),
    "Хурд-Кабул": ("mountain", 34.39, 69.38, None),
    "Гандамак": ("settlement", 34.30, 70.04, None),
    "Джелалабад": ("settlement", 34.43, 70.45, None),
    "Хайберский проход": ("mountain", 34.08, 71.10, None),
    "Тезин": ("settlement", 34.38, 69.57, None),
    "Исталиф": ("settlement", 34.83, 69.10, None),
})

# ---- dates, in reading order (the text states once that its dates are Gregorian)
date("1839–1842 годов", "1839/1842", "interval")
date("В 1838 году", "1838", "year")
date("1 октября 1838 года", "1838-10-01", "day")
date("Весной 1839 года", "1839-21", "season")
date("25 апреля", "1839-04-25", "day", derivation="anchored")
date("23 июля", "1839-07-23", "day", derivation="anchored")
date("7 августа", "1839-08-07", "day", derivation="anchored")
date("Осенью 1840 года", "1840-23", "season")
date("2 ноября", "1840-11-02", "day", derivation="anchored")
date("вскоре", "1840-11-02/1840-11-30", "interval", kind="vague", derivation="anchored",
     note="'soon' after the battle of 2 November 1840")
date("2 ноября 1841 года", "1841-11-02", "day")
date("23 декабря", "1841-12-23", "day", derivation="anchored")
date("1 января 1842 года", "1842-01-01", "day")
date("6 января", "1842-01-06", "day", derivation="anchored")
date("Через неделю", "1842-01-13", "day", derivation="computed", note="6 January + 7 days")
date("многомесячную", None, None, kind="duration", note="unquantified: many months")
date("6 марта", "1842-03-06", "day", derivation="anchored")
date("5 апреля", "1842-04-05", "day", derivation="anchored")
date("В тот же день", "1842-04-05", "day", derivation="anchored")
date("7 апреля", "1842-04-07", "day", derivation="anchored")
date("16 апреля", "1842-04-16", "day", derivation="anchored")
date("Во второй половине августа", "1842-08-16/1842-08-31", "interval", derivation="anchored")
date("6 сентября", "1842-09-06", "day", derivation="anchored")
date("13 сентября", "1842-09-13", "day", derivation="anchored")
date("через два дня", "1842-09-15", "day", derivation="computed", note="13 September + 2 days")
date("12 октября 1842 года", "1842-10-12", "day")
date("в декабре", "1842-12", "month", derivation="anchored")
date("в 1843 году", "1843", "year")

# ---- places, in reading order
for quote, name in [
    ("Британской Индии", "Британская Индия"), ("Средней Азии", "Средняя Азия"), ("кабульского", "Кабул"),
    ("Симле", "Симла"), ("Афганистану", "Афганистан"),
    ("Боланский проход", None), ("Кандагар", None), ("Газни", None), ("Гиндукуш", None), ("Кабул", None),
    ("Кохистана", "Кохистан"), ("Парвана", "Парван"), ("Индию", "Индия"),
    ("Кабуле", "Кабул"), ("Кабуле", "Кабул"), ("Афганистана", "Афганистан"),
    ("Кабула", "Кабул"), ("Хурд-Кабул", None), ("Гандамака", "Гандамак"), ("Джелалабада", "Джелалабад"),
    ("Джелалабада", "Джелалабад"), ("Газни", None), ("Джелалабаду", "Джелалабад"),
    ("Хайберский проход", None), ("Кабулом", "Кабул"), ("Джелалабада", "Джелалабад"),
    ("Кабул", None), ("Кандагара", "Кандагар"), ("Газни", None), ("Тезина", "Тезин"), ("Кабул", None),
    ("Кабула", "Кабул"), ("Исталиф", None), ("Кабул", None), ("Индию", "Индия"), ("Кабуле", "Кабул"),
]:
    place(quote, name)

# ---- events
event("манифест", "1 октября 1838 года в Симле был обнародован манифест, фактически объявлявший "  # 0
      "Афганистану войну", "political_activity", date="1 октября 1838 года", place="Симла",
      note="the Simla manifesto, in effect a declaration of war")
event("преодолела", "Весной 1839 года армия вторжения численностью около 20 тыс. человек преодолела "  # 1
      "Боланский проход", "reinforcement", date="Весной 1839 года", place="Боланский проход",
      actors=[("армия вторжения", "agent")],
      quantities=[qty("около 20 тыс. человек", "participants", 20000, approximate=True)])
event("вступила", "25 апреля без сопротивления вступила в Кандагар", "occupation",  # 2
      date="25 апреля", place="Кандагар", actors=[("армия вторжения", "agent")])
event("взяли", "23 июля британцы штурмом взяли крепость Газни", "capture",  # 3
      date="23 июля", place="Газни", actors=[("британцы", "agent")],
      quantities=[qty("около 500 защитников", "fatalities", 500, approximate=True),
                  qty("более 1600", "prisoners", 1600, min=1600, approximate=True)])
event("подорвали", "сапёры подорвали главные ворота", "explosion",  # 4
      date="23 июля", place="Газни", actors=[("сапёры", "agent")])
event("бежал", "Дост Мухаммед бежал за Гиндукуш", "flight",  # 5
      date={"edtf": "1839-07-23/1839-08-07"}, place="Гиндукуш", actors=[("Дост Мухаммед", "agent")],
      note="place is the destination; between the fall of Ghazni and the taking of Kabul")
event("заняли", "7 августа англичане заняли Кабул", "capture",  # 6
      date="7 августа", place="Кабул", actors=[("англичане", "agent")])
event("возведён на трон", "где Шуджа вновь был возведён на трон", "political_activity",  # 7
      date="7 августа", place="Кабул", actors=[("Шуджа", "participant")])
event("поднял", "Осенью 1840 года Дост Мухаммед поднял против англичан племена Кохистана", "uprising",  # 8
      date="Осенью 1840 года", place="Кохистан",
      actors=[("Дост Мухаммед", "agent"), ("племена Кохистана", "participant")])
event("разбил", "2 ноября он разбил британскую кавалерию у Парвана", "battle",  # 9
      date="2 ноября", place="Парван", actors=[("британскую кавалерию", "target")])
event("сдался", "однако вскоре сдался англичанам", "arrest",  # 10
      date="вскоре", actors=[("англичанам", "agent")],
      note="Dost Mohammad surrendered into British custody; the text names no place")
event("выслан", "был выслан в Индию", "deportation",  # 11
      date="вскоре", place="Индия", note="place is the destination of the exile")
event("восстание", "2 ноября 1841 года в Кабуле вспыхнуло восстание", "uprising",  # 12
      date="2 ноября 1841 года", place="Кабул")
event("разгромила", "толпа разгромила дом резидента Александра Бёрнса", "riot",  # 13
      date="2 ноября 1841 года", place="Кабул", actors=[("толпа", "agent")])
event("убит", "толпа разгромила дом резидента Александра Бёрнса, и он был убит вместе с братом",  # 14
      "attack_on_civilians", date="2 ноября 1841 года", place="Кабул",
      actors=[("толпа", "agent"), ("резидента Александра Бёрнса", "target")])
event("заперты", "войска оказались заперты в плохо укреплённом лагере", "siege",  # 15
      date={"edtf": "1841-11/1841-12"}, place="Кабул", actors=[("войска", "target")],
      note="the garrison blockaded in its cantonment after the rising")
event("переговорах", "23 декабря на переговорах с сыном эмира Акбар-ханом", "negotiations",  # 16
      date="23 декабря", place="Кабул", actors=[("Акбар-ханом", "participant")])
event("убит", "23 декабря на переговорах с сыном эмира Акбар-ханом был убит британский посланник "  # 17
      "Макнотен", "attack_on_civilians", date="23 декабря", place="Кабул",
      actors=[("британский посланник Макнотен", "target")])
event("подписали соглашение", "1 января 1842 года в Кабуле британцы подписали соглашение об уходе из "  # 18
      "Афганистана", "treaty", date="1 января 1842 года", place="Кабул", actors=[("британцы", "participant")])
event("Отступление", "Отступление началось 6 января", "retreat",  # 19
      date="6 января", place="Кабул")
event("вышли", "Из Кабула вышли около 4500 солдат и до 12 тыс. обозных и слуг", "retreat",  # 20
      date="6 января", place="Кабул", same_as=19,
      quantities=[qty("около 4500 солдат", "participants", 4500, approximate=True),
                  qty("до 12 тыс. обозных и слуг", "participants", 12000, max=12000, approximate=True)])
event("обстреливали", "Колонну, двигавшуюся по заснеженным ущельям, непрерывно обстреливали гильзаи",  # 21
      "attack", date={"edtf": "1842-01-06/1842-01-13"},
      actors=[("гильзаи", "agent"), ("Колонну", "target")])
event("перебили", "в теснине Хурд-Кабул афганцы перебили тысячи людей", "massacre",  # 22
      date={"edtf": "1842-01-06/1842-01-13"}, place="Хурд-Кабул",
      actors=[("афганцы", "agent"), ("тысячи людей", "target")],
      quantities=[qty("тысячи людей", "fatalities", None, min=2000, max=9000, approximate=True)])
event("приняли последний бой", "Через неделю у Гандамака приняли последний бой остатки 44-го пехотного "  # 23
      "полка", "battle", date="Через неделю", place="Гандамак",
      actors=[("остатки 44-го пехотного полка", "participant")])
event("добрался", "до Джелалабада добрался лишь военный врач Уильям Брайдон", "retreat",  # 24
      date="Через неделю", place="Джелалабад", same_as=19,
      actors=[("военный врач Уильям Брайдон", "agent")],
      note="the end of the retreat: the only one to reach Jalalabad")
event("оказались в плену", "Более 100 офицеров, женщин и детей оказались в плену у Акбар-хана", "arrest",  # 25
      date={"edtf": "1842-01"}, actors=[("Акбар-хана", "agent"), ("офицеров, женщин и детей", "target")],
      quantities=[qty("Более 100 офицеров, женщин и детей", "prisoners", 100, min=100, approximate=True)],
      note="hostages and prisoners taken during the retreat")
event("осаду", "Гарнизон Джелалабада под командованием генерала Сейла выдержал многомесячную осаду",  # 26
      "siege", date={"edtf": "1841-11/1842-04"}, place="Джелалабад",
      actors=[("Гарнизон Джелалабада", "target")],
      note="from November 1841 to Pollock's arrival on 16 April 1842")
event("капитулировал", "6 марта капитулировал гарнизон Газни", "capture",  # 27
      date="6 марта", place="Газни", actors=[("гарнизон Газни", "target")],
      note="the British garrison surrendered: the town passed to the Afghans")
event("направлен", "На выручку Джелалабаду был направлен корпус генерала Поллока", "reinforcement",  # 28
      date={"edtf": "1842-01/1842-04"}, place="Джелалабад", actors=[("корпус генерала Поллока", "agent")],
      note="place is the destination")
event("прорвался", "который 5 апреля прорвался через Хайберский проход", "battle",  # 29
      date="5 апреля", place="Хайберский проход", actors=[("корпус генерала Поллока", "agent")])
event("убит", "В тот же день под Кабулом был убит шах Шуджа", "attack_on_civilians",  # 30
      date="В тот же день", place="Кабул", actors=[("шах Шуджа", "target")])
event("вылазку", "7 апреля защитники Джелалабада сделали вылазку и разгромили лагерь Акбар-хана", "attack",  # 31
      date="7 апреля", place="Джелалабад",
      actors=[("защитники Джелалабада", "agent"), ("лагерь Акбар-хана", "target")])
event("вошёл", "а 16 апреля туда вошёл Поллок", "reinforcement",  # 32
      date="16 апреля", place="Джелалабад", actors=[("Поллок", "agent")])
event("двинулся", "Во второй половине августа Поллок двинулся на Кабул", "attack",  # 33
      date="Во второй половине августа", place="Кабул", actors=[("Поллок", "agent")])
event("занял", "6 сентября генерал Нотт, шедший из Кандагара, вновь занял Газни", "recapture",  # 34
      date="6 сентября", place="Газни", actors=[("генерал Нотт", "agent")])
event("разбит", "13 сентября у Тезина Акбар-хан был разбит", "battle",  # 35
      date="13 сентября", place="Тезин", actors=[("Акбар-хан", "target")])
event("вступили", "через два дня британцы вступили в Кабул", "recapture",  # 36
      date="через два дня", place="Кабул", actors=[("британцы", "agent")])
event("взорвали", "В отместку они взорвали крытый базар Кабула", "looting",  # 37
      date={"edtf": "1842-09-15/1842-10-12"}, place="Кабул",
      note="deliberate destruction of property; between the entry and the departure")
event("разграбили", "В отместку они взорвали крытый базар Кабула и разграбили город Исталиф", "looting",  # 38
      date={"edtf": "1842-09-15/1842-10-12"}, place="Исталиф")
event("оставили", "12 октября 1842 года британские войска оставили Кабул", "retreat",  # 39
      date="12 октября 1842 года", place="Кабул", actors=[("британские войска", "agent")])
event("вернулись", "12 октября 1842 года британские войска оставили Кабул и в декабре вернулись в Индию",  # 40
      "retreat", date="в декабре", place="Индия", actors=[("британские войска", "agent")],
      note="place is the destination")
event("занял престол", "Дост Мухаммед, отпущенный англичанами, в 1843 году вновь занял престол в Кабуле",  # 41
      "political_activity", date="в 1843 году", place="Кабул", actors=[("Дост Мухаммед", "agent")])
