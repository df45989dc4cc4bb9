"""Gold spec for bench/heldout/russo_persian_1826_1828.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style ("даты даны по старому стилю"): every day-and-month
date is converted to Gregorian (+12 days in the 19th century) and says so in its note. Seasons, years
and coarser values are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_persian_1826_1828.txt"

OS = "Old Style (stated once in the text), +12 days"

gazetteer({
    "Закавказье": ("region", 41.5, 45.0, None),
    "Персия": ("polity", 35.69, 51.39, None),
    "Гокча": ("lake", 40.35, 45.3, None, "Севан"),
    "Аракс": ("river", 39.13, 46.93, None),
    "Карабах": ("region", 39.8, 46.8, None),
    "Эриванское ханство": ("region", 40.0, 44.5, None),
    "Памбак": ("region", 40.8, 44.5, None),
    "Шурагель": ("region", 40.9, 43.8, None),
    "Талышинское ханство": ("region", 38.75, 48.85, None),
    "Ширванское ханство": ("region", 40.63, 48.64, None),
    "Шекинское ханство": ("region", 41.2, 47.17, None),
    "Ленкорань": ("settlement", 38.75, 48.85, None),
    "Елизаветполь": ("settlement", 40.68, 46.36, None, "Гянджа"),
    "Шуша": ("settlement", 39.76, 46.75, None),
    "Россия": ("polity", 55.75, 37.62, "Q34266"),
    "Шамхор": ("settlement", 40.83, 46.02, None, "Шамкир"),
    "Кавказ": ("region", 42.5, 44.5, None),
    "Эривань": ("settlement", 40.18, 44.51, "Q1953", "Ереван"),
    "Нахичевань": ("settlement", 39.21, 45.41, None),
    "Ордубад": ("settlement", 38.91, 46.02, None),
    "Джеван-Булак": ("settlement", 39.1, 45.55, None),
    "Аббас-абад": ("settlement", 39.13, 45.53, None),
    "Эчмиадзин": ("settlement", 40.16, 44.29, None, "Вагаршапат"),
    "Ошакан": ("settlement", 40.26, 44.31, None),
    "Сардар-абад": ("settlement", 40.12, 44.0, None),
    "Тавриз": ("settlement", 38.08, 46.29, None, "Тебриз"),
    "Дей-Карган": ("settlement", 37.76, 45.98, None, "Азаршахр"),
    "Урмия": ("settlement", 37.55, 45.08, None),
    "Ардебиль": ("settlement", 38.25, 48.29, None),
    "Туркманчай": ("settlement", 37.6, 47.39, None),
    "Нахичеванское ханство": ("region", 39.2, 45.4, None),
    "Армянская область": ("region", 40.18, 44.51, None),
    "Тегеран": ("settlement", 35.69, 51.39, "Q3616"),
    "Петербург": ("settlement", 59.94, 30.31, "Q656"),
})

# ---- dates, in reading order
date("1826–1828 годов", "1826/1828", "interval")
date("в 1813 году", "1813", "year")
date("16 июля 1826 года", "1826-07-28", "day", note=OS)
date("Одновременно", "1826-07-28", "day", kind="vague", derivation="anchored",
     note="'at the same time' as the invasion of 16 July (28 July New Style)")
date("вскоре", "1826-07-28/1826-08-31", "interval", kind="vague", derivation="anchored",
     note="'soon' after the invasion of 16 July (28 July New Style); no end is given")
date("48 дней", None, None, kind="duration", duration="P48D")
date("В начале осени", "1826-09", "month", derivation="anchored",
     note="the beginning of autumn (Sep–Nov) = September; a season part, left as written")
date("3 сентября", "1826-09-15", "day", derivation="anchored", note=OS)
date("вслед за тем", "1826-09-15/1826-09-25", "interval", kind="vague", derivation="anchored",
     note="right after 3 September and before 13 September (Old Style), 15–25 September New Style")
date("13 сентября", "1826-09-25", "day", derivation="anchored", note=OS)
date("незадолго до того", "1826-09-01/1826-09-25", "interval", kind="vague", derivation="anchored",
     note="'shortly before' 13 September (25 September New Style); taken as within September")
date("К концу 1826 года", "1826-09/1826-12", "interval",
     note="'by the end of 1826': the last third of the year, by analogy with parts of a century")
date("Весной 1827 года", "1827-21", "season")
date("Тогда же", "1827-21", "season", kind="vague", derivation="anchored",
     note="'at the same time' as spring 1827")
date("26 июня", "1827-07-08", "day", derivation="anchored", note=OS)
date("в течение лета", "1827-22", "season", derivation="anchored")
date("5 июля", "1827-07-17", "day", derivation="anchored", note=OS)
date("через два дня", "1827-07-19", "day", derivation="computed",
     note="5 July + 2 days = 7 July Old Style = 19 July New Style")
date("17 августа", "1827-08-29", "day", derivation="anchored", note=OS)
date("20 сентября", "1827-10-02", "day", derivation="anchored", note=OS)
date("недельной", None, None, kind="duration", duration="P1W")
date("1 октября", "1827-10-13", "day", derivation="anchored", note=OS)
date("13 октября", "1827-10-25", "day", derivation="anchored", note=OS)
date("Вскоре", "1827-10-25/1827-11-30", "interval", kind="vague", derivation="anchored",
     note="'soon' after 13 October (25 October New Style)")
date("зимой", "1827-12/1828-02", "season", derivation="anchored",
     note="the winter of 1827/28, between the autumn of 1827 and February 1828")
date("10 февраля 1828 года", "1828-02-22", "day", note=OS)
date("В 1828–1829 годах", "1828/1829", "interval")
date("21 марта 1828 года", "1828-04-02", "day", note=OS)
date("30 января 1829 года", "1829-02-11", "day", note=OS)

# ---- places, in reading order
for quote, name in [
    ("Закавказье", None), ("Персией", "Персия"), ("Гокча", None),
    ("Аракс", None), ("Карабах", None), ("Эриванского", "Эриванское ханство"), ("Памбак", None),
    ("Шурагель", None), ("Талышинское", "Талышинское ханство"), ("Ширванское", "Ширванское ханство"),
    ("Шекинское", "Шекинское ханство"), ("Ленкорани", "Ленкорань"), ("Елизаветполь", None),
    ("Шушу", "Шуша"), ("России", "Россия"),
    ("Шамхора", "Шамхор"), ("Елизаветполь", None), ("Шуши", "Шуша"), ("Елизаветполем", "Елизаветполь"),
    ("Аракс", None), ("Ширвани", "Ширванское ханство"), ("Шеки", "Шекинское ханство"),
    ("Кавказе", "Кавказ"), ("Эривани", "Эривань"), ("Нахичевань", None), ("Ордубад", None),
    ("Джеван-Булака", "Джеван-Булак"), ("Аббас-абад", None),
    ("Эчмиадзин", None), ("Ошакана", "Ошакан"), ("Сардар-абад", None), ("Эривань", None),
    ("Тавриз", None),
    ("Дей-Каргане", "Дей-Карган"), ("Урмию", "Урмия"), ("Ардебиль", None), ("Туркманчае", "Туркманчай"),
    ("России", "Россия"), ("Эриванское", "Эриванское ханство"), ("Нахичеванское", "Нахичеванское ханство"),
    ("Персия", None), ("России", "Россия"), ("Армянская область", None),
    ("Тегеране", "Тегеран"), ("Петербург", None),
]:
    place(quote, name)

# ---- events
SHUSHA_SIEGE = {"edtf": "1826-07-28/1826-09-25"}

event("утраченные", "земли, утраченные Персией в 1813 году", "territorial_transfer",  # 0
      date="в 1813 году", place="Закавказье",
      note="the Transcaucasian lands Persia lost in 1813; the lands are not named, Закавказье is the region")
event("заняли", "русские войска якобы первыми заняли спорные земли у озера Гокча", "occupation",  # 1
      date={"edtf": "1813/1826-07"}, place="Гокча", actors=[("русские войска", "agent")],
      assertion="disputed",
      note="the Persian claim, doubted by 'якобы'; no date given, between 1813 and the invasion")
event("вторглась", "16 июля 1826 года армия наследника престола Аббас-Мирзы, насчитывавшая около 40 тыс. "  # 2
      "человек, без объявления войны перешла Аракс и вторглась в Карабах", "attack",
      date="16 июля 1826 года", place="Карабах",
      actors=[("армия наследника престола Аббас-Мирзы", "agent")],
      quantities=[qty("около 40 тыс. человек", "participants", 40000, approximate=True)],
      note="the invasion; crossing the Araks is part of the same act")
event("напали", "Одновременно войска Эриванского ханства напали на Памбак и Шурагель", "attack",  # 3
      date="Одновременно", place="Памбак", actors=[("войска Эриванского ханства", "agent")])
event("напали", "Одновременно войска Эриванского ханства напали на Памбак и Шурагель", "attack",  # 4
      date="Одновременно", place="Шурагель", actors=[("войска Эриванского ханства", "agent")])
for khanate in ["Талышинское ханство", "Ширванское ханство", "Шекинское ханство"]:  # 5, 6, 7
    event("восстание", "Вторжение подняло на восстание Талышинское, Ширванское и Шекинское ханства",
          "uprising", date={"edtf": "1826-07-28/1826-08-31"}, place=khanate,
          note="no date given: right after the invasion of late July 1826")
event("уйти", "Немногочисленный гарнизон Ленкорани был вынужден уйти морем", "retreat",  # 8
      date={"edtf": "1826-07-28/1826-08-31"}, place="Ленкорань",
      actors=[("Немногочисленный гарнизон Ленкорани", "agent")])
event("оставил", "русский батальон оставил Елизаветполь", "retreat",  # 9
      date={"edtf": "1826-07-28/1826-08-31"}, place="Елизаветполь", actors=[("русский батальон", "agent")])
event("занял", "Елизаветполь, который вскоре занял персидский отряд", "capture",  # 10
      date="вскоре", place="Елизаветполь", actors=[("персидский отряд", "agent")])
event("осадили", "Главные силы Аббас-Мирзы осадили Шушу", "siege",  # 11
      date=SHUSHA_SIEGE, place="Шуша", actors=[("Главные силы Аббас-Мирзы", "agent")],
      note="from the invasion to the lifting of the siege before 13 September (Old Style)")
event("продержалась", "Крепость, где заперся полковник Реут с гарнизоном около 1300 солдат и казаков, "  # 12
      "продержалась 48 дней", "siege", date=SHUSHA_SIEGE, place="Шуша",
      actors=[("полковник Реут", "target")],
      quantities=[qty("около 1300 солдат и казаков", "participants", 1300, approximate=True)],
      same_as=11, note="'Крепость' is Shusha; the siege lasted 48 days")
event("штурмом", "Все попытки персов взять её штурмом провалились", "attack",  # 13
      date=SHUSHA_SIEGE, place="Шуша", actors=[("персов", "agent")], assertion="failed")
event("сдались", "несмотря на голод, защитники не сдались", "capture",  # 14
      date=SHUSHA_SIEGE, place="Шуша", actors=[("защитники", "target")], assertion="negated",
      note="the surrender of Shusha did not happen")
event("наступление", "Ермолов, считая свои силы недостаточными, не решился на общее наступление", "attack",  # 15
      date={"edtf": "1826-07-28/1826-09-15"}, actors=[("Ермолов", "agent")], assertion="negated")
event("разгромил", "3 сентября отряд генерала Мадатова разгромил у Шамхора персидский авангард", "battle",  # 16
      date="3 сентября", place="Шамхор",
      actors=[("отряд генерала Мадатова", "agent"), ("персидский авангард", "target")])
event("вступил", "3 сентября отряд генерала Мадатова разгромил у Шамхора персидский авангард, а вслед за "  # 17
      "тем вновь вступил в Елизаветполь", "recapture", date="вслед за тем", place="Елизаветполь",
      actors=[("отряд генерала Мадатова", "agent")])
event("снял осаду", "Аббас-Мирза снял осаду Шуши", "siege",  # 18
      date={"edtf": "1826-09-15/1826-09-25"}, place="Шуша", actors=[("Аббас-Мирза", "agent")],
      same_as=11, note="the end of the siege: after 3 and before 13 September (Old Style)")
event("прибывший", "прибывший незадолго до того Паскевич", "reinforcement",  # 19
      date="незадолго до того", place="Елизаветполь", actors=[("Паскевич", "agent")])
event("разбил", "13 сентября под Елизаветполем прибывший незадолго до того Паскевич с 8 тыс. человек "  # 20
      "разбил армию Аббас-Мирзы", "battle", date="13 сентября", place="Елизаветполь",
      actors=[("Паскевич", "agent"), ("армию Аббас-Мирзы", "target")],
      quantities=[qty("8 тыс. человек", "participants", 8000)])
event("потеряли", "По донесениям Паскевича, персы потеряли убитыми около 2 тыс. человек, более 1000 "  # 21
      "попали в плен", "battle", date="13 сентября", place="Елизаветполь",
      actors=[("персы", "target")],
      quantities=[qty("около 2 тыс. человек", "fatalities", 2000, approximate=True),
                  qty("более 1000", "prisoners", 1000, min=1000, approximate=True)],
      same_as=20, note="the battle is asserted; only the losses are attributed to Paskevich's reports")
event("бежали", "Остатки их армии бежали за Аракс", "retreat",  # 22
      date={"edtf": "1826-09-25/1826-10-31"}, place="Аракс", actors=[("Остатки их армии", "agent")],
      note="no date given: after the battle of 13 September (Old Style)")
event("подавлены", "К концу 1826 года восстания в Ширвани и Шеки были подавлены", "suppression",  # 23
      date="К концу 1826 года", place="Ширванское ханство")
event("подавлены", "К концу 1826 года восстания в Ширвани и Шеки были подавлены", "suppression",  # 24
      date="К концу 1826 года", place="Шекинское ханство")
event("сместил", "Весной 1827 года Николай I сместил Ермолова", "political_activity",  # 25
      date="Весной 1827 года", actors=[("Николай I", "agent"), ("Ермолова", "target")],
      note="a dismissal from command")
event("поставил во главе", "Николай I сместил Ермолова и поставил во главе войск на Кавказе Паскевича",  # 26
      "political_activity", date="Весной 1827 года", place="Кавказ",
      actors=[("Николай I", "agent"), ("Паскевича", "participant")],
      note="an appointment; the place is the command he was given")
event("осада", "Тогда же авангард Бенкендорфа подступил к Эривани, но первая осада крепости успеха не "  # 27
      "имела и из-за жары была снята", "siege", date="Тогда же", place="Эривань",
      actors=[("авангард Бенкендорфа", "agent")], assertion="failed")
event("занята", "26 июня без боя была занята Нахичевань", "occupation",  # 28
      date="26 июня", place="Нахичевань", note="taken without a fight")
event("занята", "26 июня без боя была занята Нахичевань, а в течение лета — Ордубад", "occupation",  # 29
      date="в течение лета", place="Ордубад", note="elided verb: the trigger is the first clause's")
event("отразил", "5 июля у Джеван-Булака Паскевич отразил попытку Аббас-Мирзы выручить Аббас-абад",  # 30
      "battle", date="5 июля", place="Джеван-Булак",
      actors=[("Паскевич", "agent"), ("Аббас-Мирзы", "target")])
event("капитулировала", "через два дня крепость капитулировала", "capture",  # 31
      date="через два дня", place="Аббас-абад", note="'крепость' is Abbas-abad")
event("осадил", "Воспользовавшись уходом главных сил, Аббас-Мирза осадил Эчмиадзин", "siege",  # 32
      date={"edtf": "1827-07-19/1827-08-29"}, place="Эчмиадзин", actors=[("Аббас-Мирза", "agent")],
      note="no date given: after Abbas-abad fell and before 17 August (Old Style)")
event("пробился", "17 августа у Ошакана отряд Красовского ценой больших потерь пробился к монастырю",  # 33
      "battle", date="17 августа", place="Ошакан", actors=[("отряд Красовского", "agent")])
event("пал", "20 сентября после недельной осады пал Сардар-абад", "capture",  # 34
      date="20 сентября", place="Сардар-абад")
event("осады", "20 сентября после недельной осады пал Сардар-абад", "siege",  # 35
      date={"edtf": "1827-09-25/1827-10-02"}, place="Сардар-абад",
      note="20 September Old Style (2 October New Style) minus one week")
event("взята", "1 октября штурмом была взята Эривань; в плен попали около 3 тыс. её защитников",  # 36
      "capture", date="1 октября", place="Эривань",
      quantities=[qty("около 3 тыс. её защитников", "prisoners", 3000, approximate=True)],
      note="taken by storm")
event("вступил", "13 октября отряд генерала Эристова вступил в Тавриз", "capture",  # 37
      date="13 октября", place="Тавриз", actors=[("отряд генерала Эристова", "agent")])
event("открыли ворота", "По донесениям Эристова, горожане сами открыли ворота", "capture",  # 38
      date="13 октября", place="Тавриз", actors=[("горожане", "participant")], assertion="reported",
      same_as=37, note="how Tabriz was taken, attributed to Eristov's reports")
event("бежал", "По донесениям Эристова, горожане сами открыли ворота, а персидский гарнизон бежал",  # 39
      "retreat", date="13 октября", place="Тавриз", actors=[("персидский гарнизон", "agent")],
      assertion="reported")
event("прибыл", "Вскоре туда прибыл и Паскевич", "reinforcement",  # 40
      date="Вскоре", place="Тавриз", actors=[("Паскевич", "agent")])
event("Переговоры", "Переговоры в Дей-Каргане персы затягивали", "negotiations",  # 41
      date={"edtf": "1827-10-25/1828-02-22"}, place="Дей-Карган", actors=[("персы", "participant")],
      note="no date given: after Tabriz fell and before the treaty")
event("заняли", "зимой русские войска заняли Урмию и Ардебиль", "capture",  # 42
      date="зимой", place="Урмия", actors=[("русские войска", "agent")])
event("заняли", "зимой русские войска заняли Урмию и Ардебиль", "capture",  # 43
      date="зимой", place="Ардебиль", actors=[("русские войска", "agent")])
event("мирный договор", "10 февраля 1828 года в Туркманчае был подписан мирный договор", "treaty",  # 44
      date="10 февраля 1828 года", place="Туркманчай")
event("отошли", "К России отошли Эриванское и Нахичеванское ханства", "territorial_transfer",  # 45
      date="10 февраля 1828 года", place="Эриванское ханство", note="by the treaty of 10 February")
event("отошли", "К России отошли Эриванское и Нахичеванское ханства", "territorial_transfer",  # 46
      date="10 февраля 1828 года", place="Нахичеванское ханство", note="by the treaty of 10 February")
event("переселились", "В 1828–1829 годах в пределы России переселились до 40 тыс. армян", "flight",  # 47
      date="В 1828–1829 годах", place="Россия", actors=[("армян", "participant")],
      quantities=[qty("до 40 тыс. армян", "displaced", 40000, max=40000, approximate=True)],
      note="resettlement from Persia; the place is the destination, the only one the clause names")
event("образована", "21 марта 1828 года из новых владений была образована Армянская область", "founding",  # 48
      date="21 марта 1828 года", place="Армянская область")
event("перебила", "30 января 1829 года толпа разгромила русскую миссию в Тегеране и перебила несколько "  # 49
      "десятков человек, в том числе посланника А. С. Грибоедова", "massacre",
      date="30 января 1829 года", place="Тегеран",
      actors=[("толпа", "agent"), ("русскую миссию", "target"), ("посланника А. С. Грибоедова", "target")],
      quantities=[qty("несколько десятков человек", "fatalities", None, min=20, max=90, approximate=True)],
      note="one incident: the mission sacked and its people killed")
event("отправил", "шах отправил в Петербург посольство с извинениями", "political_activity",  # 50
      date={"edtf": "1829-02-11/1829-12-31"}, place="Петербург", actors=[("шах", "agent")],
      note="an embassy of apology; the place is its destination; no date given, after the killing")
