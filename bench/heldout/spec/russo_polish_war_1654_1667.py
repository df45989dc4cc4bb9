"""Gold spec for bench/heldout/russo_polish_war_1654_1667.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Gregorian (New Style), so no date is converted.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_polish_war_1654_1667.txt"

gazetteer({
    "Русское государство": ("polity", 55.75, 37.62, "Q186096"),
    "Речь Посполитая": ("polity", 52.23, 21.01, "Q172107"),
    "Украина": ("region", 49.5, 32.0, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Переяслав": ("settlement", 50.07, 31.45, None),
    "Великое княжество Литовское": ("polity", 54.69, 25.28, "Q49683"),
    "Дорогобуж": ("settlement", 54.91, 33.30, None),
    "Полоцк": ("settlement", 55.49, 28.78, None),
    "Мстиславль": ("settlement", 54.02, 31.72, None),
    "Шепелевичи": ("settlement", 54.2, 29.75, None),
    "Смоленск": ("settlement", 54.78, 32.05, None),
    "Минск": ("settlement", 53.90, 27.57, "Q2280"),
    "Вильно": ("settlement", 54.69, 25.28, "Q216", "Вильнюс"),
    "Городок": ("settlement", 49.78, 23.65, None),
    "Львов": ("settlement", 49.84, 24.03, "Q36036"),
    "Польша": ("polity", 52.23, 21.01, "Q36"),
    "Швеция": ("polity", 59.33, 18.07, "Q34"),
    "Рига": ("settlement", 56.95, 24.11, "Q1773"),
    "Гадяч": ("settlement", 50.37, 34.0, None),
    "Конотоп": ("settlement", 51.24, 33.20, None),
    "Путивль": ("settlement", 51.34, 33.87, None),
    "Полонка": ("settlement", 53.06, 26.2, None),
    "Чуднов": ("settlement", 50.05, 28.11, None, "Чуднів"),
    "Глухов": ("settlement", 51.68, 33.91, None),
    "Андрусово": ("settlement", 54.4, 31.5, None),
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Северская земля": ("region", 52.0, 33.27, None),
    "Левобережная Украина": ("region", 50.6, 32.5, None),
    "Киев": ("settlement", 50.45, 30.52, "Q1899"),
})

# ---- dates, in reading order
date("1654–1667 годов", "1654/1667", "interval")
date("11 октября 1653 года", "1653-10-11", "day")
date("18 января 1654 года", "1654-01-18", "day")
date("Весной 1654 года", "1654-21", "season")
date("28 мая", "1654-05-28", "day", derivation="anchored")
date("В июне", "1654-06", "month", derivation="anchored")
date("В июле", "1654-07", "month", derivation="anchored")
date("24 августа", "1654-08-24", "day", derivation="anchored")
date("в июле", "1654-07", "month", derivation="anchored")
date("26 августа", "1654-08-26", "day", derivation="anchored")
date("осенью", "1654-23", "season", derivation="anchored")
date("после трёх месяцев", None, None, kind="duration", duration="P3M", note="three months of siege")
date("Летом 1655 года", "1655-22", "season")
date("В июле", "1655-07", "month", derivation="anchored")
date("8 августа", "1655-08-08", "day", derivation="anchored")
date("через два дня", "1655-08-10", "day", derivation="computed", note="8 August + 2 days")
date("29 сентября", "1655-09-29", "day", derivation="anchored")
date("около шести недель", None, None, kind="duration", duration="P6W", note="approximate")
date("в ноябре", "1655-11", "month", derivation="anchored")
date("В мае 1656 года", "1656-05", "month")
date("в конце лета", "1656-08", "month", derivation="anchored", note="end of summer: taken as August")
date("3 ноября 1656 года", "1656-11-03", "day")
date("16 сентября 1658 года", "1658-09-16", "day")
date("Весной 1659 года", "1659-21", "season")
date("8 июля", "1659-07-08", "day", derivation="anchored")
date("Вскоре", "1659-07-08/1659-07-31", "interval", kind="vague", derivation="anchored",
     note="soon after 8 July")
date("осенью", "1659-23", "season", derivation="anchored")
date("В 1660 году", "1660", "year")
date("28 июня", "1660-06-28", "day", derivation="anchored")
date("В сентябре", "1660-09", "month", derivation="anchored")
date("17 октября", "1660-10-17", "day", derivation="anchored")
date("2 ноября", "1660-11-02", "day", derivation="anchored")
date("21 год", None, None, kind="duration", duration="P21Y")
date("В декабре 1661 года", "1661-12", "month")
date("В январе 1664 года", "1664-01", "month")
date("30 января 1667 года", "1667-01-30", "day")
date("на тринадцать с половиной лет", None, None, kind="duration", duration="P13Y6M")
date("на два года", None, None, kind="duration", duration="P2Y")

# ---- places, in reading order
for quote, name in [
    ("Русского государства", "Русское государство"), ("Речью Посполитой", "Речь Посполитая"),
    ("Украине", "Украина"), ("Москве", "Москва"), ("Переяславе", "Переяслав"),
    ("литовскую", "Великое княжество Литовское"), ("Москвы", "Москва"), ("Дорогобуж", None),
    ("Полоцк", None), ("Мстиславль", None), ("Шепелевичах", "Шепелевичи"), ("Смоленска", "Смоленск"),
    ("Минск", None), ("Вильно", None), ("Великого княжества Литовского", "Великое княжество Литовское"),
    ("Городка", "Городок"), ("Львову", "Львов"),
    ("Польшу", "Польша"), ("Москвы", "Москва"), ("Швеции", "Швеция"), ("Ригу", "Рига"),
    ("Вильно", None), ("Гадяче", "Гадяч"),
    ("Конотоп", None), ("Путивлю", "Путивль"),
    ("Москве", "Москва"), ("Полонки", "Полонка"), ("Чудновом", "Чуднов"), ("Виленский", "Вильно"),
    ("Глухов", None), ("Андрусово", None), ("Смоленском", "Смоленск"),
    ("Россия", None), ("Смоленск", None), ("Северскую землю", "Северская земля"),
    ("Левобережную Украину", "Левобережная Украина"), ("Киев", None),
]:
    place(quote, name)

# ---- events
event("восстания", "Война Русского государства с Речью Посполитой выросла из казацкого восстания на Украине",  # 0
      "uprising", date={"edtf": "1648/1653"}, place="Украина",
      note="the Khmelnytsky rising; the narrative only implies it came before October 1653")
event("решил", "11 октября 1653 года Земский собор в Москве решил принять Войско Запорожское под царскую руку "  # 1
      "и начать войну с королём", "political_activity", date="11 октября 1653 года", place="Москва",
      actors=[("Земский собор", "agent"), ("Войско Запорожское", "participant")],
      note="decision to take the Host under the tsar and to go to war with the king")
event("присягнула", "18 января 1654 года рада в Переяславе присягнула царю Алексею Михайловичу", "accession",  # 2
      date="18 января 1654 года", place="Переяслав",
      actors=[("рада", "agent"), ("царю Алексею Михайловичу", "participant")])
event("перешли литовскую границу", "Весной 1654 года русские полки перешли литовскую границу", "attack",  # 3
      date="Весной 1654 года", place="Великое княжество Литовское", actors=[("русские полки", "agent")])
event("выехал", "28 мая из Москвы к армии выехал сам царь", "reinforcement",  # 4
      date="28 мая", place="Москва", actors=[("царь", "agent")],
      note="the tsar set out to join the army; Moscow is the only place named (the point of departure)")
event("сдался", "В июне сдался Дорогобуж", "capture", date="В июне", place="Дорогобуж")  # 5
event("заняли", "В июне сдался Дорогобуж, а войска В. П. Шереметева заняли Полоцк", "capture",  # 6
      date="В июне", place="Полоцк", actors=[("войска В. П. Шереметева", "agent")])
event("взяли", "В июле отряды князя А. Н. Трубецкого штурмом взяли Мстиславль", "capture",  # 7
      date="В июле", place="Мстиславль", actors=[("отряды князя А. Н. Трубецкого", "agent")])
event("перебито", "по свидетельствам литовской стороны, в городе было перебито несколько тысяч жителей",  # 8
      "massacre", date="В июле", place="Мстиславль", assertion="reported",
      actors=[("жителей", "target")],
      quantities=[qty("несколько тысяч жителей", "fatalities", None, min=3000, max=9000, approximate=True)])
event("разгромил", "24 августа Трубецкой разгромил гетмана Януша Радзивилла при Шепелевичах", "battle",  # 9
      date="24 августа", place="Шепелевичи",
      actors=[("Трубецкой", "agent"), ("гетмана Януша Радзивилла", "target")])
event("бежал", "раненый гетман бежал", "retreat", date="24 августа", place="Шепелевичи",  # 10
      actors=[("раненый гетман", "agent")])
event("Осада", "Осада Смоленска, начатая в июле", "siege", date="в июле", place="Смоленск")  # 11
event("приступ", "приступ 26 августа был отбит, и, по письму царя, осаждавшие потеряли около 300 человек "  # 12
      "убитыми и около 1 тыс. ранеными", "attack", date="26 августа", place="Смоленск", assertion="failed",
      actors=[("осаждавшие", "agent")],
      quantities=[qty("около 300 человек убитыми", "fatalities", 300, approximate=True),
                  qty("около 1 тыс. ранеными", "wounded", 1000, approximate=True)],
      note="the assault is asserted as repulsed; only the loss figures are attributed to the tsar's letter")
event("осады", "Лишь осенью, после трёх месяцев осады", "siege", date={"edtf": "1654-07/1654-11"},  # 13
      place="Смоленск", same_as=11, note="the siege again, with its length (three months)")
event("капитулировал", "Лишь осенью, после трёх месяцев осады, гарнизон воеводы Ф. Обуховича капитулировал",  # 14
      "capture", date="осенью", place="Смоленск", actors=[("гарнизон воеводы Ф. Обуховича", "target")],
      note="the garrison surrendered the city")
event("наступление", "Летом 1655 года наступление продолжилось", "attack", date="Летом 1655 года")  # 15
event("занят", "В июле был занят Минск", "capture", date="В июле", place="Минск")  # 16
event("поражение", "8 августа у стен Вильно литовское войско потерпело поражение", "battle",  # 17
      date="8 августа", place="Вильно", actors=[("литовское войско", "participant")])
event("захватили", "через два дня столицу Великого княжества Литовского впервые захватили царские полки",  # 18
      "capture", date="через два дня", place="Вильно", actors=[("царские полки", "agent")],
      note="the capital of the Grand Duchy is Vilna, named earlier in the sentence")
event("разграбили", "город разграбили и сожгли", "looting", date="через два дня", place="Вильно")  # 19
event("разбили", "армия В. В. Бутурлина и казаки Богдана Хмельницкого 29 сентября разбили коронное войско "  # 20
      "у Городка", "battle", date="29 сентября", place="Городок",
      actors=[("армия В. В. Бутурлина", "agent"), ("казаки Богдана Хмельницкого", "agent"),
              ("коронное войско", "target")])
event("подступили", "армия В. В. Бутурлина и казаки Богдана Хмельницкого 29 сентября разбили коронное войско "  # 21
      "у Городка и подступили ко Львову", "reinforcement", date="29 сентября", place="Львов",
      actors=[("армия В. В. Бутурлина", "agent"), ("казаки Богдана Хмельницкого", "agent")])
event("Осада", "Осада длилась около шести недель", "siege", date={"edtf": "1655-09/1655-11"},  # 22
      place="Львов", note="late September to November")
event("ушли", "в ноябре, получив с горожан выкуп, осаждавшие ушли", "retreat", date="в ноябре",  # 23
      place="Львов", actors=[("осаждавшие", "agent")])
event("Вторжение", "Вторжение шведов в Польшу", "attack", date={"edtf": "1655"}, place="Польша",  # 24
      actors=[("шведов", "agent")], note="the text gives no date; 1655 from general knowledge")
event("объявил войну", "В мае 1656 года царь объявил войну Швеции", "political_activity",  # 25
      date="В мае 1656 года", actors=[("царь", "agent"), ("Швеции", "target")])
event("осадила", "в конце лета его армия осадила Ригу", "siege", date="в конце лета", place="Рига",  # 26
      actors=[("его армия", "agent")])
event("взять", "в конце лета его армия осадила Ригу, но взять её не смогла", "capture",  # 27
      date="в конце лета", place="Рига", assertion="failed", actors=[("его армия", "agent")])
event("подписано перемирие", "3 ноября 1656 года под Вильно было подписано перемирие с поляками", "treaty",  # 28
      date="3 ноября 1656 года", place="Вильно", actors=[("поляками", "participant")])
event("булаву получил", "После смерти Хмельницкого булаву получил Иван Выговский", "political_activity",  # 29
      date={"edtf": "1656-11/1658-09"}, actors=[("Иван Выговский", "agent")],
      note="the hetmancy; the narrative places it between the truce of November 1656 and September 1658")
event("заключил", "Иван Выговский, который 16 сентября 1658 года заключил в Гадяче союз с королём", "treaty",  # 30
      date="16 сентября 1658 года", place="Гадяч",
      actors=[("Иван Выговский", "participant"), ("королём", "participant")])
event("осадила", "Весной 1659 года армия Трубецкого осадила Конотоп", "siege", date="Весной 1659 года",  # 31
      place="Конотоп", actors=[("армия Трубецкого", "agent")])
event("истребили", "8 июля гетман Выговский и хан Мехмед-Гирей заманили в засаду и истребили конницу "  # 32
      "князя С. Р. Пожарского", "battle", date="8 июля", place="Конотоп",
      actors=[("гетман Выговский", "agent"), ("хан Мехмед-Гирей", "agent"),
              ("конницу князя С. Р. Пожарского", "target")],
      quantities=[qty("от 5 до 30 тыс. человек", "fatalities", None, min=5000, max=30000, approximate=True)],
      note="place: near Konotop, named in the sentence before; the losses (next sentence) are estimates")
event("казнён", "попавший в плен воевода был казнён по приказу хана", "execution", date="8 июля",  # 33
      place="Конотоп", actors=[("воевода", "target"), ("хана", "agent")])
event("отступил", "Вскоре Трубецкой снял осаду и отступил к Путивлю", "retreat", date="Вскоре",  # 34
      place="Путивль", actors=[("Трубецкой", "agent")],
      note="the siege of Konotop was lifted; place is the destination, the only place the clause names")
event("восстали", "Однако осенью казаки восстали против Выговского", "uprising", date="осенью",  # 35
      actors=[("казаки", "agent"), ("Выговского", "target")])
event("бежал", "он бежал к полякам", "flight", date="осенью", actors=[("он", "agent")])  # 36
event("разбили", "28 июня С. Чарнецкий и П. Сапега разбили князя И. А. Хованского у Полонки", "battle",  # 37
      date="28 июня", place="Полонка",
      actors=[("С. Чарнецкий", "agent"), ("П. Сапега", "agent"), ("князя И. А. Хованского", "target")])
event("окружили", "В сентябре армию Шереметева окружили под Чудновом", "siege", date="В сентябре",  # 38
      place="Чуднов", actors=[("армию Шереметева", "target")])
event("перешёл на сторону", "17 октября Юрий Хмельницкий перешёл на сторону короля", "political_activity",  # 39
      date="17 октября", actors=[("Юрий Хмельницкий", "agent"), ("короля", "participant")])
event("капитулировал", "2 ноября Шереметев капитулировал", "capture", date="2 ноября", place="Чуднов",  # 40
      actors=[("Шереметев", "target")],
      quantities=[qty("более 10 тыс. человек", "prisoners", 10000, min=10000, approximate=True)],
      note="the surrounded army surrendered; the prisoner count (next sentence) is attributed to Polish data")
event("пал", "В декабре 1661 года пал Виленский замок", "capture", date="В декабре 1661 года",  # 41
      place="Вильно")
event("обезглавлен", "его защитник князь Д. Е. Мышецкий был обезглавлен", "execution",  # 42
      date="В декабре 1661 года", place="Вильно", actors=[("князь Д. Е. Мышецкий", "target")])
event("осадил", "В январе 1664 года король Ян Казимир осадил Глухов", "siege", date="В январе 1664 года",  # 43
      place="Глухов", actors=[("король Ян Казимир", "agent")])
event("приступов", "после неудачных приступов", "attack", date={"edtf": "1664-01/1664-02"},  # 44
      place="Глухов", assertion="failed")
event("отступил", "В январе 1664 года король Ян Казимир осадил Глухов, но после неудачных приступов отступил",  # 45
      "retreat", date={"edtf": "1664-01/1664-02"}, place="Глухов", actors=[("король Ян Казимир", "agent")])
event("переговоры", "Истощённые стороны сели за переговоры в деревне Андрусово под Смоленском", "negotiations",  # 46
      date={"edtf": "1664/1667-01"}, place="Андрусово", actors=[("Истощённые стороны", "participant")])
event("заключено перемирие", "30 января 1667 года там было заключено перемирие на тринадцать с половиной лет",  # 47
      "treaty", date="30 января 1667 года", place="Андрусово")
event("получила", "Россия получила Смоленск", "territorial_transfer", date="30 января 1667 года",  # 48
      place="Смоленск", actors=[("Россия", "participant")])
event("получила", "Россия получила Смоленск, Северскую землю", "territorial_transfer",  # 49
      date="30 января 1667 года", place="Северская земля", actors=[("Россия", "participant")])
event("получила", "Россия получила Смоленск, Северскую землю и Левобережную Украину", "territorial_transfer",  # 50
      date="30 января 1667 года", place="Левобережная Украина", actors=[("Россия", "participant")])
event("уступался", "Киев уступался ей на два года", "territorial_transfer", date="30 января 1667 года",  # 51
      place="Киев")
