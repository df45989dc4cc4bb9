"""Gold spec for bench/heldout/philippine_revolution_1896_1898.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/philippine_revolution_1896_1898.txt"

gazetteer({
    "Филиппины": ("polity", 14.6, 121.0, "Q928"),
    "Манила": ("settlement", 14.6, 120.98, "Q1461"),
    "Минданао": ("region", 7.5, 125.0, None),
    "Пугад-Лавин": ("settlement", 14.66, 121.03, None),
    "Калоокан": ("settlement", 14.65, 120.97, None),
    "Сан-Хуан-дель-Монте": ("settlement", 14.6, 121.03, None, "Сан-Хуан"),
    "Кавите": ("region", 14.48, 120.9, None),
    "Кавит": ("settlement", 14.44, 120.9, None),
    "Марианские острова": ("region", 13.45, 144.78, None),
    "Фернандо-По": ("region", 3.5, 8.7, None, "Биоко"),
    "Бинакаян": ("settlement", 14.45, 120.92, None),
    "Далаикан": ("settlement", 14.45, 120.88, None),
    "Испания": ("polity", 40.42, -3.7, "Q29"),
    "Силанг": ("settlement", 14.23, 120.97, None),
    "Имус": ("settlement", 14.43, 120.94, None),
    "Техерос": ("settlement", 14.41, 120.86, None),
    "Индан": ("settlement", 14.2, 120.88, None),
    "Марагондон": ("settlement", 14.27, 120.74, None),
    "Булакан": ("region", 14.95, 120.95, None),
    "Биак-на-Бато": ("mountain", 15.11, 121.08, None),
    "Гонконг": ("settlement", 22.28, 114.16, "Q8646"),
    "Себу": ("region", 10.3, 123.9, None),
    "США": ("polity", 38.9, -77.04, "Q30"),
    "Манильская бухта": ("sea", 14.52, 120.85, None),
    "Алапан": ("settlement", 14.41, 120.92, None),
    "Балер": ("settlement", 15.76, 121.56, None),
    "Вашингтон": ("settlement", 38.9, -77.04, "Q61"),
    "Малолос": ("settlement", 14.84, 120.81, None),
    "Париж": ("settlement", 48.86, 2.35, "Q90"),
})

# ---- dates, in reading order (Gregorian, as the text states once)
date("1896–1898 годов", "1896/1898", "interval")
date("трёхвекового", None, None, kind="duration", duration="P300Y", note="three centuries of Spanish rule")
date("7 июля 1892 года", "1892-07-07", "day")
date("в те же дни", "1892-07", "month", kind="vague", derivation="anchored",
     note="'in the same days' as 7 July 1892")
date("19 августа 1896 года", "1896-08-19", "day")
date("Спустя четыре дня", "1896-08-23", "day", derivation="computed", note="19 August + 4 days")
date("30 августа", "1896-08-30", "day", derivation="anchored")
date("В тот же день", "1896-08-30", "day", derivation="anchored")
date("На следующий день", "1896-08-31", "day", derivation="computed", note="30 August + 1 day")
date("12 сентября", "1896-09-12", "day", derivation="anchored")
date("В ноябре", "1896-11", "month", derivation="anchored")
date("9–11 ноября", "1896-11-09/1896-11-11", "interval", derivation="anchored")
date("В декабре", "1896-12", "month", derivation="anchored")
date("30 декабря 1896 года", "1896-12-30", "day")
date("В феврале 1897 года", "1897-02", "month")
date("19 февраля", "1897-02-19", "day", derivation="anchored")
date("25 марта", "1897-03-25", "day", derivation="anchored")
date("Тем временем", "1897-02/1897-03", "interval", kind="vague", derivation="anchored",
     note="'meanwhile', during the Spanish offensive of February-March 1897; '22 марта' narrows it")
date("22 марта", "1897-03-22", "day", derivation="anchored")
date("В середине апреля", "1897-04-11/1897-04-20", "interval", derivation="anchored")
date("в конце апреля", "1897-04-21/1897-04-30", "interval", derivation="anchored")
date("10 мая", "1897-05-10", "day", derivation="anchored")
date("летом", "1897-22", "season", derivation="anchored")
date("1 ноября", "1897-11-01", "day", derivation="anchored")
date("14 декабря 1897 года", "1897-12-14", "day")
date("27 декабря", "1897-12-27", "day", derivation="anchored")
date("Вскоре", "1897-12-27/1898-04-03", "interval", kind="vague", derivation="anchored",
     note="soon after 27 December 1897, before the rising of 3 April 1898")
date("3 апреля 1898 года", "1898-04-03", "day")
date("25 апреля", "1898-04-25", "day", derivation="anchored")
date("1 мая", "1898-05-01", "day", derivation="anchored")
date("за несколько часов", None, None, kind="duration", note="unquantified: a few hours")
date("19 мая", "1898-05-19", "day", derivation="anchored")
date("через девять дней", "1898-05-28", "day", derivation="computed", note="19 May + 9 days")
date("В начале июня", "1898-06-01/1898-06-10", "interval", derivation="anchored")
date("12 июня", "1898-06-12", "day", derivation="anchored")
date("23 июня", "1898-06-23", "day", derivation="anchored")
date("1 июля", "1898-07-01", "day", derivation="anchored")
date("почти год", None, None, kind="duration", duration="P1Y", note="approximate: almost a year")
date("К концу июля", "1898-07-21/1898-07-31", "interval", derivation="anchored",
     note="'by the end of July': the state reached by then")
date("12 августа", "1898-08-12", "day", derivation="anchored")
date("На следующий день", "1898-08-13", "day", derivation="computed", note="12 August + 1 day")
date("15 сентября", "1898-09-15", "day", derivation="anchored")
date("10 декабря 1898 года", "1898-12-10", "day")
date("В феврале 1899 года", "1899-02", "month")

# ---- places, in reading order
for quote, name in [
    ("Филиппинская", "Филиппины"), ("Маниле", "Манила"), ("Минданао", None),
    ("Маниле", "Манила"), ("Пугад-Лавине", "Пугад-Лавин"), ("Калоокана", "Калоокан"),
    ("Сан-Хуане-дель-Монте", "Сан-Хуан-дель-Монте"), ("Маниле", "Манила"),
    ("Кавите", None), ("Кавит", None), ("Кавите", None),
    ("Марианские острова", None), ("Фернандо-По", None),
    ("Кавите", None), ("Бинакаяна", "Бинакаян"), ("Далаикана", "Далаикан"),
    ("Маниле", "Манила"),
    ("Испании", "Испания"), ("Кавите", None), ("Силанг", None), ("Имус", None),
    ("Техеросе", "Техерос"), ("Индане", "Индан"), ("Марагондона", "Марагондон"),
    ("Булакан", None), ("Биак-на-Бато", None), ("Гонконг", None), ("Себу", None),
    ("США", None), ("Испании", "Испания"), ("Манильской бухте", "Манильская бухта"),
    ("Кавите", None), ("Алапане", "Алапан"), ("Манилу", "Манила"), ("Кавит", None),
    ("Филиппин", "Филиппины"), ("Балере", "Балер"),
    ("Манилой", "Манила"), ("Вашингтоне", "Вашингтон"), ("Манилу", "Манила"),
    ("Малолосе", "Малолос"), ("Париже", "Париж"), ("Испания", None), ("Филиппины", None),
    ("Соединённым Штатам", "США"), ("Манилой", "Манила"),
]:
    place(quote, name)

# ---- events
event("революция", "Филиппинская революция 1896–1898 годов", "uprising",  # 0
      date="1896–1898 годов", place="Филиппины",
      note="the revolution as a whole, named in the opening sentence")
event("основанное", "Катипунан, тайное общество, основанное в Маниле 7 июля 1892 года Андресом Бонифасио",  # 1
      "founding", date="7 июля 1892 года", place="Манила",
      actors=[("Катипунан", "participant"), ("Андресом Бонифасио", "agent")])
event("выслали", "в те же дни власти выслали на остров Минданао реформатора Хосе Рисаля", "deportation",  # 2
      date="в те же дни", place="Минданао",
      actors=[("власти", "agent"), ("реформатора Хосе Рисаля", "target")])
event("аресты", "19 августа 1896 года заговор был раскрыт, и в Маниле начались массовые аресты", "arrest",  # 3
      date="19 августа 1896 года", place="Манила")
event("подняли восстание", "Спустя четыре дня в Пугад-Лавине, близ Калоокана, сотни катипунанцев подняли "  # 4
      "восстание", "uprising", date="Спустя четыре дня", place="Пугад-Лавин",
      actors=[("катипунанцев", "agent")],
      quantities=[qty("сотни катипунанцев", "participants", None, min=200, max=900, approximate=True)])
event("атаковали", "30 августа отряды Бонифасио атаковали пороховой склад в Сан-Хуане-дель-Монте, но были "  # 5
      "разбиты: около 150 повстанцев погибли, более 200 попали в плен", "attack",
      date="30 августа", place="Сан-Хуан-дель-Монте", actors=[("отряды Бонифасио", "agent")],
      quantities=[qty("около 150 повстанцев", "fatalities", 150, approximate=True),
                  qty("более 200", "prisoners", 200, min=200, approximate=True)],
      note="the attack was beaten off")
event("объявил военное положение", "В тот же день генерал-губернатор Рамон Бланко объявил военное положение в "  # 6
      "Маниле и семи соседних провинциях", "decree", date="В тот же день", place="Манила",
      actors=[("генерал-губернатор Рамон Бланко", "agent")],
      note="the seven other provinces are not named")
event("восстание", "На следующий день восстание охватило Кавите", "uprising",  # 7
      date="На следующий день", place="Кавите")
event("разоружил", "Эмилио Агинальдо, глава городка Кавит, разоружил испанский гарнизон", "capture",  # 8
      date="На следующий день", place="Кавит",
      actors=[("Эмилио Агинальдо", "agent"), ("испанский гарнизон", "target")])
event("расстреляли", "12 сентября в Кавите расстреляли 13 человек, заподозренных в измене", "execution",  # 9
      date="12 сентября", place="Кавите", actors=[("13 человек", "target")],
      quantities=[qty("13 человек", "fatalities", 13)])
event("сослали", "сотни подозреваемых сослали на Марианские острова и на Фернандо-По", "deportation",  # 10
      date={"edtf": "1896-09/1896-12"}, place="Марианские острова", actors=[("подозреваемых", "target")],
      quantities=[qty("сотни подозреваемых", "displaced", None, min=200, max=900, approximate=True)],
      note="autumn 1896 as the narrative implies; the count is for both destinations")
event("сослали", "сотни подозреваемых сослали на Марианские острова и на Фернандо-По", "deportation",  # 11
      date={"edtf": "1896-09/1896-12"}, place="Фернандо-По", actors=[("подозреваемых", "target")],
      quantities=[qty("сотни подозреваемых", "displaced", None, min=200, max=900, approximate=True)],
      note="autumn 1896 as the narrative implies; the count is for both destinations")
event("подавить", "В ноябре попытка Бланко подавить восстание в Кавите провалилась", "suppression",  # 12
      date="В ноябре", place="Кавите", assertion="failed", actors=[("Бланко", "agent")])
event("разбили", "9–11 ноября отряды Агинальдо разбили испанцев у Бинакаяна и Далаикана", "battle",  # 13
      date="9–11 ноября", place="Бинакаян",
      actors=[("отряды Агинальдо", "agent"), ("испанцев", "target")])
event("разбили", "9–11 ноября отряды Агинальдо разбили испанцев у Бинакаяна и Далаикана", "battle",  # 14
      date="9–11 ноября", place="Далаикан",
      actors=[("отряды Агинальдо", "agent"), ("испанцев", "target")])
event("пост генерал-губернатора занял", "В декабре пост генерал-губернатора занял Камило Гарсия де Полавьеха",  # 15
      "political_activity", date="В декабре", actors=[("Камило Гарсия де Полавьеха", "participant")],
      note="appointment")
event("расстрелян", "30 декабря 1896 года в Маниле был расстрелян Хосе Рисаль", "execution",  # 16
      date="30 декабря 1896 года", place="Манила", actors=[("Хосе Рисаль", "target")])
event("получив подкрепления", "В феврале 1897 года Полавьеха, получив подкрепления из Испании",  # 17
      "reinforcement", date="В феврале 1897 года", actors=[("Полавьеха", "agent")],
      note="troops from Spain; where they arrived is not named")
event("перешёл в наступление", "В феврале 1897 года Полавьеха, получив подкрепления из Испании, перешёл в "  # 18
      "наступление в Кавите", "attack", date="В феврале 1897 года", place="Кавите",
      actors=[("Полавьеха", "agent")])
event("взяли", "19 февраля испанцы взяли Силанг", "recapture", date="19 февраля", place="Силанг",  # 19
      actors=[("испанцы", "agent")])
event("взяли", "19 февраля испанцы взяли Силанг, а 25 марта — Имус", "recapture",  # 20
      date="25 марта", place="Имус", actors=[("испанцы", "agent")])
event("избрало", "Тем временем 22 марта собрание в Техеросе избрало Агинальдо президентом", "election",  # 21
      date="22 марта", place="Техерос", actors=[("собрание", "agent"), ("Агинальдо", "participant")])
event("сменил", "В середине апреля заболевшего Полавьеху сменил Фернандо Примо де Ривера",  # 22
      "political_activity", date="В середине апреля",
      actors=[("Полавьеху", "participant"), ("Фернандо Примо де Ривера", "participant")],
      note="appointment of a new governor-general")
event("отказался признать", "Бонифасио отказался признать итоги выборов", "non_recognition",  # 23
      date={"edtf": "1897-03-22/1897-04-30"}, actors=[("Бонифасио", "agent")],
      note="between the election of 22 March and his arrest at the end of April")
event("арестовали", "в конце апреля его арестовали в Индане", "arrest",  # 24
      date="в конце апреля", place="Индан", note="Bonifacio, named earlier in the sentence")
event("казнили", "а 10 мая казнили в горах близ Марагондона", "execution",  # 25
      date="10 мая", place="Марагондон", note="Bonifacio")
event("отступил", "Агинальдо отступил на север, в провинцию Булакан, и летом укрепился в Биак-на-Бато",  # 26
      "retreat", date="летом", place="Булакан", actors=[("Агинальдо", "agent")])
event("принята", "где 1 ноября была принята конституция республики", "founding",  # 27
      date="1 ноября", place="Биак-на-Бато",
      note="the republic of Biak-na-Bato and its constitution")
event("штурмовать", "Испанцы так и не решились штурмовать лагерь", "attack",  # 28
      date={"edtf": "1897-06/1897-12-14"}, place="Биак-на-Бато", assertion="negated",
      actors=[("Испанцы", "agent"), ("лагерь", "target")])
event("начали переговоры", "Испанцы так и не решились штурмовать лагерь и начали переговоры", "negotiations",  # 29
      date={"edtf": "1897-06/1897-12-14"}, actors=[("Испанцы", "participant")],
      note="before the agreement of 14 December")
event("подписали соглашение", "14 декабря 1897 года стороны подписали соглашение", "treaty",  # 30
      date="14 декабря 1897 года", place="Биак-на-Бато", actors=[("стороны", "participant")])
event("отплыл", "27 декабря Агинальдо отплыл в Гонконг", "retreat",  # 31
      date="27 декабря", place="Гонконг", actors=[("Агинальдо", "agent")],
      note="departure into exile under the agreement; the place is the destination, the only one named")
event("объявили амнистию", "Вскоре власти объявили амнистию", "amnesty",  # 32
      date="Вскоре", actors=[("власти", "agent")])
event("восстание", "3 апреля 1898 года вспыхнуло восстание на острове Себу", "uprising",  # 33
      date="3 апреля 1898 года", place="Себу")
event("объявил войну", "25 апреля Конгресс США объявил войну Испании", "political_activity",  # 34
      date="25 апреля", place="США", actors=[("Конгресс США", "agent"), ("Испании", "target")],
      note="declaration of war")
event("уничтожила", "1 мая эскадра Джорджа Дьюи за несколько часов уничтожила испанские корабли в Манильской "  # 35
      "бухте", "battle", date="1 мая", place="Манильская бухта",
      actors=[("эскадра Джорджа Дьюи", "agent"), ("испанские корабли", "target")])
event("вернулся", "19 мая Агинальдо вернулся в Кавите", "reinforcement",  # 36
      date="19 мая", place="Кавите", actors=[("Агинальдо", "agent")],
      note="the rebel leader's return")
event("разбили", "а через девять дней его отряды разбили испанцев при Алапане", "battle",  # 37
      date="через девять дней", place="Алапан",
      actors=[("его отряды", "agent"), ("испанцев", "target")])
event("очистили от противника", "В начале июня повстанцы очистили от противника почти всю провинцию", "capture",  # 38
      date="В начале июня", place="Кавите", actors=[("повстанцы", "agent")],
      note="the province is Cavite, named in the previous sentence")
event("окружили", "В начале июня повстанцы очистили от противника почти всю провинцию и окружили Манилу",  # 39
      "siege", date="В начале июня", place="Манила", actors=[("повстанцы", "agent")])
event("провозглашена", "12 июня в городке Кавит была провозглашена независимость Филиппин", "founding",  # 40
      date="12 июня", place="Кавит")
event("издал декрет", "а 23 июня Агинальдо издал декрет о создании революционного правительства", "decree",  # 41
      date="23 июня", actors=[("Агинальдо", "agent")])
event("осадили", "1 июля в Балере повстанцы осадили гарнизон из 50 испанских солдат", "siege",  # 42
      date="1 июля", place="Балер",
      actors=[("повстанцы", "agent"), ("гарнизон из 50 испанских солдат", "target")],
      quantities=[qty("50 испанских солдат", "participants", 50)])
event("осада", "осада продлилась почти год", "siege",  # 43
      date={"edtf": "1898-07-01/1899-07-01"}, place="Балер", same_as=42,
      note="1 July 1898 + almost a year")
event("высадилось", "К концу июля под Манилой высадилось около 11 тыс. американских солдат", "reinforcement",  # 44
      date="К концу июля", place="Манила", actors=[("американских солдат", "agent")],
      quantities=[qty("около 11 тыс. американских солдат", "participants", 11000, approximate=True)])
event("подписан протокол", "12 августа в Вашингтоне был подписан протокол о прекращении огня", "treaty",  # 45
      date="12 августа", place="Вашингтон")
event("боя", "На следующий день, после условного боя", "battle",  # 46
      date="На следующий день", place="Манила", note="a staged battle before the surrender")
event("сдал", "На следующий день, после условного боя, Фермин Хауденес сдал Манилу американцам; в плен попали "  # 47
      "около 13 тыс. испанских военных", "capture", date="На следующий день", place="Манила",
      actors=[("Фермин Хауденес", "participant"), ("американцам", "agent")],
      quantities=[qty("около 13 тыс. испанских военных", "prisoners", 13000, approximate=True)])
event("открылся", "15 сентября в Малолосе открылся революционный конгресс", "political_activity",  # 48
      date="15 сентября", place="Малолос", actors=[("революционный конгресс", "participant")])
event("подписан мирный договор", "10 декабря 1898 года в Париже был подписан мирный договор", "treaty",  # 49
      date="10 декабря 1898 года", place="Париж")
event("уступила", "по которому Испания уступила Филиппины Соединённым Штатам", "territorial_transfer",  # 50
      date="10 декабря 1898 года", place="Филиппины",
      actors=[("Испания", "agent"), ("Соединённым Штатам", "participant")])
event("война", "В феврале 1899 года под Манилой началась новая война — теперь с американцами", "battle",  # 51
      date="В феврале 1899 года", place="Манила", actors=[("американцами", "participant")])
