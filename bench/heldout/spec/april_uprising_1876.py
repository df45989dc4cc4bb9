"""Gold spec for bench/heldout/april_uprising_1876.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style; they are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/april_uprising_1876.txt"

gazetteer({
    "Джурджу": ("settlement", 43.9, 25.97, None),
    "Дунай": ("river", 43.9, 25.9, "Q1653"),
    "Пловдив": ("settlement", 42.15, 24.75, None),
    "Панагюриште": ("settlement", 42.5, 24.19, None),
    "Оборище": ("region", 42.56, 24.13, None),
    "Копривштица": ("settlement", 42.64, 24.35, None),
    "Брацигово": ("settlement", 42.02, 24.37, None),
    "Батак": ("settlement", 41.94, 24.22, None),
    "Перуштица": ("settlement", 42.06, 24.54, None),
    "Тырново": ("settlement", 43.08, 25.63, None, "Велико-Тырново"),
    "Дряновский монастырь": ("settlement", 42.99, 25.44, None),
    "Барутин": ("settlement", 41.68, 24.25, None),
    "Рибарица": ("settlement", 42.84, 24.37, None),
    "Козлодуй": ("settlement", 43.78, 23.72, None),
    "Врачанский Балкан": ("mountain", 43.17, 23.45, None),
    "Околчица": ("mountain", 43.14, 23.53, None),
    "Европа": ("region", 50.0, 15.0, "Q46"),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Россия": ("polity", 55.75, 37.62, "Q34266"),
    "Белград": ("settlement", 44.82, 20.46, "Q3711"),
    "Сербия": ("polity", 44.02, 20.91, "Q403"),
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Черногория": ("polity", 42.39, 18.92, "Q236"),
    "Ниш": ("settlement", 43.32, 21.9, None),
    "Княжевац": ("settlement", 43.57, 22.26, None),
    "Алексинац": ("settlement", 43.54, 21.71, None),
    "Джунис": ("settlement", 43.62, 21.55, None),
    "Константинополь": ("settlement", 41.01, 28.98, "Q406", "Стамбул"),
    "Болгария": ("region", 42.7, 25.3, "Q219"),
})

# ---- dates, in reading order (New Style, stated once in the text)
date("1876 года", "1876", "year")
date("Осенью 1875 года", "1875-23", "season")
date("26 апреля 1876 года", "1876-04-26", "day")
date("на середину мая", "1876-05-11/1876-05-20", "interval", derivation="anchored",
     note="the date set for the planned rising")
date("2 мая", "1876-05-02", "day", derivation="anchored")
date("В тот же день", "1876-05-02", "day", derivation="anchored")
date("к вечеру", "1876-05-02", "day", derivation="anchored", note="the evening of 2 May")
date("Вслед за ними", "1876-05-02/1876-05-10", "interval", kind="vague", derivation="anchored",
     note="right after the risings of 2 May, before the fall of Panagyurishte on 11 May")
date("около десяти дней", None, None, kind="duration", duration="P10D", note="approximate")
date("11 мая", "1876-05-11", "day", derivation="anchored")
date("в середине мая", "1876-05-11/1876-05-20", "interval", derivation="anchored")
date("В те же дни", "1876-05-11/1876-05-20", "interval", kind="vague", derivation="anchored",
     note="the same days as the mid-May massacre at Batak")
date("три дня", None, None, kind="duration", duration="P3D")
date("24 мая", "1876-05-24", "day", derivation="anchored")
date("через четыре дня", "1876-05-28", "day", derivation="computed", note="24 May + 4 days")
date("К концу мая", "1876-05-21/1876-05-31", "interval", derivation="anchored",
     note="'by the end of May': the state held by then")
date("В конце мая", "1876-05-21/1876-05-31", "interval", derivation="anchored")
date("1 июня", "1876-06-01", "day", derivation="anchored")
date("Летом", "1876-22", "season", derivation="anchored")
date("в сентябре", "1876-09", "month", derivation="anchored")
date("в апреле", "1876-04", "month", derivation="anchored", note="'Ещё в апреле': already in April")
date("вскоре", "1876-04/1876-06-30", "interval", kind="vague", derivation="anchored",
     note="soon after the April arrival, before the war began")
date("30 июня", "1876-06-30", "day", derivation="anchored")
date("вслед за ней", "1876-06-30/1876-07-10", "interval", kind="vague", derivation="anchored",
     note="Montenegro followed Serbia's declaration of 30 June")
date("в июле", "1876-07", "month", derivation="anchored")
date("В августе", "1876-08", "month", derivation="anchored")
date("29 октября", "1876-10-29", "day", derivation="anchored")
date("вскоре", "1876-10-29/1876-11-10", "interval", kind="vague", derivation="anchored",
     note="soon after Djunis, 29 October")
date("31 октября", "1876-10-31", "day", derivation="anchored")
date("на следующий день", "1876-11-01", "day", derivation="computed", note="31 October + 1 day")
date("двухмесячное", None, None, kind="duration", duration="P2M")
date("13 ноября", "1876-11-13", "day", derivation="anchored")
date("23 декабря", "1876-12-23", "day", derivation="anchored")
date("в тот же день", "1876-12-23", "day", derivation="anchored")
date("В январе 1877 года", "1877-01", "month")
date("В конце февраля", "1877-02-21/1877-02-28", "interval", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Джурджу", None), ("Дуная", "Дунай"), ("Пловдивского", "Пловдив"), ("Панагюриште", None),
    ("Оборище", None),
    ("Копривштицу", "Копривштица"), ("Панагюриште", None), ("Брацигово", None), ("Батак", None),
    ("Перуштица", None), ("Тырновском", "Тырново"), ("Дряновского монастыря", "Дряновский монастырь"),
    ("Панагюриште", None), ("Батака", "Батак"), ("Барутина", "Барутин"), ("Перуштицу", "Перуштица"),
    ("Рибарицы", "Рибарица"), ("Тырнове", "Тырново"),
    ("Козлодуя", "Козлодуй"), ("Врачанскому Балкану", "Врачанский Балкан"), ("Околчица", None),
    ("Европу", "Европа"), ("лондонской", "Лондон"), ("России", "Россия"),
    ("Белград", None), ("Сербия", None), ("Османской империи", "Османская империя"),
    ("Черногория", None), ("Ниш", None), ("Княжевац", None), ("Алексинаца", "Алексинац"),
    ("Джуниса", "Джунис"), ("Алексинац", None),
    ("Константинополе", "Константинополь"), ("Болгарию", "Болгария"), ("Сербия", None),
]:
    place(quote, name)

# ---- events
event("решили готовить", "Осенью 1875 года болгарские революционеры, собравшиеся в Джурджу на левом "  # 0
      "берегу Дуная, решили готовить всеобщее восстание против османской власти", "political_activity",
      date="Осенью 1875 года", place="Джурджу", actors=[("болгарские революционеры", "agent")])
event("утвердило план", "26 апреля 1876 года в местности Оборище собрание представителей округа утвердило "  # 1
      "план выступления", "political_activity", date="26 апреля 1876 года", place="Оборище",
      actors=[("собрание представителей округа", "agent")])
event("выступления", "план выступления, намеченного на середину мая", "uprising",  # 2
      date="на середину мая", assertion="hypothetical",
      note="the planned general rising; it broke out early instead")
event("прибыл", "2 мая в Копривштицу прибыл полицейский отряд", "reinforcement",  # 3
      date="2 мая", place="Копривштица", actors=[("полицейский отряд", "agent")])
event("арестовать", "2 мая в Копривштицу прибыл полицейский отряд, чтобы арестовать Тодора Каблешкова",  # 4
      "arrest", date="2 мая", place="Копривштица", assertion="failed",
      actors=[("полицейский отряд", "agent"), ("Тодора Каблешкова", "target")],
      note="the rising broke out before the arrest could be made")
event("атаковали", "Повстанцы атаковали конак", "attack", date="2 мая", place="Копривштица",  # 5
      actors=[("Повстанцы", "agent"), ("конак", "target")])
event("подняли восстание", "Повстанцы атаковали конак и подняли восстание раньше срока", "uprising",  # 6
      date="2 мая", place="Копривштица", actors=[("Повстанцы", "agent")])
event("восстало", "к вечеру восстало Панагюриште", "uprising", date="к вечеру", place="Панагюриште")  # 7
event("собрал", "где Георгий Бенковский собрал конную «летучую чету»", "reinforcement",  # 8
      date={"edtf": "1876-05-02/1876-05-10"}, place="Панагюриште",
      actors=[("Георгий Бенковский", "agent"), ("конную «летучую чету»", "participant")],
      note="formed after the rising of 2 May, before the town fell on 11 May")
event("поднялись", "Вслед за ними поднялись Брацигово", "uprising", date="Вслед за ними",  # 9
      place="Брацигово")
event("поднялись", "Вслед за ними поднялись Брацигово, Батак", "uprising", date="Вслед за ними",  # 10
      place="Батак")
event("поднялись", "Вслед за ними поднялись Брацигово, Батак, Перуштица", "uprising",  # 11
      date="Вслед за ними", place="Перуштица")
event("оборонялись", "В Тырновском округе повстанцы около десяти дней оборонялись в стенах Дряновского "  # 12
      "монастыря", "siege", date={"edtf": "1876-05"}, place="Дряновский монастырь",
      actors=[("повстанцы", "participant")],
      note="the text gives only the duration; May 1876 from the narrative")
event("бросила", "Порта бросила против восставших регулярные войска и отряды башибузуков",  # 13
      "reinforcement", date={"edtf": "1876-05"},
      actors=[("Порта", "agent"), ("восставших", "target"), ("регулярные войска", "participant"),
              ("отряды башибузуков", "participant")])
event("взяли", "11 мая войска Хафыз-паши взяли и сожгли Панагюриште", "recapture",  # 14
      date="11 мая", place="Панагюриште", actors=[("войска Хафыз-паши", "agent")])
event("сожгли", "11 мая войска Хафыз-паши взяли и сожгли Панагюриште", "looting",  # 15
      date="11 мая", place="Панагюриште", actors=[("войска Хафыз-паши", "agent")],
      note="the town was burned")
event("окружённые", "в середине мая окружённые башибузуками Ахмед-аги из Барутина жители", "siege",  # 16
      date="в середине мая", place="Батак",
      actors=[("башибузуками Ахмед-аги", "agent"), ("жители", "target")])
event("перебиты", "в середине мая окружённые башибузуками Ахмед-аги из Барутина жители после переговоров "  # 17
      "сложили оружие, но были почти поголовно перебиты", "massacre", date="в середине мая", place="Батак",
      actors=[("башибузуками Ахмед-аги", "agent"), ("жители", "target")],
      quantities=[qty("от 3 до 5 тыс. человек", "fatalities", None, min=3000, max=5000, approximate=True)],
      note="the massacre is asserted; the death toll is given 'по разным оценкам'")
event("разорили", "В те же дни разорили Перуштицу", "attack_on_civilians", date="В те же дни",  # 18
      place="Перуштица")
event("держались", "В те же дни разорили Перуштицу, защитники которой три дня держались в церкви",  # 19
      "siege", date="В те же дни", place="Перуштица", actors=[("защитники", "participant")])
event("засаде", "24 мая в засаде у Рибарицы погиб Бенковский", "attack", date="24 мая",  # 20
      place="Рибарица", actors=[("Бенковский", "target")])
event("повесили", "через четыре дня в Тырнове повесили Бачо Киро", "execution",  # 21
      date="через четыре дня", place="Тырново", actors=[("Бачо Киро", "target")])
event("подавлено", "К концу мая восстание было подавлено; число убитых болгар историки определяют в 15–30 тыс.",  # 22
      "suppression", date="К концу мая",
      quantities=[qty("15–30 тыс.", "fatalities", None, min=15000, max=30000, approximate=True)],
      note="the toll is the historians' estimate")
event("пристать", "В конце мая чета поэта Христо Ботева, около 200 человек, под видом пассажиров "  # 23
      "поднялась на австрийский пароход «Радецкий», заставила капитана пристать к берегу у Козлодуя",
      "reinforcement", date="В конце мая", place="Козлодуй",
      actors=[("чета поэта Христо Ботева", "agent")],
      quantities=[qty("около 200 человек", "participants", 200, approximate=True)],
      note="the band seized the Danube steamer and landed on the Bulgarian bank")
event("двинулась", "заставила капитана пристать к берегу у Козлодуя и двинулась к Врачанскому Балкану",  # 24
      "reinforcement", date="В конце мая", place="Врачанский Балкан",
      note="the band's move into the mountains")
event("рассеяна", "Преследуемая войсками, чета была рассеяна", "battle",  # 25
      date={"edtf": "1876-05-21/1876-06-10"}, place="Врачанский Балкан",
      actors=[("войсками", "participant"), ("чета", "participant")],
      note="between the landing at the end of May and early June")
event("убит", "1 июня Ботев был убит у вершины Околчица", "attack", date="1 июня", place="Околчица",  # 26
      actors=[("Ботев", "target")])
event("выпустил памфлет", "в сентябре У. Гладстон выпустил памфлет «Болгарские ужасы»",  # 27
      "political_activity", date="в сентябре", actors=[("У. Гладстон", "agent")])
event("собирали", "В России славянские комитеты собирали деньги и добровольцев", "political_activity",  # 28
      date="Летом", place="Россия", actors=[("славянские комитеты", "agent")])
event("прибыл", "Ещё в апреле в Белград прибыл генерал М. Г. Черняев", "reinforcement",  # 29
      date="в апреле", place="Белград", actors=[("генерал М. Г. Черняев", "agent")])
event("назначенный", "вскоре назначенный командующим главной сербской армией", "political_activity",  # 30
      date="вскоре", place="Белград")
event("объявила войну", "30 июня Сербия объявила войну Османской империи", "political_activity",  # 31
      date="30 июня", place="Сербия", actors=[("Сербия", "agent"), ("Османской империи", "target")])
event("объявила войну", "30 июня Сербия объявила войну Османской империи, вслед за ней — Черногория",  # 32
      "political_activity", date="вслед за ней", place="Черногория", actors=[("Черногория", "agent")])
event("Наступление", "Наступление сербов на Ниш провалилось", "attack",  # 33
      date={"edtf": "1876-06-30/1876-07-31"}, place="Ниш", assertion="failed",
      actors=[("сербов", "agent")], note="after the declaration of 30 June; before the July loss")
event("заняли", "в июле турки заняли Княжевац", "capture", date="в июле", place="Княжевац",  # 34
      actors=[("турки", "agent")])
event("съехались", "Под знамёна Черняева съехались, по разным данным, от 3 до 5 тыс. русских добровольцев",  # 35
      "reinforcement", date={"edtf": "1876-07/1876-10"}, place="Сербия",
      actors=[("русских добровольцев", "agent")],
      quantities=[qty("от 3 до 5 тыс. русских добровольцев", "participants", None, min=3000, max=5000,
                      approximate=True)],
      note="the arrival is asserted; only the number is attributed ('по разным данным')")
event("атаки", "В августе турецкие атаки на укреплённый лагерь у Алексинаца были отбиты", "attack",  # 36
      date="В августе", place="Алексинац", assertion="failed")
event("прорвала", "29 октября армия Абдул-Керима-паши прорвала позиции Черняева у Джуниса", "battle",  # 37
      date="29 октября", place="Джунис",
      actors=[("армия Абдул-Керима-паши", "agent"), ("позиции Черняева", "target")])
event("оставили", "вскоре сербы оставили Алексинац", "retreat", date="вскоре", place="Алексинац",  # 38
      actors=[("сербы", "agent")])
event("предъявил", "31 октября русский посол Н. П. Игнатьев предъявил Порте ультиматум",  # 39
      "political_activity", date="31 октября",
      actors=[("русский посол Н. П. Игнатьев", "agent"), ("Порте", "target")])
event("перемирие", "на следующий день султанское правительство согласилось на двухмесячное перемирие",  # 40
      "treaty", date="на следующий день", actors=[("султанское правительство", "agent")])
event("подписал указ", "13 ноября Александр II подписал указ о частичной мобилизации", "decree",  # 41
      date="13 ноября", actors=[("Александр II", "agent")])
event("открылась", "23 декабря в Константинополе открылась конференция великих держав", "negotiations",  # 42
      date="23 декабря", place="Константинополь", actors=[("великих держав", "participant")])
event("обнародована", "в тот же день была обнародована османская конституция", "decree",  # 43
      date="в тот же день", place="Константинополь")
event("отвергла", "В январе 1877 года Порта отвергла требования держав", "political_activity",  # 44
      date="В январе 1877 года", place="Константинополь",
      actors=[("Порта", "agent"), ("держав", "target")])
event("закрылась", "В январе 1877 года Порта отвергла требования держав, и конференция закрылась "  # 45
      "безрезультатно", "negotiations", date="В январе 1877 года", place="Константинополь",
      assertion="failed", same_as=42)
event("заключила", "В конце февраля Сербия заключила с Портой мир на довоенных условиях", "treaty",  # 46
      date="В конце февраля", place="Сербия",
      actors=[("Сербия", "participant"), ("Портой", "participant")])
