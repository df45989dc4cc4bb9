"""Gold spec for bench/heldout/first_carlist_war_1833_1840.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Gregorian; Spain used the Gregorian calendar, so no conversion.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/first_carlist_war_1833_1840.txt"

gazetteer({
    "Мадрид": ("settlement", 40.42, -3.70, "Q2807"),
    "Португалия": ("polity", 39.5, -8.0, "Q45"),
    "Абрантиш": ("settlement", 39.46, -8.20, None),
    "Талавера-де-ла-Рейна": ("settlement", 39.96, -4.83, None),
    "Бильбао": ("settlement", 43.26, -2.93, "Q8692"),
    "Витория": ("settlement", 42.85, -2.67, None, "Витория-Гастейс"),
    "Наварра": ("region", 42.75, -1.65, None),
    "Страна Басков": ("region", 43.0, -2.6, None),
    "Каталония": ("region", 41.8, 1.5, "Q5705"),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Испания": ("polity", 40.42, -3.70, "Q29"),
    "Великобритания": ("polity", 51.51, -0.13, None),
    "Франция": ("polity", 46.6, 2.4, "Q142"),
    "Англия": ("region", 52.5, -1.5, "Q21"),
    "Алегрия": ("settlement", 42.84, -2.51, None, "Алегрия-Дулантси"),
    "Алава": ("region", 42.85, -2.70, None),
    "Бегонья": ("settlement", 43.26, -2.92, None),
    "Сегама": ("settlement", 42.98, -2.29, None),
    "Сан-Себастьян": ("settlement", 43.32, -1.98, "Q10313"),
    "Мендигорриа": ("settlement", 42.63, -1.83, None),
    "Тортоса": ("settlement", 40.81, 0.52, None),
    "Ла-Гранха": ("settlement", 40.90, -4.00, None),
    "Кордова": ("settlement", 37.88, -4.78, None),
    "Лучана": ("settlement", 43.28, -2.97, None),
    "Маэстрасго": ("region", 40.55, -0.25, None),
    "Морелья": ("settlement", 40.62, -0.10, None),
    "Эстелья": ("settlement", 42.67, -2.03, None),
    "Оньяте": ("settlement", 43.03, -2.41, None),
    "Вергара": ("settlement", 43.12, -2.41, None, "Бергара"),
})

# ---- dates, in reading order
date("29 сентября 1833 года", "1833-09-29", "day")
date("1 октября", "1833-10-01", "day", derivation="anchored")
date("На следующий день", "1833-10-02", "day", derivation="computed", note="1 October + 1 day")
date("вскоре", "1833-10-02/1833-10-31", "interval", kind="vague", derivation="anchored",
     note="soon after the rising of 2 October")
date("В начале октября", "1833-10-01/1833-10-10", "interval", derivation="anchored")
date("В ноябре 1833 года", "1833-11", "month")
date("к лету 1835 года", "1835-22", "season", note="'by summer 1835': the state reached by then")
date("22 апреля 1834 года", "1834-04-22", "day")
date("Летом того же года", "1834-22", "season", derivation="anchored")
date("27 октября", "1834-10-27", "day", derivation="anchored")
date("на следующий день", "1834-10-28", "day", derivation="computed", note="27 October + 1 day")
date("в конце апреля 1835 года", "1835-04-21/1835-04-30", "interval")
date("10 июня 1835 года", "1835-06-10", "day")
date("Через пять дней", "1835-06-15", "day", derivation="computed", note="10 June + 5 days")
date("24 июня", "1835-06-24", "day", derivation="anchored")
date("1 июля", "1835-07-01", "day", derivation="anchored")
date("Тогда же", "1835-07", "month", kind="vague", derivation="anchored",
     note="'at the same time' as the lifting of the siege on 1 July")
date("16 июля", "1835-07-16", "day", derivation="anchored")
date("19 февраля 1836 года", "1836-02-19", "day")
date("Той же зимой", "1835-12/1836-02", "season", derivation="anchored",
     note="the winter of the 19 February 1836 decree")
date("В ночь на 13 августа", "1836-08-12/1836-08-13", "day", derivation="anchored")
date("Тем временем", "1836-08/1836-10", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': between the August mutiny and the 1 October capture")
date("1 октября", "1836-10-01", "day", derivation="anchored")
date("Осенью", "1836-23", "season", derivation="anchored")
date("в ночь на 25 декабря", "1836-12-24/1836-12-25", "day", derivation="anchored")
date("В мае 1837 года", "1837-05", "month")
date("12 сентября", "1837-09-12", "day", derivation="anchored")
date("26 января 1838 года", "1838-01-26", "day")
date("летом", "1838-22", "season", derivation="anchored")
date("В феврале 1839 года", "1839-02", "month")
date("29 августа 1839 года", "1839-08-29", "day")
date("через два дня", "1839-08-31", "day", derivation="computed", note="29 August + 2 days")
date("14 сентября", "1839-09-14", "day", derivation="anchored")
date("почти год", None, None, kind="duration", duration="P1Y", note="approximate: almost a year")
date("В мае 1840 года", "1840-05", "month")
date("30 мая", "1840-05-30", "day", derivation="anchored")
date("6 июля", "1840-07-06", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Мадриде", "Мадрид"), ("Португалии", "Португалия"), ("Абрантише", "Абрантиш"),
    ("Талавере-де-ла-Рейна", "Талавера-де-ла-Рейна"), ("Бильбао", None), ("Витории", "Витория"),
    ("Наварру", "Наварра"), ("Страну Басков", "Страна Басков"), ("Каталонию", "Каталония"),
    ("Наварре", "Наварра"), ("Лондоне", "Лондон"), ("Испания", None), ("Португалия", None),
    ("Великобритания", None), ("Франция", None), ("Англии", "Англия"), ("Наварру", "Наварра"),
    ("Алегрии", "Алегрия"), ("Алаве", "Алава"),
    ("Бильбао", None), ("Бегоньи", "Бегонья"), ("Сегаме", "Сегама"), ("Сан-Себастьяне", "Сан-Себастьян"),
    ("Мендигорриа", None),
    ("Тортосе", "Тортоса"), ("Ла-Гранхе", "Ла-Гранха"), ("Кордову", "Кордова"), ("Бильбао", None),
    ("Лучаны", "Лучана"),
    ("Наварры", "Наварра"), ("Мадриду", "Мадрид"), ("Маэстрасго", None), ("Морелью", "Морелья"),
    ("Эстелье", "Эстелья"),
    ("Оньяте", None), ("Вергаре", "Вергара"), ("Францию", "Франция"), ("Морелью", "Морелья"),
    ("Каталонию", "Каталония"), ("Францию", "Франция"),
]:
    place(quote, name)

# ---- events
event("Корона перешла", "Корона перешла к его трёхлетней дочери Изабелле II, а регентшей стала вдова короля "  # 0
      "Мария Кристина", "political_activity", date={"edtf": "1833-09-29/1833-10-31"}, place="Мадрид",
      actors=[("трёхлетней дочери Изабелле II", "participant"), ("вдова короля Мария Кристина", "participant")],
      note="succession on the king's death; place is the court named in the previous sentence")
event("манифест", "Права племянницы оспорил брат покойного, дон Карлос, живший тогда в Португалии: "  # 1
      "1 октября в Абрантише он выпустил манифест и объявил себя королём Карлом V",
      "political_activity", date="1 октября", place="Абрантиш", actors=[("дон Карлос", "agent")],
      note="claim to the throne")
event("мятеж", "На следующий день в Талавере-де-ла-Рейна поднял мятеж почтмейстер Мануэль Гонсалес",  # 2
      "uprising", date="На следующий день", place="Талавера-де-ла-Рейна",
      actors=[("почтмейстер Мануэль Гонсалес", "agent")])
event("подавили", "выступление быстро подавили", "suppression",  # 3
      date={"edtf": "1833-10"}, place="Талавера-де-ла-Рейна")
event("схватили", "его вожака схватили", "arrest",  # 4
      date={"edtf": "1833-10"}, place="Талавера-де-ла-Рейна", actors=[("его вожака", "target")])
event("расстреляли", "его вожака схватили и вскоре расстреляли", "execution",  # 5
      date="вскоре", place="Талавера-де-ла-Рейна", actors=[("его вожака", "target")])
event("восстали", "В начале октября сторонники претендента восстали в Бильбао и Витории", "uprising",  # 6
      date="В начале октября", place="Бильбао", actors=[("сторонники претендента", "agent")])
event("восстали", "В начале октября сторонники претендента восстали в Бильбао и Витории", "uprising",  # 7
      date="В начале октября", place="Витория", actors=[("сторонники претендента", "agent")])
event("охватило", "движение охватило Наварру, Страну Басков и Каталонию", "uprising",  # 8
      date={"edtf": "1833-10/1833-11"}, place="Наварра", note="the rising spread after early October")
event("охватило", "движение охватило Наварру, Страну Басков и Каталонию", "uprising",  # 9
      date={"edtf": "1833-10/1833-11"}, place="Страна Басков", note="the rising spread after early October")
event("охватило", "движение охватило Наварру, Страну Басков и Каталонию", "uprising",  # 10
      date={"edtf": "1833-10/1833-11"}, place="Каталония", note="the rising spread after early October")
event("принял", "В ноябре 1833 года командование повстанцами в Наварре принял полковник Томас де "  # 11
      "Сумалакарреги", "political_activity", date="В ноябре 1833 года", place="Наварра",
      actors=[("полковник Томас де Сумалакарреги", "agent")], note="assumption of command")
event("создал", "Из разрозненных отрядов он создал дисциплинированную армию, которая к лету 1835 года "  # 12
      "насчитывала более 20 тыс. человек", "reinforcement", date={"edtf": "1833-11/1835-08"}, place="Наварра",
      actors=[("он", "agent")],
      quantities=[qty("более 20 тыс. человек", "participants", 20000, min=20000, approximate=True)],
      note="raising of an army between November 1833 and summer 1835")
event("заключили", "22 апреля 1834 года в Лондоне Испания, Португалия, Великобритания и Франция заключили "  # 13
      "Четверной союз", "treaty", date="22 апреля 1834 года", place="Лондон",
      actors=[("Испания", "participant"), ("Португалия", "participant"), ("Великобритания", "participant"),
              ("Франция", "participant")])
event("пробрался", "Летом того же года дон Карлос пробрался из Англии в Наварру", "reinforcement",  # 14
      date="Летом того же года", place="Наварра", actors=[("дон Карлос", "agent")],
      note="the pretender's arrival at the seat of war")
event("разгромили", "27 октября у Алегрии в Алаве карлисты разгромили колонну генерала О'Дойла", "battle",  # 15
      date="27 октября", place="Алегрия",
      actors=[("карлисты", "agent"), ("колонну генерала О'Дойла", "target")])
event("расстрелян", "взятый в плен генерал на следующий день был расстрелян", "execution",  # 16
      date="на следующий день", place="Алегрия", actors=[("взятый в плен генерал", "target")],
      note="place: the battle named in the same sentence")
event("истребление", "Взаимное истребление пленных", "execution",  # 17
      date={"edtf": "1833-10/1835-04"}, actors=[("пленных", "target")],
      note="the reciprocal shooting of prisoners until the Eliot agreement")
event("соглашение", "Взаимное истребление пленных прекратило лишь соглашение, заключённое при посредничестве "  # 18
      "лорда Элиота в конце апреля 1835 года", "treaty", date="в конце апреля 1835 года",
      actors=[("лорда Элиота", "participant")])
event("осадил", "10 июня 1835 года Сумалакарреги осадил Бильбао", "siege",  # 19
      date="10 июня 1835 года", place="Бильбао", actors=[("Сумалакарреги", "agent")])
event("сняли осаду", "1 июля карлисты сняли осаду", "retreat",  # 20
      date="1 июля", place="Бильбао", actors=[("карлисты", "agent")])
event("высаживаться", "Тогда же в Сан-Себастьяне начал высаживаться британский легион генерала Лейси "  # 21
      "Эванса — около 10 тыс. добровольцев", "reinforcement", date="Тогда же", place="Сан-Себастьян",
      actors=[("британский легион генерала Лейси Эванса", "agent")],
      quantities=[qty("около 10 тыс. добровольцев", "participants", 10000, approximate=True)])
event("нанёс карлистам поражение", "16 июля при Мендигорриа генерал Кордова нанёс карлистам поражение",  # 22
      "battle", date="16 июля", place="Мендигорриа",
      actors=[("генерал Кордова", "agent"), ("карлистам", "target")])
event("декрет", "19 февраля 1836 года правительство Мендисабаля издало декрет о распродаже церковных "  # 23
      "земель", "decree", date="19 февраля 1836 года", actors=[("правительство Мендисабаля", "agent")])
event("расстреляли", "Той же зимой в Тортосе по приказу генерала Ногераса расстреляли мать карлистского "  # 24
      "вождя Рамона Кабреры", "execution", date="Той же зимой", place="Тортоса",
      actors=[("генерала Ногераса", "agent"), ("мать карлистского вождя Рамона Кабреры", "target")])
event("казнить", "в ответ он велел казнить нескольких жён офицеров-либералов", "execution",  # 25
      date={"edtf": "1836-02/1836-03"}, actors=[("он", "agent"), ("нескольких жён офицеров-либералов", "target")],
      quantities=[qty("нескольких жён", "fatalities", None, min=3, max=9, approximate=True)],
      note="reprisal right after the Tortosa shooting; the text names no place")
event("взбунтовались", "В ночь на 13 августа в Ла-Гранхе взбунтовались сержанты гвардии", "mutiny",  # 26
      date="В ночь на 13 августа", place="Ла-Гранха", actors=[("сержанты гвардии", "agent")])
event("восстановить", "вынудили регентшу восстановить либеральную конституцию", "decree",  # 27
      date="В ночь на 13 августа", place="Ла-Гранха", actors=[("регентшу", "agent")],
      note="the restoration of the constitution, forced by the mutineers; date from the same sentence")
event("рейдом", "Тем временем отряд Мигеля Гомеса прошёл рейдом через всю страну", "attack",  # 28
      date="Тем временем", actors=[("отряд Мигеля Гомеса", "agent")])
event("занял", "отряд Мигеля Гомеса прошёл рейдом через всю страну и 1 октября занял Кордову", "capture",  # 29
      date="1 октября", place="Кордова", actors=[("отряд Мигеля Гомеса", "agent")])
event("окружили", "Осенью карлисты вновь окружили Бильбао", "siege",  # 30
      date="Осенью", place="Бильбао", actors=[("карлисты", "agent")])
event("разбили", "в ночь на 25 декабря войска генерала Эспартеро разбили их у Лучаны и освободили город",  # 31
      "battle", date="в ночь на 25 декабря", place="Лучана",
      actors=[("войска генерала Эспартеро", "agent"), ("их", "target")],
      note="the battle lifted the siege of Bilbao")
event("выступила", "В мае 1837 года из Наварры выступила «Королевская экспедиция» — 10–12 тыс. бойцов во "  # 32
      "главе с самим доном Карлосом", "attack", date="В мае 1837 года", place="Наварра",
      actors=[("«Королевская экспедиция»", "agent")],
      quantities=[qty("10–12 тыс. бойцов", "participants", None, min=10000, max=12000)],
      note="an offensive setting out from Navarre")
event("подошёл", "12 сентября её авангард подошёл к Мадриду", "reinforcement",  # 33
      date="12 сентября", place="Мадрид", actors=[("её авангард", "agent")])
event("штурмовать", "штурмовать столицу претендент не решился", "attack",  # 34
      date="12 сентября", place="Мадрид", assertion="negated", actors=[("претендент", "agent")])
event("повернула", "армия повернула на север", "retreat",  # 35
      date={"edtf": "1837-09"}, actors=[("армия", "agent")])
event("захватил", "Кабрера: 26 января 1838 года он захватил Морелью", "capture",  # 36
      date="26 января 1838 года", place="Морелья", actors=[("Кабрера", "agent")])
event("осаду", "летом отбил осаду крепости генералом Ораа", "siege",  # 37
      date="летом", place="Морелья", assertion="failed", actors=[("генералом Ораа", "agent")])
event("расстрелять", "В феврале 1839 года новый главнокомандующий Рафаэль Марото приказал расстрелять в "  # 38
      "Эстелье четырёх генералов", "execution", date="В феврале 1839 года", place="Эстелья",
      actors=[("Рафаэль Марото", "agent"), ("четырёх генералов", "target")],
      quantities=[qty("четырёх генералов", "fatalities", 4)])
event("подписано соглашение", "29 августа 1839 года в Оньяте было подписано соглашение", "treaty",  # 39
      date="29 августа 1839 года", place="Оньяте")
event("скрепили", "через два дня в Вергаре Эспартеро и Марото скрепили его «объятием»", "treaty",  # 40
      date="через два дня", place="Вергара",
      actors=[("Эспартеро", "participant"), ("Марото", "participant")],
      note="the public sealing of the agreement signed two days before")
event("ушёл", "14 сентября дон Карлос с остатками войск ушёл во Францию", "retreat",  # 41
      date="14 сентября", place="Франция", actors=[("дон Карлос", "agent")],
      note="place: the destination")
event("осадил", "В мае 1840 года Эспартеро осадил Морелью", "siege",  # 42
      date="В мае 1840 года", place="Морелья", actors=[("Эспартеро", "agent")])
event("капитулировал", "30 мая её гарнизон капитулировал", "recapture",  # 43
      date="30 мая", place="Морелья", actors=[("её гарнизон", "target")],
      note="the government regains the fortress lost in 1838")
event("отступил", "Кабрера отступил через Каталонию к границе", "retreat",  # 44
      date={"edtf": "1840-05-30/1840-07-06"}, place="Каталония", actors=[("Кабрера", "agent")])
event("перешёл", "Кабрера отступил через Каталонию к границе и 6 июля перешёл во Францию с несколькими "  # 45
      "тысячами солдат", "retreat", date="6 июля", place="Франция", actors=[("Кабрера", "agent")],
      quantities=[qty("несколькими тысячами солдат", "participants", None, min=3000, max=9000,
                      approximate=True)],
      note="place: the destination")
