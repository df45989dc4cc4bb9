"""Gold spec for bench/heldout/polish_uprising_1863.txt (hand-coded; build with bench/gold/build_gold.py).

HELD OUT: for measuring only; do not read this file or its text while writing rules.

The narrative says once that its dates are New Style (Gregorian), as Polish and international histories
give them, so unmarked dates are taken as written. The one date it marks as Old Style ('по старому стилю —
в ночь на 11 января') is converted: Julian + 12 days in 1800–1899.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/polish_uprising_1863.txt"

OS = "Old Style (Julian) {} = {} Gregorian (+12 days in the 19th century)"
NUM = "the event is asserted; only the count is attributed ({})"

gazetteer({
    "Царство Польское": ("polity", 52.23, 21.01, None),
    "Варшава": ("settlement", 52.23, 21.01, "Q270"),
    "Плоцк": ("settlement", 52.55, 19.71, None),
    "Венгрув": ("settlement", 52.4, 22.02, None),
    "Мехув": ("settlement", 50.36, 20.03, None),
    "Малогощ": ("settlement", 50.81, 20.26, None),
    "Гроховиски": ("settlement", 50.49, 20.58, None),
    "Галиция": ("region", 49.84, 24.03, None),
    "Жижин": ("settlement", 51.5, 22.09, None),
    "Литва": ("region", 55.0, 24.0, None),
    "Белоруссия": ("region", 53.9, 27.57, None),
    "Ковенская губерния": ("region", 55.5, 23.9, None),
    "Биржи": ("settlement", 56.2, 24.75, None, "Биржай"),
    "Вильна": ("settlement", 54.69, 25.28, "Q216", "Вильнюс"),
    "Северо-Западный край": ("region", 54.69, 25.28, None),
    "Сибирь": ("region", 60.0, 90.0, None),
    "Великобритания": ("polity", 51.51, -0.13, "Q145"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Австрия": ("polity", 48.21, 16.37, None),
    "Петербург": ("settlement", 59.94, 30.31, "Q656", "Санкт-Петербург"),
    "Россия": ("polity", 59.94, 30.31, None),
    "Привислинский край": ("region", 52.23, 21.01, None),
})

# ---- dates, in reading order
date("1863–1864 годов", "1863/1864", "interval")
date("В начале 1863 года", "1863-01/1863-04", "interval",
     note="'at the beginning of the year': first third, by analogy with parts of a century")
date("в ночь на 15 января", "1863-01-14/1863-01-15", "day", derivation="anchored")
date("В ночь на 23 января 1863 года", "1863-01-22/1863-01-23", "day")
date("в ночь на 11 января", "1863-01-22/1863-01-23", "day", derivation="anchored",
     note=OS.format("night of 10/11 January", "night of 22/23 January") + "; the text's own Old Style equivalent")
date("Тогда же", "1863-01-22/1863-01-23", "day", kind="vague", derivation="anchored",
     note="'at the same time' as the night attacks of 22/23 January")
date("3 февраля", "1863-02-03", "day", derivation="anchored")
date("17 февраля", "1863-02-17", "day", derivation="anchored")
date("Через неделю", "1863-02-24", "day", derivation="computed", note="17 February + 7 days")
date("24 февраля", "1863-02-24", "day", derivation="anchored")
date("10 марта", "1863-03-10", "day", derivation="anchored")
date("через несколько дней", "1863-03-13/1863-03-19", "interval", derivation="computed",
     note="10 March + 3 to 9 days ('несколько' = 3–9)")
date("8 августа", "1863-08-08", "day", derivation="anchored")
date("Весной", "1863-21", "season", derivation="anchored", note="spring 1863: the narrative steps back")
date("В начале мая", "1863-05-01/1863-05-10", "interval", derivation="anchored")
date("27 июня", "1863-06-27", "day", derivation="anchored")
date("в мае", "1863-05", "month", derivation="anchored")
date("в конце января 1864 года", "1864-01-21/1864-01-31", "interval")
date("22 марта", "1864-03-22", "day", derivation="anchored")
date("В апреле 1863 года", "1863-04", "month")
date("летом", "1863-22", "season", derivation="anchored")
date("2 марта 1864 года", "1864-03-02", "day")
date("с осени 1863 года", "1863-23", "season", note="start of a period that goes on")
date("в ночь на 11 апреля 1864 года", "1864-04-10/1864-04-11", "day")
date("5 августа", "1864-08-05", "day", derivation="anchored")
date("К осени 1864 года", "1864-23", "season", note="'by autumn'")
date("Вскоре", "1864/1874", "interval", kind="vague", derivation="anchored",
     note="soon after the suppression of 1864; the steps the sentence lists run to 1874")
date("в 1874 году", "1874", "year")

# ---- places, in reading order
for quote, name in [
    ("Царства Польского", "Царство Польское"), ("Варшаве", "Варшава"), ("Плоцк", "Плоцк"),
    ("Венгрува", "Венгрув"), ("Мехув", "Мехув"), ("Малогоща", "Малогощ"),
    ("Гроховиск", "Гроховиски"), ("Галиции", "Галиция"), ("Жижина", "Жижин"),
    ("Литву", "Литва"), ("Белоруссию", "Белоруссия"), ("Ковенской губернии", "Ковенская губерния"),
    ("Биржей", "Биржи"), ("Вильне", "Вильна"), ("Северо-Западного края", "Северо-Западный край"),
    ("Сибирь", "Сибирь"), ("Литве", "Литва"), ("Вильне", "Вильна"),
    ("Великобритания", "Великобритания"), ("Франция", "Франция"), ("Австрия", "Австрия"),
    ("Петербургу", "Петербург"), ("России", "Россия"),
    ("Царства", "Царство Польское"), ("Варшаве", "Варшава"), ("Варшавской", "Варшава"),
    ("Сибирь", "Сибирь"), ("Царства", "Царство Польское"), ("Привислинским", "Привислинский край"),
]:
    place(quote, name)

NIGHT = ("В ночь на 23 января 1863 года (по старому стилю — в ночь на 11 января) небольшие отряды, "
         "вооружённые в основном косами, напали на русские гарнизоны в нескольких десятках местечек")

# ---- events
event("Набор", "Набор, проведённый в Варшаве в ночь на 15 января", "arrest",  # 0
      date="в ночь на 15 января", place="Варшава",
      note="forcible conscription: a night round-up of young men by name lists")
event("бежали", "многие юноши бежали в леса", "flight",  # 1
      date="в ночь на 15 января", place="Варшава", actors=[("многие юноши", "participant")],
      note="flight from Warsaw to escape the round-up; the forests are not a named place")
event("напали", NIGHT, "attack",  # 2
      date="В ночь на 23 января 1863 года", place="Царство Польское",
      actors=[("небольшие отряды", "agent"), ("русские гарнизоны", "target")],
      note="attacks in several dozen towns of the Kingdom, none named")
event("восстание", NIGHT + ", и так началось восстание", "uprising",  # 3
      date="В ночь на 23 января 1863 года", place="Царство Польское")
event("Атака", "Атака на Плоцк была отбита", "attack",  # 4
      date="в ночь на 11 января", place="Плоцк", assertion="failed",
      note="one of the night attacks of 22/23 January")
event("провозгласил себя", "Тогда же Центральный национальный комитет провозгласил себя Временным национальным "  # 5
      "правительством", "founding", date="Тогда же", place="Варшава",
      actors=[("Центральный национальный комитет", "agent"), ("Временным национальным правительством", "participant")],
      note="the committee sat in Warsaw (named earlier); the clause names no place")
event("декреты", "Тогда же Центральный национальный комитет провозгласил себя Временным национальным "  # 6
      "правительством и издал декреты о передаче крестьянам в собственность их наделов", "decree",
      date="Тогда же", place="Варшава",
      actors=[("Центральный национальный комитет", "agent"), ("крестьянам", "participant")],
      note="issued by the insurgent government in Warsaw; the clause names no place")
event("атаковали", "3 февраля у Венгрува русские войска атаковали собравшиеся там отряды, насчитывавшие, "  # 7
      "по разным оценкам, от 1 до 3 тыс. человек", "attack", date="3 февраля", place="Венгрув",
      actors=[("русские войска", "agent"), ("собравшиеся там отряды", "target")],
      quantities=[qty("от 1 до 3 тыс. человек", "participants", None, min=1000, max=3000, approximate=True)],
      note=NUM.format("'по разным оценкам'"))
event("бросились", "косинеры бросились на батарею, и многие из них погибли под картечью", "attack",  # 8
      date="3 февраля", place="Венгрув", actors=[("косинеры", "agent"), ("батарею", "target")],
      note="heavy, uncounted losses ('многие')")
event("взять", "17 февраля А. Куровский попытался взять Мехув, но был разбит", "capture",  # 9
      date="17 февраля", place="Мехув", assertion="failed", actors=[("А. Куровский", "agent")])
event("сгорел", "Город сгорел", "looting",  # 10
      date="17 февраля", place="Мехув", note="'Город' refers back to Miechów; destruction of the town")
event("добивали", "солдаты, как писали польские эмигранты, якобы добивали раненых", "massacre",  # 11
      date="17 февраля", place="Мехув", assertion="disputed",
      actors=[("солдаты", "agent"), ("раненых", "target")],
      note="attributed to émigré writers and doubted ('якобы'): killing of wounded insurgents")
event("сразился", "Через неделю, 24 февраля, у Малогоща отряд М. Лангевича сразился с колонной генерала "  # 12
      "Добровольского", "battle", date="24 февраля", place="Малогощ",
      actors=[("отряд М. Лангевича", "participant"), ("колонной генерала Добровольского", "participant")])
event("отошли", "после этого сражения повстанцы отошли на юг", "retreat",  # 13
      date="24 февраля", place="Малогощ", actors=[("повстанцы", "agent")],
      note="'этого сражения' refers back to Małogoszcz")
event("объявил себя диктатором", "10 марта Лангевич объявил себя диктатором восстания", "political_activity",  # 14
      date="10 марта", actors=[("Лангевич", "agent")], note="the text names no place")
event("разбитый", "через несколько дней, разбитый у Гроховиск", "battle",  # 15
      date="через несколько дней", place="Гроховиски",
      note="Langiewicz's force defeated; the adversary is not named")
event("перешёл", "он перешёл австрийскую границу", "retreat",  # 16
      date="через несколько дней", place="Галиция",
      note="Langiewicz ('он'); crossing into Austrian territory; place is the destination named in the next clause")
event("интернирован", "был интернирован в Галиции", "arrest",  # 17
      date="через несколько дней", place="Галиция",
      note="internment of Langiewicz by the Austrian authorities")
event("разгромил", "8 августа у Жижина отряд М. Гейденрейха разгромил русскую колонну, сопровождавшую транспорт "  # 18
      "с деньгами; по польским сведениям, противник потерял убитыми более 100 человек", "battle",
      date="8 августа", place="Жижин",
      actors=[("отряд М. Гейденрейха", "agent"), ("русскую колонну", "target")],
      quantities=[qty("более 100 человек", "fatalities", 100, min=100, approximate=True)],
      note=NUM.format("'по польским сведениям'"))
event("перекинулось", "Весной восстание перекинулось на Литву и Белоруссию", "uprising",  # 19
      date="Весной", place="Литва")
event("перекинулось", "Весной восстание перекинулось на Литву и Белоруссию", "uprising",  # 20
      date="Весной", place="Белоруссия")
event("возглавил", "В Ковенской губернии повстанцев возглавил З. Сераковский", "uprising",  # 21
      date="Весной", place="Ковенская губерния",
      actors=[("повстанцев", "agent"), ("З. Сераковский", "agent")])
event("окружён и разгромлен", "В начале мая близ Биржей его отряд был окружён и разгромлен", "battle",  # 22
      date="В начале мая", place="Биржи", actors=[("его отряд", "target")])
event("попал в плен", "раненый командир попал в плен", "arrest",  # 23
      date="В начале мая", place="Биржи", actors=[("раненый командир", "target")],
      note="Sierakowski taken prisoner")
event("повешен", "раненый командир попал в плен и 27 июня был повешен в Вильне", "execution",  # 24
      date="27 июня", place="Вильна", actors=[("раненый командир", "target")])
event("Назначенный", "Назначенный в мае генерал-губернатором Северо-Западного края М. Н. Муравьёв",  # 25
      "political_activity", date="в мае", place="Северо-Западный край",
      actors=[("М. Н. Муравьёв", "participant")])
event("вешали и расстреливали", "повстанцев вешали и расстреливали", "execution",  # 26
      date={"edtf": "1863-05/1864"}, place="Северо-Западный край",
      actors=[("М. Н. Муравьёв", "agent"), ("повстанцев", "target")],
      note="under Muravyov, from May 1863; the text gives no end")
event("высылали", "их родных высылали в Сибирь", "deportation",  # 27
      date={"edtf": "1863-05/1864"}, place="Сибирь",
      actors=[("М. Н. Муравьёв", "agent"), ("их родных", "target")],
      note="place is the destination, the only place the clause names; deported from the North-Western Krai")
event("конфисковывались", "имения участников конфисковывались", "looting",  # 28
      date={"edtf": "1863-05/1864"}, place="Северо-Западный край",
      actors=[("М. Н. Муравьёв", "agent"), ("имения участников", "target")],
      note="confiscation of estates by the authorities")
event("сжигались", "деревни, помогавшие отрядам, сжигались", "looting",  # 29
      date={"edtf": "1863-05/1864"}, place="Северо-Западный край",
      actors=[("М. Н. Муравьёв", "agent"), ("деревни, помогавшие отрядам", "target")],
      note="villages burned: property destruction")
event("казнили", "По официальным данным, в крае казнили 128 человек, по другим сведениям — больше",  # 30
      "execution", date={"edtf": "1863-05/1864"}, place="Северо-Западный край",
      assertion="reported", same_as=26,
      quantities=[qty("128 человек", "fatalities", 128)],
      note="official count; other accounts say more, without a figure")
event("схвачен", "Руководитель восстания в Литве К. Калиновский был схвачен в Вильне в конце января 1864 года",  # 31
      "arrest", date="в конце января 1864 года", place="Вильна", actors=[("К. Калиновский", "target")])
event("казнён", "а 22 марта казнён", "execution",  # 32
      date="22 марта", place="Вильна", actors=[("К. Калиновский", "target")])
event("вручили", "В апреле 1863 года Великобритания, Франция и Австрия вручили Петербургу ноты в защиту поляков",  # 33
      "political_activity", date="В апреле 1863 года", place="Петербург",
      actors=[("Великобритания", "agent"), ("Франция", "agent"), ("Австрия", "agent"),
              ("Петербургу", "target")],
      note="diplomatic notes delivered to the Russian government")
event("последовали", "а летом последовали повторные", "political_activity",  # 34
      date="летом", place="Петербург",
      actors=[("Великобритания", "agent"), ("Франция", "agent"), ("Австрия", "agent")],
      note="second round of notes; elided noun 'ноты'")
event("отклонил", "Министр иностранных дел А. М. Горчаков отклонил их", "political_activity",  # 35
      date="летом", place="Петербург", actors=[("А. М. Горчаков", "agent")],
      note="rejection of the notes")
event("вмешательства", "вооружённого вмешательства держав так и не последовало", "political_activity",  # 36
      date={"edtf": "1863"}, assertion="negated", actors=[("держав", "agent")],
      note="no entry into the war by the Western powers")
event("указами", "указами 2 марта 1864 года крестьяне Царства получили в собственность обрабатываемую ими землю",  # 37
      "decree", date="2 марта 1864 года", place="Царство Польское",
      actors=[("крестьяне Царства", "participant")])
event("возглавлявший", "Р. Траугутт, возглавлявший Национальное правительство с осени 1863 года",  # 38
      "political_activity", date="с осени 1863 года", place="Варшава",
      actors=[("Р. Траугутт", "participant")],
      note="Traugutt takes over the National Government; it sat in Warsaw, named in the same sentence (place evidence: the nearest mention before)")
event("арестован", "Последний диктатор Р. Траугутт, возглавлявший Национальное правительство с осени 1863 года, "  # 39
      "был арестован в Варшаве в ночь на 11 апреля 1864 года", "arrest",
      date="в ночь на 11 апреля 1864 года", place="Варшава", actors=[("Р. Траугутт", "target")])
event("повесили", "5 августа его вместе с четырьмя соратниками повесили у Варшавской цитадели", "execution",  # 40
      date="5 августа", place="Варшава",
      actors=[("Р. Траугутт", "target"), ("четырьмя соратниками", "target")],
      note="five hanged: Traugutt and four others")
event("уничтожены", "К осени 1864 года разрозненные отряды были почти полностью уничтожены", "suppression",  # 41
      date="К осени 1864 года", place="Царство Польское", actors=[("разрозненные отряды", "target")],
      note="the text names no place; the Kingdom is the theatre")
event("прошли", "через это восстание прошли более 100 тыс. человек, хотя одновременно сражалось около 30 тыс.; "  # 42
      "погибли, по разным подсчётам, от 10 до 20 тыс. повстанцев", "uprising",
      date={"edtf": "1863/1864"}, place="Царство Польское", same_as=3,
      quantities=[qty("более 100 тыс. человек", "participants", 100000, min=100000, approximate=True),
                  qty("около 30 тыс.", "participants", 30000, approximate=True),
                  qty("от 10 до 20 тыс. повстанцев", "fatalities", None, min=10000, max=20000,
                      approximate=True)],
      note="totals for the whole rising ('это восстание'); counts attributed to historians' estimates; "
           "30 thousand is the number in the field at any one time")
event("сосланы", "Десятки тысяч участников были сосланы в Сибирь", "deportation",  # 43
      date={"edtf": "1863/1864"}, place="Сибирь", actors=[("Десятки тысяч участников", "target")],
      quantities=[qty("Десятки тысяч", "displaced", None, min=20000, max=90000, approximate=True)],
      note="place is the destination, the only place the clause names")
event("ликвидировали", "Вскоре власти ликвидировали остатки автономии: было упразднено особое управление Царства",  # 44
      "abolition", date="Вскоре", place="Царство Польское", actors=[("власти", "agent")])
event("упразднено", "было упразднено особое управление Царства, в 1874 году — должность наместника",  # 45
      "abolition", date="в 1874 году", place="Царство Польское",
      note="elided verb: the office of viceroy abolished")
event("стали именовать", "а сам край официально стали именовать Привислинским", "political_activity",  # 46
      date="Вскоре", place="Привислинский край",
      note="renaming of the Kingdom; the text gives no date of its own")
