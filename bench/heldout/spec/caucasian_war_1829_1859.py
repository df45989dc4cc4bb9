"""Gold spec for bench/heldout/caucasian_war_1829_1859.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style (Julian), as Russian histories of the Caucasian War
give them. Day and month values are converted to Gregorian (+12 days in the 19th century) and each
note states the conversion; seasons, years and coarser values are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/caucasian_war_1829_1859.txt"

OS = "Old Style (Julian) {} = {} Gregorian"
OS_CONTEXT = "Old Style by the narrative's convention: {} Julian = {} Gregorian"

gazetteer({
    "Гимры": ("settlement", 42.76, 46.84, None),
    "Дагестан": ("region", 42.5, 46.9, None),
    "Россия": ("polity", 59.94, 30.31, "Q34266"),
    "Хунзах": ("settlement", 42.54, 46.71, None),
    "Аварское ханство": ("polity", 42.54, 46.71, None),
    "Дербент": ("settlement", 42.06, 48.29, None),
    "Кизляр": ("settlement", 43.85, 46.71, None),
    "Терек": ("river", 43.85, 46.7, None),
    "Тифлис": ("settlement", 41.72, 44.79, "Q994", "Тбилиси"),
    "Ахульго": ("mountain", 42.78, 46.75, None),
    "Андийское Койсу": ("river", 42.78, 46.76, None),
    "Чечня": ("region", 43.3, 45.8, None),
    "Гергебиль": ("settlement", 42.5, 47.07, None),
    "Темир-Хан-Шура": ("settlement", 42.82, 47.12, None, "Буйнакск"),
    "Дарго": ("settlement", 42.96, 46.24, None),
    "Герзель-аул": ("settlement", 43.26, 46.41, None),
    "Нуха": ("settlement", 41.19, 47.17, None, "Шеки"),
    "Грозная": ("settlement", 43.32, 45.69, None, "Грозный"),
    "Большая Чечня": ("region", 43.15, 45.95, None),
    "Ведено": ("settlement", 42.97, 46.1, None),
    "Гуниб": ("mountain", 42.39, 46.94, None),
    "Калуга": ("settlement", 54.51, 36.26, None),
})

# ---- dates, in reading order
date("В 1829 году", "1829", "year")
date("вскоре", "1829/1830", "interval", kind="vague", derivation="anchored",
     note="'soon' after the declaration of 1829")
date("В феврале 1830 года", "1830-02-13/1830-03-12", "month",
     note=OS_CONTEXT.format("February 1830", "13 February – 12 March 1830"))
date("Летом 1831 года", "1831-22", "season", note="season precision: calendar shift ignored")
date("1 ноября", "1831-11-13", "day", derivation="anchored", note=OS.format("1 November 1831", "13 November"))
date("В тот же вечер", "1831-11-13", "day", derivation="anchored", note="the evening of the raid on Kizlyar")
date("Осенью 1832 года", "1832-23", "season")
date("17 октября", "1832-10-29", "day", derivation="anchored", note=OS.format("17 October 1832", "29 October"))
date("В августе 1834 года", "1834-08-13/1834-09-12", "month",
     note=OS_CONTEXT.format("August 1834", "13 August – 12 September"))
date("В тот же день", "1834-08-13/1834-09-12", "month", derivation="anchored",
     note="the day the khans were killed; the text gives only the month (August, Old Style)")
date("через месяц", "1834-09-13/1834-10-12", "month", derivation="computed",
     note="August + one month = September 1834 Julian = 13 September – 12 October Gregorian")
date("Летом 1837 года", "1837-22", "season")
date("нескольких дней", None, None, kind="duration", note="unquantified: a few days")
date("Осенью", "1837-23", "season", derivation="anchored")
date("12 июня 1839 года", "1839-06-24", "day", note=OS.format("12 June 1839", "24 June 1839"))
date("более двух месяцев", None, None, kind="duration", duration="P2M", note="more than two months")
date("22 августа", "1839-09-03", "day", derivation="anchored", note=OS.format("22 August 1839", "3 September"))
date("вскоре", "1839-09-03/1839-10-31", "interval", kind="vague", derivation="anchored",
     note="'soon' after the fall of Akhulgo")
date("весной 1840 года", "1840-21", "season")
date("В ноябре 1843 года", "1843-11-13/1843-12-12", "month",
     note=OS_CONTEXT.format("November 1843", "13 November – 12 December"))
date("несколько недель", None, None, kind="duration", note="unquantified: a few weeks")
date("В начале июня 1845 года", "1845-06-13/1845-06-22", "interval",
     note=OS_CONTEXT.format("1–10 June 1845", "13–22 June"))
date("6 июля", "1845-07-18", "day", derivation="anchored", note=OS.format("6 July 1845", "18 July"))
date("накануне", "1845-07-17", "day", derivation="computed", note="the day before 6 July (Old Style) = 5 July = 17 July Gregorian")
date("Через четыре дня", "1845-07-22", "day", derivation="computed",
     note="6 July + 4 days = 10 July Julian = 22 July Gregorian")
date("13 июля", "1845-07-25", "day", derivation="anchored", note=OS.format("13 July 1845", "25 July"))
date("через неделю", "1845-08-01", "day", derivation="computed",
     note="13 July + 7 days = 20 July Julian = 1 August Gregorian")
date("В 1850-х годах", "185X", "decade")
date("В конце ноября 1851 года", "1851-12-03/1851-12-12", "interval",
     note=OS_CONTEXT.format("21–30 November 1851", "3–12 December"))
date("в апреле следующего года", "1852-04-13/1852-05-12", "month", derivation="computed",
     note="the year after 1851; " + OS_CONTEXT.format("April 1852", "13 April – 12 May"))
date("В 1856 году", "1856", "year")
date("В 1857–1858 годах", "1857/1858", "interval")
date("1 апреля 1859 года", "1859-04-13", "day", note=OS.format("1 April 1859", "13 April 1859"))
date("двухнедельной", None, None, kind="duration", duration="P2W")
date("Летом", "1859-22", "season", derivation="anchored")
date("в начале августа", "1859-08-13/1859-08-22", "interval", derivation="anchored",
     note=OS_CONTEXT.format("1–10 August 1859", "13–22 August"))
date("25 августа 1859 года", "1859-09-06", "day", note=OS.format("25 August 1859", "6 September 1859"))
date("в тот же день", "1859-09-06", "day", derivation="anchored", note="the day of the storm of Gunib")
date("Вскоре", "1859-09-06/1859-10-31", "interval", kind="vague", derivation="anchored",
     note="'soon' after the surrender at Gunib")

# ---- places, in reading order
for quote, name in [
    ("Гимры", None), ("Дагестане", "Дагестан"), ("России", "Россия"),
    ("Хунзах", None), ("Аварского ханства", "Аварское ханство"), ("Дербент", None), ("Кизляр", None),
    ("Терек", None),
    ("Гимры", None),
    ("Хунзаху", "Хунзах"), ("хунзахской", "Хунзах"),
    ("Хунзах", None), ("Тифлис", None),
    ("Ахульго", None), ("Андийское Койсу", None), ("Чечню", "Чечня"), ("Гергебиль", None),
    ("Темир-Хан-Шуру", "Темир-Хан-Шура"),
    ("Дарго", None), ("Герзель-аулу", "Герзель-аул"),
    ("Чечни", "Чечня"), ("Тифлис", None), ("Нухи", "Нуха"),
    ("Грозную", "Грозная"), ("Большую Чечню", "Большая Чечня"), ("Ведено", None), ("Гуниб", None),
    ("Калугу", "Калуга"),
]:
    place(quote, name)

# ---- events
event("объявил газават", "В 1829 году в ауле Гимры в горном Дагестане богослов Гази-Мухаммад объявил "  # 0
      "газават против России", "political_activity", date="В 1829 году", place="Гимры",
      actors=[("богослов Гази-Мухаммад", "agent"), ("России", "target")],
      note="declaration of holy war, coded like a declaration of war")
event("признан", "богослов Гази-Мухаммад объявил газават против России и вскоре был признан первым имамом",  # 1
      "political_activity", date="вскоре", place="Гимры", actors=[("Гази-Мухаммад", "participant")],
      note="recognised as imam; the only place the sentence gives is Gimry")
event("взять", "В феврале 1830 года его отряды попытались взять Хунзах, столицу Аварского ханства, "  # 2
      "но были отбиты", "capture", date="В феврале 1830 года", place="Хунзах", assertion="failed",
      actors=[("его отряды", "agent")])
event("осаждали", "Летом 1831 года мюриды безуспешно осаждали Дербент", "siege",  # 3
      date="Летом 1831 года", place="Дербент", assertion="failed", actors=[("мюриды", "agent")])
event("ворвались", "1 ноября ворвались в Кизляр", "capture", date="1 ноября", place="Кизляр",  # 4
      quantities=[qty("около 400 пленных", "prisoners", 400, approximate=True)],
      note="a raid; the prisoner count, in the next sentence, is attributed to Russian reports, "
           "the raid itself is asserted")
event("разграбили", "1 ноября ворвались в Кизляр и разграбили его", "looting",  # 5
      date="1 ноября", place="Кизляр")
event("ушли", "В тот же вечер они ушли за Терек", "retreat", date="В тот же вечер", place="Терек",  # 6
      note="place: the destination, beyond the Terek, the only place the clause names")
event("двинул войска", "Осенью 1832 года барон Розен двинул войска на Гимры", "attack",  # 7
      date="Осенью 1832 года", place="Гимры", actors=[("барон Розен", "agent")])
event("взят штурмом", "17 октября аул был взят штурмом", "capture", date="17 октября", place="Гимры")  # 8
event("погиб", "Гази-Мухаммад погиб вместе с несколькими десятками мюридов", "capture",  # 9
      date="17 октября", place="Гимры", same_as=8, actors=[("Гази-Мухаммад", "target")],
      quantities=[qty("несколькими десятками мюридов", "fatalities", None, min=20, max=90, approximate=True)],
      note="the deaths in the storm of Gimry")
event("вырваться из окружения", "раненому Шамилю удалось вырваться из окружения", "retreat",  # 10
      date="17 октября", place="Гимры", actors=[("раненому Шамилю", "agent")])
event("стал", "Вторым имамом стал Хамзат-бек", "political_activity",  # 11
      date={"edtf": "1832-10-29/1834-08-12"}, actors=[("Хамзат-бек", "participant")],
      note="no date in the text: after the fall of Gimry and before August 1834")
event("подступило", "В августе 1834 года его войско подступило к Хунзаху", "reinforcement",  # 12
      date="В августе 1834 года", place="Хунзах", actors=[("его войско", "agent")])
event("убиты", "Молодые ханы, вызванные в лагерь имама на переговоры, были убиты вместе со свитой",  # 13
      "massacre", date="В августе 1834 года", place="Хунзах",
      actors=[("Молодые ханы", "target"), ("свитой", "target")],
      note="the Avar khans and their retinue killed in the imam's camp")
event("схватились за оружие", "мюриды уверяли, что ханы якобы первыми схватились за оружие", "attack",  # 14
      date="В августе 1834 года", place="Хунзах", assertion="disputed", actors=[("ханы", "agent")],
      note="the murids' claim, passed on with 'якобы'")
event("занят", "В тот же день город был занят", "capture", date="В тот же день", place="Хунзах")  # 15
event("пал", "Но уже через месяц Хамзат-бек пал в хунзахской мечети от рук заговорщиков, среди которых "  # 16
      "был Хаджи-Мурат", "attack", date="через месяц", place="Хунзах",
      actors=[("Хамзат-бек", "target"), ("заговорщиков", "agent"), ("Хаджи-Мурат", "agent")],
      note="the killing of the imam, an armed leader, by conspirators")
event("провозглашён", "Имамом был провозглашён Шамиль", "political_activity",  # 17
      date={"edtf": "1834-09-13/1837-05-31"}, actors=[("Шамиль", "participant")],
      note="no date in the text: after Hamzat-bek's death and before the summer of 1837")
event("занял", "Летом 1837 года отряд генерала Фези занял Хунзах", "recapture",  # 18
      date="Летом 1837 года", place="Хунзах", actors=[("отряд генерала Фези", "agent")],
      note="government troops take the town the murids had taken in 1834")
event("осадил", "отряд генерала Фези занял Хунзах и осадил Шамиля в горном ауле", "siege",  # 19
      date="Летом 1837 года", actors=[("отряд генерала Фези", "agent"), ("Шамиля", "target")],
      note="the besieged aul (Tilitl) is not named in the text")
event("боёв", "после нескольких дней боёв", "battle", date="Летом 1837 года",  # 20
      note="fighting at the besieged, unnamed aul")
event("заключили перемирие", "стороны заключили перемирие", "treaty", date="Летом 1837 года",  # 21
      actors=[("стороны", "participant")])
event("встречу", "Осенью Шамиль так и не приехал в Тифлис на встречу с Николаем I", "negotiations",  # 22
      date="Осенью", place="Тифлис", assertion="negated",
      actors=[("Шамиль", "participant"), ("Николаем I", "participant")])
event("подошёл", "12 июня 1839 года отряд генерала Граббе подошёл к Ахульго", "reinforcement",  # 23
      date="12 июня 1839 года", place="Ахульго", actors=[("отряд генерала Граббе", "agent")])
event("Осада", "Осада длилась более двух месяцев", "siege",  # 24
      date={"edtf": "1839-06-24/1839-09-03"}, place="Ахульго",
      note="from the arrival on 12 June to the fall on 22 August (Old Style)")
event("пала", "22 августа крепость пала", "capture", date="22 августа", place="Ахульго")  # 25
event("погибли", "по донесениям Граббе, погибли около 2 тыс. её защитников", "capture",  # 26
      date="22 августа", place="Ахульго", same_as=25, assertion="reported",
      actors=[("её защитников", "target")],
      quantities=[qty("около 2 тыс. её защитников", "fatalities", 2000, approximate=True)],
      note="the deaths are given 'according to Grabbe's reports'")
event("ушёл", "Шамиль скрылся и вскоре ушёл в Чечню", "retreat", date="вскоре", place="Чечня",  # 27
      actors=[("Шамиль", "agent")], note="place: the destination")
event("вспыхнуло общее восстание", "где весной 1840 года вспыхнуло общее восстание", "uprising",  # 28
      date="весной 1840 года", place="Чечня")
event("взяли", "В ноябре 1843 года мюриды взяли Гергебиль", "capture",  # 29
      date="В ноябре 1843 года", place="Гергебиль", actors=[("мюриды", "agent")])
event("блокировали", "В ноябре 1843 года мюриды взяли Гергебиль и несколько недель блокировали "  # 30
      "Темир-Хан-Шуру", "siege", date="В ноябре 1843 года", place="Темир-Хан-Шура",
      actors=[("мюриды", "agent")], note="began in November and lasted a few weeks")
event("выступил", "В начале июня 1845 года наместник Воронцов выступил на Дарго", "attack",  # 31
      date="В начале июня 1845 года", place="Дарго", actors=[("наместник Воронцов", "agent")],
      note="the start of the Dargo expedition")
event("вошли", "6 июля войска вошли в аул", "capture", date="6 июля", place="Дарго",  # 32
      actors=[("войска", "agent")])
event("сожгли", "который горцы накануне сами сожгли", "looting", date="накануне", place="Дарго",  # 33
      actors=[("горцы", "agent")], note="the defenders burned their own aul")
event("попала в засаду", "Через четыре дня колонна, посланная за продовольствием, попала в засаду",  # 34
      "attack", date="Через четыре дня", place="Дарго",
      actors=[("колонна, посланная за продовольствием", "target")])
event("отход", "13 июля отряд начал отход", "retreat", date="13 июля", place="Дарго",  # 35
      actors=[("отряд", "agent")], note="the withdrawal from Dargo")
event("пробился", "лишь через неделю пробился к Герзель-аулу, потеряв около 1 тыс. человек убитыми "  # 36
      "и более 2,7 тыс. ранеными", "retreat", date="через неделю", place="Герзель-аул", same_as=35,
      quantities=[qty("около 1 тыс. человек убитыми", "fatalities", 1000, approximate=True),
                  qty("более 2,7 тыс. ранеными", "wounded", 2700, min=2700, approximate=True)],
      note="the fighting withdrawal ends at Gerzel-aul; the losses are those of the whole expedition")
event("жгли", "войска прорубали просеки в лесах Чечни и жгли непокорные аулы", "looting",  # 37
      date="В 1850-х годах", place="Чечня", actors=[("войска", "agent"), ("непокорные аулы", "target")])
event("выселены", "десятки тысяч жителей были выселены на равнину", "deportation",  # 38
      date="В 1850-х годах", place="Чечня", actors=[("жителей", "target")],
      quantities=[qty("десятки тысяч жителей", "displaced", None, min=20000, max=90000, approximate=True)])
event("бежали", "другие бежали в горы", "flight", date="В 1850-х годах", place="Чечня",  # 39
      actors=[("другие", "participant")])
event("перешёл", "В конце ноября 1851 года к русским перешёл наиб Хаджи-Мурат", "political_activity",  # 40
      date="В конце ноября 1851 года", actors=[("наиб Хаджи-Мурат", "agent"), ("русским", "participant")],
      note="a defection; the text names no place")
event("перестрелке", "в апреле следующего года он попытался бежать и был убит в перестрелке близ Нухи",  # 41
      "battle", date="в апреле следующего года", place="Нуха",
      note="Hadji Murad killed in a skirmish after his escape from Russian custody")
event("стал", "В 1856 году наместником стал князь Барятинский", "political_activity",  # 42
      date="В 1856 году", actors=[("князь Барятинский", "participant")], note="an appointment")
event("заняли", "В 1857–1858 годах войска, опиравшиеся на крепость Грозную, заняли Большую Чечню",  # 43
      "capture", date="В 1857–1858 годах", place="Большая Чечня", actors=[("войска", "agent")])
event("осады", "после двухнедельной осады", "siege", date={"edtf": "1859-03-30/1859-04-13"},  # 44
      place="Ведено", note="13 April (1 April Old Style) minus two weeks")
event("взял", "1 апреля 1859 года, после двухнедельной осады, отряд Евдокимова взял Ведено", "capture",  # 45
      date="1 апреля 1859 года", place="Ведено", actors=[("отряд Евдокимова", "agent")])
event("сдавались", "Летом наибы один за другим сдавались", "treaty", date="Летом",  # 46
      actors=[("наибы", "agent")], note="surrenders (ACLED codes surrenders as agreements)")
event("обещал прощение", "Барятинский обещал прощение всем, кто сложит оружие", "amnesty",  # 47
      date="Летом", actors=[("Барятинский", "agent")],
      note="a pardon proclaimed for all who lay down their arms; the proclamation is asserted")
event("укрылся", "Шамиль с семьёй и примерно 400 мюридами укрылся на горе Гуниб", "retreat",  # 48
      date="Летом", place="Гуниб", actors=[("Шамиль", "agent")],
      quantities=[qty("примерно 400 мюридами", "participants", 400, approximate=True)])
event("окружили", "в начале августа войска окружили её", "siege", date="в начале августа",  # 49
      place="Гуниб", actors=[("войска", "agent")])
event("взобрались на плато", "25 августа 1859 года они взобрались на плато", "capture",  # 50
      date="25 августа 1859 года", place="Гуниб", note="the storm of Gunib")
event("сдался", "в тот же день имам сдался главнокомандующему", "treaty", date="в тот же день",  # 51
      place="Гуниб", actors=[("имам", "agent"), ("главнокомандующему", "participant")],
      note="Shamil's surrender (ACLED codes surrenders as agreements)")
event("отправили", "Вскоре его отправили в Калугу", "deportation", date="Вскоре", place="Калуга",  # 52
      note="the captive imam sent into exile in Kaluga")
