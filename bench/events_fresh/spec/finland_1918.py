"""Gold for bench/events_fresh/finland_1918.txt: the second untuned check text (Finland, 1918), written
for annalist in our own words when the rules were final and coded by hand before the events stage was
run on it. Build: python bench/gold/build_gold.py THIS."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/events_fresh/finland_1918.txt"

gazetteer({
    "Финляндия": ("polity", 61.9, 25.7, "Q33"),
    "Гельсингфорс": ("settlement", 60.17, 24.94, "Q1757", "Хельсинки"),
    "Васа": ("settlement", 63.10, 21.62, None, "Вааса"),
    "Остроботния": ("region", 63.0, 22.5, None),
    "Таммерфорс": ("settlement", 61.50, 23.76, None, "Тампере"),
    "Ганге": ("settlement", 59.82, 22.97, None, "Ханко"),
    "Выборг": ("settlement", 60.71, 28.75, None),
    "Советская Россия": ("polity", 55.75, 37.62, None),
})

date("В конце января 1918 года", "1918-01-21/1918-01-31", "interval")
date("27 января", "1918-01-27", "day", derivation="anchored")
date("В ту же ночь", "1918-01-27/1918-01-28", "day", derivation="anchored")
date("В феврале", "1918-02", "month", derivation="anchored")
date("В середине марта", "1918-03-11/1918-03-20", "interval", derivation="anchored")
date("6 апреля", "1918-04-06", "day", derivation="anchored")
date("3 апреля", "1918-04-03", "day", derivation="anchored")
date("13 апреля", "1918-04-13", "day", derivation="anchored")
date("29 апреля", "1918-04-29", "day", derivation="anchored")
date("К середине мая", "1918-05-01/1918-05-15", "interval", derivation="anchored")
date("16 мая", "1918-05-16", "day", derivation="anchored")

place("Финляндии", "Финляндия")
place("Гельсингфорс", "Гельсингфорс")
place("Васу", "Васа")
place("Остроботнии", "Остроботния")
place("Таммерфорс", "Таммерфорс")
place("Таммерфорс", "Таммерфорс")
place("Ганге", "Ганге")
place("Гельсингфорс", "Гельсингфорс")
place("Выборг", "Выборг")
place("Советскую Россию", "Советская Россия")

event("заняли", "27 января отряды Красной гвардии заняли Гельсингфорс", "capture",  # 0
      date="27 января", place="Гельсингфорс", actors=[("отряды Красной гвардии", "agent")])
event("бежал", "сенат бежал в Васу", "retreat", date="27 января", place="Васа",  # 1
      actors=[("сенат", "agent")])
event("разоружил", "В ту же ночь шюцкор под командованием Маннергейма разоружил русские гарнизоны в "  # 2
      "Остроботнии", "capture", date="В ту же ночь", place="Остроботния",
      actors=[("шюцкор", "agent"), ("русские гарнизоны", "target")])
event("наступление", "В феврале красные предприняли наступление на север, но оно было остановлено",  # 3
      "attack", date="В феврале", assertion="failed", actors=[("красные", "agent")])
event("окружили", "В середине марта белые окружили Таммерфорс", "siege", date="В середине марта",  # 4
      place="Таммерфорс", actors=[("белые", "agent")])
event("Штурм", "Штурм города продолжался несколько дней", "attack",  # 5
      date={"edtf": "1918-03-20/1918-04-06"}, place="Таммерфорс")
event("пал", "6 апреля Таммерфорс пал; в плен попали около 11 тыс. красногвардейцев", "capture",  # 6
      date="6 апреля", place="Таммерфорс",
      quantities=[qty("около 11 тыс. красногвардейцев", "prisoners", 11000, approximate=True)])
event("высадилась", "3 апреля в Ганге высадилась немецкая Балтийская дивизия численностью около 10 тыс. "  # 7
      "человек", "reinforcement", date="3 апреля", place="Ганге",
      actors=[("немецкая Балтийская дивизия", "agent")],
      quantities=[qty("около 10 тыс. человек", "participants", 10000, approximate=True)])
event("вошли", "13 апреля немцы вошли в Гельсингфорс", "recapture", date="13 апреля",  # 8
      place="Гельсингфорс", actors=[("немцы", "agent")])
event("взяли", "29 апреля белые взяли Выборг", "capture", date="29 апреля", place="Выборг",  # 9
      actors=[("белые", "agent")])
event("расстреляны", "после взятия города были расстреляны, по разным оценкам, от 360 до 420 человек, "  # 10
      "среди них многие русские жители", "execution", date={"edtf": "1918-04-29/1918-05"},
      place="Выборг", actors=[("русские жители", "target")],
      quantities=[qty("от 360 до 420 человек", "fatalities", None, min=360, max=420)])
event("сломлено", "К середине мая сопротивление красных было сломлено", "suppression",  # 11
      date="К середине мая", actors=[("красных", "target")])
event("бежали", "Многие участники красного движения бежали в Советскую Россию", "flight",  # 12
      date={"edtf": "1918-05"}, place="Советская Россия", actors=[("участники красного движения", "agent")])
event("содержалось", "После войны в лагерях для военнопленных содержалось около 80 тыс. человек",  # 13
      "arrest", date={"edtf": "1918-05/1918-12"},
      quantities=[qty("около 80 тыс. человек", "prisoners", 80000, approximate=True)])
event("умерли", "по официальным данным, не менее 12 тыс. из них умерли от голода и болезней",  # 14
      "attack_on_civilians", date={"edtf": "1918-05/1918-12"}, assertion="reported",
      quantities=[qty("не менее 12 тыс.", "fatalities", 12000, min=12000, approximate=True)])
event("казнили", "Всего белые казнили от 7 до 10 тыс. красных", "execution", date={"edtf": "1918"},  # 15
      actors=[("белые", "agent"), ("красных", "target")],
      quantities=[qty("от 7 до 10 тыс. красных", "fatalities", None, min=7000, max=10000)])
event("террора", "жертвами красного террора стали около 1,6 тыс. человек", "attack_on_civilians",  # 16
      date={"edtf": "1918"},
      quantities=[qty("около 1,6 тыс. человек", "fatalities", 1600, approximate=True)])
