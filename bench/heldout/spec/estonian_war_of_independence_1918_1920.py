"""Gold spec for bench/heldout/estonian_war_of_independence_1918_1920.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/estonian_war_of_independence_1918_1920.txt"

gazetteer({
    "Эстония": ("polity", 58.6, 25.0, "Q191"),
    "Таллин": ("settlement", 59.44, 24.75, "Q1770"),
    "Германия": ("polity", 52.52, 13.40, "Q183"),
    "Нарва": ("settlement", 59.38, 28.19, None),
    "Эстляндская трудовая коммуна": ("polity", 59.38, 28.19, None),
    "Раквере": ("settlement", 59.35, 26.36, None),
    "Тапа": ("settlement", 59.26, 25.96, None),
    "Тарту": ("settlement", 58.38, 26.72, None),
    "Финляндия": ("polity", 60.17, 24.94, "Q33"),
    "Утрия": ("settlement", 59.44, 27.90, None),
    "Паю": ("settlement", 57.84, 26.07, None),
    "Валга": ("settlement", 57.78, 26.05, None),
    "Псков": ("settlement", 57.82, 28.33, None),
    "Рига": ("settlement", 56.95, 24.11, "Q1773"),
    "Цесис": ("settlement", 57.31, 25.27, None),
    "Страздумуйжа": ("settlement", 57.0, 24.23, None),
    "Петроград": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "РСФСР": ("polity", 55.75, 37.62, "Q2184"),
    "Советская Россия": ("polity", 55.75, 37.62, None),
})

# ---- dates, in reading order (the text states once that all dates are New Style)
date("1918–1920 годов", "1918/1920", "interval")
date("24 февраля 1918 года", "1918-02-24", "day")
date("на следующий день", "1918-02-25", "day", derivation="computed", note="24 February + 1 day")
date("11 ноября 1918 года", "1918-11-11", "day")
date("16 ноября", "1918-11-16", "day", derivation="anchored")
date("Вскоре", "1918-11-16/1918-11-30", "interval", kind="vague", derivation="anchored",
     note="soon after 16 November; the following '28 ноября' narrows it")
date("28 ноября", "1918-11-28", "day", derivation="anchored")
date("29 ноября", "1918-11-29", "day", derivation="anchored")
date("В декабре", "1918-12", "month", derivation="anchored")
date("в конце месяца", "1918-12-21/1918-12-31", "interval", derivation="anchored")
date("12 декабря", "1918-12-12", "day", derivation="anchored")
date("23 декабря", "1918-12-23", "day", derivation="anchored")
date("26 декабря", "1918-12-26", "day", derivation="anchored")
date("на следующий день", "1918-12-27", "day", derivation="computed", note="26 December + 1 day")
date("Тогда же", "1918-12", "month", kind="vague", derivation="anchored",
     note="'at the same time' as the late-December events")
date("7 января 1919 года", "1919-01-07", "day")
date("14 января", "1919-01-14", "day", derivation="anchored")
date("17 января", "1919-01-17", "day", derivation="anchored")
date("через два дня", "1919-01-19", "day", derivation="computed", note="17 January + 2 days")
date("31 января", "1919-01-31", "day", derivation="anchored")
date("1 февраля", "1919-02-01", "day", derivation="anchored")
date("К концу февраля", "1919-02-21/1919-02-28", "interval", derivation="anchored",
     note="'by the end of February': the state reached by then")
date("С 5 по 7 апреля", "1919-04-05/1919-04-07", "interval", derivation="anchored")
date("23 апреля", "1919-04-23", "day", derivation="anchored")
date("В середине мая", "1919-05-11/1919-05-20", "interval", derivation="anchored")
date("25 мая", "1919-05-25", "day", derivation="anchored")
date("Тем временем", "1919-05", "month", kind="vague", derivation="anchored",
     note="'meanwhile': during the May offensive just described")
date("22 мая", "1919-05-22", "day", derivation="anchored")
date("с 19 по 23 июня", "1919-06-19/1919-06-23", "interval", derivation="anchored")
date("3 июля", "1919-07-03", "day", derivation="anchored")
date("10 октября", "1919-10-10", "day", derivation="anchored")
date("Осенью", "1919-23", "season", derivation="anchored")
date("5 декабря", "1919-12-05", "day", derivation="anchored")
date("Одновременно", "1919-12", "month", kind="vague", derivation="anchored",
     note="at the same time as the talks opened on 5 December")
date("в течение нескольких недель", None, None, kind="duration", note="unquantified: several weeks")
date("31 декабря", "1919-12-31", "day", derivation="anchored")
date("3 января 1920 года", "1920-01-03", "day")
date("2 февраля 1920 года", "1920-02-02", "day")

# ---- places, in reading order
for quote, name in [
    ("Эстонии", "Эстония"), ("Эстонии", "Эстония"), ("Таллине", "Таллин"), ("Германии", "Германия"),
    ("Нарву", "Нарва"), ("Эстляндская трудовая коммуна", None), ("Раквере", None), ("Тапу", "Тапа"),
    ("Тарту", None),
    ("таллинский", "Таллин"), ("Эстонию", "Эстония"), ("Финляндии", "Финляндия"),
    ("Тарту", None), ("Утрии", "Утрия"), ("Нарва", None), ("Паю", None), ("Валгой", "Валга"),
    ("Таллине", "Таллин"), ("Псков", None), ("Ригу", "Рига"), ("Цесисом", "Цесис"), ("Риге", "Рига"),
    ("Страздумуйже", "Страздумуйжа"),
    ("Петроград", None), ("Эстонию", "Эстония"), ("Тарту", None), ("РСФСР", None), ("Нарвой", "Нарва"),
    ("Тартуский", "Тарту"), ("Советская Россия", None), ("Эстонии", "Эстония"),
]:
    place(quote, name)

# ---- events
event("провозглашена", "Независимость Эстонии была провозглашена в Таллине 24 февраля 1918 года", "founding",  # 0
      date="24 февраля 1918 года", place="Таллин")
event("вступили", "уже на следующий день в город вступили германские войска", "occupation",  # 1
      date="на следующий день", place="Таллин", actors=[("германские войска", "agent")])
event("взяло власть", "Временное правительство К. Пятса 11 ноября 1918 года вновь взяло власть в свои руки",  # 2
      "political_activity", date="11 ноября 1918 года", place="Эстония",
      actors=[("Временное правительство К. Пятса", "agent")])
event("приняло решение", "а 16 ноября приняло решение о создании национальной армии", "decree",  # 3
      date="16 ноября", place="Эстония", actors=[("Временное правительство К. Пятса", "agent")])
event("вторжение", "Вскоре последовало вторжение с востока", "attack",  # 4
      date="Вскоре", place="Эстония", note="the invasion of Estonia; the country is implied")
event("атаковали", "28 ноября части 7-й армии РККА атаковали Нарву", "attack",  # 5
      date="28 ноября", place="Нарва",
      actors=[("части 7-й армии РККА", "agent"), ("германский полк", "target"),
              ("отряды эстонских добровольцев", "target")])
event("взят", "Город был взят", "capture",  # 6
      date={"edtf": "1918-11-28/1918-11-29"}, place="Нарва",
      note="between the attack of 28 November and the proclamation in the town on 29 November")
event("провозглашена", "29 ноября в нём была провозглашена Эстляндская трудовая коммуна во главе с Я. Анвельтом",  # 7
      "founding", date="29 ноября", place="Эстляндская трудовая коммуна",
      actors=[("Эстляндская трудовая коммуна", "participant")], note="proclaimed in Narva")
event("заняли", "В декабре красные заняли Раквере", "capture",  # 8
      date="В декабре", place="Раквере", actors=[("красные", "agent")])
event("заняли", "В декабре красные заняли Раквере и Тапу", "capture",  # 9
      date="В декабре", place="Тапа", actors=[("красные", "agent")])
event("заняли", "В декабре красные заняли Раквере и Тапу, а в конце месяца — Тарту", "capture",  # 10
      date="в конце месяца", place="Тарту", actors=[("красные", "agent")])
event("пришла", "12 декабря на таллинский рейд пришла британская эскадра адмирала Александер-Синклера",  # 11
      "reinforcement", date="12 декабря", place="Таллин",
      actors=[("британская эскадра адмирала Александер-Синклера", "agent")])
event("назначен", "23 декабря главнокомандующим эстонскими войсками был назначен полковник Й. Лайдонер",  # 12
      "political_activity", date="23 декабря", place="Эстония",
      actors=[("полковник Й. Лайдонер", "participant")])
event("захватили", "26 декабря англичане захватили советский эсминец «Спартак»", "capture",  # 13
      date="26 декабря", actors=[("англичане", "agent"), ("советский эсминец «Спартак»", "target")],
      note="a ship captured at sea; no place named")
event("захватили", "26 декабря англичане захватили советский эсминец «Спартак», а на следующий день — «Автроил»",  # 14
      "capture", date="на следующий день", actors=[("англичане", "agent"), ("«Автроил»", "target")],
      note="a ship captured at sea; no place named")
event("прибывать", "Тогда же в Эстонию стали прибывать добровольцы из Финляндии, всего более 3 тыс. человек",  # 15
      "reinforcement", date="Тогда же", place="Эстония", actors=[("добровольцы из Финляндии", "agent")],
      quantities=[qty("более 3 тыс. человек", "participants", 3000, min=3000, approximate=True)],
      note="destination Estonia; Finland is where they came from")
event("перешла в контрнаступление", "7 января 1919 года эстонская армия перешла в контрнаступление", "attack",  # 16
      date="7 января 1919 года", actors=[("эстонская армия", "agent")])
event("отбили", "14 января бронепоезда и партизаны Ю. Куперьянова отбили Тарту", "recapture",  # 17
      date="14 января", place="Тарту",
      actors=[("бронепоезда", "agent"), ("партизаны Ю. Куперьянова", "agent")])
event("Отступая", "Отступая, большевики расстреляли в городе около 20 заложников", "retreat",  # 18
      date="14 января", place="Тарту", actors=[("большевики", "agent")])
event("расстреляли", "Отступая, большевики расстреляли в городе около 20 заложников", "execution",  # 19
      date="14 января", place="Тарту", actors=[("большевики", "agent"), ("заложников", "target")],
      quantities=[qty("около 20 заложников", "fatalities", 20, approximate=True)])
event("высадился", "17 января у Утрии высадился морской десант", "reinforcement",  # 20
      date="17 января", place="Утрия", actors=[("морской десант", "agent")])
event("освобождена", "через два дня Нарва была освобождена", "recapture",  # 21
      date="через два дня", place="Нарва")
event("бою", "31 января в упорном бою у мызы Паю был смертельно ранен Куперьянов", "battle",  # 22
      date="31 января", place="Паю")
event("овладели", "1 февраля эстонцы овладели Валгой", "recapture",  # 23
      date="1 февраля", place="Валга", actors=[("эстонцы", "agent")])
event("очищена", "К концу февраля страна была полностью очищена от противника", "recapture",  # 24
      date="К концу февраля", place="Эстония", note="'страна' is Estonia; the enemy driven out")
event("выборы", "С 5 по 7 апреля прошли выборы в Учредительное собрание", "election",  # 25
      date="С 5 по 7 апреля", place="Эстония")
event("открывшееся", "Учредительное собрание, открывшееся в Таллине 23 апреля", "founding",  # 26
      date="23 апреля", place="Таллин", actors=[("Учредительное собрание", "participant")])
event("двинулись", "В середине мая эстонцы вместе с Северным корпусом белых двинулись на восток", "attack",  # 27
      date="В середине мая", actors=[("эстонцы", "agent"), ("Северным корпусом белых", "agent")])
event("заняли", "В середине мая эстонцы вместе с Северным корпусом белых двинулись на восток и 25 мая "  # 28
      "заняли Псков", "capture", date="25 мая", place="Псков",
      actors=[("эстонцы", "agent"), ("Северным корпусом белых", "agent")])
event("захватившие", "Балтийский ландесвер и германская Железная дивизия, захватившие 22 мая Ригу", "capture",  # 29
      date="22 мая", place="Рига",
      actors=[("Балтийский ландесвер", "agent"), ("германская Железная дивизия", "agent")])
event("повернули", "Тем временем Балтийский ландесвер и германская Железная дивизия, захватившие 22 мая Ригу, "  # 30
      "повернули на север", "reinforcement", date={"edtf": "1919-05-22/1919-06-19"},
      actors=[("Балтийский ландесвер", "agent"), ("германская Железная дивизия", "agent")],
      note="redeployment northwards after taking Riga, before the battle of 19 June")
event("сражении", "В сражении под Цесисом с 19 по 23 июня 3-я эстонская дивизия и латышские полки разбили "  # 31
      "немцев", "battle", date="с 19 по 23 июня", place="Цесис",
      actors=[("3-я эстонская дивизия", "agent"), ("латышские полки", "agent"), ("немцев", "target")])
event("откатились", "немцев, которые откатились к Риге", "retreat",  # 32
      date={"edtf": "1919-06-23/1919-07-03"}, place="Рига", actors=[("немцев", "agent")],
      note="after the battle, before the armistice of 3 July")
event("перемирие", "3 июля в Страздумуйже было заключено перемирие", "treaty",  # 33
      date="3 июля", place="Страздумуйжа")
event("утвердило закон", "10 октября Учредительное собрание утвердило закон о земле", "decree",  # 34
      date="10 октября", place="Эстония", actors=[("Учредительное собрание", "agent")])
event("поддержали поход", "Осенью эстонские части поддержали поход Юденича на Петроград", "attack",  # 35
      date="Осенью", place="Петроград", actors=[("эстонские части", "agent"), ("Юденича", "agent")])
event("провала", "после его провала", "attack", date="Осенью", place="Петроград",  # 36
      assertion="failed", same_as=35)
event("отошли", "остатки Северо-Западной армии отошли в Эстонию", "retreat",  # 37
      date="Осенью", place="Эстония", actors=[("остатки Северо-Западной армии", "agent")])
event("разоружены", "остатки Северо-Западной армии отошли в Эстонию, где были разоружены и интернированы",  # 38
      "arrest", date="Осенью", place="Эстония", actors=[("остатки Северо-Западной армии", "target")],
      note="disarmed and interned")
event("открылись", "5 декабря в Тарту открылись мирные переговоры с РСФСР", "negotiations",  # 39
      date="5 декабря", place="Тарту", actors=[("РСФСР", "participant")])
event("штурмовала", "Одновременно Красная армия в течение нескольких недель яростно штурмовала позиции под "  # 40
      "Нарвой", "attack", date="Одновременно", place="Нарва", actors=[("Красная армия", "agent")])
event("прорвать", "но прорвать фронт не сумела", "attack", date="Одновременно", place="Нарва",  # 41
      assertion="failed", same_as=40)
event("подписано", "31 декабря было подписано перемирие", "treaty",  # 42
      date="31 декабря", place="Тарту", note="signed at the Tartu talks named just before")
event("подписан", "Тартуский мирный договор был подписан 2 февраля 1920 года", "treaty",  # 43
      date="2 февраля 1920 года", place="Тарту")
event("признала", "Советская Россия признала независимость Эстонии", "recognition",  # 44
      date="2 февраля 1920 года", place="Эстония",
      actors=[("Советская Россия", "agent"), ("Эстонии", "target")])
event("потеряла", "эстонская армия потеряла свыше 2 тыс. человек убитыми и около 14 тыс. ранеными", "battle",  # 45
      date={"edtf": "1918-11/1920-01"}, actors=[("эстонская армия", "participant")],
      quantities=[qty("свыше 2 тыс. человек убитыми", "fatalities", 2000, min=2000, approximate=True),
                  qty("около 14 тыс. ранеными", "wounded", 14000, approximate=True)],
      note="aggregate losses of the whole war")
