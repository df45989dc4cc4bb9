"""Gold spec for bench/heldout/haitian_revolution_1791_1804.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/haitian_revolution_1791_1804.txt"

gazetteer({
    "Сан-Доминго": ("region", 19.0, -72.5, None, "Гаити"),
    "Эспаньола": ("region", 19.0, -71.0, None),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Северная равнина": ("region", 19.65, -72.2, None),
    "Кап-Франсе": ("settlement", 19.76, -72.2, None, "Кап-Аитьен"),
    "Соединённые Штаты": ("polity", 38.9, -77.04, "Q30"),
    "Север": ("region", 19.6, -72.3, None),
    "Испания": ("polity", 40.42, -3.7, "Q29"),
    "Англия": ("polity", 51.51, -0.13, "Q21"),
    "Жереми": ("settlement", 18.65, -74.11, None),
    "Париж": ("settlement", 48.86, 2.35, "Q90"),
    "Порт-о-Пренс": ("settlement", 18.54, -72.34, None),
    "Базель": ("settlement", 47.56, 7.59, "Q78"),
    "Мол-Сен-Николя": ("settlement", 19.8, -73.38, None),
    "Юг": ("region", 18.3, -73.6, None),
    "Жакмель": ("settlement", 18.23, -72.53, None),
    "Санто-Доминго": ("settlement", 18.47, -69.89, None),
    "Крет-а-Пьеро": ("settlement", 19.13, -72.48, None),
    "Гонаив": ("settlement", 19.45, -72.69, None),
    "Жу": ("settlement", 46.87, 6.37, None),
    "Гваделупа": ("region", 16.25, -61.58, "Q17012"),
    "Тортуга": ("region", 20.04, -72.78, None),
    "Аркаэ": ("settlement", 18.77, -72.51, None),
    "Вертьер": ("settlement", 19.74, -72.21, None),
    "Гаити": ("polity", 18.97, -72.29, "Q790"),
})

# ---- dates, in reading order (Gregorian throughout)
date("В конце XVIII века", "1767/1800", "interval", note="last third of the 18th century")
date("В ночь на 23 августа 1791 года", "1791-08-22/1791-08-23", "day")
date("За несколько недель", None, None, kind="duration", note="unquantified: a few weeks")
date("В ноябре", "1791-11", "month", derivation="anchored")
date("4 апреля 1792 года", "1792-04-04", "day")
date("В сентябре", "1792-09", "month", derivation="anchored")
date("20 июня 1793 года", "1793-06-20", "day")
date("29 августа", "1793-08-29", "day", derivation="anchored")
date("Тем временем", "1793", "year", kind="vague", derivation="anchored",
     note="'meanwhile': around the events of 1793 just told")
date("в сентябре", "1793-09", "month", derivation="anchored")
date("4 февраля 1794 года", "1794-02-04", "day")
date("в мае", "1794-05", "month", derivation="anchored")
date("4 июня", "1794-06-04", "day", derivation="anchored")
date("22 июля 1795 года", "1795-07-22", "day")
date("В марте 1796 года", "1796-03", "month")
date("в начале апреля", "1796-04-01/1796-04-10", "interval", derivation="anchored")
date("В мае 1798 года", "1798-05", "month")
date("в октябре", "1798-10", "month", derivation="anchored")
date("Летом 1799 года", "1799-22", "season")
date("около четырёх месяцев", None, None, kind="duration", duration="P4M", note="approximate")
date("в марте 1800 года", "1800-03", "month")
date("летом", "1800-22", "season", derivation="anchored")
date("26 января 1801 года", "1801-01-26", "day")
date("8 июля", "1801-07-08", "day", derivation="anchored")
date("В начале февраля 1802 года", "1802-02-01/1802-02-10", "interval")
date("4 февраля", "1802-02-04", "day", derivation="anchored")
date("В марте", "1802-03", "month", derivation="anchored")
date("почти три недели", None, None, kind="duration", duration="P3W", note="'almost three weeks'")
date("24 марта", "1802-03-24", "day", derivation="anchored")
date("В начале мая", "1802-05-01/1802-05-10", "interval", derivation="anchored")
date("7 июня", "1802-06-07", "day", derivation="anchored")
date("7 апреля 1803 года", "1803-04-07", "day")
date("Летом 1802 года", "1802-22", "season")
date("В октябре", "1802-10", "month", derivation="anchored")
date("2 ноября", "1802-11-02", "day", derivation="anchored")
date("вскоре", "1802-11-02/1802-11-30", "interval", kind="vague", derivation="anchored",
     note="soon after Leclerc's death on 2 November")
date("18 мая 1803 года", "1803-05-18", "day")
date("18 ноября", "1803-11-18", "day", derivation="anchored")
date("на следующий день", "1803-11-19", "day", derivation="computed", note="18 November + 1 day")
date("в конце месяца", "1803-11-21/1803-11-30", "interval", derivation="anchored")
date("1 января 1804 года", "1804-01-01", "day")
date("В феврале — апреле", "1804-02/1804-04", "interval", derivation="anchored")
date("осенью", "1804-23", "season", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Сан-Доминго", None), ("Эспаньола", None), ("Франции", "Франция"),
    ("Северной равнине", "Северная равнина"), ("Кап-Франсе", None),
    ("Кап-Франсе", None), ("Соединённые Штаты", None), ("Севере", "Север"),
    ("Испания", None), ("Англия", None), ("Жереми", None), ("Париже", "Париж"), ("Порт-о-Пренс", None),
    ("Базельскому", "Базель"), ("Испания", None), ("Франции", "Франция"), ("Кап-Франсе", None),
    ("Порт-о-Пренс", None), ("Мол-Сен-Николя", None), ("Юге", "Юг"), ("Жакмеля", "Жакмель"),
    ("Францию", "Франция"), ("Санто-Доминго", None),
    ("Сан-Доминго", None), ("Кап-Франсе", None), ("Крет-а-Пьеро", None), ("Гонаива", "Гонаив"),
    ("Францию", "Франция"), ("Жу", None),
    ("Гваделупе", "Гваделупа"), ("Тортуге", "Тортуга"), ("Аркаэ", None), ("Вертьере", "Вертьер"),
    ("Кап-Франсе", None),
    ("Гонаиве", "Гонаив"), ("Гаити", None),
]:
    place(quote, name)

# ---- events
event("поднялись", "В ночь на 23 августа 1791 года на Северной равнине поднялись невольники", "uprising",  # 0
      date="В ночь на 23 августа 1791 года", place="Северная равнина", actors=[("невольники", "agent")])
event("Восстание", "Восстание возглавили Букман, Жан-Франсуа и Биассу", "uprising",  # 1
      date="В ночь на 23 августа 1791 года", place="Северная равнина", same_as=0,
      actors=[("Букман", "agent"), ("Жан-Франсуа", "agent"), ("Биассу", "agent")])
event("сожгли", "За несколько недель повстанцы сожгли сотни усадеб", "looting",  # 2
      date={"edtf": "1791-08/1791-09"}, place="Северная равнина", actors=[("повстанцы", "agent")],
      note="a few weeks from the rising of 22-23 August")
event("убили", "За несколько недель повстанцы сожгли сотни усадеб и убили более 1 тыс. белых", "massacre",  # 3
      date={"edtf": "1791-08/1791-09"}, place="Северная равнина",
      actors=[("повстанцы", "agent"), ("белых", "target")],
      quantities=[qty("более 1 тыс. белых", "fatalities", 1000, min=1000, approximate=True)])
event("террор", "ответный террор колонистов унёс тысячи жизней", "attack_on_civilians",  # 4
      date={"edtf": "1791-08/1791-12"}, place="Северная равнина", actors=[("колонистов", "agent")],
      quantities=[qty("тысячи жизней", "fatalities", None, min=2000, max=9000, approximate=True)])
event("стычке", "В ноябре Букман погиб в стычке", "battle", date="В ноябре",  # 5
      actors=[("Букман", "participant")], note="the leader was killed in it; no place given")
event("уравняло", "4 апреля 1792 года Законодательное собрание уравняло свободных цветных в правах с белыми",  # 6
      "decree", date="4 апреля 1792 года",
      actors=[("Законодательное собрание", "agent"), ("свободных цветных", "participant")])
event("прибыли", "В сентябре в колонию прибыли комиссары Сонтонакс и Польверель с отрядом около 6 тыс. солдат",  # 7
      "reinforcement", date="В сентябре", place="Сан-Доминго",
      actors=[("комиссары Сонтонакс и Польверель", "agent")],
      quantities=[qty("около 6 тыс. солдат", "participants", 6000, approximate=True)])
event("бои", "20 июня 1793 года в Кап-Франсе вспыхнули бои между моряками губернатора Гальбо и сторонниками "  # 8
      "комиссаров", "battle", date="20 июня 1793 года", place="Кап-Франсе",
      actors=[("моряками губернатора Гальбо", "participant"), ("сторонниками комиссаров", "participant")])
event("выгорел", "город выгорел", "looting", date="20 июня 1793 года", place="Кап-Франсе",  # 9
      note="the city burned down in the fighting")
event("бежали", "около 10 тыс. жителей бежали на кораблях в Соединённые Штаты", "flight",  # 10
      date="20 июня 1793 года", place="Соединённые Штаты",
      actors=[("жителей", "participant")],
      quantities=[qty("около 10 тыс. жителей", "displaced", 10000, approximate=True)],
      note="place is the destination, the only place the clause names; they fled Cap-Français")
event("объявил", "29 августа Сонтонакс объявил об отмене рабства на Севере", "decree",  # 11
      date="29 августа", place="Север", actors=[("Сонтонакс", "agent")])
event("вмешались", "Тем временем в войну вмешались Испания и Англия", "political_activity",  # 12
      date="Тем временем", actors=[("Испания", "agent")], note="Spain's entry into the war in the colony")
event("вмешались", "Тем временем в войну вмешались Испания и Англия", "political_activity",  # 13
      date="Тем временем", actors=[("Англия", "agent")], note="Britain's entry into the war in the colony")
event("высадился", "в сентябре британский десант высадился в Жереми", "reinforcement",  # 14
      date="в сентябре", place="Жереми", actors=[("британский десант", "agent")])
event("упразднил", "4 февраля 1794 года Конвент в Париже упразднил рабство во всех колониях", "decree",  # 15
      date="4 февраля 1794 года", place="Париж", actors=[("Конвент", "agent")])
event("перешёл на сторону", "в мае Туссен Лувертюр, прежде служивший испанцам, перешёл на сторону Республики",  # 16
      "political_activity", date="в мае", actors=[("Туссен Лувертюр", "agent")],
      note="change of sides, from Spain to the French Republic")
event("захватили", "4 июня англичане захватили Порт-о-Пренс", "capture",  # 17
      date="4 июня", place="Порт-о-Пренс", actors=[("англичане", "agent")])
event("миру", "22 июля 1795 года по Базельскому миру Испания уступила Франции восточную часть острова",  # 18
      "treaty", date="22 июля 1795 года", place="Базель",
      actors=[("Испания", "participant"), ("Франции", "participant")])
event("уступила", "22 июля 1795 года по Базельскому миру Испания уступила Франции восточную часть острова",  # 19
      "territorial_transfer", date="22 июля 1795 года", place="Эспаньола",
      actors=[("Испания", "agent"), ("Франции", "participant")],
      note="the eastern (Spanish) part of Hispaniola")
event("арестовали", "В марте 1796 года мулатские офицеры арестовали губернатора Лаво в Кап-Франсе", "arrest",  # 20
      date="В марте 1796 года", place="Кап-Франсе",
      actors=[("мулатские офицеры", "agent"), ("губернатора Лаво", "target")])
event("назначен", "Туссен освободил его и в начале апреля был назначен заместителем губернатора",  # 21
      "political_activity", date="в начале апреля", place="Кап-Франсе", actors=[("Туссен", "participant")],
      note="appointment; place from the same sentence")
event("оставили", "В мае 1798 года англичане, потеряв от лихорадки и в боях тысячи солдат, оставили "  # 22
      "Порт-о-Пренс", "retreat", date="В мае 1798 года", place="Порт-о-Пренс",
      actors=[("англичане", "agent")],
      quantities=[qty("тысячи солдат", "fatalities", None, min=2000, max=9000, approximate=True)],
      note="the losses are those of the whole British occupation, from fever and in battle")
event("оставили", "В мае 1798 года англичане, потеряв от лихорадки и в боях тысячи солдат, оставили "  # 23
      "Порт-о-Пренс, а в октябре — Мол-Сен-Николя", "retreat", date="в октябре", place="Мол-Сен-Николя",
      actors=[("англичане", "agent")])
event("война ножей", "Летом 1799 года на Юге разгорелась «война ножей» между Туссеном и вождём мулатов Риго",  # 24
      "battle", date="Летом 1799 года", place="Юг",
      actors=[("Туссеном", "participant"), ("вождём мулатов Риго", "participant")])
event("Осада", "Осада Жакмеля длилась около четырёх месяцев", "siege",  # 25
      date={"edtf": "1799-11/1800-03"}, place="Жакмель",
      note="about four months, ending with the fall in March 1800")
event("пала", "в марте 1800 года крепость пала", "capture", date="в марте 1800 года", place="Жакмель")  # 26
event("бежал", "летом Риго бежал во Францию", "retreat", date="летом", place="Франция",  # 27
      actors=[("Риго", "agent")], note="the defeated leader left the colony; place is the destination")
event("вступили", "26 января 1801 года войска Туссена вступили в Санто-Доминго", "occupation",  # 28
      date="26 января 1801 года", place="Санто-Доминго", actors=[("войска Туссена", "agent")])
event("обнародована", "8 июля была обнародована конституция, сделавшая его пожизненным губернатором",  # 29
      "decree", date="8 июля")
event("подошла", "В начале февраля 1802 года к берегам Сан-Доминго подошла эскадра генерала Леклерка с армией "  # 30
      "около 20 тыс. человек", "reinforcement", date="В начале февраля 1802 года", place="Сан-Доминго",
      actors=[("эскадра генерала Леклерка", "agent")],
      quantities=[qty("около 20 тыс. человек", "participants", 20000, approximate=True)])
event("сжёг", "4 февраля Анри Кристоф сжёг Кап-Франсе", "looting",  # 31
      date="4 февраля", place="Кап-Франсе", actors=[("Анри Кристоф", "agent")])
event("отбивали штурмы", "В марте около 1200 защитников форта Крет-а-Пьеро почти три недели отбивали штурмы",  # 32
      "siege", date="В марте", place="Крет-а-Пьеро",
      actors=[("защитников форта Крет-а-Пьеро", "target")],
      quantities=[qty("около 1200 защитников", "participants", 1200, approximate=True)])
event("прорвали кольцо осады", "а 24 марта прорвали кольцо осады", "retreat",  # 33
      date="24 марта", place="Крет-а-Пьеро", note="the garrison broke out of the encirclement")
event("сложил оружие", "В начале мая Туссен сложил оружие", "treaty",  # 34
      date="В начале мая", actors=[("Туссен", "agent")], note="surrender on terms")
event("арестован", "Туссен сложил оружие, но 7 июня был арестован близ Гонаива", "arrest",  # 35
      date="7 июня", place="Гонаив", actors=[("Туссен", "target")])
event("выслан", "7 июня был арестован близ Гонаива и выслан во Францию", "deportation",  # 36
      date="7 июня", place="Франция", note="place is the destination")
event("восстановлении", "пришла весть о восстановлении рабства на Гваделупе", "decree",  # 37
      date="Летом 1802 года", place="Гваделупа",
      note="the restoration of slavery; the text dates only the news of it")
event("поднялась", "Летом 1802 года пришла весть о восстановлении рабства на Гваделупе, и колония вновь "  # 38
      "поднялась", "uprising", date="Летом 1802 года", place="Сан-Доминго")
event("перешли", "В октябре на сторону повстанцев перешли Петион и Дессалин", "political_activity",  # 39
      date="В октябре", actors=[("Петион", "agent"), ("Дессалин", "agent")],
      note="change of sides to the insurgents")
event("принял", "вскоре командование принял Рошамбо", "political_activity",  # 40
      date="вскоре", actors=[("Рошамбо", "agent")], note="took over the command")
event("казнями", "командование принял Рошамбо, прославившийся казнями пленных", "execution",  # 41
      date={"edtf": "1802-11/1803-11"}, actors=[("Рошамбо", "agent"), ("пленных", "target")],
      note="repeated executions during his command")
event("утвердил", "18 мая 1803 года съезд в Аркаэ утвердил сине-красный флаг", "political_activity",  # 42
      date="18 мая 1803 года", place="Аркаэ", actors=[("съезд", "participant")])
event("разбила", "18 ноября при Вертьере армия Дессалина разбила французов", "battle",  # 43
      date="18 ноября", place="Вертьер",
      actors=[("армия Дессалина", "agent"), ("французов", "target")])
event("подписал капитуляцию", "на следующий день Рошамбо подписал капитуляцию", "treaty",  # 44
      date="на следующий день", place="Кап-Франсе", actors=[("Рошамбо", "agent")],
      note="signed at Cap-Français, which the sentence names next")
event("покинули", "в конце месяца его войска покинули Кап-Франсе", "retreat",  # 45
      date="в конце месяца", place="Кап-Франсе", actors=[("его войска", "agent")])
event("провозгласил независимость", "1 января 1804 года в Гонаиве Дессалин провозгласил независимость страны, "  # 46
      "получившей индейское имя Гаити", "founding", date="1 января 1804 года", place="Гонаив",
      actors=[("Дессалин", "agent")], note="the state founded is Haiti")
event("перебиты", "В феврале — апреле по его приказу были перебиты оставшиеся французы, от 3 до 5 тыс. человек",  # 47
      "massacre", date="В феврале — апреле", place="Гаити", actors=[("оставшиеся французы", "target")],
      quantities=[qty("от 3 до 5 тыс. человек", "fatalities", None, min=3000, max=5000, approximate=True)])
event("объявил себя императором", "а осенью он объявил себя императором", "political_activity",  # 48
      date="осенью", place="Гаити")
