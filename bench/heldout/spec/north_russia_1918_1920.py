"""Gold spec for bench/heldout/north_russia_1918_1920.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/north_russia_1918_1920.txt"

gazetteer({
    "Север России": ("region", 64.5, 40.5, None),
    "Мурманск": ("settlement", 68.97, 33.08, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Кемь": ("settlement", 64.95, 34.6, None),
    "Онега": ("settlement", 63.92, 38.08, None),
    "Архангельск": ("settlement", 64.54, 40.54, None),
    "Северная область": ("polity", 64.54, 40.54, None),
    "Мудьюг": ("region", 64.85, 40.28, None),
    "Соловецкий монастырь": ("settlement", 65.02, 35.71, None),
    "Северная Двина": ("river", 62.85, 42.7, None),
    "Вологда": ("settlement", 59.22, 39.89, None),
    "Европа": ("region", 50.0, 15.0, "Q46"),
    "Тулгас": ("settlement", 62.57, 43.3, None),
    "Шенкурск": ("settlement", 62.1, 42.9, None),
    "Троица": ("settlement", 62.77, 42.9, None),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Сельцо": ("settlement", 62.83, 42.77, None),
    "Норвегия": ("polity", 61.0, 9.0, "Q20"),
    "Холмогоры": ("settlement", 64.22, 41.65, None),
})

# ---- dates, in reading order (the text states New Style once; all dates are Gregorian as written)
date("в 1918–1920 гг.", "1918/1920", "interval")
date("6 марта 1918 года", "1918-03-06", "day")
date("30 июня", "1918-06-30", "day", derivation="anchored")
date("6 июля", "1918-07-06", "day", derivation="anchored")
date("В начале июля", "1918-07-01/1918-07-10", "interval", derivation="anchored")
date("31 июля", "1918-07-31", "day", derivation="anchored")
date("В ночь на 2 августа", "1918-08-01/1918-08-02", "day", derivation="anchored")
date("В тот же день", "1918-08-02", "day", derivation="anchored", note="the day the night above ended on")
date("В августе", "1918-08", "month", derivation="anchored")
date("4 сентября", "1918-09-04", "day", derivation="anchored")
date("Через два дня", "1918-09-06", "day", derivation="computed", note="4 September + 2 days")
date("вскоре", "1918-09-06/1918-09-30", "interval", kind="vague", derivation="anchored",
     note="soon after the arrest of 6 September")
date("осенью", "1918-23", "season", derivation="anchored")
date("11 ноября", "1918-11-11", "day", derivation="anchored")
date("трёхдневных", None, None, kind="duration", duration="P3D")
date("13 января 1919 года", "1919-01-13", "day")
date("вскоре", "1919-01-13/1919-02-28", "interval", kind="vague", derivation="anchored",
     note="soon after the arrival of 13 January")
date("19 января", "1919-01-19", "day", derivation="anchored")
date("в ночь на 25 января", "1919-01-24/1919-01-25", "day", derivation="anchored")
date("Летом 1919 года", "1919-22", "season")
date("7 июля", "1919-07-07", "day", derivation="anchored")
date("20 июля", "1919-07-20", "day", derivation="anchored")
date("в начале августа", "1919-08-01/1919-08-10", "interval", derivation="anchored")
date("Тем временем", "1919-22", "season", kind="vague", derivation="anchored",
     note="'meanwhile': during the summer of 1919 the narrative is in")
date("10 августа", "1919-08-10", "day", derivation="anchored")
date("27 сентября", "1919-09-27", "day", derivation="anchored")
date("12 октября", "1919-10-12", "day", derivation="anchored")
date("В начале февраля 1920 года", "1920-02-01/1920-02-10", "interval")
date("19 февраля", "1920-02-19", "day", derivation="anchored")
date("На следующий день", "1920-02-20", "day", derivation="computed", note="19 February + 1 day")
date("21 февраля", "1920-02-21", "day", derivation="anchored")
date("В тот же день", "1920-02-21", "day", derivation="anchored")
date("13 марта", "1920-03-13", "day", derivation="anchored")
date("в 1920–1921 гг.", "1920/1921", "interval")

# ---- places, in reading order
for quote, name in [
    ("Севере России", "Север России"),
    ("Мурманске", "Мурманск"), ("Мурманский", "Мурманск"), ("Москвой", "Москва"), ("Кеми", "Кемь"),
    ("Онегу", "Онега"), ("Архангельске", "Архангельск"), ("Северной области", "Северная область"),
    ("Мудьюг", None), ("Архангельск", None), ("Соловецкий монастырь", None),
    ("Северной Двине", "Северная Двина"), ("Вологду", "Вологда"), ("Европе", "Европа"),
    ("Тулгаса", "Тулгас"), ("Архангельск", None), ("Шенкурску", "Шенкурск"),
    ("Троицей", "Троица"), ("Онеги", "Онега"), ("Лондон", None), ("Двине", "Северная Двина"),
    ("Сельца", "Сельцо"), ("Троицы", "Троица"), ("Архангельск", None), ("Мурманск", None),
    ("Архангельска", "Архангельск"), ("Мурманска", "Мурманск"), ("Норвегию", "Норвегия"),
    ("Мурманск", None), ("Холмогорами", "Холмогоры"),
]:
    place(quote, name)

# ---- events
event("высадился", "6 марта 1918 года в Мурманске высадился отряд британской морской пехоты численностью "  # 0
      "около 170 человек", "reinforcement", date="6 марта 1918 года", place="Мурманск",
      actors=[("отряд британской морской пехоты", "agent")],
      quantities=[qty("около 170 человек", "participants", 170, approximate=True)])
event("захватят", "союзники опасались, что край захватят германские и финские войска", "capture",  # 1
      assertion="hypothetical", actors=[("германские и финские войска", "agent")],
      note="a feared capture that the text does not say took place")
event("порвал", "30 июня Мурманский краевой совет порвал с Москвой", "political_activity",  # 2
      date="30 июня", place="Мурманск",
      actors=[("Мурманский краевой совет", "agent"), ("Москвой", "target")])
event("подписал соглашение", "а 6 июля подписал соглашение с представителями Антанты", "treaty",  # 3
      date="6 июля", place="Мурманск",
      actors=[("Мурманский краевой совет", "participant"), ("представителями Антанты", "participant")])
event("арестовали", "В начале июля в Кеми союзные солдаты арестовали и расстреляли нескольких членов "  # 4
      "местного совета", "arrest", date="В начале июля", place="Кемь",
      actors=[("союзные солдаты", "agent"), ("нескольких членов местного совета", "target")])
event("расстреляли", "В начале июля в Кеми союзные солдаты арестовали и расстреляли нескольких членов "  # 5
      "местного совета", "execution", date="В начале июля", place="Кемь",
      actors=[("союзные солдаты", "agent"), ("нескольких членов местного совета", "target")],
      quantities=[qty("нескольких членов", "fatalities", None, min=3, max=9)])
event("заняли", "31 июля союзники заняли Онегу", "capture", date="31 июля", place="Онега",  # 6
      actors=[("союзники", "agent")])
event("свергла", "В ночь на 2 августа группа офицеров во главе с капитаном 2-го ранга Г. Е. Чаплиным "  # 7
      "свергла советскую власть в Архангельске", "uprising", date="В ночь на 2 августа",
      place="Архангельск", actors=[("группа офицеров", "agent"), ("советскую власть", "target")],
      note="an officers' coup")
event("высадились", "В тот же день в городе высадились британские и французские войска",  # 8
      "reinforcement", date="В тот же день", place="Архангельск",
      actors=[("британские и французские войска", "agent")])
event("перешла", "власть перешла к Верховному управлению Северной области", "founding",  # 9
      date="В тот же день", place="Архангельск",
      actors=[("Верховному управлению Северной области", "participant")])
event("возглавил", "власть перешла к Верховному управлению Северной области, которое возглавил "  # 10
      "Н. В. Чайковский", "political_activity", date="В тот же день", place="Архангельск",
      actors=[("Н. В. Чайковский", "participant")], note="an appointment")
event("заключили", "В августе на острове Мудьюг был открыт лагерь, куда интервенты заключили более "  # 11
      "1 тыс. человек", "arrest", date="В августе", place="Мудьюг",
      actors=[("интервенты", "agent")],
      quantities=[qty("более 1 тыс. человек", "prisoners", 1000, min=1000, approximate=True)],
      note="the camp opened in August; the internments went on afterwards")
event("погибли", "по данным советских историков, несколько сотен из них погибли", "attack_on_civilians",  # 12
      date={"edtf": "1918-08/1920-02"}, place="Мудьюг", assertion="reported",
      quantities=[qty("несколько сотен", "fatalities", None, min=200, max=900, approximate=True)],
      note="deaths in the camp, between its opening and the end of the Northern Region in the narrative")
event("прибыли", "4 сентября в Архангельск прибыли около 5 тыс. американских солдат", "reinforcement",  # 13
      date="4 сентября", place="Архангельск", actors=[("американских солдат", "agent")],
      quantities=[qty("около 5 тыс. американских солдат", "participants", 5000, approximate=True)])
event("арестовал", "Через два дня Чаплин арестовал министров", "arrest",  # 14
      date="Через два дня", place="Архангельск",
      actors=[("Чаплин", "agent"), ("министров", "target")])
event("выслал", "Через два дня Чаплин арестовал министров и выслал их в Соловецкий монастырь",  # 15
      "deportation", date="Через два дня", place="Соловецкий монастырь",
      actors=[("Чаплин", "agent"), ("министров", "target")],
      note="place is the destination, the only place the clause names")
event("восстановлено", "под давлением союзных послов правительство вскоре было восстановлено",  # 16
      "political_activity", date="вскоре", place="Архангельск",
      actors=[("союзных послов", "agent"), ("правительство", "participant")])
event("Продвигаясь", "Продвигаясь по Северной Двине и по железной дороге на Вологду, интервенты осенью "
      "были остановлены", "attack",  # 17
      date={"edtf": "1918-08/1918-11"}, place="Северная Двина", actors=[("интервенты", "agent")],
      note="the advance up the Dvina and the railway towards Vologda, halted in autumn")
event("остановлены", "интервенты осенью были остановлены", "attack",  # 18
      date="осенью", place="Северная Двина", actors=[("интервенты", "agent")], same_as=17,
      note="adds that the advance was halted")
event("атаковали", "11 ноября, в день перемирия в Европе, красные атаковали позиции союзников у Тулгаса",  # 19
      "attack", date="11 ноября", place="Тулгас",
      actors=[("красные", "agent"), ("позиции союзников", "target")])
event("боёв", "после трёхдневных боёв", "battle",  # 20
      date={"edtf": "1918-11-11/1918-11-14"}, place="Тулгас", note="11 November + three days")
event("отошли", "после трёхдневных боёв атакующие отошли", "retreat",  # 21
      date={"edtf": "1918-11-14"}, place="Тулгас", actors=[("атакующие", "agent")],
      note="11 November + three days")
event("прибыл", "13 января 1919 года в Архангельск прибыл генерал Е. К. Миллер", "reinforcement",  # 22
      date="13 января 1919 года", place="Архангельск", actors=[("генерал Е. К. Миллер", "agent")])
event("назначенный", "генерал Е. К. Миллер, вскоре назначенный генерал-губернатором области",  # 23
      "political_activity", date="вскоре", place="Архангельск",
      actors=[("генерал Е. К. Миллер", "participant")], note="an appointment")
event("ударили", "19 января части 6-й армии ударили по Шенкурску", "attack",  # 24
      date="19 января", place="Шенкурск", actors=[("части 6-й армии", "agent")])
event("оставили", "в ночь на 25 января союзники оставили город", "retreat",  # 25
      date="в ночь на 25 января", place="Шенкурск", actors=[("союзники", "agent")])
event("мятежи", "Летом 1919 года в белых войсках начались мятежи", "mutiny",  # 26
      date="Летом 1919 года", actors=[("белых войсках", "participant")])
event("перебили", "7 июля солдаты Славяно-британского легиона под Троицей перебили нескольких британских "  # 27
      "и русских офицеров", "mutiny", date="7 июля", place="Троица",
      actors=[("солдаты Славяно-британского легиона", "agent"),
              ("нескольких британских и русских офицеров", "target")],
      quantities=[qty("нескольких британских и русских офицеров", "fatalities", None, min=3, max=9)])
event("ушли к красным", "7 июля солдаты Славяно-британского легиона под Троицей перебили нескольких "  # 28
      "британских и русских офицеров и ушли к красным", "political_activity", date="7 июля",
      place="Троица", actors=[("солдаты Славяно-британского легиона", "agent")], note="defection")
event("восстал", "20 июля восстал гарнизон Онеги", "mutiny", date="20 июля", place="Онега",  # 29
      actors=[("гарнизон Онеги", "agent")])
event("сдавший", "20 июля восстал гарнизон Онеги, сдавший город красным", "recapture",  # 30
      date="20 июля", place="Онега",
      actors=[("гарнизон Онеги", "agent"), ("красным", "participant")],
      note="the mutineers handed the town back to the Reds, who had held it until July 1918")
event("отбить", "попытка белых отбить его в начале августа провалилась", "recapture",  # 31
      date="в начале августа", place="Онега", assertion="failed", actors=[("белых", "agent")])
event("решил вывести", "Тем временем Лондон решил вывести войска", "political_activity",  # 32
      date="Тем временем", place="Лондон", actors=[("Лондон", "agent")])
event("наступление", "генерал Г. Роулинсон 10 августа начал наступление на Двине у Сельца и Троицы, "  # 33
      "захватив около 2 тыс. пленных", "attack", date="10 августа", place="Сельцо",
      actors=[("генерал Г. Роулинсон", "agent")],
      quantities=[qty("около 2 тыс. пленных", "prisoners", 2000, approximate=True)],
      note="the prisoner count is for the whole offensive")
event("наступление", "генерал Г. Роулинсон 10 августа начал наступление на Двине у Сельца и Троицы, "  # 34
      "захватив около 2 тыс. пленных", "attack", date="10 августа", place="Троица",
      actors=[("генерал Г. Роулинсон", "agent")],
      quantities=[qty("около 2 тыс. пленных", "prisoners", 2000, approximate=True)],
      note="the prisoner count is for the whole offensive")
event("покинули", "27 сентября последние союзные части покинули Архангельск", "retreat",  # 35
      date="27 сентября", place="Архангельск", actors=[("последние союзные части", "agent")])
event("покинули", "27 сентября последние союзные части покинули Архангельск, а 12 октября — Мурманск",  # 36
      "retreat", date="12 октября", place="Мурманск", actors=[("последние союзные части", "agent")])
event("перешли в общее наступление", "В начале февраля 1920 года красные перешли в общее наступление",  # 37
      "attack", date="В начале февраля 1920 года", actors=[("красные", "agent")])
event("распался", "фронт Северной армии распался", "retreat",  # 38
      date="В начале февраля 1920 года", actors=[("Северной армии", "agent")], note="collapse of the front")
event("бежал", "19 февраля Миллер со штабом бежал из Архангельска", "retreat",  # 39
      date="19 февраля", place="Архангельск", actors=[("Миллер со штабом", "agent")],
      note="the commander and his staff fled by icebreaker")
event("взял", "На следующий день власть в городе взял ревком", "capture",  # 40
      date="На следующий день", place="Архангельск", actors=[("ревком", "agent")])
event("вступили", "а 21 февраля туда вступили части Красной армии", "occupation",  # 41
      date="21 февраля", place="Архангельск", actors=[("части Красной армии", "agent")])
event("восстали", "В тот же день восстали рабочие Мурманска", "uprising",  # 42
      date="В тот же день", place="Мурманск", actors=[("рабочие Мурманска", "agent")])
event("ушёл", "узнав об этом, Миллер ушёл в Норвегию", "retreat",  # 43
      date={"edtf": "1920-02-21/1920-03-13"}, place="Норвегия", actors=[("Миллер", "agent")],
      note="after the Murmansk rising; place is the destination, the only place the clause names")
event("вошли", "13 марта в Мурманск вошли красные войска", "occupation",  # 44
      date="13 марта", place="Мурманск", actors=[("красные войска", "agent")])
event("арестованы", "Многие оставшиеся офицеры были арестованы", "arrest",  # 45
      date={"edtf": "1920-02/1920-03"}, actors=[("Многие оставшиеся офицеры", "target")],
      note="after the Red takeover; the text names no place")
event("расстреляли", "в 1920–1921 гг. часть из них расстреляли под Холмогорами", "execution",  # 46
      date="в 1920–1921 гг.", place="Холмогоры", actors=[("часть из них", "target")])
