"""Gold spec for bench/heldout/iran_iraq_war_1980_1988.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/iran_iraq_war_1980_1988.txt"

gazetteer({
    "Шатт-эль-Араб": ("river", 30.35, 48.0, None),
    "Алжир": ("settlement", 36.75, 3.06, "Q3561"),
    "Иран": ("polity", 32.0, 53.0, "Q794"),
    "Тегеран": ("settlement", 35.69, 51.39, "Q3616"),
    "Ирак": ("polity", 33.0, 44.0, "Q796"),
    "Хузестан": ("region", 31.5, 49.0, None),
    "Дизфуль": ("settlement", 32.38, 48.4, None),
    "Ахваз": ("settlement", 31.32, 48.67, None),
    "Хорремшахр": ("settlement", 30.44, 48.18, None),
    "Абадан": ("settlement", 30.34, 48.3, None),
    "Карун": ("river", 31.32, 48.67, None),
    "Багдад": ("settlement", 33.31, 44.37, "Q1530"),
    "Басра": ("settlement", 30.51, 47.81, None),
    "Маджнун": ("region", 31.07, 47.62, None),
    "Хавизе": ("region", 31.4, 47.6, None),
    "Харк": ("region", 29.26, 50.32, None),
    "Кувейт": ("polity", 29.37, 47.98, "Q817"),
    "Фао": ("region", 29.98, 48.47, None),
    "Персидский залив": ("sea", 27.0, 51.0, None),
    "Исфахан": ("settlement", 32.65, 51.67, None),
    "Кум": ("settlement", 34.64, 50.88, None),
    "Халабджа": ("settlement", 35.18, 45.99, None),
    "Ормузский пролив": ("sea", 26.57, 56.25, None),
    "Керманшах": ("region", 34.3, 46.9, None),
    "Исламабад-Гарб": ("settlement", 34.11, 46.53, None),
    "Женева": ("settlement", 46.2, 6.14, "Q71"),
})

# ---- dates, in reading order
date("17 сентября 1980 года", "1980-09-17", "day")
date("в 1975 году", "1975", "year")
date("22 сентября", "1980-09-22", "day", derivation="anchored")
date("в тот же день", "1980-09-22", "day", derivation="anchored")
date("Осенью", "1980-23", "season", derivation="anchored")
date("больше месяца", None, None, kind="duration", duration="P1M", note="more than a month")
date("в конце октября", "1980-10-21/1980-10-31", "interval", derivation="anchored")
date("Вскоре", "1980-10-21/1980-11-30", "interval", kind="vague", derivation="anchored",
     note="soon after the fall of Khorramshahr at the end of October")
date("почти год", None, None, kind="duration", duration="P1Y", note="almost a year")
date("27 сентября 1981 года", "1981-09-27", "day")
date("Весной 1982 года", "1982-21", "season")
date("22 марта", "1982-03-22", "day", derivation="anchored")
date("30 апреля", "1982-04-30", "day", derivation="anchored")
date("24 мая", "1982-05-24", "day", derivation="anchored")
date("В начале июня", "1982-06-01/1982-06-10", "interval", derivation="anchored")
date("13 июля", "1982-07-13", "day", derivation="anchored")
date("В феврале 1984 года", "1984-02", "month")
date("С весны того же года", "1984-21", "season", derivation="anchored", note="start of a process that goes on")
date("В ночь на 10 февраля 1986 года", "1986-02-09/1986-02-10", "day")
date("вскоре", "1986-02-10/1986-02-28", "interval", kind="vague", derivation="anchored",
     note="soon after the crossing of the night to 10 February")
date("В январе 1987 года", "1987-01", "month")
date("почти два месяца", None, None, kind="duration", duration="P2M", note="almost two months")
date("17 мая", "1987-05-17", "day", derivation="anchored")
date("20 июля 1987 года", "1987-07-20", "day")
date("1988 год", "1988", "year")
date("С 29 февраля по 20 апреля", "1988-02-29/1988-04-20", "interval", derivation="anchored")
date("16 марта", "1988-03-16", "day", derivation="anchored")
date("накануне", "1988-03-15", "day", derivation="computed", note="16 March - 1 day")
date("17 апреля", "1988-04-17", "day", derivation="anchored")
date("за 35 часов", None, None, kind="duration", duration="PT35H")
date("На следующий день", "1988-04-18", "day", derivation="computed", note="17 April + 1 day")
date("25 мая", "1988-05-25", "day", derivation="anchored")
date("25 июня", "1988-06-25", "day", derivation="anchored")
date("3 июля", "1988-07-03", "day", derivation="anchored")
date("18 июля 1988 года", "1988-07-18", "day")
date("В конце июля", "1988-07-21/1988-07-31", "interval", derivation="anchored")
date("через несколько дней", "1988-07-23/1988-08-10", "interval", derivation="computed",
     note="end of July + a few days")
date("20 августа", "1988-08-20", "day", derivation="anchored")
date("25 августа", "1988-08-25", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Шатт-эль-Араб", None), ("Алжире", "Алжир"), ("Ирана", "Иран"), ("Тегеране", "Тегеран"),
    ("Ирака", "Ирак"), ("Хузестан", None), ("Дизфуль", None), ("Ахвазу", "Ахваз"),
    ("Хорремшахр", None), ("Абадан", None),
    ("Абадана", "Абадан"), ("Карун", None), ("Иран", None), ("Дизфулем", "Дизфуль"),
    ("Хорремшахра", "Хорремшахр"), ("Багдад", None), ("Тегеран", None), ("Басру", "Басра"),
    ("Маджнун", None), ("Хавизе", None), ("Харк", None), ("Иран", None), ("Кувейта", "Кувейт"),
    ("Шатт-эль-Араб", None), ("Фао", None),
    ("Иран", None), ("Басру", "Басра"), ("Персидском заливе", "Персидский залив"),
    ("Ирак", None), ("Тегерану", "Тегеран"), ("Исфахану", "Исфахан"), ("Куму", "Кум"),
    ("Халабджа", None), ("Фао", None), ("Персидском заливе", "Персидский залив"), ("Басры", "Басра"),
    ("Маджнун", None), ("Ормузским проливом", "Ормузский пролив"),
    ("Тегеран", None), ("Ирака", "Ирак"), ("Керманшах", None), ("Исламабад-Гарб", None),
    ("Женеве", "Женева"),
]:
    place(quote, name)

# ---- events
event("объявил недействительным", "17 сентября 1980 года Саддам Хусейн объявил недействительным соглашение "  # 0
      "о границе по реке Шатт-эль-Араб", "political_activity", date="17 сентября 1980 года",
      actors=[("Саддам Хусейн", "agent")],
      note="denunciation of the 1975 border agreement; the text names no place for the act")
event("подписанное", "соглашение о границе по реке Шатт-эль-Араб, подписанное в 1975 году в Алжире",  # 1
      "treaty", date="в 1975 году", place="Алжир")
event("нанесла удары", "22 сентября иракская авиация нанесла удары по аэродромам Ирана", "bombardment",  # 2
      date="22 сентября", place="Иран", actors=[("иракская авиация", "agent")], note="air strikes")
event("нанесла удары", "22 сентября иракская авиация нанесла удары по аэродромам Ирана, в том числе в Тегеране",  # 3
      "bombardment", date="22 сентября", place="Тегеран", actors=[("иракская авиация", "agent")],
      note="air strikes")
event("перешли границу", "в тот же день сухопутные войска Ирака перешли границу", "attack",  # 4
      date="в тот же день", place="Хузестан", actors=[("сухопутные войска Ирака", "agent")],
      note="the invasion of Iran; the next sentence names Khuzestan as the main direction")
event("удар", "Главный удар пришёлся на Хузестан", "attack", date="в тот же день", place="Хузестан",  # 5
      same_as=4)
event("обстреливали", "Осенью иракские части обстреливали Дизфуль", "bombardment",  # 6
      date="Осенью", place="Дизфуль", actors=[("иракские части", "agent")])
event("подошли", "Осенью иракские части обстреливали Дизфуль и подошли к Ахвазу", "reinforcement",  # 7
      date="Осенью", place="Ахваз", actors=[("иракские части", "agent")])
event("взять", "Осенью иракские части обстреливали Дизфуль и подошли к Ахвазу, но взять эти города так и "  # 8
      "не смогли", "capture", date="Осенью", place="Дизфуль", assertion="failed",
      actors=[("иракские части", "agent")])
event("взять", "Осенью иракские части обстреливали Дизфуль и подошли к Ахвазу, но взять эти города так и "  # 9
      "не смогли", "capture", date="Осенью", place="Ахваз", assertion="failed",
      actors=[("иракские части", "agent")])
event("уличные бои", "Упорнее всего держался Хорремшахр: уличные бои шли больше месяца", "battle",  # 10
      date={"edtf": "1980-09/1980-10"}, place="Хорремшахр",
      note="street fighting from late September to the end of October")
event("овладели", "в конце октября иракцы овладели городом", "capture",  # 11
      date="в конце октября", place="Хорремшахр", actors=[("иракцы", "agent")])
event("блокирован", "Вскоре был блокирован соседний Абадан", "siege", date="Вскоре", place="Абадан")  # 12
event("Осада", "Осада Абадана длилась почти год", "siege", date={"edtf": "1980-11/1981-09"},  # 13
      place="Абадан", same_as=12)
event("прорвали кольцо", "27 сентября 1981 года иранские войска прорвали кольцо", "attack",  # 14
      date="27 сентября 1981 года", place="Абадан", actors=[("иранские войска", "agent")],
      note="the siege of Abadan is broken")
event("отбросили", "27 сентября 1981 года иранские войска прорвали кольцо и отбросили противника за реку Карун",  # 15
      "retreat", date="27 сентября 1981 года", place="Карун",
      actors=[("иранские войска", "agent"), ("противника", "target")],
      note="the Iraqi besiegers are driven back across the Karun")
event("наступление", "22 марта началось наступление под Дизфулем", "attack",  # 16
      date="22 марта", place="Дизфуль")
event("началось", "22 марта началось наступление под Дизфулем, а 30 апреля — операция по освобождению "  # 17
      "Хорремшахра", "attack", date="30 апреля", place="Хорремшахр")
event("освобождён", "24 мая город был освобождён; в плен попали около 19 тыс. иракских солдат",  # 18
      "recapture", date="24 мая", place="Хорремшахр",
      actors=[("иракских солдат", "target")],
      quantities=[qty("около 19 тыс. иракских солдат", "prisoners", 19000, approximate=True)])
event("объявил", "В начале июня Багдад объявил об отводе войск к довоенной границе", "political_activity",  # 19
      date="В начале июня", place="Багдад", actors=[("Багдад", "agent")])
event("потребовал", "Тегеран потребовал свержения Саддама", "political_activity",  # 20
      date="В начале июня", place="Тегеран", actors=[("Тегеран", "agent")])
event("атаковали", "13 июля иранцы атаковали Басру", "attack", date="13 июля", place="Басра",  # 21
      actors=[("иранцы", "agent")])
event("наступление", "13 июля иранцы атаковали Басру, но наступление захлебнулось", "attack",  # 22
      date="13 июля", place="Басра", assertion="failed", same_as=21)
event("захватили", "В феврале 1984 года иранцы захватили острова Маджнун в болотах Хавизе", "capture",  # 23
      date="В феврале 1984 года", place="Маджнун", actors=[("иранцы", "agent")])
event("применили", "В феврале 1984 года иранцы захватили острова Маджнун в болотах Хавизе, и иракцы "  # 24
      "применили против них иприт и табун", "bombardment", date="В феврале 1984 года", place="Маджнун",
      actors=[("иракцы", "agent")], note="chemical weapons against troops (ACLED: Chemical weapon)")
event("атаковали", "С весны того же года шла «танкерная война»: иракские самолёты атаковали танкеры у "  # 25
      "острова Харк", "attack", date="С весны того же года", place="Харк",
      actors=[("иракские самолёты", "agent"), ("танкеры", "target")])
event("нападал", "С весны того же года шла «танкерная война»: иракские самолёты атаковали танкеры у острова "  # 26
      "Харк, а Иран в ответ нападал на суда, шедшие в порты Кувейта", "attack",
      date="С весны того же года", actors=[("Иран", "agent"), ("суда", "target")],
      note="at sea; Kuwait is only the ships' destination, so no place is given")
event("переправились", "В ночь на 10 февраля 1986 года иранцы переправились через Шатт-эль-Араб", "attack",  # 27
      date="В ночь на 10 февраля 1986 года", place="Шатт-эль-Араб", actors=[("иранцы", "agent")])
event("заняли", "иранцы переправились через Шатт-эль-Араб и вскоре заняли полуостров Фао", "capture",  # 28
      date="вскоре", place="Фао", actors=[("иранцы", "agent")])
event("двинулся", "В январе 1987 года Иран вновь двинулся на Басру", "attack",  # 29
      date="В январе 1987 года", place="Басра", actors=[("Иран", "agent")])
event("бои", "бои у её предместий продолжались почти два месяца и стоили наступавшим десятков тысяч убитых",  # 30
      "battle", date={"edtf": "1987-01/1987-03"}, place="Басра", same_as=29,
      actors=[("наступавшим", "target")],
      quantities=[qty("десятков тысяч убитых", "fatalities", None, min=20000, max=90000, approximate=True)],
      note="January 1987 + almost two months")
event("выпустил две ракеты", "17 мая иракский самолёт выпустил две ракеты по американскому фрегату «Старк» "  # 31
      "в Персидском заливе, погибли 37 моряков", "bombardment", date="17 мая", place="Персидский залив",
      actors=[("иракский самолёт", "agent"), ("американскому фрегату «Старк»", "target")],
      quantities=[qty("37 моряков", "fatalities", 37)], note="missile strike on a ship")
event("принял резолюцию", "20 июля 1987 года Совет Безопасности ООН принял резолюцию 598 с требованием "  # 32
      "прекратить огонь", "decree", date="20 июля 1987 года",
      actors=[("Совет Безопасности ООН", "agent")])
event("выпустил", "С 29 февраля по 20 апреля длилась «война городов»: Ирак выпустил по Тегерану, Исфахану "  # 33
      "и Куму около 190 ракет", "bombardment", date="С 29 февраля по 20 апреля", place="Тегеран",
      actors=[("Ирак", "agent")], note="missile strikes; the missile count is not an event quantity")
event("выпустил", "С 29 февраля по 20 апреля длилась «война городов»: Ирак выпустил по Тегерану, Исфахану "  # 34
      "и Куму около 190 ракет", "bombardment", date="С 29 февраля по 20 апреля", place="Исфахан",
      actors=[("Ирак", "agent")])
event("выпустил", "С 29 февраля по 20 апреля длилась «война городов»: Ирак выпустил по Тегерану, Исфахану "  # 35
      "и Куму около 190 ракет", "bombardment", date="С 29 февраля по 20 апреля", place="Кум",
      actors=[("Ирак", "agent")])
event("покинули", "С 29 февраля по 20 апреля длилась «война городов»: Ирак выпустил по Тегерану, Исфахану "  # 36
      "и Куму около 190 ракет, и сотни тысяч жителей покинули столицу", "flight",
      date="С 29 февраля по 20 апреля", place="Тегеран", actors=[("сотни тысяч жителей", "participant")],
      quantities=[qty("сотни тысяч жителей", "displaced", None, min=200000, max=900000, approximate=True)],
      note="'столицу' is Tehran, the place they fled from")
event("сбросила химические бомбы", "16 марта иракская авиация сбросила химические бомбы на курдский город "  # 37
      "Халабджа", "attack_on_civilians", date="16 марта", place="Халабджа",
      actors=[("иракская авиация", "agent"), ("мирных жителей", "target")],
      quantities=[qty("от 3 до 5 тыс. мирных жителей", "fatalities", None, min=3000, max=5000, approximate=True)],
      note="chemical attack; only the death toll is attributed ('по разным оценкам')")
event("занятый", "город Халабджа, занятый накануне иранцами", "capture", date="накануне",  # 38
      place="Халабджа", actors=[("иранцами", "agent")])
event("отбила", "17 апреля иракская армия за 35 часов отбила Фао", "recapture", date="17 апреля",  # 39
      place="Фао", actors=[("иракская армия", "agent")])
event("потопил", "На следующий день американский флот потопил в Персидском заливе иранский фрегат «Сахенд»",  # 40
      "attack", date="На следующий день", place="Персидский залив",
      actors=[("американский флот", "agent"), ("иранский фрегат «Сахенд»", "target")])
event("отбросили", "25 мая иракцы отбросили противника от Басры", "recapture", date="25 мая",  # 41
      place="Басра", actors=[("иракцы", "agent"), ("противника", "target")])
event("отбросили", "25 мая иракцы отбросили противника от Басры, а 25 июня — с островов Маджнун", "recapture",  # 42
      date="25 июня", place="Маджнун", actors=[("иракцы", "agent"), ("противника", "target")])
event("сбил", "3 июля американский крейсер по ошибке сбил над Ормузским проливом иранский пассажирский "  # 43
      "самолёт; погибли 290 человек", "bombardment", date="3 июля", place="Ормузский пролив",
      actors=[("американский крейсер", "agent"), ("иранский пассажирский самолёт", "target")],
      quantities=[qty("290 человек", "fatalities", 290)],
      note="a civilian airliner shot down by a missile, by mistake")
event("принял резолюцию", "18 июля 1988 года Тегеран принял резолюцию 598", "political_activity",  # 44
      date="18 июля 1988 года", place="Тегеран", actors=[("Тегеран", "agent")],
      note="Iran accepts the ceasefire resolution")
event("вторглись", "В конце июля отряды иранских моджахедов вторглись из Ирака в провинцию Керманшах",  # 45
      "attack", date="В конце июля", place="Керманшах",
      actors=[("отряды иранских моджахедов", "agent")])
event("заняли", "В конце июля отряды иранских моджахедов вторглись из Ирака в провинцию Керманшах и заняли "  # 46
      "Исламабад-Гарб", "capture", date="В конце июля", place="Исламабад-Гарб",
      actors=[("отряды иранских моджахедов", "agent")])
event("разгромлены", "но через несколько дней были разгромлены", "battle", date="через несколько дней",  # 47
      place="Керманшах", actors=[("отряды иранских моджахедов", "target")],
      note="the incursion is defeated by Iranian forces")
event("Перемирие", "Перемирие вступило в силу 20 августа", "treaty", date="20 августа")  # 48
event("переговоры", "25 августа в Женеве начались переговоры", "negotiations", date="25 августа",  # 49
      place="Женева")
