"""Gold spec for bench/heldout/irish_independence_1916_1923.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are New Style (Gregorian), so no conversion is needed.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/irish_independence_1916_1923.txt"

gazetteer({
    "Ирландия": ("region", 53.4, -8.0, "Q22890"),
    "Дублин": ("settlement", 53.35, -6.26, "Q1761"),
    "Ирландская республика": ("polity", 53.35, -6.26, None),
    "Лиффи": ("river", 53.346, -6.27, None),
    "Уэльс": ("region", 52.3, -3.7, "Q25"),
    "Килмейнем": ("settlement", 53.342, -6.309, None),
    "Солохедбег": ("settlement", 52.51, -8.10, None),
    "графство Типперэри": ("region", 52.67, -7.83, None),
    "Эштаун": ("settlement", 53.375, -6.33, None),
    "Балбригган": ("settlement", 53.61, -6.18, None),
    "Килмайкл": ("settlement", 51.82, -9.07, None),
    "графство Корк": ("region", 51.95, -8.85, None),
    "Манстер": ("region", 52.35, -8.65, None),
    "Корк": ("settlement", 51.90, -8.47, "Q36647"),
    "Лондон": ("settlement", 51.51, -0.13, "Q84"),
    "Ольстер": ("region", 54.6, -6.9, None),
    "Ирландское свободное государство": ("polity", 53.35, -6.26, None),
    "Лимерик": ("settlement", 52.66, -8.63, None),
    "Уотерфорд": ("settlement", 52.26, -7.11, None),
    "Бел-на-Бла": ("settlement", 51.81, -8.85, None),
    "горы Нокмилдаун": ("mountain", 52.23, -7.92, None),
})

# ---- dates, in reading order
date("24 апреля 1916 года", "1916-04-24", "day")
date("26 апреля", "1916-04-26", "day", derivation="anchored")
date("почти недельных", None, None, kind="duration", duration="P1W", note="approximate: almost a week")
date("29 апреля", "1916-04-29", "day", derivation="anchored")
date("С 3 по 12 мая", "1916-05-03/1916-05-12", "interval", derivation="anchored")
date("в декабре 1918 года", "1918-12", "month")
date("21 января 1919 года", "1919-01-21", "day")
date("В тот же день", "1919-01-21", "day", derivation="anchored")
date("в декабре 1919 года", "1919-12", "month")
date("в апреле 1920 года", "1920-04", "month")
date("С весны 1920 года", "1920-21", "season", note="start of a process that goes on")
date("летом", "1920-22", "season", derivation="anchored")
date("В ночь на 21 сентября", "1920-09-20/1920-09-21", "day", derivation="anchored")
date("Утром 21 ноября", "1920-11-21", "day", derivation="anchored", note="the morning of the day")
date("Днём", "1920-11-21", "day", derivation="anchored", note="the afternoon of 21 November")
date("Через неделю", "1920-11-28", "day", derivation="computed", note="21 November + 7 days")
date("10 декабря", "1920-12-10", "day", derivation="anchored")
date("в ночь на 12 декабря", "1920-12-11/1920-12-12", "day", derivation="anchored")
date("К лету 1921 года", "1921-22", "season", note="'by summer': the state held by then")
date("11 июля", "1921-07-11", "day", derivation="anchored")
date("6 декабря", "1921-12-06", "day", derivation="anchored")
date("7 января 1922 года", "1922-01-07", "day")
date("Через девять дней", "1922-01-16", "day", derivation="computed", note="7 January + 9 days")
date("В апреле", "1922-04", "month", derivation="anchored")
date("28 июня", "1922-06-28", "day", derivation="anchored")
date("через два дня", "1922-06-30", "day", derivation="computed", note="28 June + 2 days")
date("около недели", None, None, kind="duration", duration="P1W", note="approximate")
date("В июле", "1922-07", "month", derivation="anchored")
date("10 августа", "1922-08-10", "day", derivation="anchored")
date("22 августа", "1922-08-22", "day", derivation="anchored")
date("С ноября", "1922-11", "month", derivation="anchored", note="start of a process that goes on")
date("6 декабря 1922 года", "1922-12-06", "day")
date("На следующий день", "1922-12-07", "day", derivation="computed", note="6 December + 1 day")
date("8 декабря", "1922-12-08", "day", derivation="anchored")
date("10 апреля 1923 года", "1923-04-10", "day")
date("24 мая", "1923-05-24", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Ирландии", "Ирландия"), ("Дублине", "Дублин"), ("Ирландскую республику", "Ирландская республика"),
    ("Дублинский", "Дублин"), ("Лиффи", None), ("Уэльсе", "Уэльс"), ("Килмейнемской", "Килмейнем"),
    ("Дублине", "Дублин"), ("Солохедбега", "Солохедбег"), ("графстве Типперэри", "графство Типперэри"),
    ("Эштауна", "Эштаун"),
    ("Ирландию", "Ирландия"), ("Балбригган", None), ("Дублином", "Дублин"), ("Килмайкла", "Килмайкл"),
    ("графстве Корк", "графство Корк"), ("Манстере", "Манстер"), ("Корка", "Корк"),
    ("Лондоне", "Лондон"), ("Ирландия", None), ("Ольстера", "Ольстер"), ("Дублинский", "Дублин"),
    ("Дублине", "Дублин"), ("Свободного государства", "Ирландское свободное государство"),
    ("Лимерик", None), ("Уотерфорд", None), ("Корк", None), ("Бел-на-Бла", None),
    ("Ирландское свободное государство", None), ("горах Нокмилдаун", "горы Нокмилдаун"),
]:
    place(quote, name)

RISING = {"edtf": "1916-04-24/1916-04-29"}

# ---- events
# 1916: the Easter Rising
event("восстания", "Борьба Ирландии за независимость (даты даны по новому стилю) началась с Пасхального "  # 0
      "восстания", "uprising", date=RISING, place="Дублин",
      note="dates implied by the following sentences (24-29 April); place named in the next sentence")
event("захватили", "24 апреля 1916 года около 1200 повстанцев захватили в Дублине Главный почтамт",  # 1
      "capture", date="24 апреля 1916 года", place="Дублин", actors=[("повстанцев", "agent")],
      quantities=[qty("около 1200 повстанцев", "participants", 1200, approximate=True)])
event("провозгласил", "где П. Пирс провозгласил Ирландскую республику", "founding",  # 2
      date="24 апреля 1916 года", place="Ирландская республика", actors=[("П. Пирс", "agent")],
      note="proclaimed at the General Post Office in Dublin")
event("взять", "Попытка взять Дублинский замок не удалась", "attack",  # 3
      date=RISING, place="Дублин", assertion="failed",
      note="the text gives no day; dated to the rising (24-29 April)")
event("стянули", "Британцы стянули в столицу подкрепления", "reinforcement",  # 4
      date=RISING, place="Дублин", actors=[("Британцы", "agent")],
      note="'столица' refers back to Dublin")
event("обстреляла", "26 апреля канонерка «Хельга» с реки Лиффи обстреляла штаб профсоюзов", "bombardment",  # 5
      date="26 апреля", place="Дублин", actors=[("канонерка «Хельга»", "agent")],
      note="fired from the river Liffey at a building in Dublin")
event("боёв", "После почти недельных боёв", "uprising", date=RISING, place="Дублин", same_as=0)  # 6
event("капитуляцию", "29 апреля, Пирс подписал капитуляцию", "suppression",  # 7
      date="29 апреля", place="Дублин", actors=[("Пирс", "target")],
      note="the rebels' surrender ends the rising")
event("Восстание", "Восстание унесло около 480 жизней", "uprising", date=RISING, place="Дублин",  # 8
      same_as=0, quantities=[qty("около 480 жизней", "fatalities", 480, approximate=True)])
event("арестованы", "Более 3 тыс. человек были арестованы", "arrest",  # 9
      date={"edtf": "1916-04-29/1916-05-31"}, place="Ирландия",
      quantities=[qty("Более 3 тыс. человек", "prisoners", 3000, min=3000, approximate=True)],
      note="after the surrender; no place given, coded at country level")
event("интернированы", "около 1800 интернированы в Уэльсе", "arrest",  # 10
      date={"edtf": "1916-05/1916-12"}, place="Уэльс",
      quantities=[qty("около 1800", "prisoners", 1800, approximate=True)],
      note="internment in a camp in Wales")
event("расстреляли", "С 3 по 12 мая в Килмейнемской тюрьме расстреляли 14 руководителей", "execution",  # 11
      date="С 3 по 12 мая", place="Килмейнем", actors=[("14 руководителей", "target")],
      quantities=[qty("14 руководителей", "fatalities", 14)])
event("исполнен", "приговор Э. де Валере исполнен не был", "execution",  # 12
      date="С 3 по 12 мая", place="Килмейнем", assertion="negated", actors=[("Э. де Валере", "target")])

# 1918-1920: elections, the Dáil, the war of independence
event("выборах", "На выборах в декабре 1918 года Шинн Фейн получила 73 из 105 ирландских мест", "election",  # 13
      date="в декабре 1918 года", place="Ирландия", actors=[("Шинн Фейн", "participant")])
event("собрались", "Её депутаты 21 января 1919 года собрались в Дублине как Дойл Эрен", "founding",  # 14
      date="21 января 1919 года", place="Дублин", actors=[("Дойл Эрен", "participant")])
event("приняли декларацию независимости", "Её депутаты 21 января 1919 года собрались в Дублине как Дойл Эрен "  # 15
      "и приняли декларацию независимости", "founding", date="21 января 1919 года", place="Дублин",
      actors=[("Дойл Эрен", "agent")], note="declaration of independence")
event("застрелили", "В тот же день у Солохедбега, в графстве Типперэри, добровольцы застрелили двух "  # 16
      "полицейских", "attack", date="В тот же день", place="Солохедбег",
      actors=[("добровольцы", "agent"), ("двух полицейских", "target")],
      quantities=[qty("двух полицейских", "fatalities", 2)])
event("нападала", "Ирландская республиканская армия (ИРА) нападала на полицейские казармы", "attack",  # 17
      date={"edtf": "1919-01/1921-07"}, place="Ирландия",
      actors=[("Ирландская республиканская армия", "agent")],
      note="repeated attacks, no date or place given; coded at country level")
event("покушение", "покушение на лорда-наместника Френча у Эштауна в декабре 1919 года провалилось", "attack",  # 18
      date="в декабре 1919 года", place="Эштаун", assertion="failed",
      actors=[("лорда-наместника Френча", "target")])
event("сожгли", "По данным британских властей, в апреле 1920 года повстанцы сожгли более 300 покинутых "  # 19
      "казарм", "looting", date="в апреле 1920 года", place="Ирландия", assertion="reported",
      actors=[("повстанцы", "agent")], note="a count of buildings, not an event quantity")

# 1920: the Black and Tans, the Auxiliaries, reprisals, Bloody Sunday
event("прибывали", "С весны 1920 года в Ирландию прибывали «чёрно-пегие»", "reinforcement",  # 20
      date="С весны 1920 года", place="Ирландия", actors=[("чёрно-пегие", "agent")])
event("прибывали", "С весны 1920 года в Ирландию прибывали «чёрно-пегие», а летом — вспомогательная дивизия",  # 21
      "reinforcement", date="летом", place="Ирландия", actors=[("вспомогательная дивизия", "agent")])
event("сожгли", "В ночь на 21 сентября «чёрно-пегие» в отместку сожгли и разграбили Балбригган",  # 22
      "looting", date="В ночь на 21 сентября", place="Балбригган", actors=[("чёрно-пегие", "agent")],
      note="a reprisal")
event("застрелили", "Утром 21 ноября люди М. Коллинза застрелили в столице 14 человек, в основном британских "  # 23
      "разведчиков", "attack", date="Утром 21 ноября", place="Дублин",
      actors=[("люди М. Коллинза", "agent"), ("британских разведчиков", "target")],
      quantities=[qty("14 человек", "fatalities", 14)], note="'столица' refers back to Dublin")
event("открыли огонь", "Днём британские силы открыли огонь по зрителям матча на стадионе «Кроук Парк»: "  # 24
      "погибли 14 человек, десятки ранены", "attack_on_civilians", date="Днём", place="Дублин",
      actors=[("британские силы", "agent"), ("зрителям матча", "target")],
      quantities=[qty("14 человек", "fatalities", 14),
                  qty("десятки", "wounded", None, min=20, max=90, approximate=True)])
event("выстрелы", "Власти утверждали, что они якобы ответили на выстрелы пикетов ИРА", "attack",  # 25
      date="Днём", place="Дублин", assertion="disputed", actors=[("пикетов ИРА", "agent")],
      note="the authorities' claim, doubted by the text ('якобы')")
event("уничтожила", "Через неделю у Килмайкла, в графстве Корк, колонна Т. Барри уничтожила патруль "  # 26
      "вспомогательной дивизии: погибли 17 британцев", "attack", date="Через неделю", place="Килмайкл",
      actors=[("колонна Т. Барри", "agent"), ("патруль вспомогательной дивизии", "target")],
      quantities=[qty("17 британцев", "fatalities", 17)])
event("ввели военное положение", "10 декабря в Манстере ввели военное положение", "decree",  # 27
      date="10 декабря", place="Манстер")
event("сожгли", "в ночь на 12 декабря «вспомогательные» сожгли центр Корка и городскую ратушу", "looting",  # 28
      date="в ночь на 12 декабря", place="Корк", actors=[("вспомогательные", "agent")])

# 1921: the truce and the treaty
event("интернировано", "К лету 1921 года было интернировано более 4 тыс. человек", "arrest",  # 29
      date="К лету 1921 года", place="Ирландия",
      quantities=[qty("более 4 тыс. человек", "prisoners", 4000, min=4000, approximate=True)],
      note="internment; coded at country level")
event("война", "война унесла более 2 тыс. жизней", "battle",  # 30
      date={"edtf": "1919-01-21/1921-07-11"}, place="Ирландия",
      quantities=[qty("более 2 тыс. жизней", "fatalities", 2000, min=2000, approximate=True)],
      note="the war of independence as a whole, from Soloheadbeg to the truce")
event("перемирие", "11 июля вступило в силу перемирие", "treaty", date="11 июля", place="Ирландия")  # 31
event("Переговоры", "Переговоры в Лондоне завершились 6 декабря", "negotiations",  # 32
      date={"edtf": "1921-07-11/1921-12-06"}, place="Лондон",
      note="between the truce and their end on 6 December; the text gives no start")
event("подписанием", "Переговоры в Лондоне завершились 6 декабря подписанием англо-ирландского договора",  # 33
      "treaty", date="6 декабря", place="Лондон")
event("одобрил", "7 января 1922 года Дойл одобрил договор", "political_activity",  # 34
      date="7 января 1922 года", place="Дублин", actors=[("Дойл", "agent")], note="ratification")
event("передали", "Через девять дней британцы передали Дублинский замок Временному правительству Коллинза",  # 35
      "territorial_transfer", date="Через девять дней", place="Дублин",
      actors=[("британцы", "agent"), ("Временному правительству Коллинза", "participant")])

# 1922-1923: the civil war
event("заняли", "В апреле противники договора заняли в Дублине здание Четырёх судов", "capture",  # 36
      date="В апреле", place="Дублин", actors=[("противники договора", "agent")])
event("обстрел", "28 июня правительственная армия начала его обстрел", "bombardment",  # 37
      date="28 июня", place="Дублин", actors=[("правительственная армия", "agent")],
      note="the shelling of the Four Courts")
event("гражданскую войну", "28 июня правительственная армия начала его обстрел, открыв гражданскую войну",  # 38
      "battle", date="28 июня", place="Ирландия", note="the civil war as a whole begins")
event("сдался", "через два дня гарнизон сдался", "recapture", date="через два дня", place="Дублин",  # 39
      actors=[("гарнизон", "target")], note="the Four Courts garrison surrenders to the government army")
event("взрыв", "через два дня гарнизон сдался, а взрыв уничтожил архив", "explosion",  # 40
      date="через два дня", place="Дублин")
event("Бои", "Бои в столице шли ещё около недели", "battle",  # 41
      date={"edtf": "1922-06-30/1922-07-07"}, place="Дублин",
      note="30 June + about a week; 'столица' refers back to Dublin")
event("взяли", "В июле войска Свободного государства взяли Лимерик", "recapture",  # 42
      date="В июле", place="Лимерик", actors=[("войска Свободного государства", "agent")])
event("взяли", "В июле войска Свободного государства взяли Лимерик и Уотерфорд", "recapture",  # 43
      date="В июле", place="Уотерфорд", actors=[("войска Свободного государства", "agent")])
event("взяли", "В июле войска Свободного государства взяли Лимерик и Уотерфорд, а 10 августа, высадившись "  # 44
      "с моря, — Корк", "recapture", date="10 августа", place="Корк",
      actors=[("войска Свободного государства", "agent")], note="elided verb; a landing from the sea")
event("засаде", "22 августа в засаде у Бел-на-Бла был убит Коллинз", "attack",  # 45
      date="22 августа", place="Бел-на-Бла", actors=[("Коллинз", "target")])
event("расстреливали", "С ноября власти расстреливали пленных", "execution",  # 46
      date="С ноября", place="Ирландское свободное государство",
      actors=[("власти", "agent"), ("пленных", "target")])
event("казнили", "всего казнили от 77 до 81 человека", "execution",  # 47
      date={"edtf": "1922-11/1923-05"}, place="Ирландское свободное государство", same_as=46,
      quantities=[qty("от 77 до 81 человека", "fatalities", None, min=77, max=81)])
event("учреждено", "6 декабря 1922 года было учреждено Ирландское свободное государство", "founding",  # 48
      date="6 декабря 1922 года", place="Ирландское свободное государство")
event("застрелили", "На следующий день республиканцы застрелили депутата Ш. Хейлза", "attack",  # 49
      date="На следующий день", place="Дублин",
      actors=[("республиканцы", "agent"), ("депутата Ш. Хейлза", "target")])
event("расстреляли", "8 декабря в тюрьме Маунтджой без суда расстреляли четверых их вожаков", "execution",  # 50
      date="8 декабря", place="Дублин", actors=[("четверых их вожаков", "target")],
      quantities=[qty("четверых их вожаков", "fatalities", 4)],
      note="Mountjoy prison is in Dublin; a reprisal for the killing the day before")
event("стычке", "10 апреля 1923 года в стычке в горах Нокмилдаун погиб начальник штаба республиканцев Л. Линч",  # 51
      "battle", date="10 апреля 1923 года", place="горы Нокмилдаун",
      actors=[("начальник штаба республиканцев Л. Линч", "target")])
event("приказал", "24 мая его преемник Ф. Эйкен приказал прекратить огонь", "decree",  # 52
      date="24 мая", place="Ирландия", actors=[("Ф. Эйкен", "agent")],
      note="the republicans' ceasefire order; coded at country level")
event("Гражданская война", "Гражданская война, унёсшая, по разным оценкам, от 1500 до 2000 жизней, закончилась",  # 53
      "battle", date={"edtf": "1922-06-28/1923-05-24"}, place="Ирландия", same_as=38,
      quantities=[qty("от 1500 до 2000 жизней", "fatalities", None, min=1500, max=2000, approximate=True)],
      note="the war is asserted; only the count is attributed to estimates")
event("оставались в заключении", "около 12 тыс. республиканцев оставались в заключении", "arrest",  # 54
      date={"edtf": "1923-05"}, place="Ирландия", actors=[("республиканцев", "target")],
      quantities=[qty("около 12 тыс. республиканцев", "prisoners", 12000, approximate=True)],
      note="the number held when the war ended")
