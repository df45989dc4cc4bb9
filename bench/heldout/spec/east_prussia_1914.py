"""Gold spec for bench/heldout/east_prussia_1914.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/east_prussia_1914.txt"

gazetteer({
    "Восточная Пруссия": ("region", 54.3, 21.0, None),
    "Петербург": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Неман": ("river", 55.08, 21.88, None),
    "Нарев": ("river", 53.08, 21.57, None),
    "Сталлупенен": ("settlement", 54.63, 22.57, None, "Нестеров"),
    "Гумбиннен": ("settlement", 54.59, 22.2, None, "Гусев"),
    "Инстербург": ("settlement", 54.63, 21.81, None, "Черняховск"),
    "Кёнигсберг": ("settlement", 54.71, 20.51, "Q1829", "Калининград"),
    "Нейденбург": ("settlement", 53.36, 20.43, None, "Нидзица"),
    "Орлау": ("settlement", 53.42, 20.33, None, "Орлово"),
    "Бельгия": ("polity", 50.85, 4.35, "Q31"),
    "Танненберг": ("settlement", 53.49, 20.13, None, "Стембарк"),
    "Бишофсбург": ("settlement", 53.86, 20.96, None, "Бискупец"),
    "Уздау": ("settlement", 53.33, 20.05, None, "Уздово"),
    "Сольдау": ("settlement", 53.24, 20.17, None, "Дзялдово"),
    "Алленштейн": ("settlement", 53.78, 20.49, None, "Ольштын"),
    "Гогенштейн": ("settlement", 53.58, 20.28, None, "Ольштынек"),
    "Вилленберг": ("settlement", 53.4, 20.8, None, "Вельбарк"),
    "Мазурские озёра": ("lake", 53.9, 21.7, None),
})

# ---- dates, in reading order (the text states New Style once; no conversion needed)
date("1914 года", "1914", "year")
date("30 июля", "1914-07-30", "day", derivation="anchored")
date("1 августа", "1914-08-01", "day", derivation="anchored")
date("17 августа", "1914-08-17", "day", derivation="anchored")
date("В тот же день", "1914-08-17", "day", derivation="anchored")
date("20 августа", "1914-08-20", "day", derivation="anchored")
date("через два дня", "1914-08-22", "day", derivation="computed", note="20 August + 2 days")
date("24 августа", "1914-08-24", "day", derivation="anchored")
date("22 августа", "1914-08-22", "day", derivation="anchored")
date("23–24 августа", "1914-08-23/1914-08-24", "interval", derivation="anchored")
date("Вскоре", "1914-08-24/1914-08-31", "interval", kind="vague", derivation="anchored",
     note="soon after the fighting of 23–24 August")
date("26 августа", "1914-08-26", "day", derivation="anchored")
date("на следующий день", "1914-08-27", "day", derivation="computed", note="26 August + 1 day")
date("Тогда же", "1914-08-26/1914-08-27", "interval", kind="vague", derivation="anchored",
     note="'at the same time' as the fighting of 26–27 August")
date("29 августа", "1914-08-29", "day", derivation="anchored")
date("В ночь на 30 августа", "1914-08-29/1914-08-30", "day", derivation="anchored")
date("7 сентября", "1914-09-07", "day", derivation="anchored")
date("около недели", None, None, kind="duration", duration="P1W", note="approximate")
date("9 сентября", "1914-09-09", "day", derivation="anchored")
date("к 14 сентября", "1914-09-14", "day", derivation="anchored", note="'by 14 September': the state by then")
date("В середине сентября", "1914-09-11/1914-09-20", "interval", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Восточно-Прусская", "Восточная Пруссия"), ("Петербурге", "Петербург"), ("России", "Россия"),
    ("Францией", "Франция"), ("Восточную Пруссию", "Восточная Пруссия"), ("Немана", "Неман"),
    ("Нарева", "Нарев"),
    ("Сталлупенена", "Сталлупенен"), ("Гумбиннену", "Гумбиннен"), ("Гумбинненом", "Гумбиннен"),
    ("Инстербург", None), ("Кёнигсбергу", "Кёнигсберг"),
    ("Восточную Пруссию", "Восточная Пруссия"), ("Нейденбург", None), ("Орлау", None),
    ("Гумбиннена", "Гумбиннен"), ("Бельгии", "Бельгия"),
    ("Танненбергским", "Танненберг"), ("Бишофсбурга", "Бишофсбург"), ("Уздау", None), ("Сольдау", None),
    ("Алленштейн", None), ("Нейденбург", None), ("Гогенштейна", "Гогенштейн"),
    ("Вилленберга", "Вилленберг"),
    ("Кёнигсберга", "Кёнигсберг"), ("Мазурских озёр", "Мазурские озёра"),
    ("Мазурских озёр", "Мазурские озёра"), ("Неману", "Неман"), ("Франции", "Франция"),
]:
    place(quote, name)

# ---- events
event("указ", "30 июля Николай II утвердил указ о всеобщей мобилизации", "decree",  # 0
      date="30 июля", place="Россия", actors=[("Николай II", "agent")],
      note="mobilization of Russia; the country is named in the next sentence")
event("объявлении войны", "1 августа германский посол в Петербурге вручил ноту об объявлении войны России",  # 1
      "political_activity", date="1 августа", place="Петербург",
      actors=[("германский посол", "agent"), ("России", "target")],
      note="Germany's declaration of war on Russia")
event("двинул", "Северо-Западный фронт генерала Я. Г. Жилинского двинул в Восточную Пруссию две армии",  # 2
      "attack", date={"edtf": "1914-08"}, place="Восточная Пруссия",
      actors=[("Северо-Западный фронт генерала Я. Г. Жилинского", "agent")],
      note="the offensive as a whole; the crossings of each army follow")
event("перешли границу", "17 августа войска Ренненкампфа перешли границу", "attack",  # 3
      date="17 августа", place="Восточная Пруссия", actors=[("войска Ренненкампфа", "agent")])
event("ударил", "В тот же день у Сталлупенена 1-й германский корпус Г. фон Франсуа ударил по русской пехоте, "  # 4
      "захватил более 3 тыс. пленных", "attack", date="В тот же день", place="Сталлупенен",
      actors=[("1-й германский корпус Г. фон Франсуа", "agent"), ("русской пехоте", "target")],
      quantities=[qty("более 3 тыс. пленных", "prisoners", 3000, min=3000, approximate=True)])
event("отошёл", "В тот же день у Сталлупенена 1-й германский корпус Г. фон Франсуа ударил по русской пехоте, "  # 5
      "захватил более 3 тыс. пленных и отошёл к Гумбиннену", "retreat", date="В тот же день",
      place="Гумбиннен", actors=[("1-й германский корпус Г. фон Франсуа", "agent")],
      note="place is the destination of the withdrawal")
event("сражение", "20 августа под Гумбинненом развернулось встречное сражение", "battle",  # 6
      date="20 августа", place="Гумбиннен")
event("Атака", "Атака 17-го корпуса А. фон Макензена была отбита с большим уроном", "attack",  # 7
      date="20 августа", place="Гумбиннен", assertion="failed",
      actors=[("17-го корпуса А. фон Макензена", "agent")])
event("отход", "8-я германская армия начала отход", "retreat",  # 8
      date="20 августа", place="Гумбиннен", actors=[("8-я германская армия", "agent")])
event("смещён", "Её командующий М. фон Притвиц растерялся и через два дня был смещён", "political_activity",  # 9
      date="через два дня", actors=[("М. фон Притвиц", "target")], note="dismissal of a commander")
event("назначили", "на его место назначили П. фон Гинденбурга", "political_activity",  # 10
      date="через два дня", actors=[("П. фон Гинденбурга", "participant")], note="appointment")
event("стал", "начальником штаба стал Э. Людендорф", "political_activity",  # 11
      date="через два дня", actors=[("Э. Людендорф", "participant")], note="appointment")
event("преследовать", "Ренненкампф так и не стал преследовать противника", "attack",  # 12
      date={"edtf": "1914-08-20/1914-08-24"}, assertion="negated",
      actors=[("Ренненкампф", "agent"), ("противника", "target")],
      note="no pursuit after Gumbinnen")
event("заняли", "24 августа его части без боя заняли Инстербург", "occupation",  # 13
      date="24 августа", place="Инстербург", actors=[("его части", "agent")])
event("бежали", "Из приграничных округов десятки тысяч жителей бежали к Кёнигсбергу", "flight",  # 14
      date={"edtf": "1914-08-17/1914-08-31"}, place="Кёнигсберг", actors=[("жителей", "participant")],
      quantities=[qty("десятки тысяч жителей", "displaced", None, min=20000, max=90000, approximate=True)],
      note="place is the destination, the only place the clause names")
event("вступила", "С юга в Восточную Пруссию вступила 2-я армия", "attack",  # 15
      date={"edtf": "1914-08-20/1914-08-22"}, place="Восточная Пруссия", actors=[("2-я армия", "agent")],
      note="no date in the text; before the capture of Neidenburg on 22 August")
event("занял", "22 августа её 15-й корпус занял Нейденбург", "capture",  # 16
      date="22 августа", place="Нейденбург", actors=[("её 15-й корпус", "agent")])
event("потеснил", "23–24 августа у Орлау потеснил германскую дивизию", "battle",  # 17
      date="23–24 августа", place="Орлау",
      actors=[("её 15-й корпус", "agent"), ("германскую дивизию", "target")])
event("перебросил", "Германский штаб снял 1-й корпус из-под Гумбиннена и по железной дороге перебросил его на юг",  # 18
      "reinforcement", date={"edtf": "1914-08-22/1914-08-26"},
      actors=[("Германский штаб", "agent"), ("1-й корпус", "participant")],
      note="redeployed south against the 2nd Army; no place named for the destination")
event("отправили", "Вскоре из Бельгии на восток отправили ещё два корпуса", "reinforcement",  # 19
      date="Вскоре", place="Восточная Пруссия", actors=[("ещё два корпуса", "participant")],
      note="forces sent from Belgium to East Prussia; place is the destination")
event("сражение", "Решающее сражение, позднее названное Танненбергским, началось 26 августа", "battle",  # 20
      date="26 августа", place="Танненберг")
event("разбит", "У Бишофсбурга был разбит и отступил 6-й русский корпус", "battle",  # 21
      date="26 августа", place="Бишофсбург", actors=[("6-й русский корпус", "target")])
event("отступил", "У Бишофсбурга был разбит и отступил 6-й русский корпус", "retreat",  # 22
      date="26 августа", place="Бишофсбург", actors=[("6-й русский корпус", "agent")])
event("опрокинули", "на следующий день у Уздау германцы опрокинули 1-й корпус", "attack",  # 23
      date="на следующий день", place="Уздау", actors=[("германцы", "agent"), ("1-й корпус", "target")])
event("откатился", "на следующий день у Уздау германцы опрокинули 1-й корпус, и он откатился к Сольдау",  # 24
      "retreat", date="на следующий день", place="Сольдау", actors=[("1-й корпус", "agent")])
event("вошёл", "Тогда же 13-й корпус без боя вошёл в Алленштейн", "occupation",  # 25
      date="Тогда же", place="Алленштейн", actors=[("13-й корпус", "agent")])
event("занял", "29 августа корпус Франсуа вновь занял Нейденбург", "recapture",  # 26
      date="29 августа", place="Нейденбург", actors=[("корпус Франсуа", "agent")])
event("замкнулось", "кольцо вокруг 13-го и 15-го корпусов в лесах южнее Гогенштейна замкнулось", "siege",  # 27
      date="29 августа", place="Гогенштейн", actors=[("13-го и 15-го корпусов", "target")],
      note="encirclement of the 2nd Army's centre")
event("прорыва", "Попытки прорыва не удались", "attack",  # 28
      date={"edtf": "1914-08-29/1914-08-30"}, assertion="failed",
      note="break-out attempts of the encircled corps")
event("пришла на помощь", "1-я армия так и не пришла на помощь", "reinforcement",  # 29
      date={"edtf": "1914-08-26/1914-08-30"}, assertion="negated", actors=[("1-я армия", "agent")])
event("в плен попали", "По германским данным, в плен попали около 90 тыс. человек", "battle",  # 30
      date={"edtf": "1914-08-26/1914-08-30"}, place="Танненберг", same_as=20,
      quantities=[qty("около 90 тыс. человек", "prisoners", 90000, approximate=True)],
      note="the captivity is asserted; only the count is attributed to German data")
event("прибывшими", "8-я армия, усиленная прибывшими с запада корпусами", "reinforcement",  # 31
      date={"edtf": "1914-08-26/1914-09-07"}, place="Восточная Пруссия", same_as=19,
      actors=[("корпусами", "participant")])
event("перешла в наступление", "8-я армия, усиленная прибывшими с запада корпусами, 7 сентября перешла в "  # 32
      "наступление против Ренненкампфа", "attack", date="7 сентября", place="Мазурские озёра",
      actors=[("8-я армия", "agent"), ("Ренненкампфа", "target")])
event("Сражение", "Сражение у Мазурских озёр продолжалось около недели", "battle",  # 33
      date={"edtf": "1914-09-07/1914-09-14"}, place="Мазурские озёра",
      note="7 September + about a week")
event("обходили", "Германцы обходили южный фланг русских", "attack",  # 34
      date={"edtf": "1914-09-07/1914-09-09"}, place="Мазурские озёра",
      actors=[("Германцы", "agent"), ("русских", "target")])
event("отступать", "9 сентября Ренненкампф приказал отступать", "retreat",  # 35
      date="9 сентября", actors=[("Ренненкампф", "agent")])
event("контрударом", "Прикрываясь контрударом двух дивизий", "attack",  # 36
      date={"edtf": "1914-09-09/1914-09-14"}, actors=[("двух дивизий", "agent")])
event("ушла", "1-я армия к 14 сентября ушла за границу, к Неману", "retreat",  # 37
      date="к 14 сентября", place="Неман", same_as=35, actors=[("1-я армия", "agent")])
event("взято", "По германским сводкам, в плен было взято около 45 тыс. человек", "battle",  # 38
      date={"edtf": "1914-09-07/1914-09-14"}, place="Мазурские озёра", same_as=33,
      quantities=[qty("около 45 тыс. человек", "prisoners", 45000, approximate=True)],
      note="the captivity is asserted; only the count is attributed to German reports")
event("отстранили", "В середине сентября Жилинского отстранили от командования", "political_activity",  # 39
      date="В середине сентября", actors=[("Жилинского", "target")], note="dismissal of the front commander")
event("принял", "фронт принял Н. В. Рузский", "political_activity",  # 40
      date="В середине сентября", actors=[("Н. В. Рузский", "participant")], note="appointment")
