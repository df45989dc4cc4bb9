"""Gold spec for bench/heldout/xinhai_revolution_1911_1912.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/xinhai_revolution_1911_1912.txt"

gazetteer({
    "Цин": ("polity", 39.9, 116.4, None),
    "Китай": ("polity", 35.0, 105.0, None),
    "Токио": ("settlement", 35.68, 139.69, "Q1490"),
    "Сычуань": ("region", 30.6, 103.5, None),
    "Чэнду": ("settlement", 30.66, 104.07, None),
    "Хубэй": ("region", 30.9, 112.3, None),
    "Учан": ("settlement", 30.55, 114.31, None),
    "Ханькоу": ("settlement", 30.58, 114.27, None),
    "Янцзы": ("river", 30.57, 114.29, None),
    "Ханьян": ("settlement", 30.55, 114.26, None),
    "Ухань": ("settlement", 30.59, 114.3, None),
    "Хугуан": ("region", 30.55, 114.31, None),
    "Пекин": ("settlement", 39.9, 116.4, "Q956"),
    "Хунань": ("region", 27.6, 111.7, None),
    "Шэньси": ("region", 35.0, 109.0, None),
    "Сиань": ("settlement", 34.26, 108.94, None),
    "Куньмин": ("settlement", 25.04, 102.71, None),
    "Шанхай": ("settlement", 31.23, 121.47, "Q8686"),
    "Цзянсу": ("region", 32.9, 119.5, None),
    "Чжэцзян": ("region", 29.5, 120.0, None),
    "Нанкин": ("settlement", 32.06, 118.8, "Q16666"),
    "Цзыцзиньшань": ("mountain", 32.07, 118.85, None),
    "Китайская Республика": ("polity", 32.06, 118.8, None),
})

# ---- dates, in reading order (Gregorian, as the text states once)
date("1911–1912 годов", "1911/1912", "interval")
date("в 1905 году", "1905", "year")
date("Летом 1911 года", "1911-22", "season")
date("7 сентября", "1911-09-07", "day", derivation="anchored")
date("9 октября", "1911-10-09", "day", derivation="anchored")
date("на рассвете 10 октября", "1911-10-10", "day", derivation="anchored")
date("Вечером того же дня", "1911-10-10", "day", derivation="anchored")
date("к утру 11 октября", "1911-10-11", "day", derivation="anchored")
date("В тот же день", "1911-10-11", "day", derivation="anchored")
date("Тогда же", "1911-10-11", "day", kind="vague", derivation="anchored",
     note="'at the same time' as 11 October")
date("12 октября", "1911-10-12", "day", derivation="anchored")
date("12 октября", "1911-10-12", "day", derivation="anchored", note="'Уже 12 октября'")
date("14 октября", "1911-10-14", "day", derivation="anchored")
date("С 18 октября", "1911-10-18", "day", derivation="anchored", note="start of a process that goes on")
date("28 октября", "1911-10-28", "day", derivation="anchored")
date("1 ноября", "1911-11-01", "day", derivation="anchored")
date("трое суток", None, None, kind="duration", duration="P3D")
date("В тот же день", "1911-11-01", "day", derivation="anchored")
date("27 ноября", "1911-11-27", "day", derivation="anchored")
date("22 октября", "1911-10-22", "day", derivation="anchored")
date("30 октября", "1911-10-30", "day", derivation="anchored")
date("в начале ноября", "1911-11-01/1911-11-10", "interval", derivation="anchored")
date("В ноябре", "1911-11", "month", derivation="anchored")
date("2 декабря", "1911-12-02", "day", derivation="anchored")
date("На следующий день", "1911-12-03", "day", derivation="computed", note="2 December + 1 day")
date("18 декабря", "1911-12-18", "day", derivation="anchored")
date("25 декабря", "1911-12-25", "day", derivation="anchored")
date("29 декабря", "1911-12-29", "day", derivation="anchored")
date("1 января 1912 года", "1912-01-01", "day")
date("12 февраля 1912 года", "1912-02-12", "day")
date("На следующий день", "1912-02-13", "day", derivation="computed", note="12 February + 1 day")
date("15 февраля", "1912-02-15", "day", derivation="anchored")
date("29 февраля", "1912-02-29", "day", derivation="anchored")
date("10 марта", "1912-03-10", "day", derivation="anchored")
date("на следующий день", "1912-03-11", "day", derivation="computed", note="10 March + 1 day")
date("в начале апреля", "1912-04-01/1912-04-10", "interval", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Цин", "Цин"), ("Китае", "Китай"), ("Токио", "Токио"),
    ("Сычуань", "Сычуань"), ("Чэнду", "Чэнду"), ("Хубэя", "Хубэй"), ("Учана", "Учан"),
    ("Ханькоу", "Ханькоу"), ("Учане", "Учан"), ("Янцзы", "Янцзы"), ("Хубэя", "Хубэй"),
    ("Ханьян", "Ханьян"), ("Ханькоу", "Ханькоу"),
    ("Ухань", "Ухань"), ("Хугуана", "Хугуан"), ("Ханькоу", "Ханькоу"), ("Учан", "Учан"),
    ("Ханькоу", "Ханькоу"), ("Пекине", "Пекин"), ("Ханьян", "Ханьян"), ("Янцзы", "Янцзы"),
    ("Цин", "Цин"), ("Хунань", "Хунань"), ("Шэньси", "Шэньси"), ("Сианя", "Сиань"),
    ("Куньмина", "Куньмин"), ("Шанхае", "Шанхай"),
    ("Цзянсу", "Цзянсу"), ("Чжэцзяна", "Чжэцзян"), ("Нанкин", "Нанкин"),
    ("Цзыцзиньшань", "Цзыцзиньшань"), ("Уханем", "Ухань"), ("Шанхае", "Шанхай"),
    ("Шанхай", "Шанхай"), ("Нанкине", "Нанкин"), ("Китайская Республика", "Китайская Республика"),
    ("Пекине", "Пекин"), ("Нанкинский", "Нанкин"), ("Пекине", "Пекин"), ("Пекине", "Пекин"),
    ("Нанкине", "Нанкин"), ("Пекин", "Пекин"),
]:
    place(quote, name)

# ---- events
event("основанный", "Объединённый союз (Тунмэнхуэй), основанный Сунь Ятсеном в Токио ещё в 1905 году",  # 0
      "founding", date="в 1905 году", place="Токио",
      actors=[("Сунь Ятсеном", "agent"), ("Объединённый союз", "participant")])
event("движение", "Летом 1911 года в провинции Сычуань ширилось движение в защиту железных дорог",  # 1
      "protest", date="Летом 1911 года", place="Сычуань")
event("открыли огонь", "7 сентября солдаты наместника Чжао Эрфэна открыли огонь по толпе у его резиденции "  # 2
      "в Чэнду, убив около 30 человек", "attack_on_civilians", date="7 сентября", place="Чэнду",
      actors=[("солдаты наместника Чжао Эрфэна", "agent"), ("толпе", "target")],
      quantities=[qty("около 30 человек", "fatalities", 30, approximate=True)])
event("перебросили", "туда перебросили часть войск из Хубэя", "reinforcement",  # 3
      date={"edtf": "1911-09"}, place="Сычуань", actors=[("часть войск", "agent")],
      note="'туда' = Sichuan, the destination; troops came from Hubei")
event("взорвалась", "9 октября в русской концессии Ханькоу у заговорщиков случайно взорвалась бомба",  # 4
      "explosion", date="9 октября", place="Ханькоу")
event("аресты", "Полиция нашла списки членов организации, начались аресты", "arrest",  # 5
      date={"edtf": "1911-10-09/1911-10-10"}, actors=[("Полиция", "agent")],
      note="between the explosion of 9 October and the executions of 10 October; the text names no place")
event("обезглавлены", "на рассвете 10 октября в Учане трое революционеров были обезглавлены", "execution",  # 6
      date="на рассвете 10 октября", place="Учан", actors=[("трое революционеров", "target")],
      quantities=[qty("трое", "fatalities", 3)])
event("восстали", "Вечером того же дня в городе восстали солдаты инженерного батальона Новой армии",  # 7
      "uprising", date="Вечером того же дня", place="Учан",
      actors=[("солдаты инженерного батальона Новой армии", "agent")])
event("захватили", "Они захватили арсенал", "capture", date="Вечером того же дня", place="Учан",  # 8
      actors=[("Они", "agent")])
event("овладели", "к утру 11 октября овладели городом", "capture", date="к утру 11 октября",  # 9
      place="Учан")
event("выступлении", "всего в выступлении участвовало около 3 тыс. человек", "uprising",  # 10
      date="Вечером того же дня", place="Учан", same_as=7,
      quantities=[qty("около 3 тыс. человек", "participants", 3000, approximate=True)])
event("бежал", "Наместник Жуйчэн бежал на канонерскую лодку, стоявшую на Янцзы", "flight",  # 11
      date={"edtf": "1911-10-10/1911-10-11"}, place="Янцзы", actors=[("Наместник Жуйчэн", "agent")],
      note="place is the destination, a gunboat on the Yangtze")
event("образовано", "В тот же день было образовано военное правительство Хубэя", "founding",  # 12
      date="В тот же день", place="Хубэй", actors=[("военное правительство Хубэя", "participant")])
event("поставили", "во главе которого восставшие поставили командира бригады Ли Юаньхуна",  # 13
      "political_activity", date="В тот же день", place="Учан",
      actors=[("восставшие", "agent"), ("командира бригады Ли Юаньхуна", "participant")],
      note="appointment; the city is the one the rebels had just taken")
event("заняли", "Тогда же повстанцы заняли Ханьян", "capture", date="Тогда же", place="Ханьян",  # 14
      actors=[("повстанцы", "agent")])
event("заняли", "Тогда же повстанцы заняли Ханьян, а 12 октября — Ханькоу", "capture",  # 15
      date="12 октября", place="Ханькоу", actors=[("повстанцы", "agent")])
event("двинул", "Уже 12 октября цинский двор двинул на Ухань части Бэйянской армии", "reinforcement",  # 16
      date="12 октября", place="Ухань",
      actors=[("цинский двор", "agent"), ("части Бэйянской армии", "agent")])
event("назначил", "14 октября назначил наместником Хугуана отставного Юань Шикая", "political_activity",  # 17
      date="14 октября", actors=[("Юань Шикая", "participant")],
      note="appointment by the court; where it was made is not named (Хугуан is the post's province)")
event("бои", "С 18 октября под Ханькоу шли ожесточённые бои", "battle", date="С 18 октября",  # 18
      place="Ханькоу")
event("прибыл", "28 октября в Учан прибыл Хуан Син", "reinforcement", date="28 октября", place="Учан",  # 19
      actors=[("Хуан Син", "agent")])
event("принял командование", "28 октября в Учан прибыл Хуан Син и принял командование революционными "  # 20
      "войсками", "political_activity", date="28 октября", place="Учан",
      actors=[("Хуан Син", "participant")])
event("заняли", "1 ноября правительственные части вновь заняли Ханькоу", "recapture",  # 21
      date="1 ноября", place="Ханькоу", actors=[("правительственные части", "agent")])
event("подожгли", "1 ноября правительственные части вновь заняли Ханькоу и подожгли его", "looting",  # 22
      date="1 ноября", place="Ханькоу", actors=[("правительственные части", "agent")])
event("пожар", "пожар бушевал трое суток", "looting", date={"edtf": "1911-11-01/1911-11-04"},  # 23
      place="Ханькоу", same_as=22, note="1 November + three days")
event("назначили", "В тот же день в Пекине Юань Шикая назначили главой кабинета", "political_activity",  # 24
      date="В тот же день", place="Пекин", actors=[("Юань Шикая", "participant")])
event("боёв", "27 ноября после упорных боёв пал Ханьян; по некоторым оценкам, его защитники потеряли "  # 25
      "убитыми более 3 тыс. человек", "battle", date={"edtf": "1911-11-01/1911-11-27"}, place="Ханьян",
      actors=[("его защитники", "participant")],
      quantities=[qty("более 3 тыс. человек", "fatalities", 3000, min=3000, approximate=True)],
      note="the fighting that ended with the fall on 27 November; only the count is attributed")
event("пал", "27 ноября после упорных боёв пал Ханьян", "recapture", date="27 ноября", place="Ханьян")  # 26
event("отступил", "Хуан Син отступил за Янцзы", "retreat", date={"edtf": "1911-11-27/1911-11-30"},  # 27
      place="Янцзы", actors=[("Хуан Син", "agent")], note="right after the fall of Hanyang")
event("провозгласили", "Между тем ещё 22 октября независимость от Цин провозгласили Хунань и Шэньси",  # 28
      "founding", date="22 октября", place="Хунань", actors=[("Хунань", "agent")])
event("провозгласили", "Между тем ещё 22 октября независимость от Цин провозгласили Хунань и Шэньси",  # 29
      "founding", date="22 октября", place="Шэньси", actors=[("Шэньси", "agent")])
event("взятии", "при взятии Сианя", "capture", date="22 октября", place="Сиань")  # 30
event("перебито", "при взятии Сианя в маньчжурском квартале было перебито, по разным оценкам, от 10 до "  # 31
      "20 тыс. человек", "massacre", date="22 октября", place="Сиань",
      quantities=[qty("от 10 до 20 тыс. человек", "fatalities", None, min=10000, max=20000,
                      approximate=True)],
      note="the killing is asserted; only the range of figures is attributed")
event("поднялся", "30 октября поднялся гарнизон Куньмина", "uprising", date="30 октября",  # 32
      place="Куньмин", actors=[("гарнизон Куньмина", "agent")])
event("перешла", "в начале ноября власть в Шанхае перешла к революционерам", "capture",  # 33
      date="в начале ноября", place="Шанхай", actors=[("революционерам", "agent")])
event("осадили", "В ноябре войска Цзянсу и Чжэцзяна осадили Нанкин", "siege", date="В ноябре",  # 34
      place="Нанкин", actors=[("войска Цзянсу и Чжэцзяна", "agent")])
event("штурма", "После штурма укреплений на горе Цзыцзиньшань", "attack",  # 35
      date={"edtf": "1911-11/1911-12-02"}, place="Цзыцзиньшань", note="before the surrender of 2 December")
event("сдался", "город 2 декабря сдался", "capture", date="2 декабря", place="Нанкин")  # 36
event("бежал", "а Чжан Сюнь бежал на север", "retreat", date="2 декабря",  # 37
      actors=[("Чжан Сюнь", "agent")], note="the garrison commander withdrew north; no place named")
event("заключено перемирие", "На следующий день под Уханем было заключено перемирие", "treaty",  # 38
      date="На следующий день", place="Ухань")
event("начались переговоры", "18 декабря в Шанхае начались переговоры представителей Юань Шикая и "  # 39
      "республиканцев", "negotiations", date="18 декабря", place="Шанхай",
      actors=[("представителей Юань Шикая", "participant"), ("республиканцев", "participant")])
event("вернулся", "25 декабря в Шанхай из-за границы вернулся Сунь Ятсен", "political_activity",  # 40
      date="25 декабря", place="Шанхай", actors=[("Сунь Ятсен", "agent")],
      note="the leader's return from abroad")
event("избрали", "29 декабря делегаты 17 провинций, собравшиеся в Нанкине, избрали его временным "  # 41
      "президентом", "election", date="29 декабря", place="Нанкин",
      actors=[("делегаты 17 провинций", "agent")])
event("вступил в должность", "1 января 1912 года он вступил в должность", "political_activity",  # 42
      date="1 января 1912 года", place="Нанкин")
event("провозглашена", "была провозглашена Китайская Республика", "founding",  # 43
      date="1 января 1912 года", place="Китайская Республика")
event("обнародован указ", "12 февраля 1912 года в Пекине был обнародован указ об отречении шестилетнего "  # 44
      "императора Пуи", "decree", date="12 февраля 1912 года", place="Пекин",
      actors=[("императора Пуи", "participant")], note="the abdication edict")
event("подал в отставку", "На следующий день Сунь Ятсен подал в отставку", "political_activity",  # 45
      date="На следующий день", place="Нанкин", actors=[("Сунь Ятсен", "agent")])
event("избрал", "15 февраля Нанкинский сенат избрал временным президентом Юань Шикая", "election",  # 46
      date="15 февраля", place="Нанкин",
      actors=[("Нанкинский сенат", "agent"), ("Юань Шикая", "participant")])
event("взбунтовались", "29 февраля в Пекине взбунтовались солдаты 3-й дивизии", "mutiny",  # 47
      date="29 февраля", place="Пекин", actors=[("солдаты 3-й дивизии", "agent")])
event("грабившие", "29 февраля в Пекине взбунтовались солдаты 3-й дивизии, грабившие лавки и дома",  # 48
      "looting", date="29 февраля", place="Пекин", actors=[("солдаты 3-й дивизии", "agent")])
event("принёс присягу", "10 марта он принёс присягу в Пекине", "political_activity",  # 49
      date="10 марта", place="Пекин")
event("обнародовали", "на следующий день в Нанкине обнародовали Временную конституцию", "decree",  # 50
      date="на следующий день", place="Нанкин")
event("переехало", "в начале апреля в Пекин переехало и правительство", "political_activity",  # 51
      date="в начале апреля", place="Пекин", actors=[("правительство", "participant")],
      note="transfer of the seat of government")
