"""Gold spec for bench/heldout/winter_war_1939_1940.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/winter_war_1939_1940.txt"

gazetteer({
    "Советский Союз": ("polity", 55.75, 37.62, "Q15180"),
    "СССР": ("polity", 55.75, 37.62, "Q15180"),
    "Финляндия": ("polity", 61.9, 25.7, "Q33"),
    "Ленинград": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "Ханко": ("region", 59.83, 22.95, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Майнила": ("settlement", 60.16, 29.98, None),
    "Финский залив": ("sea", 59.9, 26.0, None),
    "Баренцево море": ("sea", 73.0, 40.0, None),
    "Хельсинки": ("settlement", 60.17, 24.94, "Q1757"),
    "Териоки": ("settlement", 60.2, 29.7, None, "Зеленогорск"),
    "Финляндская Демократическая Республика": ("polity", 60.2, 29.7, None),
    "Женева": ("settlement", 46.2, 6.15, "Q71"),
    "Карельский перешеек": ("region", 60.5, 29.8, None),
    "Сумма": ("settlement", 60.57, 28.95, None),
    "Тайпале": ("settlement", 60.55, 30.45, None),
    "Ладожское озеро": ("lake", 61.0, 31.5, None),
    "Толваярви": ("settlement", 62.28, 31.47, None),
    "Суомуссалми": ("settlement", 64.89, 28.91, None),
    "Раате": ("settlement", 64.82, 29.75, None),
    "Крайний Север": ("region", 69.0, 31.0, None),
    "Петсамо": ("settlement", 69.53, 31.18, None, "Печенга"),
    "Ляхде": ("settlement", 60.56, 29.0, None),
    "Выборг": ("settlement", 60.71, 28.75, None),
    "Салла": ("settlement", 66.83, 28.67, None),
    "Выборгский залив": ("sea", 60.6, 28.6, None),
    "Англия": ("polity", 51.51, -0.13, None),
    "Франция": ("polity", 46.6, 2.2, "Q142"),
    "Северное Приладожье": ("region", 61.7, 31.0, None),
    "Рыбачий": ("region", 69.7, 32.4, None),
    "Карельская АССР": ("polity", 61.79, 34.35, None),
    "Карело-Финская ССР": ("polity", 61.79, 34.35, None),
    "Южа": ("settlement", 56.59, 42.02, None),
})

# ---- dates, in reading order
date("Осенью 1939 года", "1939-23", "season")
date("12 октября", "1939-10-12", "day", derivation="anchored")
date("13 ноября", "1939-11-13", "day", derivation="anchored")
date("26 ноября", "1939-11-26", "day", derivation="anchored")
date("Через два дня", "1939-11-28", "day", derivation="computed", note="26 November + 2 days")
date("1932 года", "1932", "year")
date("30 ноября 1939 года", "1939-11-30", "day")
date("В тот же день", "1939-11-30", "day", derivation="anchored")
date("Тогда же", "1939-11", "month", kind="vague", derivation="anchored",
     note="'at the same time' as 30 November")
date("1 декабря", "1939-12-01", "day", derivation="anchored")
date("на следующий день", "1939-12-02", "day", derivation="computed", note="1 December + 1 day")
date("14 декабря", "1939-12-14", "day", derivation="anchored")
date("в декабре", "1939-12", "month", derivation="anchored")
date("12 декабря", "1939-12-12", "day", derivation="anchored")
date("7 декабря", "1939-12-07", "day", derivation="anchored")
date("вскоре", "1939-12-07/1939-12-31", "interval", kind="vague", derivation="anchored",
     note="soon after 7 December, before the end of the month named next")
date("к концу месяца", "1939-12-21/1939-12-31", "interval", derivation="anchored")
date("в первую неделю января 1940 года", "1940-01-01/1940-01-07", "interval")
date("11 января", "1940-01-11", "day", derivation="anchored")
date("в начале декабря", "1939-12-01/1939-12-10", "interval", derivation="anchored",
     note="the narrative steps back ('ещё') to December 1939")
date("7 января", "1940-01-07", "day", derivation="anchored")
date("11 февраля", "1940-02-11", "day", derivation="anchored")
date("через несколько дней", "1940-02-13/1940-02-21", "interval", derivation="computed",
     note="11 February + a few days")
date("К 17 февраля", "1940-02-17", "day", derivation="anchored", note="'by 17 February'")
date("в конце месяца", "1940-02-21/1940-02-29", "interval", derivation="anchored")
date("28 февраля", "1940-02-28", "day", derivation="anchored")
date("В начале марта", "1940-03-01/1940-03-10", "interval", derivation="anchored")
date("8 марта", "1940-03-08", "day", derivation="anchored")
date("12 марта", "1940-03-12", "day", derivation="anchored")
date("в полдень следующего дня", "1940-03-13", "day", derivation="computed", note="12 March + 1 day, at noon")
date("на 30 лет", None, None, kind="duration", duration="P30Y")
date("31 марта", "1940-03-31", "day", derivation="anchored")
date("За три с половиной месяца", None, None, kind="duration", duration="P3M15D")
date("в 1990-х годах", "199X", "decade")
date("весной 1940 года", "1940-21", "season")

# ---- places, in reading order
for quote, name in [
    ("Советский Союз", None), ("Финляндии", "Финляндия"), ("Ленинграда", "Ленинград"), ("Ханко", None),
    ("Москве", "Москва"), ("Майнила", None), ("Финляндия", None), ("СССР", None),
    ("Финского залива", "Финский залив"), ("Баренцева моря", "Баренцево море"), ("Хельсинки", None),
    ("Териоках", "Териоки"),
    ("Финляндской Демократической Республики", "Финляндская Демократическая Республика"),
    ("Москве", "Москва"), ("Женеве", "Женева"), ("СССР", None),
    ("Карельском перешейке", "Карельский перешеек"), ("Сумма", None), ("Тайпале", None),
    ("Ладожского озера", "Ладожское озеро"), ("Толваярви", None), ("Суомуссалми", None),
    ("Раатской", "Раате"), ("Крайнем Севере", "Крайний Север"), ("Петсамо", None),
    ("Карельский перешеек", None), ("Ляхде", None), ("Выборгу", "Выборг"), ("Саллой", "Салла"),
    ("Выборгского залива", "Выборгский залив"), ("Выборга", "Выборг"),
    ("Англией", "Англия"), ("Францией", "Франция"), ("Москве", "Москва"), ("Финляндия", None),
    ("Карельский перешеек", None), ("Выборгом", "Выборг"), ("Северное Приладожье", None),
    ("Рыбачий", None), ("Ханко", None), ("Финляндии", "Финляндия"),
    ("Карельской АССР", "Карельская АССР"), ("Карело-Финскую ССР", "Карело-Финская ССР"),
    ("Южский", "Южа"),
]:
    place(quote, name)

# ---- events
event("Переговоры", "Переговоры в Москве, начавшиеся 12 октября, зашли в тупик", "negotiations",  # 0
      date="12 октября", place="Москва", assertion="failed",
      note="talks opened on 12 October and broke down; the delegation left on 13 November")
event("обстреляла", "26 ноября у деревни Майнила, по сообщению советской стороны, финская артиллерия "  # 1
      "обстреляла красноармейцев и убила четырёх из них", "bombardment",
      date="26 ноября", place="Майнила", assertion="disputed",
      actors=[("финская артиллерия", "agent"), ("красноармейцев", "target")],
      quantities=[qty("четырёх", "fatalities", 4)],
      note="reported by the Soviet side, denied by Finland; the text says it is still disputed")
event("денонсировал", "Через два дня СССР денонсировал договор о ненападении 1932 года",  # 2
      "political_activity", date="Через два дня", actors=[("СССР", "agent")])
event("сосредоточившая", "30 ноября 1939 года Красная армия, сосредоточившая у границы около 450 тыс. "  # 3
      "человек", "reinforcement", date="30 ноября 1939 года", actors=[("Красная армия", "agent")],
      quantities=[qty("около 450 тыс. человек", "participants", 450000, approximate=True)],
      note="forces concentrated on the border by 30 November")
event("перешла в наступление", "30 ноября 1939 года Красная армия, сосредоточившая у границы около 450 тыс. "  # 4
      "человек, перешла в наступление от Финского залива до Баренцева моря", "attack",
      date="30 ноября 1939 года", place="Финляндия", actors=[("Красная армия", "agent")],
      quantities=[qty("около 450 тыс. человек", "participants", 450000, approximate=True)],
      note="the front ran from the Gulf of Finland to the Barents Sea")
event("бомбили", "В тот же день советские самолёты бомбили Хельсинки, где погибли около 90 мирных жителей",  # 5
      "bombardment", date="В тот же день", place="Хельсинки",
      actors=[("советские самолёты", "agent"), ("мирных жителей", "target")],
      quantities=[qty("около 90 мирных жителей", "fatalities", 90, approximate=True)])
event("назначен", "Тогда же маршал К. Г. Маннергейм был назначен главнокомандующим финской армией",  # 6
      "political_activity", date="Тогда же", actors=[("маршал К. Г. Маннергейм", "participant")])
event("занятых", "в занятых Териоках", "capture",  # 7
      date={"edtf": "1939-11-30/1939-12-01"}, place="Териоки",
      note="taken between the invasion and 1 December; no agent is named")
event("создании", "1 декабря в занятых Териоках было объявлено о создании «Финляндской Демократической "  # 8
      "Республики» во главе с О. В. Куусиненом", "founding", date="1 декабря", place="Териоки",
      actors=[("Финляндской Демократической Республики", "participant"), ("О. В. Куусиненом", "participant")])
event("подписали договор", "на следующий день в Москве с этим правительством подписали договор о взаимопомощи",  # 9
      "treaty", date="на следующий день", place="Москва", actors=[("этим правительством", "participant")])
event("исключила", "14 декабря в Женеве Лига Наций исключила СССР", "political_activity",  # 10
      date="14 декабря", place="Женева", actors=[("Лига Наций", "agent"), ("СССР", "target")])
event("Штурм", "Штурм линии Маннергейма на Карельском перешейке в декабре захлебнулся", "attack",  # 11
      date="в декабре", place="Карельский перешеек", assertion="failed")
event("атаки", "атаки у Сумма и Тайпале были отбиты", "attack",  # 12
      date="в декабре", place="Сумма", assertion="failed")
event("атаки", "атаки у Сумма и Тайпале были отбиты", "attack",  # 13
      date="в декабре", place="Тайпале", assertion="failed")
event("окружали", "Севернее Ладожского озера финские лыжники окружали советские колонны на лесных дорогах",  # 14
      "siege", date={"edtf": "1939-12/1940-02"}, place="Ладожское озеро",
      actors=[("финские лыжники", "agent"), ("советские колонны", "target")],
      note="encirclements north of Lake Ladoga; the text gives no date")
event("разбили", "12 декабря у Толваярви финны разбили наступавшую 139-ю дивизию", "battle",  # 15
      date="12 декабря", place="Толваярви", actors=[("финны", "agent"), ("139-ю дивизию", "target")])
event("заняли", "Суомуссалми красные заняли ещё 7 декабря", "capture",  # 16
      date="7 декабря", place="Суомуссалми", actors=[("красные", "agent")])
event("окружена", "вскоре их 163-я дивизия была окружена", "siege",  # 17
      date="вскоре", place="Суомуссалми", actors=[("163-я дивизия", "target")])
event("разгромлена", "вскоре их 163-я дивизия была окружена и к концу месяца разгромлена", "battle",  # 18
      date="к концу месяца", place="Суомуссалми", actors=[("163-я дивизия", "target")])
event("постигла", "в первую неделю января 1940 года на Раатской дороге та же участь постигла 44-ю дивизию; "  # 19
      "в плен попало более 1 тыс. красноармейцев", "battle",
      date="в первую неделю января 1940 года", place="Раате", actors=[("44-ю дивизию", "target")],
      quantities=[qty("более 1 тыс. красноармейцев", "prisoners", 1000, min=1000, approximate=True)],
      note="the division was encircled and destroyed like the 163rd")
event("расстреляли", "Её командира А. И. Виноградова 11 января расстреляли перед строем вместе с начальником "  # 20
      "штаба и комиссаром", "execution", date="11 января",
      actors=[("А. И. Виноградова", "target"), ("начальником штаба", "target"), ("комиссаром", "target")])
event("захватили", "На Крайнем Севере советские части ещё в начале декабря захватили Петсамо", "capture",  # 21
      date="в начале декабря", place="Петсамо", actors=[("советские части", "agent")])
event("поставлен", "7 января во главе Северо-Западного фронта был поставлен С. К. Тимошенко",  # 22
      "political_activity", date="7 января", actors=[("С. К. Тимошенко", "participant")])
event("перебросили", "На Карельский перешеек перебросили свежие дивизии и тяжёлую артиллерию",  # 23
      "reinforcement", date={"edtf": "1940-01-07/1940-02-11"}, place="Карельский перешеек",
      actors=[("свежие дивизии", "agent")], note="between 7 January and the assault of 11 February")
event("штурм", "11 февраля начался решающий штурм", "attack",  # 24
      date="11 февраля", place="Карельский перешеек")
event("прорвана", "через несколько дней оборона у Ляхде была прорвана", "battle",  # 25
      date="через несколько дней", place="Ляхде")
event("отвели войска", "К 17 февраля финны отвели войска на вторую полосу укреплений", "retreat",  # 26
      date="К 17 февраля", place="Карельский перешеек", actors=[("финны", "agent")])
event("отступили", "К 17 февраля финны отвели войска на вторую полосу укреплений, а в конце месяца "  # 27
      "отступили к Выборгу", "retreat", date="в конце месяца", place="Выборг", actors=[("финны", "agent")])
event("сменили", "28 февраля около 8 тыс. шведских добровольцев сменили финские части под Саллой",  # 28
      "reinforcement", date="28 февраля", place="Салла",
      actors=[("шведских добровольцев", "agent"), ("финские части", "participant")],
      quantities=[qty("около 8 тыс. шведских добровольцев", "participants", 8000, approximate=True)])
event("вышли", "В начале марта красноармейцы по льду Выборгского залива вышли на его западный берег",  # 29
      "attack", date="В начале марта", place="Выборгский залив", actors=[("красноармейцы", "agent")])
event("бои", "бои завязались на окраинах Выборга", "battle",  # 30
      date="В начале марта", place="Выборг")
event("отправлен", "Обещанный Англией и Францией экспедиционный корпус так и не был отправлен",  # 31
      "reinforcement", date={"edtf": "1940-02/1940-03"}, assertion="negated",
      actors=[("экспедиционный корпус", "agent"), ("Англией", "participant"), ("Францией", "participant")],
      note="the promised Anglo-French force never came; dated by the narrative, before the peace talks")
event("переговоры", "8 марта в Москве начались переговоры с делегацией премьера Р. Рюти", "negotiations",  # 32
      date="8 марта", place="Москва", actors=[("делегацией премьера Р. Рюти", "participant")])
event("подписан", "12 марта был подписан мирный договор", "treaty",  # 33
      date="12 марта", place="Москва")
event("прекратились", "Боевые действия прекратились в полдень следующего дня", "treaty",  # 34
      date="в полдень следующего дня", note="the ceasefire set by the peace treaty took effect")
event("уступила", "Финляндия уступила Карельский перешеек с Выборгом, Северное Приладожье и часть "  # 35
      "полуострова Рыбачий", "territorial_transfer", date="12 марта", place="Карельский перешеек",
      actors=[("Финляндия", "agent")])
event("уступила", "Финляндия уступила Карельский перешеек с Выборгом, Северное Приладожье и часть "  # 36
      "полуострова Рыбачий", "territorial_transfer", date="12 марта", place="Выборг",
      actors=[("Финляндия", "agent")])
event("уступила", "Финляндия уступила Карельский перешеек с Выборгом, Северное Приладожье и часть "  # 37
      "полуострова Рыбачий", "territorial_transfer", date="12 марта", place="Северное Приладожье",
      actors=[("Финляндия", "agent")])
event("уступила", "Финляндия уступила Карельский перешеек с Выборгом, Северное Приладожье и часть "  # 38
      "полуострова Рыбачий", "territorial_transfer", date="12 марта", place="Рыбачий",
      actors=[("Финляндия", "agent")])
event("сдала в аренду", "Финляндия уступила Карельский перешеек с Выборгом, Северное Приладожье и часть "  # 39
      "полуострова Рыбачий, а полуостров Ханко сдала в аренду на 30 лет", "territorial_transfer",
      date="12 марта", place="Ханко", actors=[("Финляндия", "agent")], note="leased for 30 years")
event("переселились", "Около 420 тыс. жителей отошедших земель переселились вглубь Финляндии", "flight",  # 40
      date={"edtf": "1940-03"}, place="Финляндия", actors=[("жителей", "participant")],
      quantities=[qty("Около 420 тыс. жителей", "displaced", 420000, approximate=True)],
      note="place is the destination, the only place the clause names")
event("образовали", "31 марта из Карельской АССР и большей части новых земель образовали Карело-Финскую ССР",  # 41
      "founding", date="31 марта", place="Карело-Финская ССР", actors=[("Карело-Финскую ССР", "participant")])
event("боёв", "За три с половиной месяца боёв, по данным, обнародованным в 1990-х годах, Красная армия "  # 42
      "потеряла убитыми и пропавшими без вести более 126 тыс. человек, финская армия — около 26 тыс.",
      "battle", date={"edtf": "1939-11-30/1940-03-13"}, place="Финляндия",
      actors=[("Красная армия", "participant"), ("финская армия", "participant")],
      quantities=[qty("более 126 тыс. человек", "fatalities", 126000, min=126000, approximate=True),
                  qty("около 26 тыс.", "fatalities", 26000, approximate=True)],
      note="the war as a whole; only the loss figures are attributed (to data published in the 1990s); "
           "counts include the missing")
event("заключены", "Более 5 тыс. красноармейцев, вернувшихся весной 1940 года из финского плена, были "  # 43
      "заключены в Южский лагерь НКВД", "arrest", date="весной 1940 года", place="Южа",
      actors=[("красноармейцев", "target"), ("НКВД", "agent")],
      quantities=[qty("Более 5 тыс. красноармейцев", "prisoners", 5000, min=5000, approximate=True)])
