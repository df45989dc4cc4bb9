"""Gold spec for bench/heldout/taiping_1850_1864.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/taiping_1850_1864.txt"

gazetteer({
    "Китай": ("polity", 39.9, 116.4, None),
    "Гуанси": ("region", 23.8, 108.8, None),
    "Цзиньтянь": ("settlement", 23.53, 110.07, None),
    "Тайпин тяньго": ("polity", 32.06, 118.78, None),
    "Юнъань": ("settlement", 24.2, 110.52, None, "Мэншань"),
    "Гуйлинь": ("settlement", 25.27, 110.29, None),
    "Цюаньчжоу": ("settlement", 25.93, 111.07, None),
    "Сян": ("river", 25.95, 111.1, None),
    "Чанша": ("settlement", 28.23, 112.94, None),
    "Учан": ("settlement", 30.55, 114.3, None, "Ухань"),
    "Янцзы": ("river", 30.5, 117.05, "Q5413"),
    "Цзюцзян": ("settlement", 29.71, 116.0, None),
    "Аньцин": ("settlement", 30.51, 117.05, None),
    "Нанкин": ("settlement", 32.06, 118.78, None),
    "Тяньцзин": ("settlement", 32.06, 118.78, None, "Нанкин"),
    "Янчжоу": ("settlement", 32.39, 119.42, None),
    "Пекин": ("settlement", 39.9, 116.4, "Q956"),
    "Тяньцзинь": ("settlement", 39.13, 117.2, None),
    "Хунань": ("region", 27.6, 111.7, None),
    "Цзяннань": ("region", 31.5, 120.0, None),
    "Сучжоу": ("settlement", 31.3, 120.62, None),
    "Шанхай": ("settlement", 31.23, 121.47, "Q8686"),
    "Ханчжоу": ("settlement", 30.27, 120.16, None),
    "Дадухэ": ("river", 29.3, 102.3, None),
    "Чэнду": ("settlement", 30.66, 104.07, None),
})

# ---- dates, in reading order
date("1850–1864 гг.", "1850/1864", "interval")
date("XIX века", "18XX", "century", start="1801-01-01", end="1900-12-31", note="the XIX century is 1801–1900")
date("Летом 1850 года", "1850-22", "season")
date("к осени", "1850-23", "season", derivation="anchored", note="'by autumn': the state reached by then")
date("В конце декабря", "1850-12-21/1850-12-31", "interval", derivation="anchored")
date("11 января 1851 года", "1851-01-11", "day")
date("25 сентября 1851 года", "1851-09-25", "day")
date("в декабре", "1851-12", "month", derivation="anchored")
date("Весной 1852 года", "1852-21", "season")
date("в апреле–мае", "1852-04/1852-05", "interval", derivation="anchored")
date("В начале июня", "1852-06-01/1852-06-10", "interval", derivation="anchored")
date("вскоре", "1852-06", "month", kind="vague", derivation="anchored",
     note="'soon' after the capture of Quanzhou in early June 1852")
date("С сентября по конец ноября", "1852-09/1852-11", "interval", derivation="anchored")
date("12 января 1853 года", "1853-01-12", "day")
date("В феврале", "1853-02", "month", derivation="anchored")
date("19 марта", "1853-03-19", "day", derivation="anchored")
date("В том же году", "1853", "year", derivation="anchored")
date("В мае 1853 года", "1853-05", "month")
date("В конце октября", "1853-10-21/1853-10-31", "interval", derivation="anchored")
date("Весной 1855 года", "1855-21", "season")
date("в 1853–1854 гг.", "1853/1854", "interval")
date("2 сентября 1856 года", "1856-09-02", "day")
date("В ноябре", "1856-11", "month", derivation="anchored")
date("в 1857 году", "1857", "year")
date("В мае 1860 года", "1860-05", "month")
date("2 июня", "1860-06-02", "day", derivation="anchored")
date("в августе", "1860-08", "month", derivation="anchored")
date("в октябре", "1860-10", "month", derivation="anchored")
date("В конце декабря 1861 года", "1861-12-21/1861-12-31", "interval")
date("двухмесячной", None, None, kind="duration", duration="P2M")
date("5 сентября 1861 года", "1861-09-05", "day")
date("многомесячной", None, None, kind="duration", note="unquantified: many months")
date("В июне 1862 года", "1862-06", "month")
date("Летом 1863 года", "1863-22", "season")
date("С весны того же года", "1863-21", "season", derivation="anchored", note="start of a state that goes on")
date("4 декабря 1863 года", "1863-12-04", "day")
date("через два дня", "1863-12-06", "day", derivation="computed", note="4 December + 2 days")
date("в мае 1862 года", "1862-05", "month", note="start of a siege that goes on")
date("1 июня 1864 года", "1864-06-01", "day")
date("19 июля", "1864-07-19", "day", derivation="anchored")
date("три дня", None, None, kind="duration", duration="P3D")
date("вскоре", "1864-07-19/1864-08-07", "interval", kind="vague", derivation="anchored",
     note="'soon' after the fall of Nanjing on 19 July and before the execution on 7 August")
date("7 августа", "1864-08-07", "day", derivation="anchored")
date("несколько лет", None, None, kind="duration", note="unquantified: several years")

# ---- places, in reading order
for quote, name in [
    ("Китае", "Китай"), ("Гуанси", None), ("Цзиньтянь", None),
    ("Небесного государства великого благоденствия", "Тайпин тяньго"), ("Тайпин тяньго", None),
    ("Юнъань", None), ("Гуйлиня", "Гуйлинь"), ("Цюаньчжоу", None), ("Сян", None), ("Чаншу", "Чанша"),
    ("Учан", None), ("Янцзы", None), ("Цзюцзян", None), ("Аньцин", None), ("Нанкин", None),
    ("Тяньцзин", None),
    ("Янчжоу", None), ("Пекин", None), ("Тяньцзиню", "Тяньцзинь"), ("Пекине", "Пекин"),
    ("Хунаньская", "Хунань"), ("Нанкина", "Нанкин"),
    ("Цзяннаньский", "Цзяннань"), ("Нанкин", None), ("Сучжоу", None), ("Шанхая", "Шанхай"),
    ("Пекинских", "Пекин"), ("Ханчжоу", None),
    ("Аньцин", None), ("Дадухэ", None), ("Чэнду", None), ("Сучжоу", None),
    ("Нанкина", "Нанкин"), ("Нанкин", None),
]:
    place(quote, name)

# ---- events
event("Восстание", "Восстание тайпинов в Китае (1850–1864 гг.)", "uprising",  # 0
      date="1850–1864 гг.", place="Китай", actors=[("тайпинов", "agent")],
      note="the whole rising, named in the opening sentence")
event("собираться", "Летом 1850 года его последователи начали собираться в деревне Цзиньтянь; к осени там "  # 1
      "было уже 10–20 тыс. человек", "reinforcement", date="Летом 1850 года", place="Цзиньтянь",
      actors=[("его последователи", "agent")],
      quantities=[qty("10–20 тыс. человек", "participants", None, min=10000, max=20000, approximate=True)],
      note="the armed gathering of the rebels; the count is the state reached by autumn")
event("разбили", "В конце декабря они разбили правительственный отряд", "battle",  # 2
      date="В конце декабря", place="Цзиньтянь", actors=[("правительственный отряд", "target")])
event("объявил о создании", "11 января 1851 года Хун объявил о создании Небесного государства великого "  # 3
      "благоденствия (Тайпин тяньго)", "founding", date="11 января 1851 года", place="Тайпин тяньго",
      actors=[("Хун", "agent")])
event("овладели", "25 сентября 1851 года тайпины овладели городом Юнъань", "capture",  # 4
      date="25 сентября 1851 года", place="Юнъань", actors=[("тайпины", "agent")])
event("назначил", "где в декабре Хун назначил пятерых ванов", "political_activity",  # 5
      date="в декабре", place="Юнъань", actors=[("Хун", "agent"), ("пятерых ванов", "participant")])
event("прорвали окружение", "Весной 1852 года повстанцы прорвали окружение", "battle",  # 6
      date="Весной 1852 года", place="Юнъань", actors=[("повстанцы", "agent")],
      note="the breakout from the encircled Yong'an")
event("Осада", "Осада Гуйлиня в апреле–мае не удалась", "siege",  # 7
      date="в апреле–мае", place="Гуйлинь", assertion="failed")
event("взяли", "В начале июня они взяли Цюаньчжоу", "capture",  # 8
      date="В начале июня", place="Цюаньчжоу")
event("вырезали", "В начале июня они взяли Цюаньчжоу и вырезали его жителей", "massacre",  # 9
      date="В начале июня", place="Цюаньчжоу", actors=[("его жителей", "target")])
event("засаде", "вскоре в засаде на реке Сян погиб Фэн Юньшань", "attack",  # 10
      date="вскоре", place="Сян", actors=[("Фэн Юньшань", "target")])
event("осаждали", "С сентября по конец ноября тайпины безуспешно осаждали Чаншу", "siege",  # 11
      date="С сентября по конец ноября", place="Чанша", assertion="failed", actors=[("тайпины", "agent")])
event("пал", "12 января 1853 года пал Учан", "capture", date="12 января 1853 года", place="Учан")  # 12
event("двинулись", "В феврале тайпины, по некоторым оценкам до 500 тыс. человек, двинулись вниз по Янцзы",  # 13
      "attack", date="В феврале", place="Янцзы", actors=[("тайпины", "agent")],
      quantities=[qty("до 500 тыс. человек", "participants", 500000, max=500000, approximate=True)],
      note="the advance is asserted; only the count is attributed to estimates")
event("заняв", "двинулись вниз по Янцзы, по пути заняв Цзюцзян и Аньцин", "capture",  # 14
      date="В феврале", place="Цзюцзян")
event("заняв", "двинулись вниз по Янцзы, по пути заняв Цзюцзян и Аньцин", "capture",  # 15
      date="В феврале", place="Аньцин")
event("взят", "19 марта штурмом был взят Нанкин", "capture", date="19 марта", place="Нанкин")  # 16
event("переименованный", "Нанкин, переименованный в Тяньцзин (Небесную столицу)", "political_activity",  # 17
      date={"edtf": "1853-03"}, place="Нанкин", note="made the Taiping capital after its capture")
event("перебиты", "По ряду свидетельств, маньчжурский гарнизон и его семьи, несколько десятков тысяч "  # 18
      "человек, были перебиты", "massacre", date={"edtf": "1853-03"}, place="Нанкин", assertion="reported",
      actors=[("маньчжурский гарнизон и его семьи", "target")],
      quantities=[qty("несколько десятков тысяч человек", "fatalities", None, min=20000, max=90000,
                      approximate=True)])
event("обнародован", "В том же году был обнародован «Земельный закон»", "decree",  # 19
      date="В том же году")
event("выступил", "В мае 1853 года из Янчжоу на Пекин выступил Северный поход", "attack",  # 20
      date="В мае 1853 года", place="Янчжоу", actors=[("Северный поход", "agent")],
      note="an offensive launched from Yangzhou against Beijing")
event("подошли", "В конце октября его отряды подошли к Тяньцзиню", "reinforcement",  # 21
      date="В конце октября", place="Тяньцзинь", actors=[("его отряды", "agent")])
event("остановлены", "В конце октября его отряды подошли к Тяньцзиню, но были остановлены конницей "  # 22
      "Сэнгэринчина", "battle", date="В конце октября", place="Тяньцзинь",
      actors=[("его отряды", "target"), ("конницей Сэнгэринчина", "agent")])
event("уничтожены", "Весной 1855 года остатки похода были уничтожены", "suppression",  # 23
      date="Весной 1855 года", actors=[("остатки похода", "target")])
event("казнили", "Весной 1855 года остатки похода были уничтожены, а Линь Фэнсяна казнили в Пекине",  # 24
      "execution", date="Весной 1855 года", place="Пекин", actors=[("Линь Фэнсяна", "target")])
event("созданная", "Хунаньская армия, созданная в 1853–1854 гг. Цзэн Гофанем", "founding",  # 25
      date="в 1853–1854 гг.", place="Хунань",
      actors=[("Хунаньская армия", "participant"), ("Цзэн Гофанем", "agent")])
event("убил", "2 сентября 1856 года Вэй Чанхуэй с ведома Хуна убил Восточного вана Ян Сюцина",  # 26
      "attack_on_civilians", date="2 сентября 1856 года", place="Нанкин",
      actors=[("Вэй Чанхуэй", "agent"), ("Восточного вана Ян Сюцина", "target")],
      note="a killing inside the Taiping capital; the place is implied")
event("резне", "в последовавшей резне погибло более 20 тыс. его сторонников", "massacre",  # 27
      date={"edtf": "1856-09/1856-10"}, place="Нанкин", actors=[("его сторонников", "target")],
      quantities=[qty("более 20 тыс. его сторонников", "fatalities", 20000, min=20000, approximate=True)],
      note="in the weeks after 2 September 1856")
event("казнили", "В ноябре казнили и самого Вэя", "execution",  # 28
      date="В ноябре", place="Нанкин", actors=[("Вэя", "target")])
event("увёл", "в 1857 году Ши Дакай увёл свои войска из Нанкина", "retreat",  # 29
      date="в 1857 году", place="Нанкин", actors=[("Ши Дакай", "agent")],
      note="Shi Dakai left the capital with his army")
event("разгромили", "В мае 1860 года они разгромили Цзяннаньский лагерь, осаждавший Нанкин", "battle",  # 30
      date="В мае 1860 года", place="Нанкин",
      actors=[("Цзяннаньский лагерь", "target")])
event("осаждавший", "Цзяннаньский лагерь, осаждавший Нанкин", "siege",  # 31
      date={"edtf": "1853/1860-05"}, place="Нанкин", actors=[("Цзяннаньский лагерь", "agent")],
      note="the text implies only that the siege lasted until May 1860")
event("заняли", "2 июня заняли Сучжоу", "capture", date="2 июня", place="Сучжоу")  # 32
event("штурм", "Однако в августе штурм Шанхая отбили англо-французские войска", "attack",  # 33
      date="в августе", place="Шанхай", assertion="failed",
      actors=[("англо-французские войска", "participant")])
event("подписания", "после подписания в октябре Пекинских конвенций", "treaty",  # 34
      date="в октябре", place="Пекин")
event("встали на сторону", "после подписания в октябре Пекинских конвенций западные державы встали на "  # 35
      "сторону Цинов", "political_activity", date={"edtf": "1860-10/1861"},
      actors=[("западные державы", "agent"), ("Цинов", "participant")],
      note="the Western powers' entry on the Qing side, after October 1860")
event("блокады", "после двухмесячной блокады взял Ханчжоу", "siege",  # 36
      date={"edtf": "1861-10-21/1861-12-31"}, place="Ханчжоу",
      note="two months up to the capture in late December 1861")
event("взял", "В конце декабря 1861 года Ли Сючэн после двухмесячной блокады взял Ханчжоу", "capture",  # 37
      date="В конце декабря 1861 года", place="Ханчжоу", actors=[("Ли Сючэн", "agent")])
event("осады", "после многомесячной осады, Цзэн Гоцюань взял Аньцин", "siege",  # 38
      date={"edtf": "1860/1861-09-05"}, place="Аньцин", actors=[("Цзэн Гоцюань", "agent")],
      note="many months up to 5 September 1861")
event("взял", "5 сентября 1861 года, после многомесячной осады, Цзэн Гоцюань взял Аньцин", "recapture",  # 39
      date="5 сентября 1861 года", place="Аньцин", actors=[("Цзэн Гоцюань", "agent")])
event("перебив", "5 сентября 1861 года, после многомесячной осады, Цзэн Гоцюань взял Аньцин, перебив, по "  # 40
      "словам очевидцев, около 16 тыс. защитников", "massacre", date="5 сентября 1861 года", place="Аньцин",
      assertion="reported", actors=[("Цзэн Гоцюань", "agent"), ("защитников", "target")],
      quantities=[qty("около 16 тыс. защитников", "fatalities", 16000, approximate=True)])
event("выданный", "был казнён выданный изменником Чэнь Юйчэн", "arrest",  # 41
      date={"edtf": "1861-09/1862-06"}, actors=[("изменником", "agent"), ("Чэнь Юйчэн", "target")],
      note="betrayed and handed over before his execution in June 1862")
event("казнён", "В июне 1862 года был казнён выданный изменником Чэнь Юйчэн", "execution",  # 42
      date="В июне 1862 года", actors=[("Чэнь Юйчэн", "target")])
event("окружили", "Летом 1863 года у реки Дадухэ цинские войска окружили армию Ши Дакая", "siege",  # 43
      date="Летом 1863 года", place="Дадухэ",
      actors=[("цинские войска", "agent"), ("армию Ши Дакая", "target")])
event("сдался", "Летом 1863 года у реки Дадухэ цинские войска окружили армию Ши Дакая; он сдался и был "  # 44
      "казнён в Чэнду", "arrest", date="Летом 1863 года", place="Дадухэ", actors=[("Ши Дакая", "target")],
      note="surrender into captivity")
event("казнён", "Летом 1863 года у реки Дадухэ цинские войска окружили армию Ши Дакая; он сдался и был "  # 45
      "казнён в Чэнду", "execution", date="Летом 1863 года", place="Чэнду", actors=[("Ши Дакая", "target")])
event("возглавил", "С весны того же года «Всегда побеждающую армию» возглавил англичанин Чарльз Гордон",  # 46
      "political_activity", date="С весны того же года",
      actors=[("Всегда побеждающую армию", "participant"), ("Чарльз Гордон", "participant")],
      note="an appointment to command")
event("сдался", "4 декабря 1863 года сдался Сучжоу", "recapture",  # 47
      date="4 декабря 1863 года", place="Сучжоу", note="the Taiping garrison gave the city up to the Qing")
event("обезглавить", "через два дня Ли Хунчжан велел обезглавить сдавшихся ванов", "execution",  # 48
      date="через два дня", place="Сучжоу",
      actors=[("Ли Хунчжан", "agent"), ("сдавшихся ванов", "target")])
event("Осада", "Осада Нанкина, начатая ещё в мае 1862 года", "siege",  # 49
      date="в мае 1862 года", place="Нанкин")
event("взорвали", "19 июля хунаньцы взорвали мину под стеной", "explosion",  # 50
      date="19 июля", place="Нанкин", actors=[("хунаньцы", "agent")])
event("ворвались", "19 июля хунаньцы взорвали мину под стеной и ворвались в Нанкин", "recapture",  # 51
      date="19 июля", place="Нанкин", actors=[("хунаньцы", "agent")])
event("резня", "резня длилась три дня, и, по оценкам, погибло до 100 тыс. человек", "massacre",  # 52
      date={"edtf": "1864-07-19/1864-07-22"}, place="Нанкин",
      quantities=[qty("до 100 тыс. человек", "fatalities", 100000, max=100000, approximate=True)],
      note="19 July + three days; the massacre is asserted, only the count is attributed to estimates")
event("прорвавшийся", "Ли Сючэн, прорвавшийся из города с юным наследником", "retreat",  # 53
      date={"edtf": "1864-07"}, place="Нанкин", actors=[("Ли Сючэн", "agent")],
      note="a breakout from the falling city")
event("схвачен", "Ли Сючэн, прорвавшийся из города с юным наследником, вскоре был схвачен", "arrest",  # 54
      date="вскоре", actors=[("Ли Сючэн", "target")])
event("казнён", "Ли Сючэн, прорвавшийся из города с юным наследником, вскоре был схвачен и 7 августа казнён",
      "execution",  # 55
      date="7 августа", actors=[("Ли Сючэн", "target")])
