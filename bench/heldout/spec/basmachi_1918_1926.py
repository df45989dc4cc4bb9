"""Gold spec for bench/heldout/basmachi_1918_1926.txt (hand-coded; build with bench/gold/build_gold.py).

Calendar: the one 1917 date is marked Old Style and converted; from February 1918 the text says it uses
New Style ("здесь и далее — по новому стилю"), and those dates are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/basmachi_1918_1926.txt"

gazetteer({
    "Средняя Азия": ("region", 40.0, 65.0, "Q27275"),
    "Коканд": ("settlement", 40.53, 70.94, None),
    "Туркестанская автономия": ("polity", 40.53, 70.94, None),
    "Ташкент": ("settlement", 41.31, 69.28, "Q269"),
    "Ферганская долина": ("region", 40.8, 71.6, None),
    "Ош": ("settlement", 40.53, 72.80, None),
    "Андижан": ("settlement", 40.78, 72.34, None),
    "Скобелев": ("settlement", 40.39, 71.78, None, "Фергана"),
    "Фергана": ("settlement", 40.39, 71.78, None),
    "Маргелан": ("settlement", 40.47, 71.72, None, "Маргилан"),
    "Хива": ("settlement", 41.38, 60.36, None),
    "Хорезмская народная советская республика": ("polity", 41.38, 60.36, None),
    "Бухара": ("settlement", 39.77, 64.42, None),
    "Восточная Бухара": ("region", 38.5, 69.3, None),
    "Бухарская народная советская республика": ("polity", 39.77, 64.42, None),
    "Дюшамбе": ("settlement", 38.56, 68.78, "Q9365", "Душанбе"),
    "Амударья": ("river", 37.2, 67.25, None),
    "Афганистан": ("polity", 34.0, 66.0, "Q889"),
    "Кабул": ("settlement", 34.53, 69.17, "Q5838"),
    "Бальджуан": ("settlement", 38.31, 69.68, None, "Бальджувон"),
    "СССР": ("polity", 55.75, 37.62, "Q15180"),
    "Туркестанская АССР": ("polity", 41.31, 69.28, None),
    "Узбекская ССР": ("polity", 39.65, 66.96, None),
    "Туркменская ССР": ("polity", 37.95, 58.38, None),
    "Таджикская АССР": ("polity", 38.56, 68.78, None),
})

# ---- dates, in reading order
date("27 ноября 1917 года", "1917-12-10", "day",
     note="marked Old Style (по старому стилю): 27 November O.S. = 10 December 1917 N.S.")
date("в ночь на 19 февраля 1918 года", "1918-02-18/1918-02-19", "day",
     note="New Style, as the text states from here on")
date("В тот же день", "1918-02-19", "day", derivation="anchored")
date("трёхдневных", None, None, kind="duration", duration="P3D")
date("вскоре", "1918-02-22/1918-05-31", "interval", kind="vague", derivation="anchored",
     note="soon after the fall of Kokand (19 February + three days of fighting)")
date("В 1919 году", "1919", "year")
date("В начале сентября", "1919-09-01/1919-09-10", "interval", derivation="anchored")
date("6 марта 1920 года", "1920-03-06", "day")
date("в мае", "1920-05", "month", derivation="anchored")
date("Тем временем", "1919/1920", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': during the Fergana events of 1919 - May 1920")
date("В начале февраля 1920 года", "1920-02-01/1920-02-10", "interval")
date("26 апреля", "1920-04-26", "day", derivation="anchored")
date("29 августа", "1920-08-29", "day", derivation="anchored")
date("Четыре дня", None, None, kind="duration", duration="P4D")
date("2 сентября", "1920-09-02", "day", derivation="anchored")
date("накануне", "1920-09-01", "day", derivation="computed", note="the day before 2 September")
date("8 октября", "1920-10-08", "day", derivation="anchored")
date("В феврале 1921 года", "1921-02", "month")
date("в марте", "1921-03", "month", derivation="anchored")
date("Осенью 1921 года", "1921-23", "season")
date("Вскоре", "1921-09/1921-12", "interval", kind="vague", derivation="anchored",
     note="soon after his arrival in autumn 1921")
date("В феврале 1922 года", "1922-02", "month")
date("Летом", "1922-22", "season", derivation="anchored")
date("14 июля", "1922-07-14", "day", derivation="anchored")
date("4 августа", "1922-08-04", "day", derivation="anchored")
date("Тогда же", "1922-22", "season", kind="vague", derivation="anchored",
     note="'at the same time' as the summer 1922 offensive")
date("к осени", "1922-23", "season", derivation="anchored", note="'by autumn': the state reached by then")
date("27 октября 1924 года", "1924-10-27", "day")
date("почти два года", None, None, kind="duration", duration="P2Y", note="approximate: 'almost two years'")
date("летом 1926 года", "1926-22", "season")

# ---- places, in reading order
for quote, name in [
    ("Средней Азии", "Средняя Азия"),
    ("Коканде", "Коканд"), ("Туркестанскую автономию", "Туркестанская автономия"),
    ("Ташкентский", "Ташкент"), ("Коканд", None), ("Ташкента", "Ташкент"),
    ("Ферганскую долину", "Ферганская долина"),
    ("Ош", None), ("Андижан", None), ("Скобелева", "Скобелев"), ("Фергана", None),
    ("Маргелане", "Маргелан"), ("Ферганского", "Ферганская долина"), ("ферганских", "Ферганская долина"),
    ("Хиву", "Хива"), ("Хорезмская народная советская республика", None),
    ("Бухарскую", "Бухара"), ("Старая Бухара", "Бухара"), ("Восточную Бухару", "Восточная Бухара"),
    ("Бухарская народная советская республика", None), ("Дюшамбе", None),
    ("Амударью", "Амударья"), ("Афганистан", None), ("Кабула", "Кабул"),
    ("Бухару", "Бухара"), ("Дюшамбе", None), ("Дюшамбе", None), ("Бальджуана", "Бальджуан"),
    ("Восточной Бухаре", "Восточная Бухара"), ("Афганистан", None),
    ("СССР", None), ("Средней Азии", "Средняя Азия"),
    ("Бухарская", "Бухарская народная советская республика"),
    ("Хорезмская", "Хорезмская народная советская республика"),
    ("Туркестанская АССР", None), ("Узбекская", "Узбекская ССР"), ("Туркменская ССР", None),
    ("Восточная Бухара", None), ("Таджикской АССР", "Таджикская АССР"), ("Дюшамбе", None),
    ("Узбекской ССР", "Узбекская ССР"), ("Амударью", "Амударья"),
]:
    place(quote, name)

# ---- events
event("провозгласил", "27 ноября 1917 года (по старому стилю) чрезвычайный мусульманский съезд в Коканде "  # 0
      "провозгласил Туркестанскую автономию", "founding", date="27 ноября 1917 года",
      place="Туркестанская автономия", actors=[("чрезвычайный мусульманский съезд", "agent")],
      note="proclaimed at Kokand")
event("не признал", "Ташкентский совет не признал нового правительства", "non_recognition",  # 1
      date={"edtf": "1917-12/1918-02"}, place="Ташкент",
      actors=[("Ташкентский совет", "agent"), ("нового правительства", "target")],
      note="between the proclamation and the February 1918 attack")
event("прибыли", "в ночь на 19 февраля 1918 года (здесь и далее — по новому стилю) в Коканд прибыли эшелоны "  # 2
      "красногвардейцев и армянских дружинников из Ташкента", "reinforcement",
      date="в ночь на 19 февраля 1918 года", place="Коканд",
      actors=[("эшелоны красногвардейцев и армянских дружинников", "agent")],
      note="place is the destination; they came from Tashkent")
event("предъявили ультиматум", "В тот же день защитникам автономии предъявили ультиматум",  # 3
      "political_activity", date="В тот же день", place="Коканд",
      actors=[("защитникам автономии", "target")])
event("боёв", "После трёхдневных боёв город был взят", "battle",  # 4
      date={"edtf": "1918-02-19/1918-02-22"}, place="Коканд", note="19 February + three days")
event("взят", "После трёхдневных боёв город был взят", "capture",  # 5
      date={"edtf": "1918-02-22"}, place="Коканд", note="19 February + three days of fighting")
event("разграблены", "старые кварталы разграблены и сожжены", "looting",  # 6
      date={"edtf": "1918-02"}, place="Коканд", actors=[("старые кварталы", "target")])
event("погибли", "по некоторым оценкам, погибли до 10 тыс. жителей", "massacre",  # 7
      date={"edtf": "1918-02"}, place="Коканд", assertion="reported", actors=[("жителей", "target")],
      quantities=[qty("до 10 тыс. жителей", "fatalities", 10000, max=10000, approximate=True)])
event("увёл", "Командовавший войсками автономии Иргаш увёл уцелевших в Ферганскую долину", "retreat",  # 8
      date={"edtf": "1918-02/1918-03"}, place="Ферганская долина",
      actors=[("Иргаш", "agent"), ("уцелевших", "participant")])
event("партизанская война", "в Ферганскую долину, где вскоре разгорелась партизанская война", "uprising",  # 9
      date="вскоре", place="Ферганская долина")
event("заняли", "В начале сентября его джигиты вместе с Крестьянской армией Монстрова заняли Ош",  # 10
      "capture", date="В начале сентября", place="Ош",
      actors=[("его джигиты", "agent"), ("Крестьянской армией Монстрова", "agent")])
event("осадили", "В начале сентября его джигиты вместе с Крестьянской армией Монстрова заняли Ош и осадили "  # 11
      "Андижан", "siege", date="В начале сентября", place="Андижан",
      actors=[("его джигиты", "agent"), ("Крестьянской армией Монстрова", "agent")])
event("взять", "однако взять город не смогли", "capture",  # 12
      date={"edtf": "1919-09"}, place="Андижан", assertion="failed")
event("подошли", "к осаждённым подошли красные части из Скобелева (ныне Фергана)", "reinforcement",  # 13
      date={"edtf": "1919-09"}, place="Андижан", actors=[("красные части", "agent")],
      note="place is the destination, the besieged Andijan; they came from Skobelev")
event("заключил мир", "6 марта 1920 года в Маргелане Мадамин-бек заключил мир с командованием Ферганского "  # 14
      "фронта", "treaty", date="6 марта 1920 года", place="Маргелан",
      actors=[("Мадамин-бек", "participant"), ("командованием Ферганского фронта", "participant")])
event("амнистия", "и сдавшимся была объявлена амнистия", "amnesty",  # 15
      date="6 марта 1920 года", place="Маргелан", actors=[("сдавшимся", "target")])
event("перешли", "вместе с ним на сторону советской власти перешли несколько сотен джигитов",  # 16
      "political_activity", date="6 марта 1920 года", place="Маргелан",
      actors=[("несколько сотен джигитов", "agent")],
      quantities=[qty("несколько сотен джигитов", "participants", None, min=200, max=900, approximate=True)],
      note="defection of Madamin-bek's men")
event("попал в руки", "Уже в мае он попал в руки непримиримых курбаши", "arrest",  # 17
      date="в мае", actors=[("непримиримых курбаши", "agent")],
      note="Madamin-bek was seized by rival kurbashi")
event("обезглавлен", "по распространённой версии, был обезглавлен по приказу Курширмата", "execution",  # 18
      date="в мае", assertion="reported", actors=[("Курширмата", "agent")])
event("возглавил", "Курширмата, который и возглавил ферганских басмачей", "political_activity",  # 19
      date="в мае", place="Ферганская долина", actors=[("Курширмата", "agent")])
event("вошли", "В начале февраля 1920 года красные части и младохивинцы вошли в Хиву", "capture",  # 20
      date="В начале февраля 1920 года", place="Хива",
      actors=[("красные части", "agent"), ("младохивинцы", "agent")])
event("отрёкся", "хан отрёкся от престола", "political_activity",  # 21
      date="В начале февраля 1920 года", place="Хива", actors=[("хан", "agent")])
event("провозглашена", "а 26 апреля была провозглашена Хорезмская народная советская республика", "founding",  # 22
      date="26 апреля", place="Хорезмская народная советская республика")
event("операцию", "29 августа войска М. В. Фрунзе начали Бухарскую операцию", "attack",  # 23
      date="29 августа", place="Бухара", actors=[("войска М. В. Фрунзе", "agent")])
event("обстреливала", "Четыре дня город обстреливала артиллерия и бомбили аэропланы", "bombardment",  # 24
      date={"edtf": "1920-08-29/1920-09-02"}, place="Бухара",
      actors=[("артиллерия", "agent"), ("аэропланы", "agent")],
      note="artillery shelling and air bombing of the same city, 29 August + four days")
event("пала", "и 2 сентября Старая Бухара пала", "capture", date="2 сентября", place="Бухара")  # 25
event("выгорела", "Значительная часть города выгорела", "looting",  # 26
      date={"edtf": "1920-08-29/1920-09-02"}, place="Бухара",
      actors=[("Значительная часть города", "target")], note="destruction by fire during the assault")
event("устроили", "по советской версии, пожар якобы устроили отступавшие эмирские сарбазы", "looting",  # 27
      date={"edtf": "1920-08-29/1920-09-02"}, place="Бухара", assertion="disputed", same_as=26,
      actors=[("отступавшие эмирские сарбазы", "agent")],
      note="the fire is asserted; its attribution to the emir's troops is doubted (якобы)")
event("бежал", "Эмир Алим-хан ещё накануне бежал в Восточную Бухару", "retreat",  # 28
      date="накануне", place="Восточная Бухара", actors=[("Эмир Алим-хан", "agent")],
      note="place is the destination")
event("провозглашена", "а 8 октября была провозглашена Бухарская народная советская республика", "founding",  # 29
      date="8 октября", place="Бухарская народная советская республика")
event("заняли", "В феврале 1921 года красные заняли Дюшамбе", "capture",  # 30
      date="В феврале 1921 года", place="Дюшамбе", actors=[("красные", "agent")])
event("ушёл", "в марте эмир ушёл за Амударью, в Афганистан", "retreat",  # 31
      date="в марте", place="Афганистан", actors=[("эмир", "agent")],
      note="place is the destination, across the Amu Darya")
event("военной помощи", "военной помощи от Кабула он так и не получил", "reinforcement",  # 32
      date={"edtf": "1920-09/1921-03"}, assertion="negated", actors=[("Кабула", "agent")],
      note="Afghan military help to the emir never came")
event("прибыл", "Осенью 1921 года в Бухару прибыл бывший турецкий военный министр Энвер-паша",  # 33
      "reinforcement", date="Осенью 1921 года", place="Бухара",
      actors=[("бывший турецкий военный министр Энвер-паша", "agent")],
      note="arrival of a commander")
event("перешёл", "Вскоре он перешёл к басмачам", "political_activity", date="Вскоре",  # 34
      note="Enver Pasha defects to the Basmachi")
event("объявил себя главнокомандующим", "Вскоре он перешёл к басмачам и объявил себя главнокомандующим "  # 35
      "войсками ислама", "political_activity", date="Вскоре")
event("осады", "В феврале 1922 года его отряды после осады овладели Дюшамбе", "siege",  # 36
      date="В феврале 1922 года", place="Дюшамбе", actors=[("его отряды", "agent")],
      note="the siege ended with the capture in February 1922")
event("овладели", "В феврале 1922 года его отряды после осады овладели Дюшамбе", "capture",  # 37
      date="В феврале 1922 года", place="Дюшамбе", actors=[("его отряды", "agent")])
event("собралось", "по данным советской разведки, под его знамёнами собралось около 20 тыс. человек",  # 38
      "reinforcement", date="В феврале 1922 года",
      quantities=[qty("около 20 тыс. человек", "participants", 20000, approximate=True)],
      note="the gathering is asserted; only the count is attributed to Soviet intelligence")
event("наступление", "Летом красные перешли в наступление", "attack", date="Летом",  # 39
      actors=[("красные", "agent")])
event("вернули", "Летом красные перешли в наступление, 14 июля вернули Дюшамбе", "recapture",  # 40
      date="14 июля", place="Дюшамбе", actors=[("красные", "agent")])
event("погиб в бою", "а 4 августа Энвер погиб в бою близ Бальджуана", "battle",  # 41
      date="4 августа", place="Бальджуан", actors=[("Энвер", "participant")])
event("объявили новую амнистию", "Тогда же власти объявили новую амнистию", "amnesty",  # 42
      date="Тогда же", actors=[("власти", "agent")])
event("вернули", "власти объявили новую амнистию, вернули вакуфные земли", "decree",  # 43
      date="Тогда же", actors=[("власти", "agent")])
event("восстановили", "власти объявили новую амнистию, вернули вакуфные земли и восстановили шариатские суды",  # 44
      "decree", date="Тогда же", actors=[("власти", "agent")])
event("сдались", "к осени сдались многие курбаши", "political_activity", date="к осени",  # 45
      actors=[("многие курбаши", "agent")], note="surrender under the amnesty")
event("Борьбу", "Борьбу в Восточной Бухаре продолжил локайский вождь Ибрагим-бек", "uprising",  # 46
      date={"edtf": "1922-08/1926"}, place="Восточная Бухара",
      actors=[("локайский вождь Ибрагим-бек", "agent")])
event("грабили", "Его отряды грабили кишлаки", "looting",  # 47
      date={"edtf": "1922-08/1926"}, place="Восточная Бухара",
      actors=[("Его отряды", "agent"), ("кишлаки", "target")])
event("карательные рейды", "карательные рейды красных вызвали бегство десятков тысяч дехкан в Афганистан",  # 48
      "attack_on_civilians", date={"edtf": "1922-08/1926"}, place="Восточная Бухара",
      actors=[("красных", "agent")])
event("бегство", "карательные рейды красных вызвали бегство десятков тысяч дехкан в Афганистан", "flight",  # 49
      date={"edtf": "1922-08/1926"}, place="Афганистан", actors=[("дехкан", "participant")],
      quantities=[qty("десятков тысяч дехкан", "displaced", None, min=20000, max=90000, approximate=True)],
      note="place is the destination, the only place the clause names")
event("утвердил", "27 октября 1924 года ЦИК СССР утвердил национальное размежевание Средней Азии", "decree",  # 50
      date="27 октября 1924 года", place="Средняя Азия", actors=[("ЦИК СССР", "agent")])
event("упразднены", "Бухарская и Хорезмская республики и Туркестанская АССР были упразднены", "abolition",  # 51
      date="27 октября 1924 года", place="Бухарская народная советская республика")
event("упразднены", "Бухарская и Хорезмская республики и Туркестанская АССР были упразднены", "abolition",  # 52
      date="27 октября 1924 года", place="Хорезмская народная советская республика")
event("упразднены", "Бухарская и Хорезмская республики и Туркестанская АССР были упразднены", "abolition",  # 53
      date="27 октября 1924 года", place="Туркестанская АССР")
event("образованы", "а на их землях образованы Узбекская и Туркменская ССР", "founding",  # 54
      date="27 октября 1924 года", place="Узбекская ССР")
event("образованы", "а на их землях образованы Узбекская и Туркменская ССР", "founding",  # 55
      date="27 октября 1924 года", place="Туркменская ССР")
event("отошла", "Восточная Бухара отошла к новой Таджикской АССР", "territorial_transfer",  # 56
      date="27 октября 1924 года", place="Восточная Бухара",
      actors=[("новой Таджикской АССР", "participant")])
event("созданной", "Восточная Бухара отошла к новой Таджикской АССР со столицей в Дюшамбе, созданной в составе "  # 57
      "Узбекской ССР", "founding", date="27 октября 1924 года", place="Таджикская АССР")
event("ушёл", "Ибрагим-бек продержался ещё почти два года и летом 1926 года ушёл за Амударью", "retreat", date="летом 1926 года", place="Амударья",  # 58
      actors=[("Ибрагим-бек", "agent")],
      note="Ibrahim-bek withdrew across the Amu Darya into Afghanistan; the river is the only place named")
