"""Gold spec for bench/heldout/kronstadt_rebellion_1921.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/kronstadt_rebellion_1921.txt"

gazetteer({
    "Советская Россия": ("polity", 55.75, 37.62, None),
    "Петроград": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "Васильевский остров": ("region", 59.94, 30.26, None),
    "Кронштадт": ("settlement", 59.99, 29.77, None),
    "Балтийское море": ("sea", 58.0, 20.0, None),
    "Красная Горка": ("settlement", 59.97, 29.37, None),
    "Сестрорецк": ("settlement", 60.09, 29.96, None),
    "Финский залив": ("sea", 60.0, 28.0, None),
    "Ораниенбаум": ("settlement", 59.92, 29.77, None, "Ломоносов"),
    "Лисий Нос": ("settlement", 60.02, 30.02, None),
    "Финляндия": ("polity", 60.17, 24.94, "Q33"),
    "Холмогоры": ("settlement", 64.22, 41.65, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
})

# ---- dates, in reading order (the text states once that its dates are New Style)
date("Зимой 1920–1921 гг.", "1920-12/1921-02", "season")
date("в январе 1921 года", "1921-01", "month")
date("24 февраля", "1921-02-24", "day", derivation="anchored")
date("В тот же день", "1921-02-24", "day", derivation="anchored")
date("В последующие дни", "1921-02-25/1921-02-28", "interval", kind="vague", derivation="anchored",
     note="the days after 24 February, before the next date (28 February)")
date("28 февраля", "1921-02-28", "day", derivation="anchored")
date("1 марта", "1921-03-01", "day", derivation="anchored")
date("На следующий день", "1921-03-02", "day", derivation="computed", note="1 March + 1 day")
date("2 марта", "1921-03-02", "day", derivation="anchored")
date("В те же дни", "1921-03-02/1921-03-07", "interval", kind="vague", derivation="anchored",
     note="the days around the decree of 2 March")
date("5 марта", "1921-03-05", "day", derivation="anchored")
date("в тот же день", "1921-03-05", "day", derivation="anchored")
date("Через два дня", "1921-03-07", "day", derivation="computed", note="5 March + 2 days")
date("8 марта", "1921-03-08", "day", derivation="anchored")
date("В ночь на 17 марта", "1921-03-16/1921-03-17", "day", derivation="anchored")
date("Весь день", None, None, kind="duration", duration="P1D", note="the whole of 17 March")
date("к утру 18 марта", "1921-03-18", "day", derivation="anchored")
date("Вслед за этим", "1921-03-18/1921-03-31", "interval", kind="vague", derivation="anchored",
     note="right after the fall of the fortress on 18 March")
date("к лету 1921 года", "1921-22", "season", note="'by summer 1921': the state held by then")
date("15 марта", "1921-03-15", "day", derivation="anchored")
date("21 марта", "1921-03-21", "day", derivation="anchored")
date("В ноябре 1922 года", "1922-11", "month")

# ---- places, in reading order
for quote, name in [
    ("Советская Россия", None), ("Петрограде", "Петроград"), ("Васильевском острове", "Васильевский остров"),
    ("Кронштадта", "Кронштадт"), ("Балтийского", "Балтийское море"),
    ("Петроград", None), ("Петрограде", "Петроград"),
    ("Красная Горка", None), ("Сестрорецка", "Сестрорецк"), ("Финского залива", "Финский залив"),
    ("Кронштадта", "Кронштадт"), ("Ораниенбаум", None), ("Сестрорецк", None),
    ("Ораниенбаума", "Ораниенбаум"), ("Сестрорецка", "Сестрорецк"), ("Лисьего Носа", "Лисий Нос"),
    ("Финляндию", "Финляндия"),
    ("Холмогоры", None), ("Москве", "Москва"),
]:
    place(quote, name)

# ---- events
event("урезали", "в январе 1921 года власти урезали хлебный паёк на треть", "decree",  # 0
      date="в январе 1921 года", place="Петроград", actors=[("власти", "agent")],
      note="a government measure cutting rations")
event("забастовали", "24 февраля забастовали рабочие Трубочного завода на Васильевском острове", "strike",  # 1
      date="24 февраля", place="Васильевский остров", actors=[("рабочие Трубочного завода", "agent")])
event("демонстрацию", "их уличную демонстрацию разогнали курсанты", "protest",  # 2
      date="24 февраля", place="Васильевский остров")
event("разогнали", "их уличную демонстрацию разогнали курсанты", "suppression",  # 3
      date="24 февраля", place="Васильевский остров", actors=[("курсанты", "agent")],
      note="the demonstration was dispersed")
event("ввёл военное положение", "В тот же день Комитет обороны города во главе с Г. Е. Зиновьевым ввёл "  # 4
      "военное положение", "decree", date="В тот же день", place="Петроград",
      actors=[("Комитет обороны города", "agent")])
event("стачки", "В последующие дни стачки охватили Путиловский и Балтийский заводы", "strike",  # 5
      date="В последующие дни", place="Петроград")
event("арестовали", "а чекисты арестовали видных меньшевиков и эсеров", "arrest",  # 6
      date="В последующие дни", place="Петроград",
      actors=[("чекисты", "agent"), ("видных меньшевиков и эсеров", "target")])
event("приняло резолюцию", "28 февраля собрание команды линкора «Петропавловск» приняло резолюцию",  # 7
      "political_activity", date="28 февраля", place="Кронштадт",
      actors=[("собрание команды линкора «Петропавловск»", "agent")])
event("митинг", "1 марта митинг около 16 тыс. моряков, солдат и горожан одобрил эти требования", "protest",  # 8
      date="1 марта", place="Кронштадт",
      quantities=[qty("около 16 тыс. моряков, солдат и горожан", "participants", 16000, approximate=True)])
event("избрало", "На следующий день делегатское собрание избрало Временный революционный комитет",  # 9
      "founding", date="На следующий день", place="Кронштадт",
      actors=[("делегатское собрание", "agent"), ("Временный революционный комитет", "participant")])
event("взят под стражу", "Комиссар Балтийского флота Н. Н. Кузьмин был взят под стражу", "arrest",  # 10
      date="На следующий день", place="Кронштадт",
      actors=[("Комиссар Балтийского флота Н. Н. Кузьмин", "target")])
event("перешла к ревкому", "власть в городе и на фортах, где служило от 18 до 27 тыс. моряков и "  # 11
      "красноармейцев, перешла к ревкому", "uprising", date="На следующий день", place="Кронштадт",
      actors=[("ревкому", "agent")],
      quantities=[qty("от 18 до 27 тыс. моряков и красноармейцев", "participants", None, min=18000,
                      max=27000, approximate=True)])
event("постановление", "2 марта постановление Совета труда и обороны, подписанное Лениным и Троцким, "  # 12
      "объявило бывшего генерала А. Н. Козловского и его сторонников вне закона, а Петроград и губернию — "
      "на осадном положении", "decree", date="2 марта", place="Петроград",
      actors=[("Совета труда и обороны", "agent"),
              ("бывшего генерала А. Н. Козловского и его сторонников", "target")],
      note="outlawry of the rebels and a state of siege in Petrograd and its province")
event("взяты в заложники", "В те же дни жившие в Петрограде семьи кронштадтцев были взяты в заложники",  # 13
      "arrest", date="В те же дни", place="Петроград", actors=[("семьи кронштадтцев", "target")])
event("назначили", "5 марта командующим восстановленной 7-й армией назначили М. Н. Тухачевского",  # 14
      "political_activity", date="5 марта", actors=[("М. Н. Тухачевского", "participant")],
      note="appointment")
event("ультиматум", "в тот же день Троцкий предъявил мятежникам ультиматум", "political_activity",  # 15
      date="в тот же день", actors=[("Троцкий", "agent"), ("мятежникам", "target")])
event("открыли огонь", "Через два дня батареи форта Красная Горка и орудия у Сестрорецка открыли огонь "  # 16
      "по крепости", "bombardment", date="Через два дня", place="Кронштадт",
      actors=[("батареи форта Красная Горка", "agent"), ("орудия у Сестрорецка", "agent")],
      note="the fortress of Kronstadt was shelled")
event("отвечала огнём", "и та отвечала огнём своих линкоров", "bombardment",  # 17
      date="Через два дня", actors=[("своих линкоров", "agent")],
      note="return fire from the fortress; its targets are not named")
event("штурм", "8 марта, в день открытия X съезда РКП(б), красноармейцы двинулись по льду Финского залива "  # 18
      "на штурм Кронштадта, но были отбиты с тяжёлыми потерями", "attack", date="8 марта",
      place="Кронштадт", assertion="failed", actors=[("красноармейцы", "agent")])
event("отказывались идти в атаку", "а в некоторых полках бойцы отказывались идти в атаку", "mutiny",  # 19
      date="8 марта", actors=[("бойцы", "agent")], note="units refusing to attack")
event("прибыли", "в Ораниенбаум и Сестрорецк прибыли курсантские полки и около 300 делегатов съезда",  # 20
      "reinforcement", date={"edtf": "1921-03-08/1921-03-16"}, place="Ораниенбаум",
      actors=[("курсантские полки", "agent"), ("делегатов съезда", "agent")],
      quantities=[qty("около 300 делегатов съезда", "participants", 300, approximate=True)],
      note="between the failed assault of 8 March and the final one")
event("прибыли", "в Ораниенбаум и Сестрорецк прибыли курсантские полки и около 300 делегатов съезда",  # 21
      "reinforcement", date={"edtf": "1921-03-08/1921-03-16"}, place="Сестрорецк",
      actors=[("курсантские полки", "agent"), ("делегатов съезда", "agent")],
      quantities=[qty("около 300 делегатов съезда", "participants", 300, approximate=True)],
      note="between the failed assault of 8 March and the final one")
event("штурм", "В ночь на 17 марта около 45 тыс. красноармейцев пошли на решающий штурм", "attack",  # 22
      date="В ночь на 17 марта", place="Кронштадт", actors=[("красноармейцев", "agent")],
      quantities=[qty("около 45 тыс. красноармейцев", "participants", 45000, approximate=True)])
event("наступала", "Южная группа А. И. Седякина наступала от Ораниенбаума", "attack",  # 23
      date="В ночь на 17 марта", place="Ораниенбаум", same_as=22,
      actors=[("Южная группа А. И. Седякина", "agent")], note="the place is the group's starting point")
event("наступала", "Южная группа А. И. Седякина наступала от Ораниенбаума, Северная группа Е. С. Казанского "  # 24
      "— от Сестрорецка и Лисьего Носа", "attack", date="В ночь на 17 марта", place="Сестрорецк", same_as=22,
      actors=[("Северная группа Е. С. Казанского", "agent")], note="the place is the group's starting point")
event("наступала", "Южная группа А. И. Седякина наступала от Ораниенбаума, Северная группа Е. С. Казанского "  # 25
      "— от Сестрорецка и Лисьего Носа", "attack", date="В ночь на 17 марта", place="Лисий Нос", same_as=22,
      actors=[("Северная группа Е. С. Казанского", "agent")], note="the place is the group's starting point")
event("бои", "Весь день в городе шли уличные бои", "battle",  # 26
      date={"edtf": "1921-03-17"}, place="Кронштадт", note="the whole of 17 March")
event("сопротивление было сломлено", "к утру 18 марта сопротивление было сломлено", "suppression",  # 27
      date="к утру 18 марта", place="Кронштадт")
event("потеряли", "Штурмующие, по официальным сведениям, потеряли более 500 человек убитыми и свыше 3 тыс. "  # 28
      "ранеными", "attack", date={"edtf": "1921-03-16/1921-03-18"}, place="Кронштадт", same_as=22,
      actors=[("Штурмующие", "participant")],
      quantities=[qty("более 500 человек убитыми", "fatalities", 500, min=500, approximate=True),
                  qty("свыше 3 тыс. ранеными", "wounded", 3000, min=3000, approximate=True)],
      note="the assault is asserted; only the loss figures are attributed to official reports")
event("погибло", "повстанцев погибло около тысячи, ещё примерно 2,5 тыс. попали в плен", "attack",  # 29
      date={"edtf": "1921-03-16/1921-03-18"}, place="Кронштадт", same_as=22,
      actors=[("повстанцев", "target")],
      quantities=[qty("около тысячи", "fatalities", 1000, approximate=True),
                  qty("примерно 2,5 тыс.", "prisoners", 2500, approximate=True)])
event("ушли", "Около 8 тыс. мятежников вместе с Петриченко ушли по льду в Финляндию", "flight",  # 30
      date={"edtf": "1921-03-17/1921-03-18"}, place="Финляндия",
      actors=[("мятежников", "agent"), ("Петриченко", "agent")],
      quantities=[qty("Около 8 тыс. мятежников", "displaced", 8000, approximate=True)],
      note="place is the destination; during the fall of the fortress")
event("расправы", "Вслед за этим начались расправы", "execution",  # 31
      date="Вслед за этим", note="reprisals in general; the next clauses give figures")
event("расстреляны", "по данным позднейших исследований, к лету 1921 года свыше 2 тыс. человек были "  # 32
      "расстреляны по приговорам ревтрибуналов", "execution", date="к лету 1921 года", assertion="reported",
      same_as=31, actors=[("ревтрибуналов", "agent")],
      quantities=[qty("свыше 2 тыс. человек", "fatalities", 2000, min=2000, approximate=True)])
event("отправлены в лагеря", "а около 6,5 тыс. отправлены в лагеря, в том числе под Холмогоры", "arrest",  # 33
      date="к лету 1921 года", place="Холмогоры", assertion="reported",
      quantities=[qty("около 6,5 тыс.", "prisoners", 6500, approximate=True)],
      note="imprisonment in camps; attributed by the same 'по данным' clause")
event("высказался", "Ещё 15 марта съезд партии в Москве высказался за отказ от продразвёрстки",  # 34
      "political_activity", date="15 марта", place="Москва", actors=[("съезд партии", "agent")])
event("заменил", "21 марта ВЦИК заменил её натуральным налогом", "decree",  # 35
      date="21 марта", actors=[("ВЦИК", "agent")])
event("объявили амнистию", "В ноябре 1922 года рядовым участникам восстания объявили амнистию", "amnesty",  # 36
      date="В ноябре 1922 года", actors=[("рядовым участникам восстания", "target")])
