"""Gold spec for bench/heldout/mongol_invasion_rus_1237_1240.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Julian, as the chronicles give them; all are before 1582, so
they are taken as written (no conversion).
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/mongol_invasion_rus_1237_1240.txt"

gazetteer({
    "Русь": ("polity", 50.45, 30.52, None),
    "Волжская Булгария": ("polity", 54.98, 49.05, None),
    "Рязанская земля": ("region", 54.4, 40.43, None),
    "Рязань": ("settlement", 54.4, 40.43, None),          # the old capital: today the Staraya Ryazan hillfort
    "Коломна": ("settlement", 55.1, 38.77, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Владимир": ("settlement", 56.13, 40.4, None),
    "Суздаль": ("settlement", 56.42, 40.45, None),
    "Ростов": ("settlement", 57.19, 39.42, None),
    "Ярославль": ("settlement", 57.63, 39.87, None),
    "Переславль-Залесский": ("settlement", 56.74, 38.85, None),
    "Тверь": ("settlement", 56.86, 35.9, None),
    "Сить": ("river", 57.95, 38.2, None),
    "Торжок": ("settlement", 57.04, 34.96, None),
    "Новгород": ("settlement", 58.52, 31.27, None),
    "Игнач-крест": ("settlement", 57.9, 32.9, None),      # location disputed; approximate
    "Козельск": ("settlement", 54.04, 35.78, None),
    "Переяславль Южный": ("settlement", 50.07, 31.45, None, "Переяслав"),
    "Чернигов": ("settlement", 51.49, 31.29, None),
    "Киев": ("settlement", 50.45, 30.52, None),
    "Венгрия": ("polity", 47.5, 19.05, None),
    "Владимир-Волынский": ("settlement", 50.85, 24.32, None, "Владимир (Волынская область)"),
    "Галич": ("settlement", 49.11, 24.72, None),
    "Польша": ("polity", 50.06, 19.94, None),
    "Золотая Орда": ("polity", 47.1, 47.5, None),
})

# ---- dates, in reading order (Julian, taken as written)
date("1237–1240", "1237/1240", "interval")
date("Осенью 1236 года", "1236-23", "season")
date("в конце 1237 года", "1237-09/1237-12", "interval", note="end of the year = its last third")
date("16 декабря", "1237-12-16", "day", derivation="anchored")
date("После пяти дней", None, None, kind="duration", duration="P5D")
date("21 декабря", "1237-12-21", "day", derivation="anchored")
date("В начале января 1238 года", "1238-01-01/1238-01-10", "interval")
date("Около 20 января", "1238-01-20~", "day", derivation="anchored", start="1238-01-18", end="1238-01-22",
     note="approximate: 20 January ± 2 days")
date("пятидневной", None, None, kind="duration", duration="P5D")
date("3 февраля", "1238-02-03", "day", derivation="anchored")
date("7 февраля", "1238-02-07", "day", derivation="anchored")
date("В феврале", "1238-02", "month", derivation="anchored")
date("4 марта", "1238-03-04", "day", derivation="anchored")
date("вскоре", "1238-03-04/1238-03-31", "interval", kind="vague", derivation="anchored",
     note="soon after the battle of 4 March")
date("с 21 февраля", "1238-02-21", "day", derivation="anchored", note="start of a siege that goes on")
date("две недели", None, None, kind="duration", duration="P2W")
date("5 марта", "1238-03-05", "day", derivation="anchored")
date("почти на семь недель", None, None, kind="duration", duration="P7W", note="'almost seven weeks'")
date("В мае 1238 года", "1238-05", "month")
date("Весной того же года", "1238-21", "season", derivation="anchored")
date("3 марта 1239 года", "1239-03-03", "day")
date("18 октября", "1239-10-18", "day", derivation="anchored")
date("В начале 1240 года", "1240-01/1240-04", "interval", note="beginning of the year = its first third")
date("Осенью 1240 года", "1240-23", "season")
date("6 декабря", "1240-12-06", "day", derivation="anchored")
date("в Николин день", "1240-12-06", "day", derivation="anchored", note="St Nicholas' day, 6 December")
date("к 19 ноября", "1240-11-19", "day", derivation="anchored", note="an alternative dating of the fall of Kiev")
date("Вскоре", "1240-12-06/1241-01-31", "interval", kind="vague", derivation="anchored",
     note="soon after the fall of Kiev")
date("в начале 1241 года", "1241-01/1241-04", "interval", note="beginning of the year = its first third")
date("на два с половиной века", None, None, kind="duration", duration="P250Y")
date("в 1243 году", "1243", "year")

# ---- places, in reading order
for quote, name in [
    ("Русь", None),
    ("Волжскую Булгарию", "Волжская Булгария"), ("Рязанскую землю", "Рязанская земля"),
    ("рязанских", "Рязанская земля"), ("Рязани", "Рязань"),
    ("Рязань", None), ("Рязани", "Рязань"),
    ("Коломной", "Коломна"), ("Москву", "Москва"),
    ("Владимиру-на-Клязьме", "Владимир"), ("Суздаль", None), ("Владимир", None),
    ("Ростов", None), ("Ярославль", None), ("Переславль-Залесский", None), ("Тверь", None),
    ("Сити", "Сить"), ("ростовский", "Ростов"),
    ("Торжок", None), ("Новгорода", "Новгород"), ("Новгороду", "Новгород"), ("Игнач-креста", "Игнач-крест"),
    ("Козельска", "Козельск"), ("владимирский", "Владимир"),
    ("Переяславль Южный", None), ("Чернигов", None),
    ("Киеву", "Киев"), ("Венгрию", "Венгрия"),
    ("Киеву", "Киев"), ("Киева", "Киев"),
    ("Владимир-Волынский", None), ("Галич", None), ("Польшу", "Польша"), ("Венгрию", "Венгрия"),
    ("Русь", None), ("Золотой Орды", "Золотая Орда"),
]:
    place(quote, name)

# ---- events
event("разорило", "Осенью 1236 года монгольское войско хана Батыя разорило Волжскую Булгарию", "attack",  # 0
      date="Осенью 1236 года", place="Волжская Булгария",
      actors=[("монгольское войско хана Батыя", "agent")])
event("вторглось", "монгольское войско хана Батыя разорило Волжскую Булгарию, а в конце 1237 года вторглось "  # 1
      "в Рязанскую землю", "attack", date="в конце 1237 года", place="Рязанская земля",
      actors=[("монгольское войско хана Батыя", "agent")],
      quantities=[qty("от 30 до 140 тыс. воинов", "participants", None, min=30000, max=140000, approximate=True)],
      note="the size of the army is given in the next sentence as a range of historians' estimates")
event("потребовали", "Послы хана потребовали у рязанских князей десятую часть людей и имущества, "  # 2
      "но получили отказ", "negotiations", date="в конце 1237 года", place="Рязанская земля",
      actors=[("Послы хана", "agent"), ("рязанских князей", "target")],
      note="a demand of tribute and submission")
event("отказ", "Послы хана потребовали у рязанских князей десятую часть людей и имущества, "  # 3
      "но получили отказ", "non_recognition", date="в конце 1237 года", place="Рязанская земля",
      actors=[("рязанских князей", "agent"), ("Послы хана", "target")],
      note="the princes refused to submit")
event("помощи", "Великий князь Юрий Всеволодович в помощи Рязани отказал", "reinforcement",  # 4
      date="в конце 1237 года", place="Рязань", assertion="negated",
      actors=[("Великий князь Юрий Всеволодович", "agent")],
      note="help was refused: no forces were sent")
event("осадили", "16 декабря монголы осадили Рязань", "siege", date="16 декабря", place="Рязань",  # 5
      actors=[("монголы", "agent")])
event("пал", "После пяти дней приступов город пал 21 декабря", "capture", date="21 декабря",  # 6
      place="Рязань")
event("перебиты", "жители были перебиты", "massacre", date="21 декабря", place="Рязань",  # 7
      actors=[("жители", "target")])
event("сожжён", "жители были перебиты, а город сожжён", "looting", date="21 декабря", place="Рязань")  # 8
event("напал", "боярин Евпатий Коловрат с дружиной около 1700 человек напал на монголов, но многие "  # 9
      "историки считают это легендой", "attack", date={"edtf": "1237-12/1238-01"}, assertion="disputed",
      actors=[("боярин Евпатий Коловрат", "agent"), ("монголов", "target")],
      quantities=[qty("около 1700 человек", "participants", 1700, approximate=True)],
      note="told only by the Tale of the Destruction of Ryazan; the text calls it a legend in many "
           "historians' view; the date is implied (after the fall of Ryazan)")
event("разбиты", "В начале января 1238 года под Коломной полки князя Всеволода Юрьевича были разбиты",  # 10
      "battle", date="В начале января 1238 года", place="Коломна",
      actors=[("полки князя Всеволода Юрьевича", "participant")])
event("сражении", "в этом сражении погиб хан Кулькан, сын Чингисхана", "battle",  # 11
      date="В начале января 1238 года", place="Коломна", same_as=10,
      actors=[("хан Кулькан", "participant")])
event("осады", "после пятидневной осады, Батый взял Москву", "siege",  # 12
      date={"edtf": "1238-01-13/1238-01-22"}, place="Москва", actors=[("Батый", "agent")],
      note="five days ending about 20 January (± 2 days)")
event("взял", "Около 20 января, после пятидневной осады, Батый взял Москву", "capture",  # 13
      date="Около 20 января", place="Москва", actors=[("Батый", "agent")])
event("попал в плен", "княжич Владимир Юрьевич попал в плен", "arrest", date="Около 20 января",  # 14
      place="Москва", actors=[("княжич Владимир Юрьевич", "target")])
event("подступили", "3 февраля монголы подступили к Владимиру-на-Клязьме", "reinforcement",  # 15
      date="3 февраля", place="Владимир", actors=[("монголы", "agent")])
event("ушёл", "Юрий Всеволодович заранее ушёл на север собирать войско", "retreat",  # 16
      date={"edtf": "1238-01/1238-02-03"}, place="Владимир", actors=[("Юрий Всеволодович", "agent")],
      note="left his capital before the enemy arrived on 3 February")
event("осада", "Пока шла осада", "siege", date={"edtf": "1238-02-03/1238-02-07"}, place="Владимир",  # 17
      note="the siege of Vladimir, from the approach on 3 February to the fall on 7 February")
event("взял", "Пока шла осада, один из отрядов взял и сжёг Суздаль", "capture",  # 18
      date={"edtf": "1238-02-03/1238-02-07"}, place="Суздаль", actors=[("один из отрядов", "agent")])
event("сжёг", "Пока шла осада, один из отрядов взял и сжёг Суздаль", "looting",  # 19
      date={"edtf": "1238-02-03/1238-02-07"}, place="Суздаль", actors=[("один из отрядов", "agent")])
event("пал", "7 февраля Владимир пал", "capture", date="7 февраля", place="Владимир")  # 20
event("погибли в огне", "семья великого князя и горожане, укрывшиеся в Успенском соборе, погибли в огне",  # 21
      "massacre", date="7 февраля", place="Владимир",
      actors=[("семья великого князя и горожане", "target")])
for town in ["Ростов", "Ярославль", "Переславль-Залесский", "Тверь"]:  # 22-25
    event("взяли", "В феврале монгольские отряды взяли Ростов, Ярославль, Переславль-Залесский, Тверь "
          "и другие города", "capture", date="В феврале", place=town,
          actors=[("монгольские отряды", "agent")])
event("ударил", "4 марта на реке Сити корпус Бурундая ударил по стану Юрия Всеволодовича", "battle",  # 26
      date="4 марта", place="Сить",
      actors=[("корпус Бурундая", "agent"), ("стану Юрия Всеволодовича", "target")])
event("уничтожено", "Русское войско было уничтожено, великий князь погиб", "battle",  # 27
      date="4 марта", place="Сить", same_as=26, actors=[("Русское войско", "target")])
event("попал в плен", "ростовский князь Василько Константинович попал в плен", "arrest",  # 28
      date="4 марта", place="Сить", actors=[("ростовский князь Василько Константинович", "target")])
event("убит", "вскоре, как сообщает летописец, был убит за отказ служить хану", "execution",  # 29
      date="вскоре", assertion="reported",
      actors=[("ростовский князь Василько Константинович", "target")],
      note="attributed to the chronicler; the text names no place")
event("осаждало", "с 21 февраля другое войско две недели осаждало Торжок", "siege",  # 30
      date="с 21 февраля", place="Торжок", actors=[("другое войско", "agent")])
event("помощи", "тщетно ждавший помощи из Новгорода", "reinforcement",  # 31
      date={"edtf": "1238-02-21/1238-03-05"}, place="Торжок", assertion="negated",
      note="help from Novgorod never came")
event("взят", "5 марта город был взят", "capture", date="5 марта", place="Торжок")  # 32
event("двинулись", "Монголы двинулись к Новгороду", "reinforcement", date={"edtf": "1238-03"},  # 33
      place="Новгород", actors=[("Монголы", "agent")],
      note="the march on Novgorod, which stopped short of the city")
event("повернули", "Монголы двинулись к Новгороду, но у Игнач-креста, не дойдя около ста вёрст, "  # 34
      "повернули на юг", "retreat", date={"edtf": "1238-03"}, place="Игнач-крест",
      actors=[("Монголы", "agent")])
event("отступили", "Почему они отступили, историки спорят до сих пор", "retreat",  # 35
      date={"edtf": "1238-03"}, place="Игнач-крест", same_as=34,
      note="the retreat is asserted; only its reason is disputed")
event("задержался", "Отступая, Батый почти на семь недель задержался у Козельска", "siege",  # 36
      date={"edtf": "1238-03/1238-05"}, place="Козельск", actors=[("Батый", "agent")],
      note="about seven weeks ending with the capture in May 1238")
event("вылазки", "Защитники делали вылазки и, по словам Ипатьевской летописи, убили 4 тыс. врагов",  # 37
      "attack", date={"edtf": "1238-03/1238-05"}, place="Козельск", actors=[("Защитники", "agent")],
      quantities=[qty("4 тыс. врагов", "fatalities", 4000)],
      note="the count of enemy dead is attributed to the Ipatiev chronicle")
event("взят", "В мае 1238 года город был взят", "capture", date="В мае 1238 года", place="Козельск")  # 38
event("истребить", "хан приказал истребить всех жителей «злого города»", "massacre",  # 39
      date="В мае 1238 года", place="Козельск",
      actors=[("хан", "agent"), ("всех жителей", "target")])
event("занял", "Весной того же года владимирский стол занял брат Юрия, Ярослав Всеволодович",  # 40
      "political_activity", date="Весной того же года", place="Владимир",
      actors=[("Ярослав Всеволодович", "agent")], note="accession to the grand-princely throne")
event("взяли", "3 марта 1239 года монголы штурмом взяли Переяславль Южный", "capture",  # 41
      date="3 марта 1239 года", place="Переяславль Южный", actors=[("монголы", "agent")])
event("убили", "монголы штурмом взяли Переяславль Южный и убили епископа Симеона",  # 42
      "attack_on_civilians", date="3 марта 1239 года", place="Переяславль Южный",
      actors=[("монголы", "agent"), ("епископа Симеона", "target")])
event("пал", "18 октября пал Чернигов", "capture", date="18 октября", place="Чернигов")  # 43
event("разбито", "под его стенами было разбито войско князя Мстислава Глебовича, пришедшее на выручку",  # 44
      "battle", date="18 октября", place="Чернигов",
      actors=[("войско князя Мстислава Глебовича", "participant")])
event("подошёл", "В начале 1240 года хан Менгу подошёл к Киеву", "reinforcement",  # 45
      date="В начале 1240 года", place="Киев", actors=[("хан Менгу", "agent")])
event("предложил", "хан Менгу подошёл к Киеву и предложил горожанам сдаться, но получил отказ",  # 46
      "negotiations", date="В начале 1240 года", place="Киев",
      actors=[("хан Менгу", "agent"), ("горожанам", "target")])
event("отказ", "предложил горожанам сдаться, но получил отказ", "non_recognition",  # 47
      date="В начале 1240 года", place="Киев", actors=[("горожанам", "agent")],
      note="the townspeople refused to surrender")
event("бежал", "Князь Михаил Всеволодович бежал в Венгрию", "retreat",  # 48
      date="В начале 1240 года", place="Венгрия", actors=[("Князь Михаил Всеволодович", "agent")],
      note="the prince left Kiev; the place is his destination, the only one the clause names")
event("поставленный", "оборону возглавил тысяцкий Дмитрий, поставленный князем Даниилом Романовичем",  # 49
      "political_activity", date="В начале 1240 года", place="Киев",
      actors=[("князем Даниилом Романовичем", "agent"), ("тысяцкий Дмитрий", "participant")],
      note="an appointment")
event("подошли", "Осенью 1240 года к Киеву подошли главные силы Батыя", "reinforcement",  # 50
      date="Осенью 1240 года", place="Киев", actors=[("главные силы Батыя", "agent")])
event("били", "Стенобитные машины непрерывно били в стены у Лядских ворот", "bombardment",  # 51
      date={"edtf": "1240-09/1240-12-06"}, place="Киев", actors=[("Стенобитные машины", "agent")],
      note="from the arrival in autumn to the fall of the city")
event("взят", "Город был взят 6 декабря, в Николин день, — так датирует его Лаврентьевская летопись",  # 52
      "capture", date="6 декабря", place="Киев",
      note="the capture is asserted; its day is the Laurentian chronicle's")
event("падение", "некоторые исследователи, однако, относят падение Киева к 19 ноября", "capture",  # 53
      date="к 19 ноября", place="Киев", assertion="disputed", same_as=52,
      note="an alternative, contested dating of the same capture")
event("погибли", "Последние защитники погибли под обломками рухнувшей Десятинной церкви", "battle",  # 54
      date="6 декабря", place="Киев", actors=[("Последние защитники", "participant")])
event("попал в плен", "Раненый Дмитрий попал в плен", "arrest", date="6 декабря", place="Киев",  # 55
      actors=[("Раненый Дмитрий", "target")])
for town in ["Владимир-Волынский", "Галич"]:  # 56-57
    event("взяли", "Вскоре монголы взяли Владимир-Волынский и Галич", "capture", date="Вскоре", place=town,
          actors=[("монголы", "agent")])
for country in ["Польша", "Венгрия"]:  # 58-59
    event("вторглись", "Вскоре монголы взяли Владимир-Волынский и Галич, а в начале 1241 года вторглись "
          "в Польшу и Венгрию", "attack", date="в начале 1241 года", place=country,
          actors=[("монголы", "agent")])
event("получил от Батыя ярлык", "в 1243 году Ярослав Всеволодович получил от Батыя ярлык на великое "  # 60
      "княжение", "recognition", date="в 1243 году",
      actors=[("Батыя", "agent"), ("Ярослав Всеволодович", "participant")],
      note="the khan's patent for the grand principality; the text names no place")
