"""Gold spec for bench/heldout/russo_japanese_1904_1905.txt (hand-coded; build with bench/gold/build_gold.py).

Held out: written and coded before any rule of the events stage was run on it; do not tune rules on it.

The narrative says once that its dates are Old Style (Julian), as Russian histories of 1904–1905 give
them: every day and month value is converted to Gregorian (+13 days), parts of months and months
included, and the conversion is stated in each note. Seasons, years and coarser values are left as
written. Two conversions cross a year boundary (20 December 1904 = 2 January 1905, 19 December 1905 =
1 January 1906).
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_japanese_1904_1905.txt"

OS = "Old Style (Julian) {} = {} Gregorian"
OS_CONTEXT = "Old Style by the narrative's convention: {} Julian = {} Gregorian"

gazetteer({
    "Япония": ("polity", 35.68, 139.69, "Q17"),
    "Порт-Артур": ("settlement", 38.81, 121.26, None, "Люйшунь"),
    "Ляоян": ("settlement", 41.27, 123.17, None),
    "Мукден": ("settlement", 41.8, 123.43, None, "Шэньян"),
    "Шахэ": ("river", 41.55, 123.35, None),
    "Северное море": ("sea", 56.0, 3.0, None),
    "Цусимский пролив": ("sea", 34.3, 129.9, None),
    "Сахалин": ("region", 50.0, 142.9, None),
    "Портсмут": ("settlement", 43.08, -70.76, None),
    "Россия": ("polity", 55.75, 37.62, "Q34266"),
    "Ляодунский полуостров": ("region", 39.6, 122.2, None),
    "Дальний": ("settlement", 38.91, 121.6, None, "Далянь"),
    "Петербург": ("settlement", 59.94, 30.31, "Q656"),
    "Иваново-Вознесенск": ("settlement", 57.0, 40.97, None, "Иваново"),
    "Чёрное море": ("sea", 43.0, 34.0, "Q166"),
    "Констанца": ("settlement", 44.18, 28.63, None),
    "Европейская Россия": ("region", 55.0, 40.0, None),
    "Саратовская губерния": ("region", 51.53, 46.03, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Одесса": ("settlement", 46.48, 30.73, "Q1874"),
    "Севастополь": ("settlement", 44.6, 33.52, None),
    "Березань": ("region", 46.6, 31.41, None),
    "Пресня": ("region", 55.76, 37.56, None),
})

# ---- dates, in reading order
date("1905 года", "1905", "year")
date("В ночь на 27 января 1904 года", "1904-02-08/1904-02-09", "day",
     note=OS.format("night of 26/27 January 1904", "night of 8/9 February 1904"))
date("Летом", "1904-22", "season", derivation="anchored", note="season: calendar shift ignored")
date("6 августа", "1904-08-19", "day", derivation="anchored", note=OS.format("6 August", "19 August"))
date("С 11 августа", "1904-08-24", "day", derivation="anchored",
     note="start of a battle that goes on; " + OS.format("11 August", "24 August"))
date("Через десять дней", "1904-09-03", "day", derivation="computed",
     note="11 August + 10 days; " + OS.format("21 August", "3 September"))
date("В конце сентября", "1904-10-04/1904-10-13", "interval", derivation="anchored",
     note=OS_CONTEXT.format("21–30 September", "4–13 October"))
date("около пяти месяцев", None, None, kind="duration", duration="P5M", note="approximate")
date("20 декабря", "1905-01-02", "day", derivation="anchored",
     note=OS.format("20 December 1904", "2 January 1905"))
date("6 февраля 1905 года", "1905-02-19", "day", note=OS.format("6 February 1905", "19 February 1905"))
date("В конце февраля", "1905-03-06/1905-03-13", "interval", derivation="anchored",
     note=OS_CONTEXT.format("21–28 February", "6–13 March"))
date("в ночь на 9 октября 1904 года", "1904-10-21/1904-10-22", "day",
     note=OS.format("night of 8/9 October 1904", "night of 21/22 October 1904"))
date("14 мая 1905 года", "1905-05-27", "day", note=OS.format("14 May 1905", "27 May 1905"))
date("Двухдневное", None, None, kind="duration", duration="P2D")
date("Вскоре", "1905-05-28/1905-09-05", "interval", kind="vague", derivation="anchored",
     note="after the battle of 14–15 May (OS) and before the peace of 23 August (OS), both converted")
date("23 августа 1905 года", "1905-09-05", "day", note=OS.format("23 August 1905", "5 September 1905"))
date("9 января 1905 года", "1905-01-22", "day", note=OS.format("9 January 1905", "22 January 1905"))
date("В мае", "1905-05-14/1905-06-13", "month", derivation="anchored",
     note=OS_CONTEXT.format("May 1905", "14 May – 13 June 1905"))
date("более двух месяцев", None, None, kind="duration", duration="P2M", note="'more than'")
date("14 июня", "1905-06-27", "day", derivation="anchored", note=OS.format("14 June", "27 June"))
date("Через несколько дней", "1905-06-29/1905-07-07", "interval", derivation="computed",
     note="14 June + a few days (2–10, as 'спустя ещё несколько дней' in caucasus_1918_1921); "
          + OS_CONTEXT.format("16–24 June", "29 June – 7 July"))
date("25 июня", "1905-07-08", "day", derivation="anchored", note=OS.format("25 June", "8 July"))
date("С весны", "1905-21", "season", derivation="anchored", note="start of a process that goes on")
date("к осени", "1905-23", "season", derivation="anchored", note="'by autumn'")
date("В октябре", "1905-10-14/1905-11-13", "month", derivation="anchored",
     note=OS_CONTEXT.format("October 1905", "14 October – 13 November 1905"))
date("17 октября", "1905-10-30", "day", derivation="anchored", note=OS.format("17 October", "30 October"))
date("на другой день", "1905-10-31", "day", derivation="computed",
     note="17 October + 1 day; " + OS.format("18 October", "31 October"))
date("В середине ноября", "1905-11-24/1905-12-03", "interval", derivation="anchored",
     note=OS_CONTEXT.format("11–20 November", "24 November – 3 December"))
date("15 ноября", "1905-11-28", "day", derivation="anchored", note=OS.format("15 November", "28 November"))
date("в марте следующего года", "1906-03-14/1906-04-13", "month", derivation="computed",
     note="1905 + 1; " + OS_CONTEXT.format("March 1906", "14 March – 13 April 1906"))
date("7 декабря", "1905-12-20", "day", derivation="anchored", note=OS.format("7 December", "20 December"))
date("через три дня", "1905-12-23", "day", derivation="computed",
     note="7 December + 3 days; " + OS.format("10 December", "23 December"))
date("15 декабря", "1905-12-28", "day", derivation="anchored", note=OS.format("15 December", "28 December"))
date("19 декабря", "1906-01-01", "day", derivation="anchored",
     note=OS.format("19 December 1905", "1 January 1906"))

# ---- places, in reading order
for quote, name in [
    ("Японией", "Япония"),
    ("Порт-Артура", "Порт-Артур"),
    ("Ляояном", "Ляоян"), ("Мукдену", "Мукден"), ("Шахэ", None),
    ("Порт-Артура", "Порт-Артур"),
    ("Мукденом", "Мукден"),
    ("Северном море", "Северное море"), ("Цусимском проливе", "Цусимский пролив"), ("Сахалин", None),
    ("Портсмуте", "Портсмут"), ("Россия", None), ("Японии", "Япония"), ("Сахалина", "Сахалин"),
    ("Ляодунского полуострова", "Ляодунский полуостров"), ("Порт-Артуром", "Порт-Артур"),
    ("Дальним", "Дальний"),
    ("петербургских", "Петербург"), ("Иваново-Вознесенска", "Иваново-Вознесенск"),
    ("Чёрном море", "Чёрное море"), ("Констанцу", "Констанца"),
    ("Европейской России", "Европейская Россия"), ("Саратовской губернии", "Саратовская губерния"),
    ("московскими", "Москва"), ("Россию", "Россия"), ("Одессе", "Одесса"),
    ("Севастополе", "Севастополь"), ("Березань", None),
    ("Москве", "Москва"), ("Петербурга", "Петербург"), ("Пресню", "Пресня"),
]:
    place(quote, name)

# ---- events
event("атаковали", "В ночь на 27 января 1904 года японские миноносцы без объявления войны атаковали русскую "  # 0
      "эскадру на рейде Порт-Артура", "attack", date="В ночь на 27 января 1904 года",
      place="Порт-Артур", actors=[("японские миноносцы", "agent"), ("русскую эскадру", "target")],
      note="'без объявления войны' is a manner, not an event")
event("осадила", "Летом армия генерала М. Ноги осадила крепость с суши", "siege",  # 1
      date="Летом", place="Порт-Артур", actors=[("армия генерала М. Ноги", "agent")],
      note="'крепость' is Port Arthur")
event("штурм", "Первый общий штурм, начатый 6 августа, не увенчался успехом", "attack",  # 2
      date="6 августа", place="Порт-Артур", assertion="failed")
event("сражение", "С 11 августа под Ляояном шло первое генеральное сражение войны", "battle",  # 3
      date="С 11 августа", place="Ляоян")
event("приказал отступать", "Через десять дней генерал А. Н. Куропаткин приказал отступать к Мукдену",  # 4
      "retreat", date="Через десять дней", place="Мукден", actors=[("генерал А. Н. Куропаткин", "agent")],
      note="place is the destination, the only place its clause names (as 'откатился за Урал' in volga_1918); "
           "the army fell back from Liaoyang")
event("атаковали", "В конце сентября русские войска сами атаковали противника на реке Шахэ", "attack",  # 5
      date="В конце сентября", place="Шахэ", actors=[("русские войска", "agent"), ("противника", "target")])
event("наступление", "однако это наступление не принесло успеха", "attack",  # 6
      date="В конце сентября", place="Шахэ", assertion="failed", same_as=5)
event("Осада", "Осада Порт-Артура, длившаяся около пяти месяцев, завершилась 20 декабря", "siege",  # 7
      date={"edtf": "1904-06/1905-01-02"}, place="Порт-Артур", same_as=1,
      note="from the summer of 1904 to 20 December 1904 (OS) = 2 January 1905")
event("сдал крепость", "20 декабря: генерал А. М. Стессель сдал крепость, и в плен, по разным подсчётам, "  # 8
      "попали от 25 до 32 тыс. человек", "capture", date="20 декабря", place="Порт-Артур",
      actors=[("генерал А. М. Стессель", "participant")],
      quantities=[qty("от 25 до 32 тыс. человек", "prisoners", None, min=25000, max=32000, approximate=True)],
      note="surrender of the fortress to the Japanese; only the prisoner count is attributed ('по разным подсчётам')")
event("Битва", "Битва под Мукденом началась 6 февраля 1905 года; с обеих сторон в ней участвовало более "  # 9
      "полумиллиона человек", "battle", date="6 февраля 1905 года", place="Мукден",
      quantities=[qty("более полумиллиона человек", "participants", 500000, min=500000, approximate=True)])
event("оставил", "В конце февраля Куропаткин оставил город", "retreat",  # 10
      date="В конце февраля", place="Мукден", actors=[("Куропаткин", "agent")],
      note="'город' is Mukden")
event("битве", "В этой битве русская армия потеряла убитыми более 8 тыс. человек, пленными — около 30 тыс.",  # 11
      "battle", date={"edtf": "1905-02-19/1905-03-13"}, place="Мукден", same_as=9,
      actors=[("русская армия", "participant")],
      quantities=[qty("более 8 тыс. человек", "fatalities", 8000, min=8000, approximate=True),
                  qty("около 30 тыс.", "prisoners", 30000, approximate=True)],
      note="from 6 February (OS) to the retreat at the end of February (OS)")
event("обстреляла", "Эскадра З. П. Рожественского ещё в ночь на 9 октября 1904 года обстреляла в Северном море "  # 12
      "английские рыболовные суда", "attack_on_civilians", date="в ночь на 9 октября 1904 года",
      place="Северное море",
      actors=[("Эскадра З. П. Рожественского", "agent"), ("английские рыболовные суда", "target")],
      quantities=[qty("двое рыбаков", "fatalities", 2)],
      note="asserted: only the motive ('якобы приняв их за японские миноносцы') is attributed")
event("атаковал", "14 мая 1905 года в Цусимском проливе её атаковал японский флот", "battle",  # 13
      date="14 мая 1905 года", place="Цусимский пролив", actors=[("японский флот", "agent")],
      note="the battle of Tsushima; 'её' is Rozhestvensky's squadron")
event("сражение", "Двухдневное сражение закончилось разгромом: более 5 тыс. моряков погибли и около 6 тыс. "  # 14
      "попали в плен", "battle", date={"edtf": "1905-05-27/1905-05-28"}, place="Цусимский пролив", same_as=13,
      quantities=[qty("более 5 тыс. моряков", "fatalities", 5000, min=5000, approximate=True),
                  qty("около 6 тыс.", "prisoners", 6000, approximate=True)],
      note="14 May (OS) + two days")
event("захватил", "Вскоре японский десант захватил Сахалин", "capture",  # 15
      date="Вскоре", place="Сахалин", actors=[("японский десант", "agent")])
event("подписан мир", "23 августа 1905 года в американском Портсмуте был подписан мир", "treaty",  # 16
      date="23 августа 1905 года", place="Портсмут")
event("уступила", "Россия уступила Японии южную часть Сахалина", "territorial_transfer",  # 17
      date="23 августа 1905 года", place="Сахалин", actors=[("Россия", "agent"), ("Японии", "participant")],
      note="the southern part of the island")
event("передала", "Россия уступила Японии южную часть Сахалина и передала ей аренду Ляодунского полуострова "  # 18
      "с Порт-Артуром и Дальним", "territorial_transfer", date="23 августа 1905 года",
      place="Ляодунский полуостров", actors=[("Россия", "agent"), ("Японии", "participant")],
      note="transfer of the lease; Port Arthur and Dalny lie on the peninsula, so one event")
event("двинулись", "9 января 1905 года десятки тысяч петербургских рабочих во главе со священником "  # 19
      "Г. А. Гапоном двинулись с петицией к Зимнему дворцу", "protest", date="9 января 1905 года",
      place="Петербург",
      actors=[("десятки тысяч петербургских рабочих", "agent"), ("Г. А. Гапоном", "agent")],
      quantities=[qty("десятки тысяч", "participants", None, min=20000, max=90000, approximate=True)])
event("встретили шествие ружейными залпами", "войска встретили шествие ружейными залпами",  # 20
      "attack_on_civilians", date="9 января 1905 года", place="Петербург",
      actors=[("войска", "agent"), ("шествие", "target")])
event("погибли", "По официальным данным, погибли 130 человек и около 300 были ранены; по другим сведениям, "  # 21
      "убитых было от 1 до 4 тыс.", "attack_on_civilians", date="9 января 1905 года", place="Петербург",
      assertion="reported", same_as=20,
      quantities=[qty("130 человек", "fatalities", 130),
                  qty("около 300", "wounded", 300, approximate=True),
                  qty("от 1 до 4 тыс.", "fatalities", None, min=1000, max=4000, approximate=True)],
      note="two attributed tolls (official; other accounts), coded as in turkestan_1916")
event("забастовали", "В мае забастовали ткачи Иваново-Вознесенска", "strike",  # 22
      date="В мае", place="Иваново-Вознесенск", actors=[("ткачи", "agent")])
event("стачка", "стачка продолжалась более двух месяцев", "strike",  # 23
      date="В мае", place="Иваново-Вознесенск", same_as=22,
      note="began in May (OS) and lasted 'more than two months': the end is open, so only the start is given")
event("восстала", "14 июня на Чёрном море восстала команда броненосца «Князь Потёмкин-Таврический»",  # 24
      "mutiny", date="14 июня", place="Чёрное море",
      actors=[("команда броненосца «Князь Потёмкин-Таврический»", "agent")])
event("открыть огонь", "Через несколько дней высланная против мятежников эскадра так и не решилась открыть огонь",  # 25
      "attack", date="Через несколько дней", place="Чёрное море", assertion="negated",
      actors=[("эскадра", "agent"), ("мятежников", "target")],
      note="the squadron did not fire on the mutinous ship")
event("интернированы", "25 июня матросы увели корабль в румынскую Констанцу и были интернированы", "arrest",  # 26
      date="25 июня", place="Констанца", actors=[("матросы", "target")],
      note="internment by the Romanian authorities, coded as detention")
event("волнения", "С весны в деревнях Европейской России не утихали крестьянские волнения", "riot",  # 27
      date="С весны", place="Европейская Россия",
      note="'не утихали' = went on: asserted, not negated")
event("жгли", "к осени крестьяне, особенно в Саратовской губернии, жгли помещичьи усадьбы", "looting",  # 28
      date="к осени", place="Саратовская губерния",
      actors=[("крестьяне", "agent"), ("помещичьи усадьбы", "target")],
      note="in many places; the only one named is Saratov province")
event("стачка", "В октябре всеобщая стачка, начатая московскими железнодорожниками, парализовала Россию: "  # 29
      "по подсчётам историков, бастовали более 2 млн человек", "strike", date="В октябре",
      place="Россия", actors=[("московскими железнодорожниками", "agent")],
      quantities=[qty("более 2 млн человек", "participants", 2000000, min=2000000, approximate=True)],
      note="one countrywide strike, begun in Moscow; only the count is attributed ('по подсчётам историков')")
event("манифест", "17 октября Николай II подписал манифест", "decree",  # 30
      date="17 октября", actors=[("Николай II", "agent")])
event("созыв", "манифест, обещавший созыв законодательной Государственной думы", "founding",  # 31
      date="17 октября", assertion="hypothetical",
      actors=[("законодательной Государственной думы", "participant")],
      note="promised, not yet done")
event("погром", "Уже на другой день в Одессе начался погром", "massacre",  # 32
      date="на другой день", place="Одесса")
event("погибших", "число погибших до сих пор остаётся предметом споров: называют от 400 до 800 человек",  # 33
      "massacre", date="на другой день", place="Одесса", assertion="disputed", same_as=32,
      quantities=[qty("от 400 до 800 человек", "fatalities", None, min=400, max=800, approximate=True)])
event("восстали", "В середине ноября в Севастополе восстали матросы во главе с лейтенантом П. П. Шмидтом",  # 34
      "mutiny", date="В середине ноября", place="Севастополь",
      actors=[("матросы", "agent"), ("лейтенантом П. П. Шмидтом", "agent")],
      note="a rising of sailors: mutiny")
event("расстреляли", "15 ноября береговые батареи расстреляли мятежный крейсер «Очаков»", "bombardment",  # 35
      date="15 ноября", place="Севастополь",
      actors=[("береговые батареи", "agent"), ("мятежный крейсер «Очаков»", "target")],
      note="«Очаков» is a ship's name, not the town")
event("подавлено", "15 ноября береговые батареи расстреляли мятежный крейсер «Очаков», и восстание было "  # 36
      "подавлено", "suppression", date="15 ноября", place="Севастополь")
event("казнили", "Шмидта в марте следующего года казнили на острове Березань", "execution",  # 37
      date="в марте следующего года", place="Березань", actors=[("Шмидта", "target")])
event("стачка", "7 декабря в Москве началась всеобщая стачка", "strike", date="7 декабря", place="Москва")  # 38
event("восстание", "7 декабря в Москве началась всеобщая стачка, через три дня переросшая в вооружённое "  # 39
      "восстание", "uprising", date="через три дня", place="Москва")
event("прибыл", "15 декабря из Петербурга прибыл Семёновский полк", "reinforcement",  # 40
      date="15 декабря", place="Москва", actors=[("Семёновский полк", "agent")],
      note="arrival in Moscow, named in the sentence before; the regiment came from St Petersburg")
event("обстреливали", "Войска обстреливали Пресню из орудий", "bombardment",  # 41
      date={"edtf": "1905-12-28/1906-01-01"}, place="Пресня", actors=[("Войска", "agent")],
      note="between 15 and 19 December (OS), as the narrative orders it")
event("прекратили сопротивление", "19 декабря последние дружинники прекратили сопротивление", "suppression",  # 42
      date="19 декабря", place="Пресня", actors=[("последние дружинники", "target")],
      note="the end of the rising, put down by the troops")
event("подавлении", "При подавлении восстания погибли более тысячи человек", "suppression",  # 43
      date={"edtf": "1905-12-23/1906-01-01"}, place="Москва", same_as=42,
      quantities=[qty("более тысячи человек", "fatalities", 1000, min=1000, approximate=True)],
      note="the whole suppression, from the start of the rising to its end")
event("расстреливали", "каратели, по свидетельствам очевидцев, расстреливали задержанных без суда", "execution",  # 44
      date={"edtf": "1905-12-28/1906-01"}, place="Москва", assertion="reported",
      actors=[("каратели", "agent"), ("задержанных", "target")],
      note="during and after the suppression; the text names no day")
