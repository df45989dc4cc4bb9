"""Gold spec for bench/heldout/napoleon_1812.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style (Julian), as Russian histories of 1812 give them.
Day and month values are converted to Gregorian (+12 days in 1812) and each note states the conversion;
the bare year is left as written. 25 December 1812 Old Style falls in January 1813 Gregorian.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/napoleon_1812.txt"

OS = "Old Style (Julian) {} = {} Gregorian"
OS_CONTEXT = "Old Style by the narrative's convention: {} Julian = {} Gregorian"

gazetteer({
    "Неман": ("river", 54.9, 23.89, None),
    "Ковно": ("settlement", 54.9, 23.89, None, "Каунас"),
    "Россия": ("polity", 55.75, 37.62, "Q34266"),
    "Вильна": ("settlement", 54.69, 25.28, "Q216", "Вильнюс"),
    "Островно": ("settlement", 55.15, 29.83, None),
    "Витебск": ("settlement", 55.19, 30.2, None),
    "Смоленск": ("settlement", 54.78, 32.05, None),
    "Бородино": ("settlement", 55.52, 35.82, None),
    "Фили": ("settlement", 55.745, 37.51, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Тарутино": ("settlement", 55.0, 36.97, None),
    "Московская губерния": ("region", 55.6, 37.0, None),
    "Смоленская губерния": ("region", 54.9, 33.0, None),
    "Чернишня": ("river", 55.02, 36.93, None),
    "Малоярославец": ("settlement", 55.01, 36.47, None),
    "Калуга": ("settlement", 54.51, 36.26, None),
    "Можайск": ("settlement", 55.5, 36.03, None),
    "Вязьма": ("settlement", 55.21, 34.29, None),
    "Ляхово": ("settlement", 54.64, 33.06, None),
    "Красный": ("settlement", 54.56, 31.43, None),
    "Березина": ("river", 54.33, 28.37, None),
    "Студянка": ("settlement", 54.33, 28.36, None),
    "Сморгонь": ("settlement", 54.48, 26.4, None),
    "Париж": ("settlement", 48.86, 2.35, "Q90"),
})

# ---- dates, in reading order
date("1812 года", "1812", "year", note="part of the war's name; years are left as written")
date("В ночь на 12 июня 1812 года", "1812-06-23/1812-06-24", "day",
     note=OS.format("night of 11/12 June 1812", "night of 23/24 June 1812"))
date("Через четыре дня", "1812-06-28", "day", derivation="computed",
     note="12 June + 4 days = 16 June; " + OS.format("16 June", "28 June"))
date("6 июля", "1812-07-18", "day", derivation="anchored", note=OS.format("6 July", "18 July"))
date("В середине июля", "1812-07-23/1812-08-01", "interval", derivation="anchored",
     note=OS_CONTEXT.format("11–20 July", "23 July – 1 August"))
date("двое суток", None, None, kind="duration", duration="P2D")
date("16 июля", "1812-07-28", "day", derivation="anchored", note=OS.format("16 July", "28 July"))
date("около двух недель", None, None, kind="duration", duration="P2W", note="approximate")
date("22 июля", "1812-08-03", "day", derivation="anchored", note=OS.format("22 July", "3 August"))
date("4–6 августа", "1812-08-16/1812-08-18", "interval", derivation="anchored",
     note=OS.format("4–6 August", "16–18 August"))
date("в ночь на 6 августа", "1812-08-17/1812-08-18", "day", derivation="anchored",
     note=OS.format("night of 5/6 August", "night of 17/18 August"))
date("8 августа", "1812-08-20", "day", derivation="anchored", note=OS.format("8 August", "20 August"))
date("26 августа", "1812-09-07", "day", derivation="anchored", note=OS.format("26 August", "7 September"))
date("1 сентября", "1812-09-13", "day", derivation="anchored", note=OS.format("1 September", "13 September"))
date("На следующий день", "1812-09-14", "day", derivation="computed",
     note="1 September + 1 day; " + OS.format("2 September", "14 September"))
date("Вечером 2 сентября", "1812-09-14", "day", derivation="anchored",
     note=OS.format("2 September", "14 September"))
date("в ту же ночь", "1812-09-14/1812-09-15", "day", derivation="anchored",
     note="the night after the evening of 2 September; " + OS.format("night of 2/3 September",
                                                                       "night of 14/15 September"))
date("несколько дней", None, None, kind="duration", note="unquantified: several days")
date("тем временем", "1812-09-14/1812-10-03", "interval", kind="vague", derivation="anchored",
     note="meanwhile: after leaving Moscow on 2 September and before the end of September; "
          + OS_CONTEXT.format("2–21 September", "14 September – 3 October"))
date("В конце сентября", "1812-10-03/1812-10-12", "interval", derivation="anchored",
     note=OS_CONTEXT.format("21–30 September", "3–12 October"))
date("6 октября", "1812-10-18", "day", derivation="anchored", note=OS.format("6 October", "18 October"))
date("7 октября", "1812-10-19", "day", derivation="anchored", note=OS.format("7 October", "19 October"))
date("спустя несколько дней", "1812-10-21/1812-10-29", "interval", derivation="computed",
     note="7 October + a few days (2–10); " + OS_CONTEXT.format("9–17 October", "21–29 October"))
date("12 октября", "1812-10-24", "day", derivation="anchored", note=OS.format("12 October", "24 October"))
date("22 октября", "1812-11-03", "day", derivation="anchored", note=OS.format("22 October", "3 November"))
date("28 октября", "1812-11-09", "day", derivation="anchored", note=OS.format("28 October", "9 November"))
date("Вскоре", "1812-11-09/1812-11-22", "interval", kind="vague", derivation="anchored",
     note="soon after 28 October, before the battles of 3–6 November and the early-November frosts; "
          + OS_CONTEXT.format("28 October – 10 November", "9–22 November"))
date("3–6 ноября", "1812-11-15/1812-11-18", "interval", derivation="anchored",
     note=OS.format("3–6 November", "15–18 November"))
date("С 14 по 17 ноября", "1812-11-26/1812-11-29", "interval", derivation="anchored",
     note=OS.format("14–17 November", "26–29 November"))
date("23 ноября", "1812-12-05", "day", derivation="anchored", note=OS.format("23 November", "5 December"))
date("28 ноября", "1812-12-10", "day", derivation="anchored", note=OS.format("28 November", "10 December"))
date("в начале декабря", "1812-12-13/1812-12-22", "interval", derivation="anchored",
     note=OS_CONTEXT.format("1–10 December", "13–22 December"))
date("25 декабря", "1813-01-06", "day", derivation="anchored",
     note=OS.format("25 December 1812", "6 January 1813"))

# ---- places, in reading order
for quote, name in [
    ("Неман", None), ("Ковно", None), ("Россию", "Россия"), ("Вильну", "Вильна"),
    ("Островной", "Островно"), ("Витебск", None), ("Витебска", "Витебск"),
    ("Смоленском", "Смоленск"), ("Смоленск", None),
    ("Бородина", "Бородино"),
    ("Филях", "Фили"), ("Москву", "Москва"), ("Москву", "Москва"),
    ("Тарутину", "Тарутино"), ("Московской", "Московская губерния"),
    ("Смоленской губерниях", "Смоленская губерния"), ("Чернишне", "Чернишня"),
    ("Москву", "Москва"), ("Малоярославец", None), ("Калуге", "Калуга"), ("Можайску", "Можайск"),
    ("Вязьмой", "Вязьма"), ("Ляхова", "Ляхово"),
    ("Красным", "Красный"), ("Березину", "Березина"), ("Студянки", "Студянка"),
    ("Сморгони", "Сморгонь"), ("Париж", None), ("Вильну", "Вильна"), ("Неман", None),
    ("России", "Россия"),
]:
    place(quote, name)

NOV_RETREAT = {"edtf": "1812-10-19/1812-12-22"}

# ---- events
event("переправу", "В ночь на 12 июня 1812 года Великая армия Наполеона начала переправу через Неман у Ковно",  # 0
      "attack", date="В ночь на 12 июня 1812 года", place="Ковно",
      actors=[("Великая армия Наполеона", "agent")],
      note="the invasion begins with the crossing of the border river")
event("поход", "Всего в поход на Россию выступило около 600 тыс. человек", "attack",  # 1
      date="В ночь на 12 июня 1812 года", place="Россия", same_as=0,
      quantities=[qty("около 600 тыс. человек", "participants", 600000, approximate=True)],
      note="the invasion as a whole; the sentence adds its strength")
event("заняли", "Через четыре дня французы без боя заняли Вильну", "occupation",  # 2
      date="Через четыре дня", place="Вильна", actors=[("французы", "agent")])
event("принял", "Здесь Наполеон принял посланного Александром I генерала А. Д. Балашова, но отверг "  # 3
      "предложение мира", "negotiations", date={"edtf": "1812-06-28/1812-07-16"}, place="Вильна",
      assertion="failed",
      actors=[("Наполеон", "participant"), ("Александром I", "participant"),
              ("генерала А. Д. Балашова", "participant")],
      note="peace offer rejected; date implied: while Napoleon stayed in Vilna after 16 (28) June")
event("отходили", "Русские армии отходили на восток", "retreat",  # 4
      date={"edtf": "1812-06-24/1812-08-03"}, actors=[("Русские армии", "agent")],
      note="from the crossing of the Neman until the armies joined at Smolensk")
event("манифест", "6 июля царь подписал манифест о созыве народного ополчения", "decree",  # 5
      date="6 июля", actors=[("царь", "agent")])
event("сдерживал", "В середине июля под Островной русский арьергард двое суток сдерживал французов",  # 6
      "battle", date="В середине июля", place="Островно",
      actors=[("русский арьергард", "participant"), ("французов", "participant")])
event("вступил", "16 июля Наполеон вступил в Витебск и простоял там около двух недель", "occupation",  # 7
      date="16 июля", place="Витебск", actors=[("Наполеон", "agent")])
event("сражения", "однако генерального сражения у Витебска так и не произошло", "battle",  # 8
      date="16 июля", place="Витебск", assertion="negated")
event("соединились", "22 июля обе армии соединились под Смоленском", "reinforcement",  # 9
      date="22 июля", place="Смоленск", actors=[("обе армии", "agent")])
event("бои", "4–6 августа за город шли упорные бои", "battle", date="4–6 августа", place="Смоленск")  # 10
event("оставили", "в ночь на 6 августа русские войска оставили горящий Смоленск", "retreat",  # 11
      date="в ночь на 6 августа", place="Смоленск", actors=[("русские войска", "agent")])
event("назначен", "8 августа главнокомандующим был назначен М. И. Кутузов", "political_activity",  # 12
      date="8 августа", actors=[("М. И. Кутузов", "participant")])
event("сражение", "26 августа у села Бородина состоялось генеральное сражение", "battle",  # 13
      date="26 августа", place="Бородино")
event("потеряла", "Русская армия потеряла, по разным оценкам, от 40 до 45 тыс. человек, противник — около "  # 14
      "30 тыс.", "battle", date="26 августа", place="Бородино", same_as=13,
      actors=[("Русская армия", "participant"), ("противник", "participant")],
      quantities=[qty("от 40 до 45 тыс. человек", "fatalities", None, min=40000, max=45000, approximate=True),
                  qty("около 30 тыс.", "fatalities", 30000, approximate=True)],
      note="losses (killed, wounded and missing) of each side; only the Russian figure is attributed "
           "to 'various estimates', the battle itself is asserted")
event("решил оставить", "На совете в Филях 1 сентября Кутузов решил оставить Москву без боя",  # 15
      "political_activity", date="1 сентября", place="Фили", actors=[("Кутузов", "agent")],
      note="the council's decision to abandon Moscow; the withdrawal itself is the next event")
event("прошла", "На следующий день армия прошла через город", "retreat",  # 16
      date="На следующий день", place="Москва", actors=[("армия", "agent")])
event("ушли", "На следующий день армия прошла через город, а вслед за ней ушли почти все жители — более "  # 17
      "200 тыс. человек", "flight", date="На следующий день", place="Москва",
      actors=[("жители", "participant")],
      quantities=[qty("более 200 тыс. человек", "displaced", 200000, min=200000, approximate=True)])
event("вступили", "Вечером 2 сентября французы вступили в опустевшую столицу", "occupation",  # 18
      date="Вечером 2 сентября", place="Москва", actors=[("французы", "agent")])
event("пожар", "в ту же ночь начался пожар, бушевавший несколько дней", "looting",  # 19
      date="в ту же ночь", place="Москва", note="destruction of the city by fire")
event("Сгорело", "Сгорело около трёх четвертей домов", "looting",  # 20
      date={"edtf": "1812-09-14/1812-09-20"}, place="Москва", same_as=19,
      note="extent of the fire; date: the several days of the fire from the night of 2/3 (14/15) September")
event("грабили", "солдаты грабили церкви", "looting",  # 21
      date={"edtf": "1812-09-14/1812-10-19"}, place="Москва", actors=[("солдаты", "agent")],
      note="during the French occupation of Moscow, 2 (14) September – 7 (19) October")
event("подожгли", "Москву якобы подожгли по приказу генерал-губернатора Ф. В. Ростопчина", "looting",  # 22
      date="в ту же ночь", place="Москва", assertion="disputed", same_as=19,
      actors=[("генерал-губернатора Ф. В. Ростопчина", "agent")],
      note="the French claim about who set the fire, passed on with 'якобы'")
event("расстреляли", "Французы объявили, что Москву якобы подожгли по приказу генерал-губернатора "  # 23
      "Ф. В. Ростопчина, и расстреляли по меньшей мере десять задержанных «поджигателей»", "execution",
      date={"edtf": "1812-09-14/1812-10-19"}, place="Москва",
      actors=[("Французы", "agent"), ("задержанных «поджигателей»", "target")],
      quantities=[qty("по меньшей мере десять", "fatalities", 10, min=10, approximate=True)],
      note="the executions are asserted; only the arson charge is doubted. Date: during the occupation")
event("отвёл", "Кутузов тем временем отвёл армию к селу Тарутину", "reinforcement",  # 24
      date="тем временем", place="Тарутино", actors=[("Кутузов", "agent")],
      note="redeployment of the army (the Tarutino flank march)")
event("прислал", "В конце сентября Наполеон прислал туда генерала Ж. Лористона с просьбой о перемирии",  # 25
      "negotiations", date="В конце сентября", place="Тарутино",
      actors=[("Наполеон", "agent"), ("генерала Ж. Лористона", "participant")])
event("заключить перемирие", "Кутузов отказался заключить перемирие", "treaty",  # 26
      date="В конце сентября", place="Тарутино", assertion="negated", actors=[("Кутузов", "agent")])
event("нападали", "В Московской и Смоленской губерниях партизаны Д. В. Давыдова и А. Н. Сеславина нападали "  # 27
      "на обозы", "attack", date={"edtf": "1812-09-14/1812-11-30"}, place="Московская губерния",
      actors=[("партизаны Д. В. Давыдова и А. Н. Сеславина", "agent"), ("обозы", "target")],
      note="partisan war from the fall of Moscow into November; no date in the sentence")
event("нападали", "В Московской и Смоленской губерниях партизаны Д. В. Давыдова и А. Н. Сеславина нападали "  # 28
      "на обозы", "attack", date={"edtf": "1812-09-14/1812-11-30"}, place="Смоленская губерния",
      actors=[("партизаны Д. В. Давыдова и А. Н. Сеславина", "agent"), ("обозы", "target")],
      note="partisan war from the fall of Moscow into November; no date in the sentence")
event("истребляли", "В Московской и Смоленской губерниях партизаны Д. В. Давыдова и А. Н. Сеславина нападали "  # 29
      "на обозы, а крестьянские отряды истребляли фуражиров", "attack",
      date={"edtf": "1812-09-14/1812-11-30"}, place="Московская губерния",
      actors=[("крестьянские отряды", "agent"), ("фуражиров", "target")],
      note="peasant detachments against enemy foraging parties (soldiers, not civilians)")
event("истребляли", "В Московской и Смоленской губерниях партизаны Д. В. Давыдова и А. Н. Сеславина нападали "  # 30
      "на обозы, а крестьянские отряды истребляли фуражиров", "attack",
      date={"edtf": "1812-09-14/1812-11-30"}, place="Смоленская губерния",
      actors=[("крестьянские отряды", "agent"), ("фуражиров", "target")],
      note="peasant detachments against enemy foraging parties (soldiers, not civilians)")
event("атаковали", "6 октября русские войска атаковали авангард Мюрата на реке Чернишне", "attack",  # 31
      date="6 октября", place="Чернишня",
      actors=[("русские войска", "agent"), ("авангард Мюрата", "target")], note="the battle of Tarutino")
event("отбросили", "6 октября русские войска атаковали авангард Мюрата на реке Чернишне и отбросили его",  # 32
      "retreat", date="6 октября", place="Чернишня", actors=[("авангард Мюрата", "agent")],
      note="Murat's vanguard is driven back")
event("покинул", "7 октября Наполеон покинул Москву", "retreat",  # 33
      date="7 октября", place="Москва", actors=[("Наполеон", "agent")])
event("взорвал", "спустя несколько дней маршал Мортье взорвал часть Кремля", "explosion",  # 34
      date="спустя несколько дней", place="Москва", actors=[("маршал Мортье", "agent")])
event("бой", "12 октября за Малоярославец шёл бой, город восемь раз переходил из рук в руки", "battle",  # 35
      date="12 октября", place="Малоярославец")
event("прорваться", "Попытка Наполеона прорваться к Калуге не удалась", "attack",  # 36
      date="12 октября", place="Малоярославец", assertion="failed", same_as=35,
      actors=[("Наполеона", "agent")],
      note="the breakthrough was tried at Maloyaroslavets; Kaluga is only its goal")
event("повернул", "и он повернул к Можайску", "retreat",  # 37
      date={"edtf": "1812-10-24/1812-10-27"}, place="Можайск", actors=[("он", "agent")],
      note="place is the destination named in the text; date implied: right after Maloyaroslavets")
event("разбит", "22 октября его арьергард был разбит под Вязьмой", "battle",  # 38
      date="22 октября", place="Вязьма", actors=[("его арьергард", "target")])
event("принудили к сдаче", "28 октября партизаны у Ляхова принудили к сдаче бригаду генерала Ожеро — около "  # 39
      "2 тыс. человек", "battle", date="28 октября", place="Ляхово",
      actors=[("партизаны", "agent"), ("бригаду генерала Ожеро", "target")],
      quantities=[qty("около 2 тыс. человек", "prisoners", 2000, approximate=True)])
event("расстреливали", "По свидетельствам очевидцев, отступавшие французы расстреливали ослабевших русских "  # 40
      "пленных", "execution", date=NOV_RETREAT, assertion="reported",
      actors=[("отступавшие французы", "agent"), ("ослабевших русских пленных", "target")],
      note="during the retreat, 7 (19) October – early (mid) December; no place named")
event("боях", "В боях под Красным 3–6 ноября противник, по русским данным, потерял около 26 тыс. пленными",  # 41
      "battle", date="3–6 ноября", place="Красный", actors=[("противник", "participant")],
      quantities=[qty("около 26 тыс. пленными", "prisoners", 26000, approximate=True)],
      note="the battle is asserted; only the prisoner count is attributed to Russian data")
event("переправлялись", "С 14 по 17 ноября остатки Великой армии переправлялись через Березину у деревни "  # 42
      "Студянки", "retreat", date="С 14 по 17 ноября", place="Студянка",
      actors=[("остатки Великой армии", "agent")], note="the crossing of the Berezina at Studyanka")
event("окружить", "армия П. В. Чичагова не сумела их окружить", "attack",  # 43
      date="С 14 по 17 ноября", place="Березина", assertion="failed",
      actors=[("армия П. В. Чичагова", "agent"), ("их", "target")])
event("погибли", "при переправе погибли десятки тысяч человек", "retreat",  # 44
      date="С 14 по 17 ноября", place="Студянка", same_as=42,
      quantities=[qty("десятки тысяч человек", "fatalities", None, min=20000, max=90000, approximate=True)])
event("оставил войска", "23 ноября в Сморгони Наполеон оставил войска и уехал в Париж", "political_activity",  # 45
      date="23 ноября", place="Сморгонь", actors=[("Наполеон", "agent")],
      note="the emperor hands over command and leaves the army; Paris is only his destination")
event("заняли", "28 ноября русские заняли Вильну", "recapture",  # 46
      date="28 ноября", place="Вильна", actors=[("русские", "agent")])
event("ушли", "в начале декабря через Неман ушли лишь около 30 тыс. солдат", "retreat",  # 47
      date="в начале декабря", place="Неман",
      quantities=[qty("около 30 тыс. солдат", "participants", 30000, approximate=True)])
event("манифест", "25 декабря манифест Александра I возвестил об изгнании неприятеля из России", "decree",  # 48
      date="25 декабря", place="Россия", actors=[("Александра I", "agent")],
      note="place is the country the manifesto speaks of")
