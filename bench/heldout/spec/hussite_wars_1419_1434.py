"""Gold spec for bench/heldout/hussite_wars_1419_1434.txt (hand-coded; build with bench/gold/build_gold.py).

The text states that its dates are Julian; all of them are before 1582, so they are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/hussite_wars_1419_1434.txt"

gazetteer({
    "Констанц": ("settlement", 47.66, 9.18, None),
    "Чехия": ("polity", 49.9, 14.8, None),
    "Новое Место": ("settlement", 50.076, 14.425, None),
    "Прага": ("settlement", 50.08, 14.42, "Q1085"),
    "Табор": ("settlement", 49.41, 14.68, None),
    "Бреслау": ("settlement", 51.11, 17.03, "Q1799", "Вроцлав"),
    "Судомерж": ("settlement", 49.29, 14.55, None),
    "Витков": ("mountain", 50.089, 14.449, None),
    "Пражский Град": ("settlement", 50.09, 14.40, None),
    "Вышеград": ("settlement", 50.064, 14.419, None),
    "Часлав": ("settlement", 49.91, 15.39, None),
    "Раби": ("settlement", 49.28, 13.62, None),
    "Жатец": ("settlement", 50.33, 13.55, None),
    "Кутна-Гора": ("settlement", 49.95, 15.27, None),
    "Небовиды": ("settlement", 49.99, 15.21, None),
    "Немецкий Брод": ("settlement", 49.61, 15.58, None, "Гавличкув-Брод"),
    "Малешов": ("settlement", 49.91, 15.22, None),
    "Пршибислав": ("settlement", 49.58, 15.76, None),
    "Усти-над-Лабем": ("settlement", 50.66, 14.03, None),
    "Саксония": ("region", 51.1, 13.2, None),
    "Тахов": ("settlement", 49.80, 12.63, None),
    "Силезия": ("region", 51.0, 16.5, None),
    "Франкония": ("region", 49.5, 11.0, None),
    "Домажлице": ("settlement", 49.44, 12.93, None),
    "Базель": ("settlement", 47.56, 7.59, "Q78"),
    "Пльзень": ("settlement", 49.75, 13.38, None),
    "Старое Место": ("settlement", 50.087, 14.421, None),
    "Липаны": ("settlement", 50.01, 14.92, None),
    "Чешский Брод": ("settlement", 50.07, 14.86, None),
})

# ---- dates, in reading order (Julian, before 1582: taken as written)
date("в 1415 году", "1415", "year")
date("30 июля 1419 года", "1419-07-30", "day", note="Julian, as the text states; taken as written")
date("16 августа", "1419-08-16", "day", derivation="anchored")
date("Осенью", "1419-23", "season", derivation="anchored")
date("в ноябре", "1419-11", "month", derivation="anchored")
date("В феврале 1420 года", "1420-02", "month")
date("17 марта", "1420-03-17", "day", derivation="anchored")
date("25 марта", "1420-03-25", "day", derivation="anchored")
date("В конце июня", "1420-06-21/1420-06-30", "interval", derivation="anchored")
date("14 июля", "1420-07-14", "day", derivation="anchored")
date("28 июля", "1420-07-28", "day", derivation="anchored")
date("вскоре", "1420-07-28/1420-08", "interval", kind="vague", derivation="anchored",
     note="'soon' after the coronation of 28 July")
date("1 ноября", "1420-11-01", "day", derivation="anchored")
date("7 июня 1421 года", "1421-06-07", "day")
date("Тогда же", "1421-06", "month", kind="vague", derivation="anchored",
     note="'at the same time' as 7 June 1421")
date("2 октября", "1421-10-02", "day", derivation="anchored")
date("В декабре", "1421-12", "month", derivation="anchored")
date("6 января 1422 года", "1422-01-06", "day")
date("10 января", "1422-01-10", "day", derivation="anchored")
date("9 марта", "1422-03-09", "day", derivation="anchored")
date("7 июня 1424 года", "1424-06-07", "day")
date("11 октября того же года", "1424-10-11", "day", derivation="anchored")
date("16 июня 1426 года", "1426-06-16", "day")
date("4 августа 1427 года", "1427-08-04", "day")
date("14 августа", "1427-08-14", "day", derivation="anchored")
date("С 1428 года", "1428", "year", note="start of a process that goes on")
date("14 августа 1431 года", "1431-08-14", "day")
date("4 января 1433 года", "1433-01-04", "day")
date("Летом", "1433-22", "season", derivation="anchored")
date("на десять месяцев", None, None, kind="duration", duration="P10M")
date("30 ноября", "1433-11-30", "day", derivation="anchored")
date("Весной 1434 года", "1434-21", "season")
date("6 мая", "1434-05-06", "day", derivation="anchored")
date("9 мая", "1434-05-09", "day", derivation="anchored")
date("30 мая", "1434-05-30", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Констанце", "Констанц"), ("Чехии", "Чехия"), ("Нового Места", "Новое Место"), ("Праге", "Прага"),
    ("Чехии", "Чехия"), ("Табор", "Табор"), ("Бреслау", "Бреслау"), ("Судомержа", "Судомерж"),
    ("Праге", "Прага"), ("Витков", "Витков"), ("Пражского Града", "Пражский Град"),
    ("Вышеградом", "Вышеград"),
    ("Чаславе", "Часлав"), ("Раби", "Раби"), ("Жатец", "Жатец"), ("Кутна-Гору", "Кутна-Гора"),
    ("Небовид", "Небовиды"), ("Немецкий Брод", "Немецкий Брод"), ("Праге", "Прага"),
    ("Малешове", "Малешов"), ("Пршибиславом", "Пршибислав"), ("Усти-над-Лабем", "Усти-над-Лабем"),
    ("Саксонии", "Саксония"), ("Тахова", "Тахов"), ("Силезию", "Силезия"), ("Саксонию", "Саксония"),
    ("Франконию", "Франкония"), ("Домажлице", "Домажлице"),
    ("Базельский", "Базель"), ("Пльзень", "Пльзень"), ("Праге", "Прага"), ("Старое Место", "Старое Место"),
    ("Новым Местом", "Новое Место"), ("Пльзеня", "Пльзень"), ("Липан", "Липаны"),
    ("Чешского Брода", "Чешский Брод"),
]:
    place(quote, name)

# ---- events
event("Казнь", "Казнь Яна Гуса, сожжённого в Констанце в 1415 году", "execution",  # 0
      date="в 1415 году", place="Констанц", actors=[("Яна Гуса", "target")])
event("ворвалась", "30 июля 1419 года толпа, которую вёл проповедник Ян Желивский, ворвалась в ратушу "  # 1
      "Нового Места в Праге и выбросила из окон бургомистра и членов совета; семеро из них погибли",
      "riot", date="30 июля 1419 года", place="Прага",
      actors=[("толпа", "agent"), ("проповедник Ян Желивский", "agent"),
              ("бургомистра и членов совета", "target")],
      quantities=[qty("семеро", "fatalities", 7)])
event("уличные бои", "Осенью в столице шли уличные бои между гуситами и королевскими гарнизонами",  # 2
      "battle", date="Осенью", place="Прага",
      actors=[("гуситами", "participant"), ("королевскими гарнизонами", "participant")])
event("заключили перемирие", "а в ноябре стороны заключили перемирие", "treaty",  # 3
      date="в ноябре", place="Прага", actors=[("стороны", "participant")])
event("потребовал", "Корону Чехии потребовал брат покойного, император Сигизмунд",  # 4
      "political_activity", date={"edtf": "1419-08/1420-02"}, place="Чехия",
      actors=[("император Сигизмунд", "agent")],
      note="the claim to the throne followed the king's death of 16 August 1419")
event("основали", "В феврале 1420 года радикальные гуситы основали на юге страны укреплённый город Табор",  # 5
      "founding", date="В феврале 1420 года", place="Табор", actors=[("радикальные гуситы", "agent")])
event("оглашена", "17 марта в Бреслау была оглашена папская булла, призывавшая к крестовому походу "  # 6
      "против еретиков", "decree", date="17 марта", place="Бреслау", actors=[("папская булла", "participant")])
event("отразил", "25 марта у Судомержа отряд Яна Жижки, около 400 человек с боевыми возами, отразил "  # 7
      "натиск нескольких тысяч рыцарей", "battle", date="25 марта", place="Судомерж",
      actors=[("отряд Яна Жижки", "agent"), ("рыцарей", "target")],
      quantities=[qty("около 400 человек", "participants", 400, approximate=True),
                  qty("нескольких тысяч рыцарей", "participants", None, min=3000, max=9000, approximate=True)])
event("подошло", "В конце июня к Праге подошло войско крестоносцев — по оценкам современников, "  # 8
      "свыше 30 тыс. человек", "reinforcement", date="В конце июня", place="Прага",
      actors=[("войско крестоносцев", "agent")],
      quantities=[qty("свыше 30 тыс. человек", "participants", 30000, min=30000, approximate=True)],
      note="the arrival is asserted; only the count is attributed to contemporaries")
event("удержали", "14 июля защитники удержали гору Витков", "battle",  # 9
      date="14 июля", place="Витков", actors=[("защитники", "agent")])
event("штурм", "14 июля защитники удержали гору Витков, и штурм захлебнулся", "attack",  # 10
      date="14 июля", place="Витков", assertion="failed", same_as=9,
      note="the crusaders' assault on Vítkov, the same engagement")
event("короновался", "28 июля Сигизмунд короновался в соборе Пражского Града", "political_activity",  # 11
      date="28 июля", place="Пражский Град", actors=[("Сигизмунд", "agent")])
event("увёл армию", "28 июля Сигизмунд короновался в соборе Пражского Града, но вскоре увёл армию",  # 12
      "retreat", date="вскоре", place="Прага", actors=[("Сигизмунд", "agent")],
      note="withdrawal from Prague")
event("разгромили", "1 ноября гуситы разгромили королевское войско под Вышеградом", "battle",  # 13
      date="1 ноября", place="Вышеград", actors=[("гуситы", "agent"), ("королевское войско", "target")])
event("капитулировала", "1 ноября гуситы разгромили королевское войско под Вышеградом, и крепость "  # 14
      "капитулировала", "capture", date="1 ноября", place="Вышеград",
      actors=[("гуситы", "agent"), ("крепость", "target")])
event("объявил Сигизмунда низложенным", "7 июня 1421 года сейм в Чаславе объявил Сигизмунда низложенным",  # 15
      "political_activity", date="7 июня 1421 года", place="Часлав",
      actors=[("сейм", "agent"), ("Сигизмунда", "target")])
event("осаде", "Тогда же при осаде замка Раби Жижка лишился второго глаза", "siege",  # 16
      date="Тогда же", place="Раби", actors=[("Жижка", "agent")],
      note="Žižka was wounded during the siege")
event("крестовый поход", "Второй крестовый поход закончился бесславно", "attack",  # 17
      date={"edtf": "1421-08/1421-10-02"}, place="Чехия", assertion="failed",
      note="the second crusade's invasion; its end on 2 October is given next")
event("осаждавшие", "немецкие князья, осаждавшие Жатец", "siege",  # 18
      date={"edtf": "1421-09/1421-10-02"}, place="Жатец", actors=[("немецкие князья", "agent")],
      note="the siege ended with the flight of 2 October")
event("бежали", "немецкие князья, осаждавшие Жатец, 2 октября бежали", "retreat",  # 19
      date="2 октября", place="Жатец", actors=[("немецкие князья", "agent")])
event("приближении", "узнав о приближении гуситов", "reinforcement",  # 20
      date={"edtf": "1421-09/1421-10-02"}, place="Жатец", actors=[("гуситов", "agent")],
      note="the Hussite relief army approached Žatec before 2 October")
event("занял", "В декабре Сигизмунд занял Кутна-Гору", "capture",  # 21
      date="В декабре", place="Кутна-Гора", actors=[("Сигизмунд", "agent")])
event("разбил", "6 января 1422 года Жижка разбил его у Небовид", "battle",  # 22
      date="6 января 1422 года", place="Небовиды", actors=[("Жижка", "agent"), ("его", "target")])
event("взял штурмом", "10 января взял штурмом Немецкий Брод", "capture",  # 23
      date="10 января", place="Немецкий Брод", note="the agent is Žižka, named in the clause before")
event("перебил", "10 января взял штурмом Немецкий Брод и перебил гарнизон", "massacre",  # 24
      date="10 января", place="Немецкий Брод", actors=[("гарнизон", "target")])
event("обезглавлен", "9 марта в Праге по приказу городских властей был обезглавлен Желивский", "execution",  # 25
      date="9 марта", place="Прага", actors=[("городских властей", "agent"), ("Желивский", "target")])
event("разбил", "7 июня 1424 года Жижка наголову разбил пражан при Малешове", "battle",  # 26
      date="7 июня 1424 года", place="Малешов", actors=[("Жижка", "agent"), ("пражан", "target")])
event("возглавил", "войско возглавил Прокоп Голый", "political_activity",  # 27
      date={"edtf": "1424-10-11/1426"}, actors=[("Прокоп Голый", "agent")],
      note="succession to the command after Žižka's death of 11 October 1424; no date of its own")
event("уничтожили", "16 июня 1426 года у Усти-над-Лабем гуситы уничтожили войско, присланное из Саксонии",  # 28
      "battle", date="16 июня 1426 года", place="Усти-над-Лабем",
      actors=[("гуситы", "agent"), ("войско, присланное из Саксонии", "target")])
event("полегло", "по разным данным, полегло от 4 до 15 тыс. немцев", "battle",  # 29
      date="16 июня 1426 года", place="Усти-над-Лабем", same_as=28, actors=[("немцев", "target")],
      quantities=[qty("от 4 до 15 тыс. немцев", "fatalities", None, min=4000, max=15000, approximate=True)],
      note="the deaths are asserted; only the figures are attributed to various sources")
event("рассыпался", "4 августа 1427 года третий крестовый поход рассыпался у Тахова", "retreat",  # 30
      date="4 августа 1427 года", place="Тахов", actors=[("третий крестовый поход", "agent")])
event("боя", "4 августа 1427 года третий крестовый поход рассыпался у Тахова, не приняв боя", "battle",  # 31
      date="4 августа 1427 года", place="Тахов", assertion="negated")
event("взят", "а 14 августа город был взят", "capture", date="14 августа", place="Тахов")  # 32
for _region in ("Силезия", "Саксония", "Франкония"):  # 33, 34, 35
    event("походы", "С 1428 года таборитские и сиротские отряды совершали «прекрасные походы» в Силезию, "
          "Саксонию и Франконию", "attack", date="С 1428 года", place=_region,
          actors=[("таборитские и сиротские отряды", "agent")])
event("битве", "14 августа 1431 года в битве под Домажлице крестоносцы кардинала Чезарини бежали",  # 36
      "battle", date="14 августа 1431 года", place="Домажлице",
      actors=[("крестоносцы кардинала Чезарини", "participant")])
event("бежали", "14 августа 1431 года в битве под Домажлице крестоносцы кардинала Чезарини бежали",  # 37
      "retreat", date="14 августа 1431 года", place="Домажлице",
      actors=[("крестоносцы кардинала Чезарини", "agent")])
event("прибыло", "4 января 1433 года гуситское посольство прибыло на Базельский собор", "negotiations",  # 38
      date="4 января 1433 года", place="Базель", actors=[("гуситское посольство", "agent")])
event("осадил", "Летом Прокоп осадил Пльзень", "siege",  # 39
      date="Летом", place="Пльзень", actors=[("Прокоп", "agent")])
event("осада", "осада затянулась на десять месяцев", "siege",  # 40
      date={"edtf": "1433-06/1434-05"}, place="Пльзень", same_as=39,
      note="summer 1433 + ten months")
event("приняты компактаты", "30 ноября на сейме в Праге были приняты компактаты — соглашение с легатами "  # 41
      "собора", "treaty", date="30 ноября", place="Прага",
      actors=[("сейме", "participant"), ("легатами собора", "participant")])
event("объединились", "Весной 1434 года умеренная шляхта и Старое Место объединились против радикалов",  # 42
      "founding", date="Весной 1434 года", place="Старое Место",
      actors=[("умеренная шляхта", "participant"), ("Старое Место", "participant")],
      note="the league of lords and the Old Town of Prague")
event("овладели", "Весной 1434 года умеренная шляхта и Старое Место объединились против радикалов и "  # 43
      "6 мая овладели Новым Местом", "capture", date="6 мая", place="Новое Место",
      actors=[("умеренная шляхта", "agent"), ("Старое Место", "agent")])
event("сняли осаду", "Узнав об этом, 9 мая табориты сняли осаду Пльзеня", "retreat",  # 44
      date="9 мая", place="Пльзень", actors=[("табориты", "agent")])
event("разгромили", "Развязка наступила 30 мая у Липан, близ Чешского Брода: около 25 тыс. воинов "  # 45
      "панского союза разгромили примерно 18 тыс. таборитов и сирот", "battle",
      date="30 мая", place="Липаны",
      actors=[("воинов панского союза", "agent"), ("таборитов и сирот", "target")],
      quantities=[qty("около 25 тыс. воинов панского союза", "participants", 25000, approximate=True),
                  qty("примерно 18 тыс. таборитов и сирот", "participants", 18000, approximate=True)])
event("пали", "В бою пали оба Прокопа и, как полагают, до 13 тыс. радикалов", "battle",  # 46
      date="30 мая", place="Липаны", same_as=45,
      actors=[("оба Прокопа", "target"), ("радикалов", "target")],
      quantities=[qty("до 13 тыс. радикалов", "fatalities", 13000, max=13000, approximate=True)],
      note="the deaths are asserted; only the count is attributed ('как полагают')")
event("сожгли", "Несколько сотен пленных заперли в сараях и сожгли", "massacre",  # 47
      date={"edtf": "1434-05-30/1434-06"}, place="Липаны", actors=[("пленных", "target")],
      quantities=[qty("Несколько сотен пленных", "fatalities", None, min=300, max=900, approximate=True)],
      note="prisoners taken at Lipany, burned after the battle")
