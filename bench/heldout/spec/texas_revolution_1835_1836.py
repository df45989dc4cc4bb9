"""Gold spec for bench/heldout/texas_revolution_1835_1836.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/texas_revolution_1835_1836.txt"

gazetteer({
    "Техас": ("region", 31.0, -99.0, "Q1439"),
    "Мексика": ("polity", 19.43, -99.13, "Q96"),
    "Сакатекас": ("settlement", 22.77, -102.58, None),
    "Анауак": ("settlement", 29.77, -94.68, None),
    "залив Копано": ("sea", 28.12, -97.05, None),
    "Гонсалес": ("settlement", 29.50, -97.45, None),
    "Сан-Антонио-де-Бехар": ("settlement", 29.42, -98.49, "Q975", "Сан-Антонио"),
    "Голиад": ("settlement", 28.67, -97.39, None),
    "Консепсьон": ("settlement", 29.39, -98.49, None),
    "Сан-Фелипе": ("settlement", 29.80, -96.10, None),
    "Бехар": ("settlement", 29.42, -98.49, "Q975", "Сан-Антонио"),
    "Рио-Гранде": ("river", 27.50, -99.50, None),
    "Сальтильо": ("settlement", 25.42, -101.00, None),
    "Аламо": ("settlement", 29.426, -98.486, None),
    "Вашингтон-на-Бразосе": ("settlement", 30.32, -96.16, None),
    "Республика Техас": ("polity", 30.27, -97.74, None),
    "Сан-Патрисио": ("settlement", 27.96, -97.77, None),
    "Агуа-Дульсе": ("river", 27.78, -97.91, None),
    "Колето": ("river", 28.73, -97.23, None),
    "Сабин": ("river", 31.0, -93.6, None),
    "Харрисберг": ("settlement", 29.72, -95.28, None, "Хьюстон"),
    "Галвестон": ("settlement", 29.30, -94.80, None),
    "Сан-Хасинто": ("river", 29.75, -95.08, None),
    "Веласко": ("settlement", 28.95, -95.36, None),
    "США": ("polity", 38.9, -77.04, "Q30"),
})

# ---- dates, in reading order (the text states once that its dates are Gregorian)
date("1835–1836 годов", "1835/1836", "interval")
date("Весной 1835 года", "1835-21", "season")
date("11 мая", "1835-05-11", "day", derivation="anchored")
date("Вскоре", "1835-05-11/1835-06-30", "interval", kind="vague", derivation="anchored",
     note="soon after 11 May, before the end of June")
date("В конце июня", "1835-06-21/1835-06-30", "interval", derivation="anchored")
date("в сентябре", "1835-09", "month", derivation="anchored")
date("2 октября 1835 года", "1835-10-02", "day")
date("Через восемь дней", "1835-10-10", "day", derivation="computed", note="2 October + 8 days")
date("28 октября", "1835-10-28", "day", derivation="anchored")
date("3 ноября", "1835-11-03", "day", derivation="anchored")
date("почти два месяца", None, None, kind="duration", duration="P2M", note="approximate: almost two months")
date("четырёхдневных", None, None, kind="duration", duration="P4D")
date("9 декабря", "1835-12-09", "day", derivation="anchored")
date("Зимой", "1835-12/1836-02", "season", derivation="anchored", note="the winter of 1835–1836")
date("16 февраля 1836 года", "1836-02-16", "day")
date("23 февраля", "1836-02-23", "day", derivation="anchored")
date("2 марта", "1836-03-02", "day", derivation="anchored")
date("через два дня", "1836-03-04", "day", derivation="computed", note="2 March + 2 days")
date("На рассвете 6 марта", "1836-03-06", "day", derivation="anchored")
date("В конце февраля", "1836-02-21/1836-02-29", "interval", derivation="anchored")
date("начале марта", "1836-03-01/1836-03-10", "interval", derivation="anchored",
     note="'в ... начале марта', the preposition shared with 'В конце февраля'")
date("19 марта", "1836-03-19", "day", derivation="anchored")
date("На следующий день", "1836-03-20", "day", derivation="computed", note="19 March + 1 day")
date("27 марта", "1836-03-27", "day", derivation="anchored")
date("11 марта", "1836-03-11", "day", derivation="anchored")
date("через два дня", "1836-03-13", "day", derivation="computed", note="11 March + 2 days")
date("17 марта", "1836-03-17", "day", derivation="anchored")
date("15 апреля", "1836-04-15", "day", derivation="anchored")
date("21 апреля", "1836-04-21", "day", derivation="anchored")
date("около 18 минут", None, None, kind="duration", duration="PT18M", note="approximate")
date("На следующий день", "1836-04-22", "day", derivation="computed", note="21 April + 1 day")
date("В конце апреля", "1836-04-21/1836-04-30", "interval", derivation="anchored")
date("14 мая 1836 года", "1836-05-14", "day")
date("5 сентября", "1836-09-05", "day", derivation="anchored")
date("В марте 1837 года", "1837-03", "month")
date("в 1845 году", "1845", "year")

# ---- places, in reading order
for quote, name in [
    ("Техасская", "Техас"), ("Мексики", "Мексика"), ("Сакатекасе", "Сакатекас"), ("Техас", "Техас"),
    ("Анауака", "Анауак"), ("Копано", "залив Копано"),
    ("Гонсалес", "Гонсалес"), ("Сан-Антонио-де-Бехару", "Сан-Антонио-де-Бехар"), ("Голиаде", "Голиад"),
    ("Консепсьон", "Консепсьон"), ("Сан-Фелипе", "Сан-Фелипе"), ("Бехар", "Бехар"),
    ("Рио-Гранде", "Рио-Гранде"),
    ("Сальтильо", "Сальтильо"), ("Рио-Гранде", "Рио-Гранде"), ("Бехар", "Бехар"), ("Аламо", "Аламо"),
    ("Вашингтоне-на-Бразосе", "Вашингтон-на-Бразосе"), ("Республики Техас", "Республика Техас"),
    ("Аламо", "Аламо"),
    ("Сан-Патрисио", "Сан-Патрисио"), ("Агуа-Дульсе", "Агуа-Дульсе"), ("Колето", "Колето"),
    ("Голиада", "Голиад"), ("Голиада", "Голиад"),
    ("Гонсалес", "Гонсалес"), ("Аламо", "Аламо"), ("Сабин", "Сабин"),
    ("Вашингтон-на-Бразосе", "Вашингтон-на-Бразосе"), ("Харрисберг", "Харрисберг"),
    ("Галвестон", "Галвестон"),
    ("Сан-Хасинто", "Сан-Хасинто"),
    ("Рио-Гранде", "Рио-Гранде"), ("Веласко", "Веласко"), ("Техасе", "Техас"), ("Техаса", "Техас"),
    ("США", "США"), ("Мексика", "Мексика"), ("Техаса", "Техас"), ("Соединёнными Штатами", "США"),
]:
    place(quote, name)

# ---- events
event("сократил", "Весной 1835 года президент Антонио Лопес де Санта-Анна декретом сократил ополчения "  # 0
      "штатов", "decree", date="Весной 1835 года", place="Мексика",
      actors=[("президент Антонио Лопес де Санта-Анна", "agent"), ("ополчения штатов", "target")])
event("мятеж", "11 мая его войска подавили мятеж в Сакатекасе", "uprising",  # 1
      date={"edtf": "1835-03/1835-05-11"}, place="Сакатекас",
      note="the rising was under way before its suppression on 11 May; the text gives no start")
event("подавили", "11 мая его войска подавили мятеж в Сакатекасе", "suppression",  # 2
      date="11 мая", place="Сакатекас", actors=[("его войска", "agent")])
event("отдан на разграбление", "город был отдан на разграбление", "looting",  # 3
      date="11 мая", place="Сакатекас")
event("принудил к сдаче", "В конце июня отряд Уильяма Трэвиса принудил к сдаче мексиканский гарнизон "  # 4
      "Анауака", "capture", date="В конце июня", place="Анауак",
      actors=[("отряд Уильяма Трэвиса", "agent"), ("мексиканский гарнизон Анауака", "target")])
event("высадились", "в сентябре у залива Копано высадились подкрепления генерала Мартина Перфекто де Коса",  # 5
      "reinforcement", date="в сентябре", place="залив Копано",
      actors=[("подкрепления генерала Мартина Перфекто де Коса", "agent")])
event("столкновение", "Первое столкновение произошло 2 октября 1835 года у городка Гонсалес", "battle",  # 6
      date="2 октября 1835 года", place="Гонсалес")
event("атаковали", "около 150 поселенцев отказались вернуть мексиканским драгунам пушку и атаковали их "  # 7
      "отряд", "battle", date="2 октября 1835 года", place="Гонсалес", same_as=6,
      actors=[("поселенцев", "agent"), ("их отряд", "target")],
      quantities=[qty("около 150 поселенцев", "participants", 150, approximate=True)])
event("отойти", "вынудив его отойти к Сан-Антонио-де-Бехару", "retreat",  # 8
      date="2 октября 1835 года", place="Сан-Антонио-де-Бехар",
      note="place is the destination, the only place the clause names")
event("захватили", "Через восемь дней повстанцы захватили президио в Голиаде", "capture",  # 9
      date="Через восемь дней", place="Голиад", actors=[("повстанцы", "agent")])
event("отразил нападение", "28 октября отряд Джеймса Боуи отразил нападение мексиканцев у миссии "  # 10
      "Консепсьон", "battle", date="28 октября", place="Консепсьон",
      actors=[("отряд Джеймса Боуи", "participant"), ("мексиканцев", "participant")])
event("открылся", "3 ноября в Сан-Фелипе открылся Совещательный съезд", "political_activity",  # 11
      date="3 ноября", place="Сан-Фелипе", actors=[("Совещательный съезд", "participant")])
event("учредивший", "Совещательный съезд, учредивший временное правительство", "founding",  # 12
      date={"edtf": "1835-11"}, place="Сан-Фелипе",
      actors=[("Совещательный съезд", "agent"), ("временное правительство", "participant")],
      note="the text dates only the opening of the congress (3 November)")
event("осадили", "Добровольцы осадили Бехар, где стоял Кос", "siege",  # 13
      date={"edtf": "1835-10"}, place="Бехар", actors=[("Добровольцы", "agent"), ("Кос", "target")],
      note="almost two months before the capitulation of 9 December")
event("Осада", "Осада тянулась почти два месяца", "siege",  # 14
      date={"edtf": "1835-10/1835-12-09"}, place="Бехар", same_as=13)
event("боёв", "после четырёхдневных боёв", "battle",  # 15
      date={"edtf": "1835-12-05/1835-12-09"}, place="Бехар", note="9 December − four days")
event("капитулировал", "после четырёхдневных боёв Кос 9 декабря капитулировал", "capture",  # 16
      date="9 декабря", place="Бехар", actors=[("Кос", "target")],
      note="the town passes to the besiegers")
event("увёл", "Кос 9 декабря капитулировал и увёл около 1100 солдат за Рио-Гранде", "retreat",  # 17
      date="9 декабря", place="Рио-Гранде", actors=[("Кос", "agent")],
      quantities=[qty("около 1100 солдат", "participants", 1100, approximate=True)],
      note="place is the destination")
event("сосредоточил", "Зимой Санта-Анна сосредоточил в Сальтильо армию около 6 тыс. человек",  # 18
      "reinforcement", date="Зимой", place="Сальтильо", actors=[("Санта-Анна", "agent")],
      quantities=[qty("около 6 тыс. человек", "participants", 6000, approximate=True)])
event("перешла", "16 февраля 1836 года она перешла Рио-Гранде", "attack",  # 19
      date="16 февраля 1836 года", place="Рио-Гранде")
event("вступили", "23 февраля передовые части вступили в Бехар", "occupation",  # 20
      date="23 февраля", place="Бехар", actors=[("передовые части", "agent")])
event("осадили", "осадили бывшую миссию Аламо, где укрылись от 180 до 250 защитников", "siege",  # 21
      date="23 февраля", place="Аламо", actors=[("защитников", "target")],
      quantities=[qty("от 180 до 250 защитников", "participants", None, min=180, max=250, approximate=True)])
event("провозгласили независимость", "2 марта делегаты съезда в Вашингтоне-на-Бразосе провозгласили "  # 22
      "независимость Республики Техас", "founding", date="2 марта", place="Вашингтон-на-Бразосе",
      actors=[("делегаты съезда", "agent"), ("Республики Техас", "participant")])
event("назначили", "а через два дня назначили Сэма Хьюстона главнокомандующим", "political_activity",  # 23
      date="через два дня", place="Вашингтон-на-Бразосе", actors=[("Сэма Хьюстона", "participant")])
event("штурмом взяли", "На рассвете 6 марта мексиканцы штурмом взяли Аламо, потеряв, по разным оценкам, "  # 24
      "от 400 до 600 человек", "capture", date="На рассвете 6 марта", place="Аламо",
      actors=[("мексиканцы", "agent")],
      quantities=[qty("от 400 до 600 человек", "fatalities", None, min=400, max=600, approximate=True)],
      note="the capture is asserted; only the count of the attackers' losses is given 'по разным оценкам'")
event("казнили", "Нескольких сдавшихся защитников казнили", "execution",  # 25
      date="На рассвете 6 марта", place="Аламо", actors=[("сдавшихся защитников", "target")],
      quantities=[qty("Нескольких сдавшихся защитников", "fatalities", None, min=3, max=9)])
event("наступала", "Южнее наступала колонна Хосе де Урреа", "attack",  # 26
      date={"edtf": "1836-02/1836-03"}, actors=[("колонна Хосе де Урреа", "agent")])
event("разбила", "В конце февраля и начале марта она разбила техасцев у Сан-Патрисио и Агуа-Дульсе",  # 27
      "battle", date="В конце февраля", place="Сан-Патрисио", actors=[("техасцев", "target")])
event("разбила", "В конце февраля и начале марта она разбила техасцев у Сан-Патрисио и Агуа-Дульсе",  # 28
      "battle", date="начале марта", place="Агуа-Дульсе", actors=[("техасцев", "target")])
event("настигла", "19 марта настигла у ручья Колето отряд Джеймса Фэннина", "battle",  # 29
      date="19 марта", place="Колето", actors=[("отряд Джеймса Фэннина", "target")])
event("отходивший", "отряд Джеймса Фэннина, отходивший из Голиада", "retreat",  # 30
      date="19 марта", place="Голиад", actors=[("отряд Джеймса Фэннина", "agent")])
event("сложили оружие", "На следующий день окружённые техасцы сложили оружие; в плен попали около 300 "  # 31
      "человек", "battle", date="На следующий день", place="Колето", same_as=29,
      actors=[("окружённые техасцы", "target")],
      quantities=[qty("около 300 человек", "prisoners", 300, approximate=True)],
      note="the surrender that ended the fight at Coleto")
event("расстреляли", "27 марта пленных вывели из Голиада и расстреляли: погибли около 340 человек",  # 32
      "execution", date="27 марта", place="Голиад", actors=[("пленных", "target")],
      quantities=[qty("около 340 человек", "fatalities", 340, approximate=True)])
event("прибывший", "Хьюстон, прибывший 11 марта в Гонсалес", "reinforcement",  # 33
      date="11 марта", place="Гонсалес", actors=[("Хьюстон", "agent")])
event("падении", "узнал о падении Аламо", "capture",  # 34
      date={"edtf": "1836-03-06"}, place="Аламо", same_as=24,
      note="a later mention of the fall of 6 March")
event("сжёг", "через два дня узнал о падении Аламо, сжёг город", "looting",  # 35
      date="через два дня", place="Гонсалес", note="the town burned is Gonzales")
event("отступление", "сжёг город и начал отступление", "retreat",  # 36
      date="через два дня", place="Гонсалес")
event("бежали", "Вслед за армией к реке Сабин бежали тысячи мирных жителей", "flight",  # 37
      date={"edtf": "1836-03/1836-04"}, place="Сабин", actors=[("мирных жителей", "participant")],
      quantities=[qty("тысячи мирных жителей", "displaced", None, min=2000, max=9000, approximate=True)],
      note="place is the destination, the only place the clause names")
event("приняв конституцию", "17 марта, приняв конституцию", "decree",  # 38
      date="17 марта", place="Вашингтон-на-Бразосе",
      note="adopted by the delegates at Washington-on-the-Brazos, named later in the sentence")
event("избрав", "избрав временным президентом Дэвида Бернета", "political_activity",  # 39
      date="17 марта", place="Вашингтон-на-Бразосе", actors=[("Дэвида Бернета", "participant")])
event("покинули", "делегаты в спешке покинули Вашингтон-на-Бразосе", "retreat",  # 40
      date="17 марта", place="Вашингтон-на-Бразосе", actors=[("делегаты", "agent")])
event("захватить", "Санта-Анна, рассчитывая захватить членов правительства, 15 апреля ворвался в Харрисберг, "  # 41
      "но те успели уйти на остров Галвестон", "arrest", date="15 апреля", place="Харрисберг",
      assertion="failed", actors=[("Санта-Анна", "agent"), ("членов правительства", "target")])
event("ворвался", "Санта-Анна, рассчитывая захватить членов правительства, 15 апреля ворвался в Харрисберг",  # 42
      "capture", date="15 апреля", place="Харрисберг", actors=[("Санта-Анна", "agent")])
event("уйти", "но те успели уйти на остров Галвестон", "retreat",  # 43
      date="15 апреля", place="Галвестон", note="the government's flight; place is the destination")
event("сожжён", "покинутый город был сожжён", "looting",  # 44
      date="15 апреля", place="Харрисберг")
event("атаковали", "21 апреля около 900 техасцев внезапно атаковали лагерь Санта-Анны у реки Сан-Хасинто, "  # 45
      "где стояло до 1400 мексиканских солдат", "battle", date="21 апреля", place="Сан-Хасинто",
      actors=[("техасцев", "agent"), ("лагерь Санта-Анны", "target")],
      quantities=[qty("около 900 техасцев", "participants", 900, approximate=True),
                  qty("до 1400 мексиканских солдат", "participants", 1400, max=1400, approximate=True)])
event("Бой", "Бой длился всего около 18 минут", "battle",  # 46
      date="21 апреля", place="Сан-Хасинто", same_as=45)
event("потеряли", "Мексиканцы потеряли около 630 человек убитыми и более 700 пленными, техасцы — лишь "  # 47
      "9 убитыми", "battle", date="21 апреля", place="Сан-Хасинто", same_as=45,
      quantities=[qty("около 630 человек убитыми", "fatalities", 630, approximate=True),
                  qty("более 700 пленными", "prisoners", 700, min=700, approximate=True),
                  qty("9 убитыми", "fatalities", 9)])
event("в плен попал", "На следующий день в плен попал и сам Санта-Анна", "arrest",  # 48
      date="На следующий день", place="Сан-Хасинто", actors=[("Санта-Анна", "target")])
event("начал отход", "В конце апреля генерал Висенте Филисола начал отход к Рио-Гранде", "retreat",  # 49
      date="В конце апреля", place="Рио-Гранде", actors=[("генерал Висенте Филисола", "agent")],
      note="place is the destination")
event("подписали", "14 мая 1836 года в Веласко Санта-Анна и Бернет подписали два договора", "treaty",  # 50
      date="14 мая 1836 года", place="Веласко",
      actors=[("Санта-Анна", "participant"), ("Бернет", "participant")])
event("отказался утвердить", "Однако мексиканский конгресс отказался утвердить эти соглашения",  # 51
      "non_recognition", date={"edtf": "1836-05-14/1836-12-31"}, place="Мексика",
      actors=[("мексиканский конгресс", "agent")], note="after the treaties of 14 May; the text gives no date")
event("выборах", "5 сентября на выборах в Техасе президентом республики был избран Хьюстон", "election",  # 52
      date="5 сентября", place="Техас", actors=[("Хьюстон", "participant")])
event("признали", "В марте 1837 года независимость Техаса признали США", "recognition",  # 53
      date="В марте 1837 года", place="США", actors=[("США", "agent"), ("Техаса", "participant")])
event("не признавала", "Мексика не признавала её вплоть до аннексии Техаса Соединёнными Штатами в 1845 году",  # 54
      "non_recognition", date={"edtf": "1836/1845"}, place="Мексика", actors=[("Мексика", "agent")],
      note="an ongoing refusal from independence until the annexation")
event("аннексии", "аннексии Техаса Соединёнными Штатами в 1845 году", "annexation",  # 55
      date="в 1845 году", place="Техас", actors=[("Соединёнными Штатами", "agent")])
