"""Gold spec for bench/heldout/bonaparte_italy_1796_1797.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/bonaparte_italy_1796_1797.txt"

gazetteer({
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Ницца": ("settlement", 43.70, 7.27, "Q33959"),
    "Монтенотте": ("settlement", 44.40, 8.33, None),
    "Дего": ("settlement", 44.45, 8.31, None),
    "Мондови": ("settlement", 44.39, 7.82, None),
    "Кераско": ("settlement", 44.65, 7.86, None),
    "Париж": ("settlement", 48.86, 2.35, "Q90"),
    "Сардинское королевство": ("polity", 45.07, 7.69, None),
    "Савойя": ("region", 45.50, 6.40, None),
    "Адда": ("river", 45.31, 9.50, None),
    "Лоди": ("settlement", 45.31, 9.50, None),
    "Милан": ("settlement", 45.46, 9.19, "Q490"),
    "Павия": ("settlement", 45.19, 9.16, None),
    "Бинаско": ("settlement", 45.33, 9.10, None),
    "Мантуя": ("settlement", 45.16, 10.79, None),
    "Болонья": ("settlement", 44.49, 11.34, "Q1891"),
    "Ливорно": ("settlement", 43.55, 10.31, None),
    "Тироль": ("region", 47.25, 11.40, None),
    "Лонато": ("settlement", 45.46, 10.48, None),
    "Кастильоне": ("settlement", 45.39, 10.49, None),
    "Бассано": ("settlement", 45.77, 11.73, None),
    "Кальдьеро": ("settlement", 45.42, 11.18, None),
    "Арколе": ("settlement", 45.36, 11.28, None),
    "Реджо": ("settlement", 44.70, 10.63, None),
    "Циспаданская республика": ("polity", 44.49, 11.34, None),
    "Риволи": ("settlement", 45.57, 10.81, None),
    "Ла-Фаворита": ("settlement", 45.17, 10.81, None),
    "Толентино": ("settlement", 43.21, 13.28, None),
    "Феррара": ("settlement", 44.84, 11.62, None),
    "Романья": ("region", 44.20, 12.00, None),
    "Вена": ("settlement", 48.21, 16.37, "Q1741"),
    "Тальяменто": ("river", 45.98, 12.92, None),
    "Тарвис": ("settlement", 46.51, 13.58, None, "Тарвизио"),
    "Тарвизио": ("settlement", 46.51, 13.58, None),
    "Каринтия": ("region", 46.70, 14.00, None),
    "Леобен": ("settlement", 47.38, 15.09, None),
    "Верона": ("settlement", 45.44, 10.99, "Q2028"),
    "Венеция": ("settlement", 45.44, 12.33, "Q641"),
    "Цизальпинская республика": ("polity", 45.46, 9.19, None),
    "Пассариано": ("settlement", 45.96, 13.01, None),
    "Кампо-Формио": ("settlement", 46.02, 13.16, None),
    "Австрия": ("polity", 48.21, 16.37, "Q40"),
    "Бельгия": ("region", 50.85, 4.35, "Q31"),
    "Истрия": ("region", 45.20, 13.90, None),
    "Далмация": ("region", 43.50, 16.40, None),
    "Венецианская республика": ("polity", 45.44, 12.33, None),
})

# ---- dates, in reading order (Gregorian dates, stated once; one Republican date beside its Gregorian one)
date("1796–1797 годов", "1796/1797", "interval")
date("В начале марта 1796 года", "1796-03-01/1796-03-10", "interval")
date("27 марта", "1796-03-27", "day", derivation="anchored")
date("12 апреля", "1796-04-12", "day", derivation="anchored")
date("Через два дня", "1796-04-14", "day", derivation="computed", note="12 April + 2 days")
date("наутро", "1796-04-15", "day", derivation="computed", note="the morning after 14 April")
date("к вечеру", "1796-04-15", "day", derivation="anchored", note="the evening of the same day, 15 April")
date("21 апреля", "1796-04-21", "day", derivation="anchored")
date("28 апреля", "1796-04-28", "day", derivation="anchored")
date("15 мая", "1796-05-15", "day", derivation="anchored")
date("10 мая", "1796-05-10", "day", derivation="anchored")
date("15 мая", "1796-05-15", "day", derivation="anchored")
date("В конце мая", "1796-05-21/1796-05-31", "interval", derivation="anchored")
date("В начале июня", "1796-06-01/1796-06-10", "interval", derivation="anchored")
date("19 июня", "1796-06-19", "day", derivation="anchored")
date("23 июня", "1796-06-23", "day", derivation="anchored")
date("Через четыре дня", "1796-06-27", "day", derivation="computed", note="23 June + 4 days")
date("В конце июля", "1796-07-21/1796-07-31", "interval", derivation="anchored")
date("3 августа", "1796-08-03", "day", derivation="anchored")
date("5 августа", "1796-08-05", "day", derivation="anchored")
date("В сентябре", "1796-09", "month", derivation="anchored")
date("Осенью", "1796-23", "season", derivation="anchored")
date("12 ноября", "1796-11-12", "day", derivation="anchored")
date("15–17 ноября", "1796-11-15/1796-11-17", "interval", derivation="anchored")
date("на третий день", "1796-11-17", "day", derivation="computed", note="the third day of the fight begun 15 November")
date("В декабре", "1796-12", "month", derivation="anchored")
date("14 января 1797 года", "1797-01-14", "day")
date("16 января", "1797-01-16", "day", derivation="anchored")
date("2 февраля", "1797-02-02", "day", derivation="anchored")
date("19 февраля", "1797-02-19", "day", derivation="anchored")
date("В марте", "1797-03", "month", derivation="anchored")
date("16 марта", "1797-03-16", "day", derivation="anchored")
date("В начале апреля", "1797-04-01/1797-04-10", "interval", derivation="anchored")
date("18 апреля", "1797-04-18", "day", derivation="anchored")
date("17 апреля", "1797-04-17", "day", derivation="anchored")
date("25 апреля", "1797-04-25", "day", derivation="anchored")
date("1 мая", "1797-05-01", "day", derivation="anchored")
date("12 мая", "1797-05-12", "day", derivation="anchored")
date("через четыре дня", "1797-05-16", "day", derivation="computed", note="12 May + 4 days")
date("29 июня", "1797-06-29", "day", derivation="anchored")
date("17 октября 1797 года", "1797-10-17", "day")
date("26 вандемьера VI года", "1797-10-17", "day",
     note="French Republican calendar: 1 Vendémiaire VI = 22 September 1797, so 26 Vendémiaire = 17 October")

# ---- places, in reading order
for quote, name in [
    ("Франции", "Франция"), ("Ниццу", "Ницца"),
    ("Монтенотте", None), ("Дего", None), ("Мондови", None), ("Кераско", None), ("Париже", "Париж"),
    ("Сардинское королевство", None), ("Франции", "Франция"), ("Савойю", "Савойя"), ("Ниццу", "Ницца"),
    ("Адду", "Адда"), ("Лоди", None), ("Милан", None),
    ("Павия", None), ("Бинаско", None), ("Павию", "Павия"), ("Мантуи", "Мантуя"),
    ("Болонью", "Болонья"), ("Ливорно", None),
    ("Тироля", "Тироль"), ("Мантуи", "Мантуя"), ("Лонато", None), ("Кастильоне", None), ("Бассано", None),
    ("Мантуе", "Мантуя"),
    ("Кальдьеро", None), ("Арколе", None), ("Реджо", None), ("Циспаданская республика", None),
    ("Риволи", None), ("Ла-Фаворита", None),
    ("Мантую", "Мантуя"), ("Толентино", None), ("Болоньи", "Болонья"), ("Феррары", "Феррара"),
    ("Романьи", "Романья"),
    ("Вену", "Вена"), ("Тальяменто", None), ("Тарвис", None), ("Тарвизио", None), ("Каринтию", "Каринтия"),
    ("Леобена", "Леобен"),
    ("Вероне", "Верона"), ("Венеции", "Венеция"), ("Милане", "Милан"), ("Цизальпинская республика", None),
    ("Пассариано", None), ("Кампо-Формио", None), ("Австрия", None), ("Франции", "Франция"),
    ("Бельгию", "Бельгия"), ("Цизальпинскую республику", "Цизальпинская республика"),
    ("Венецию", "Венеция"), ("Истрией", "Истрия"), ("Далмацией", "Далмация"),
    ("Венецианская республика", None),
]:
    place(quote, name)

# ---- events
event("назначила", "В начале марта 1796 года Директория назначила генерала Бонапарта командующим "  # 0
      "Итальянской армией", "political_activity", date="В начале марта 1796 года",
      actors=[("Директория", "agent"), ("генерала Бонапарта", "participant")])
event("прибыл", "27 марта Бонапарт прибыл в Ниццу", "reinforcement", date="27 марта", place="Ницца",  # 1
      actors=[("Бонапарт", "agent")],
      note="the new commander's arrival at the army; the 37,000 are the army he found there")
event("разбили", "12 апреля французы разбили при Монтенотте отряд Аржанто", "battle",  # 2
      date="12 апреля", place="Монтенотте", actors=[("французы", "agent"), ("отряд Аржанто", "target")])
event("взяли", "Через два дня они взяли Дего", "capture", date="Через два дня", place="Дего")  # 3
event("отбили", "наутро австрийцы Вукасовича отбили городок", "recapture",  # 4
      date="наутро", place="Дего", actors=[("австрийцы Вукасовича", "agent")])
event("выбиты", "наутро австрийцы Вукасовича отбили городок, но к вечеру снова были выбиты", "recapture",  # 5
      date="к вечеру", place="Дего", actors=[("австрийцы Вукасовича", "target")],
      note="the French retook Dego the same day")
event("потерпели поражение", "21 апреля при Мондови потерпели поражение сардинцы", "battle",  # 6
      date="21 апреля", place="Мондови", actors=[("сардинцы", "participant")])
event("подписано перемирие", "28 апреля в Кераско было подписано перемирие", "treaty",  # 7
      date="28 апреля", place="Кераско")
event("договору", "По договору, заключённому в Париже 15 мая, Сардинское королевство уступило Франции "  # 8
      "Савойю и Ниццу", "treaty", date="15 мая", place="Париж",
      actors=[("Сардинское королевство", "participant"), ("Франции", "participant")])
event("уступило", "По договору, заключённому в Париже 15 мая, Сардинское королевство уступило Франции "  # 9
      "Савойю и Ниццу", "territorial_transfer", date="15 мая", place="Савойя",
      actors=[("Сардинское королевство", "agent"), ("Франции", "participant")])
event("уступило", "По договору, заключённому в Париже 15 мая, Сардинское королевство уступило Франции "  # 10
      "Савойю и Ниццу", "territorial_transfer", date="15 мая", place="Ницца",
      actors=[("Сардинское королевство", "agent"), ("Франции", "participant")])
event("атаковал", "10 мая Бонапарт атаковал мост через Адду у Лоди", "attack",  # 11
      date="10 мая", place="Лоди", actors=[("Бонапарт", "agent")])
event("отхлынула", "Первая колонна гренадёров попала под картечь и отхлынула", "attack",  # 12
      date="10 мая", place="Лоди", assertion="failed", actors=[("Первая колонна гренадёров", "agent")])
event("потерял", "Австрийский арьергард потерял, по французским сводкам, до 2 тыс. человек", "attack",  # 13
      date="10 мая", place="Лоди", assertion="reported", same_as=11,
      actors=[("Австрийский арьергард", "target")],
      quantities=[qty("до 2 тыс. человек", "fatalities", None, max=2000, approximate=True)],
      note="losses of all kinds, by French reports")
event("вступили", "15 мая французы вступили в Милан", "occupation", date="15 мая", place="Милан",  # 14
      actors=[("французы", "agent")])
event("восстала", "В конце мая восстала Павия", "uprising", date="В конце мая", place="Павия")  # 15
event("сожгли", "селение Бинаско французы сожгли", "attack_on_civilians", date="В конце мая",  # 16
      place="Бинаско", actors=[("селение Бинаско", "target"), ("французы", "agent")])
event("подавления", "а Павию после подавления восстания отдали солдатам на разграбление", "suppression",  # 17
      date="В конце мая", place="Павия")
event("разграбление", "а Павию после подавления восстания отдали солдатам на разграбление", "looting",  # 18
      date="В конце мая", place="Павия", actors=[("солдатам", "agent")])
event("блокада", "В начале июня началась блокада Мантуи, гарнизон которой насчитывал около 13 тыс. человек",  # 19
      "siege", date="В начале июня", place="Мантуя",
      actors=[("гарнизон", "target")],
      quantities=[qty("около 13 тыс. человек", "participants", 13000, approximate=True)])
event("заняли", "19 июня французы заняли Болонью", "occupation", date="19 июня", place="Болонья",  # 20
      actors=[("французы", "agent")])
event("подписали перемирие", "23 июня папские уполномоченные подписали перемирие", "treaty",  # 21
      date="23 июня", actors=[("папские уполномоченные", "participant")])
event("вошла", "Через четыре дня дивизия Вобуа вошла в Ливорно", "occupation",  # 22
      date="Через четыре дня", place="Ливорно", actors=[("дивизия Вобуа", "agent")])
event("повёл", "В конце июля фельдмаршал Вурмзер повёл из Тироля на выручку Мантуи почти 50 тыс. человек",  # 23
      "attack", date="В конце июля", place="Мантуя", actors=[("фельдмаршал Вурмзер", "agent")],
      quantities=[qty("почти 50 тыс. человек", "participants", 50000, max=50000, approximate=True)],
      note="the first Austrian relief offensive, from the Tyrol towards Mantua")
event("снял осаду", "Бонапарт снял осаду, бросив осадные орудия", "retreat",  # 24
      date="В конце июля", place="Мантуя", actors=[("Бонапарт", "agent")])
event("разбиты", "3 августа австрийцы были разбиты у Лонато", "battle", date="3 августа",  # 25
      place="Лонато", actors=[("австрийцы", "target")])
event("проиграл сражение", "5 августа Вурмзер проиграл сражение при Кастильоне", "battle",  # 26
      date="5 августа", place="Кастильоне", actors=[("Вурмзер", "participant")])
event("отступил", "5 августа Вурмзер проиграл сражение при Кастильоне и отступил", "retreat",  # 27
      date="5 августа", place="Кастильоне", actors=[("Вурмзер", "agent")])
event("поражения", "В сентябре, после поражения при Бассано", "battle", date="В сентябре",  # 28
      place="Бассано")
event("укрылся", "он с остатками войск укрылся в Мантуе", "retreat", date="В сентябре",  # 29
      place="Мантуя", actors=[("остатками войск", "agent")])
event("двинулся", "Осенью на выручку крепости двинулся Альвинци", "attack", date="Осенью",  # 30
      place="Мантуя", actors=[("Альвинци", "agent")],
      note="the second relief offensive; 'крепости' is Mantua")
event("атака", "12 ноября атака французов на высоты Кальдьеро была отбита", "attack",  # 31
      date="12 ноября", place="Кальдьеро", assertion="failed", actors=[("французов", "agent")])
event("Бой", "Бой 15–17 ноября начался безуспешными попытками взять мост", "battle",  # 32
      date="15–17 ноября", place="Арколе")
event("попытками", "Бой 15–17 ноября начался безуспешными попытками взять мост", "attack",  # 33
      date="15–17 ноября", place="Арколе", assertion="failed")
event("повёл", "По преданию, генерал сам повёл солдат со знаменем в руках", "attack",  # 34
      date="15–17 ноября", place="Арколе", assertion="disputed", same_as=33,
      actors=[("генерал", "agent")],
      note="a legend, contradicted by the eyewitnesses quoted next")
event("отступили", "Лишь на третий день австрийцы отступили", "retreat", date="на третий день",  # 35
      place="Арколе", actors=[("австрийцы", "agent")])
event("провозглашена", "В декабре в Реджо была провозглашена Циспаданская республика", "founding",  # 36
      date="В декабре", place="Реджо")
event("разгромил", "14 января 1797 года при Риволи Бонапарт разгромил новое наступление Альвинци", "battle",  # 37
      date="14 января 1797 года", place="Риволи",
      actors=[("Бонапарт", "agent"), ("Альвинци", "target")])
event("плен", "В плен, по разным оценкам, попало от 7 до 11 тыс. австрийцев", "battle",  # 38
      date="14 января 1797 года", place="Риволи", same_as=37, actors=[("австрийцев", "target")],
      quantities=[qty("от 7 до 11 тыс. австрийцев", "prisoners", None, min=7000, max=11000,
                      approximate=True)])
event("сложил оружие", "16 января у предместья Ла-Фаворита сложил оружие корпус Провера", "battle",  # 39
      date="16 января", place="Ла-Фаворита", actors=[("корпус Провера", "target")],
      note="the surrender of Provera's relief corps outside Mantua")
event("сдал", "2 февраля Вурмзер сдал Мантую", "capture", date="2 февраля", place="Мантуя",  # 40
      actors=[("Вурмзер", "participant")],
      quantities=[qty("около 16 тыс. человек", "participants", 16000, approximate=True)],
      note="the fall of Mantua; the 16,000 are the garrison left in the fortress")
event("заключил мир", "19 февраля в Толентино папа Пий VI заключил мир", "treaty",  # 41
      date="19 февраля", place="Толентино", actors=[("папа Пий VI", "participant")])
event("отказавшись", "папа Пий VI заключил мир, отказавшись от Болоньи, Феррары и Романьи",  # 42
      "territorial_transfer", date="19 февраля", place="Болонья", actors=[("папа Пий VI", "agent")])
event("отказавшись", "папа Пий VI заключил мир, отказавшись от Болоньи, Феррары и Романьи",  # 43
      "territorial_transfer", date="19 февраля", place="Феррара", actors=[("папа Пий VI", "agent")])
event("отказавшись", "папа Пий VI заключил мир, отказавшись от Болоньи, Феррары и Романьи",  # 44
      "territorial_transfer", date="19 февраля", place="Романья", actors=[("папа Пий VI", "agent")])
event("двинулась", "В марте армия двинулась на Вену против эрцгерцога Карла", "attack",  # 45
      date="В марте", actors=[("армия", "agent"), ("эрцгерцога Карла", "target")],
      note="an offensive aimed at Vienna; the text places no fighting there")
event("форсировали", "16 марта французы форсировали Тальяменто", "attack", date="16 марта",  # 46
      place="Тальяменто", actors=[("французы", "agent")])
event("вступили", "затем через Тарвис (ныне Тарвизио) вступили в Каринтию", "occupation",  # 47
      date={"edtf": "1797-03-16/1797-03-31"}, place="Каринтия",
      note="after the crossing of 16 March, still in March")
event("подписаны", "18 апреля там были подписаны предварительные условия мира", "treaty",  # 48
      date="18 апреля", place="Леобен", note="'там' is Leoben, named in the same sentence")
event("восстание", "17 апреля в Вероне вспыхнуло восстание против французского гарнизона", "uprising",  # 49
      date="17 апреля", place="Верона", actors=[("французского гарнизона", "target")])
event("капитулировал", "25 апреля город капитулировал", "suppression", date="25 апреля",  # 50
      place="Верона", note="the risen city surrendered to the French")
event("объявил", "1 мая Бонапарт объявил Венеции войну", "political_activity", date="1 мая",  # 51
      place="Венеция", actors=[("Бонапарт", "agent"), ("Венеции", "target")],
      note="a declaration of war on the Venetian Republic")
event("сложил власть", "12 мая Большой совет сложил власть", "abolition", date="12 мая",  # 52
      place="Венеция", actors=[("Большой совет", "agent")])
event("заняли", "а через четыре дня французы заняли город", "occupation", date="через четыре дня",  # 53
      place="Венеция", actors=[("французы", "agent")])
event("провозглашена", "29 июня в Милане была провозглашена Цизальпинская республика", "founding",  # 54
      date="29 июня", place="Милан")
event("подписан мир", "17 октября 1797 года (26 вандемьера VI года) в Пассариано, близ деревни "  # 55
      "Кампо-Формио, был подписан мир", "treaty", date="17 октября 1797 года", place="Пассариано")
event("уступала", "Австрия уступала Франции Бельгию", "territorial_transfer",  # 56
      date="17 октября 1797 года", place="Бельгия",
      actors=[("Австрия", "agent"), ("Франции", "participant")])
event("признавала", "Австрия уступала Франции Бельгию и признавала Цизальпинскую республику",  # 57
      "recognition", date="17 октября 1797 года", place="Цизальпинская республика",
      actors=[("Австрия", "agent"), ("Цизальпинскую республику", "target")])
event("получала", "а взамен получала Венецию с Истрией и Далмацией", "territorial_transfer",  # 58
      date="17 октября 1797 года", place="Венеция")
event("получала", "а взамен получала Венецию с Истрией и Далмацией", "territorial_transfer",  # 59
      date="17 октября 1797 года", place="Истрия")
event("получала", "а взамен получала Венецию с Истрией и Далмацией", "territorial_transfer",  # 60
      date="17 октября 1797 года", place="Далмация")
event("перестала существовать", "Тысячелетняя Венецианская республика перестала существовать", "abolition",  # 61
      date="17 октября 1797 года", place="Венецианская республика",
      note="its end is sealed by the treaty; the Great Council had given up power on 12 May")
