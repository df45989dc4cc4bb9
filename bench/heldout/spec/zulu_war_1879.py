"""Gold spec for bench/heldout/zulu_war_1879.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/zulu_war_1879.txt"

gazetteer({
    "Великобритания": ("polity", 51.51, -0.13, "Q174193"),
    "Южная Африка": ("region", -29.0, 25.0, None),
    "Зулусское королевство": ("polity", -28.3, 31.4, None),
    "Тугела": ("river", -29.17, 31.38, None),
    "Наталь": ("region", -29.0, 30.5, None),
    "Зулуленд": ("region", -28.3, 31.4, None),
    "Буффало": ("river", -28.36, 30.53, None),
    "Роркс-Дрифт": ("settlement", -28.355, 30.535, None),
    "Исандлвана": ("mountain", -28.358, 30.652, None),
    "Инйезане": ("river", -28.98, 31.55, None),
    "Эшове": ("settlement", -28.89, 31.47, None),
    "Утрехт": ("settlement", -27.66, 30.33, None),
    "Нтомбе": ("river", -27.33, 30.65, None),
    "Хлобане": ("mountain", -27.72, 31.0, None),
    "Камбула": ("mountain", -27.7, 30.83, None),
    "Дурбан": ("settlement", -29.86, 31.03, None),
    "Англия": ("region", 52.5, -1.5, "Q21"),
    "Гингиндлову": ("settlement", -29.03, 31.58, None),
    "Итьотьози": ("river", -28.15, 30.85, None),
    "Улунди": ("settlement", -28.31, 31.42, None),
    "Нгоме": ("region", -27.83, 31.42, None),
    "Кейптаун": ("settlement", -33.92, 18.42, "Q5465"),
})

# ---- dates, in reading order
date("1879 года", "1879", "year", note="in the title")
date("В 1870-х годах", "187X", "decade")
date("11 декабря 1878 года", "1878-12-11", "day")
date("11 января 1879 года", "1879-01-11", "day")
date("на следующий день", "1879-01-12", "day", derivation="computed", note="11 January + 1 day")
date("22 января", "1879-01-22", "day", derivation="anchored")
date("на рассвете", "1879-01-22", "day", derivation="anchored", note="dawn of 22 January")
date("В тот же день", "1879-01-22", "day", derivation="anchored")
date("Вечером", "1879-01-22", "day", derivation="anchored", note="the evening of 22 January")
date("всю ночь", None, None, kind="duration", note="the night of 22-23 January; no amount given")
date("утром", "1879-01-23", "day", derivation="computed", note="the morning after that night")
date("23 января", "1879-01-23", "day", derivation="anchored")
date("с конца января", "1879-01-21/1879-01-31", "interval", derivation="anchored",
     note="start of a siege that goes on")
date("12 марта", "1879-03-12", "day", derivation="anchored")
date("28 марта", "1879-03-28", "day", derivation="anchored")
date("на следующий день", "1879-03-29", "day", derivation="computed", note="28 March + 1 day")
date("В марте и апреле", "1879-03/1879-04", "interval", derivation="anchored")
date("2 апреля", "1879-04-02", "day", derivation="anchored")
date("3 апреля", "1879-04-03", "day", derivation="anchored")
date("более чем двухмесячной", None, None, kind="duration", duration="P2M", note="more than two months")
date("вскоре", "1879-04-03/1879-04-30", "interval", kind="vague", derivation="anchored",
     note="soon after the relief of 3 April")
date("В конце мая", "1879-05-21/1879-05-31", "interval", derivation="anchored")
date("тогда же", "1879-05-21/1879-05-31", "interval", kind="vague", derivation="anchored",
     note="'at the same time' as the end of May")
date("1 июня", "1879-06-01", "day", derivation="anchored")
date("4 июля 1879 года", "1879-07-04", "day")
date("В середине июля", "1879-07-11/1879-07-20", "interval", derivation="anchored")
date("несколько недель", None, None, kind="duration", note="unquantified: a few weeks")
date("28 августа", "1879-08-28", "day", derivation="anchored")
date("1 сентября", "1879-09-01", "day", derivation="anchored")
date("Осенью", "1879-23", "season", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Британия", "Великобритания"), ("южноафриканских", "Южная Африка"),
    ("Зулусском королевстве", "Зулусское королевство"), ("Тугелы", "Тугела"), ("Наталя", "Наталь"),
    ("Зулуленд", None),
    ("Буффало", None), ("Роркс-Дрифта", "Роркс-Дрифт"), ("Исандлвана", None), ("Инйезане", None),
    ("Роркс-Дрифт", None), ("Эшове", None),
    ("Утрехта", "Утрехт"), ("Нтомбе", None), ("Хлобане", None), ("Камбулы", "Камбула"),
    ("Дурбан", None), ("Англии", "Англия"), ("Гингиндлову", None), ("Эшове", None), ("Итьотьози", None),
    ("Улунди", None), ("Англию", "Англия"), ("Нгоме", None), ("Кейптаун", None), ("Улунди", None),
    ("Зулуленд", None),
]:
    place(quote, name)

# ---- events
event("вручили ультиматум", "11 декабря 1878 года у нижнего течения Тугелы посланцам короля вручили "  # 0
      "ультиматум", "political_activity", date="11 декабря 1878 года", place="Тугела",
      actors=[("посланцам короля", "participant")])
event("вступила", "11 января 1879 года армия генерал-лейтенанта лорда Челмсфорда тремя колоннами вступила "  # 1
      "из Наталя в Зулуленд", "attack", date="11 января 1879 года", place="Зулуленд",
      actors=[("армия генерал-лейтенанта лорда Челмсфорда", "agent")])
event("переправилась", "Центральная колонна переправилась через реку Буффало у Роркс-Дрифта", "attack",  # 2
      date="11 января 1879 года", place="Роркс-Дрифт", actors=[("Центральная колонна", "agent")],
      note="the centre column's crossing into Zululand on the day of the invasion")
event("штурмовала", "на следующий день штурмовала и сожгла крааль вождя Сихайо", "attack",  # 3
      date="на следующий день", place="Роркс-Дрифт",
      actors=[("Центральная колонна", "agent"), ("крааль вождя Сихайо", "target")],
      note="the kraal lay a few km from Rorke's Drift; the text names no nearer place")
event("сожгла", "на следующий день штурмовала и сожгла крааль вождя Сихайо", "looting",  # 4
      date="на следующий день", place="Роркс-Дрифт",
      actors=[("Центральная колонна", "agent"), ("крааль вождя Сихайо", "target")],
      note="property destruction")
event("обрушились", "22 января около 20 тыс. зулусов под началом Нчингвайо обрушились на лагерь у горы "  # 5
      "Исандлвана", "attack", date="22 января", place="Исандлвана",
      actors=[("зулусов под началом Нчингвайо", "agent"), ("лагерь", "target")],
      quantities=[qty("около 20 тыс. зулусов", "participants", 20000, approximate=True)])
event("увёл", "откуда Челмсфорд на рассвете увёл половину сил", "reinforcement",  # 6
      date="на рассвете", place="Исандлвана", actors=[("Челмсфорд", "agent")],
      note="redeployment of half the force away from the camp")
event("уничтожен", "Лагерь был уничтожен: погибли более 1300 британских солдат и их африканских союзников",  # 7
      "attack", date="22 января", place="Исандлвана", same_as=5,
      actors=[("британских солдат и их африканских союзников", "target")],
      quantities=[qty("более 1300 британских солдат и их африканских союзников", "fatalities", 1300,
                      min=1300, approximate=True)])
event("отбросила", "В тот же день на побережье колонна полковника Пирсона отбросила зулусов у реки "  # 8
      "Инйезане", "battle", date="В тот же день", place="Инйезане",
      actors=[("колонна полковника Пирсона", "agent"), ("зулусов", "target")])
event("атаковали", "Вечером 3–4 тыс. воинов во главе с принцем Дабуламанзи атаковали миссионерскую "  # 9
      "станцию Роркс-Дрифт", "attack", date="Вечером", place="Роркс-Дрифт",
      actors=[("воинов во главе с принцем Дабуламанзи", "agent"),
              ("миссионерскую станцию Роркс-Дрифт", "target")],
      quantities=[qty("3–4 тыс. воинов", "participants", None, min=3000, max=4000, approximate=True)])
event("продержались", "около 150 защитников продержались всю ночь", "attack",  # 10
      date={"edtf": "1879-01-22/1879-01-23"}, place="Роркс-Дрифт", same_as=9,
      actors=[("защитников", "target")],
      quantities=[qty("около 150 защитников", "participants", 150, approximate=True)],
      note="the defence through the night of 22-23 January")
event("отошли", "утром нападавшие отошли", "retreat", date="утром", place="Роркс-Дрифт",  # 11
      actors=[("нападавшие", "agent")])
event("занял", "23 января Пирсон занял миссию Эшове", "occupation", date="23 января", place="Эшове",  # 12
      actors=[("Пирсон", "agent")])
event("осаде", "где с конца января оказался в осаде", "siege", date="с конца января", place="Эшове")  # 13
event("выступившая", "Северная колонна полковника Эвелина Вуда, выступившая из Утрехта", "reinforcement",  # 14
      date={"edtf": "1879-01"}, place="Утрехт",
      actors=[("Северная колонна полковника Эвелина Вуда", "agent")],
      note="the column set out from Utrecht; the text gives no date, the invasion began in January")
event("истребил", "12 марта на реке Нтомбе отряд Мбилини истребил конвой 80-го полка, убив более 60 "  # 15
      "человек", "attack", date="12 марта", place="Нтомбе",
      actors=[("отряд Мбилини", "agent"), ("конвой 80-го полка", "target")],
      quantities=[qty("более 60 человек", "fatalities", 60, min=60, approximate=True)])
event("штурм", "28 марта штурм горы Хлобане провалился", "attack", date="28 марта", place="Хлобане",  # 16
      assertion="failed")
event("атаковали", "на следующий день около 20 тыс. зулусов атаковали укреплённый лагерь Вуда у Камбулы и "  # 17
      "были отбиты, потеряв, по британским подсчётам, до 2 тыс. убитыми", "attack",
      date="на следующий день", place="Камбула",
      actors=[("зулусов", "agent"), ("укреплённый лагерь Вуда", "target")],
      quantities=[qty("около 20 тыс. зулусов", "participants", 20000, approximate=True),
                  qty("до 2 тыс. убитыми", "fatalities", 2000, max=2000, approximate=True)],
      note="the attack took place and was repulsed; only the death toll is attributed to British counts")
event("сражение", "Это сражение стало переломным", "attack", date="на следующий день",  # 18
      place="Камбула", same_as=17)
event("прибывали", "В марте и апреле в Дурбан морем прибывали подкрепления из Англии", "reinforcement",  # 19
      date="В марте и апреле", place="Дурбан", actors=[("подкрепления", "agent")])
event("разбила", "2 апреля колонна Челмсфорда разбила зулусов при Гингиндлову", "battle",  # 20
      date="2 апреля", place="Гингиндлову",
      actors=[("колонна Челмсфорда", "agent"), ("зулусов", "target")])
event("освободила", "3 апреля освободила Эшове", "reinforcement", date="3 апреля", place="Эшове",  # 21
      actors=[("колонна Челмсфорда", "agent")],
      note="the relief column reached the besieged post")
event("осады", "3 апреля освободила Эшове после более чем двухмесячной осады", "siege",  # 22
      date={"edtf": "1879-01-21/1879-04-03"}, place="Эшове", same_as=13,
      note="the siege lasted more than two months and ended with the relief of 3 April")
event("оставлен", "пост вскоре был оставлен", "retreat", date="вскоре", place="Эшове")  # 23
event("наступление", "В конце мая Челмсфорд начал второе наступление вглубь страны", "attack",  # 24
      date="В конце мая", place="Зулуленд", actors=[("Челмсфорд", "agent")])
event("заменить", "правительство тогда же решило заменить его генералом Гарнетом Уолсли",  # 25
      "political_activity", date="тогда же",
      actors=[("правительство", "agent"), ("генералом Гарнетом Уолсли", "participant")],
      note="appointment of a new commander")
event("напали", "1 июня у реки Итьотьози зулусы напали на разведывательный разъезд и убили принца "  # 26
      "Луи-Наполеона", "attack", date="1 июня", place="Итьотьози",
      actors=[("зулусы", "agent"), ("разведывательный разъезд", "target"), ("принца Луи-Наполеона", "target")])
event("отбили", "4 июля 1879 года около 5 тыс. его солдат, выстроенных в каре на равнине у Улунди, отбили "  # 27
      "натиск 12–15 тыс. зулусов", "battle", date="4 июля 1879 года", place="Улунди",
      actors=[("его солдат", "participant"), ("зулусов", "participant")],
      quantities=[qty("около 5 тыс. его солдат", "participants", 5000, approximate=True),
                  qty("12–15 тыс. зулусов", "participants", None, min=12000, max=15000, approximate=True)])
event("потеряли", "нападавшие потеряли более 1,5 тыс. человек", "battle", date="4 июля 1879 года",  # 28
      place="Улунди", same_as=27, actors=[("нападавшие", "participant")],
      quantities=[qty("более 1,5 тыс. человек", "fatalities", 1500, min=1500, approximate=True)])
event("сожжена", "после чего королевская резиденция была сожжена", "looting",  # 29
      date="4 июля 1879 года", place="Улунди", actors=[("королевская резиденция", "target")],
      note="property destruction")
event("передал командование", "В середине июля Челмсфорд передал командование Уолсли",  # 30
      "political_activity", date="В середине июля",
      actors=[("Челмсфорд", "agent"), ("Уолсли", "participant")])
event("бежал", "Кечвайо бежал на север", "flight", date={"edtf": "1879-07"},  # 31
      actors=[("Кечвайо", "agent")], note="after the defeat of 4 July; the king's flight, no place named")
event("захватили", "28 августа драгуны майора Мартера захватили его в лесу Нгоме", "arrest",  # 32
      date="28 августа", place="Нгоме", actors=[("драгуны майора Мартера", "agent"), ("его", "target")])
event("отправили", "Пленного короля отправили в Кейптаун", "deportation",  # 33
      date={"edtf": "1879-08-28/1879-09-30"}, place="Кейптаун", actors=[("Пленного короля", "target")],
      note="the captive king sent into confinement; the text gives no date after 28 August")
event("продиктовал", "1 сентября в Улунди Уолсли продиктовал вождям условия мира", "treaty",  # 34
      date="1 сентября", place="Улунди", actors=[("Уолсли", "participant"), ("вождям", "participant")],
      note="peace terms imposed on the Zulu chiefs")
event("упразднялась", "королевская власть упразднялась", "abolition", date="1 сентября",  # 35
      place="Зулуленд", actors=[("королевская власть", "target")])
event("делился", "Зулуленд делился между 13 вождями, среди которых оказался и белый торговец Джон Данн",  # 36
      "territorial_transfer", date="1 сентября", place="Зулуленд",
      actors=[("13 вождями", "participant"), ("белый торговец Джон Данн", "participant")])
event("выведены", "Осенью основные британские части были выведены из страны", "retreat",  # 37
      date="Осенью", place="Зулуленд", actors=[("основные британские части", "agent")])
