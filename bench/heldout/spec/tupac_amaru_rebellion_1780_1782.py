"""Gold spec for bench/heldout/tupac_amaru_rebellion_1780_1782.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/tupac_amaru_rebellion_1780_1782.txt"

gazetteer({
    "Перу": ("polity", -9.19, -75.02, "Q419"),
    "Анды": ("mountain", -15.0, -70.0, None),
    "Тунгасука": ("settlement", -14.16, -71.48, None),
    "Пампамарка": ("settlement", -14.15, -71.46, None),
    "провинция Тинта": ("region", -14.2, -71.4, None),
    "Вилькабамба": ("region", -13.0, -73.2, None),
    "Янаока": ("settlement", -14.22, -71.43, None),
    "Куско": ("settlement", -13.53, -71.97, None),
    "Сангарара": ("settlement", -13.95, -71.6, None),
    "Титикака": ("lake", -15.8, -69.4, None),
    "Чинчеро": ("settlement", -13.39, -72.05, None),
    "Лима": ("settlement", -12.05, -77.04, "Q2868"),
    "Тинта": ("settlement", -14.15, -71.41, None),
    "Чекакупе": ("settlement", -14.03, -71.45, None),
    "Лангуи": ("settlement", -14.43, -71.27, None),
    "Верхнее Перу": ("region", -17.0, -65.0, None),
    "Оруро": ("settlement", -17.97, -67.11, None),
    "Ла-Пас": ("settlement", -16.5, -68.15, "Q1491"),
    "Сората": ("settlement", -15.77, -68.65, None),
    "Сикуани": ("settlement", -14.27, -71.23, None),
})

# ---- dates, in reading order (Gregorian, as the text states)
date("В 1780–1782 годах", "1780/1782", "interval")
date("4 ноября 1780 года", "1780-11-04", "day")
date("Через шесть дней", "1780-11-10", "day", derivation="computed", note="4 November + 6 days")
date("16 ноября", "1780-11-16", "day", derivation="anchored")
date("18 ноября", "1780-11-18", "day", derivation="anchored")
date("вскоре", "1780-11-18", "day", kind="vague", derivation="anchored",
     note="'soon' after the encirclement at Sangarara, the same day")
date("в конце ноября", "1780-11-21/1780-11-30", "interval", derivation="anchored")
date("28 декабря", "1780-12-28", "day", derivation="anchored")
date("вскоре", "1780-12-28/1781-01-08", "interval", kind="vague", derivation="anchored",
     note="'soon' after 28 December, before the assault of 8 January")
date("8 января 1781 года", "1781-01-08", "day")
date("через два дня", "1781-01-10", "day", derivation="computed", note="8 January + 2 days")
date("В марте", "1781-03", "month", derivation="anchored")
date("В начале апреля", "1781-04-01/1781-04-10", "interval", derivation="anchored")
date("6 апреля", "1781-04-06", "day", derivation="anchored")
date("18 мая", "1781-05-18", "day", derivation="anchored")
date("10 февраля 1781 года", "1781-02-10", "day")
date("в середине марта", "1781-03-11/1781-03-20", "interval", derivation="anchored")
date("более полугода", None, None, kind="duration", duration="P6M", note="more than six months")
date("17 октября", "1781-10-17", "day", derivation="anchored")
date("В начале августа", "1781-08-01/1781-08-10", "interval", derivation="anchored")
date("В ноябре", "1781-11", "month", derivation="anchored")
date("15 ноября", "1781-11-15", "day", derivation="anchored")
date("Осенью", "1781-23", "season", derivation="anchored")
date("26 января 1782 года", "1782-01-26", "day")
date("весной 1783 года", "1783-21", "season")
date("19 июля", "1783-07-19", "day", derivation="anchored")
date("В 1784 году", "1784", "year")
date("в 1787 году", "1787", "year")

# ---- places, in reading order
for quote, name in [
    ("Перу", None), ("Анд", "Анды"), ("Тунгасука", None), ("Пампамарка", None),
    ("провинции Тинта", "провинция Тинта"), ("Вилькабамбы", "Вилькабамба"),
    ("Янаоки", "Янаока"), ("Тунгасуку", "Тунгасука"), ("Тунгасуке", "Тунгасука"),
    ("Куско", None), ("Сангарары", "Сангарара"), ("Куско", None), ("Титикака", None),
    ("Куско", None), ("Чинчеро", None), ("Лимы", "Лима"), ("Тинте", "Тинта"),
    ("Куско", None), ("Тинту", "Тинта"), ("Чекакупе", None), ("Лангуи", None), ("Куско", None),
    ("Тинте", "Тинта"), ("Тунгасуке", "Тунгасука"),
    ("Верхнее Перу", None), ("Оруро", None), ("Ла-Пас", None), ("Сорату", "Сората"),
    ("Ла-Паса", "Ла-Пас"), ("Сикуани", None), ("Куско", None), ("Куско", None),
]:
    place(quote, name)

# ---- events
event("восстание", "В 1780–1782 годах юг Перу и соседние области Анд охватило крупнейшее индейское "  # 0
      "восстание", "uprising", date="В 1780–1782 годах", place="Перу")
event("перехватили", "4 ноября 1780 года люди Кондорканки перехватили на дороге из Янаоки коррехидора "  # 1
      "Антонио де Арриагу", "arrest", date="4 ноября 1780 года", place="Янаока",
      actors=[("люди Кондорканки", "agent"), ("коррехидора Антонио де Арриагу", "target")],
      note="seized on the road from Yanaoca and taken to Tungasuca")
event("повешен", "Через шесть дней коррехидор был публично повешен на площади селения", "execution",  # 2
      date="Через шесть дней", place="Тунгасука", actors=[("коррехидор", "target")],
      note="the village is Tungasuca, named in the sentence before")
event("издал указ", "16 ноября в Тунгасуке вождь издал указ об освобождении рабов", "decree",  # 3
      date="16 ноября", place="Тунгасука", actors=[("вождь", "agent")])
event("направили", "Власти Куско спешно направили против мятежников отряд испанцев и ополченцев",  # 4
      "reinforcement", date={"edtf": "1780-11-10/1780-11-18"}, place="Куско",
      actors=[("Власти Куско", "agent"), ("отряд испанцев и ополченцев", "participant")],
      note="dispatched from Cusco between the hanging and the battle of 18 November")
event("окружили", "18 ноября у Сангарары его окружили повстанцы", "battle",  # 5
      date="18 ноября", place="Сангарара", actors=[("повстанцы", "agent")],
      quantities=[qty("более 500 человек", "fatalities", 500, min=500, approximate=True)],
      note="the death toll is given in the next sentence")
event("повёл войско", "Тупак Амару в конце ноября повёл войско на юг, к озеру Титикака", "reinforcement",  # 6
      date="в конце ноября", place="Титикака", actors=[("Тупак Амару", "agent")])
event("подступила", "28 декабря повстанческая армия, насчитывавшая около 40 тыс. человек, подступила "  # 7
      "к Куско", "reinforcement", date="28 декабря", place="Куско",
      actors=[("повстанческая армия", "agent")],
      quantities=[qty("около 40 тыс. человек", "participants", 40000, approximate=True)])
event("обложила", "28 декабря повстанческая армия, насчитывавшая около 40 тыс. человек, подступила "  # 8
      "к Куско и обложила город с окрестных высот", "siege", date="28 декабря", place="Куско",
      actors=[("повстанческая армия", "agent")],
      quantities=[qty("около 40 тыс. человек", "participants", 40000, approximate=True)])
event("прибыли подкрепления", "вскоре из Лимы прибыли подкрепления", "reinforcement",  # 9
      date="вскоре", place="Куско", note="reinforcements from Lima arrived in besieged Cusco")
event("штурм", "8 января 1781 года повстанцы пошли на решительный штурм, но были отбиты", "attack",  # 10
      date="8 января 1781 года", place="Куско", assertion="failed", actors=[("повстанцы", "agent")])
event("отступил", "через два дня Тупак Амару снял осаду и отступил к Тинте", "retreat",  # 11
      date="через два дня", place="Тинта", actors=[("Тупак Амару", "agent")],
      note="lifted the siege of Cusco and withdrew towards Tinta")
event("наступление", "В марте армия генерала Хосе дель Валье численностью 15–17 тыс. человек двинулась "  # 12
      "из Куско в наступление на Тинту", "attack", date="В марте", place="Тинта",
      actors=[("армия генерала Хосе дель Валье", "agent")],
      quantities=[qty("15–17 тыс. человек", "participants", None, min=15000, max=17000)])
event("разбиты", "В начале апреля мятежники были разбиты у Чекакупе", "battle",  # 13
      date="В начале апреля", place="Чекакупе", actors=[("мятежники", "participant")])
event("схвачен", "6 апреля преданный собственными офицерами Тупак Амару был схвачен в Лангуи вместе "  # 14
      "с женой Микаэлой Бастидас и сыновьями", "arrest", date="6 апреля", place="Лангуи",
      actors=[("Тупак Амару", "target"), ("женой Микаэлой Бастидас", "target"), ("сыновьями", "target")])
event("казнили", "18 мая на главной площади Куско казнили вождя, его жену, старшего сына Ипполито и ещё "  # 15
      "нескольких соратников", "execution", date="18 мая", place="Куско",
      actors=[("вождя", "target"), ("его жену", "target"), ("старшего сына Ипполито", "target"),
              ("нескольких соратников", "target")])
event("обезглавили", "Тупака Амару сначала пытались разорвать лошадьми, а затем обезглавили",  # 16
      "execution", date="18 мая", place="Куско", same_as=15, actors=[("Тупака Амару", "target")])
event("запрещал", "Приговор визитадора Хосе Антонио де Арече запрещал индейцам носить инкскую одежду",  # 17
      "decree", date={"edtf": "1781-05"}, actors=[("визитадора Хосе Антонио де Арече", "agent"),
                                                   ("индейцам", "target")],
      note="the sentence of May 1781")
event("встал", "Во главе повстанцев встал двоюродный брат вождя Диего Кристобаль Тупак Амару",  # 18
      "political_activity", date={"edtf": "1781-04/1781-05"},
      actors=[("Диего Кристобаль Тупак Амару", "agent")],
      note="took the lead after his cousin's capture")
event("восстали", "ещё 10 февраля 1781 года восстали жители Оруро", "uprising",  # 19
      date="10 февраля 1781 года", place="Оруро", actors=[("жители Оруро", "agent")])
event("осадили", "в середине марта аймарские отряды Тупака Катари осадили Ла-Пас", "siege",  # 20
      date="в середине марта", place="Ла-Пас", actors=[("аймарские отряды Тупака Катари", "agent")])
event("осада", "С перерывом осада длилась более полугода", "siege",  # 21
      date={"edtf": "1781-03/1781-10"}, place="Ла-Пас", same_as=20)
event("пробилась", "пока 17 октября к городу не пробилась колонна Хосе де Ресегина", "reinforcement",  # 22
      date="17 октября", place="Ла-Пас", actors=[("колонна Хосе де Ресегина", "agent")],
      note="the relief column that ended the siege")
event("захватил", "В начале августа племянник Тупака Амару Андрес захватил Сорату", "capture",  # 23
      date="В начале августа", place="Сората", actors=[("племянник Тупака Амару Андрес", "agent")])
event("перебита", "значительная часть жителей была перебита", "massacre",  # 24
      date="В начале августа", place="Сората", actors=[("жителей", "target")])
event("выдали", "В ноябре Тупака Катари выдали испанцам", "arrest",  # 25
      date="В ноябре", actors=[("Тупака Катари", "target"), ("испанцам", "agent")])
event("четвертован", "15 ноября он был четвертован близ Ла-Паса", "execution",  # 26
      date="15 ноября", place="Ла-Пас")
event("объявил помилование", "Осенью вице-король Агустин де Хауреги объявил помилование всем, кто "  # 27
      "сложит оружие", "amnesty", date="Осенью", actors=[("вице-король Агустин де Хауреги", "agent")])
event("переговоров", "После долгих переговоров", "negotiations",  # 28
      date={"edtf": "1781-09/1782-01-26"}, note="between the pardon of autumn 1781 and the peace")
event("заключил мир", "26 января 1782 года в Сикуани Диего Кристобаль заключил мир с властями",  # 29
      "treaty", date="26 января 1782 года", place="Сикуани",
      actors=[("Диего Кристобаль", "participant"), ("властями", "participant")])
event("арестовали", "весной 1783 года его арестовали по обвинению в новом заговоре", "arrest",  # 30
      date="весной 1783 года")
event("казнили", "а 19 июля казнили в Куско", "execution", date="19 июля", place="Куско")  # 31
event("упразднены", "В 1784 году должности коррехидоров были упразднены", "abolition",  # 32
      date="В 1784 году")
event("учредили", "в 1787 году в Куско учредили аудиенсию", "founding",  # 33
      date="в 1787 году", place="Куско", actors=[("аудиенсию", "participant")])
event("восстание", "восстание и его подавление унесли жизни до 100 тыс. человек", "uprising",  # 34
      date={"edtf": "1780/1782"}, place="Перу", same_as=0,
      quantities=[qty("до 100 тыс. человек", "fatalities", 100000, max=100000, approximate=True)],
      note="the count is attributed ('по разным оценкам'); the rising itself is asserted")
