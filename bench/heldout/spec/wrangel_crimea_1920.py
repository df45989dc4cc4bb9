"""Gold spec for bench/heldout/wrangel_crimea_1920.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/wrangel_crimea_1920.txt"

gazetteer({
    "Новороссийск": ("settlement", 44.72, 37.77, None),
    "Крым": ("region", 45.0, 34.1, "Q7835"),
    "Севастополь": ("settlement", 44.6, 33.53, "Q7525"),
    "Кирилловка": ("settlement", 46.37, 35.37, None),
    "Азовское море": ("sea", 46.0, 36.5, None),
    "Перекоп": ("settlement", 46.16, 33.69, None),
    "Чонгар": ("settlement", 46.05, 34.52, None),
    "Северная Таврия": ("region", 46.8, 34.5, None),
    "Мелитополь": ("settlement", 46.85, 35.37, None),
    "Большой Токмак": ("settlement", 47.25, 35.71, None, "Токмак"),
    "Днепр": ("river", 46.78, 33.45, "Q40855"),
    "Каховка": ("settlement", 46.81, 33.48, None),
    "Кубань": ("region", 45.0, 39.0, None),
    "Приморско-Ахтарская": ("settlement", 46.05, 38.17, None, "Приморско-Ахтарск"),
    "Старобельск": ("settlement", 49.28, 38.91, None),
    "Александровск": ("settlement", 47.84, 35.14, None, "Запорожье"),
    "Никополь": ("settlement", 47.57, 34.39, None),
    "Рига": ("settlement", 56.95, 24.11, "Q1773"),
    "Польша": ("polity", 52.23, 21.01, "Q36"),
    "Сальково": ("settlement", 46.06, 34.78, None),
    "Сиваш": ("lake", 45.95, 34.4, None),
    "Литовский полуостров": ("region", 45.98, 34.05, None),
    "Юшунь": ("settlement", 45.94, 33.94, None, "Ишунь"),
    "Евпатория": ("settlement", 45.19, 33.37, None),
    "Ялта": ("settlement", 44.5, 34.17, None),
    "Феодосия": ("settlement", 45.03, 35.38, None),
    "Керчь": ("settlement", 45.36, 36.47, None),
    "Константинополь": ("settlement", 41.01, 28.98, "Q406", "Стамбул"),
    "Симферополь": ("settlement", 44.95, 34.1, None),
})

# ---- dates, in reading order (the text states once that its dates are New Style)
date("Весной 1920 года", "1920-21", "season")
date("4 апреля 1920 года", "1920-04-04", "day")
date("В мае", "1920-05", "month", derivation="anchored")
date("6 июня", "1920-06-06", "day", derivation="anchored")
date("на следующий день", "1920-06-07", "day", derivation="computed", note="6 June + 1 day")
date("10 июня", "1920-06-10", "day", derivation="anchored")
date("Тогда же", "1920-06", "month", kind="vague", derivation="anchored",
     note="'at the same time' as the capture of 10 June")
date("В начале июля", "1920-07-01/1920-07-10", "interval", derivation="anchored")
date("В ночь на 7 августа", "1920-08-06/1920-08-07", "day", derivation="anchored")
date("почти весь месяц", None, None, kind="duration", duration="P1M", note="approximate: almost the whole month")
date("14 августа", "1920-08-14", "day", derivation="anchored")
date("в начале сентября", "1920-09-01/1920-09-10", "interval", derivation="anchored")
date("21 сентября", "1920-09-21", "day", derivation="anchored")
date("В начале октября", "1920-10-01/1920-10-10", "interval", derivation="anchored")
date("8 октября", "1920-10-08", "day", derivation="anchored")
date("через несколько дней", "1920-10-10/1920-10-18", "interval", derivation="computed",
     note="8 October + a few days")
date("12 октября", "1920-10-12", "day", derivation="anchored")
date("14 октября", "1920-10-14", "day", derivation="anchored")
date("28 октября", "1920-10-28", "day", derivation="anchored")
date("к 3 ноября", "1920-11-03", "day", derivation="anchored", note="'by 3 November': the state reached by then")
date("В ночь на 8 ноября", "1920-11-07/1920-11-08", "day", derivation="anchored")
date("утром 9 ноября", "1920-11-09", "day", derivation="anchored")
date("трёхдневных", None, None, kind="duration", duration="P3D")
date("11 ноября", "1920-11-11", "day", derivation="anchored")
date("тогда же", "1920-11-11", "day", derivation="anchored", note="at the same time as 11 November")
date("В тот же день", "1920-11-11", "day", derivation="anchored")
date("С 13 по 16 ноября", "1920-11-13/1920-11-16", "interval", derivation="anchored")
date("14 ноября", "1920-11-14", "day", derivation="anchored")
date("13 ноября", "1920-11-13", "day", derivation="anchored")
date("15 ноября", "1920-11-15", "day", derivation="anchored")
date("на следующий день", "1920-11-16", "day", derivation="computed", note="15 November + 1 day")
date("Зимой 1920–1921 года", "1920-12/1921-02", "season")

# ---- places, in reading order
for quote, name in [
    ("Новороссийска", "Новороссийск"), ("Крыму", "Крым"), ("Севастополе", "Севастополь"),
    ("Кирилловки", "Кирилловка"), ("Азовского моря", "Азовское море"), ("Крыма", "Крым"),
    ("Перекоп", None), ("Чонгар", None), ("Северную Таврию", "Северная Таврия"),
    ("Мелитополь", None), ("Большого Токмака", "Большой Токмак"),
    ("Днепр", None), ("Каховку", "Каховка"), ("Кубани", "Кубань"), ("Приморско-Ахтарской", "Приморско-Ахтарская"),
    ("Крым", None),
    ("Старобельске", "Старобельск"), ("Днепр", None), ("Александровска", "Александровск"),
    ("Никополя", "Никополь"), ("Риге", "Рига"), ("Польшей", "Польша"), ("Каховский", "Каховка"),
    ("Каховского", "Каховка"), ("Сальково", None), ("Крым", None),
    ("Перекопа", "Перекоп"), ("Сиваш", None), ("Литовский полуостров", None), ("Перекоп", None),
    ("Юшуньские", "Юшунь"), ("Крым", None), ("Чонгар", None),
    ("Севастополя", "Севастополь"), ("Евпатории", "Евпатория"), ("Ялты", "Ялта"),
    ("Феодосии", "Феодосия"), ("Керчи", "Керчь"), ("Константинополь", None), ("Севастополь", None),
    ("Симферополь", None), ("Севастополь", None), ("Керчь", None), ("Крымского", "Крым"),
]:
    place(quote, name)

# ---- events
event("вывезенные", "Весной 1920 года остатки белых армий, вывезенные морем из Новороссийска", "retreat",  # 0
      date="Весной 1920 года", place="Новороссийск", actors=[("остатки белых армий", "agent")],
      note="evacuation by sea from Novorossiysk")
event("сосредоточились", "Весной 1920 года остатки белых армий, вывезенные морем из Новороссийска, "  # 1
      "сосредоточились в Крыму", "reinforcement", date="Весной 1920 года", place="Крым",
      actors=[("остатки белых армий", "agent")])
event("передал пост главнокомандующего", "4 апреля 1920 года А. И. Деникин по решению военного совета в "  # 2
      "Севастополе передал пост главнокомандующего генералу П. Н. Врангелю", "political_activity",
      date="4 апреля 1920 года", place="Севастополь",
      actors=[("А. И. Деникин", "agent"), ("генералу П. Н. Врангелю", "participant")])
event("получили название", "В мае войска получили название Русской армии", "political_activity",  # 3
      date="В мае", actors=[("войска", "participant")])
event("высадился", "6 июня корпус генерала Я. А. Слащёва высадился у Кирилловки", "reinforcement",  # 4
      date="6 июня", place="Кирилловка", actors=[("корпус генерала Я. А. Слащёва", "agent")],
      note="a landing on the Azov coast")
event("двинулись", "на следующий день главные силы, около 25 тыс. штыков и сабель, двинулись из Крыма "  # 5
      "через Перекоп и Чонгар в Северную Таврию", "attack", date="на следующий день",
      place="Северная Таврия", actors=[("главные силы", "agent")],
      quantities=[qty("около 25 тыс. штыков и сабель", "participants", 25000, approximate=True)],
      note="an offensive out of Crimea by way of Perekop and Chongar into Northern Tavria")
event("заняли", "10 июня белые заняли Мелитополь", "capture", date="10 июня", place="Мелитополь",  # 6
      actors=[("белые", "agent")])
event("обнародовал", "Тогда же Врангель обнародовал закон о земле", "decree", date="Тогда же",  # 7
      actors=[("Врангель", "agent")])
event("разгромлен", "В начале июля у Большого Токмака был окружён и разгромлен конный корпус Д. П. Жлобы",  # 8
      "battle", date="В начале июля", place="Большой Токмак",
      actors=[("конный корпус Д. П. Жлобы", "target")],
      quantities=[qty("несколько тысяч его бойцов", "prisoners", None, min=3000, max=9000, approximate=True)],
      note="the rout is asserted; only the prisoner count is attributed to White reports")
event("форсировали", "В ночь на 7 августа части 13-й армии форсировали Днепр", "attack",  # 9
      date="В ночь на 7 августа", place="Днепр", actors=[("части 13-й армии", "agent")])
event("захватили", "В ночь на 7 августа части 13-й армии форсировали Днепр и захватили Каховку", "capture",  # 10
      date="В ночь на 7 августа", place="Каховка", actors=[("части 13-й армии", "agent")])
event("атаковали", "Этот плацдарм белые безуспешно атаковали почти весь месяц", "attack",  # 11
      date={"edtf": "1920-08-07/1920-08-31"}, place="Каховка", assertion="failed",
      actors=[("белые", "agent")], note="the Kakhovka bridgehead, through most of August")
event("высадились", "14 августа отряды генерала С. Г. Улагая высадились на Кубани у Приморско-Ахтарской",  # 12
      "reinforcement", date="14 августа", place="Приморско-Ахтарская",
      actors=[("отряды генерала С. Г. Улагая", "agent")], note="a landing in the Kuban")
event("восстание", "однако поднять казаков на восстание не удалось", "uprising",  # 13
      date={"edtf": "1920-08-14/1920-09-10"}, place="Кубань", assertion="failed",
      actors=[("казаков", "participant")], note="an attempt to raise the Kuban Cossacks")
event("вернулся", "в начале сентября десант вернулся в Крым", "retreat", date="в начале сентября",  # 14
      place="Крым", actors=[("десант", "agent")], note="place is the destination")
event("назначен", "21 сентября командующим новым Южным фронтом был назначен М. В. Фрунзе",  # 15
      "political_activity", date="21 сентября", actors=[("М. В. Фрунзе", "participant")])
event("заключило соглашение", "В начале октября в Старобельске красное командование заключило соглашение "  # 16
      "о совместных действиях против Врангеля с повстанцами Н. И. Махно", "treaty",
      date="В начале октября", place="Старобельск",
      actors=[("красное командование", "participant"), ("повстанцами Н. И. Махно", "participant")])
event("форсировали", "8 октября белые форсировали Днепр у Александровска и Никополя", "attack",  # 17
      date="8 октября", place="Александровск", actors=[("белые", "agent")])
event("форсировали", "8 октября белые форсировали Днепр у Александровска и Никополя", "attack",  # 18
      date="8 октября", place="Никополь", actors=[("белые", "agent")])
event("отброшены", "через несколько дней были отброшены назад", "retreat",  # 19
      date="через несколько дней", note="the Whites were thrown back across the Dnieper")
event("подписано перемирие", "12 октября в Риге было подписано перемирие с Польшей", "treaty",  # 20
      date="12 октября", place="Рига", actors=[("Польшей", "participant")])
event("двинулись", "на юг двинулись освободившиеся войска, в том числе 1-я Конная армия С. М. Будённого",  # 21
      "reinforcement", date={"edtf": "1920-10-12/1920-10-28"},
      actors=[("освободившиеся войска", "agent"), ("1-я Конная армия С. М. Будённого", "agent")],
      note="after the Riga armistice and before the offensive of 28 October")
event("штурмовал", "14 октября корпус генерала В. К. Витковского при поддержке танков штурмовал "  # 22
      "Каховский плацдарм, но был отбит", "attack", date="14 октября", place="Каховка",
      assertion="failed", actors=[("корпус генерала В. К. Витковского", "agent")])
event("отошёл", "отошёл с большими потерями", "retreat", date="14 октября", place="Каховка")  # 23
event("наступление", "28 октября войска Южного фронта, насчитывавшие более 130 тыс. штыков и сабель, "  # 24
      "перешли в общее наступление", "attack", date="28 октября",
      actors=[("войска Южного фронта", "agent")],
      quantities=[qty("более 130 тыс. штыков и сабель", "participants", 130000, min=130000, approximate=True)],
      note="in Northern Tavria, which this sentence does not name")
event("прорвалась", "Конная армия прорвалась с Каховского плацдарма к Сальково", "attack",  # 25
      date={"edtf": "1920-10-28/1920-11-03"}, place="Сальково", actors=[("Конная армия", "agent")])
event("ушли", "основные силы Врангеля к 3 ноября ушли за перешейки, потеряв, по советским сводкам, "  # 26
      "около 20 тыс. человек пленными", "retreat", date="к 3 ноября", place="Крым",
      actors=[("основные силы Врангеля", "agent")],
      quantities=[qty("около 20 тыс. человек", "prisoners", 20000, approximate=True)],
      note="place is the destination (behind the isthmuses, into Crimea); only the prisoner count is "
           "attributed to Soviet reports")
event("штурм", "В ночь на 8 ноября 51-я дивизия В. К. Блюхера пошла на штурм укреплений Перекопа",  # 27
      "attack", date="В ночь на 8 ноября", place="Перекоп",
      actors=[("51-я дивизия В. К. Блюхера", "agent")])
event("перешли вброд", "части 6-й армии перешли вброд Сиваш и вышли на Литовский полуостров", "attack",  # 28
      date="В ночь на 8 ноября", place="Литовский полуостров", actors=[("части 6-й армии", "agent")],
      note="a crossing of the Sivash to outflank Perekop")
event("отбиты", "Первые атаки были отбиты", "attack", date="В ночь на 8 ноября", place="Перекоп",  # 29
      assertion="failed", same_as=27)
event("пал", "утром 9 ноября Перекоп пал", "capture", date="утром 9 ноября", place="Перекоп")  # 30
event("боёв", "После трёхдневных боёв 11 ноября были прорваны Юшуньские позиции", "battle",  # 31
      date={"edtf": "1920-11-08/1920-11-11"}, place="Юшунь", note="11 November − three days")
event("прорваны", "11 ноября были прорваны Юшуньские позиции", "capture", date="11 ноября",  # 32
      place="Юшунь")
event("ворвались", "тогда же красные ворвались в Крым через Чонгар", "attack", date="тогда же",  # 33
      place="Чонгар", actors=[("красные", "agent")])
event("отдал приказ", "В тот же день Врангель отдал приказ об эвакуации", "decree",  # 34
      date="В тот же день", actors=[("Врангель", "agent")])
event("предложение", "предложение Фрунзе сдаться в обмен на амнистию оставил без ответа", "negotiations",  # 35
      date="В тот же день", actors=[("Фрунзе", "agent")],
      note="an offer of surrender with amnesty, left unanswered")
_EVAC = ("С 13 по 16 ноября из Севастополя, Евпатории, Ялты, Феодосии и Керчи 126 судов вывезли в "
         "Константинополь около 146 тыс. военных и беженцев")
event("вывезли", _EVAC, "flight", date="С 13 по 16 ноября", place="Севастополь",  # 36
      quantities=[qty("около 146 тыс. военных и беженцев", "displaced", 146000, approximate=True)],
      actors=[("военных и беженцев", "participant")],
      note="evacuation to Constantinople; the count is the total for all five ports")
event("вывезли", _EVAC, "flight", date="С 13 по 16 ноября", place="Евпатория",  # 37
      actors=[("военных и беженцев", "participant")], note="evacuation to Constantinople")
event("вывезли", _EVAC, "flight", date="С 13 по 16 ноября", place="Ялта",  # 38
      actors=[("военных и беженцев", "participant")], note="evacuation to Constantinople")
event("вывезли", _EVAC, "flight", date="С 13 по 16 ноября", place="Феодосия",  # 39
      actors=[("военных и беженцев", "participant")], note="evacuation to Constantinople")
event("вывезли", _EVAC, "flight", date="С 13 по 16 ноября", place="Керчь",  # 40
      actors=[("военных и беженцев", "participant")], note="evacuation to Constantinople")
event("покинул", "сам Врангель покинул Севастополь 14 ноября", "retreat", date="14 ноября",  # 41
      place="Севастополь", actors=[("Врангель", "agent")])
event("вступили", "13 ноября красные вступили в Симферополь", "capture", date="13 ноября",  # 42
      place="Симферополь", actors=[("красные", "agent")])
event("вступили", "13 ноября красные вступили в Симферополь, 15 ноября — в Севастополь", "capture",  # 43
      date="15 ноября", place="Севастополь", actors=[("красные", "agent")])
event("вступили", "13 ноября красные вступили в Симферополь, 15 ноября — в Севастополь, а на следующий "  # 44
      "день — в Керчь", "capture", date="на следующий день", place="Керчь", actors=[("красные", "agent")])
event("расстреляны", "Зимой 1920–1921 года по распоряжениям Крымского ревкома во главе с Б. Куном были "  # 45
      "расстреляны многие сдавшиеся офицеры и мирные жители", "execution", date="Зимой 1920–1921 года",
      place="Крым",
      actors=[("Крымского ревкома", "agent"), ("сдавшиеся офицеры и мирные жители", "target")],
      quantities=[qty("от 12 до 120 тыс. человек", "fatalities", None, min=12000, max=120000,
                      approximate=True)],
      note="the executions are asserted; the text says the number of victims is estimated variously "
           "and contested")
