"""Gold spec for bench/heldout/second_anglo_sikh_war_1848_1849.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/second_anglo_sikh_war_1848_1849.txt"

gazetteer({
    "Сикхское государство": ("polity", 31.55, 74.34, None),
    "Пенджаб": ("region", 31.5, 73.5, None),
    "Лахор": ("settlement", 31.55, 74.34, "Q11739"),
    "Мултан": ("settlement", 30.2, 71.47, None),
    "Киньери": ("settlement", 29.9, 71.15, None),
    "Садусам": ("settlement", 30.17, 71.42, None),
    "Хазара": ("region", 34.15, 73.2, None),
    "Пешавар": ("settlement", 34.01, 71.58, None),
    "Барракпур": ("settlement", 22.76, 88.37, None),
    "Рави": ("river", 31.6, 74.3, None),
    "Рамнагар": ("settlement", 32.33, 73.78, None, "Расулнагар"),
    "Чинаб": ("river", 32.4, 73.85, None),
    "Садулпур": ("settlement", 32.45, 73.65, None),
    "Джелам": ("river", 32.93, 73.73, None),
    "Атток": ("settlement", 33.89, 72.24, None),
    "Чилианвала": ("settlement", 32.66, 73.6, None),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Индия": ("region", 22.0, 79.0, None),
    "Гуджрат": ("settlement", 32.57, 74.08, None),
    "Равалпинди": ("settlement", 33.6, 73.05, None),
    "Хайберский проход": ("mountain", 34.08, 71.1, None),
})

# ---- dates, in reading order (Gregorian, as the text states once)
date("1848–1849 гг.", "1848/1849", "interval")
date("в 1845–1846 гг.", "1845/1846", "interval")
date("18 апреля 1848 года", "1848-04-18", "day")
date("На следующий день", "1848-04-19", "day", derivation="computed", note="18 April + 1 day")
date("20 апреля", "1848-04-20", "day", derivation="anchored")
date("18 июня", "1848-06-18", "day", derivation="anchored")
date("1 июля", "1848-07-01", "day", derivation="anchored")
date("В начале августа", "1848-08-01/1848-08-10", "interval", derivation="anchored")
date("Тем временем", "1848-08", "month", kind="vague", derivation="anchored",
     note="'meanwhile': at the time of the August rising, before the siege of early September")
date("в начале сентября", "1848-09-01/1848-09-10", "interval", derivation="anchored")
date("14 сентября", "1848-09-14", "day", derivation="anchored")
date("вскоре", "1848-09-14/1848-09-30", "interval", kind="vague", derivation="anchored",
     note="soon after 14 September")
date("В конце октября", "1848-10-21/1848-10-31", "interval", derivation="anchored")
date("в октябре", "1848-10", "month", derivation="anchored")
date("16 ноября", "1848-11-16", "day", derivation="anchored")
date("22 ноября", "1848-11-22", "day", derivation="anchored")
date("3 декабря", "1848-12-03", "day", derivation="anchored")
date("между тем", "1848-12-03/1848-12-27", "interval", kind="vague", derivation="anchored",
     note="'meanwhile': after 3 December, before the siege resumed on 27 December")
date("27 декабря", "1848-12-27", "day", derivation="anchored")
date("2 января 1849 года", "1849-01-02", "day")
date("22 января", "1849-01-22", "day", derivation="anchored")
date("В начале января", "1849-01-01/1849-01-10", "interval", derivation="anchored")
date("13 января", "1849-01-13", "day", derivation="anchored")
date("21 февраля", "1849-02-21", "day", derivation="anchored")
date("12 марта", "1849-03-12", "day", derivation="anchored")
date("через два дня", "1849-03-14", "day", derivation="computed", note="12 March + 2 days")
date("29 марта 1849 года", "1849-03-29", "day")
date("Летом", "1849-22", "season", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Сикхского государства", "Сикхское государство"), ("Пенджабе", "Пенджаб"), ("Лахоре", "Лахор"),
    ("Мултане", "Мултан"), ("Киньери", None), ("Садусаме", "Садусам"),
    ("Хазаре", "Хазара"), ("Мултану", "Мултан"), ("Пешавара", "Пешавар"), ("Пешавар", None),
    ("Барракпуре", "Барракпур"), ("Рави", None), ("Рамнагара", "Рамнагар"), ("Чинабе", "Чинаб"),
    ("Садулпура", "Садулпур"), ("Джеламу", "Джелам"),
    ("Мултан", None), ("Атток", None),
    ("Чилианвала", None), ("Лондоне", "Лондон"), ("Индию", "Индия"),
    ("Мултана", "Мултан"), ("Гуджрата", "Гуджрат"), ("Равалпинди", None), ("Хайберский проход", None),
    ("Лахоре", "Лахор"), ("Пенджаба", "Пенджаб"), ("Лахоре", "Лахор"),
]:
    place(quote, name)

# ---- events
event("война", "Вторая англо-сикхская война 1848–1849 гг. положила конец независимости Сикхского "  # 0
      "государства в Пенджабе", "battle", date="1848–1849 гг.", place="Пенджаб",
      note="the war as a whole")
event("войне", "После поражения в первой войне с британцами в 1845–1846 гг.", "battle",  # 1
      date="в 1845–1846 гг.", place="Пенджаб", actors=[("британцами", "participant")],
      note="the First Anglo-Sikh War, named as background")
event("подал в отставку", "Правитель этой провинции диван Мулрадж подал в отставку", "political_activity",  # 2
      date={"edtf": "1848-01/1848-04-18"}, place="Мултан", actors=[("диван Мулрадж", "agent")],
      note="resignation; the text implies only that it came before 18 April 1848")
event("напали", "На следующий день на них напали", "attack",  # 3
      date="На следующий день", place="Мултан", actors=[("них", "target")],
      note="attack on the two British officials")
event("зарубили", "20 апреля солдаты гарнизона ворвались в их лагерь и зарубили обоих",  # 4
      "attack_on_civilians", date="20 апреля", place="Мултан",
      actors=[("солдаты гарнизона", "agent")], quantities=[qty("обоих", "fatalities", 2)],
      note="killing of the two British officials")
event("мятеж", "Мулрадж возглавил мятеж", "uprising",  # 5
      date={"edtf": "1848-04"}, place="Мултан", actors=[("Мулрадж", "agent")])
event("набрав ополчение", "Лейтенант Г. Эдвардс, набрав ополчение из пуштунов", "reinforcement",  # 6
      date={"edtf": "1848-04-20/1848-06-18"}, actors=[("Лейтенант Г. Эдвардс", "agent")],
      note="raising of levies; no place given")
event("разбил", "Лейтенант Г. Эдвардс, набрав ополчение из пуштунов, 18 июня разбил войско мятежников "  # 7
      "при Киньери", "battle", date="18 июня", place="Киньери",
      actors=[("Лейтенант Г. Эдвардс", "agent"), ("войско мятежников", "target")])
event("разбил", "18 июня разбил войско мятежников при Киньери, а 1 июля — при Садусаме", "battle",  # 8
      date="1 июля", place="Садусам", actors=[("войско мятежников", "target")])
event("поднял восстание", "В начале августа в Хазаре поднял восстание губернатор Чаттар Сингх Атаривала",  # 9
      "uprising", date="В начале августа", place="Хазара",
      actors=[("губернатор Чаттар Сингх Атаривала", "agent")])
event("подошёл", "Тем временем к Мултану подошёл корпус генерала У. Уиша", "reinforcement",  # 10
      date="Тем временем", place="Мултан", actors=[("корпус генерала У. Уиша", "agent")])
event("осаде", "в начале сентября он приступил к осаде", "siege",  # 11
      date="в начале сентября", place="Мултан", actors=[("корпус генерала У. Уиша", "agent")])
event("перешёл на сторону восставших", "14 сентября сын Чаттар Сингха, сардар Шер Сингх, посланный на "  # 12
      "помощь британцам, перешёл на сторону восставших", "political_activity",
      date="14 сентября", place="Мултан", actors=[("сардар Шер Сингх", "agent")],
      note="defection of the Sikh force sent to help the British")
event("снять осаду", "вскоре Уиш был вынужден снять осаду", "retreat",  # 13
      date="вскоре", place="Мултан", actors=[("Уиш", "agent")])
event("взбунтовался", "В конце октября взбунтовался сикхский гарнизон Пешавара", "mutiny",  # 14
      date="В конце октября", place="Пешавар", actors=[("сикхский гарнизон Пешавара", "agent")])
event("покинуть", "В конце октября взбунтовался сикхский гарнизон Пешавара, и британцам пришлось "  # 15
      "покинуть город", "retreat", date="В конце октября", place="Пешавар",
      actors=[("британцам", "agent")])
event("Союзником", "Союзником сикхов стал афганский эмир Дост Мухаммед", "political_activity",  # 16
      date={"edtf": "1848-10/1848-12"}, actors=[("афганский эмир Дост Мухаммед", "agent")],
      note="Afghanistan enters the war on the Sikh side")
event("вступила", "чья конница вступила в Пешавар", "occupation",  # 17
      date={"edtf": "1848-10/1848-12"}, place="Пешавар", actors=[("конница", "agent")],
      note="the Afghan emir's cavalry")
event("заявил", "Генерал-губернатор лорд Дальхузи заявил в октябре в Барракпуре, что сикхи сами "  # 18
      "захотели войны", "political_activity", date="в октябре", place="Барракпур",
      actors=[("Генерал-губернатор лорд Дальхузи", "agent")],
      note="in effect a declaration of war")
event("переправилась", "16 ноября армия главнокомандующего лорда Гофа переправилась через Рави",  # 19
      "reinforcement", date="16 ноября", place="Рави",
      actors=[("армия главнокомандующего лорда Гофа", "agent")])
event("атаковала", "22 ноября у Рамнагара на Чинабе британская кавалерия атаковала сикхские позиции",  # 20
      "attack", date="22 ноября", place="Рамнагар",
      actors=[("британская кавалерия", "agent"), ("сикхские позиции", "target")])
event("атака провалилась", "но атака провалилась", "attack",  # 21
      date="22 ноября", place="Рамнагар", assertion="failed", same_as=20)
event("бой", "3 декабря отряд генерала Дж. Теквелла выдержал бой у Садулпура", "battle",  # 22
      date="3 декабря", place="Садулпур", actors=[("отряд генерала Дж. Теквелла", "agent")])
event("отошёл", "Шер Сингх отошёл к Джеламу", "retreat",  # 23
      date={"edtf": "1848-12-03/1848-12-31"}, place="Джелам", actors=[("Шер Сингх", "agent")],
      occ=None, note="after the fight of 3 December; the place is the destination")
event("прибыли", "Под Мултан между тем прибыли подкрепления", "reinforcement",  # 24
      date="между тем", place="Мултан")
event("осада возобновилась", "27 декабря осада возобновилась", "siege",  # 25
      date="27 декабря", place="Мултан", same_as=11)
event("взят штурмом", "2 января 1849 года город был взят штурмом", "capture",  # 26
      date="2 января 1849 года", place="Мултан")
event("капитулировал", "22 января Мулрадж капитулировал вместе с гарнизоном цитадели", "capture",  # 27
      date="22 января", place="Мултан", actors=[("Мулрадж", "target"), ("гарнизоном цитадели", "target")],
      note="surrender of the citadel: it passes to the besiegers")
event("взят под стражу", "22 января Мулрадж капитулировал вместе с гарнизоном цитадели и был взят под стражу",  # 28
      "arrest", date="22 января", place="Мултан", actors=[("Мулрадж", "target")])
event("овладели", "В начале января афганцы и сикхи овладели крепостью Атток", "capture",  # 29
      date="В начале января", place="Атток", actors=[("афганцы", "agent"), ("сикхи", "agent")])
event("атаковал", "13 января Гоф атаковал у деревни Чилианвала главные силы Шер Сингха, по разным "  # 30
      "оценкам от 23 до 30 тыс. человек", "battle", date="13 января", place="Чилианвала",
      actors=[("Гоф", "agent"), ("главные силы Шер Сингха", "target")],
      quantities=[qty("от 23 до 30 тыс. человек", "participants", None, min=23000, max=30000,
                      approximate=True)],
      note="the battle is asserted; only the Sikh strength is given as varying estimates")
event("Сражение", "Сражение не принесло победы ни одной из сторон: британцы потеряли более 700 человек "  # 31
      "убитыми и около 1650 ранеными", "battle", date="13 января", place="Чилианвала", same_as=30,
      actors=[("британцы", "participant")],
      quantities=[qty("более 700 человек убитыми", "fatalities", 700, min=700, approximate=True),
                  qty("около 1650 ранеными", "wounded", 1650, approximate=True)])
event("назначили", "В Лондоне на смену Гофу назначили генерала Ч. Нейпира", "political_activity",  # 32
      date={"edtf": "1849-01/1849-03"}, place="Лондон", actors=[("генерала Ч. Нейпира", "participant")],
      note="appointment after Chillianwala; the text gives no date")
event("Получив подкрепление", "Получив подкрепление из-под Мултана, Гоф", "reinforcement",  # 33
      date={"edtf": "1849-01-22/1849-02-21"}, actors=[("Гоф", "agent")],
      note="troops freed at Multan join Gough before Gujrat; Multan is their origin, not the place")
event("сражение", "Гоф 21 февраля дал решающее сражение у Гуджрата", "battle",  # 34
      date="21 февраля", place="Гуджрат", actors=[("Гоф", "agent")],
      quantities=[qty("Около 24 тыс. британских и индийских солдат", "participants", 24000, approximate=True),
                  qty("до 60 тыс. сикхов и афганцев", "participants", 60000, max=60000, approximate=True)],
      note="strengths from the next sentence; the Sikh-Afghan figure is attributed to British data")
event("канонады", "После мощной канонады сикхская армия была разгромлена", "bombardment",  # 35
      date="21 февраля", place="Гуджрат")
event("разгромлена", "После мощной канонады сикхская армия была разгромлена", "battle",  # 36
      date="21 февраля", place="Гуджрат", actors=[("сикхская армия", "target")], same_as=34)
event("преследовал", "Генерал У. Гилберт преследовал отступавших", "attack",  # 37
      date={"edtf": "1849-02-21/1849-03-12"}, actors=[("Генерал У. Гилберт", "agent")],
      note="pursuit after Gujrat")
event("отступавших", "Генерал У. Гилберт преследовал отступавших", "retreat",  # 38
      date={"edtf": "1849-02-21/1849-03-12"}, note="the beaten Sikh army falls back")
event("сдались", "12 марта Шер Сингх и Чаттар Сингх сдались ему", "political_activity",  # 39
      date="12 марта", actors=[("Шер Сингх", "agent"), ("Чаттар Сингх", "agent")],
      note="surrender of the Sikh leaders; no place given in the clause")
event("сложили оружие", "через два дня у Равалпинди сложили оружие остатки их войска",  # 40
      "political_activity", date="через два дня", place="Равалпинди",
      actors=[("остатки их войска", "agent")], note="surrender of the Sikh army")
event("ушли", "Афганцы поспешно ушли за Хайберский проход", "retreat",  # 41
      date={"edtf": "1849-03"}, place="Хайберский проход", actors=[("Афганцы", "agent")],
      note="the place is the destination")
event("прокламация", "29 марта 1849 года в Лахоре была оглашена прокламация о присоединении Пенджаба",  # 42
      "decree", date="29 марта 1849 года", place="Лахор")
event("присоединении", "29 марта 1849 года в Лахоре была оглашена прокламация о присоединении Пенджаба "  # 43
      "к владениям Ост-Индской компании", "annexation", date="29 марта 1849 года", place="Пенджаб")
event("низложен", "Десятилетний Далип Сингх был низложен", "political_activity",  # 44
      date="29 марта 1849 года", place="Лахор", actors=[("Далип Сингх", "target")],
      note="deposition; the date is that of the proclamation just before")
event("поручили", "Управление краем поручили Совету, во главе которого встали братья Г. и Дж. Лоуренсы",  # 45
      "founding", date={"edtf": "1849-03/1849-04"}, place="Пенджаб",
      actors=[("Совету", "participant"), ("братья Г. и Дж. Лоуренсы", "participant")],
      note="the Board of Administration of the Punjab")
event("казнь", "Летом Мулраджа судили в Лахоре и приговорили к смерти, но казнь заменили пожизненной "  # 46
      "ссылкой", "execution", date="Летом", place="Лахор", actors=[("Мулраджа", "target")],
      assertion="negated", note="sentenced to death, but the sentence was commuted")
event("ссылкой", "Летом Мулраджа судили в Лахоре и приговорили к смерти, но казнь заменили пожизненной "  # 47
      "ссылкой", "deportation", date="Летом", actors=[("Мулраджа", "target")],
      note="life exile as the commuted sentence; no destination given")
