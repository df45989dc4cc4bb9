"""Gold spec for bench/heldout/mahdist_war_1881_1898.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/mahdist_war_1881_1898.txt"

gazetteer({
    "Судан": ("polity", 15.5, 32.5, "Q1049"),
    "Египет": ("polity", 26.8, 30.8, "Q79"),
    "Аба": ("region", 13.35, 32.63, None),
    "Белый Нил": ("river", 13.3, 32.6, None),
    "Хартум": ("settlement", 15.59, 32.53, "Q1963"),
    "Кордофан": ("region", 13.5, 30.0, None),
    "Эль-Обейд": ("settlement", 13.18, 30.22, None),
    "Каир": ("settlement", 30.04, 31.24, "Q85"),
    "Шейкан": ("region", 12.9, 30.1, None),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Абу-Клеа": ("settlement", 17.0, 33.05, None),
    "Омдурман": ("settlement", 15.64, 32.48, None),
    "Тоски": ("settlement", 22.5, 31.8, None),
    "Нил": ("river", 19.17, 30.48, "Q3392"),
    "Донгола": ("settlement", 19.17, 30.48, None),
    "Вади-Хальфа": ("settlement", 21.8, 31.35, None),
    "Абу-Хамед": ("settlement", 19.53, 33.32, None),
    "Бербер": ("settlement", 18.02, 33.98, None),
    "Атбара": ("river", 17.6, 34.1, None),
    "Керери": ("mountain", 15.78, 32.5, None),
    "Фашода": ("settlement", 9.88, 32.12, None, "Кодок"),
    "Англия": ("polity", 52.5, -1.5, None),
    "Франция": ("polity", 46.6, 2.4, "Q142"),
    "Париж": ("settlement", 48.86, 2.35, "Q90"),
})

# ---- dates, in reading order
date("В начале 1880-х годов", "1880/1883", "interval", note="beginning of a decade: its first third")
date("29 июня 1881 года", "1881-06-29", "day")
date("12 августа 1881 года", "1881-08-12", "day")
date("Вскоре", "1881-08-12/1881-12-31", "interval", kind="vague", derivation="anchored",
     note="soon after 12 August 1881")
date("В сентябре 1882 года", "1882-09", "month")
date("нескольких месяцев", None, None, kind="duration", note="unquantified: several months")
date("19 января 1883 года", "1883-01-19", "day")
date("Осенью", "1883-23", "season", derivation="anchored")
date("5 ноября 1883 года", "1883-11-05", "day")
date("18 февраля 1884 года", "1884-02-18", "day")
date("в середине марта", "1884-03-11/1884-03-20", "interval", derivation="anchored")
date("более десяти месяцев", None, None, kind="duration", duration="P10M", note="more than ten months")
date("в августе", "1884-08", "month", derivation="anchored")
date("17 января 1885 года", "1885-01-17", "day")
date("В ночь на 26 января 1885 года", "1885-01-25/1885-01-26", "day")
date("Через два дня", "1885-01-28", "day", derivation="computed", note="26 January + 2 days")
date("Весной", "1885-21", "season", derivation="anchored")
date("ненадолго", None, None, kind="duration", note="unquantified: for a short time")
date("22 июня 1885 года", "1885-06-22", "day")
date("Летом 1889 года", "1889-22", "season")
date("3 августа", "1889-08-03", "day", derivation="anchored")
date("В марте 1896 года", "1896-03", "month")
date("23 сентября 1896 года", "1896-09-23", "day")
date("7 августа 1897 года", "1897-08-07", "day")
date("вскоре", "1897-08-07/1897-09-30", "interval", kind="vague", derivation="anchored",
     note="soon after 7 August 1897")
date("8 апреля 1898 года", "1898-04-08", "day")
date("2 сентября 1898 года", "1898-09-02", "day")
date("За несколько часов", None, None, kind="duration", note="unquantified: a few hours")
date("В тот же день", "1898-09-02", "day", derivation="anchored")
date("10 июля 1898 года", "1898-07-10", "day")
date("19 сентября", "1898-09-19", "day", derivation="anchored")
date("Несколько недель", None, None, kind="duration", note="unquantified: several weeks")
date("в начале ноября", "1898-11-01/1898-11-10", "interval", derivation="anchored")
date("в декабре", "1898-12", "month", derivation="anchored")
date("19 января 1899 года", "1899-01-19", "day")

# ---- places, in reading order
for quote, name in [
    ("Судан", None), ("Египту", "Египет"), ("Аба", None), ("Белом Ниле", "Белый Нил"),
    ("Хартума", "Хартум"), ("Кордофана", "Кордофан"),
    ("Эль-Обейд", None), ("Кордофана", "Кордофан"), ("Каир", None), ("Кордофана", "Кордофан"),
    ("Шейкана", "Шейкан"),
    ("Лондон", None), ("Судана", "Судан"), ("Хартум", None), ("Абу-Клеа", None), ("Хартум", None),
    ("Египет", None),
    ("Омдурмане", "Омдурман"), ("Египет", None), ("Тоски", None),
    ("Нилу", "Нил"), ("Донголу", "Донгола"), ("Вади-Хальфы", "Вади-Хальфа"), ("Абу-Хамед", None),
    ("Бербер", None), ("Атбаре", "Атбара"),
    ("Керери", None), ("Омдурмана", "Омдурман"), ("Омдурман", None), ("Кордофан", None),
    ("Фашоды", "Фашода"), ("Белом Ниле", "Белый Нил"), ("Англия", None), ("Франция", None),
    ("Париж", None), ("Фашоду", "Фашода"), ("Суданом", "Судан"),
]:
    place(quote, name)

# ---- events
event("объявил себя Махди", "29 июня 1881 года суфийский проповедник Мухаммед Ахмед на острове Аба на "  # 0
      "Белом Ниле объявил себя Махди", "political_activity", date="29 июня 1881 года", place="Аба",
      actors=[("суфийский проповедник Мухаммед Ахмед", "agent")])
event("отправили", "Из Хартума на остров отправили две роты", "reinforcement",  # 1
      date={"edtf": "1881-06-29/1881-08-12"}, place="Аба", actors=[("две роты", "agent")],
      note="sent from Khartoum to the island between the proclamation and the clash")
event("разгромили", "12 августа 1881 года его ученики, вооружённые копьями и палками, разгромили этот отряд",  # 2
      "battle", date="12 августа 1881 года", place="Аба",
      actors=[("его ученики", "agent"), ("этот отряд", "target")])
event("ушёл", "Вскоре Махди со сторонниками ушёл в горы Кордофана", "retreat",  # 3
      date="Вскоре", place="Кордофан", actors=[("Махди со сторонниками", "agent")],
      note="place is the destination")
event("стекались", "куда к нему стекались тысячи кочевников", "reinforcement",  # 4
      date="Вскоре", place="Кордофан", actors=[("тысячи кочевников", "agent")],
      quantities=[qty("тысячи кочевников", "participants", None, min=2000, max=9000, approximate=True)])
event("осадили", "В сентябре 1882 года повстанцы осадили Эль-Обейд", "siege",  # 5
      date="В сентябре 1882 года", place="Эль-Обейд", actors=[("повстанцы", "agent")])
event("капитулировал", "после нескольких месяцев голода 19 января 1883 года гарнизон капитулировал",  # 6
      "capture", date="19 января 1883 года", place="Эль-Обейд", actors=[("гарнизон", "target")],
      note="the town surrendered to the besieging Mahdists")
event("направил", "Каир направил против Махди армию английского полковника Уильяма Хикса, около 10 тыс. "  # 7
      "человек", "reinforcement", date={"edtf": "1883-01/1883-09"}, place="Кордофан",
      actors=[("Каир", "agent"), ("армию английского полковника Уильяма Хикса", "participant")],
      quantities=[qty("около 10 тыс. человек", "participants", 10000, approximate=True)],
      note="sent against the Mahdi in Kordofan; the text gives no date; place from the next sentence")
event("углубилась", "Осенью она углубилась в безводные леса Кордофана", "reinforcement",  # 8
      date="Осенью", place="Кордофан", note="advance of Hicks's army into Kordofan")
event("истребили", "5 ноября 1883 года у Шейкана махдисты окружили и почти целиком истребили её",  # 9
      "battle", date="5 ноября 1883 года", place="Шейкан", actors=[("махдисты", "agent")],
      note="Hicks's army of about 10 thousand destroyed; Hicks killed")
event("решил вывести", "Лондон решил вывести египетские гарнизоны", "political_activity",  # 10
      date={"edtf": "1883-11/1884-01"}, place="Лондон", actors=[("Лондон", "agent")],
      note="decision to evacuate the Egyptian garrisons from the Sudan")
event("назначенному", "поручил это генералу Чарльзу Гордону, вновь назначенному генерал-губернатором Судана",  # 11
      "political_activity", date={"edtf": "1884-01/1884-02"}, place="Судан",
      actors=[("генералу Чарльзу Гордону", "participant")], note="appointment")
event("прибыл", "18 февраля 1884 года он прибыл в Хартум", "reinforcement",  # 12
      date="18 февраля 1884 года", place="Хартум")
event("осада", "в середине марта махдисты перерезали телеграф, и началась осада, продлившаяся более десяти "  # 13
      "месяцев", "siege", date="в середине марта", place="Хартум", actors=[("махдисты", "agent")])
event("снарядить", "Лишь в августе британский кабинет согласился снарядить спасательную экспедицию лорда "  # 14
      "Уолсли", "political_activity", date="в августе", place="Лондон",
      actors=[("британский кабинет", "agent"), ("спасательную экспедицию лорда Уолсли", "participant")],
      note="decision to send a relief expedition")
event("отбила атаку", "Её пустынная колонна 17 января 1885 года отбила атаку махдистов у колодцев Абу-Клеа",  # 15
      "battle", date="17 января 1885 года", place="Абу-Клеа",
      actors=[("Её пустынная колонна", "participant"), ("махдистов", "participant")])
event("ворвались", "В ночь на 26 января 1885 года воины Махди ворвались в Хартум", "capture",  # 16
      date="В ночь на 26 января 1885 года", place="Хартум", actors=[("воины Махди", "agent")])
event("погибли", "Гордон был убит, а вместе с ним, по разным оценкам, погибли от 4 до 10 тыс. защитников и "  # 17
      "горожан", "massacre", date="В ночь на 26 января 1885 года", place="Хартум",
      actors=[("Гордон", "target"), ("защитников и горожан", "target")],
      quantities=[qty("от 4 до 10 тыс. защитников и горожан", "fatalities", None, min=4000, max=10000,
                      approximate=True)],
      note="the killing is asserted; only the count is given 'по разным оценкам'")
event("подошли", "Через два дня к городу подошли британские пароходы", "reinforcement",  # 18
      date="Через два дня", place="Хартум", actors=[("британские пароходы", "agent")])
event("повернули назад", "Через два дня к городу подошли британские пароходы и, увидев над ним знамёна "  # 19
      "махдистов, повернули назад", "retreat", date="Через два дня", place="Хартум",
      actors=[("британские пароходы", "agent")])
event("отступила", "Весной экспедиция отступила в Египет", "retreat",  # 20
      date="Весной", place="Египет", actors=[("экспедиция", "agent")], note="place is the destination")
event("перешла", "22 июня 1885 года он умер в Омдурмане, и власть перешла к халифе Абдаллаху",  # 21
      "political_activity", date="22 июня 1885 года", place="Омдурман",
      actors=[("халифе Абдаллаху", "participant")], note="succession after the Mahdi's death")
event("создавшему", "халифе Абдаллаху, создавшему суровое военное государство", "founding",  # 22
      date={"edtf": "1885-06-22/1889"}, place="Омдурман", actors=[("халифе Абдаллаху", "agent")],
      note="the text gives no date; the Khalifa's state between 1885 and the 1889 campaign")
event("вторглось", "Летом 1889 года войско халифы вторглось в Египет", "attack",  # 23
      date="Летом 1889 года", place="Египет", actors=[("войско халифы", "agent")])
event("разбито", "3 августа было разбито у Тоски", "battle",  # 24
      date="3 августа", place="Тоски", actors=[("войско халифы", "target")])
event("двинулась", "В марте 1896 года англо-египетская армия генерала Горацио Китченера двинулась вверх по "  # 25
      "Нилу", "attack", date="В марте 1896 года", place="Нил",
      actors=[("англо-египетская армия генерала Горацио Китченера", "agent")])
event("заняла", "23 сентября 1896 года она заняла Донголу", "recapture",  # 26
      date="23 сентября 1896 года", place="Донгола",
      note="Egyptian territory before 1885, retaken by the Anglo-Egyptian army")
event("взял", "7 августа 1897 года отряд генерала Хантера штурмом взял Абу-Хамед", "recapture",  # 27
      date="7 августа 1897 года", place="Абу-Хамед", actors=[("отряд генерала Хантера", "agent")],
      note="Egyptian territory before 1885, retaken by the Anglo-Egyptian army")
event("оставили", "вскоре махдисты без боя оставили Бербер", "retreat",  # 28
      date="вскоре", place="Бербер", actors=[("махдисты", "agent")])
event("атаковал", "8 апреля 1898 года Китченер атаковал на реке Атбаре укреплённый лагерь эмира Махмуда: "  # 29
      "погибли более 3 тыс. махдистов", "battle", date="8 апреля 1898 года", place="Атбара",
      actors=[("Китченер", "agent"), ("укреплённый лагерь эмира Махмуда", "target")],
      quantities=[qty("более 3 тыс. махдистов", "fatalities", 3000, min=3000, approximate=True)])
event("попал в плен", "сам Махмуд попал в плен", "arrest",  # 30
      date="8 апреля 1898 года", place="Атбара", actors=[("Махмуд", "target")],
      note="commander taken prisoner in the battle")
event("сражение", "Решающее сражение произошло 2 сентября 1898 года у холмов Керери", "battle",  # 31
      date="2 сентября 1898 года", place="Керери",
      actors=[("англо-египетских солдат", "participant"), ("воинов халифы", "participant")],
      quantities=[qty("Около 25 тыс. англо-египетских солдат", "participants", 25000, approximate=True),
                  qty("примерно 50 тыс. воинов халифы", "participants", 50000, approximate=True)],
      note="participants and actors from the next sentence")
event("потеряли", "За несколько часов махдисты потеряли около 12 тыс. убитыми, около 13 тыс. ранеными и "  # 32
      "около 5 тыс. пленными", "battle", date="2 сентября 1898 года", place="Керери", same_as=31,
      actors=[("махдисты", "participant")],
      quantities=[qty("около 12 тыс. убитыми", "fatalities", 12000, approximate=True),
                  qty("около 13 тыс. ранеными", "wounded", 13000, approximate=True),
                  qty("около 5 тыс. пленными", "prisoners", 5000, approximate=True)])
event("вошёл", "В тот же день Китченер вошёл в Омдурман", "capture",  # 33
      date="В тот же день", place="Омдурман", actors=[("Китченер", "agent")])
event("бежал", "халифа бежал в Кордофан", "retreat",  # 34
      date="В тот же день", place="Кордофан", actors=[("халифа", "agent")], note="place is the destination")
event("добрался", "ещё 10 июля 1898 года до Фашоды на Белом Ниле добрался небольшой французский отряд "  # 35
      "капитана Маршана", "reinforcement", date="10 июля 1898 года", place="Фашода",
      actors=[("небольшой французский отряд капитана Маршана", "agent")])
event("прибыли", "19 сентября туда прибыли канонерки Китченера", "reinforcement",  # 36
      date="19 сентября", place="Фашода", actors=[("канонерки Китченера", "agent")])
event("уступил", "в начале ноября Париж уступил", "political_activity",  # 37
      date="в начале ноября", place="Париж", actors=[("Париж", "agent")],
      note="France gave way in the Fashoda crisis")
event("покинул", "в декабре Маршан покинул Фашоду", "retreat",  # 38
      date="в декабре", place="Фашода", actors=[("Маршан", "agent")])
event("Соглашение", "Соглашение 19 января 1899 года установило над Суданом англо-египетский кондоминиум",  # 39
      "treaty", date="19 января 1899 года", place="Судан")
event("установило", "Соглашение 19 января 1899 года установило над Суданом англо-египетский кондоминиум",  # 40
      "founding", date="19 января 1899 года", place="Судан",
      actors=[("англо-египетский кондоминиум", "participant")])
