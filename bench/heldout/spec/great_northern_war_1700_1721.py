"""Gold spec for bench/heldout/great_northern_war_1700_1721.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once, at the start, that its dates are Old Style (Julian). Day-and-month dates are
converted to the proleptic Gregorian calendar: the whole narrative falls after 1 March 1700 (Julian),
when the difference is 11 days. Seasons, years and coarser values are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/great_northern_war_1700_1721.txt"

OS = "Old Style (Julian), as the text states at the start: +11 days"

gazetteer({
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Швеция": ("polity", 59.33, 18.07, "Q34"),
    "Балтийское море": ("sea", 58.5, 20.0, None),
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Нарва": ("settlement", 59.38, 28.19, None),
    "Речь Посполитая": ("polity", 52.23, 21.01, None),
    "Ниеншанц": ("settlement", 59.94, 30.41, None),
    "Нева": ("river", 59.77, 30.8, None),
    "Санкт-Петербург": ("settlement", 59.94, 30.31, "Q656"),
    "Дерпт": ("settlement", 58.38, 26.72, None, "Тарту"),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Смоленск": ("settlement", 54.78, 32.05, None),
    "Украина": ("region", 50.0, 32.5, None),
    "Лифляндия": ("region", 57.5, 25.5, None),
    "Лесная": ("settlement", 53.5, 31.05, None),
    "Батурин": ("settlement", 51.34, 32.88, None),
    "Глухов": ("settlement", 51.68, 33.91, None),
    "Полтава": ("settlement", 49.59, 34.55, None),
    "Переволочна": ("settlement", 48.98, 34.05, None),
    "Днепр": ("river", 49.07, 33.42, None),
    "Бендеры": ("settlement", 46.83, 29.48, None),
    "Выборг": ("settlement", 60.71, 28.75, None),
    "Рига": ("settlement", 56.95, 24.11, "Q1773"),
    "Ревель": ("settlement", 59.44, 24.75, "Q1770", "Таллин"),
    "Молдавия": ("region", 47.16, 27.59, None),
    "Прут": ("river", 47.21, 27.8, None),
    "Азов": ("settlement", 47.11, 39.42, None),
    "Гангут": ("region", 59.82, 22.97, None, "Ханко"),
    "Стокгольм": ("settlement", 59.33, 18.07, "Q1754"),
    "Гренгам": ("region", 60.03, 20.38, None),
    "Аландские острова": ("region", 60.2, 20.0, None),
    "Ништадт": ("settlement", 60.8, 21.41, None, "Уусикаупунки"),
    "Эстляндия": ("region", 59.0, 25.5, None),
    "Ингрия": ("region", 59.5, 29.5, None),
    "Карелия": ("region", 61.0, 30.1, None),
    "Финляндия": ("region", 61.5, 23.8, None),
})

# ---- dates, in reading order
date("1700–1721 годов", "1700/1721", "interval")
date("19 августа 1700 года", "1700-08-30", "day", note=OS)
date("вскоре", "1700-08-30/1700-11-30", "interval", kind="vague", derivation="anchored",
     note="soon after the declaration of 19 August (30 August NS), before Charles XII arrived on 19 November")
date("19 ноября", "1700-11-30", "day", derivation="anchored", note=OS)
date("В 1701–1706 годах", "1701/1706", "interval")
date("Весной 1703 года", "1703-21", "season")
date("16 мая", "1703-05-27", "day", derivation="anchored", note=OS)
date("13 июля 1704 года", "1704-07-24", "day", note=OS)
date("месячной", None, None, kind="duration", duration="P1M")
date("9 августа", "1704-08-20", "day", derivation="anchored", note=OS)
date("четыре года назад", "1700", "year", derivation="computed", note="1704 − 4 years")
date("В начале лета 1708 года", "1708-06", "month",
     note="beginning of summer (June–August): its first third, i.e. June; a season part, left as written")
date("28 сентября", "1708-10-09", "day", derivation="anchored", note=OS)
date("Вскоре", "1708-10-09/1708-11-13", "interval", kind="vague", derivation="anchored",
     note="soon after 28 September (9 October NS), before 2 November (13 November NS)")
date("2 ноября", "1708-11-13", "day", derivation="anchored", note=OS)
date("Через четыре дня", "1708-11-17", "day", derivation="computed",
     note="2 November + 4 days = 6 November OS = 17 November NS")
date("За зиму", "1708-12/1709-02", "season", derivation="anchored", note="the winter of 1708/09")
date("Весной 1709 года", "1709-21", "season")
date("около двух месяцев", None, None, kind="duration", duration="P2M", note="approximate")
date("27 июня", "1709-07-08", "day", derivation="anchored", note=OS)
date("Через три дня", "1709-07-11", "day", derivation="computed",
     note="27 June + 3 days = 30 June OS = 11 July NS")
date("В 1710 году", "1710", "year")
date("Осенью того же года", "1710-23", "season", derivation="anchored")
date("Летом 1711 года", "1711-22", "season")
date("трёхдневных", None, None, kind="duration", duration="P3D")
date("12 июля", "1711-07-23", "day", derivation="anchored", note=OS)
date("27 июля 1714 года", "1714-08-07", "day", note=OS)
date("Летом 1719 года", "1719-22", "season")
date("27 июля 1720 года", "1720-08-07", "day", note=OS)
date("в 1718 году", "1718", "year")
date("30 августа 1721 года", "1721-09-10", "day", note=OS)
date("22 октября", "1721-11-02", "day", derivation="anchored", note=OS)

# ---- places, in reading order
for quote, name in [
    ("России", "Россия"), ("Швеции", "Швеция"), ("Балтийскому морю", "Балтийское море"),
    ("Османской империей", "Османская империя"), ("Швеции", "Швеция"), ("Нарву", "Нарва"),
    ("Речи Посполитой", "Речь Посполитая"), ("Ниеншанц", None), ("Невы", "Нева"),
    ("Санкт-Петербург", None), ("Дерпт", None), ("Нарва", None),
    ("Москву", "Москва"), ("Смоленску", "Смоленск"), ("Украину", "Украина"), ("Лифляндии", "Лифляндия"),
    ("Лесной", "Лесная"), ("Батурин", None), ("Глухове", "Глухов"),
    ("Полтаву", "Полтава"), ("Полтавы", "Полтава"), ("Полтавской", "Полтава"),
    ("Переволочны", "Переволочна"), ("Днепре", "Днепр"), ("Бендеры", None),
    ("Выборг", None), ("Рига", None), ("Ревель", None), ("Османская империя", None), ("России", "Россия"),
    ("Молдавию", "Молдавия"), ("Прут", None), ("Россия", None), ("Азов", None),
    ("Гангут", None), ("Швеции", "Швеция"), ("Стокгольма", "Стокгольм"), ("Гренгам", None),
    ("Аландских островах", "Аландские острова"), ("Ништадте", "Ништадт"), ("Швеция", None),
    ("России", "Россия"), ("Лифляндию", "Лифляндия"), ("Эстляндию", "Эстляндия"), ("Ингрию", "Ингрия"),
    ("Карелии", "Карелия"), ("Финляндию", "Финляндия"), ("Санкт-Петербурге", "Санкт-Петербург"),
    ("Россия", None),
]:
    place(quote, name)

# ---- events
event("мир", "Заключив мир с Османской империей", "treaty",  # 0
      place="Османская империя", actors=[("Османской империей", "participant")],
      note="the peace with the Ottomans (Constantinople, 1700); the text names no date, only that it "
           "preceded the declaration of 19 August 1700")
event("объявил войну", "Пётр I 19 августа 1700 года объявил войну Швеции", "political_activity",  # 1
      date="19 августа 1700 года", actors=[("Пётр I", "agent"), ("Швеции", "target")],
      note="declaration of war; the text names no place where it was made")
event("осадила", "вскоре русская армия осадила Нарву", "siege", date="вскоре", place="Нарва",  # 2
      actors=[("русская армия", "agent")])
event("Обстрел", "Обстрел крепости успеха не принёс", "bombardment", date="вскоре", place="Нарва",  # 3
      assertion="failed", note="'крепости' = Narva")
event("подошёл", "19 ноября к городу подошёл Карл XII с войском около 8 тыс. человек", "reinforcement",  # 4
      date="19 ноября", place="Нарва", actors=[("Карл XII", "agent")],
      quantities=[qty("около 8 тыс. человек", "participants", 8000, approximate=True)],
      note="'к городу' = Narva")
event("разгромил", "Внезапной атакой король разгромил почти 35-тысячную русскую армию", "battle",  # 5
      date="19 ноября", place="Нарва", actors=[("король", "agent"), ("русскую армию", "target")],
      quantities=[qty("почти 35-тысячную", "participants", 35000, max=35000, approximate=True),
                  qty("до 7 тыс. человек", "fatalities", 7000, max=7000, approximate=True),
                  qty("десятки офицеров", "prisoners", None, min=20, max=90, approximate=True)],
      note="the Russian losses are given in the second half of the same sentence")
event("воевал", "В 1701–1706 годах Карл XII воевал с Августом II в Речи Посполитой", "battle",  # 6
      date="В 1701–1706 годах", place="Речь Посполитая",
      actors=[("Карл XII", "participant"), ("Августом II", "participant")])
event("взята", "Весной 1703 года была взята шведская крепость Ниеншанц в устье Невы", "capture",  # 7
      date="Весной 1703 года", place="Ниеншанц")
event("заложили", "16 мая неподалёку заложили крепость, от которой ведёт начало Санкт-Петербург",  # 8
      "founding", date="16 мая", place="Санкт-Петербург")
event("осады", "13 июля 1704 года после месячной осады капитулировал Дерпт", "siege",  # 9
      date={"edtf": "1704-06-24/1704-07-24"}, place="Дерпт",
      note="a month's siege ending on 13 July OS (24 July NS)")
event("капитулировал", "13 июля 1704 года после месячной осады капитулировал Дерпт", "capture",  # 10
      date="13 июля 1704 года", place="Дерпт")
event("взята", "9 августа штурмом была взята Нарва", "capture", date="9 августа", place="Нарва")  # 11
event("потерпели поражение", "город, под стенами которого четыре года назад русские потерпели поражение",  # 12
      "battle", date="четыре года назад", place="Нарва", actors=[("русские", "participant")], same_as=5,
      note="refers back to the defeat at Narva in 1700")
event("выступил в поход", "В начале лета 1708 года Карл XII выступил в поход на Москву", "attack",  # 13
      date="В начале лета 1708 года", actors=[("Карл XII", "agent")],
      note="Moscow is the goal of the campaign, not where it took place; the start point is not named")
event("повернул", "на подступах к Смоленску повернул на Украину", "reinforcement",  # 14
      date={"edtf": "1708-06/1708-10-09"}, place="Украина",
      note="redeployment of the Swedish army; the place is the destination (the turn was near Smolensk); "
           "between the start of the campaign and 28 September OS")
event("разгромлен", "Шедший к нему из Лифляндии корпус Левенгаупта 28 сентября был настигнут у деревни "  # 15
      "Лесной и разгромлен", "battle", date="28 сентября", place="Лесная",
      actors=[("корпус Левенгаупта", "target")],
      quantities=[qty("несколько сотен шведов", "prisoners", None, min=200, max=900, approximate=True)])
event("перешёл на сторону", "Вскоре гетман Иван Мазепа перешёл на сторону короля", "political_activity",  # 16
      date="Вскоре", place="Украина", actors=[("гетман Иван Мазепа", "agent")], note="defection")
event("перехода", "массового перехода казаков к шведам так и не произошло", "political_activity",  # 17
      date="Вскоре", place="Украина", assertion="negated", actors=[("казаков", "agent")],
      note="a mass defection of the Cossacks that did not happen")
event("взяли", "2 ноября войска Меншикова штурмом взяли Батурин", "capture",  # 18
      date="2 ноября", place="Батурин", actors=[("войска Меншикова", "agent")])
event("сожжён", "Город был сожжён", "looting", date="2 ноября", place="Батурин",  # 19
      note="'Город' = Baturyn; destruction of property")
event("перебиты", "а его жители, по свидетельствам современников, перебиты почти поголовно", "massacre",  # 20
      date="2 ноября", place="Батурин", assertion="reported", actors=[("жители", "target")],
      note="attributed to contemporaries' accounts")
event("избрали", "Через четыре дня в Глухове гетманом избрали Ивана Скоропадского", "election",  # 21
      date="Через четыре дня", place="Глухов", actors=[("Ивана Скоропадского", "participant")])
event("нападений", "За зиму шведская армия, страдавшая от морозов и нападений крестьян, поредела", "attack",  # 22
      date="За зиму", place="Украина", actors=[("крестьян", "agent"), ("шведская армия", "target")])
event("осадили", "Весной 1709 года шведы осадили Полтаву", "siege", date="Весной 1709 года",  # 23
      place="Полтава", actors=[("шведы", "agent")])
event("держали оборону", "Гарнизон и горожане около двух месяцев держали оборону", "siege",  # 24
      date="Весной 1709 года", place="Полтава", actors=[("Гарнизон и горожане", "participant")], same_as=23,
      note="the defence of Poltava, lasting about two months")
event("штурмом", "все попытки взять крепость штурмом провалились", "attack", date="Весной 1709 года",  # 25
      place="Полтава", assertion="failed", note="'крепость' = Poltava; Swedish assaults")
event("разбили", "27 июня у Полтавы около 42 тыс. русских разбили армию короля", "battle",  # 26
      date="27 июня", place="Полтава", actors=[("русских", "agent"), ("армию короля", "target")],
      quantities=[qty("около 42 тыс. русских", "participants", 42000, approximate=True)])
event("битве", "В Полтавской битве шведы потеряли более 9 тыс. убитыми и около 3 тыс. пленными", "battle",  # 27
      date="27 июня", place="Полтава", actors=[("шведы", "participant")], same_as=26,
      quantities=[qty("более 9 тыс. убитыми", "fatalities", 9000, min=9000, approximate=True),
                  qty("около 3 тыс. пленными", "prisoners", 3000, approximate=True)])
event("принудил к сдаче", "Через три дня у Переволочны на Днепре Меншиков принудил к сдаче остатки шведской "  # 28
      "армии — более 16 тыс. человек", "capture", date="Через три дня", place="Переволочна",
      actors=[("Меншиков", "agent"), ("остатки шведской армии", "target")],
      quantities=[qty("более 16 тыс. человек", "prisoners", 16000, min=16000, approximate=True)],
      note="surrender of the Swedish army")
event("бежали", "а Карл XII и Мазепа бежали в турецкие владения, в Бендеры", "retreat",  # 29
      date="Через три дня", place="Бендеры", actors=[("Карл XII", "agent"), ("Мазепа", "agent")],
      note="the place is the destination, the only place the clause names")
event("пали", "В 1710 году пали Выборг, Рига и Ревель", "capture", date="В 1710 году", place="Выборг")  # 30
event("пали", "В 1710 году пали Выборг, Рига и Ревель", "capture", date="В 1710 году", place="Рига")  # 31
event("пали", "В 1710 году пали Выборг, Рига и Ревель", "capture", date="В 1710 году", place="Ревель")  # 32
event("объявила", "Осенью того же года Османская империя по настоянию Карла XII объявила России войну",  # 33
      "political_activity", date="Осенью того же года", place="Османская империя",
      actors=[("Османская империя", "agent"), ("России", "target")], note="declaration of war")
event("вступившая", "Летом 1711 года 38-тысячная армия Петра, вступившая в Молдавию", "reinforcement",  # 34
      date="Летом 1711 года", place="Молдавия", actors=[("армия Петра", "agent")],
      quantities=[qty("38-тысячная", "participants", 38000)])
event("окружена", "Летом 1711 года 38-тысячная армия Петра, вступившая в Молдавию, была окружена на реке "  # 35
      "Прут почти 120-тысячным турецким войском", "siege", date="Летом 1711 года", place="Прут",
      actors=[("турецким войском", "agent"), ("армия Петра", "target")],
      quantities=[qty("38-тысячная", "participants", 38000),
                  qty("почти 120-тысячным", "participants", 120000, max=120000, approximate=True)],
      note="encirclement")
event("боёв", "После трёхдневных боёв", "battle", date={"edtf": "1711-07-20/1711-07-23"}, place="Прут",  # 36
      note="three days of fighting up to 12 July OS (23 July NS)")
event("подписан мир", "12 июля был подписан мир", "treaty", date="12 июля", place="Прут",  # 37
      note="signed at the encircled camp on the Prut")
event("возвращала", "по которому Россия возвращала туркам Азов", "territorial_transfer",  # 38
      date="12 июля", place="Азов", actors=[("Россия", "agent"), ("туркам", "participant")])
event("атаковал", "27 июля 1714 года у мыса Гангут галерный флот атаковал шведский отряд и взял на абордаж "  # 39
      "все его суда", "battle", date="27 июля 1714 года", place="Гангут",
      actors=[("галерный флот", "agent"), ("шведский отряд", "target")],
      quantities=[qty("более 500 шведов", "prisoners", 500, min=500, approximate=True)])
event("высадились", "Летом 1719 года русские десанты высадились в Швеции", "attack",  # 40
      date="Летом 1719 года", place="Швеция", actors=[("русские десанты", "agent")])
event("разорили", "Летом 1719 года русские десанты высадились в Швеции и разорили окрестности Стокгольма",  # 41
      "looting", date="Летом 1719 года", place="Стокгольм", actors=[("русские десанты", "agent")])
event("захватили", "27 июля 1720 года у острова Гренгам галеры князя Голицына захватили четыре шведских "  # 42
      "фрегата", "battle", date="27 июля 1720 года", place="Гренгам",
      actors=[("галеры князя Голицына", "agent"), ("четыре шведских фрегата", "target")])
event("переговоры", "Начатые в 1718 году на Аландских островах переговоры к миру не привели", "negotiations",  # 43
      date="в 1718 году", place="Аландские острова", note="begun in 1718")
event("миру", "Начатые в 1718 году на Аландских островах переговоры к миру не привели", "treaty",  # 44
      place="Аландские острова", assertion="negated", note="the peace the Åland talks did not produce")
event("подписан мирный договор", "Лишь 30 августа 1721 года в Ништадте был подписан мирный договор",  # 45
      "treaty", date="30 августа 1721 года", place="Ништадт")
for name in ["Лифляндия", "Эстляндия", "Ингрия", "Карелия"]:  # 46-49
    event("уступила", "Швеция уступила России Лифляндию, Эстляндию, Ингрию и часть Карелии",
          "territorial_transfer", date="30 августа 1721 года", place=name,
          actors=[("Швеция", "agent"), ("России", "participant")])
event("получила обратно", "а Финляндию получила обратно", "territorial_transfer",  # 50
      date="30 августа 1721 года", place="Финляндия", actors=[("Швеция", "participant")],
      note="returned by Russia to Sweden")
event("поднёс", "22 октября в Санкт-Петербурге Сенат поднёс Петру титул императора",  # 51
      "political_activity", date="22 октября", place="Санкт-Петербург",
      actors=[("Сенат", "agent"), ("Петру", "participant")])
event("провозглашена", "Россия была провозглашена империей", "founding", date="22 октября",  # 52
      place="Россия")
