"""Gold spec for bench/heldout/greco_turkish_war_1919_1922.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/greco_turkish_war_1919_1922.txt"

gazetteer({
    "Мудрос": ("settlement", 39.87, 25.27, None),
    "Греция": ("polity", 39.0, 22.0, "Q41"),
    "Смирна": ("settlement", 38.42, 27.14, "Q35997", "Измир"),
    "Самсун": ("settlement", 41.29, 36.33, None),
    "Эрзурум": ("settlement", 39.9, 41.27, None),
    "Сивас": ("settlement", 39.75, 37.02, None),
    "Анкара": ("settlement", 39.93, 32.86, "Q3640"),
    "Турция": ("polity", 39.0, 35.0, "Q43"),
    "Бурса": ("settlement", 40.19, 29.06, None),
    "Фракия": ("region", 41.5, 26.5, None),
    "Адрианополь": ("settlement", 41.68, 26.56, None, "Эдирне"),
    "Севр": ("settlement", 48.82, 2.21, None),
    "Инёню": ("settlement", 39.82, 30.15, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Кютахья": ("settlement", 39.42, 29.98, None),
    "Эскишехир": ("settlement", 39.78, 30.52, None),
    "Сакарья": ("river", 39.6, 31.95, None),
    "Франция": ("polity", 48.86, 2.35, "Q142"),
    "Киликия": ("region", 37.0, 35.3, None),
    "Афьонкарахисар": ("settlement", 38.76, 30.54, None),
    "Думлупынар": ("settlement", 38.86, 29.98, None),
    "Муданья": ("settlement", 40.38, 28.88, None),
    "Восточная Фракия": ("region", 41.3, 27.3, None),
    "Стамбул": ("settlement", 41.01, 28.98, "Q406"),
    "Лозанна": ("settlement", 46.52, 6.63, "Q807"),
    "Афины": ("settlement", 37.98, 23.73, "Q1524"),
    "Турецкая Республика": ("polity", 39.93, 32.86, "Q43"),
})

# ---- dates, in reading order (the text states once that all dates are New Style / Gregorian)
date("1919–1922 годов", "1919/1922", "interval")
date("15 мая 1919 года", "1919-05-15", "day")
date("в тот же день", "1919-05-15", "day", derivation="anchored")
date("Через четыре дня", "1919-05-19", "day", derivation="computed", note="15 May + 4 days")
date("Летом 1919 года", "1919-22", "season")
date("осенью", "1919-23", "season", derivation="anchored")
date("23 апреля 1920 года", "1920-04-23", "day")
date("В конце июня 1920 года", "1920-06-21/1920-06-30", "interval")
date("8 июля", "1920-07-08", "day", derivation="anchored")
date("25 июля", "1920-07-25", "day", derivation="anchored")
date("10 августа", "1920-08-10", "day", derivation="anchored")
date("В ноябре 1920 года", "1920-11", "month")
date("в декабре", "1920-12", "month", derivation="anchored")
date("В январе 1921 года", "1921-01", "month")
date("16 марта", "1921-03-16", "day", derivation="anchored")
date("в конце марта", "1921-03-21/1921-03-31", "interval", derivation="anchored")
date("В июле", "1921-07", "month", derivation="anchored")
date("5 августа", "1921-08-05", "day", derivation="anchored")
date("23 августа", "1921-08-23", "day", derivation="anchored")
date("22 дня", None, None, kind="duration", duration="P22D")
date("13 сентября", "1921-09-13", "day", derivation="anchored")
date("20 октября", "1921-10-20", "day", derivation="anchored")
date("вскоре", "1921-10-20/1922-01-31", "interval", kind="vague", derivation="anchored",
     note="soon after the agreement of 20 October 1921")
date("через год", "1922-08/1922-09", "interval", derivation="computed",
     note="a year after the Sakarya battle of August-September 1921")
date("26 августа 1922 года", "1922-08-26", "day")
date("на следующий день", "1922-08-27", "day", derivation="computed", note="26 August + 1 day")
date("30 августа", "1922-08-30", "day", derivation="anchored")
date("2 сентября", "1922-09-02", "day", derivation="anchored")
date("9 сентября", "1922-09-09", "day", derivation="anchored")
date("На следующий день", "1922-09-10", "day", derivation="computed", note="9 September + 1 day")
date("13 сентября", "1922-09-13", "day", derivation="anchored")
date("В конце сентября", "1922-09-21/1922-09-30", "interval", derivation="anchored")
date("27 сентября", "1922-09-27", "day", derivation="anchored")
date("11 октября", "1922-10-11", "day", derivation="anchored")
date("1 ноября", "1922-11-01", "day", derivation="anchored")
date("17 ноября", "1922-11-17", "day", derivation="anchored")
date("20 ноября", "1922-11-20", "day", derivation="anchored")
date("28 ноября", "1922-11-28", "day", derivation="anchored")
date("30 января 1923 года", "1923-01-30", "day")
date("24 июля", "1923-07-24", "day", derivation="anchored")
date("В начале октября", "1923-10-01/1923-10-10", "interval", derivation="anchored")
date("29 октября", "1923-10-29", "day", derivation="anchored")

# ---- places, in reading order
for quote, name in [
    ("Мудросского", "Мудрос"), ("Греции", "Греция"), ("Смирны", "Смирна"), ("Смирне", "Смирна"),
    ("Самсун", None), ("Эрзуруме", "Эрзурум"), ("Сивасе", "Сивас"), ("Анкаре", "Анкара"),
    ("Турции", "Турция"),
    ("Бурсу", "Бурса"), ("Фракии", "Фракия"), ("Адрианополь", None), ("Севрский", "Севр"),
    ("Смирна", None), ("Анкара", None), ("Грецию", "Греция"),
    ("Инёню", None), ("Москве", "Москва"), ("Инёню", None), ("Кютахью", "Кютахья"), ("Эскишехир", None),
    ("Сакарье", "Сакарья"), ("Франция", None), ("Анкарой", "Анкара"), ("Киликии", "Киликия"),
    ("Афьонкарахисара", "Афьонкарахисар"), ("Думлупынаром", "Думлупынар"),
    ("Смирну", "Смирна"),
    ("Греции", "Греция"), ("Муданье", "Муданья"), ("Восточную Фракию", "Восточная Фракия"),
    ("Анкара", None), ("Стамбула", "Стамбул"), ("Лозанне", "Лозанна"), ("Афинах", "Афины"),
    ("Лозанне", "Лозанна"), ("Турцию", "Турция"), ("Грецию", "Греция"), ("Лозаннский", "Лозанна"),
    ("Турции", "Турция"), ("Стамбул", None), ("Турецкая Республика", None),
]:
    place(quote, name)

# ---- events
event("перемирия", "После Мудросского перемирия", "treaty", place="Мудрос",  # 0
      note="named only as the background of the narrative; the text gives no date")
event("поручили", "державы Антанты поручили Греции занять район Смирны", "political_activity",  # 1
      date={"edtf": "1918-10-30/1919-05-15"}, actors=[("державы Антанты", "agent"), ("Греции", "participant")],
      note="between the armistice and the landing")
event("высадились", "15 мая 1919 года греческие войска высадились в Смирне", "occupation",  # 2
      date="15 мая 1919 года", place="Смирна", actors=[("греческие войска", "agent")],
      note="the landing put the city under Greek occupation, as the Allies had mandated")
event("расправы", "в тот же день в городе начались расправы над турками, и, по турецким данным, погибли "  # 3
      "от 300 до 400 человек", "massacre", date="в тот же день", place="Смирна",
      actors=[("турками", "target")],
      quantities=[qty("от 300 до 400 человек", "fatalities", None, min=300, max=400, approximate=True)],
      note="the killings are asserted; only the death toll is attributed to Turkish data")
event("прибыл", "Через четыре дня Мустафа Кемаль-паша прибыл в Самсун и взялся за организацию сопротивления",  # 4
      "reinforcement", date="Через четыре дня", place="Самсун", actors=[("Мустафа Кемаль-паша", "agent")])
event("съезд", "Летом 1919 года съезд в Эрзуруме, а осенью — съезд в Сивасе отвергли раздел страны",  # 5
      "political_activity", date="Летом 1919 года", place="Эрзурум")
event("съезд", "осенью — съезд в Сивасе отвергли раздел страны", "political_activity",  # 6
      date="осенью", place="Сивас")
event("открылось", "23 апреля 1920 года в Анкаре открылось Великое национальное собрание Турции",  # 7
      "founding", date="23 апреля 1920 года", place="Анкара",
      actors=[("Великое национальное собрание Турции", "participant")])
event("перешла в наступление", "В конце июня 1920 года греческая армия перешла в наступление", "attack",  # 8
      date="В конце июня 1920 года", actors=[("греческая армия", "agent")])
event("заняла", "8 июля она заняла Бурсу", "capture", date="8 июля", place="Бурса")  # 9
event("заняла", "8 июля она заняла Бурсу, а 25 июля во Фракии — Адрианополь", "capture",  # 10
      date="25 июля", place="Адрианополь")
event("подписало Севрский договор", "10 августа султанское правительство подписало Севрский договор",  # 11
      "treaty", date="10 августа", place="Севр", actors=[("султанское правительство", "participant")])
event("переходила", "по которому Смирна переходила под греческое управление", "territorial_transfer",  # 12
      date="10 августа", place="Смирна", note="a term of the treaty of 10 August")
event("не признала", "Анкара его не признала", "non_recognition", date={"edtf": "1920-08"},  # 13
      place="Анкара", actors=[("Анкара", "agent")], note="right after the treaty of 10 August")
event("выборы", "В ноябре 1920 года Венизелос проиграл выборы", "election",  # 14
      date="В ноябре 1920 года", place="Греция", actors=[("Венизелос", "participant")])
event("вернулся", "в декабре в Грецию вернулся король Константин I", "political_activity",  # 15
      date="в декабре", place="Греция", actors=[("король Константин I", "agent")])
event("остановили", "В январе 1921 года турецкие части Исмет-паши остановили греков у Инёню", "battle",  # 16
      date="В январе 1921 года", place="Инёню",
      actors=[("турецкие части Исмет-паши", "agent"), ("греков", "target")])
event("подписан", "16 марта в Москве был подписан советско-турецкий договор", "treaty",  # 17
      date="16 марта", place="Москва")
event("попытка прорыва", "в конце марта у Инёню провалилась и вторая попытка прорыва", "attack",  # 18
      date="в конце марта", place="Инёню", assertion="failed")
event("взяли", "В июле греки всё же взяли Кютахью и Эскишехир", "capture",  # 19
      date="В июле", place="Кютахья", actors=[("греки", "agent")])
event("взяли", "В июле греки всё же взяли Кютахью и Эскишехир", "capture",  # 20
      date="В июле", place="Эскишехир", actors=[("греки", "agent")])
event("назначило", "5 августа собрание назначило Кемаля главнокомандующим", "political_activity",  # 21
      date="5 августа", place="Анкара", actors=[("собрание", "agent"), ("Кемаля", "participant")],
      note="an appointment by the Ankara assembly")
event("атаковала", "23 августа греческая армия численностью около 100 тыс. человек атаковала турецкие "  # 22
      "позиции на реке Сакарье", "attack", date="23 августа", place="Сакарья",
      actors=[("греческая армия", "agent"), ("турецкие позиции", "target")],
      quantities=[qty("около 100 тыс. человек", "participants", 100000, approximate=True)])
event("Сражение", "Сражение длилось 22 дня; греки потеряли около 4 тыс. убитыми", "battle",  # 23
      date={"edtf": "1921-08-23/1921-09-14"}, place="Сакарья", same_as=22,
      quantities=[qty("около 4 тыс. убитыми", "fatalities", 4000, approximate=True)],
      note="23 August + 22 days")
event("отход", "греки потеряли около 4 тыс. убитыми и 13 сентября начали отход за реку", "retreat",  # 24
      date="13 сентября", place="Сакарья", actors=[("греки", "agent")])
event("подписала", "20 октября Франция подписала с Анкарой соглашение", "treaty",  # 25
      date="20 октября", place="Анкара", actors=[("Франция", "participant"), ("Анкарой", "participant")])
event("вывела", "вскоре вывела свои войска из Киликии", "retreat", date="вскоре", place="Киликия",  # 26
      actors=[("Франция", "agent")])
event("удар", "Решающий удар турки нанесли лишь через год", "attack", date="через год",  # 27
      actors=[("турки", "agent")])
event("прорвала фронт", "26 августа 1922 года их армия прорвала фронт у Афьонкарахисара", "attack",  # 28
      date="26 августа 1922 года", place="Афьонкарахисар", actors=[("их армия", "agent")], same_as=27)
event("заняла", "26 августа 1922 года их армия прорвала фронт у Афьонкарахисара, на следующий день "  # 29
      "заняла город", "capture", date="на следующий день", place="Афьонкарахисар",
      actors=[("их армия", "agent")])
event("разгромила", "а 30 августа разгромила главные греческие силы под Думлупынаром", "battle",  # 30
      date="30 августа", place="Думлупынар",
      actors=[("их армия", "agent"), ("главные греческие силы", "target")])
event("в плен попал", "2 сентября в плен попал генерал Трикупис с несколькими тысячами солдат", "capture",  # 31
      date="2 сентября", actors=[("генерал Трикупис", "target")],
      quantities=[qty("несколькими тысячами солдат", "prisoners", None, min=3000, max=9000, approximate=True)],
      note="a commander and his men taken prisoner in the field; the text names no place")
event("бежали", "Остатки греческих войск бежали к побережью и были эвакуированы морем", "retreat",  # 32
      date={"edtf": "1922-09"}, actors=[("Остатки греческих войск", "agent")])
event("вступила", "9 сентября турецкая кавалерия вступила в Смирну", "recapture",  # 33
      date="9 сентября", place="Смирна", actors=[("турецкая кавалерия", "agent")],
      note="Turkish forces retook the city held by Greece since 1919")
event("растерзала", "На следующий день толпа растерзала митрополита Хризостома", "attack_on_civilians",  # 34
      date="На следующий день", place="Смирна",
      actors=[("толпа", "agent"), ("митрополита Хризостома", "target")])
event("пожар", "13 сентября вспыхнул пожар, уничтоживший армянский и греческий кварталы", "looting",  # 35
      date="13 сентября", place="Смирна", actors=[("армянский и греческий кварталы", "target")],
      note="property destruction: the fire that burned the Christian quarters")
event("погибли", "По разным оценкам, погибли от 10 до 100 тыс. человек", "massacre",  # 36
      date={"edtf": "1922-09-09/1922-09-30"}, place="Смирна",
      quantities=[qty("от 10 до 100 тыс. человек", "fatalities", None, min=10000, max=100000,
                      approximate=True)],
      note="deaths in the killings and the fire after the Turkish entry; only the toll is attributed")
event("вывезены", "более 150 тыс. беженцев были вывезены на судах", "flight",  # 37
      date={"edtf": "1922-09"}, place="Смирна", actors=[("беженцев", "participant")],
      quantities=[qty("более 150 тыс. беженцев", "displaced", 150000, min=150000, approximate=True)])
event("восстали", "В конце сентября в Греции восстали армейские офицеры", "mutiny",  # 38
      date="В конце сентября", place="Греция", actors=[("армейские офицеры", "agent")])
event("отрёкся от престола", "27 сентября Константин отрёкся от престола", "political_activity",  # 39
      date="27 сентября", place="Греция", actors=[("Константин", "agent")])
event("перемирие", "11 октября в Муданье было заключено перемирие", "treaty",  # 40
      date="11 октября", place="Муданья")
event("оставляли", "по которому греки оставляли Восточную Фракию", "territorial_transfer",  # 41
      date="11 октября", place="Восточная Фракия", actors=[("греки", "agent")],
      note="a term of the Mudanya armistice")
event("упразднила", "1 ноября Анкара упразднила султанат", "abolition", date="1 ноября",  # 42
      place="Анкара", actors=[("Анкара", "agent")])
event("бежал", "17 ноября Мехмед VI бежал из Стамбула на британском корабле", "retreat",  # 43
      date="17 ноября", place="Стамбул", actors=[("Мехмед VI", "agent")],
      note="the deposed sultan left the country")
event("открылась мирная конференция", "20 ноября в Лозанне открылась мирная конференция", "negotiations",  # 44
      date="20 ноября", place="Лозанна")
event("расстреляли", "28 ноября в Афинах по приговору военного суда расстреляли шестерых политиков и "  # 45
      "военных", "execution", date="28 ноября", place="Афины",
      actors=[("шестерых политиков и военных", "target")], quantities=[qty("шестерых", "fatalities", 6)])
event("подписали конвенцию", "30 января 1923 года в Лозанне подписали конвенцию об обмене населением",  # 46
      "treaty", date="30 января 1923 года", place="Лозанна")
event("покинули", "около 1,2 млн православных покинули Турцию", "deportation",  # 47
      date={"edtf": "1923/1924"}, place="Турция", actors=[("православных", "target")],
      quantities=[qty("около 1,2 млн православных", "displaced", 1200000, approximate=True)],
      note="the compulsory exchange under the convention")
event("покинули", "около 1,2 млн православных покинули Турцию, около 400 тыс. мусульман — Грецию",  # 48
      "deportation", date={"edtf": "1923/1924"}, place="Греция", actors=[("мусульман", "target")],
      quantities=[qty("около 400 тыс. мусульман", "displaced", 400000, approximate=True)],
      note="the compulsory exchange under the convention")
event("подписан", "24 июля был подписан Лозаннский мирный договор", "treaty",  # 49
      date="24 июля", place="Лозанна")
event("признавший", "Лозаннский мирный договор, признавший новые границы Турции", "recognition",  # 50
      date="24 июля", place="Турция")
event("покинули", "В начале октября союзные войска покинули Стамбул", "retreat",  # 51
      date="В начале октября", place="Стамбул", actors=[("союзные войска", "agent")])
event("провозглашена", "29 октября была провозглашена Турецкая Республика", "founding",  # 52
      date="29 октября", place="Турецкая Республика")
