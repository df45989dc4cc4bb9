"""Gold spec for bench/heldout/siberia_far_east_1919_1922.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style; no conversion is applied.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/siberia_far_east_1919_1922.txt"

gazetteer({
    "Сибирь": ("region", 60.0, 95.0, None),
    "Дальний Восток": ("region", 50.0, 135.0, None),
    "Уфа": ("settlement", 54.74, 55.97, None),
    "Бугуруслан": ("settlement", 53.66, 52.44, None),
    "Златоуст": ("settlement", 55.17, 59.66, None),
    "Екатеринбург": ("settlement", 56.85, 60.61, None),
    "Челябинск": ("settlement", 55.16, 61.43, None),
    "Омск": ("settlement", 54.99, 73.37, None),
    "Иркутск": ("settlement", 52.30, 104.29, None),
    "Нижнеудинск": ("settlement", 54.91, 99.03, None),
    "Ушаковка": ("river", 52.30, 104.30, None),
    "Байкал": ("lake", 53.5, 108.0, "Q5513"),
    "Чита": ("settlement", 52.04, 113.49, None),
    "Япония": ("polity", 35.68, 139.69, "Q17"),
    "Николаевск-на-Амуре": ("settlement", 53.15, 140.72, None),
    "Владивосток": ("settlement", 43.11, 131.87, None),
    "Хабаровск": ("settlement", 48.46, 135.10, None),
    "Северный Сахалин": ("region", 51.5, 143.0, None),
    "Верхнеудинск": ("settlement", 51.83, 107.60, None, "Улан-Удэ"),
    "Дальневосточная республика": ("polity", 52.04, 113.49, None),
    "Маньчжурия": ("region", 45.75, 126.65, None),
    "Урга": ("settlement", 47.91, 106.88, None, "Улан-Батор"),
    "Забайкалье": ("region", 52.0, 114.0, None),
    "Троицкосавск": ("settlement", 50.35, 106.45, None, "Кяхта"),
    "Новониколаевск": ("settlement", 55.02, 82.93, None, "Новосибирск"),
    "Волочаевка": ("settlement", 48.57, 134.56, None, "Волочаевка-1"),
    "Спасск": ("settlement", 44.60, 132.82, None, "Спасск-Дальний"),
    "Китай": ("polity", 39.90, 116.40, None),
    "РСФСР": ("polity", 55.75, 37.62, None),
})

# ---- dates, in reading order
date("В начале марта 1919 года", "1919-03-01/1919-03-10", "interval")
date("13 марта", "1919-03-13", "day", derivation="anchored")
date("в апреле", "1919-04", "month", derivation="anchored")
date("в конце апреля", "1919-04-21/1919-04-30", "interval", derivation="anchored")
date("9 июня", "1919-06-09", "day", derivation="anchored")
date("В июле", "1919-07", "month", derivation="anchored")
date("24 июля", "1919-07-24", "day", derivation="anchored")
date("14 ноября 1919 года", "1919-11-14", "day")
date("накануне", "1919-11-13", "day", derivation="computed", note="the day before 14 November 1919")
date("ещё раньше", None, None, kind="vague", derivation="anchored",
     note="earlier than 13 November 1919; no lower bound given")
date("в конце декабря", "1919-12-21/1919-12-31", "interval", derivation="anchored")
date("24 декабря", "1919-12-24", "day", derivation="anchored")
date("двухнедельных", None, None, kind="duration", duration="P2W")
date("5 января 1920 года", "1920-01-05", "day")
date("Накануне", "1920-01-04", "day", derivation="computed", note="the day before 5 January 1920")
date("15 января", "1920-01-15", "day", derivation="anchored")
date("через неделю", "1920-01-22", "day", derivation="computed", note="15 January + 7 days")
date("7 февраля", "1920-02-07", "day", derivation="anchored")
date("зимой 1919–1920 годов", "1919-12/1920-02", "season")
date("В начале марта", "1920-03-01/1920-03-10", "interval", derivation="anchored")
date("В марте 1920 года", "1920-03", "month")
date("В ночь на 5 апреля", "1920-04-04/1920-04-05", "day", derivation="anchored")
date("В конце мая", "1920-05-21/1920-05-31", "interval", derivation="anchored")
date("летом", "1920-22", "season", derivation="anchored")
date("6 апреля", "1920-04-06", "day", derivation="anchored")
date("Весной", "1920-21", "season", derivation="anchored")
date("22 октября", "1920-10-22", "day", derivation="anchored")
date("В начале февраля 1921 года", "1921-02-01/1921-02-10", "interval")
date("В мае", "1921-05", "month", derivation="anchored")
date("6 июля", "1921-07-06", "day", derivation="anchored")
date("в августе", "1921-08", "month", derivation="anchored")
date("15 сентября", "1921-09-15", "day", derivation="anchored")
date("Тем временем", "1921", "year", kind="vague", derivation="anchored",
     note="meanwhile, in 1921 (after the events of 1921 just told)")
date("в декабре", "1921-12", "month", derivation="anchored")
date("10–12 февраля 1922 года", "1922-02-10/1922-02-12", "interval")
date("через два дня", "1922-02-14", "day", derivation="computed", note="12 February (end of the battle) + 2 days")
date("Осенью", "1922-23", "season", derivation="anchored")
date("8–9 октября", "1922-10-08/1922-10-09", "interval", derivation="anchored")
date("25 октября", "1922-10-25", "day", derivation="anchored")
date("15 ноября 1922 года", "1922-11-15", "day")

# ---- places, in reading order
for quote, name in [
    ("Сибири", "Сибирь"), ("Дальнем Востоке", "Дальний Восток"),
    ("Уфу", "Уфа"), ("Бугуруслан", None), ("Уфу", "Уфа"), ("Златоуст", None), ("Екатеринбург", None),
    ("Челябинск", None),
    ("Омск", None), ("Сибири", "Сибирь"), ("Иркутск", None),
    ("Нижнеудинске", "Нижнеудинск"), ("Иркутске", "Иркутск"), ("Иркутске", "Иркутск"),
    ("Ушаковки", "Ушаковка"),
    ("Байкала", "Байкал"), ("Сибирским", "Сибирь"), ("Иркутску", "Иркутск"), ("Читы", "Чита"),
    ("Япония", None), ("Дальнем Востоке", "Дальний Восток"), ("Николаевска-на-Амуре", "Николаевск-на-Амуре"),
    ("Владивостоке", "Владивосток"), ("Хабаровске", "Хабаровск"), ("Николаевска", "Николаевск-на-Амуре"),
    ("Япония", None), ("Северный Сахалин", None),
    ("Верхнеудинске", "Верхнеудинск"), ("Дальневосточная республика", None), ("Читу", "Чита"),
    ("Маньчжурию", "Маньчжурия"), ("ДВР", "Дальневосточная республика"), ("Читу", "Чита"),
    ("Урги", "Урга"), ("Забайкалье", None), ("Троицкосавска", "Троицкосавск"), ("Ургу", "Урга"),
    ("Новониколаевске", "Новониколаевск"),
    ("Владивостоке", "Владивосток"), ("Хабаровск", None), ("Волочаевки", "Волочаевка"), ("Хабаровск", None),
    ("Спасск", None), ("Владивосток", None), ("Китай", None), ("ДВР", "Дальневосточная республика"),
    ("РСФСР", None),
]:
    place(quote, name)

# ---- events
event("перешли в общее наступление",  # 0
      "В начале марта 1919 года армии адмирала Колчака перешли в общее наступление", "attack",
      date="В начале марта 1919 года", actors=[("армии адмирала Колчака", "agent")],
      note="the text names no place for the offensive as a whole")
event("заняли", "13 марта белые заняли Уфу", "capture", date="13 марта", place="Уфа",  # 1
      actors=[("белые", "agent")])
event("заняли", "13 марта белые заняли Уфу, в апреле — Бугуруслан", "capture",  # 2
      date="в апреле", place="Бугуруслан", actors=[("белые", "agent")], note="elided verb")
event("нанесла контрудар", "в конце апреля Южная группа Фрунзе нанесла контрудар", "attack",  # 3
      date="в конце апреля", actors=[("Южная группа Фрунзе", "agent")])
event("отбили", "9 июня красные отбили Уфу", "recapture", date="9 июня", place="Уфа",  # 4
      actors=[("красные", "agent")])
event("оставлены", "В июле белыми были оставлены Златоуст", "retreat", date="В июле",  # 5
      place="Златоуст", actors=[("белыми", "agent")])
event("оставлены", "В июле белыми были оставлены Златоуст и Екатеринбург", "retreat", date="В июле",  # 6
      place="Екатеринбург", actors=[("белыми", "agent")])
event("вошли", "24 июля красные вошли в Челябинск", "capture", date="24 июля", place="Челябинск",  # 7
      actors=[("красные", "agent")])
event("окружить", "попытка белых окружить их под городом провалилась", "attack",  # 8
      date="24 июля", place="Челябинск", assertion="failed", actors=[("белых", "agent")],
      note="'под городом' = Chelyabinsk; date from the same sentence (the counter-attack followed it)")
event("боях", "по данным красных, в этих боях было взято около 15 тыс. пленных", "battle",  # 9
      date="24 июля", place="Челябинск", same_as=8,
      quantities=[qty("около 15 тыс. пленных", "prisoners", 15000, approximate=True)],
      note="only the prisoner count is attributed (to red sources); the fighting is asserted")
event("вступила", "14 ноября 1919 года 5-я армия вступила в Омск", "capture",  # 10
      date="14 ноября 1919 года", place="Омск", actors=[("5-я армия", "agent")])
event("сдана", "Столица белой Сибири была сдана почти без боя, и в ней, по советским сводкам, "  # 11
      "захватили более 30 тыс. пленных", "capture", date="14 ноября 1919 года", place="Омск", same_as=10,
      quantities=[qty("более 30 тыс. пленных", "prisoners", 30000, min=30000, approximate=True)],
      note="'Столица белой Сибири' = Omsk; only the prisoner count is attributed (Soviet reports)")
event("покинул", "Колчак покинул город накануне", "retreat", date="накануне", place="Омск",  # 12
      actors=[("Колчак", "agent")])
event("выехало", "его правительство ещё раньше выехало в Иркутск", "retreat", place="Иркутск",  # 13
      actors=[("его правительство", "agent")],
      note="evacuation of the government; place is the destination; date only 'earlier than 13 November 1919'")
event("восстали", "24 декабря в Иркутске восстали сторонники эсеро-меньшевистского Политического центра",  # 14
      "uprising", date="24 декабря", place="Иркутск",
      actors=[("сторонники эсеро-меньшевистского Политического центра", "agent")])
event("боёв", "после двухнедельных боёв, 5 января 1920 года", "battle",  # 15
      date={"edtf": "1919-12-22/1920-01-05"}, place="Иркутск",
      note="two weeks of fighting up to 5 January 1920: 5 January - P2W = 22 December")
event("перешла", "5 января 1920 года, власть в городе перешла к ним", "capture",  # 16
      date="5 января 1920 года", place="Иркутск",
      actors=[("сторонники эсеро-меньшевистского Политического центра", "agent")],
      note="the Political Centre takes power in Irkutsk; agent named in the previous clause")
event("сложил с себя звание", "Накануне Колчак сложил с себя звание Верховного правителя",  # 17
      "political_activity", date="Накануне", place="Нижнеудинск", actors=[("Колчак", "agent")],
      note="abdication; Kolchak was then at Nizhneudinsk, where the text last placed his train")
event("выдали", "15 января чехи выдали его Политцентру", "arrest", date="15 января", place="Иркутск",  # 18
      actors=[("чехи", "agent"), ("Политцентру", "participant")],
      note="Kolchak handed over to the Political Centre in Irkutsk")
event("взял", "через неделю власть в Иркутске взял большевистский ревком", "capture",  # 19
      date="через неделю", place="Иркутск", actors=[("большевистский ревком", "agent")])
event("расстрелян", "7 февраля Колчак был расстрелян на берегу Ушаковки", "execution",  # 20
      date="7 февраля", place="Ушаковка", actors=[("Колчак", "target")],
      note="the bank of the Ushakovka at Irkutsk")
event("шли на восток", "Остатки армии генерала Каппеля зимой 1919–1920 годов шли на восток по тайге "  # 21
      "и льду Байкала", "retreat", date="зимой 1919–1920 годов", place="Байкал",
      actors=[("Остатки армии генерала Каппеля", "agent")])
event("переход", "этот переход назовут Великим Сибирским Ледяным походом", "retreat",  # 22
      date="зимой 1919–1920 годов", place="Байкал", same_as=21,
      note="the Great Siberian Ice March")
event("подошли", "Каппелевцы подошли к Иркутску", "reinforcement", date="зимой 1919–1920 годов",  # 23
      place="Иркутск", actors=[("Каппелевцы", "agent")])
event("штурмовать", "Каппелевцы подошли к Иркутску, но штурмовать его не стали", "attack",  # 24
      date="зимой 1919–1920 годов", place="Иркутск", assertion="negated", actors=[("Каппелевцы", "agent")])
event("добрались", "В начале марта, по разным оценкам, от 20 до 30 тыс. человек добрались до Читы",  # 25
      "reinforcement", date="В начале марта", place="Чита",
      quantities=[qty("от 20 до 30 тыс. человек", "participants", None, min=20000, max=30000,
                      approximate=True)],
      note="only the count is attributed ('по разным оценкам'); the arrival is asserted")
event("уходить", "Япония, державшая на Дальнем Востоке до 70 тыс. солдат, уходить не спешила",  # 26
      "retreat", date={"edtf": "1920"}, place="Дальний Восток", assertion="negated",
      actors=[("Япония", "agent")],
      quantities=[qty("до 70 тыс. солдат", "participants", 70000, max=70000, approximate=True)],
      note="Japan did not withdraw; no date named, the narrative is in 1920")
event("напал", "В марте 1920 года японский гарнизон Николаевска-на-Амуре напал на занявших город "  # 27
      "партизан Тряпицына, но был разбит", "attack", date="В марте 1920 года", place="Николаевск-на-Амуре",
      assertion="failed",
      actors=[("японский гарнизон Николаевска-на-Амуре", "agent"), ("партизан Тряпицына", "target")])
event("занявших", "занявших город партизан Тряпицына", "capture", place="Николаевск-на-Амуре",  # 28
      actors=[("партизан Тряпицына", "agent")],
      note="the partisans had taken the town before March 1920; the text gives no date")
event("атаковали", "В ночь на 5 апреля японцы атаковали русские гарнизоны во Владивостоке",  # 29
      "attack", date="В ночь на 5 апреля", place="Владивосток",
      actors=[("японцы", "agent"), ("русские гарнизоны", "target")])
event("атаковали", "В ночь на 5 апреля японцы атаковали русские гарнизоны во Владивостоке и Хабаровске",  # 30
      "attack", date="В ночь на 5 апреля", place="Хабаровск",
      actors=[("японцы", "agent"), ("русские гарнизоны", "target")])
event("схвачен", "Был схвачен Лазо", "arrest", date="В ночь на 5 апреля", place="Владивосток",  # 31
      actors=[("Лазо", "target")], note="Lazo was seized in Vladivostok (general knowledge)")
event("сожгли", "его, как говорили, якобы сожгли в паровозной топке", "execution",  # 32
      date={"edtf": "1920-04/1920-05"}, assertion="disputed",
      note="'якобы': the writer doubts the story; no date or place named (after the April arrest)")
event("перебили", "В конце мая, перед подходом японского десанта, партизаны перебили пленных и часть "  # 33
      "жителей Николаевска", "massacre", date="В конце мая", place="Николаевск-на-Амуре",
      actors=[("партизаны", "agent"), ("пленных", "target"), ("часть жителей Николаевска", "target")])
event("подходом", "перед подходом японского десанта", "reinforcement",  # 34
      date={"edtf": "1920-05/1920-06"}, place="Николаевск-на-Амуре", actors=[("японского десанта", "agent")],
      note="the Japanese relief landing arrived just after the end of May")
event("сожгли", "партизаны перебили пленных и часть жителей Николаевска и сожгли его", "looting",  # 35
      date="В конце мая", place="Николаевск-на-Амуре", actors=[("партизаны", "agent")],
      note="the town burned")
event("Погибли", "Погибли более 700 японцев и несколько тысяч русских", "massacre",  # 36
      date="В конце мая", place="Николаевск-на-Амуре", same_as=33,
      quantities=[qty("более 700 японцев", "fatalities", 700, min=700, approximate=True),
                  qty("несколько тысяч русских", "fatalities", None, min=2000, max=9000, approximate=True)])
event("оккупировала", "В ответ летом Япония оккупировала Северный Сахалин", "occupation",  # 37
      date="летом", place="Северный Сахалин", actors=[("Япония", "agent")])
event("провозглашена", "6 апреля в Верхнеудинске была провозглашена Дальневосточная республика",  # 38
      "founding", date="6 апреля", place="Верхнеудинск")
event("взять", "Весной её армия дважды пыталась взять Читу, где держался атаман Семёнов, но безуспешно",  # 39
      "attack", date="Весной", place="Чита", assertion="failed",
      actors=[("её армия", "agent"), ("атаман Семёнов", "target")],
      note="two failed attempts, coded once: the text does not tell them apart")
event("ухода", "после ухода японцев", "retreat", date={"edtf": "1920-06/1920-10-22"}, place="Чита",  # 40
      actors=[("японцев", "agent")],
      note="Japanese withdrawal from Chita/Transbaikalia, after the spring and before 22 October")
event("заняли", "Лишь 22 октября, после ухода японцев, партизаны заняли город", "capture",  # 41
      date="22 октября", place="Чита", actors=[("партизаны", "agent")])
event("бежал", "Семёнов, по сообщениям газет, бежал на аэроплане в Маньчжурию", "retreat",  # 42
      date="22 октября", place="Маньчжурия", assertion="reported", actors=[("Семёнов", "agent")],
      note="attributed to newspaper reports; place is the destination")
event("перенесена", "столица ДВР была перенесена в Читу", "political_activity", date="22 октября",  # 43
      place="Чита")
event("выбил", "В начале февраля 1921 года барон Унгерн выбил китайцев из Урги", "capture",  # 44
      date="В начале февраля 1921 года", place="Урга",
      actors=[("барон Унгерн", "agent"), ("китайцев", "target")])
event("вторглась", "В мае его дивизия вторглась в Забайкалье", "attack", date="В мае", place="Забайкалье",  # 45
      actors=[("его дивизия", "agent")])
event("отбита", "В мае его дивизия вторглась в Забайкалье, но у Троицкосавска была отбита", "attack",  # 46
      date="В мае", place="Троицкосавск", assertion="failed", same_as=45, actors=[("его дивизия", "agent")],
      note="the invasion was repulsed at Troitskosavsk")
event("вошли", "6 июля красные и монгольские части вошли в Ургу", "capture", date="6 июля", place="Урга",  # 47
      actors=[("красные и монгольские части", "agent")])
event("захвачен", "в августе Унгерн был захвачен", "arrest", date="в августе",  # 48
      actors=[("Унгерн", "target")], note="no place named")
event("расстрелян", "в августе Унгерн был захвачен, а 15 сентября расстрелян в Новониколаевске",  # 49
      "execution", date="15 сентября", place="Новониколаевск", actors=[("Унгерн", "target")])
event("перешла", "Тем временем во Владивостоке при поддержке японцев власть перешла к белым", "capture",  # 50
      date="Тем временем", place="Владивосток",
      actors=[("белым", "agent"), ("японцев", "participant")],
      note="the white seizure of power in Vladivostok (May 1921)")
event("взяли", "в декабре их войска взяли Хабаровск", "capture", date="в декабре", place="Хабаровск",  # 51
      actors=[("их войска", "agent")])
event("штурмовали", "10–12 февраля 1922 года около 6 тыс. бойцов Блюхера штурмовали укрепления "  # 52
      "у Волочаевки", "battle", date="10–12 февраля 1922 года", place="Волочаевка",
      actors=[("бойцов Блюхера", "agent")],
      quantities=[qty("около 6 тыс. бойцов", "participants", 6000, approximate=True)])
event("заняли", "через два дня вновь заняли Хабаровск", "recapture", date="через два дня",  # 53
      place="Хабаровск", actors=[("бойцов Блюхера", "agent")])
event("вывод войск", "Осенью японцы начали вывод войск", "retreat", date="Осенью",  # 54
      actors=[("японцы", "agent")], note="withdrawal from Primorye; no place named")
event("взят", "8–9 октября был взят Спасск", "capture", date="8–9 октября", place="Спасск")  # 55
event("вступила", "25 октября Народно-революционная армия вступила во Владивосток", "occupation",  # 56
      date="25 октября", place="Владивосток", actors=[("Народно-революционная армия", "agent")])
event("ушли", "Остатки белых ушли в Китай", "retreat", date={"edtf": "1922-10/1922-11"}, place="Китай",  # 57
      actors=[("Остатки белых", "agent")], note="place is the destination; date implied (after 25 October)")
event("вошла в состав", "15 ноября 1922 года ДВР вошла в состав РСФСР", "accession",  # 58
      date="15 ноября 1922 года", place="Дальневосточная республика",
      actors=[("ДВР", "agent"), ("РСФСР", "participant")])
