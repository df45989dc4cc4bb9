"""Gold spec for bench/heldout/boshin_war_1868_1869.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/boshin_war_1868_1869.txt"

gazetteer({
    "Япония": ("polity", 35.68, 139.69, "Q17"),
    "Киото": ("settlement", 35.01, 135.77, "Q34600"),
    "Сацума": ("region", 31.6, 130.55, None),
    "Тёсю": ("region", 34.18, 131.47, None),
    "Осака": ("settlement", 34.69, 135.5, "Q35765"),
    "Тоба": ("settlement", 34.95, 135.74, None),
    "Фусими": ("settlement", 34.94, 135.76, None),
    "Эдо": ("settlement", 35.69, 139.75, None, "Токио"),
    "Кацунума": ("settlement", 35.66, 138.73, None),
    "Нагареяма": ("settlement", 35.86, 139.9, None),
    "Итабаси": ("settlement", 35.75, 139.71, None),
    "Мито": ("settlement", 36.37, 140.47, None),
    "Уэно": ("settlement", 35.71, 139.77, None),
    "Нагаока": ("settlement", 37.45, 138.85, None),
    "Токио": ("settlement", 35.69, 139.75, "Q1490"),
    "перевал Бонари": ("mountain", 37.53, 140.22, None),
    "Айдзу": ("region", 37.49, 139.93, None),
    "Вакамацу": ("settlement", 37.49, 139.93, None, "Айдзувакамацу"),
    "гора Иимори": ("mountain", 37.5, 139.95, None),
    "Эдзо": ("region", 43.0, 142.0, None, "Хоккайдо"),
    "Хакодате": ("settlement", 41.77, 140.73, None),
    "Мацумаэ": ("settlement", 41.43, 140.11, None),
    "Республика Эдзо": ("polity", 41.77, 140.73, None),
    "бухта Мияко": ("sea", 39.64, 141.98, None),
    "Отобэ": ("settlement", 41.97, 140.14, None),
})

# ---- dates, in reading order
date("в 1868–1869 годах", "1868/1869", "interval")
date("9 ноября 1867 года", "1867-11-09", "day")
date("3 января 1868 года", "1868-01-03", "day")
date("27 января", "1868-01-27", "day", derivation="anchored")
date("четыре дня", None, None, kind="duration", duration="P4D")
date("В ночь на 31 января", "1868-01-30/1868-01-31", "day", derivation="anchored")
date("В начале марта", "1868-03-01/1868-03-10", "interval", derivation="anchored")
date("29 марта", "1868-03-29", "day", derivation="anchored")
date("в конце апреля", "1868-04-21/1868-04-30", "interval", derivation="anchored")
date("17 мая", "1868-05-17", "day", derivation="anchored")
date("Тем временем", "1868-03-29/1868-05-03", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': between the battle of 29 March and the handover of 3 May")
date("3 мая", "1868-05-03", "day", derivation="anchored")
date("4 июля", "1868-07-04", "day", derivation="anchored")
date("за один день", None, None, kind="duration", duration="P1D")
date("В июне", "1868-06", "month", derivation="anchored")
date("8 июля", "1868-07-08", "day", derivation="anchored")
date("в сентябре", "1868-09", "month", derivation="anchored")
date("через несколько дней", "1868-09-03/1868-10-10", "interval", derivation="computed",
     note="September + a few days")
date("3 сентября", "1868-09-03", "day", derivation="anchored")
date("6 октября", "1868-10-06", "day", derivation="anchored")
date("8 октября", "1868-10-08", "day", derivation="anchored")
date("В тот же день", "1868-10-08", "day", derivation="anchored")
date("около месяца", None, None, kind="duration", duration="P1M", note="approximate")
date("6 ноября", "1868-11-06", "day", derivation="anchored")
date("23 октября", "1868-10-23", "day", derivation="anchored")
date("26 ноября", "1868-11-26", "day", derivation="anchored")
date("Осенью", "1868-23", "season", derivation="anchored")
date("В начале декабря", "1868-12-01/1868-12-10", "interval", derivation="anchored")
date("вскоре", "1868-12", "month", kind="vague", derivation="anchored",
     note="soon after early December")
date("27 января 1869 года", "1869-01-27", "day")
date("В начале мая", "1869-05-01/1869-05-10", "interval", derivation="anchored")
date("Через две недели", "1869-05-15/1869-05-24", "interval", derivation="computed",
     note="early May + two weeks")
date("20 июня", "1869-06-20", "day", derivation="anchored")
date("27 июня", "1869-06-27", "day", derivation="anchored")
date("за полтора года", None, None, kind="duration", duration="P1Y6M")

# ---- places, in reading order
for quote, name in [
    ("Японии", "Япония"),
    ("Киото", None), ("Сацума", None), ("Тёсю", None),
    ("Осаки", "Осака"), ("Киото", None), ("Тоба", None), ("Фусими", None), ("Сацумы", "Сацума"),
    ("Тёсю", None), ("Осакский", "Осака"), ("Эдо", None),
    ("Кацунумы", "Кацунума"), ("Нагареяме", "Нагареяма"), ("Итабаси", None), ("Эдо", None), ("Мито", None),
    ("Уэно", None),
    ("Нагаока", None), ("Эдо", None), ("Токио", None),
    ("перевале Бонари", "перевал Бонари"), ("Айдзу", None), ("Вакамацу", None),
    ("горе Иимори", "гора Иимори"), ("Айдзу", None), ("Токио", None),
    ("Эдо", None), ("Эдзо", None), ("Хакодате", None), ("Мацумаэ", None), ("Республика Эдзо", None),
    ("бухте Мияко", "бухта Мияко"), ("Отобэ", None), ("Хакодате", None),
]:
    place(quote, name)

# ---- events
event("вернул власть", "9 ноября 1867 года сёгун Токугава Ёсинобу вернул власть императору",  # 0
      "political_activity", date="9 ноября 1867 года",
      actors=[("сёгун Токугава Ёсинобу", "agent"), ("императору", "participant")])
event("провозгласила восстановление", "3 января 1868 года в Киото придворная партия, опиравшаяся на "  # 1
      "княжества Сацума и Тёсю, провозгласила восстановление императорского правления", "decree",
      date="3 января 1868 года", place="Киото", actors=[("придворная партия", "agent")])
event("лишила", "3 января 1868 года в Киото придворная партия, опиравшаяся на княжества Сацума и Тёсю, "  # 2
      "провозгласила восстановление императорского правления и лишила дом Токугава владений", "decree",
      date="3 января 1868 года", place="Киото",
      actors=[("придворная партия", "agent"), ("дом Токугава", "target")])
event("двинулись", "27 января около 15 тыс. воинов сёгуната двинулись из Осаки к Киото", "attack",  # 3
      date="27 января", place="Киото", actors=[("воинов сёгуната", "agent")],
      quantities=[qty("около 15 тыс. воинов", "participants", 15000, approximate=True)],
      note="an advance on the capital from Osaka; place is its goal")
event("столкнулись", "27 января около 15 тыс. воинов сёгуната двинулись из Осаки к Киото и у Тоба и Фусими "  # 4
      "столкнулись с войсками Сацумы и Тёсю, насчитывавшими около 5 тыс. человек", "battle",
      date="27 января", place="Тоба",
      actors=[("воинов сёгуната", "participant"), ("войсками Сацумы и Тёсю", "participant")],
      quantities=[qty("около 15 тыс. воинов", "participants", 15000, approximate=True),
                  qty("около 5 тыс. человек", "participants", 5000, approximate=True)])
event("столкнулись", "27 января около 15 тыс. воинов сёгуната двинулись из Осаки к Киото и у Тоба и Фусими "  # 5
      "столкнулись с войсками Сацумы и Тёсю, насчитывавшими около 5 тыс. человек", "battle",
      date="27 января", place="Фусими",
      actors=[("воинов сёгуната", "participant"), ("войсками Сацумы и Тёсю", "participant")],
      quantities=[qty("около 15 тыс. воинов", "participants", 15000, approximate=True),
                  qty("около 5 тыс. человек", "participants", 5000, approximate=True)])
event("Бои", "Бои шли четыре дня", "battle", date={"edtf": "1868-01-27/1868-01-31"}, place="Тоба",  # 6
      same_as=4, note="27 January + four days")
event("перешла на сторону", "часть княжеств перешла на сторону двора", "political_activity",  # 7
      date={"edtf": "1868-01-27/1868-01-31"}, actors=[("часть княжеств", "agent")],
      note="defection during the battle")
event("покинул", "В ночь на 31 января Ёсинобу тайно покинул Осакский замок", "retreat",  # 8
      date="В ночь на 31 января", place="Осака", actors=[("Ёсинобу", "agent")])
event("бежал", "В ночь на 31 января Ёсинобу тайно покинул Осакский замок и бежал морем в Эдо", "retreat",  # 9
      date="В ночь на 31 января", place="Эдо", actors=[("Ёсинобу", "agent")],
      note="place is the destination of the flight")
event("назначен", "В начале марта принц Арисугава Тарухито был назначен главнокомандующим правительственной "  # 10
      "армией", "political_activity", date="В начале марта",
      actors=[("принц Арисугава Тарухито", "participant")])
event("двинулась", "армией, которая тремя дорогами двинулась на восток", "attack",  # 11
      date="В начале марта", actors=[("армией", "agent")])
event("разбит", "29 марта у Кацунумы был разбит отряд Кондо Исами", "battle",  # 12
      date="29 марта", place="Кацунума", actors=[("отряд Кондо Исами", "target")])
event("арестовали", "в конце апреля его арестовали в Нагареяме", "arrest",  # 13
      date="в конце апреля", place="Нагареяма")
event("обезглавили", "а 17 мая обезглавили в Итабаси", "execution",  # 14
      date="17 мая", place="Итабаси")
event("договорились", "Тем временем Кацу Кайсю и Сайго Такамори договорились о сдаче Эдо без штурма",  # 15
      "treaty", date="Тем временем", place="Эдо",
      actors=[("Кацу Кайсю", "participant"), ("Сайго Такамори", "participant")])
event("передан", "3 мая замок был передан войскам двора", "territorial_transfer",  # 16
      date="3 мая", place="Эдо", actors=[("войскам двора", "participant")])
event("удалился", "Ёсинобу удалился в Мито", "retreat", date={"edtf": "1868-05"}, place="Мито",  # 17
      actors=[("Ёсинобу", "agent")], note="after the handover of Edo; place is the destination")
event("засели", "Непримиримые самураи отряда Сёгитай, насчитывавшего до 2 тыс. человек, засели в храме "  # 18
      "Канъэйдзи на холме Уэно", "reinforcement", date={"edtf": "1868-05/1868-07"}, place="Уэно",
      actors=[("самураи отряда Сёгитай", "agent")],
      quantities=[qty("до 2 тыс. человек", "participants", 2000, max=2000, approximate=True)],
      note="before the battle of 4 July")
event("обстрела", "4 июля армия Омуры Масудзиро после артиллерийского обстрела", "bombardment",  # 19
      date="4 июля", place="Уэно", actors=[("армия Омуры Масудзиро", "agent")])
event("разгромила", "4 июля армия Омуры Масудзиро после артиллерийского обстрела разгромила их за один день",  # 20
      "battle", date="4 июля", place="Уэно", actors=[("армия Омуры Масудзиро", "agent")])
event("заключили союз", "В июне более 30 северных княжеств заключили союз против нового правительства",  # 21
      "treaty", date="В июне", actors=[("более 30 северных княжеств", "participant")])
event("взяли", "8 июля правительственные войска взяли замок Нагаока", "capture",  # 22
      date="8 июля", place="Нагаока", actors=[("правительственные войска", "agent")])
event("отбили", "в сентябре защитники ненадолго отбили его", "recapture",  # 23
      date="в сентябре", place="Нагаока", actors=[("защитники", "agent")])
event("оставили", "в сентябре защитники ненадолго отбили его, но через несколько дней снова оставили",  # 24
      "retreat", date="через несколько дней", place="Нагаока", actors=[("защитники", "agent")])
event("переименован", "3 сентября Эдо был переименован в Токио", "decree",  # 25
      date="3 сентября", place="Эдо")
event("прорвав оборону", "6 октября, прорвав оборону на перевале Бонари", "battle",  # 26
      date="6 октября", place="перевал Бонари")
event("вторглась", "6 октября, прорвав оборону на перевале Бонари, армия двора вторглась в земли Айдзу",  # 27
      "attack", date="6 октября", place="Айдзу", actors=[("армия двора", "agent")])
event("осадила", "армия двора вторглась в земли Айдзу и 8 октября осадила замок Цуруга в Вакамацу",  # 28
      "siege", date="8 октября", place="Вакамацу", actors=[("армия двора", "agent")])
event("Осада", "Осада продолжалась около месяца", "siege", date={"edtf": "1868-10-08/1868-11-06"},  # 29
      place="Вакамацу", same_as=28)
event("капитулировало", "6 ноября Айдзу капитулировало", "capture", date="6 ноября", place="Айдзу",  # 30
      actors=[("Айдзу", "target")], note="surrender of the domain to the imperial army")
event("объявлено", "Ещё 23 октября было объявлено о начале эры Мэйдзи", "decree",  # 31
      date="23 октября")
event("прибыл", "26 ноября император прибыл в Токио", "political_activity",  # 32
      date="26 ноября", place="Токио", actors=[("император", "agent")])
event("увёл", "Осенью адмирал Эномото Такэаки увёл из Эдо на север часть флота сёгуната", "retreat",  # 33
      date="Осенью", place="Эдо", actors=[("адмирал Эномото Такэаки", "agent")])
event("высадились", "В начале декабря его отряды высадились на Эдзо", "reinforcement",  # 34
      date="В начале декабря", place="Эдзо", actors=[("его отряды", "agent")])
event("заняли", "его отряды высадились на Эдзо и заняли крепость Горёкаку в Хакодате", "capture",  # 35
      date="В начале декабря", place="Хакодате", actors=[("его отряды", "agent")])
event("заняли", "его отряды высадились на Эдзо и заняли крепость Горёкаку в Хакодате, а вскоре и Мацумаэ",  # 36
      "capture", date="вскоре", place="Мацумаэ", actors=[("его отряды", "agent")])
event("провозглашена", "27 января 1869 года была провозглашена Республика Эдзо", "founding",  # 37
      date="27 января 1869 года", place="Республика Эдзо")
event("избрали", "27 января 1869 года была провозглашена Республика Эдзо, президентом которой избрали Эномото",  # 38
      "election", date="27 января 1869 года", place="Республика Эдзо", actors=[("Эномото", "participant")])
event("захватить", "В начале мая попытка мятежников захватить броненосец «Котэцу» в бухте Мияко провалилась",  # 39
      "attack", date="В начале мая", place="бухта Мияко", assertion="failed",
      actors=[("мятежников", "agent"), ("броненосец «Котэцу»", "target")])
event("высадилось", "Через две недели у Отобэ высадилось около 7 тыс. правительственных солдат",  # 40
      "reinforcement", date="Через две недели", place="Отобэ",
      actors=[("правительственных солдат", "agent")],
      quantities=[qty("около 7 тыс. правительственных солдат", "participants", 7000, approximate=True)])
event("бою", "20 июня в бою под Хакодате погиб Хидзиката Тосидзо", "battle",  # 41
      date="20 июня", place="Хакодате", actors=[("Хидзиката Тосидзо", "target")])
event("сдал", "27 июня Эномото сдал Горёкаку", "recapture", date="27 июня", place="Хакодате",  # 42
      actors=[("Эномото", "target")], note="surrender of the Ezo forces; the government regains Hakodate")
event("В плен попали", "В плен попали около тысячи его сторонников", "recapture",  # 43
      date={"edtf": "1869-06-27"}, place="Хакодате", same_as=42,
      quantities=[qty("около тысячи его сторонников", "prisoners", 1000, approximate=True)])
event("война", "за полтора года война унесла жизни от 3,5 до 8 тыс. человек", "battle",  # 44
      date={"edtf": "1868/1869"}, place="Япония",
      quantities=[qty("от 3,5 до 8 тыс. человек", "fatalities", None, min=3500, max=8000, approximate=True)],
      note="the whole war; only the count is attributed ('по разным оценкам')")
