"""Gold spec for bench/heldout/november_uprising_1830_1831.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style, so day and month dates are taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/november_uprising_1830_1831.txt"

gazetteer({
    "Варшава": ("settlement", 52.23, 21.01, "Q270"),
    "Царство Польское": ("polity", 52.23, 21.01, None),
    "Петербург": ("settlement", 59.94, 30.31, "Q656"),
    "Сточек": ("settlement", 51.97, 21.97, None),
    "Грохов": ("settlement", 52.24, 21.11, None),
    "Прага": ("settlement", 52.25, 21.04, None),
    "Вавер": ("settlement", 52.2, 21.17, None),
    "Дембе-Вельке": ("settlement", 52.2, 21.45, None),
    "Игане": ("settlement", 52.15, 22.21, None),
    "Литва": ("region", 55.0, 24.5, None),
    "Волынь": ("region", 50.75, 25.33, None),
    "Подолия": ("region", 49.2, 27.5, None),
    "Галиция": ("region", 49.84, 24.03, None),
    "Остроленка": ("settlement", 53.08, 21.57, None),
    "Вильна": ("settlement", 54.69, 25.28, "Q216", "Вильнюс"),
    "Пруссия": ("polity", 54.0, 20.5, None),
    "Висла": ("river", 52.25, 21.04, "Q548"),
    "Осек": ("settlement", 52.96, 18.72, None),
    "Воля": ("settlement", 52.235, 20.96, None),
    "Модлин": ("settlement", 52.44, 20.71, None),
    "Плоцк": ("settlement", 52.55, 19.7, None),
    "Замостье": ("settlement", 50.72, 23.25, None, "Замосць"),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Сибирь": ("region", 60.0, 90.0, None),
})

# ---- dates, in reading order
date("1830–1831 годов", "1830/1831", "interval", note="in the title")
date("Вечером 29 ноября 1830 года", "1830-11-29", "day")
date("Ночью", "1830-11-29/1830-11-30", "day", derivation="anchored", note="the night after the evening of 29 November")
date("в начале декабря", "1830-12-01/1830-12-10", "interval", derivation="anchored")
date("5 декабря", "1830-12-05", "day", derivation="anchored")
date("В середине января", "1831-01-11/1831-01-20", "interval", derivation="anchored",
     note="the year follows from the narrative (after December 1830) and from '25 января 1831 года'")
date("25 января 1831 года", "1831-01-25", "day")
date("через пять дней", "1831-01-30", "day", derivation="computed", note="25 January + 5 days")
date("В начале февраля", "1831-02-01/1831-02-10", "interval", derivation="anchored")
date("14 февраля", "1831-02-14", "day", derivation="anchored")
date("25 февраля", "1831-02-25", "day", derivation="anchored")
date("Вскоре", "1831-02-25/1831-03-15", "interval", kind="vague", derivation="anchored",
     note="soon after the battle of 25 February")
date("Весной", "1831-21", "season", derivation="anchored")
date("31 марта", "1831-03-31", "day", derivation="anchored")
date("на следующий день", "1831-04-01", "day", derivation="computed", note="31 March + 1 day")
date("10 апреля", "1831-04-10", "day", derivation="anchored")
date("В конце марта", "1831-03-21/1831-03-31", "interval", derivation="anchored")
date("в апреле", "1831-04", "month", derivation="anchored")
date("27 апреля", "1831-04-27", "day", derivation="anchored")
date("26 мая", "1831-05-26", "day", derivation="anchored")
date("10 июня", "1831-06-10", "day", derivation="anchored")
date("в конце июня", "1831-06-21/1831-06-30", "interval", derivation="anchored")
date("19 июня", "1831-06-19", "day", derivation="anchored")
date("в середине июля", "1831-07-11/1831-07-20", "interval", derivation="anchored")
date("Во второй половине июля", "1831-07-16/1831-07-31", "interval", derivation="anchored")
date("В августе", "1831-08", "month", derivation="anchored")
date("15 августа", "1831-08-15", "day", derivation="anchored")
date("Через два дня", "1831-08-17", "day", derivation="computed", note="15 August + 2 days")
date("6 сентября", "1831-09-06", "day", derivation="anchored")
date("В ночь на 8 сентября", "1831-09-07/1831-09-08", "day", derivation="anchored")
date("утром", "1831-09-08", "day", derivation="anchored", note="the morning after the night on 8 September")
date("5 октября", "1831-10-05", "day", derivation="anchored")
date("9 октября", "1831-10-09", "day", derivation="anchored")
date("21 октября", "1831-10-21", "day", derivation="anchored")
date("26 февраля 1832 года", "1832-02-26", "day")

# ---- places, in reading order
for quote, name in [
    ("Варшаве", "Варшава"), ("Царства Польского", "Царство Польское"), ("Петербург", None),
    ("Царства", "Царство Польское"), ("Сточека", "Сточек"), ("Грохова", "Грохов"), ("Варшавы", "Варшава"),
    ("Прагу", "Прага"), ("Вавра", "Вавер"), ("Дембе-Вельке", None), ("Игане", None), ("Литвы", "Литва"),
    ("Волынь", None), ("Подолию", "Подолия"), ("Волынь", None), ("Галицию", "Галиция"),
    ("Остроленкой", "Остроленка"), ("Литву", "Литва"), ("Вильной", "Вильна"), ("Пруссию", "Пруссия"),
    ("Вислу", "Висла"), ("Осека", "Осек"), ("Варшаву", "Варшава"), ("варшавские", "Варшава"),
    ("Варшавы", "Варшава"), ("Волю", "Воля"), ("Модлину", "Модлин"), ("Плоцку", "Плоцк"),
    ("Модлин", None), ("Замостье", None), ("Францию", "Франция"), ("Сибирь", None),
    ("Царства", "Царство Польское"),
]:
    place(quote, name)

# ---- events
event("восстание", "Вечером 29 ноября 1830 года в Варшаве подхорунжие пехотной школы во главе с Петром "  # 0
      "Высоцким подняли вооружённое восстание", "uprising", date="Вечером 29 ноября 1830 года", place="Варшава",
      actors=[("подхорунжие пехотной школы", "agent")])
event("ворвались", "Заговорщики ворвались в Бельведерский дворец", "attack",  # 1
      date="Вечером 29 ноября 1830 года", place="Варшава",
      actors=[("Заговорщики", "agent"), ("великий князь Константин Павлович", "target")],
      note="the Belweder palace in Warsaw; the grand duke escaped")
event("захватили", "Ночью горожане захватили арсенал", "capture", date="Ночью", place="Варшава",  # 2
      actors=[("горожане", "agent")])
event("примкнули", "к повстанцам примкнули польские полки", "reinforcement", date="Ночью",  # 3
      place="Варшава", actors=[("польские полки", "agent"), ("повстанцам", "participant")],
      note="Polish regiments went over to the rising")
event("подавление", "Константин не решился на подавление мятежа", "suppression",  # 4
      date={"edtf": "1830-11-29/1830-11-30"}, place="Варшава", assertion="negated",
      actors=[("Константин", "agent")])
event("отошли", "русские части отошли из столицы", "retreat",  # 5
      date={"edtf": "1830-11-29/1830-11-30"}, place="Варшава", actors=[("русские части", "agent")],
      note="the text gives no day; the same night as the rising")
event("двинулись", "русские части отошли из столицы, а в начале декабря двинулись к восточной границе "  # 6
      "Царства Польского", "retreat", date="в начале декабря", place="Царство Польское",
      actors=[("русские части", "agent")], note="withdrawal out of the Kingdom")
event("провозгласил", "5 декабря генерал Юзеф Хлопицкий провозгласил себя диктатором", "political_activity",  # 7
      date="5 декабря", place="Варшава", actors=[("генерал Юзеф Хлопицкий", "agent")])
event("направил посланцев", "Он рассчитывал на примирение и направил посланцев в Петербург", "negotiations",  # 8
      date={"edtf": "1830-12/1831-01"}, place="Петербург",
      note="the emperor answered by demanding unconditional submission")
event("сложил власть", "В середине января Хлопицкий сложил власть", "political_activity",  # 9
      date="В середине января", place="Варшава", actors=[("Хлопицкий", "agent")])
event("низложенным", "25 января 1831 года сейм объявил Николая I низложенным с польского престола",  # 10
      "political_activity", date="25 января 1831 года", place="Варшава",
      actors=[("сейм", "agent"), ("Николая I", "target")], note="dethronement")
event("образовано", "через пять дней было образовано Национальное правительство во главе с князем Адамом "  # 11
      "Чарторыйским", "founding", date="через пять дней", place="Варшава",
      actors=[("Национальное правительство", "participant")])
event("вступила в пределы", "В начале февраля армия фельдмаршала И. И. Дибича, насчитывавшая около 120 тыс. "  # 12
      "человек, вступила в пределы Царства", "attack", date="В начале февраля", place="Царство Польское",
      actors=[("армия фельдмаршала И. И. Дибича", "agent")],
      quantities=[qty("около 120 тыс. человек", "participants", 120000, approximate=True)])
event("разбил", "14 февраля корпус Юзефа Дверницкого разбил у Сточека конницу генерала Гейсмара", "battle",  # 13
      date="14 февраля", place="Сточек",
      actors=[("корпус Юзефа Дверницкого", "agent"), ("конницу генерала Гейсмара", "target")])
event("сражение", "25 февраля у Грохова, близ Варшавы, произошло кровопролитное сражение: около 40 тыс. "  # 14
      "поляков сдерживали натиск почти 60 тыс. русских", "battle", date="25 февраля", place="Грохов",
      actors=[("поляков", "participant"), ("русских", "participant")],
      quantities=[qty("около 40 тыс. поляков", "participants", 40000, approximate=True),
                  qty("почти 60 тыс. русских", "participants", 60000, max=60000, approximate=True)])
event("отступили", "Польские войска отступили в Прагу", "retreat",  # 15
      date={"edtf": "1831-02-25/1831-02-26"}, place="Прага", actors=[("Польские войска", "agent")],
      note="after the battle of 25 February; Praga is the Warsaw suburb across the Vistula")
event("штурм", "Дибич так и не отважился на штурм", "attack",  # 16
      date={"edtf": "1831-02-25/1831-03-31"}, place="Варшава", assertion="negated",
      actors=[("Дибич", "agent")], note="an assault on the capital that was not made")
event("назначен", "Вскоре главнокомандующим был назначен генерал Ян Скшинецкий", "political_activity",  # 17
      date="Вскоре", actors=[("генерал Ян Скшинецкий", "participant")], note="appointment")
event("атаковал", "31 марта Скшинецкий внезапно атаковал противника у Вавра", "attack",  # 18
      date="31 марта", place="Вавер", actors=[("Скшинецкий", "agent"), ("противника", "target")])
event("разгромил", "на следующий день разгромил корпус Розена под Дембе-Вельке, взяв несколько тысяч пленных",  # 19
      "battle", date="на следующий день", place="Дембе-Вельке", actors=[("корпус Розена", "target")],
      quantities=[qty("несколько тысяч пленных", "prisoners", None, min=3000, max=9000, approximate=True)])
event("одержал победу", "10 апреля Игнаций Прондзинский одержал победу при Игане", "battle",  # 20
      date="10 апреля", place="Игане", actors=[("Игнаций Прондзинский", "agent")])
event("поднялись", "В конце марта поднялись шляхта и крестьяне Литвы", "uprising",  # 21
      date="В конце марта", place="Литва", actors=[("шляхта", "agent"), ("крестьяне", "agent")])
event("охватило", "восстание охватило также Волынь и Подолию", "uprising", date="Весной",  # 22
      place="Волынь")
event("охватило", "восстание охватило также Волынь и Подолию", "uprising", date="Весной",  # 23
      place="Подолия")
event("вступивший", "Дверницкий, вступивший в апреле на Волынь", "reinforcement", date="в апреле",  # 24
      place="Волынь", actors=[("Дверницкий", "agent")])
event("перешёл", "27 апреля перешёл в Галицию", "retreat", date="27 апреля", place="Галиция",  # 25
      actors=[("Дверницкий", "agent")], note="pressed against the Austrian border, crossed into Austrian Galicia")
event("интернировали", "где его отряд интернировали", "arrest", date="27 апреля", place="Галиция",  # 26
      actors=[("его отряд", "target")], note="interned by the Austrian authorities")
event("поражение", "26 мая под Остроленкой Дибич нанёс главным силам Скшинецкого тяжёлое поражение: поляки "  # 27
      "потеряли убитыми и ранеными более 6 тыс. человек", "battle", date="26 мая", place="Остроленка",
      actors=[("Дибич", "agent"), ("главным силам Скшинецкого", "target")],
      quantities=[qty("более 6 тыс. человек", "fatalities", 6000, min=6000, approximate=True)],
      note="the count is killed and wounded together")
event("возглавил", "в конце июня войска возглавил граф И. Ф. Паскевич", "political_activity",  # 28
      date="в конце июня", actors=[("граф И. Ф. Паскевич", "agent")],
      note="took command after the field marshal's death from cholera")
event("посланный", "Корпус Антония Гелгуда, посланный в Литву", "reinforcement",  # 29
      date={"edtf": "1831-05-26/1831-06-19"}, place="Литва", actors=[("Корпус Антония Гелгуда", "agent")],
      note="sent after Ostrołęka, before the attempt on Vilna")
event("пытался овладеть", "Корпус Антония Гелгуда, посланный в Литву, 19 июня безуспешно пытался овладеть "  # 30
      "Вильной", "attack", date="19 июня", place="Вильна", assertion="failed",
      actors=[("Корпус Антония Гелгуда", "agent")])
event("отступил", "в середине июля отступил в Пруссию", "retreat", date="в середине июля", place="Пруссия",  # 31
      actors=[("Корпус Антония Гелгуда", "agent")])
event("переправился", "Во второй половине июля Паскевич переправился через Вислу у Осека", "reinforcement",  # 32
      date="Во второй половине июля", place="Осек", actors=[("Паскевич", "agent")],
      note="river crossing of the main army")
event("двинулся", "Паскевич переправился через Вислу у Осека и двинулся на Варшаву с запада", "reinforcement",  # 33
      date="Во второй половине июля", place="Варшава", actors=[("Паскевич", "agent")],
      note="advance on the capital")
event("обложили", "В августе русские войска обложили столицу", "siege", date="В августе", place="Варшава",  # 34
      actors=[("русские войска", "agent")])
event("ворвалась", "15 августа толпа ворвалась в варшавские тюрьмы", "riot", date="15 августа",  # 35
      place="Варшава", actors=[("толпа", "agent")])
event("растерзала", "15 августа толпа ворвалась в варшавские тюрьмы и растерзала более 30 заключённых, в том "  # 36
      "числе генералов, обвинённых в измене", "massacre", date="15 августа", place="Варшава",
      actors=[("толпа", "agent"), ("заключённых", "target")],
      quantities=[qty("более 30 заключённых", "fatalities", 30, min=30, approximate=True)])
event("власть перешла", "Через два дня власть перешла к генералу Яну Круковецкому", "political_activity",  # 37
      date="Через два дня", place="Варшава", actors=[("генералу Яну Круковецкому", "participant")])
event("штурм", "6 сентября около 78 тыс. русских солдат начали штурм Варшавы, которую обороняли примерно "  # 38
      "35 тыс. человек", "attack", date="6 сентября", place="Варшава",
      actors=[("русских солдат", "agent")],
      quantities=[qty("около 78 тыс. русских солдат", "participants", 78000, approximate=True),
                  qty("примерно 35 тыс. человек", "participants", 35000, approximate=True)])
event("бою", "В бою за Волю пал генерал Юзеф Совиньский", "battle", date="6 сентября", place="Воля",  # 39
      actors=[("генерал Юзеф Совиньский", "target")], note="the general was killed")
event("взорван", "один из редутов был взорван", "explosion", date="6 сентября", place="Воля",  # 40
      note="a redoubt of the Wola line")
event("подписал капитуляцию", "В ночь на 8 сентября Круковецкий подписал капитуляцию", "treaty",  # 41
      date="В ночь на 8 сентября", place="Варшава", actors=[("Круковецкий", "agent")])
event("вступила", "утром русская армия вступила в город", "recapture", date="утром", place="Варшава",  # 42
      actors=[("русская армия", "agent")], note="entry after the capitulation that ended the storm")
event("отошли", "Остатки польских войск отошли к Модлину и Плоцку", "retreat",  # 43
      date={"edtf": "1831-09"}, place="Модлин", actors=[("Остатки польских войск", "agent")])
event("отошли", "Остатки польских войск отошли к Модлину и Плоцку", "retreat",  # 44
      date={"edtf": "1831-09"}, place="Плоцк", actors=[("Остатки польских войск", "agent")])
event("перешли прусскую границу", "5 октября около 20 тыс. солдат под командованием Мацея Рыбиньского "  # 45
      "перешли прусскую границу и сложили оружие", "retreat", date="5 октября", place="Пруссия",
      actors=[("солдат под командованием Мацея Рыбиньского", "agent")],
      quantities=[qty("около 20 тыс. солдат", "participants", 20000, approximate=True)],
      note="the place is named only by the adjective 'прусскую'; the army laid down its arms")
event("капитулировал", "Модлин капитулировал 9 октября", "recapture", date="9 октября", place="Модлин",  # 46
      note="the fortress surrendered to the Russian army")
event("капитулировал", "Модлин капитулировал 9 октября, Замостье — 21 октября", "recapture",  # 47
      date="21 октября", place="Замостье", note="the fortress surrendered to the Russian army")
event("эмигрировали", "От 8 до 10 тыс. участников восстания эмигрировали, большей частью во Францию",  # 48
      "flight", date={"edtf": "1831-10/1832"}, place="Франция",
      actors=[("участников восстания", "participant")],
      quantities=[qty("От 8 до 10 тыс. участников восстания", "displaced", None, min=8000, max=10000,
                      approximate=True)],
      note="the place is the destination; the text gives no date")
event("сосланы", "Тысячи других были сосланы в Сибирь", "deportation", date={"edtf": "1831-09/1832"},  # 49
      place="Сибирь", actors=[("Тысячи других", "target")],
      quantities=[qty("Тысячи других", "displaced", None, min=2000, max=9000, approximate=True)],
      note="the place is the destination; the text gives no date")
event("Органический статут", "26 февраля 1832 года Органический статут упразднил польский сейм и армию "  # 50
      "Царства", "decree", date="26 февраля 1832 года", place="Царство Польское")
event("упразднил", "26 февраля 1832 года Органический статут упразднил польский сейм и армию Царства",  # 51
      "abolition", date="26 февраля 1832 года", place="Царство Польское",
      actors=[("польский сейм", "target"), ("армию Царства", "target")])
