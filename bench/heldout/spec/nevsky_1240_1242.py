"""Gold spec for bench/heldout/nevsky_1240_1242.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Julian, as the chronicles give them; all are before 1582,
so they are taken as written (README, "Old Style").
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/nevsky_1240_1242.txt"

gazetteer({
    "Новгородская земля": ("region", 58.5, 31.3, None),
    "Владимир": ("settlement", 56.13, 40.41, None),
    "Нева": ("river", 59.81, 30.6, None),
    "Ижора": ("river", 59.75, 30.6, None),
    "Новгород": ("settlement", 58.52, 31.27, None, "Великий Новгород"),
    "Переславль-Залесский": ("settlement", 56.74, 38.85, None),
    "Псковская земля": ("region", 57.6, 28.6, None),
    "Ливония": ("region", 57.5, 25.5, None),
    "Юрьев": ("settlement", 58.38, 26.72, None, "Тарту"),
    "Дерпт": ("settlement", 58.38, 26.72, None, "Тарту"),
    "Псков": ("settlement", 57.82, 28.33, None),
    "Изборск": ("settlement", 57.71, 27.86, None),
    "Водская земля": ("region", 59.4, 29.2, None),
    "Копорье": ("settlement", 59.71, 29.03, None),
    "Тесов": ("settlement", 58.9, 30.4, None),
    "Луга": ("river", 58.74, 29.85, None),
    "Суздаль": ("settlement", 56.42, 40.44, None),
    "Чудское озеро": ("lake", 58.7, 27.5, None),
    "Вороний камень": ("mountain", 58.24, 27.5, None),
    "Водь": ("region", 59.4, 29.2, None),
    "Латыгола": ("region", 56.5, 27.0, None, "Латгалия"),
})

# ---- dates, in reading order
date("1240–1242", "1240/1242", "interval")
date("В 1240–1242 годах", "1240/1242", "interval")
date("Летом 1240 года", "1240-22", "season")
date("15 июля 1240 года", "1240-07-15", "day", note="Julian, taken as written (before 1582)")
date("ночью", "1240-07-15/1240-07-16", "day", derivation="anchored",
     note="the night after the battle of 15 July")
date("позднее", None, None, kind="vague", derivation="anchored",
     note="'later': when the sobriquet was given, not said")
date("Вскоре", "1240-07-16/1241-02-28", "interval", kind="vague", derivation="anchored",
     note="soon after the battle, before the departure 'that same winter'")
date("той же зимой", "1240-12/1241-02", "season", derivation="anchored",
     note="the winter of 1240/41")
date("Тем временем", "1240", "year", kind="vague", derivation="anchored",
     note="'meanwhile': while the prince was at odds with Novgorod, 1240")
date("Осенью 1240 года", "1240-23", "season")
date("16 сентября", "1240-09-16", "day", derivation="anchored")
date("Затем", "1240-09-16/1240-12-31", "interval", kind="vague", derivation="anchored",
     note="after the defeat of 16 September")
date("неделю", None, None, kind="duration", duration="P1W")
date("Вскоре", "1240-09-16/1241-02-28", "interval", kind="vague", derivation="anchored",
     note="soon after the siege of Pskov; before the winter campaign of 1240/41 is not said")
date("Зимой 1240/41 года", "1240-12/1241-02", "season")
date("в 1241 году", "1241", "year")
date("В том же году", "1241", "year", derivation="anchored")
date("Зимой 1242 года", "1241-12/1242-02", "season", note="the winter at the start of 1242")
date("Затем", "1241-12-01/1242-04-05", "interval", kind="vague", derivation="anchored",
     note="after the recapture of Pskov, before the battle of 5 April")
date("В начале апреля", "1242-04-01/1242-04-10", "interval", derivation="anchored")
date("В субботу 5 апреля 1242 года", "1242-04-05", "day", note="Julian, taken as written (before 1582)")
date("В том же году", "1242", "year", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Новгородская земля", None), ("владимирского", "Владимир"),
    ("Неву", "Нева"), ("Ижоры", "Ижора"),
    ("Невскую", "Нева"),
    ("новгородским", "Новгород"), ("Переславль-Залесский", None),
    ("Псковскую землю", "Псковская земля"), ("Ливонского", "Ливония"), ("юрьевским", "Юрьев"),
    ("дерптским", "Дерпт"), ("псковским", "Псков"), ("Изборск", None), ("псковское", "Псков"),
    ("Пскову", "Псков"), ("Псков", None), ("Новгород", None),
    ("Водскую землю", "Водская земля"), ("Копорье", None), ("Тесов", None), ("Луге", "Луга"),
    ("Новгорода", "Новгород"),
    ("Копорью", "Копорье"), ("Новгород", None),
    ("суздальские", "Суздаль"), ("Псков", None), ("Новгород", None), ("юрьевского", "Юрьев"),
    ("Чудскому озеру", "Чудское озеро"), ("Вороньего камня", "Вороний камень"),
    ("Новгород", None), ("Води", "Водь"), ("Луги", "Луга"), ("Пскова", "Псков"),
    ("Латыголы", "Латыгола"),
]:
    place(quote, name)

# ---- events
event("высадилось", "Летом 1240 года шведское войско на кораблях вошло в Неву и высадилось в устье Ижоры",  # 0
      "reinforcement", date="Летом 1240 года", place="Ижора", actors=[("шведское войско", "agent")],
      note="an invading army lands and camps; no fighting yet")
event("напал", "Александр с дружиной, новгородцами и ладожанами двинулся навстречу врагу и 15 июля 1240 года "  # 1
      "внезапно напал на шведский лагерь", "battle", date="15 июля 1240 года", place="Ижора",
      actors=[("Александр", "agent"), ("дружиной", "agent"), ("новгородцами", "agent"),
              ("ладожанами", "agent"), ("шведский лагерь", "target")],
      note="the battle on the Neva at the mouth of the Izhora")
event("ранил", "Житие уверяет, будто сам князь ранил шведского вождя копьём в лицо", "attack",  # 2
      date="15 июля 1240 года", place="Ижора", assertion="disputed",
      actors=[("князь", "agent"), ("шведского вождя", "target")],
      note="the text adds that historians find the story doubtful")
event("потеряли", "Новгородцы, по летописи, потеряли всего 20 человек", "battle",  # 3
      date="15 июля 1240 года", place="Ижора", assertion="reported", same_as=1,
      actors=[("Новгородцы", "participant")],
      quantities=[qty("всего 20 человек", "fatalities", 20)])
event("отплыли", "а ночью остатки их войска отплыли", "retreat", date="ночью", place="Нева",  # 4
      actors=[("остатки их войска", "agent")])
event("Невскую битву", "За Невскую битву князь позднее получил своё прозвище", "battle",  # 5
      date="15 июля 1240 года", place="Нева", same_as=1)
event("рассорился", "Вскоре Александр рассорился с новгородским боярством", "political_activity",  # 6
      date="Вскоре", place="Новгород",
      actors=[("Александр", "participant"), ("новгородским боярством", "participant")])
event("уехал", "Вскоре Александр рассорился с новгородским боярством и той же зимой уехал в Переславль-Залесский", "political_activity",  # 7
      date="той же зимой", place="Переславль-Залесский", actors=[("Александр", "agent")],
      note="the prince leaves Novgorod")
event("двинулись", "Тем временем на Псковскую землю двинулись рыцари Ливонского ордена вместе с юрьевским "  # 8
      "(дерптским) епископом и изгнанным псковским князем Ярославом Владимировичем", "attack",
      date="Тем временем", place="Псковская земля",
      actors=[("рыцари Ливонского ордена", "agent"), ("юрьевским (дерптским) епископом", "agent"),
              ("Ярославом Владимировичем", "agent")])
event("взяли", "Осенью 1240 года они взяли Изборск", "capture", date="Осенью 1240 года",  # 9
      place="Изборск")
event("попыталось отбить", "16 сентября псковское ополчение попыталось отбить крепость, но было разбито",  # 10
      "attack", date="16 сентября", place="Изборск", assertion="failed",
      actors=[("псковское ополчение", "agent")])
event("разбито", "16 сентября псковское ополчение попыталось отбить крепость, но было разбито",  # 11
      "battle", date="16 сентября", place="Изборск", actors=[("псковское ополчение", "participant")])
event("погибли", "пал воевода Гаврила Гориславич, а всего, по разным летописям, погибли от 600 до 800 "  # 12
      "псковичей", "battle", date="16 сентября", place="Изборск", same_as=11,
      actors=[("воевода Гаврила Гориславич", "target"), ("псковичей", "target")],
      quantities=[qty("от 600 до 800 псковичей", "fatalities", None, min=600, max=800)],
      note="the deaths are asserted; only the count is attributed to the chronicles, which differ")
event("подступили", "Затем немцы подступили к Пскову", "reinforcement", date="Затем", place="Псков",  # 13
      actors=[("немцы", "agent")])
event("сожгли", "немцы подступили к Пскову, сожгли посад", "looting", date="Затем", place="Псков",  # 14
      actors=[("немцы", "agent"), ("посад", "target")])
event("осаждали", "немцы подступили к Пскову, сожгли посад и неделю осаждали город", "siege",  # 15
      date="Затем", place="Псков", actors=[("немцы", "agent")],
      note="a siege of one week")
event("приступом взять", "однако приступом взять его не смогли", "attack", date="Затем",  # 16
      place="Псков", assertion="failed")
event("сдала", "Вскоре часть бояр во главе с посадником Твердилой Иванковичем сдала Псков", "capture",  # 17
      date="Вскоре", place="Псков",
      actors=[("часть бояр во главе с посадником Твердилой Иванковичем", "participant")],
      note="the city passes to the Order by surrender")
event("сели", "в городе сели два орденских фогта", "occupation", date="Вскоре", place="Псков",  # 18
      actors=[("два орденских фогта", "agent")])
event("бежали", "Многие псковичи бежали в Новгород", "flight", date="Вскоре", place="Новгород",  # 19
      actors=[("Многие псковичи", "participant")], note="place is the destination")
event("вторгся", "Зимой 1240/41 года орден вместе с чудью вторгся в Водскую землю", "attack",  # 20
      date="Зимой 1240/41 года", place="Водская земля", actors=[("орден", "agent"), ("чудью", "agent")])
event("обложил её данью", "Зимой 1240/41 года орден вместе с чудью вторгся в Водскую землю, обложил её "  # 21
      "данью", "occupation", date="Зимой 1240/41 года", place="Водская земля", actors=[("орден", "agent")])
event("поставил крепость", "обложил её данью и поставил крепость в Копорье", "reinforcement",  # 22
      date="Зимой 1240/41 года", place="Копорье",
      note="a fortress built: a base established")
event("захватили", "Рыцари захватили Тесов", "capture", date="Зимой 1240/41 года", place="Тесов",  # 23
      actors=[("Рыцари", "agent")])
event("грабили", "Рыцари захватили Тесов и грабили купцов по Луге", "looting",  # 24
      date="Зимой 1240/41 года", place="Луга", actors=[("Рыцари", "agent"), ("купцов", "target")])
event("отправили послов", "Новгородцы отправили послов к Ярославу Всеволодовичу", "negotiations",  # 25
      date="Зимой 1240/41 года",
      actors=[("Новгородцы", "agent"), ("Ярославу Всеволодовичу", "participant")],
      note="an embassy asking for a prince; date from the preceding sentences")
event("вернулся", "в 1241 году Александр вернулся к ним на княжение", "political_activity",  # 26
      date="в 1241 году", place="Новгород", actors=[("Александр", "participant")])
event("подступил", "В том же году князь с новгородцами, ладожанами, карелой и ижорой подступил к Копорью",  # 27
      "reinforcement", date="В том же году", place="Копорье",
      actors=[("князь", "agent"), ("новгородцами", "agent"), ("ладожанами", "agent"),
              ("карелой", "agent"), ("ижорой", "agent")])
event("взял крепость штурмом", "подступил к Копорью, взял крепость штурмом", "recapture",  # 28
      date="В том же году", place="Копорье",
      note="the Order's fortress on Novgorod's land is stormed; actor named earlier in the sentence")
event("срыл", "взял крепость штурмом и срыл её", "looting", date="В том же году", place="Копорье",  # 29
      note="the fortress razed")
event("отпустил", "Пленных немцев он привёл в Новгород и часть отпустил", "amnesty",  # 30
      date="В том же году", place="Новгород", actors=[("Пленных немцев", "target")])
event("повесить", "а изменников из води и чуди приказал повесить", "execution", date="В том же году",  # 31
      actors=[("изменников из води и чуди", "target")], note="the text does not say where")
event("получив подмогу", "Зимой 1242 года, получив подмогу — суздальские полки брата Андрея", "reinforcement",  # 32
      date="Зимой 1242 года", actors=[("суздальские полки брата Андрея", "agent")])
event("освободил", "Александр стремительным ударом освободил Псков", "recapture", date="Зимой 1242 года",  # 33
      place="Псков", actors=[("Александр", "agent")])
event("изгнал", "освободил Псков, изгнал немецкий гарнизон", "retreat", date="Зимой 1242 года",  # 34
      place="Псков", actors=[("немецкий гарнизон", "agent")], note="a forced withdrawal")
event("отправил", "в оковах отправил фогтов в Новгород", "arrest", date="Зимой 1242 года",  # 35
      place="Псков", actors=[("фогтов", "target")],
      note="the Order's officials seized in Pskov and sent to Novgorod in chains")
event("вступило", "Затем русское войско вступило во владения юрьевского епископа", "attack",  # 36
      date="Затем", place="Юрьев", actors=[("русское войско", "agent")],
      note="the invasion of the bishopric of Dorpat; its seat stands for the territory")
event("рассыпалось «в зажитье»", "русское войско вступило во владения юрьевского епископа и рассыпалось "  # 37
      "«в зажитье»", "looting", date="Затем", place="Юрьев", actors=[("русское войско", "agent")],
      note="foraging and plunder in the bishop's lands")
event("разбит", "Передовой отряд Домаша Твердиславича был разбит у моста", "battle", date="Затем",  # 38
      actors=[("Передовой отряд Домаша Твердиславича", "target")],
      note="at an unnamed bridge in the bishop's lands")
event("погиб", "Домаш погиб", "battle", date="Затем", same_as=38, actors=[("Домаш", "target")])  # 39
event("отступил", "В начале апреля князь отступил к Чудскому озеру", "retreat", date="В начале апреля",  # 40
      place="Чудское озеро", actors=[("князь", "agent")])
event("встал", "князь отступил к Чудскому озеру и встал на льду у Вороньего камня", "reinforcement", date="В начале апреля",  # 41
      place="Вороний камень", actors=[("князь", "agent")], note="the army takes position on the ice")
event("проломили", "В субботу 5 апреля 1242 года рыцари, построившись клином, проломили русский строй",  # 42
      "attack", date="В субботу 5 апреля 1242 года", place="Чудское озеро",
      actors=[("рыцари", "agent"), ("русский строй", "target")])
event("сече", "В субботу 5 апреля 1242 года рыцари, построившись клином, проломили русский строй, но увязли "  # 43
      "в сече и были охвачены с флангов", "battle", date="В субботу 5 апреля 1242 года",
      place="Чудское озеро", actors=[("рыцари", "participant")],
      note="the battle on the ice of Lake Peipus")
event("гнали", "Победители семь вёрст гнали бегущих по льду", "attack",  # 44
      date="В субботу 5 апреля 1242 года", place="Чудское озеро",
      actors=[("Победители", "agent"), ("бегущих", "target")], note="the pursuit")
event("пало", "По новгородской летописи, пало 400 немцев, а 50 попали в плен", "battle",  # 45
      date="В субботу 5 апреля 1242 года", place="Чудское озеро", assertion="reported", same_as=43,
      actors=[("немцев", "target")],
      quantities=[qty("400 немцев", "fatalities", 400), qty("50", "prisoners", 50)])
event("убитых", "«Рифмованная хроника» говорит лишь о 20 убитых и 6 пленённых братьях ордена", "battle",  # 46
      date="В субботу 5 апреля 1242 года", place="Чудское озеро", assertion="reported", same_as=43,
      actors=[("братьях ордена", "target")],
      quantities=[qty("20 убитых", "fatalities", 20), qty("6 пленённых", "prisoners", 6)])
event("Численность войск", "Численность войск неизвестна: прежние оценки в 10–15 тыс. воинов у Александра "  # 47
      "многие исследователи считают завышенными", "battle", date="В субботу 5 апреля 1242 года",
      place="Чудское озеро", same_as=43, actors=[("Александра", "participant")],
      quantities=[qty("10–15 тыс. воинов", "participants", None, min=10000, max=15000, approximate=True)],
      note="the battle is asserted; only the estimate is contested by the text")
event("Ледового побоища", "Спорно и место Ледового побоища", "battle",  # 48
      date="В субботу 5 апреля 1242 года", place="Чудское озеро", same_as=43,
      note="the battle is asserted; only its exact site is disputed")
event("прибыли", "В том же году в Новгород прибыли послы ордена", "negotiations", date="В том же году",  # 49
      place="Новгород", actors=[("послы ордена", "agent")])
event("заключённому миру", "По заключённому миру рыцари отказались от Води, Луги, Пскова и Латыголы",  # 50
      "treaty", date="В том же году", place="Новгород", actors=[("рыцари", "participant")],
      note="the peace of 1242, made in Novgorod with the Order's envoys")
for name in ("Водь", "Луга", "Псков", "Латыгола"):  # 51-54
    event("отказались", "По заключённому миру рыцари отказались от Води, Луги, Пскова и Латыголы",
          "territorial_transfer", date="В том же году", place=name, actors=[("рыцари", "agent")],
          note="the Order renounces its claims")
