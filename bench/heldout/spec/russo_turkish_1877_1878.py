"""Gold spec for bench/heldout/russo_turkish_1877_1878.txt (hand-coded; build with bench/gold/build_gold.py).

The text says once that all its dates are New Style, so day and month dates are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_turkish_1877_1878.txt"

TREATY = {"edtf": "1878-07-13"}
TREATY_NOTE = "a term of the Treaty of Berlin, signed on the last day of the congress the text dates"

gazetteer({
    "Копривштица": ("settlement", 42.63, 24.35, None),
    "Батак": ("settlement", 41.94, 24.22, None),
    "Болгария": ("polity", 42.7, 25.3, "Q219"),
    "Кишинёв": ("settlement", 47.01, 28.86, None),
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Румыния": ("polity", 45.9, 24.9, "Q218"),
    "Дунай": ("river", 43.65, 25.4, "Q1653"),
    "Зимница": ("settlement", 43.65, 25.37, None, "Зимнича"),
    "Систов": ("settlement", 43.62, 25.35, None, "Свиштов"),
    "Тырново": ("settlement", 43.08, 25.63, None, "Велико-Тырново"),
    "Шипкинский перевал": ("mountain", 42.75, 25.32, None),
    "Плевна": ("settlement", 43.42, 24.62, None, "Плевен"),
    "Кавказ": ("region", 41.5, 43.5, None),
    "Ардаган": ("settlement", 41.11, 42.7, None),
    "Карс": ("settlement", 40.6, 43.09, None),
    "Турция": ("polity", 39.0, 35.0, "Q43"),
    "Балканы": ("mountain", 42.75, 25.0, None),
    "София": ("settlement", 42.7, 23.32, "Q472"),
    "Шейново": ("settlement", 42.68, 25.32, None),
    "Филиппополь": ("settlement", 42.15, 24.75, None, "Пловдив"),
    "Адрианополь": ("settlement", 41.68, 26.56, None, "Эдирне"),
    "Константинополь": ("settlement", 41.01, 28.96, "Q406", "Стамбул"),
    "Мраморное море": ("sea", 40.7, 28.2, None),
    "Петербург": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "Англия": ("polity", 51.51, -0.13, None),
    "Сан-Стефано": ("settlement", 40.96, 28.82, None, "Ешилькёй"),
    "Болгарское княжество": ("polity", 42.6, 25.0, None),
    "Австро-Венгрия": ("polity", 48.2, 16.37, "Q28513"),
    "Берлин": ("settlement", 52.52, 13.4, "Q64"),
    "Восточная Румелия": ("region", 42.15, 24.75, None),
    "Россия": ("polity", 55.75, 37.62, None),
    "Батум": ("settlement", 41.64, 41.63, None, "Батуми"),
    "Южная Бессарабия": ("region", 45.6, 28.7, None),
    "Босния и Герцеговина": ("region", 44.0, 17.8, None),
})

# ---- dates, in reading order
date("1877–1878", "1877/1878", "interval")
date("2 мая 1876 года", "1876-05-02", "day")
date("через несколько недель", "1876-05-16/1876-07-11", "interval", derivation="computed",
     note="2 May + a few (2-10) weeks")
date("24 апреля 1877 года", "1877-04-24", "day")
date("В тот же день", "1877-04-24", "day", derivation="anchored")
date("в ночь на 27 июня", "1877-06-26/1877-06-27", "day", derivation="anchored")
date("Вскоре", "1877-06-27/1877-07-07", "interval", kind="vague", derivation="anchored",
     note="soon after the crossing, before the 7 July named next")
date("7 июля", "1877-07-07", "day", derivation="anchored")
date("в середине июля", "1877-07-11/1877-07-20", "interval", derivation="anchored")
date("Тем временем", "1877-07-11/1877-07-20", "interval", kind="vague", derivation="anchored",
     note="meanwhile: while the pass was taken in mid-July, before the assault of 20 July")
date("20 июля", "1877-07-20", "day", derivation="anchored")
date("30 июля", "1877-07-30", "day", derivation="anchored")
date("11–12 сентября", "1877-09-11/1877-09-12", "interval", derivation="anchored")
date("После этого", "1877-09-12/1877-12-10", "interval", kind="vague", derivation="anchored",
     note="after the third assault, before the breakout of 10 December")
date("10 декабря", "1877-12-10", "day", derivation="anchored")
date("В конце августа", "1877-08-21/1877-08-31", "interval", derivation="anchored")
date("шесть дней", None, None, kind="duration", duration="P6D")
date("17 мая", "1877-05-17", "day", derivation="anchored")
date("Летом", "1877-22", "season", derivation="anchored")
date("в ночь на 18 ноября", "1877-11-17/1877-11-18", "day", derivation="anchored")
date("К утру", "1877-11-18", "day", derivation="anchored", note="the morning after the night above")
date("К зиме", "1877-12/1878-02", "season", derivation="anchored", note="'by winter' 1877-1878")
date("В конце декабря", "1877-12-21/1877-12-31", "interval", derivation="anchored")
date("4 января 1878 года", "1878-01-04", "day")
date("8–9 января", "1878-01-08/1878-01-09", "interval", derivation="anchored")
date("Через несколько дней", "1878-01-11/1878-01-19", "interval", derivation="computed",
     note="9 January + a few (2-10) days")
date("20 января", "1878-01-20", "day", derivation="anchored")
date("31 января", "1878-01-31", "day", derivation="anchored")
date("В феврале", "1878-02", "month", derivation="anchored")
date("3 марта", "1878-03-03", "day", derivation="anchored")
date("с 13 июня по 13 июля 1878 года", "1878-06-13/1878-07-13", "interval")

# ---- places, in reading order
for quote, name in [
    ("Копривштице", "Копривштица"), ("Батак", None), ("Болгарии", "Болгария"),
    ("Кишинёве", "Кишинёв"), ("Османской империи", "Османская империя"), ("Румынию", "Румыния"),
    ("Дунае", "Дунай"), ("Зимницы", "Зимница"), ("Систов", None), ("Тырново", None),
    ("Шипкинским перевалом", "Шипкинский перевал"),
    ("Плевну", "Плевна"),
    ("Шипку", "Шипкинский перевал"),
    ("Кавказе", "Кавказ"), ("Ардаган", None), ("Карса", "Карс"),
    ("Турция", None), ("Дунае", "Дунай"), ("Балканы", None), ("Софию", "София"), ("Шейнова", "Шейново"),
    ("Филиппополем", "Филиппополь"), ("Адрианополь", None), ("Константинополю", "Константинополь"),
    ("Адрианополе", "Адрианополь"), ("Мраморное море", None), ("Константинополю", "Константинополь"),
    ("Петербурге", "Петербург"), ("Англией", "Англия"), ("Сан-Стефано", None), ("Болгарское княжество", None),
    ("Англию", "Англия"), ("Австро-Венгрию", "Австро-Венгрия"), ("Берлинском", "Берлин"),
    ("Берлинскому", "Берлин"), ("Болгария", None), ("Балкан", "Балканы"), ("Восточная Румелия", None),
    ("Россия", None), ("Карс", None), ("Ардаган", None), ("Батум", None),
    ("южную Бессарабию", "Южная Бессарабия"), ("Австро-Венгрия", None),
    ("Боснию и Герцеговину", "Босния и Герцеговина"),
]:
    place(quote, name)

# ---- events
event("вспыхнуло", "2 мая 1876 года в Копривштице вспыхнуло Апрельское восстание болгар против османской "  # 0
      "власти", "uprising", date="2 мая 1876 года", place="Копривштица", actors=[("болгар", "agent")])
event("подавили", "уже через несколько недель регулярные войска и отряды башибузуков подавили выступление",  # 1
      "suppression", date="через несколько недель", place="Болгария",
      actors=[("регулярные войска", "agent"), ("отряды башибузуков", "agent")],
      note="place named at the end of the paragraph")
event("перебиты", "Самой страшной стала расправа в селе Батак, где, по данным американского корреспондента "  # 2
      "Мак-Гахана, были перебиты от 3 до 5 тыс. жителей", "massacre",
      date="через несколько недель", place="Батак", assertion="reported", actors=[("жителей", "target")],
      quantities=[qty("от 3 до 5 тыс. жителей", "fatalities", None, min=3000, max=5000, approximate=True)],
      note="part of the suppression; the text gives no date of its own")
event("подожгли", "Турецкие чиновники уверяли, что мятежники якобы сами подожгли свои дома", "looting",  # 3
      date="через несколько недель", place="Батак", assertion="disputed", actors=[("мятежники", "agent")],
      note="a claim the text doubts ('якобы')")
event("погибло", "Всего в Болгарии, по подсчётам европейских наблюдателей, погибло более 12 тыс. человек",  # 4
      "massacre", date="через несколько недель", place="Болгария", assertion="reported",
      quantities=[qty("более 12 тыс. человек", "fatalities", 12000, min=12000, approximate=True)],
      note="the total toll of the reprisals, Batak included")
event("объявлении войны", "24 апреля 1877 года Александр II, находившийся в Кишинёве, подписал манифест об "  # 5
      "объявлении войны Османской империи", "political_activity", date="24 апреля 1877 года", place="Кишинёв",
      actors=[("Александр II", "agent"), ("Османской империи", "target")], note="declaration of war")
event("вступили", "В тот же день русские части вступили в Румынию", "reinforcement",  # 6
      date="В тот же день", place="Румыния", actors=[("русские части", "agent")])
event("переправилась", "в ночь на 27 июня дивизия генерала Драгомирова переправилась у Зимницы на правый "  # 7
      "берег", "attack", date="в ночь на 27 июня", place="Зимница",
      actors=[("дивизия генерала Драгомирова", "agent")], note="the forced crossing of the Danube")
event("боя", "После короткого боя был занят Систов", "battle", date="в ночь на 27 июня", place="Систов")  # 8
event("занят", "После короткого боя был занят Систов", "capture", date="в ночь на 27 июня", place="Систов")  # 9
event("вошёл", "7 июля он вошёл в Тырново", "capture", date="7 июля", place="Тырново",  # 10
      actors=[("передовой отряд Гурко", "agent")], note="actor named in the previous clause")
event("овладел", "а в середине июля овладел Шипкинским перевалом", "capture",  # 11
      date="в середине июля", place="Шипкинский перевал", actors=[("передовой отряд Гурко", "agent")],
      note="actor named earlier in the sentence")
event("войти", "Тем временем в Плевну успел войти корпус Осман-паши", "reinforcement",  # 12
      date="Тем временем", place="Плевна", actors=[("корпус Осман-паши", "agent")])
event("штурм", "Первый штурм города, предпринятый 20 июля, был отбит", "attack",  # 13
      date="20 июля", place="Плевна", assertion="failed")
event("атаковали", "30 июля русские атаковали вновь и опять потерпели неудачу", "attack",  # 14
      date="30 июля", place="Плевна", assertion="failed", actors=[("русские", "agent")])
event("штурм", "Третий штурм, 11–12 сентября, в котором участвовали и румынские войска, тоже провалился",  # 15
      "attack", date="11–12 сентября", place="Плевна", assertion="failed",
      actors=[("румынские войска", "agent")])
event("блокаду", "После этого генерал Тотлебен взял крепость в плотную блокаду", "siege",  # 16
      date="После этого", place="Плевна", actors=[("генерал Тотлебен", "agent")])
event("вырваться", "10 декабря Осман-паша попытался вырваться из окружения, но прорыв не удался", "attack",  # 17
      date="10 декабря", place="Плевна", assertion="failed", actors=[("Осман-паша", "agent")])
event("капитулировала", "и его армия, около 40 тыс. человек, капитулировала", "capture",  # 18
      date="10 декабря", place="Плевна", actors=[("его армия", "target")],
      quantities=[qty("около 40 тыс. человек", "prisoners", 40000, approximate=True)],
      note="the surrender of Plevna")
event("атаковала", "В конце августа армия Сулейман-паши атаковала Шипку, которую обороняли русские солдаты "  # 19
      "и болгарские ополченцы", "attack", date="В конце августа", place="Шипкинский перевал",
      actors=[("армия Сулейман-паши", "agent"), ("русские солдаты", "target"), ("болгарские ополченцы", "target")])
event("Бои", "Бои на перевале шли шесть дней, но турки так и не смогли его взять", "attack",  # 20
      date="В конце августа", place="Шипкинский перевал", assertion="failed", same_as=19,
      actors=[("турки", "agent")])
event("взят", "На Кавказе 17 мая штурмом был взят Ардаган", "capture", date="17 мая", place="Ардаган")  # 21
event("осада", "Летом осада Карса окончилась неудачей", "siege", date="Летом", place="Карс",  # 22
      assertion="failed")
event("атаковали", "в ночь на 18 ноября войска генерала Лорис-Меликова снова атаковали город", "attack",  # 23
      date="в ночь на 18 ноября", place="Карс", actors=[("войска генерала Лорис-Меликова", "agent")])
event("пала", "К утру крепость пала; в плен попало, по русским сведениям, около 17 тыс. турок", "capture",  # 24
      date="К утру", place="Карс",
      quantities=[qty("около 17 тыс. турок", "prisoners", 17000, approximate=True)],
      note="only the count is attributed ('по русским сведениям')")
event("перевалил", "В конце декабря отряд Гурко перевалил через заснеженные Балканы и 4 января 1878 года "  # 25
      "занял Софию", "reinforcement", date="В конце декабря", place="Балканы",
      actors=[("отряд Гурко", "agent")], note="the winter crossing of the Balkans")
event("занял", "В конце декабря отряд Гурко перевалил через заснеженные Балканы и 4 января 1878 года "  # 26
      "занял Софию", "capture", date="4 января 1878 года", place="София", actors=[("отряд Гурко", "agent")])
event("окружили", "8–9 января у Шейнова колонны Скобелева и Мирского окружили армию Вессель-паши",  # 27
      "battle", date="8–9 января", place="Шейново",
      actors=[("колонны Скобелева и Мирского", "agent"), ("армию Вессель-паши", "target")])
event("сражения", "после этого сражения сложили оружие более 20 тыс. турецких солдат", "battle",  # 28
      date="8–9 января", place="Шейново", same_as=27,
      quantities=[qty("более 20 тыс. турецких солдат", "prisoners", 20000, min=20000, approximate=True)])
event("разбито", "Через несколько дней под Филиппополем было разбито войско Сулейман-паши", "battle",  # 29
      date="Через несколько дней", place="Филиппополь", actors=[("войско Сулейман-паши", "target")])
event("вошли", "а 20 января русские без боя вошли в Адрианополь", "occupation",  # 30
      date="20 января", place="Адрианополь", actors=[("русские", "agent")])
event("бежали", "Десятки тысяч мусульман бежали к Константинополю", "flight",  # 31
      date={"edtf": "1878-01"}, place="Константинополь",
      quantities=[qty("Десятки тысяч мусульман", "displaced", None, min=20000, max=90000, approximate=True)],
      note="place is the destination named in the text; date implied by the offensive of January 1878")
event("подписали перемирие", "31 января в Адрианополе подписали перемирие", "treaty",  # 32
      date="31 января", place="Адрианополь")
event("вошла", "В феврале британская эскадра вошла в Мраморное море", "reinforcement",  # 33
      date="В феврале", place="Мраморное море", actors=[("британская эскадра", "agent")])
event("вышли", "Русские войска вышли к Константинополю, но в турецкую столицу не вступили", "reinforcement",  # 34
      date="В феврале", place="Константинополь", actors=[("Русские войска", "agent")])
event("вступили", "Русские войска вышли к Константинополю, но в турецкую столицу не вступили", "occupation",  # 35
      date="В феврале", place="Константинополь", assertion="negated", actors=[("Русские войска", "agent")])
event("войну", "её занятие, как опасались в Петербурге, могло бы вызвать войну с Англией", "battle",  # 36
      assertion="hypothetical", actors=[("Англией", "participant")],
      note="a feared war between Russia and Britain that did not happen")
event("заключён прелиминарный мир", "3 марта в Сан-Стефано был заключён прелиминарный мир", "treaty",  # 37
      date="3 марта", place="Сан-Стефано")
event("создававший", "создававший обширное Болгарское княжество", "founding",  # 38
      date="3 марта", place="Болгарское княжество")
event("конгрессе", "договор пересмотрели на Берлинском конгрессе, заседавшем с 13 июня по 13 июля 1878 года",  # 39
      "negotiations", date="с 13 июня по 13 июля 1878 года", place="Берлин")
event("Берлинскому трактату", "По Берлинскому трактату Болгария была разделена", "treaty",  # 40
      date=TREATY, place="Берлин", note="signed on 13 July, the last day of the congress")
event("разделена", "По Берлинскому трактату Болгария была разделена", "territorial_transfer",  # 41
      date=TREATY, place="Болгария", actors=[("Болгария", "participant")], note=TREATY_NOTE)
event("возникло", "к северу от Балкан возникло вассальное княжество", "founding",  # 42
      date=TREATY, place="Болгария", note=TREATY_NOTE)
event("возникло", "к северу от Балкан возникло вассальное княжество, к югу — автономная Восточная Румелия",  # 43
      "founding", date=TREATY, place="Восточная Румелия", note=TREATY_NOTE + "; the verb is elided")
event("получила", "Россия получила Карс", "territorial_transfer",  # 44
      date=TREATY, place="Карс", actors=[("Россия", "participant")], note=TREATY_NOTE)
event("получила", "Россия получила Карс, Ардаган", "territorial_transfer",  # 45
      date=TREATY, place="Ардаган", actors=[("Россия", "participant")], note=TREATY_NOTE)
event("получила", "Россия получила Карс, Ардаган и Батум", "territorial_transfer",  # 46
      date=TREATY, place="Батум", actors=[("Россия", "participant")], note=TREATY_NOTE)
event("вернула", "Россия получила Карс, Ардаган и Батум и вернула себе южную Бессарабию",  # 47
      "territorial_transfer", date=TREATY, place="Южная Бессарабия", actors=[("Россия", "participant")],
      note=TREATY_NOTE)
event("оккупировала", "Австро-Венгрия оккупировала Боснию и Герцеговину", "occupation",  # 48
      date=TREATY, place="Босния и Герцеговина", actors=[("Австро-Венгрия", "agent")],
      note=TREATY_NOTE + "; the occupation itself began later that summer")
