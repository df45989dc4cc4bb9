"""Gold spec for bench/heldout/hundred_years_war_1337_1360.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/hundred_years_war_1337_1360.txt"

gazetteer({
    "Франция": ("polity", 48.86, 2.35, None),
    "Гиень": ("region", 44.84, -0.58, None),
    "Гент": ("settlement", 51.05, 3.72, "Q1296"),
    "Слейс": ("settlement", 51.31, 3.39, None),
    "Эклюз": ("settlement", 51.31, 3.39, None, "Слейс"),
    "Фландрия": ("region", 50.95, 3.2, None),
    "Сен-Ва-ла-Ог": ("settlement", 49.59, -1.27, None),
    "Нормандия": ("region", 49.1, 0.0, None),
    "Кан": ("settlement", 49.18, -0.37, None),
    "Сомма": ("river", 50.12, 1.76, None),
    "Креси": ("settlement", 50.25, 1.88, None),
    "Богемия": ("polity", 50.08, 14.42, None),
    "Кале": ("settlement", 50.95, 1.86, None),
    "Марсель": ("settlement", 43.3, 5.37, "Q23482"),
    "Париж": ("settlement", 48.86, 2.35, "Q90"),
    "Англия": ("polity", 52.5, -1.5, "Q21"),
    "Бержерак": ("settlement", 44.85, 0.48, None),
    "Пуатье": ("settlement", 46.58, 0.34, None),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Сен-Лё-д'Эссеран": ("settlement", 49.22, 2.42, None),
    "Бовези": ("region", 49.43, 2.08, None),
    "Мо": ("settlement", 48.96, 2.88, None),
    "Мелло": ("settlement", 49.27, 2.37, None),
    "Реймс": ("settlement", 49.26, 4.03, None),
    "Шартр": ("settlement", 48.45, 1.49, None),
    "Бретиньи": ("settlement", 48.41, 1.58, None),
    "Аквитания": ("region", 44.84, -0.58, None),
    "Понтьё": ("region", 50.1, 1.83, None),
})

# ---- dates, in reading order (Julian, as the text states once; all before 1582, so taken as written)
date("1337–1360", "1337/1360", "interval")
date("24 мая 1337 года", "1337-05-24", "day", note="Julian, taken as written (before 1582)")
date("в январе 1340 года", "1340-01", "month")
date("24 июня 1340 года", "1340-06-24", "day")
date("К вечеру", "1340-06-24", "day", derivation="anchored", note="the evening of the battle day")
date("12 июля 1346 года", "1346-07-12", "day")
date("26 июля", "1346-07-26", "day", derivation="anchored")
date("24 августа", "1346-08-24", "day", derivation="anchored")
date("Через два дня", "1346-08-26", "day", derivation="computed", note="24 August + 2 days")
date("до ночи", "1346-08-26", "day", derivation="anchored", note="until nightfall of the battle day")
date("4 сентября", "1346-09-04", "day", derivation="anchored")
date("почти одиннадцать месяцев", None, None, kind="duration", duration="P11M", note="approximate: 'almost'")
date("В конце июля 1347 года", "1347-07-21/1347-07-31", "interval")
date("1 августа", "1347-08-01", "day", derivation="anchored")
date("Через два дня", "1347-08-03", "day", derivation="computed", note="1 August + 2 days")
date("28 сентября 1347 года", "1347-09-28", "day")
date("Вскоре", "1347-09-28/1347-12-31", "interval", kind="vague", derivation="anchored",
     note="soon after the truce of 28 September 1347")
date("летом 1348 года", "1348-22", "season")
date("22 августа 1350 года", "1350-08-22", "day")
date("В начале августа 1356 года", "1356-08-01/1356-08-10", "interval")
date("19 сентября", "1356-09-19", "day", derivation="anchored")
date("Весной 1357 года", "1357-21", "season")
date("22 февраля 1358 года", "1358-02-22", "day")
date("вскоре", "1358-02-22/1358-03-31", "interval", kind="vague", derivation="anchored",
     note="soon after 22 February 1358")
date("28 мая", "1358-05-28", "day", derivation="anchored")
date("9 июня", "1358-06-09", "day", derivation="anchored")
date("На следующий день", "1358-06-10", "day", derivation="computed", note="9 June + 1 day")
date("31 июля", "1358-07-31", "day", derivation="anchored")
date("весной 1359 года", "1359-21", "season")
date("28 октября", "1359-10-28", "day", derivation="anchored")
date("4 декабря", "1359-12-04", "day", derivation="anchored")
date("около пяти недель", None, None, kind="duration", duration="P5W", note="approximate")
date("Весной 1360 года", "1360-21", "season")
date("13 апреля", "1360-04-13", "day", derivation="anchored")
date("8 мая 1360 года", "1360-05-08", "day")
date("24 октября", "1360-10-24", "day", derivation="anchored")
date("вскоре", "1360-10-24/1360-12-31", "interval", kind="vague", derivation="anchored",
     note="soon after the ratification of 24 October 1360")

# ---- places, in reading order
for quote, name in [
    ("Франции", "Франция"), ("Гиени", "Гиень"), ("Генте", "Гент"), ("Франции", "Франция"),
    ("Слейса", "Слейс"), ("Эклюза", "Эклюз"), ("Фландрии", "Фландрия"),
    ("Сен-Ва-ла-Ог", None), ("Нормандии", "Нормандия"), ("Кан", None), ("Сомме", "Сомма"),
    ("Креси", None), ("Богемии", "Богемия"),
    ("Кале", None),
    ("Марсель", None), ("Париж", None), ("Англию", "Англия"),
    ("Бержерака", "Бержерак"), ("Пуатье", None), ("Лондон", None),
    ("Париже", "Париж"),
    ("Сен-Лё-д'Эссеране", "Сен-Лё-д'Эссеран"), ("Бовези", None), ("Мо", None), ("Мелло", None),
    ("Парижа", "Париж"),
    ("Лондоне", "Лондон"), ("Кале", None), ("Реймс", None), ("Реймса", "Реймс"), ("Парижу", "Париж"),
    ("Шартра", "Шартр"),
    ("Бретиньи", None), ("Аквитанию", "Аквитания"), ("Кале", None), ("Понтьё", None), ("Кале", None),
    ("Францию", "Франция"),
]:
    place(quote, name)

# ---- events
event("объявил о конфискации", "24 мая 1337 года король Франции Филипп VI объявил о конфискации Гиени",  # 0
      "decree", date="24 мая 1337 года", place="Гиень",
      actors=[("король Франции Филипп VI", "agent")])
event("притязаниями", "Эдуард ответил притязаниями на корону", "political_activity",  # 1
      date={"edtf": "1337-05/1340-01"}, actors=[("Эдуард", "agent")],
      note="claim to the French crown, between the confiscation and January 1340; the text gives no date")
event("принял титул", "Эдуард ответил притязаниями на корону и в январе 1340 года в Генте принял титул "  # 2
      "короля Франции", "political_activity", date="в январе 1340 года", place="Гент",
      actors=[("Эдуард", "agent")])
event("атаковал", "24 июня 1340 года английский флот атаковал французские корабли в гавани Слейса",  # 3
      "battle", date="24 июня 1340 года", place="Слейс",
      actors=[("английский флот", "agent"), ("французские корабли", "target")])
event("уничтожен", "К вечеру французский флот был почти уничтожен", "battle", same_as=3,  # 4
      date="К вечеру", place="Слейс", actors=[("французский флот", "target")])
event("погибших", "Хронисты писали о 16–20 тыс. погибших, что историки считают преувеличением", "battle",  # 5
      same_as=3, date={"edtf": "1340-06-24"}, place="Слейс",
      quantities=[qty("16–20 тыс. погибших", "fatalities", None, min=16000, max=20000, approximate=True)],
      note="the battle is asserted; the chroniclers' count is passed on and said to be exaggerated")
event("повесили", "Адмирал Кирье пал в бою, а его соратника Беюше повесили", "execution",  # 6
      date={"edtf": "1340-06-24/1340-06-30"}, place="Слейс", actors=[("Беюше", "target")],
      note="after the battle; the text gives no day")
event("высадилась", "12 июля 1346 года армия Эдуарда высадилась у Сен-Ва-ла-Ог в Нормандии",  # 7
      "reinforcement", date="12 июля 1346 года", place="Сен-Ва-ла-Ог", actors=[("армия Эдуарда", "agent")])
event("взяла", "12 июля 1346 года армия Эдуарда высадилась у Сен-Ва-ла-Ог в Нормандии, а 26 июля "  # 8
      "штурмом взяла Кан", "capture", date="26 июля", place="Кан", actors=[("армия Эдуарда", "agent")])
event("разграблен", "город был разграблен", "looting", date="26 июля", place="Кан")  # 9
event("прорвались", "24 августа англичане прорвались через брод на Сомме", "battle",  # 10
      date="24 августа", place="Сомма", actors=[("англичане", "agent")],
      note="a forced crossing of the ford")
event("встретили", "Через два дня при Креси около 12 тыс. англичан встретили вдвое большее войско "  # 11
      "Филиппа VI", "battle", date="Через два дня", place="Креси",
      actors=[("англичан", "participant"), ("войско Филиппа VI", "participant")],
      quantities=[qty("около 12 тыс. англичан", "participants", 12000, approximate=True)])
event("атаковали", "Французы до ночи атаковали холм, но их атаки захлебнулись", "attack",  # 12
      date="до ночи", place="Креси", assertion="failed", actors=[("Французы", "agent")])
event("убитых", "Среди павших был король Богемии Иоганн; герольды насчитали более 1500 убитых рыцарей "  # 13
      "и оруженосцев", "battle", same_as=11, date="Через два дня", place="Креси",
      actors=[("король Богемии Иоганн", "participant")],
      quantities=[qty("более 1500 убитых рыцарей и оруженосцев", "fatalities", 1500, min=1500,
                      approximate=True)],
      note="the count is the heralds'; it is passed on without doubt")
event("бежал", "Раненый Филипп бежал с поля", "retreat", date={"edtf": "1346-08-26/1346-08-27"},  # 14
      place="Креси", actors=[("Раненый Филипп", "agent")])
event("осадили", "4 сентября англичане осадили Кале", "siege", date="4 сентября", place="Кале",  # 15
      actors=[("англичане", "agent")])
event("держался", "Город держался почти одиннадцать месяцев", "siege", same_as=15,  # 16
      date={"edtf": "1346-09-04/1347-08-03"}, place="Кале",
      note="from 4 September 1346 to the surrender of 3 August 1347")
event("привёл армию на выручку", "В конце июля 1347 года Филипп VI привёл армию на выручку", "reinforcement",  # 17
      date="В конце июля 1347 года", place="Кале", actors=[("Филипп VI", "agent")])
event("битву", "Филипп VI привёл армию на выручку, однако не решился на битву", "battle",  # 18
      date="В конце июля 1347 года", place="Кале", assertion="negated", actors=[("Филипп VI", "participant")])
event("отступил", "Филипп VI привёл армию на выручку, однако не решился на битву и 1 августа отступил",  # 19
      "retreat", date="1 августа", place="Кале", actors=[("Филипп VI", "agent")])
event("сдался", "Через два дня гарнизон сдался", "capture", date="Через два дня", place="Кале",  # 20
      actors=[("гарнизон", "target")], note="the English take the town on the garrison's surrender")
event("помиловали", "По преданию, шестерых горожан, вышедших к королю с верёвками на шее, помиловали по "  # 21
      "просьбе королевы", "amnesty", date={"edtf": "1347-08"}, place="Кале", assertion="reported",
      actors=[("шестерых горожан", "target")])
event("заключили перемирие", "28 сентября 1347 года стороны заключили перемирие", "treaty",  # 22
      date="28 сентября 1347 года", actors=[("стороны", "participant")])
event("продлевали", "перемирие не раз продлевали", "treaty", date={"edtf": "1348/1355"},  # 23
      note="repeated extensions of the truce, after 1348 and before the campaign of 1356")
event("унаследовал", "22 августа 1350 года Филипп VI умер, и престол унаследовал Иоанн II",  # 24
      "political_activity", date="22 августа 1350 года", actors=[("Иоанн II", "agent")],
      note="accession to the throne")
event("выступил в набег", "В начале августа 1356 года Чёрный принц выступил в набег из Бержерака",  # 25
      "attack", date="В начале августа 1356 года", place="Бержерак", actors=[("Чёрный принц", "agent")],
      note="a raid (chevauchée) setting out from Bergerac")
event("разбили", "19 сентября у Пуатье его 6–8 тыс. воинов разбили армию Иоанна II", "battle",  # 26
      date="19 сентября", place="Пуатье",
      actors=[("его 6–8 тыс. воинов", "agent"), ("армию Иоанна II", "target")],
      quantities=[qty("6–8 тыс. воинов", "participants", None, min=6000, max=8000, approximate=True)])
event("провалилась", "Атака французских рыцарей провалилась", "attack",  # 27
      date="19 сентября", place="Пуатье", assertion="failed", actors=[("французских рыцарей", "agent")])
event("взят в плен", "король был взят в плен вместе с сыном Филиппом", "arrest",  # 28
      date="19 сентября", place="Пуатье", actors=[("король", "target"), ("сыном Филиппом", "target")],
      note="taken prisoner on the battlefield")
event("увезли", "Весной 1357 года пленника увезли в Лондон", "deportation",  # 29
      date="Весной 1357 года", place="Лондон", actors=[("пленника", "target")],
      note="the captive king is taken to England; the place is the destination")
event("убили", "22 февраля 1358 года его сторонники на глазах дофина Карла убили двух маршалов", "attack",  # 30
      date="22 февраля 1358 года", place="Париж",
      actors=[("его сторонники", "agent"), ("двух маршалов", "target")],
      quantities=[qty("двух маршалов", "fatalities", 2)])
event("покинул", "вскоре дофин покинул столицу", "retreat", date="вскоре", place="Париж",  # 31
      actors=[("дофин", "agent")], note="the capital is Paris, named in the paragraph's first sentence")
event("перебили", "28 мая в Сен-Лё-д'Эссеране, в Бовези, крестьяне перебили нескольких дворян",  # 32
      "attack_on_civilians", date="28 мая", place="Сен-Лё-д'Эссеран",
      actors=[("крестьяне", "agent"), ("нескольких дворян", "target")],
      quantities=[qty("нескольких дворян", "fatalities", None, min=3, max=9)])
event("Жакерия", "28 мая в Сен-Лё-д'Эссеране, в Бовези, крестьяне перебили нескольких дворян; так "  # 33
      "началась Жакерия", "uprising", date="28 мая", place="Бовези", actors=[("крестьяне", "agent")])
event("жгли замки", "Восставшие во главе с Гильомом Калем жгли замки", "looting",  # 34
      date={"edtf": "1358-05-28/1358-06-10"}, place="Бовези", actors=[("Восставшие", "agent")])
event("напал", "9 июня отряд крестьян и парижан напал на рынок Мо, но был отбит рыцарями", "attack",  # 35
      date="9 июня", place="Мо", assertion="failed",
      actors=[("отряд крестьян и парижан", "agent"), ("рыцарями", "target")])
event("разгромил", "На следующий день при Мелло Карл Наваррский разгромил повстанцев", "suppression",  # 36
      date="На следующий день", place="Мелло",
      actors=[("Карл Наваррский", "agent"), ("повстанцев", "target")])
event("схватили", "а Каля схватили на переговорах", "arrest", date="На следующий день", place="Мелло",  # 37
      actors=[("Каля", "target")])
event("казнили", "а Каля схватили на переговорах и казнили", "execution",  # 38
      date={"edtf": "1358-06"}, place="Мелло", actors=[("Каля", "target")],
      note="the text gives no day of the execution; it follows the seizure of 10 June")
event("расправе", "По словам хронистов, при расправе погибло до 20 тыс. крестьян", "massacre",  # 39
      date={"edtf": "1358-06/1358-07"}, place="Бовези", assertion="reported",
      actors=[("крестьян", "target")],
      quantities=[qty("до 20 тыс. крестьян", "fatalities", 20000, max=20000, approximate=True)])
event("убит", "31 июля Марсель был убит у ворот Парижа", "attack", date="31 июля", place="Париж",  # 40
      actors=[("Марсель", "target")], note="Étienne Marcel, not the city")
event("подписанный", "Договор, подписанный пленным королём в Лондоне весной 1359 года", "treaty",  # 41
      date="весной 1359 года", place="Лондон", actors=[("пленным королём", "participant")])
event("отвергли", "Договор, подписанный пленным королём в Лондоне весной 1359 года, Генеральные штаты "  # 42
      "отвергли", "non_recognition", date="весной 1359 года",
      actors=[("Генеральные штаты", "agent")], note="the Estates-General reject the treaty")
event("высадился", "28 октября Эдуард III высадился в Кале", "reinforcement", date="28 октября",  # 43
      place="Кале", actors=[("Эдуард III", "agent")])
event("Осада", "Осада Реймса, начатая 4 декабря, длилась около пяти недель и окончилась ничем", "siege",  # 44
      date={"edtf": "1359-12-04/1360-01-08"}, place="Реймс", assertion="failed",
      note="4 December + about five weeks")
event("подступали", "Весной 1360 года англичане безуспешно подступали к Парижу", "attack",  # 45
      date="Весной 1360 года", place="Париж", assertion="failed", actors=[("англичане", "agent")])
event("заключён мир", "8 мая 1360 года в Бретиньи был заключён мир", "treaty",  # 46
      date="8 мая 1360 года", place="Бретиньи")
event("отказывался", "Эдуард отказывался от французской короны", "political_activity",  # 47
      date="8 мая 1360 года", actors=[("Эдуард", "agent")], note="renunciation of the claim, a term of the treaty")
event("получал в полную власть", "Эдуард отказывался от французской короны, но получал в полную власть "  # 48
      "Аквитанию, Кале и Понтьё", "territorial_transfer", date="8 мая 1360 года", place="Аквитания",
      actors=[("Эдуард", "participant")])
event("получал в полную власть", "Эдуард отказывался от французской короны, но получал в полную власть "  # 49
      "Аквитанию, Кале и Понтьё", "territorial_transfer", date="8 мая 1360 года", place="Кале",
      actors=[("Эдуард", "participant")])
event("получал в полную власть", "Эдуард отказывался от французской короны, но получал в полную власть "  # 50
      "Аквитанию, Кале и Понтьё", "territorial_transfer", date="8 мая 1360 года", place="Понтьё",
      actors=[("Эдуард", "participant")])
event("подтверждён", "24 октября договор был подтверждён в Кале", "treaty", date="24 октября",  # 51
      place="Кале", note="ratification of the Brétigny treaty")
