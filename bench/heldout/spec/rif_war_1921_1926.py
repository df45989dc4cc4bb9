"""Gold spec for bench/heldout/rif_war_1921_1926.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/rif_war_1921_1926.txt"

gazetteer({
    "Мадрид": ("settlement", 40.42, -3.70, "Q2807"),
    "Марокко": ("polity", 34.02, -6.84, "Q1028"),
    "Риф": ("region", 35.0, -4.0, None),
    "Мелилья": ("settlement", 35.29, -2.94, None),
    "Альхусемас": ("sea", 35.23, -3.88, None),
    "Абаран": ("mountain", 35.17, -3.68, None),
    "Игерибен": ("settlement", 35.12, -3.58, None),
    "Анвал": ("settlement", 35.14, -3.60, None),
    "Сеута": ("settlement", 35.89, -5.32, None),
    "Дар-Дриус": ("settlement", 34.98, -3.38, None, "Дриуш"),
    "Монте-Арруит": ("settlement", 35.00, -3.03, None, "Эль-Арруи"),
    "Надор": ("settlement", 35.17, -2.93, None),
    "Зелуан": ("settlement", 35.07, -2.94, None, "Селуан"),
    "Испания": ("polity", 40.42, -3.70, "Q29"),
    "Адждир": ("settlement", 35.20, -3.90, None),
    "Рифская республика": ("polity", 35.20, -3.90, None),
    "Барселона": ("settlement", 41.39, 2.17, "Q1492"),
    "Шауэн": ("settlement", 35.17, -5.27, None, "Шефшауэн"),
    "Тетуан": ("settlement", 35.57, -5.37, None),
    "Тазрут": ("settlement", 35.27, -5.58, None),
    "Уэрга": ("river", 34.65, -4.70, None),
    "Фес": ("settlement", 34.03, -5.00, None),
    "Таза": ("settlement", 34.21, -4.01, None),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Уджда": ("settlement", 34.68, -1.91, None),
    "Таргист": ("settlement", 34.94, -4.32, None),
    "Реюньон": ("region", -21.11, 55.53, "Q17070"),
})

# ---- dates, in reading order (the text states once that its dates are Gregorian)
date("27 ноября 1912 года", "1912-11-27", "day")
date("Весной 1921 года", "1921-21", "season")
date("1 июня", "1921-06-01", "day", derivation="anchored")
date("В середине июля", "1921-07-11/1921-07-20", "interval", derivation="anchored")
date("21 июля", "1921-07-21", "day", derivation="anchored")
date("На следующий день", "1921-07-22", "day", derivation="computed", note="21 July + 1 day")
date("24 июля", "1921-07-24", "day", derivation="anchored")
date("в конце июля", "1921-07-21/1921-07-31", "interval", derivation="anchored")
date("2 августа", "1921-08-02", "day", derivation="anchored")
date("на другой день", "1921-08-03", "day", derivation="computed", note="2 August + 1 day")
date("десятидневной", None, None, kind="duration", duration="P10D")
date("9 августа", "1921-08-09", "day", derivation="anchored")
date("В сентябре", "1921-09", "month", derivation="anchored")
date("17 сентября", "1921-09-17", "day", derivation="anchored")
date("на следующий день", "1921-09-18", "day", derivation="computed", note="17 September + 1 day")
date("24 октября", "1921-10-24", "day", derivation="anchored")
date("В январе 1923 года", "1923-01", "month")
date("13 сентября 1923 года", "1923-09-13", "day")
date("через два дня", "1923-09-15", "day", derivation="computed", note="13 September + 2 days")
date("С 1924 года", "1924", "year", note="start of a process that goes on")
date("Осенью", "1924-23", "season", derivation="anchored")
date("В середине ноября", "1924-11-11/1924-11-20", "interval", derivation="anchored")
date("около месяца", None, None, kind="duration", duration="P1M", note="approximate")
date("В конце января 1925 года", "1925-01-21/1925-01-31", "interval")
date("13 апреля 1925 года", "1925-04-13", "day")
date("За несколько недель", None, None, kind="duration", note="unquantified: a few weeks")
date("к началу июля", "1925-07-01/1925-07-10", "interval", derivation="anchored",
     note="'by early July': the state reached by then")
date("Летом", "1925-22", "season", derivation="anchored")
date("Вскоре", "1925-07/1925-09", "interval", kind="vague", derivation="anchored",
     note="soon after the summer agreement, before the September resignation")
date("в сентябре", "1925-09", "month", derivation="anchored")
date("8 сентября 1925 года", "1925-09-08", "day")
date("2 октября", "1925-10-02", "day", derivation="anchored")
date("в апреле 1926 года", "1926-04", "month")
date("8 мая", "1926-05-08", "day", derivation="anchored")
date("27 мая", "1926-05-27", "day", derivation="anchored")
date("вскоре", "1926-05-27/1926-12-31", "interval", kind="vague", derivation="anchored",
     note="soon after 27 May 1926")
date("10 июля 1927 года", "1927-07-10", "day")

# ---- places, in reading order
for quote, name in [
    ("Мадриде", "Мадрид"), ("Марокко", None), ("Рифа", "Риф"),
    ("Мелильи", "Мелилья"), ("Альхусемас", None), ("Абаран", None), ("Игерибен", None),
    ("Анвале", "Анвал"),
    ("Мелилью", "Мелилья"), ("Сеуты", "Сеута"), ("Дар-Дриус", None), ("Монте-Арруите", "Монте-Арруит"),
    ("Надор", None), ("Зелуан", None), ("Анвале", "Анвал"), ("Испании", "Испания"),
    ("Мелилью", "Мелилья"), ("Надор", None), ("Адждире", "Адждир"),
    ("Рифскую республику", "Рифская республика"), ("Монте-Арруит", None), ("Мадрид", None),
    ("Барселоне", "Барселона"), ("Испании", "Испания"),
    ("Рифа", "Риф"), ("Шауэн", None), ("Тетуану", "Тетуан"), ("Тазрут", None),
    ("Уэрга", None), ("Фесу", "Фес"), ("Тазы", "Таза"), ("Франция", None), ("Марокко", None),
    ("Мадриде", "Мадрид"),
    ("Альхусемас", None), ("Адждир", None), ("Уэрги", "Уэрга"),
    ("Уджде", "Уджда"), ("Таргисте", "Таргист"), ("Реюньон", None), ("Испания", None),
]:
    place(quote, name)

# ---- events
event("подписанному", "По франко-испанскому договору, подписанному в Мадриде 27 ноября 1912 года",  # 0
      "treaty", date="27 ноября 1912 года", place="Мадрид")
event("отошла", "северная полоса Марокко отошла под испанский протекторат", "territorial_transfer",  # 1
      date="27 ноября 1912 года", place="Марокко", note="by the treaty of the same sentence")
event("наступление", "Весной 1921 года генерал Мануэль Фернандес Сильвестре начал наступление из Мелильи "  # 2
      "на запад, к бухте Альхусемас", "attack", date="Весной 1921 года", place="Альхусемас",
      actors=[("генерал Мануэль Фернандес Сильвестре", "agent")],
      note="an advance from Melilla towards the bay; the place is its objective")
event("атаковали", "1 июня повстанцы атаковали недавно занятую высоту Абаран и перебили большую часть её "  # 3
      "гарнизона", "attack", date="1 июня", place="Абаран",
      actors=[("повстанцы", "agent"), ("её гарнизона", "target")],
      note="most of the garrison killed; no number given")
event("осадили", "В середине июля они осадили пост Игерибен", "siege",  # 4
      date="В середине июля", place="Игерибен")
event("пал", "21 июля, оставшись без воды, он пал", "capture", date="21 июля", place="Игерибен")  # 5
event("обрушились", "На следующий день рифы обрушились на главный лагерь в Анвале", "attack",  # 6
      date="На следующий день", place="Анвал",
      actors=[("рифы", "agent"), ("главный лагерь", "target")])
event("бегством", "Приказ об отходе обернулся паническим бегством", "retreat",  # 7
      date="На следующий день", place="Анвал",
      note="the Spanish army's rout from Annual; the text adds that Silvestre died in it")
event("прибыли", "Уже 24 июля в Мелилью прибыли из Сеуты первые бандеры Иностранного легиона",  # 8
      "reinforcement", date="24 июля", place="Мелилья",
      actors=[("первые бандеры Иностранного легиона", "agent")])
event("оставил", "Генерал Фелипе Наварро в конце июля оставил Дар-Дриус и укрылся в Монте-Арруите",  # 9
      "retreat", date="в конце июля", place="Дар-Дриус",
      actors=[("Генерал Фелипе Наварро", "agent")], note="withdrew from Dar Drius to Monte Arruit")
event("вошли", "2 августа повстанцы вошли в Надор", "capture", date="2 августа", place="Надор",  # 10
      actors=[("повстанцы", "agent")])
event("пал", "а на другой день пал Зелуан", "capture", date="на другой день", place="Зелуан")  # 11
event("перебит", "гарнизон которого, по ряду свидетельств, был перебит после сдачи", "massacre",  # 12
      date="на другой день", place="Зелуан", assertion="reported", actors=[("гарнизон", "target")])
event("осады", "После десятидневной осады 9 августа Наварро капитулировал", "siege",  # 13
      date={"edtf": "1921-07-30/1921-08-09"}, place="Монте-Арруит",
      note="9 August − 10 days; the place is Monte Arruit, named in the sentence before")
event("капитулировал", "После десятидневной осады 9 августа Наварро капитулировал", "capture",  # 14
      date="9 августа", place="Монте-Арруит", actors=[("Наварро", "target")],
      quantities=[qty("несколько сотен человек", "prisoners", None, min=200, max=900, approximate=True)],
      note="the garrison surrendered to the rebels; the prisoner count is in the next clause")
event("вырезаны", "около 3 тыс. сложивших оружие солдат были вырезаны", "massacre",  # 15
      date="9 августа", place="Монте-Арруит", actors=[("сложивших оружие солдат", "target")],
      quantities=[qty("около 3 тыс. сложивших оружие солдат", "fatalities", 3000, approximate=True)])
event("разгром", "По разным оценкам, разгром при Анвале стоил Испании от 8 до 13 тыс. убитых", "battle",  # 16
      date={"edtf": "1921-07-22/1921-08-09"}, place="Анвал", same_as=6,
      quantities=[qty("от 8 до 13 тыс. убитых", "fatalities", None, min=8000, max=13000, approximate=True)],
      note="the whole collapse from Annual to Monte Arruit; only the figures are given as estimates")
event("стянув", "В сентябре, стянув в Мелилью более 30 тыс. солдат, испанцы перешли в контрнаступление",  # 17
      "reinforcement", date="В сентябре", place="Мелилья", actors=[("испанцы", "agent")],
      quantities=[qty("более 30 тыс. солдат", "participants", 30000, min=30000, approximate=True)])
event("контрнаступление", "В сентябре, стянув в Мелилью более 30 тыс. солдат, испанцы перешли в "  # 18
      "контрнаступление", "attack", date="В сентябре", actors=[("испанцы", "agent")])
event("отбили", "17 сентября они отбили Надор", "recapture", date="17 сентября", place="Надор")  # 19
event("провозгласили", "а на следующий день в Адждире вожди племён провозгласили Рифскую республику во "  # 20
      "главе с Абд аль-Кримом", "founding", date="на следующий день", place="Адждир",
      actors=[("вожди племён", "agent"), ("Рифскую республику", "participant")])
event("вернулись", "24 октября войска вернулись в Монте-Арруит", "recapture",  # 21
      date="24 октября", place="Монте-Арруит", actors=[("войска", "agent")])
event("выкупил", "В январе 1923 года Мадрид выкупил уцелевших пленных", "treaty",  # 22
      date="В январе 1923 года", actors=[("Мадрид", "agent"), ("уцелевших пленных", "participant")],
      note="a ransom agreement releasing prisoners; where it was concluded is not said")
event("мятеж", "13 сентября 1923 года генерал Мигель Примо де Ривера поднял мятеж в Барселоне", "mutiny",  # 23
      date="13 сентября 1923 года", place="Барселона",
      actors=[("генерал Мигель Примо де Ривера", "agent")])
event("назначил", "через два дня король назначил его главой правительства Испании", "political_activity",  # 24
      date="через два дня", place="Испания", actors=[("король", "agent")])
event("бомбила", "С 1924 года испанская авиация бомбила селения и рынки Рифа, применяя и иприт",  # 25
      "bombardment", date="С 1924 года", place="Риф",
      actors=[("испанская авиация", "agent"), ("селения и рынки Рифа", "target")])
event("приказал", "Осенью Примо де Ривера приказал оставить Шауэн и другие отдалённые посты", "decree",  # 26
      date="Осенью", place="Шауэн", actors=[("Примо де Ривера", "agent")],
      note="an order to evacuate; the place is the one the order concerns")
event("покинули", "В середине ноября колонны покинули город", "retreat",  # 27
      date="В середине ноября", place="Шауэн", actors=[("колонны", "agent")],
      note="'город' is Xauen, named in the sentence before")
event("отход", "отход к Тетуану под непрерывными ударами повстанцев длился около месяца и, по некоторым "  # 28
      "оценкам, стоил нескольких тысяч жизней", "retreat",
      date={"edtf": "1924-11-11/1924-12-20"}, place="Тетуан", same_as=27,
      quantities=[qty("нескольких тысяч жизней", "fatalities", None, min=3000, max=9000, approximate=True)],
      note="mid-November + about a month; the retreat is asserted, only the toll is attributed")
event("ударами", "отход к Тетуану под непрерывными ударами повстанцев", "attack",  # 29
      date={"edtf": "1924-11-11/1924-12-20"}, actors=[("повстанцев", "agent")],
      note="along the road from Xauen to Tetuan; no single place")
event("взяли", "В конце января 1925 года люди Абд аль-Крима взяли Тазрут", "capture",  # 30
      date="В конце января 1925 года", place="Тазрут", actors=[("люди Абд аль-Крима", "agent")])
event("захватили в плен", "В конце января 1925 года люди Абд аль-Крима взяли Тазрут и захватили в плен "  # 31
      "шерифа ар-Райсуни", "arrest", date="В конце января 1925 года", place="Тазрут",
      actors=[("люди Абд аль-Крима", "agent"), ("шерифа ар-Райсуни", "target")])
event("нанесли удар", "13 апреля 1925 года повстанцы нанесли удар по французским постам в долине реки "  # 32
      "Уэрга", "attack", date="13 апреля 1925 года", place="Уэрга",
      actors=[("повстанцы", "agent"), ("французским постам", "target")])
event("пали", "За несколько недель пали более сорока постов", "capture",  # 33
      date={"edtf": "1925-04-13/1925-06"}, place="Уэрга",
      note="a few weeks from 13 April; a count of posts is not an event quantity")
event("стояли на подступах", "а к началу июля отряды Абд аль-Крима стояли на подступах к Фесу",  # 34
      "reinforcement", date="к началу июля", place="Фес", actors=[("отряды Абд аль-Крима", "agent")])
event("эвакуировать", "из Тазы начали эвакуировать европейцев", "flight",  # 35
      date="к началу июля", place="Таза", actors=[("европейцев", "participant")],
      note="an evacuation of civilians")
event("перебросила", "Франция перебросила в Марокко крупные подкрепления, и её войска превысили 150 тыс. "  # 36
      "человек", "reinforcement", date={"edtf": "1925-05/1925-09"}, place="Марокко",
      actors=[("Франция", "agent")],
      quantities=[qty("150 тыс. человек", "participants", 150000, min=150000, approximate=True)],
      note="'превысили' = more than; the date is the span the narrative implies")
event("договорились", "Летом в Мадриде две державы договорились о совместных действиях", "treaty",  # 37
      date="Летом", place="Мадрид", actors=[("две державы", "participant")])
event("перешло", "Вскоре командование французскими силами перешло к маршалу Петену", "political_activity",  # 38
      date="Вскоре", place="Марокко", actors=[("маршалу Петену", "participant")],
      note="an appointment; the command is in Morocco")
event("в отставку подал", "а в сентябре в отставку подал маршал Лиоте", "political_activity",  # 39
      date="в сентябре", place="Марокко", actors=[("маршал Лиоте", "agent")])
event("высадился", "8 сентября 1925 года в бухте Альхусемас высадился испанский десант численностью около "  # 40
      "13 тыс. человек", "reinforcement", date="8 сентября 1925 года", place="Альхусемас",
      actors=[("испанский десант", "agent")],
      quantities=[qty("около 13 тыс. человек", "participants", 13000, approximate=True)])
event("боёв", "После упорных боёв испанцы 2 октября заняли и сожгли Адждир", "battle",  # 41
      date={"edtf": "1925-09-08/1925-10-02"}, place="Адждир", actors=[("испанцы", "participant")],
      note="between the landing and the capture of Ajdir")
event("заняли", "После упорных боёв испанцы 2 октября заняли и сожгли Адждир", "capture",  # 42
      date="2 октября", place="Адждир", actors=[("испанцы", "agent")])
event("сожгли", "После упорных боёв испанцы 2 октября заняли и сожгли Адждир", "looting",  # 43
      date="2 октября", place="Адждир", actors=[("испанцы", "agent")], note="destruction by fire")
event("наступали", "французы же наступали с юга, от Уэрги", "attack",  # 44
      date={"edtf": "1925-09/1925-10"}, place="Уэрга", actors=[("французы", "agent")])
event("Переговоры", "Переговоры, открывшиеся в Уджде в апреле 1926 года", "negotiations",  # 45
      date="в апреле 1926 года", place="Уджда")
event("миру", "Переговоры, открывшиеся в Уджде в апреле 1926 года, к миру не привели", "treaty",  # 46
      date="в апреле 1926 года", place="Уджда", assertion="negated")
event("наступление", "8 мая союзники начали последнее наступление", "attack",  # 47
      date="8 мая", actors=[("союзники", "agent")])
event("окружили", "8 мая союзники начали последнее наступление и окружили ставку Абд аль-Крима в "  # 48
      "Таргисте", "siege", date={"edtf": "1926-05-08/1926-05-27"}, place="Таргист",
      actors=[("союзники", "agent"), ("ставку Абд аль-Крима", "target")],
      note="an encirclement, from 8 May until the surrender")
event("сдался", "27 мая он сдался французам", "arrest", date="27 мая", place="Таргист",  # 49
      actors=[("французам", "agent")], note="surrender into French custody; place from the sentence before")
event("выслан", "27 мая он сдался французам и вскоре был выслан на остров Реюньон", "deportation",  # 50
      date="вскоре", place="Реюньон", note="the place is the destination of the exile")
event("объявила", "Об окончательном умиротворении своей зоны Испания объявила лишь 10 июля 1927 года",  # 51
      "political_activity", date="10 июля 1927 года", place="Марокко", actors=[("Испания", "agent")],
      note="declared the pacification of the Spanish zone of Morocco")
