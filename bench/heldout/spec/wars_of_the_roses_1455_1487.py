"""Gold spec for bench/heldout/wars_of_the_roses_1455_1487.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Julian; all are before 1582 and are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/wars_of_the_roses_1455_1487.txt"

JUL = "Julian, before 1582: taken as written"

gazetteer({
    "Сент-Олбанс": ("settlement", 51.75, -0.34, None),
    "Блор-Хит": ("settlement", 52.91, -2.43, None),
    "Ладфорд-Бридж": ("settlement", 52.36, -2.72, None),
    "Ирландия": ("region", 53.4, -8.0, "Q22890"),
    "Кале": ("settlement", 50.95, 1.86, None),
    "Кент": ("region", 51.2, 0.7, None),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Нортгемптон": ("settlement", 52.24, -0.9, None),
    "Уэйкфилд": ("settlement", 53.68, -1.5, None),
    "Понтефракт": ("settlement", 53.69, -1.31, None),
    "Мортимерс-Кросс": ("settlement", 52.27, -2.85, None),
    "Херефорд": ("settlement", 52.06, -2.72, None),
    "Таутон": ("settlement", 53.84, -1.27, None),
    "Шотландия": ("polity", 56.5, -4.2, "Q22"),
    "Хексем": ("settlement", 54.97, -2.1, None),
    "Ланкашир": ("region", 53.8, -2.6, None),
    "Тауэр": ("settlement", 51.508, -0.076, None),
    "Эджкот": ("settlement", 52.12, -1.25, None),
    "Франция": ("polity", 48.85, 2.35, "Q142"),
    "Девон": ("region", 50.7, -3.8, None),
    "Бургундия": ("polity", 50.85, 4.35, None),
    "Равенспёрн": ("settlement", 53.62, 0.12, None),
    "Барнет": ("settlement", 51.65, -0.2, None),
    "Тьюксбери": ("settlement", 51.99, -2.16, None),
    "Стони-Стратфорд": ("settlement", 52.06, -0.86, None),
    "Солсбери": ("settlement", 51.07, -1.79, None),
    "Милфорд-Хейвен": ("settlement", 51.71, -5.04, None),
    "Босворт": ("settlement", 52.6, -1.42, None),
    "Сток": ("settlement", 53.03, -0.88, None),
    "Дублин": ("settlement", 53.35, -6.26, "Q1761"),
})

# ---- dates, in reading order
date("в 1455–1487 годах", "1455/1487", "interval", note=JUL)
date("22 мая 1455 года", "1455-05-22", "day", note=JUL)
date("Осенью 1459 года", "1459-23", "season")
date("23 сентября", "1459-09-23", "day", derivation="anchored", note=JUL)
date("12 октября", "1459-10-12", "day", derivation="anchored", note=JUL)
date("Летом 1460 года", "1460-22", "season")
date("10 июля", "1460-07-10", "day", derivation="anchored", note=JUL)
date("В конце октября", "1460-10-21/1460-10-31", "interval", derivation="anchored", note=JUL)
date("30 декабря", "1460-12-30", "day", derivation="anchored", note=JUL)
date("на следующий день", "1460-12-31", "day", derivation="computed", note="30 December + 1 day")
date("В начале февраля 1461 года", "1461-02-01/1461-02-10", "interval", note=JUL)
date("17 февраля", "1461-02-17", "day", derivation="anchored", note=JUL)
date("4 марта", "1461-03-04", "day", derivation="anchored", note=JUL)
date("29 марта", "1461-03-29", "day", derivation="anchored", note=JUL)
date("15 мая 1464 года", "1464-05-15", "day", note=JUL)
date("в тот же день", "1464-05-15", "day", derivation="anchored")
date("Летом 1465 года", "1465-22", "season")
date("Вскоре", "1465-07/1469-07", "interval", kind="vague", derivation="anchored",
     note="soon after summer 1465, before the rising of July 1469")
date("26 июля 1469 года", "1469-07-26", "day", note=JUL)
date("Весной 1470 года", "1470-21", "season")
date("В сентябре", "1470-09", "month", derivation="anchored", note=JUL)
date("14 марта 1471 года", "1471-03-14", "day", note=JUL)
date("14 апреля", "1471-04-14", "day", derivation="anchored", note=JUL)
date("4 мая", "1471-05-04", "day", derivation="anchored", note=JUL)
date("21 мая", "1471-05-21", "day", derivation="anchored", note=JUL)
date("в апреле 1483 года", "1483-04", "month", note=JUL)
date("13 июня", "1483-06-13", "day", derivation="anchored", note=JUL)
date("6 июля", "1483-07-06", "day", derivation="anchored", note=JUL)
date("Осенью", "1483-23", "season", derivation="anchored")
date("2 ноября", "1483-11-02", "day", derivation="anchored", note=JUL)
date("7 августа 1485 года", "1485-08-07", "day", note=JUL)
date("22 августа", "1485-08-22", "day", derivation="anchored", note=JUL)
date("16 июня 1487 года", "1487-06-16", "day", note=JUL)

# ---- places, in reading order (titles such as "герцог Сомерсет", "граф Солсбери", "граф Уорик",
# "граф Марч", "герцог Кларенс", "Глостер" and the houses of Lancaster and York are not places)
for quote, name in [
    ("Сент-Олбанса", "Сент-Олбанс"),
    ("Блор-Хите", "Блор-Хит"), ("Ладфорд-Бриджа", "Ладфорд-Бридж"), ("Ирландию", "Ирландия"),
    ("Кале", None), ("Кенте", "Кент"), ("Лондон", None), ("Нортгемптоне", "Нортгемптон"),
    ("Уэйкфилде", "Уэйкфилд"), ("Понтефракте", "Понтефракт"),
    ("Мортимерс-Кроссе", "Мортимерс-Кросс"), ("Херефорде", "Херефорд"), ("Сент-Олбансе", "Сент-Олбанс"),
    ("Лондон", None), ("Таутоне", "Таутон"), ("Шотландию", "Шотландия"),
    ("Хексеме", "Хексем"), ("Ланкашире", "Ланкашир"), ("Тауэр", None), ("Эджкоте", "Эджкот"),
    ("Францию", "Франция"), ("Девоне", "Девон"), ("Бургундию", "Бургундия"),
    ("Равенспёрне", "Равенспёрн"), ("Барнете", "Барнет"), ("Тьюксбери", None), ("Тауэре", "Тауэр"),
    ("Стони-Стратфорде", "Стони-Стратфорд"), ("Солсбери", None), ("Милфорд-Хейвене", "Милфорд-Хейвен"),
    ("Босворте", "Босворт"), ("Стоке", "Сток"), ("Дублине", "Дублин"),
]:
    place(quote, name)

# ---- events
event("столкновение", "Первое крупное столкновение произошло 22 мая 1455 года у Сент-Олбанса", "battle",  # 0
      date="22 мая 1455 года", place="Сент-Олбанс")
event("атаковали", "около 3 тыс. воинов Ричарда, герцога Йоркского, атаковали королевский отряд на улицах "  # 1
      "города", "attack", date="22 мая 1455 года", place="Сент-Олбанс", same_as=0,
      actors=[("воинов Ричарда, герцога Йоркского", "agent"), ("королевский отряд", "target")],
      quantities=[qty("около 3 тыс. воинов", "participants", 3000, approximate=True)])
event("оказался в руках победителей", "король Генрих VI оказался в руках победителей", "arrest",  # 2
      date="22 мая 1455 года", place="Сент-Олбанс", actors=[("король Генрих VI", "target")],
      note="the king is taken by the victors")
event("разбил", "23 сентября граф Солсбери разбил ланкастерцев при Блор-Хите", "battle",  # 3
      date="23 сентября", place="Блор-Хит",
      actors=[("граф Солсбери", "agent"), ("ланкастерцев", "target")])
event("разбежалось", "12 октября у Ладфорд-Бриджа войско йоркистов разбежалось без боя", "retreat",  # 4
      date="12 октября", place="Ладфорд-Бридж", actors=[("войско йоркистов", "agent")],
      note="the army dispersed without a fight")
event("бежал", "Йорк бежал в Ирландию", "retreat",  # 5
      date={"edtf": "1459-10"}, place="Ирландия", actors=[("Йорк", "agent")],
      note="flight of a leader; the place is the destination; right after 12 October")
event("бежал", "Йорк бежал в Ирландию, а граф Уорик и юный Эдуард, граф Марч, — в Кале", "retreat",  # 6
      date={"edtf": "1459-10"}, place="Кале",
      actors=[("граф Уорик", "agent"), ("юный Эдуард, граф Марч", "agent")],
      note="elided verb; the place is the destination")
event("высадились", "Летом 1460 года они высадились в Кенте", "reinforcement",  # 7
      date="Летом 1460 года", place="Кент")
event("вступили", "Летом 1460 года они высадились в Кенте, вступили в Лондон", "occupation",  # 8
      date="Летом 1460 года", place="Лондон")
event("разгромили", "10 июля разгромили королевскую армию при Нортгемптоне", "battle",  # 9
      date="10 июля", place="Нортгемптон", actors=[("королевскую армию", "target")])
event("попал в плен", "Генрих VI снова попал в плен", "arrest",  # 10
      date="10 июля", place="Нортгемптон", actors=[("Генрих VI", "target")])
event("признал", "В конце октября парламент признал Йорка наследником короны", "political_activity",  # 11
      date="В конце октября", actors=[("парламент", "agent"), ("Йорка", "participant")],
      note="the heir to the crown named by parliament; the text names no place")
event("разбито", "30 декабря его войско было разбито при Уэйкфилде", "battle",  # 12
      date="30 декабря", place="Уэйкфилд", actors=[("его войско", "target")],
      note="the text adds that the duke was killed")
event("обезглавили", "на следующий день в Понтефракте обезглавили взятого в плен Солсбери", "execution",  # 13
      date="на следующий день", place="Понтефракт", actors=[("Солсбери", "target")],
      quantities=[])
event("одержал победу", "В начале февраля 1461 года Эдуард одержал победу при Мортимерс-Кроссе", "battle",  # 14
      date="В начале февраля 1461 года", place="Мортимерс-Кросс", actors=[("Эдуард", "agent")])
event("казнили", "после чего в Херефорде казнили Оуэна Тюдора", "execution",  # 15
      date={"edtf": "1461-02"}, place="Херефорд", actors=[("Оуэна Тюдора", "target")],
      note="after the battle of early February 1461; no day given")
event("нанесла поражение", "17 февраля королева Маргарита Анжуйская нанесла поражение Уорику во второй "  # 16
      "битве при Сент-Олбансе", "battle", date="17 февраля", place="Сент-Олбанс",
      actors=[("королева Маргарита Анжуйская", "agent"), ("Уорику", "target")])
event("не открыл ей ворот", "однако Лондон не открыл ей ворот", "occupation",  # 17
      date={"edtf": "1461-02-17/1461-03-04"}, place="Лондон", assertion="negated",
      note="the queen's army did not enter London; between 17 February and 4 March")
event("провозглашён", "4 марта Эдуард был провозглашён в столице королём", "political_activity",  # 18
      date="4 марта", place="Лондон", actors=[("Эдуард", "participant")],
      note="'в столице' refers to London, named just before")
event("сошлись", "29 марта при Таутоне сошлись, по разным оценкам, от 50 до 60 тыс. человек", "battle",  # 19
      date="29 марта", place="Таутон",
      quantities=[qty("от 50 до 60 тыс. человек", "participants", None, min=50000, max=60000,
                      approximate=True)],
      note="the battle is asserted; only the count is attributed ('по разным оценкам')")
event("погибло", "по преданию, погибло до 28 тыс.", "battle",  # 20
      date="29 марта", place="Таутон", same_as=19,
      quantities=[qty("до 28 тыс.", "fatalities", 28000, max=28000, approximate=True)],
      note="the deaths are asserted; only the count is attributed to tradition")
event("бежали", "Генрих и Маргарита бежали в Шотландию", "retreat",  # 21
      date={"edtf": "1461-03/1461-04"}, place="Шотландия",
      actors=[("Генрих", "agent"), ("Маргарита", "agent")],
      note="flight of the deposed king and queen; the place is the destination")
event("рассеял", "15 мая 1464 года лорд Монтегю рассеял ланкастерцев при Хексеме", "battle",  # 22
      date="15 мая 1464 года", place="Хексем",
      actors=[("лорд Монтегю", "agent"), ("ланкастерцев", "target")])
event("казнён", "герцог Сомерсет был казнён в тот же день", "execution",  # 23
      date="в тот же день", place="Хексем", actors=[("герцог Сомерсет", "target")])
event("схватили", "Летом 1465 года в Ланкашире схватили скитавшегося Генриха VI", "arrest",  # 24
      date="Летом 1465 года", place="Ланкашир", actors=[("Генриха VI", "target")])
event("заключили", "заключили в Тауэр", "arrest",  # 25
      date="Летом 1465 года", place="Тауэр", same_as=24,
      note="imprisonment following the capture")
event("порвал", "Вскоре Уорик порвал с королём", "political_activity",  # 26
      date="Вскоре", actors=[("Уорик", "agent"), ("королём", "participant")])
event("разбили", "26 июля 1469 года мятежники разбили королевское войско при Эджкоте", "battle",  # 27
      date="26 июля 1469 года", place="Эджкот",
      actors=[("мятежники", "agent"), ("королевское войско", "target")])
event("бежали", "Весной 1470 года Уорик и герцог Кларенс бежали во Францию", "retreat",  # 28
      date="Весной 1470 года", place="Франция",
      actors=[("Уорик", "agent"), ("герцог Кларенс", "agent")],
      note="flight of leaders; the place is the destination")
event("высадились", "В сентябре они высадились в Девоне", "reinforcement",  # 29
      date="В сентябре", place="Девон")
event("отплыл", "Эдуард IV отплыл в Бургундию", "retreat",  # 30
      date={"edtf": "1470-09/1470-10"}, place="Бургундия", actors=[("Эдуард IV", "agent")],
      note="flight of the king; the place is the destination; after the September landing")
event("возведён на трон", "Генрих VI вновь был возведён на трон", "political_activity",  # 31
      date={"edtf": "1470-09/1470-10"}, actors=[("Генрих VI", "participant")],
      note="after the September landing; the text names no place")
event("высадился", "14 марта 1471 года Эдуард высадился в Равенспёрне", "reinforcement",  # 32
      date="14 марта 1471 года", place="Равенспёрн", actors=[("Эдуард", "agent")])
event("погиб", "14 апреля при Барнете Уорик погиб", "battle",  # 33
      date="14 апреля", place="Барнет", actors=[("Уорик", "participant")],
      note="the battle of Barnet, named only through Warwick's death in it")
event("разгромлено", "4 мая при Тьюксбери было разгромлено войско королевы", "battle",  # 34
      date="4 мая", place="Тьюксбери", actors=[("войско королевы", "target")])
event("убитый", "21 мая Генрих VI умер в Тауэре, вероятно, убитый", "execution",  # 35
      date="21 мая", place="Тауэр", assertion="disputed", actors=[("Генрих VI", "target")],
      note="killing of a captive king, hedged by 'вероятно'")
event("арестовал", "его брат Ричард Глостер арестовал в Стони-Стратфорде лорда Риверса", "arrest",  # 36
      date="в апреле 1483 года", place="Стони-Стратфорд",
      actors=[("Ричард Глостер", "agent"), ("лорда Риверса", "target")],
      note="after Edward IV's death in April 1483")
event("казнить", "13 июня приказал казнить лорда Гастингса", "execution",  # 37
      date="13 июня", actors=[("лорда Гастингса", "target")])
event("короновался", "6 июля короновался как Ричард III", "political_activity",  # 38
      date="6 июля", actors=[("Ричард III", "participant")])
event("мятеж", "Осенью вспыхнул мятеж герцога Бекингема", "uprising",  # 39
      date="Осенью", actors=[("герцога Бекингема", "agent")])
event("подавили", "его подавили", "suppression",  # 40
      date={"edtf": "1483-10/1483-11-02"}, note="before the duke's execution on 2 November")
event("обезглавили", "2 ноября герцога обезглавили в Солсбери", "execution",  # 41
      date="2 ноября", place="Солсбери", actors=[("герцога", "target")])
event("высадился", "7 августа 1485 года Генрих Тюдор высадился в Милфорд-Хейвене", "reinforcement",  # 42
      date="7 августа 1485 года", place="Милфорд-Хейвен", actors=[("Генрих Тюдор", "agent")])
event("разбито", "22 августа при Босворте войско Ричарда III, около 10 тыс. человек, было разбито",  # 43
      "battle", date="22 августа", place="Босворт", actors=[("войско Ричарда III", "target")],
      quantities=[qty("около 10 тыс. человек", "participants", 10000, approximate=True)])
event("пал в бою", "король пал в бою", "battle",  # 44
      date="22 августа", place="Босворт", same_as=43, actors=[("король", "participant")],
      note="the king was killed in the battle")
event("сражение", "Последним стало сражение при Стоке 16 июня 1487 года", "battle",  # 45
      date="16 июня 1487 года", place="Сток")
event("коронованного", "самозванца Ламберта Симнела, коронованного в Дублине", "political_activity",  # 46
      date={"edtf": "1487-01-01/1487-06-16"}, place="Дублин", actors=[("Ламберта Симнела", "participant")],
      note="before the battle of 16 June 1487; the text gives no date")
event("уничтожена", "армия самозванца Ламберта Симнела, коронованного в Дублине, была уничтожена, "  # 47
      "погибло более 4 тыс. мятежников", "battle", date="16 июня 1487 года", place="Сток", same_as=45,
      actors=[("армия самозванца Ламберта Симнела", "target")],
      quantities=[qty("более 4 тыс. мятежников", "fatalities", 4000, min=4000, approximate=True)])
event("попал в плен", "сам Симнел попал в плен", "arrest",  # 48
      date="16 июня 1487 года", place="Сток", actors=[("Симнел", "target")])
