"""Gold spec for bench/heldout/cromwell_ireland_1649_1653.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Julian (the calendar then used in England). Following the
README, day and month dates are converted to the proleptic Gregorian calendar (+10 days in the
17th century); seasons, years and durations are left as written. Years are counted from 1 January.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/cromwell_ireland_1649_1653.txt"

OS = "Julian (Old Style) per the text's calendar statement; converted to Gregorian (+10 days)"

gazetteer({
    "Английская республика": ("polity", 51.51, -0.13, None),
    "Ирландия": ("region", 53.4, -8.0, "Q22890"),
    "Англия": ("polity", 52.5, -1.5, "Q21"),
    "Килкенни": ("settlement", 52.65, -7.25, None),
    "Ирландская конфедерация": ("polity", 52.65, -7.25, None),
    "Дублин": ("settlement", 53.35, -6.26, "Q1761"),
    "Ратмайнс": ("settlement", 53.32, -6.26, None),
    "Дроэда": ("settlement", 53.72, -6.35, None),
    "Барбадос": ("region", 13.17, -59.55, "Q244"),
    "Дандолк": ("settlement", 54.0, -6.4, None),
    "Трим": ("settlement", 53.56, -6.79, None),
    "Уэксфорд": ("settlement", 52.34, -6.46, None),
    "Нью-Росс": ("settlement", 52.4, -6.94, None),
    "Корк": ("settlement", 51.9, -8.47, None),
    "Йол": ("settlement", 51.95, -7.85, None),
    "Кинсейл": ("settlement", 51.71, -8.52, None),
    "Данканнон": ("settlement", 52.22, -6.93, None),
    "Уотерфорд": ("settlement", 52.26, -7.11, None),
    "Клонмель": ("settlement", 52.36, -7.7, None),
    "Скарифхолис": ("settlement", 54.95, -7.78, None),
    "Ольстер": ("region", 54.6, -6.9, None),
    "Лимерик": ("settlement", 52.66, -8.63, None),
    "Эмли": ("settlement", 52.46, -8.35, None),
    "Голуэй": ("settlement", 53.27, -9.05, None),
    "Ленстер": ("region", 53.0, -7.0, None),
    "Клохотер": ("settlement", 54.02, -7.47, None),
    "Манстер": ("region", 52.3, -8.5, None),
    "Шаннон": ("river", 53.42, -7.94, None),
    "Коннахт": ("region", 53.7, -9.0, None),
    "Вест-Индия": ("region", 18.0, -70.0, None),
})

# ---- dates, in reading order
date("в 1649–1653 гг.", "1649/1653", "interval")
date("17 января 1649 года", "1649-01-27", "day", note=OS)
date("Летом", "1649-22", "season", derivation="anchored")
date("2 августа", "1649-08-12", "day", derivation="anchored", note=OS)
date("15 августа", "1649-08-25", "day", derivation="anchored", note=OS)
date("через два дня", "1649-08-27", "day", derivation="computed", note="15 August (OS) + 2 days; " + OS)
date("3 сентября", "1649-09-13", "day", derivation="anchored", note=OS)
date("11 сентября", "1649-09-21", "day", derivation="anchored", note=OS)
date("Вскоре", "1649-09-21/1649-10-21", "interval", kind="vague", derivation="anchored",
     note="soon after the storm of Drogheda; taken as within a month")
date("В начале октября", "1649-10-11/1649-10-20", "interval", derivation="anchored",
     note="1-10 October (OS); " + OS)
date("11 октября", "1649-10-21", "day", derivation="anchored", note=OS)
date("19 октября", "1649-10-29", "day", derivation="anchored", note=OS)
date("Осенью", "1649-23", "season", derivation="anchored")
date("в начале декабря", "1649-12-11/1649-12-20", "interval", derivation="anchored",
     note="1-10 December (OS); " + OS)
date("В конце января 1650 года", "1650-01-31/1650-02-10", "interval", note="21-31 January (OS); " + OS)
date("27 марта", "1650-04-06", "day", derivation="anchored", note=OS)
date("17 мая", "1650-05-27", "day", derivation="anchored", note=OS)
date("Ночью", "1650-05-27/1650-05-28", "day", derivation="anchored",
     note="the night after the assault of 17 May (OS); " + OS)
date("на следующий день", "1650-05-28", "day", derivation="computed", note="17 May (OS) + 1 day; " + OS)
date("26 мая", "1650-06-05", "day", derivation="anchored", note=OS)
date("21 июня", "1650-07-01", "day", derivation="anchored", note=OS)
date("вскоре", "1650-07-01/1650-09-30", "interval", kind="vague", derivation="anchored",
     note="soon after Scarrifholis")
date("В августе", "1650-08-11/1650-09-10", "interval", derivation="anchored",
     note="August 1650 (OS) converted as an interval; " + OS)
date("в том же месяце", "1650-08-11/1650-09-10", "interval", derivation="anchored",
     note="the same August (OS); " + OS)
date("В декабре", "1650-12-11/1651-01-10", "interval", derivation="anchored",
     note="December 1650 (OS) converted as an interval; " + OS)
date("Летом 1651 года", "1651-22", "season")
date("почти пять месяцев", None, None, kind="duration", duration="P5M", note="approximate: almost five months")
date("27 октября", "1651-11-06", "day", derivation="anchored", note=OS)
date("с лета 1651 года", "1651-22", "season", note="start of a blockade that goes on")
date("в апреле 1652 года", "1652-04-11/1652-05-10", "interval", note="April 1652 (OS) as an interval; " + OS)
date("12 мая 1652 года", "1652-05-22", "day", note=OS)
date("27 апреля 1653 года", "1653-05-07", "day", note=OS)
date("12 августа 1652 года", "1652-08-22", "day", note=OS)
date("к 1 мая 1654 года", "1654-05-11", "day", note="a deadline ('by 1 May'); " + OS)

# ---- places, in reading order
for quote, name in [
    ("Английской республики", "Английская республика"), ("Ирландию", "Ирландия"), ("Англии", "Англия"),
    ("Килкенни", None), ("Ирландской конфедерацией", "Ирландская конфедерация"), ("Дублину", "Дублин"),
    ("Ратмайнса", "Ратмайнс"),
    ("Дублина", "Дублин"), ("Дроэду", "Дроэда"), ("Барбадос", None), ("Дандолк", None), ("Трим", None),
    ("Уэксфорду", "Уэксфорд"), ("Нью-Росс", None), ("Корка", "Корк"), ("Йола", "Йол"),
    ("Кинсейла", "Кинсейл"), ("Данканнон", None), ("Уотерфорда", "Уотерфорд"), ("Йол", None),
    ("Килкенни", None), ("Клонмель", None), ("Клонмель", None), ("Англию", "Англия"),
    ("Скарифхолисе", "Скарифхолис"), ("ольстерскую", "Ольстер"), ("Уотерфорда", "Уотерфорд"),
    ("Данканнон", None), ("Ирландию", "Ирландия"),
    ("Лимерик", None), ("Эмли", None), ("Голуэй", None),
    ("Килкенни", None), ("ленстерской", "Ленстер"), ("Клохотер", None),
    ("Ирландии", "Ирландия"), ("Ленстере", "Ленстер"), ("Манстере", "Манстер"), ("Ольстере", "Ольстер"),
    ("Шаннон", None), ("Коннахт", None), ("Вест-Индию", "Вест-Индия"),
]:
    place(quote, name)

# ---- events
event("заключил мир", "17 января 1649 года в Килкенни Ормонд заключил мир с Ирландской конфедерацией",  # 0
      "treaty", date="17 января 1649 года", place="Килкенни",
      actors=[("Ормонд", "participant"), ("Ирландской конфедерацией", "participant")])
event("подступила", "Летом их армия подступила к Дублину", "reinforcement",  # 1
      date="Летом", place="Дублин", actors=[("их армия", "agent")])
event("атаковал", "2 августа Джонс атаковал лагерь Ормонда у Ратмайнса и разбил его; по донесению "  # 2
      "победителя, роялисты потеряли около 4 тыс. убитыми и более 2 тыс. пленными", "attack",
      date="2 августа", place="Ратмайнс",
      actors=[("Джонс", "agent"), ("лагерь Ормонда", "target")],
      quantities=[qty("около 4 тыс. убитыми", "fatalities", 4000, approximate=True),
                  qty("более 2 тыс. пленными", "prisoners", 2000, min=2000, approximate=True)],
      note="the battle of Rathmines is asserted; only the counts are attributed to the victor's report")
event("высадился", "15 августа Оливер Кромвель высадился у Дублина", "reinforcement",  # 3
      date="15 августа", place="Дублин", actors=[("Оливер Кромвель", "agent")],
      quantities=[qty("около 12 тыс. человек", "participants", 12000, approximate=True)],
      note="the count (next clause) is the whole army, Ireton's regiments included")
event("прибыли", "через два дня прибыли полки Генри Айртона", "reinforcement",  # 4
      date="через два дня", place="Дублин", actors=[("полки Генри Айртона", "agent")])
event("осадили", "3 сентября англичане осадили Дроэду", "siege",  # 5
      date="3 сентября", place="Дроэда", actors=[("англичане", "agent")])
event("взяли", "3 сентября англичане осадили Дроэду и 11 сентября, пробив стены, взяли её штурмом",  # 6
      "capture", date="11 сентября", place="Дроэда", actors=[("англичане", "agent")])
event("запретил давать пощаду", "Кромвель запретил давать пощаду", "decree",  # 7
      date="11 сентября", place="Дроэда", actors=[("Кромвель", "agent")],
      note="the no-quarter order at the storm")
event("перебиты", "были перебиты почти все защитники, а также многие священники и горожане, всего около "  # 8
      "3,5 тыс. человек", "massacre", date="11 сентября", place="Дроэда",
      actors=[("защитники", "target"), ("священники и горожане", "target")],
      quantities=[qty("около 3,5 тыс. человек", "fatalities", 3500, approximate=True)])
event("сослали", "Уцелевших солдат сослали на Барбадос", "deportation",  # 9
      date={"edtf": "1649-09-21/1649-12-31"}, place="Барбадос", actors=[("Уцелевших солдат", "target")],
      note="place is the destination; after the storm of 21 September (NS), no date given")
event("оставлены", "Вскоре Дандолк и Трим были оставлены роялистами без боя", "retreat",  # 10
      date="Вскоре", place="Дандолк", actors=[("роялистами", "agent")])
event("оставлены", "Вскоре Дандолк и Трим были оставлены роялистами без боя", "retreat",  # 11
      date="Вскоре", place="Трим", actors=[("роялистами", "agent")])
event("подошла", "В начале октября армия подошла к Уэксфорду", "reinforcement",  # 12
      date="В начале октября", place="Уэксфорд", actors=[("армия", "agent")])
event("вёл переговоры", "11 октября, пока комендант вёл переговоры о сдаче", "negotiations",  # 13
      date="11 октября", place="Уэксфорд", actors=[("комендант", "participant")])
event("ворвались", "11 октября, пока комендант вёл переговоры о сдаче, солдаты ворвались в город",  # 14
      "capture", date="11 октября", place="Уэксфорд", actors=[("солдаты", "agent")])
event("учинили резню", "солдаты ворвались в город и учинили резню; погибли до 2 тыс. защитников и жителей",  # 15
      "massacre", date="11 октября", place="Уэксфорд",
      actors=[("солдаты", "agent"), ("защитников и жителей", "target")],
      quantities=[qty("до 2 тыс. защитников и жителей", "fatalities", 2000, max=2000, approximate=True)])
event("капитулировал", "19 октября без боя капитулировал Нью-Росс", "capture",  # 16
      date="19 октября", place="Нью-Росс")
for town in ("Корк", "Йол", "Кинсейл"):  # 17, 18, 19
    event("мятеж", "Осенью гарнизоны Корка, Йола и Кинсейла подняли мятеж и перешли на сторону парламента",
          "mutiny", date="Осенью", place=town, actors=[("гарнизоны", "agent")])
event("взять", "попытка Айртона взять форт Данканнон не удалась", "attack",  # 20
      date={"edtf": "1649-10-29/1649-12-20"}, place="Данканнон", assertion="failed",
      actors=[("Айртона", "agent"), ("форт Данканнон", "target")],
      note="between New Ross (19 October OS) and early December (OS), converted")
event("снял осаду", "в начале декабря Кромвель снял осаду Уотерфорда", "siege",  # 21
      date="в начале декабря", place="Уотерфорд", assertion="failed", actors=[("Кромвель", "agent")])
event("ушёл", "в начале декабря Кромвель снял осаду Уотерфорда и ушёл на зимние квартиры в Йол",  # 22
      "retreat", date="в начале декабря", place="Йол", actors=[("Кромвель", "agent")])
event("наступление", "В конце января 1650 года англичане возобновили наступление", "attack",  # 23
      date="В конце января 1650 года", actors=[("англичане", "agent")])
event("сдался", "27 марта сдался Килкенни", "capture", date="27 марта", place="Килкенни")  # 24
event("штурмовали", "17 мая войска Кромвеля штурмовали Клонмель, где Хью О'Нил с 1,5 тыс. солдат устроил "  # 25
      "за проломом западню, и потеряли, по разным оценкам, от 1,5 до 2,5 тыс. человек", "attack",
      date="17 мая", place="Клонмель",
      actors=[("войска Кромвеля", "agent"), ("Хью О'Нил", "target")],
      quantities=[qty("1,5 тыс. солдат", "participants", 1500),
                  qty("от 1,5 до 2,5 тыс. человек", "fatalities", None, min=1500, max=2500, approximate=True)],
      note="the participants are the defenders; the attackers' losses are attributed to 'various estimates'")
event("ушёл", "Ночью гарнизон тайно ушёл", "retreat",  # 26
      date="Ночью", place="Клонмель", actors=[("гарнизон", "agent")])
event("сдался", "на следующий день Клонмель сдался", "capture",  # 27
      date="на следующий день", place="Клонмель")
event("передав командование", "26 мая Кромвель отплыл в Англию, передав командование Айртону",  # 28
      "political_activity", date="26 мая",
      actors=[("Кромвель", "agent"), ("Айртону", "participant")],
      note="appointment: command in Ireland handed to Ireton")
event("разгромил", "21 июня Чарльз Кут разгромил при Скарифхолисе ольстерскую армию епископа Эбера "  # 29
      "Мак-Магона", "battle", date="21 июня", place="Скарифхолис",
      actors=[("Чарльз Кут", "agent"), ("ольстерскую армию епископа Эбера Мак-Магона", "target")])
event("попал в плен", "сам епископ вскоре попал в плен", "arrest",  # 30
      date="вскоре", actors=[("сам епископ", "target")])
event("повешен", "сам епископ вскоре попал в плен и был повешен", "execution",  # 31
      date="вскоре", actors=[("сам епископ", "target")])
event("принял капитуляцию", "В августе Айртон принял капитуляцию Уотерфорда", "capture",  # 32
      date="В августе", place="Уотерфорд", actors=[("Айртон", "agent")])
event("сдался", "а в том же месяце сдался и Данканнон", "capture",  # 33
      date="в том же месяце", place="Данканнон")
event("покинул", "В декабре Ормонд покинул Ирландию", "retreat",  # 34
      date="В декабре", place="Ирландия", actors=[("Ормонд", "agent")],
      note="the royalist commander left the country")
event("осадил", "Летом 1651 года Айртон осадил Лимерик", "siege",  # 35
      date="Летом 1651 года", place="Лимерик", actors=[("Айртон", "agent")])
event("Осада", "Осада длилась почти пять месяцев", "siege",  # 36
      date={"edtf": "1651-06/1651-11"}, place="Лимерик", same_as=35,
      note="summer 1651 to the surrender of 27 October (OS) = 6 November (NS)")
event("капитулировал", "лишь 27 октября измученный голодом и чумой город капитулировал", "capture",  # 37
      date="27 октября", place="Лимерик")
event("казнили", "после чего епископа Эмли и нескольких вождей обороны казнили", "execution",  # 38
      date={"edtf": "1651-11"}, place="Лимерик",
      actors=[("епископа Эмли и нескольких вождей обороны", "target")],
      note="after the surrender of 27 October (OS) = 6 November (NS)")
event("блокированный", "Голуэй, блокированный Кутом с лета 1651 года", "siege",  # 39
      date="с лета 1651 года", place="Голуэй", actors=[("Кутом", "agent")])
event("сдался", "Голуэй, блокированный Кутом с лета 1651 года, сдался в апреле 1652 года", "capture",  # 40
      date="в апреле 1652 года", place="Голуэй")
event("подписаны", "12 мая 1652 года в Килкенни были подписаны статьи о капитуляции ленстерской армии",  # 41
      "treaty", date="12 мая 1652 года", place="Килкенни", actors=[("ленстерской армии", "participant")])
event("ушли", "за границу ушли, по разным оценкам, от 30 до 40 тыс. человек", "flight",  # 42
      date={"edtf": "1652-05-22/1653-12-31"},
      quantities=[qty("от 30 до 40 тыс. человек", "displaced", None, min=30000, max=40000, approximate=True)],
      note="soldiers leaving Ireland for foreign service under the surrender terms; only the count is "
           "attributed; no date beyond the terms of 12 May 1652 (OS)")
event("нападали", "партизаны-«тори» нападали на обозы и мелкие гарнизоны", "attack",  # 43
      date={"edtf": "1652/1653"}, actors=[("партизаны-«тори»", "agent"), ("обозы и мелкие гарнизоны", "target")],
      note="repeated guerrilla attacks after the surrender terms")
event("жгли посевы", "карательные отряды жгли посевы и угоняли скот", "looting",  # 44
      date={"edtf": "1652/1653"}, actors=[("карательные отряды", "agent")],
      note="crops burnt and cattle driven off")
event("сложили оружие", "Последние повстанцы сложили оружие в замке Клохотер лишь 27 апреля 1653 года",  # 45
      "capture", date="27 апреля 1653 года", place="Клохотер",
      actors=[("Последние повстанцы", "participant")],
      note="surrender of the last Irish garrison")
event("принял Акт", "12 августа 1652 года парламент принял Акт об устроении Ирландии", "decree",  # 46
      date="12 августа 1652 года", place="Ирландия", actors=[("парламент", "agent")])
event("переселиться", "прежние владельцы должны были к 1 мая 1654 года переселиться за Шаннон, в Коннахт",  # 47
      "deportation", date="к 1 мая 1654 года", place="Коннахт", actors=[("прежние владельцы", "target")],
      note="transplantation; place is the destination, date the deadline")
event("вывезены", "Тысячи бродяг и сирот были насильно вывезены в Вест-Индию", "deportation",  # 48
      date={"edtf": "1652/1653"}, place="Вест-Индия", actors=[("бродяг и сирот", "target")],
      quantities=[qty("Тысячи бродяг и сирот", "displaced", None, min=2000, max=9000, approximate=True)],
      note="place is the destination; the narrative implies the years after the Act of 1652")
