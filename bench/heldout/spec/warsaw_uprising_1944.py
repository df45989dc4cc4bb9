"""Gold spec for bench/heldout/warsaw_uprising_1944.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/warsaw_uprising_1944.txt"

gazetteer({
    "Польша": ("polity", 52.0, 19.5, "Q36"),
    "Висла": ("river", 52.25, 21.03, "Q548"),
    "Прага": ("settlement", 52.255, 21.04, None),          # Praga, the right-bank district of Warsaw
    "Варшава": ("settlement", 52.23, 21.01, "Q270"),
    "Лондон": ("settlement", 51.507, -0.128, "Q84"),
    "Средместье": ("settlement", 52.23, 21.01, None),       # Śródmieście, central Warsaw
    "Старе Място": ("settlement", 52.2497, 21.012, None),   # the Old Town of Warsaw
    "Воля": ("settlement", 52.236, 20.98, None),            # Wola district
    "Окенце": ("settlement", 52.166, 20.967, None),         # Okęcie airfield
    "Воломин": ("settlement", 52.34, 21.24, None),
    "Охота": ("settlement", 52.215, 20.98, None),           # Ochota district
    "Жолибож": ("settlement", 52.268, 20.985, None),        # Żoliborz district
    "Чернякув": ("settlement", 52.215, 21.045, None),       # Czerniaków, on the Vistula bank
    "Мокотув": ("settlement", 52.19, 21.02, None),          # Mokotów district
    "Ожарув": ("settlement", 52.21, 20.80, None),           # Ożarów Mazowiecki
    "Прушков": ("settlement", 52.17, 20.81, None),
    "Германия": ("polity", 51.0, 10.0, "Q183"),
})

# ---- dates, in reading order
date("Летом 1944 года", "1944-22", "season")
date("В конце июля", "1944-07-21/1944-07-31", "interval", derivation="anchored")
date("31 июля", "1944-07-31", "day", derivation="anchored")
date("1 августа 1944 года", "1944-08-01", "day")
date("В первые же дни", "1944-08-01/1944-08-05", "interval", kind="vague", derivation="anchored",
     note="the first days after 1 August; the extent is not stated")
date("через два дня", "1944-08-03", "day", derivation="computed", note="1 August + 2 days")
date("В начале августа", "1944-08-01/1944-08-10", "interval", derivation="anchored")
date("Вскоре", "1944-08-01/1944-08-10", "interval", kind="vague", derivation="anchored",
     note="soon after the rising of 1 August")
date("С 5 по 7 августа", "1944-08-05/1944-08-07", "interval", derivation="anchored")
date("В те же дни", "1944-08-05/1944-08-07", "interval", derivation="anchored",
     note="the same days as 5-7 August")
date("С середины августа", "1944-08-11/1944-08-20", "interval", derivation="anchored",
     note="start of a process that goes on")
date("почти месяц", None, None, kind="duration", duration="P1M", note="'almost a month'")
date("В ночь на 2 сентября", "1944-09-01/1944-09-02", "day", derivation="anchored")
date("В тот же день", "1944-09-02", "day", derivation="anchored", note="the day the night above ended on")
date("10 сентября", "1944-09-10", "day", derivation="anchored")
date("14 сентября", "1944-09-14", "day", derivation="anchored")
date("В ночь на 16 сентября", "1944-09-15/1944-09-16", "day", derivation="anchored")
date("вскоре", "1944-09-16/1944-09-30", "interval", kind="vague", derivation="anchored",
     note="soon after the crossing of 16 September")
date("23 сентября", "1944-09-23", "day", derivation="anchored")
date("27 сентября", "1944-09-27", "day", derivation="anchored")
date("через три дня", "1944-09-30", "day", derivation="computed", note="27 September + 3 days")
date("2 октября 1944 года", "1944-10-02", "day")
date("За 63 дня", None, None, kind="duration", duration="P63D")
date("Осенью", "1944-23", "season", derivation="anchored")
date("17 января 1945 года", "1945-01-17", "day")

# ---- places, in reading order
for quote, name in [
    ("Польши", "Польша"), ("Висле", "Висла"), ("Праге", "Прага"), ("Варшавы", "Варшава"),
    ("Лондоне", "Лондон"),
    ("Варшаве", "Варшава"), ("Средместья", "Средместье"), ("Старе Място", None), ("Волю", "Воля"),
    ("Вислу", "Висла"), ("Окенце", None), ("Праге", "Прага"), ("Воломином", "Воломин"),
    ("Варшаву", "Варшава"),
    ("Воле", "Воля"), ("Охоты", "Охота"),
    ("Старе Място", None), ("Средместье", None), ("Жолибож", None),
    ("Прагой", "Прага"), ("Вислу", "Висла"), ("Чернякуве", "Чернякув"), ("Чернякув", None),
    ("Мокотув", None), ("Жолибож", None),
    ("Ожарув", None), ("Варшавой", "Варшава"),
    ("Прушкове", "Прушков"), ("Германию", "Германия"), ("Варшаву", "Варшава"),
]:
    place(quote, name)

# ---- events
event("продвигались", "Летом 1944 года советские войска маршала К. К. Рокоссовского стремительно "  # 0
      "продвигались через восточные районы Польши к Висле", "reinforcement",
      date="Летом 1944 года", place="Висла",
      actors=[("советские войска маршала К. К. Рокоссовского", "agent")])
event("вышли на подступы", "В конце июля их передовые танковые части вышли на подступы к Праге",  # 1
      "reinforcement", date="В конце июля", place="Прага",
      actors=[("передовые танковые части", "agent")])
event("отдал приказ", "31 июля отдал приказ о начале восстания", "decree",  # 2
      date="31 июля", place="Варшава", actors=[("генерал Т. Бур-Коморовский", "agent")])
event("подняли восстание", "1 августа 1944 года около 40 тыс. бойцов, из которых оружие было едва ли "  # 3
      "у каждого четвёртого, подняли восстание в Варшаве", "uprising",
      date="1 августа 1944 года", place="Варшава", actors=[("бойцов", "agent")],
      quantities=[qty("около 40 тыс. бойцов", "participants", 40000, approximate=True)])
event("заняли", "В первые же дни повстанцы заняли большую часть Средместья, Старе Място и Волю",  # 4
      "capture", date="В первые же дни", place="Средместье", actors=[("повстанцы", "agent")])
event("заняли", "В первые же дни повстанцы заняли большую часть Средместья, Старе Място и Волю",  # 5
      "capture", date="В первые же дни", place="Старе Място", actors=[("повстанцы", "agent")])
event("заняли", "В первые же дни повстанцы заняли большую часть Средместья, Старе Място и Волю",  # 6
      "capture", date="В первые же дни", place="Воля", actors=[("повстанцы", "agent")])
event("овладеть", "так и не смогли овладеть мостами через Вислу и аэродромом Окенце", "capture",  # 7
      date="В первые же дни", place="Висла", assertion="failed", actors=[("повстанцы", "agent")],
      note="the bridges over the Vistula in Warsaw")
event("овладеть", "так и не смогли овладеть мостами через Вислу и аэродромом Окенце", "capture",  # 8
      date="В первые же дни", place="Окенце", assertion="failed", actors=[("повстанцы", "agent")])
event("Выступление", "Выступление в Праге немцы подавили уже через два дня", "uprising",  # 9
      date="1 августа 1944 года", place="Прага",
      note="the rising in Praga began with the general rising of 1 August")
event("подавили", "Выступление в Праге немцы подавили уже через два дня", "suppression",  # 10
      date="через два дня", place="Прага", actors=[("немцы", "agent")])
event("контрудар", "В начале августа немецкие танковые дивизии нанесли контрудар под Воломином",  # 11
      "attack", date="В начале августа", place="Воломин",
      actors=[("немецкие танковые дивизии", "agent")])
event("наступление", "советское наступление на Варшаву остановилось", "attack",  # 12
      date="В начале августа", place="Варшава", assertion="failed",
      note="the Soviet advance on Warsaw was halted")
event("приказал", "Вскоре Гиммлер приказал сровнять город с землёй", "decree",  # 13
      date="Вскоре", place="Варшава", actors=[("Гиммлер", "agent")])
event("поручил", "руководство подавлением поручил генералу СС Э. фон дем Бах-Зелевскому",  # 14
      "political_activity", date="Вскоре", actors=[("Гиммлер", "agent"),
      ("генералу СС Э. фон дем Бах-Зелевскому", "participant")],
      note="appointment; where it was made is not stated")
event("резню", "С 5 по 7 августа части Дирлевангера и Рейнефарта учинили на Воле резню: по разным "  # 15
      "оценкам, погибло от 40 до 50 тыс. мирных жителей", "massacre",
      date="С 5 по 7 августа", place="Воля",
      actors=[("части Дирлевангера и Рейнефарта", "agent"), ("мирных жителей", "target")],
      quantities=[qty("от 40 до 50 тыс. мирных жителей", "fatalities", None, min=40000, max=50000,
                      approximate=True)],
      note="the massacre is asserted; only the count is given as an estimate")
event("грабила", "В те же дни бригада Каминского грабила и убивала жителей Охоты", "looting",  # 16
      date="В те же дни", place="Охота", actors=[("бригада Каминского", "agent")])
event("убивала", "В те же дни бригада Каминского грабила и убивала жителей Охоты", "massacre",  # 17
      date="В те же дни", place="Охота",
      actors=[("бригада Каминского", "agent"), ("жителей Охоты", "target")])
event("бои", "С середины августа главные бои шли за Старе Място", "battle",  # 18
      date="С середины августа", place="Старе Място")
event("осадили", "немцы осадили квартал", "siege",  # 19
      date="С середины августа", place="Старе Място", actors=[("немцы", "agent")])
event("засыпали", "немцы осадили квартал и непрерывно засыпали его узкие улицы снарядами и авиабомбами",  # 20
      "bombardment", date="С середины августа", place="Старе Място", actors=[("немцы", "agent")])
event("продержались", "Защитники продержались почти месяц", "siege",  # 21
      date={"edtf": "1944-08-11/1944-09-02"}, place="Старе Място", same_as=19,
      actors=[("Защитники", "target")], note="adds the duration of the siege: almost a month")
event("ушли", "В ночь на 2 сентября около 5 тыс. повстанцев ушли по канализационным коллекторам в "  # 22
      "Средместье и на Жолибож", "retreat", date="В ночь на 2 сентября", place="Средместье",
      actors=[("повстанцев", "agent")],
      quantities=[qty("около 5 тыс. повстанцев", "participants", 5000, approximate=True)],
      note="place is the destination; they left the Old Town through the sewers")
event("ушли", "В ночь на 2 сентября около 5 тыс. повстанцев ушли по канализационным коллекторам в "  # 23
      "Средместье и на Жолибож", "retreat", date="В ночь на 2 сентября", place="Жолибож",
      actors=[("повстанцев", "agent")],
      quantities=[qty("около 5 тыс. повстанцев", "participants", 5000, approximate=True)],
      note="place is the destination; they left the Old Town through the sewers")
event("вступили", "В тот же день немцы вступили в руины квартала", "recapture",  # 24
      date="В тот же день", place="Старе Място", actors=[("немцы", "agent")])
event("расстреляли", "В тот же день немцы вступили в руины квартала и расстреляли оставшихся там раненых",  # 25
      "execution", date="В тот же день", place="Старе Място",
      actors=[("немцы", "agent"), ("оставшихся там раненых", "target")])
event("возобновила наступление", "10 сентября Красная армия возобновила наступление и 14 сентября "  # 26
      "овладела Прагой", "attack", date="10 сентября", place="Прага",
      actors=[("Красная армия", "agent")])
event("овладела", "14 сентября овладела Прагой", "capture",  # 27
      date="14 сентября", place="Прага", actors=[("Красная армия", "agent")])
event("переправились", "В ночь на 16 сентября части 1-й армии Войска Польского генерала З. Берлинга "  # 28
      "переправились через Вислу и высадились на Чернякуве", "reinforcement",
      date="В ночь на 16 сентября", place="Чернякув",
      actors=[("части 1-й армии Войска Польского генерала З. Берлинга", "agent")])
event("Удержать", "Удержать плацдарм они не смогли", "battle",  # 29
      date={"edtf": "1944-09-16/1944-09-30"}, place="Чернякув", assertion="failed",
      note="the bridgehead at Czerniaków could not be held")
event("отошли", "вскоре отошли обратно за реку", "retreat",  # 30
      date="вскоре", place="Висла", note="back across the river (the Vistula)")
event("пал", "Чернякув пал 23 сентября", "recapture",  # 31
      date="23 сентября", place="Чернякув", note="the insurgent-held district fell to the Germans")
event("капитулировал", "27 сентября капитулировал Мокотув", "recapture",  # 32
      date="27 сентября", place="Мокотув", note="the insurgent-held district surrendered to the Germans")
event("сложил оружие", "через три дня сложил оружие Жолибож", "recapture",  # 33
      date="через три дня", place="Жолибож", note="the insurgent-held district surrendered to the Germans")
event("переговоры", "командование Армии Крайовой пошло на переговоры", "negotiations",  # 34
      date={"edtf": "1944-09-27/1944-10-02"}, actors=[("командование Армии Крайовой", "agent")],
      note="between the surrenders of late September and the capitulation, as the narrative orders them")
event("подписали", "2 октября 1944 года в местечке Ожарув под Варшавой его представители подписали с "  # 35
      "Бах-Зелевским акт о капитуляции", "treaty", date="2 октября 1944 года", place="Ожарув",
      actors=[("его представители", "participant"), ("Бах-Зелевским", "participant")],
      quantities=[qty("около 15 тыс. бойцов", "prisoners", 15000, approximate=True)],
      note="the prisoner count is in the same sentence: they went into captivity under the capitulation")
event("боёв", "За 63 дня боёв погибли, по разным оценкам, 16–18 тыс. повстанцев и от 150 до 200 тыс. "  # 36
      "мирных жителей", "uprising", date={"edtf": "1944-08-01/1944-10-02"}, place="Варшава", same_as=3,
      quantities=[qty("16–18 тыс. повстанцев", "fatalities", None, min=16000, max=18000, approximate=True),
                  qty("от 150 до 200 тыс. мирных жителей", "fatalities", None, min=150000, max=200000,
                      approximate=True)],
      note="63 days of fighting; the counts are given as estimates")
event("выгнали", "Оставшихся жителей — более 500 тыс. человек — немцы выгнали из города через "  # 37
      "пересыльный лагерь в Прушкове", "deportation", date={"edtf": "1944-10"}, place="Варшава",
      actors=[("немцы", "agent"), ("Оставшихся жителей", "target")],
      quantities=[qty("более 500 тыс. человек", "displaced", 500000, min=500000, approximate=True)],
      note="expelled from Warsaw (из города) after the capitulation, through the transit camp in Pruszków")
event("отправили", "около 60 тыс. из них отправили в концлагеря", "deportation",  # 38
      date={"edtf": "1944-10"},
      quantities=[qty("около 60 тыс.", "displaced", 60000, approximate=True)],
      note="sent to concentration camps; no place named")
event("отправили", "около 60 тыс. из них отправили в концлагеря, а примерно 90 тыс. — на принудительные "  # 39
      "работы в Германию", "deportation", date={"edtf": "1944-10"}, place="Германия",
      quantities=[qty("примерно 90 тыс.", "displaced", 90000, approximate=True)],
      note="sent to forced labour in Germany")
event("взрывали", "Осенью специальные команды планомерно взрывали и жгли уцелевшие кварталы", "looting",  # 40
      date="Осенью", place="Варшава", actors=[("специальные команды", "agent")],
      note="systematic destruction of the city")
event("вошли", "17 января 1945 года советские войска и польские части вошли в почти целиком "  # 41
      "разрушенную Варшаву", "capture", date="17 января 1945 года", place="Варшава",
      actors=[("советские войска", "agent"), ("польские части", "agent")])
