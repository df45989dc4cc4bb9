"""Gold spec for bench/heldout/hungarian_uprising_1956.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/hungarian_uprising_1956.txt"

gazetteer({
    "Венгрия": ("polity", 47.16, 19.5, "Q28"),
    "Будапешт": ("settlement", 47.5, 19.04, "Q1781"),
    "Польша": ("polity", 52.0, 19.0, "Q36"),
    "Дьёр": ("settlement", 47.69, 17.63, None),
    "Мишкольц": ("settlement", 48.1, 20.78, None),
    "Дебрецен": ("settlement", 47.53, 21.63, None),
    "Мошонмадьяровар": ("settlement", 47.87, 17.27, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "СССР": ("polity", 55.75, 37.62, "Q15180"),
    "Румыния": ("polity", 45.9, 24.9, "Q218"),
    "Закарпатье": ("region", 48.4, 23.3, None),
    "Варшава": ("settlement", 52.23, 21.01, "Q270"),
    "Тёкёль": ("settlement", 47.32, 18.96, None),
    "Сольнок": ("settlement", 47.18, 20.2, None),
    "Югославия": ("polity", 44.82, 20.46, None),
    "Чепель": ("settlement", 47.42, 19.07, None),
    "Сталинварош": ("settlement", 46.96, 18.93, None, "Дунауйварош"),
    "Мечек": ("mountain", 46.13, 18.2, None),
    "Печ": ("settlement", 46.07, 18.23, None),
    "Австрия": ("polity", 47.6, 14.1, "Q40"),
    "Шальготарьян": ("settlement", 48.1, 19.8, None),
})

# ---- dates, in reading order
date("Осенью 1956 года", "1956-23", "season")
date("23 октября", "1956-10-23", "day", derivation="anchored")
date("к вечеру", "1956-10-23", "day", derivation="anchored", note="by the evening of 23 October")
date("Ночью", "1956-10-23/1956-10-24", "day", derivation="anchored", note="the night of 23-24 October")
date("В ночь на 24 октября", "1956-10-23/1956-10-24", "day", derivation="anchored")
date("Утром", "1956-10-24", "day", derivation="anchored", note="the morning of 24 October")
date("25 октября", "1956-10-25", "day", derivation="anchored")
date("В тот же день", "1956-10-25", "day", derivation="anchored")
date("В следующие дни", "1956-10-26/1956-10-31", "interval", kind="vague", derivation="computed",
     note="the days after 25 October")
date("26 октября", "1956-10-26", "day", derivation="anchored")
date("28 октября", "1956-10-28", "day", derivation="anchored")
date("30 октября", "1956-10-30", "day", derivation="anchored")
date("В тот же день", "1956-10-30", "day", derivation="anchored")
date("Тогда же", "1956-10-30", "day", kind="vague", derivation="anchored",
     note="'at the same time' as 30 October")
date("31 октября", "1956-10-31", "day", derivation="anchored")
date("1 ноября", "1956-11-01", "day", derivation="anchored")
date("В тот же день", "1956-11-01", "day", derivation="anchored")
date("3 ноября", "1956-11-03", "day", derivation="anchored")
date("в ночь на 4 ноября", "1956-11-03/1956-11-04", "day", derivation="anchored")
date("На рассвете 4 ноября", "1956-11-04", "day", derivation="anchored")
date("В тот же день", "1956-11-04", "day", derivation="anchored")
date("11 ноября", "1956-11-11", "day", derivation="anchored")
date("до середины месяца", "1956-11-11/1956-11-20", "interval", derivation="anchored",
     note="'until the middle of the month' (November): the end bound")
date("За несколько месяцев", None, None, kind="duration", note="unquantified: within a few months")
date("14 ноября", "1956-11-14", "day", derivation="anchored")
date("22 ноября", "1956-11-22", "day", derivation="anchored")
date("8 декабря", "1956-12-08", "day", derivation="anchored")
date("Вскоре", "1956-12-08/1956-12-31", "interval", kind="vague", derivation="anchored",
     note="soon after 8 December")
date("В 1957–1961 годах", "1957/1961", "interval")
date("16 июня 1958 года", "1958-06-16", "day")

# ---- places, in reading order
for quote, name in [
    ("Венгрии", "Венгрия"), ("Будапешта", "Будапешт"), ("Польше", "Польша"),
    ("Дьёре", "Дьёр"), ("Мишкольце", "Мишкольц"), ("Дебрецене", "Дебрецен"),
    ("Мошонмадьяроваре", "Мошонмадьяровар"), ("Будапешт", None),
    ("Москве", "Москва"), ("СССР", None), ("Венгрию", "Венгрия"), ("Румынии", "Румыния"),
    ("Закарпатья", "Закарпатье"), ("Варшавского", "Варшава"), ("Тёкёле", "Тёкёль"),
    ("Будапешт", None), ("Сольноке", "Сольнок"), ("Югославии", "Югославия"), ("Чепеле", "Чепель"),
    ("Сталинвароше", "Сталинварош"), ("Мечек", None), ("Печа", "Печ"),
    ("Австрию", "Австрия"), ("Будапеште", "Будапешт"), ("Румынию", "Румыния"),
    ("Шальготарьяне", "Шальготарьян"), ("Будапеште", "Будапешт"),
]:
    place(quote, name)

# ---- events
event("восстание", "Осенью 1956 года в Венгрии, где после разоблачения культа Сталина росло недовольство "  # 0
      "правлением Матьяша Ракоши и сменившего его Эрнё Герё, вспыхнуло народное восстание", "uprising",
      date="Осенью 1956 года", place="Венгрия")
event("демонстрацию", "23 октября студенты Будапешта вышли на демонстрацию в поддержку реформ в Польше",  # 1
      "protest", date="23 октября", place="Будапешт", actors=[("студенты", "agent")],
      quantities=[qty("до 200 тыс. человек", "participants", 200000, max=200000, approximate=True)],
      note="the count is in the next clause and attributed ('по разным оценкам'); the protest is asserted")
event("повалила", "Толпа повалила статую Сталина", "looting",  # 2
      date="к вечеру", place="Будапешт", actors=[("Толпа", "agent")], note="destruction of a monument")
event("открыли огонь", "у здания радио сотрудники госбезопасности (АВХ) открыли огонь по безоружным людям",  # 3
      "attack_on_civilians", date="к вечеру", place="Будапешт",
      actors=[("сотрудники госбезопасности", "agent"), ("безоружным людям", "target")])
event("столкновения", "Ночью начались вооружённые столкновения", "battle",  # 4
      date="Ночью", place="Будапешт")
event("захватили", "повстанцы захватили несколько оружейных складов и полицейских участков", "capture",  # 5
      date="Ночью", place="Будапешт", actors=[("повстанцы", "agent")])
event("вошли", "В ночь на 24 октября в столицу по просьбе венгерского руководства вошли танки Особого "  # 6
      "корпуса Советской армии", "reinforcement", date="В ночь на 24 октября", place="Будапешт",
      actors=[("танки Особого корпуса Советской армии", "agent")])
event("назначен", "Утром главой правительства был назначен реформатор Имре Надь", "political_activity",  # 7
      date="Утром", place="Будапешт", actors=[("Имре Надь", "participant")])
event("уступил пост", "25 октября Герё уступил пост первого секретаря партии Яношу Кадару",  # 8
      "political_activity", date="25 октября", place="Будапешт",
      actors=[("Герё", "participant"), ("Яношу Кадару", "participant")])
event("стреляли", "В тот же день у здания парламента по собравшимся стреляли из бронетехники и с крыш "  # 9
      "соседних домов; погибли, по различным данным, от 75 до 1000 человек", "massacre",
      date="В тот же день", place="Будапешт", actors=[("собравшимся", "target")],
      quantities=[qty("от 75 до 1000 человек", "fatalities", None, min=75, max=1000, approximate=True)],
      note="the shooting is asserted; only the death toll is attributed ('по различным данным')")
event("охватило", "В следующие дни восстание охватило провинцию", "uprising",  # 10
      date="В следующие дни", note="the rising spreads to the provinces; no place named")
for town in ["Дьёр", "Мишкольц", "Дебрецен"]:  # 11, 12, 13
    event("власть взяли", "В следующие дни восстание охватило провинцию: в Дьёре, Мишкольце и Дебрецене "
          "власть взяли революционные советы", "capture", date="В следующие дни", place=town,
          actors=[("революционные советы", "agent")])
event("открыли огонь", "26 октября в Мошонмадьяроваре пограничники открыли огонь по мирной демонстрации "  # 14
      "и убили более 50 человек", "massacre", date="26 октября", place="Мошонмадьяровар",
      actors=[("пограничники", "agent"), ("мирной демонстрации", "target")],
      quantities=[qty("более 50 человек", "fatalities", 50, min=50, approximate=True)])
event("прекращении огня", "28 октября Надь объявил о прекращении огня", "treaty",  # 15
      date="28 октября", place="Будапешт", actors=[("Надь", "agent")],
      note="a ceasefire, coded as an agreement")
event("признал", "28 октября Надь объявил о прекращении огня, признал выступление "  # 16
      "национально-демократическим движением", "recognition", date="28 октября", place="Будапешт",
      actors=[("Надь", "agent"), ("выступление", "target")])
event("распустил", "28 октября Надь объявил о прекращении огня, признал выступление "  # 17
      "национально-демократическим движением и распустил АВХ", "abolition", date="28 октября",
      place="Будапешт", actors=[("Надь", "agent"), ("АВХ", "target")])
event("начали покидать", "30 октября советские части начали покидать Будапешт", "retreat",  # 18
      date="30 октября", place="Будапешт", actors=[("советские части", "agent")])
event("штурмом взяли", "В тот же день повстанцы штурмом взяли здание горкома партии, более 20 его "  # 19
      "защитников были убиты", "capture", date="В тот же день", place="Будапешт",
      actors=[("повстанцы", "agent"), ("здание горкома партии", "target")],
      quantities=[qty("более 20 его защитников", "fatalities", 20, min=20, approximate=True)])
event("заявил", "Тогда же Надь заявил о восстановлении многопартийной системы", "political_activity",  # 20
      date="Тогда же", place="Будапешт", actors=[("Надь", "agent")])
event("решило подавить", "31 октября в Москве руководство СССР решило подавить восстание",  # 21
      "political_activity", date="31 октября", place="Москва", actors=[("руководство СССР", "agent")],
      note="the decision to intervene")
event("начали входить", "1 ноября в Венгрию из Румынии и Закарпатья начали входить новые советские дивизии",  # 22
      "reinforcement", date="1 ноября", place="Венгрия", actors=[("новые советские дивизии", "agent")])
event("объявил", "В тот же день Надь объявил о нейтралитете страны и её выходе из Организации "  # 23
      "Варшавского договора", "political_activity", date="В тот же день", place="Будапешт",
      actors=[("Надь", "agent")], note="neutrality and withdrawal from the Warsaw Pact, one declaration")
event("переговоры", "3 ноября в Тёкёле открылись переговоры о выводе войск", "negotiations",  # 24
      date="3 ноября", place="Тёкёль")
event("арестована", "в ночь на 4 ноября венгерская делегация во главе с министром обороны Палом Малетером "  # 25
      "была арестована", "arrest", date="в ночь на 4 ноября", place="Тёкёль",
      actors=[("венгерская делегация", "target")])
event("атаковали", "На рассвете 4 ноября началась операция «Вихрь»: около 60 тыс. советских солдат при "  # 26
      "поддержке танков и авиации атаковали Будапешт", "attack", date="На рассвете 4 ноября",
      place="Будапешт", actors=[("советских солдат", "agent")],
      quantities=[qty("около 60 тыс. советских солдат", "participants", 60000, approximate=True)])
event("объявлено о создании", "В тот же день в Сольноке было объявлено о создании Революционного "  # 27
      "рабоче-крестьянского правительства Кадара", "founding", date="В тот же день", place="Сольнок",
      actors=[("Революционного рабоче-крестьянского правительства Кадара", "participant")])
event("укрылся", "В тот же день в Сольноке было объявлено о создании Революционного рабоче-крестьянского "  # 28
      "правительства Кадара, а Надь укрылся в посольстве Югославии", "flight", date="В тот же день",
      place="Будапешт", actors=[("Надь", "agent")],
      note="refuge in the Yugoslav embassy in Budapest")
event("бои", "Самые упорные бои развернулись в центре столицы", "battle",  # 29
      date={"edtf": "1956-11-04/1956-11-11"}, place="Будапешт",
      note="from the assault of 4 November; the capital is not named in the clause")
event("бои", "Самые упорные бои развернулись в центре столицы и на Чепеле", "battle",  # 30
      date={"edtf": "1956-11-04/1956-11-11"}, place="Чепель", note="from 4 to 11 November")
event("сложили оружие", "рабочие отряды которого сложили оружие лишь 11 ноября", "suppression",  # 31
      date="11 ноября", place="Чепель", actors=[("рабочие отряды", "participant")],
      note="the insurgents' surrender ends the resistance")
event("сопротивление", "в Сталинвароше и в горах Мечек у Печа сопротивление продолжалось до середины "  # 32
      "месяца", "battle", date={"edtf": "1956-11-04/1956-11-20"}, place="Сталинварош",
      note="from 4 November until mid-November")
event("сопротивление", "в Сталинвароше и в горах Мечек у Печа сопротивление продолжалось до середины "  # 33
      "месяца", "battle", date={"edtf": "1956-11-04/1956-11-20"}, place="Мечек",
      note="from 4 November until mid-November")
event("погибли", "Потери были тяжелы: по официальным подсчётам, погибли около 2,5 тыс. венгров и 720 "  # 34
      "советских военнослужащих, около 20 тыс. человек были ранены", "uprising",
      date={"edtf": "1956-10-23/1956-11-20"}, place="Венгрия", same_as=0,
      quantities=[qty("около 2,5 тыс. венгров", "fatalities", 2500, approximate=True),
                  qty("720 советских военнослужащих", "fatalities", 720),
                  qty("около 20 тыс. человек", "wounded", 20000, approximate=True)],
      note="losses of the whole rising; only the counts are attributed to official figures")
event("бежали", "За несколько месяцев около 200 тыс. венгров бежали из страны, главным образом в Австрию",  # 35
      "flight", date={"edtf": "1956-11/1957-02"}, place="Австрия", actors=[("венгров", "participant")],
      quantities=[qty("около 200 тыс. венгров", "displaced", 200000, approximate=True)],
      note="place is the main destination; date: the few months after 4 November")
event("создан", "14 ноября в Будапеште был создан Центральный рабочий совет", "founding",  # 36
      date="14 ноября", place="Будапешт", actors=[("Центральный рабочий совет", "participant")])
event("забастовку", "14 ноября в Будапеште был создан Центральный рабочий совет, продолживший всеобщую "  # 37
      "забастовку", "strike", date="14 ноября", place="Будапешт",
      actors=[("Центральный рабочий совет", "agent")], note="a strike already going on by 14 November")
event("схвачен", "22 ноября Надь, покинувший посольство под письменные гарантии безопасности, был схвачен "  # 38
      "советскими военными", "arrest", date="22 ноября", place="Будапешт",
      actors=[("Надь", "target"), ("советскими военными", "agent")])
event("вывезен", "22 ноября Надь, покинувший посольство под письменные гарантии безопасности, был схвачен "  # 39
      "советскими военными и вывезен в Румынию", "deportation", date="22 ноября", place="Румыния",
      actors=[("Надь", "target")], note="place is the destination")
event("расстреляли", "8 декабря в Шальготарьяне войска расстреляли демонстрацию шахтёров: погибли, по "  # 40
      "разным подсчётам, от 40 до 130 человек", "massacre", date="8 декабря", place="Шальготарьян",
      actors=[("войска", "agent"), ("демонстрацию шахтёров", "target")],
      quantities=[qty("от 40 до 130 человек", "fatalities", None, min=40, max=130, approximate=True)],
      note="the shooting is asserted; only the death toll is attributed")
event("распущены", "Вскоре рабочие советы были распущены", "abolition",  # 41
      date="Вскоре", actors=[("рабочие советы", "target")])
event("арестовали", "Вскоре рабочие советы были распущены, а их лидеров арестовали", "arrest",  # 42
      date="Вскоре", actors=[("их лидеров", "target")])
event("осуждены", "В 1957–1961 годах более 20 тыс. человек были осуждены", "arrest",  # 43
      date="В 1957–1961 годах",
      quantities=[qty("более 20 тыс. человек", "prisoners", 20000, min=20000, approximate=True)],
      note="sentencing, coded as arrest")
event("казнены", "В 1957–1961 годах более 20 тыс. человек были осуждены, около 230 — казнены",  # 44
      "execution", date="В 1957–1961 годах",
      quantities=[qty("около 230", "fatalities", 230, approximate=True)])
event("повесили", "16 июня 1958 года после закрытого суда в Будапеште повесили Имре Надя, Пала Малетера "  # 45
      "и журналиста Миклоша Гимеша", "execution", date="16 июня 1958 года", place="Будапешт",
      actors=[("Имре Надя", "target"), ("Пала Малетера", "target"), ("Миклоша Гимеша", "target")])
