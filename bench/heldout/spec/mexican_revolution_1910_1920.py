"""Gold spec for bench/heldout/mexican_revolution_1910_1920.txt (hand-coded; build with bench/gold/build_gold.py).

The Mexican Revolution 1910–1920. The text says once that its dates are New Style (Gregorian, as used in
Mexico), so every date is taken as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/mexican_revolution_1910_1920.txt"

gazetteer({
    "Техас": ("region", 31.0, -99.0, "Q1439"),
    "Сан-Луис-Потоси": ("settlement", 22.15, -100.98, None),
    "Чиуауа": ("region", 28.63, -106.07, None),          # the state; point at its capital
    "Сьюдад-Хуарес": ("settlement", 31.72, -106.46, None),
    "Веракрус": ("settlement", 19.18, -96.14, None),
    "Морелос": ("region", 18.75, -99.07, None),
    "Айяла": ("settlement", 18.77, -98.98, None),         # Villa de Ayala, Morelos (Ciudad Ayala today)
    "Мехико": ("settlement", 19.43, -99.13, "Q1489"),
    "Коауила": ("region", 27.0, -102.0, None),
    "Гуадалупе": ("settlement", 26.1, -101.8, None),      # Hacienda de Guadalupe, Ramos Arizpe; approximate
    "Торреон": ("settlement", 25.54, -103.42, None),
    "Сакатекас": ("settlement", 22.77, -102.58, None),
    "Ямайка": ("region", 18.1, -77.3, "Q766"),
    "Агуаскальентес": ("settlement", 21.88, -102.29, None),
    "Селая": ("settlement", 20.52, -100.81, None),
    "США": ("polity", 39.8, -98.6, "Q30"),
    "Колумбус": ("settlement", 31.83, -107.64, None),     # Columbus, New Mexico
    "Нью-Мексико": ("region", 34.5, -106.0, "Q1522"),
    "Мексика": ("polity", 23.6, -102.5, "Q96"),
    "Керетаро": ("settlement", 20.59, -100.39, None),
    "Чинамека": ("settlement", 18.62, -98.99, None),      # Hacienda de Chinameca, Morelos
    "Тласкалантонго": ("settlement", 20.32, -97.87, None),
})

# ---- dates, in reading order
date("1910–1920 годов", "1910/1920", "interval")
date("Осенью 1910 года", "1910-23", "season")
date("20 ноября", "1910-11-20", "day", derivation="anchored")
date("Весной 1911 года", "1911-21", "season")
date("8 мая", "1911-05-08", "day", derivation="anchored")
date("через два дня", "1911-05-10", "day", derivation="computed", note="8 May + 2 days")
date("21 мая", "1911-05-21", "day", derivation="anchored")
date("Через четыре дня", "1911-05-25", "day", derivation="computed", note="21 May + 4 days")
date("в конце мая", "1911-05-21/1911-05-31", "interval", derivation="anchored")
date("28 ноября 1911 года", "1911-11-28", "day")
date("ещё весной", "1911-21", "season", derivation="anchored", note="spring of the same year, 1911")
date("9 февраля 1913 года", "1913-02-09", "day")
date("Десять дней", None, None, kind="duration", duration="P10D")
date("18 февраля", "1913-02-18", "day", derivation="anchored")
date("на следующий день", "1913-02-19", "day", derivation="computed", note="18 February + 1 day")
date("Вечером 22 февраля", "1913-02-22", "day", derivation="anchored")
date("26 марта", "1913-03-26", "day", derivation="anchored")
date("1 октября", "1913-10-01", "day", derivation="anchored")
date("2 апреля 1914 года", "1914-04-02", "day")
date("многодневных", None, None, kind="duration", note="unquantified: several days")
date("21 апреля", "1914-04-21", "day", derivation="anchored")
date("на семь месяцев", None, None, kind="duration", duration="P7M")
date("23 июня", "1914-06-23", "day", derivation="anchored")
date("15 июля", "1914-07-15", "day", derivation="anchored")
date("вскоре", "1914-07-15/1914-07-31", "interval", kind="vague", derivation="anchored",
     note="'soon' after 15 July")
date("в середине августа", "1914-08-11/1914-08-20", "interval", derivation="anchored")
date("В октябре", "1914-10", "month", derivation="anchored")
date("1 ноября", "1914-11-01", "day", derivation="anchored")
date("23 ноября", "1914-11-23", "day", derivation="anchored")
date("В начале декабря", "1914-12-01/1914-12-10", "interval", derivation="anchored")
date("Весной 1915 года", "1915-21", "season")
date("6–7 апреля", "1915-04-06/1915-04-07", "interval", derivation="anchored")
date("13–15 апреля", "1915-04-13/1915-04-15", "interval", derivation="anchored")
date("В октябре", "1915-10", "month", derivation="anchored")
date("9 марта 1916 года", "1916-03-09", "day")
date("Через шесть дней", "1916-03-15", "day", derivation="computed", note="9 March + 6 days")
date("Почти год", None, None, kind="duration", duration="P1Y", note="'almost a year'")
date("в феврале 1917 года", "1917-02", "month")
date("5 февраля 1917 года", "1917-02-05", "day")
date("10 апреля 1919 года", "1919-04-10", "day")
date("В конце весны 1920 года", "1920-05", "month", note="the end of spring (March–May) taken as May")
date("в ночь на 21 мая", "1920-05-20/1920-05-21", "day", derivation="anchored")
date("Через три дня", "1920-05-24", "day", derivation="computed", note="21 May + 3 days")

# ---- places, in reading order
for quote, name in [
    ("Техасе", "Техас"), ("Сан-Луис-Потоси", None), ("Чиуауа", None),
    ("Сьюдад-Хуаресу", "Сьюдад-Хуарес"), ("Веракруса", "Веракрус"), ("Морелоса", "Морелос"),
    ("Айялы", "Айяла"),
    ("Мехико", None),
    ("Коауилы", "Коауила"), ("Гуадалупе", None), ("Торреон", None), ("Веракрусе", "Веракрус"),
    ("Сакатекас", None), ("Ямайку", "Ямайка"),
    ("Агуаскальентесе", "Агуаскальентес"), ("Веракрус", None), ("Мехико", None),
    ("Селаи", "Селая"), ("Чиуауа", None), ("США", None),
    ("США", None), ("Колумбус", None), ("Нью-Мексико", None), ("Мексику", "Мексика"), ("Чиуауа", None),
    ("Керетаро", None), ("Чинамека", None), ("Морелосе", "Морелос"),
    ("Веракрусу", "Веракрус"), ("Тласкалантонго", None),
]:
    place(quote, name)

# ---- events
event("обнародовал", "Осенью 1910 года укрывшийся в Техасе Франсиско Мадеро обнародовал «План "  # 0
      "Сан-Луис-Потоси»", "political_activity", date="Осенью 1910 года", place="Техас",
      actors=[("Франсиско Мадеро", "agent")],
      note="the plan is named after San Luis Potosí, but was issued from exile in Texas")
event("восстания", "Всеобщего восстания так и не произошло", "uprising",  # 1
      date="20 ноября", assertion="negated", note="the general rising called for 20 November")
event("поднялись", "зато в Чиуауа поднялись отряды Паскуаля Ороско и Франсиско Вильи", "uprising",  # 2
      date="20 ноября", place="Чиуауа", actors=[("отряды Паскуаля Ороско и Франсиско Вильи", "agent")],
      note="set against the planned day of 20 November")
event("подошли", "Весной 1911 года повстанцы подошли к Сьюдад-Хуаресу", "reinforcement",  # 3
      date="Весной 1911 года", place="Сьюдад-Хуарес", actors=[("повстанцы", "agent")])
event("штурм", "8 мая Ороско и Вилья начали штурм", "attack",  # 4
      date="8 мая", place="Сьюдад-Хуарес", actors=[("Ороско", "agent"), ("Вилья", "agent")])
event("сдался", "через два дня гарнизон сдался; в плен попали несколько сотен федеральных солдат",  # 5
      "capture", date="через два дня", place="Сьюдад-Хуарес", actors=[("гарнизон", "target")],
      quantities=[qty("несколько сотен федеральных солдат", "prisoners", None, min=200, max=900,
                      approximate=True)],
      note="the rebels take the town when its garrison surrenders")
event("подписан", "21 мая в городе был подписан договор об уходе Диаса", "treaty",  # 6
      date="21 мая", place="Сьюдад-Хуарес", note="'в городе' = Ciudad Juárez")
event("подал в отставку", "Через четыре дня президент подал в отставку", "political_activity",  # 7
      date="Через четыре дня", actors=[("президент", "agent")])
event("отплыл", "Через четыре дня президент подал в отставку, а в конце мая отплыл из Веракруса в изгнание",  # 8
      "retreat", date="в конце мая", place="Веракрус", actors=[("президент", "agent")],
      note="Díaz leaves the country for exile")
event("поднявший", "Эмилиано Сапата, ещё весной поднявший крестьян Морелоса", "uprising",  # 9
      date="ещё весной", place="Морелос", actors=[("Эмилиано Сапата", "agent"), ("крестьян", "participant")])
event("провозгласил", "28 ноября 1911 года Эмилиано Сапата, ещё весной поднявший крестьян Морелоса, "  # 10
      "провозгласил «План Айялы», объявивший Мадеро изменником", "political_activity",
      date="28 ноября 1911 года", place="Морелос",
      actors=[("Эмилиано Сапата", "agent"), ("Мадеро", "target")])
event("подняли мятеж", "9 февраля 1913 года в Мехико подняли мятеж генералы Рейес и Феликс Диас",  # 11
      "mutiny", date="9 февраля 1913 года", place="Мехико",
      actors=[("генералы Рейес и Феликс Диас", "agent")])
event("штурме", "Рейес погиб при штурме дворца", "attack",  # 12
      date="9 февраля 1913 года", place="Мехико", actors=[("Рейес", "agent")],
      note="the attack on the National Palace; Reyes is killed in it")
event("обстреливала", "Десять дней столицу обстреливала артиллерия, погибли сотни мирных жителей",  # 13
      "bombardment", date={"edtf": "1913-02-09/1913-02-19"}, place="Мехико",
      actors=[("артиллерия", "agent")],
      quantities=[qty("сотни мирных жителей", "fatalities", None, min=200, max=900, approximate=True)],
      note="9 February + ten days; 'столицу' = Mexico City")
event("перешёл к мятежникам", "Генерал Уэрта перешёл к мятежникам", "political_activity",  # 14
      date={"edtf": "1913-02-09/1913-02-18"}, place="Мехико", actors=[("Генерал Уэрта", "agent")],
      note="defection; between the rising and the arrest")
event("арестовал", "Генерал Уэрта перешёл к мятежникам, 18 февраля арестовал президента",  # 15
      "arrest", date="18 февраля", place="Мехико",
      actors=[("Генерал Уэрта", "agent"), ("президента", "target")])
event("занял его пост", "Генерал Уэрта перешёл к мятежникам, 18 февраля арестовал президента, "  # 16
      "а на следующий день занял его пост", "political_activity", date="на следующий день",
      place="Мехико", actors=[("Генерал Уэрта", "agent")])
event("застрелены", "Вечером 22 февраля Мадеро и вице-президент Пино Суарес были застрелены",  # 17
      "execution", date="Вечером 22 февраля", place="Мехико",
      actors=[("Мадеро", "target"), ("вице-президент Пино Суарес", "target")])
event("напали", "власти утверждали, что на конвой якобы напали их сторонники", "attack",  # 18
      date="Вечером 22 февраля", place="Мехико", assertion="disputed",
      actors=[("их сторонники", "agent"), ("конвой", "target")],
      note="the official version, which the text doubts ('якобы')")
event("не признал", "Губернатор Коауилы Карранса не признал переворота", "non_recognition",  # 19
      date={"edtf": "1913-02-19/1913-03-26"}, place="Коауила",
      actors=[("Губернатор Коауилы Карранса", "agent")],
      note="after Huerta took power, by the time of the plan of 26 March")
event("обнародовал", "Губернатор Коауилы Карранса не признал переворота и 26 марта обнародовал "  # 20
      "«План Гуадалупе»", "political_activity", date="26 марта", place="Гуадалупе",
      actors=[("Губернатор Коауилы Карранса", "agent")])
event("Созданная", "Созданная Вильей Северная дивизия", "founding",  # 21
      date={"edtf": "1913/1913-10-01"}, actors=[("Вильей", "agent"), ("Северная дивизия", "participant")],
      note="created before its first capture of Torreón")
event("взяла", "Созданная Вильей Северная дивизия 1 октября впервые взяла Торреон", "capture",  # 22
      date="1 октября", place="Торреон", actors=[("Северная дивизия", "agent")])
event("взяла", "Созданная Вильей Северная дивизия 1 октября впервые взяла Торреон, а 2 апреля 1914 года, "  # 23
      "после многодневных боёв, — снова", "capture", date="2 апреля 1914 года", place="Торреон",
      actors=[("Северная дивизия", "agent")],
      note="elided verb: the second capture of Torreón by the same side")
event("боёв", "2 апреля 1914 года, после многодневных боёв", "battle",  # 24
      date={"edtf": "1914-03/1914-04-02"}, place="Торреон",
      note="several days of fighting up to 2 April")
event("высадилась", "21 апреля американская морская пехота высадилась в Веракрусе", "attack",  # 25
      date="21 апреля", place="Веракрус", actors=[("американская морская пехота", "agent")])
event("боях", "В уличных боях погибли более 150 мексиканцев и около двадцати американцев", "battle",  # 26
      date="21 апреля", place="Веракрус",
      quantities=[qty("более 150 мексиканцев", "fatalities", 150, min=150, approximate=True),
                  qty("около двадцати американцев", "fatalities", 20, approximate=True)])
event("оккупирован", "порт на семь месяцев был оккупирован", "occupation",  # 27
      date={"edtf": "1914-04-21/1914-11-21"}, place="Веракрус",
      note="21 April + seven months; 'порт' = Veracruz")
event("взяла", "23 июня Северная дивизия штурмом взяла Сакатекас, защищаемый примерно 12 тыс. "  # 28
      "федеральных солдат", "capture", date="23 июня", place="Сакатекас",
      actors=[("Северная дивизия", "agent"), ("федеральных солдат", "target")],
      quantities=[qty("примерно 12 тыс. федеральных солдат", "participants", 12000, approximate=True)])
event("отрёкся от власти", "15 июля Уэрта отрёкся от власти", "political_activity",  # 29
      date="15 июля", actors=[("Уэрта", "agent")])
event("отплыл", "15 июля Уэрта отрёкся от власти и вскоре отплыл на Ямайку", "retreat",  # 30
      date="вскоре", place="Ямайка", actors=[("Уэрта", "agent")],
      note="Huerta leaves the country; the place is the destination, the only one the clause names")
event("вступили", "в середине августа войска Обрегона вступили в столицу", "occupation",  # 31
      date="в середине августа", place="Мехико", actors=[("войска Обрегона", "agent")],
      note="'столицу' = Mexico City")
event("собрался", "В октябре в Агуаскальентесе собрался конвент революционеров", "political_activity",  # 32
      date="В октябре", place="Агуаскальентес", actors=[("конвент революционеров", "participant")])
event("избравший", "собрался конвент революционеров, 1 ноября избравший временным президентом Эулалио "  # 33
      "Гутьерреса", "election", date="1 ноября", place="Агуаскальентес",
      actors=[("конвент революционеров", "agent"), ("Эулалио Гутьерреса", "participant")])
event("не признал", "Карранса этого решения не признал", "non_recognition",  # 34
      date={"edtf": "1914-11"}, actors=[("Карранса", "agent")])
event("перенёс правительство", "Карранса этого решения не признал и перенёс правительство в Веракрус",  # 35
      "retreat", date={"edtf": "1914-11"}, place="Веракрус", actors=[("Карранса", "agent")],
      note="the government withdraws to Veracruz")
event("оставленный", "Веракрус, оставленный американцами 23 ноября", "retreat",  # 36
      date="23 ноября", place="Веракрус", actors=[("американцами", "agent")])
event("вошли", "В начале декабря Вилья и Сапата вошли в Мехико", "occupation",  # 37
      date="В начале декабря", place="Мехико", actors=[("Вилья", "agent"), ("Сапата", "agent")])
event("укрепившийся", "Весной 1915 года Обрегон, укрепившийся у Селаи", "reinforcement",  # 38
      date="Весной 1915 года", place="Селая", actors=[("Обрегон", "agent")])
event("захлебнулись", "Атаки 6–7 апреля захлебнулись", "attack",  # 39
      date="6–7 апреля", place="Селая", assertion="failed", actors=[("конницу Вильи", "agent")],
      note="Villa's attacks on Obregón's positions")
event("разгромлена", "13–15 апреля Северная дивизия была разгромлена: Вилья потерял около 4 тыс. убитыми "  # 40
      "и более 5 тыс. пленными", "battle", date="13–15 апреля", place="Селая",
      actors=[("Северная дивизия", "target")],
      quantities=[qty("около 4 тыс. убитыми", "fatalities", 4000, approximate=True),
                  qty("более 5 тыс. пленными", "prisoners", 5000, min=5000, approximate=True)])
event("откатились", "Его отряды откатились в Чиуауа", "retreat",  # 41
      date={"edtf": "1915-04-15/1915-10"}, place="Чиуауа", actors=[("Его отряды", "agent")],
      note="after Celaya, before October")
event("признали", "В октябре США признали правительство Каррансы", "recognition",  # 42
      date="В октябре", place="США", actors=[("США", "agent"), ("правительство Каррансы", "target")])
event("набегом", "Вилья ответил набегом на США", "attack",  # 43
      date={"edtf": "1916-03-09"}, place="Колумбус", actors=[("Вилья", "agent")],
      note="first mention of the Columbus raid, dated in the next sentence")
event("ворвались", "9 марта 1916 года несколько сотен его бойцов ворвались в городок Колумбус "  # 44
      "(Нью-Мексико), подожгли дома и убили 18 американцев", "attack", date="9 марта 1916 года",
      place="Колумбус", same_as=43, actors=[("его бойцов", "agent")],
      quantities=[qty("несколько сотен его бойцов", "participants", None, min=200, max=900, approximate=True),
                  qty("18 американцев", "fatalities", 18)])
event("подожгли", "9 марта 1916 года несколько сотен его бойцов ворвались в городок Колумбус "  # 45
      "(Нью-Мексико), подожгли дома", "looting", date="9 марта 1916 года", place="Колумбус",
      actors=[("его бойцов", "agent")])
event("убила", "По данным американских газет, преследовавшая налётчиков кавалерия убила около сотни "  # 46
      "из них", "attack", date="9 марта 1916 года", place="Колумбус", assertion="reported",
      actors=[("кавалерия", "agent"), ("налётчиков", "target")],
      quantities=[qty("около сотни", "fatalities", 100, approximate=True)])
event("вступил", "Через шесть дней в Мексику вступил карательный корпус Першинга — около 10 тыс. человек",  # 47
      "attack", date="Через шесть дней", place="Мексика",
      actors=[("карательный корпус Першинга", "agent")],
      quantities=[qty("около 10 тыс. человек", "participants", 10000, approximate=True)],
      note="armed incursion into Mexico")
event("поймал", "Почти год он искал Вилью в Чиуауа, но так и не поймал", "arrest",  # 48
      date={"edtf": "1916-03-15/1917-02"}, place="Чиуауа", assertion="failed",
      actors=[("Вилью", "target")],
      note="the expedition tried for almost a year to capture Villa")
event("отозван", "в феврале 1917 года был отозван", "retreat",  # 49
      date="в феврале 1917 года", place="Чиуауа",
      note="the punitive expedition is withdrawn from Mexico")
event("провозглашена", "5 февраля 1917 года в Керетаро была провозглашена конституция", "decree",  # 50
      date="5 февраля 1917 года", place="Керетаро")
event("расстреляли", "10 апреля 1919 года полковник Гуахардо, притворившийся перебежчиком, заманил "  # 51
      "Сапату на асьенду Чинамека в Морелосе, где его расстреляли из засады", "attack",
      date="10 апреля 1919 года", place="Чинамека",
      actors=[("полковник Гуахардо", "agent"), ("Сапату", "target")],
      note="an ambush")
event("мятежа", "после мятежа сторонников Обрегона", "mutiny",  # 52
      date={"edtf": "1920-04/1920-05"}, actors=[("сторонников Обрегона", "agent")],
      note="before Carranza's flight at the end of spring")
event("бежал", "В конце весны 1920 года, после мятежа сторонников Обрегона, Карранса бежал из столицы "  # 53
      "к Веракрусу", "retreat", date="В конце весны 1920 года", place="Мехико",
      actors=[("Карранса", "agent")],
      note="flees from the capital ('столицы' = Mexico City) towards Veracruz, which he never reaches")
event("убит", "Карранса бежал из столицы к Веракрусу, но в ночь на 21 мая был убит в селении "  # 54
      "Тласкалантонго", "attack", date="в ночь на 21 мая", place="Тласкалантонго",
      actors=[("Карранса", "target")])
event("избрал", "Через три дня конгресс избрал временным президентом Адольфо де ла Уэрту", "election",  # 55
      date="Через три дня", actors=[("конгресс", "agent"), ("Адольфо де ла Уэрту", "participant")])
