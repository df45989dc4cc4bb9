"""Gold spec for bench/heldout/manchurian_operation_1945.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Gregorian; all dates are taken as written.
Front names made from a toponym (Забайкальского, Дальневосточных) are annotated as places, like
«Бакинского совета»; «Квантунская армия» is not (the army did not stand in the Kwantung territory).
Islands are typed as regions.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/manchurian_operation_1945.txt"

gazetteer({
    "Ялта": ("settlement", 44.50, 34.17, None),
    "СССР": ("polity", 55.75, 37.62, "Q15180"),
    "Япония": ("polity", 35.68, 139.69, "Q17"),
    "Германия": ("polity", 52.52, 13.40, None),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Забайкалье": ("region", 52.03, 113.50, None),
    "Дальний Восток": ("region", 48.48, 135.07, None),
    "Маньчжоу-го": ("polity", 43.88, 125.32, None),
    "Нагасаки": ("settlement", 32.75, 129.88, None),
    "Монгольская Народная Республика": ("polity", 47.92, 106.92, None, "Монголия"),
    "Монголия": ("polity", 47.92, 106.92, None),
    "Большой Хинган": ("mountain", 47.0, 120.5, None),
    "Центральная Маньчжурская равнина": ("region", 44.5, 125.0, None),
    "Хайлар": ("settlement", 49.21, 119.74, None),
    "Приморье": ("region", 45.0, 134.0, None),
    "Хутоу": ("settlement", 45.99, 133.67, None),
    "Муданьцзян": ("settlement", 44.55, 129.63, None),
    "Амур": ("river", 50.26, 127.55, None),
    "Уссури": ("river", 45.95, 133.70, None),
    "Хабаровск": ("settlement", 48.48, 135.08, None),
    "Харбин": ("settlement", 45.76, 126.64, None),
    "Корея": ("region", 40.0, 127.5, None),
    "Сэйсин": ("settlement", 41.80, 129.78, None, "Чхонджин"),
    "Чхонджин": ("settlement", 41.80, 129.78, None),
    "Китайская Республика": ("polity", 29.56, 106.55, None),
    "Потсдам": ("settlement", 52.40, 13.06, None),
    "Чанчунь": ("settlement", 43.88, 125.32, None),
    "Синьцзин": ("settlement", 43.88, 125.32, None, "Чанчунь"),
    "Мукден": ("settlement", 41.80, 123.43, None, "Шэньян"),
    "Порт-Артур": ("settlement", 38.81, 121.24, None, "Люйшунь"),
    "Дальний": ("settlement", 38.91, 121.61, None, "Далянь"),
    "Сахалин": ("region", 50.0, 142.9, None),
    "Котон": ("settlement", 49.87, 142.85, None, "Победино"),
    "Торо": ("settlement", 49.16, 142.07, None, "Шахтёрск"),
    "Маока": ("settlement", 47.05, 142.05, None, "Холмск"),
    "Холмск": ("settlement", 47.05, 142.05, None),
    "Тоёхара": ("settlement", 46.96, 142.73, None, "Южно-Сахалинск"),
    "Карафуто": ("region", 47.5, 142.7, None, "Южный Сахалин"),
    "Южно-Сахалинск": ("settlement", 46.96, 142.73, None),
    "Камчатка": ("region", 56.0, 159.0, None),
    "Шумшу": ("region", 50.75, 156.33, None),
    "Курильские острова": ("region", 46.97, 152.0, None),
    "Парамушир": ("region", 50.35, 155.75, None),
    "Итуруп": ("region", 45.2, 147.9, None),
    "Кунашир": ("region", 44.03, 145.86, None),
    "Шикотан": ("region", 43.83, 146.75, None),
    "Токийский залив": ("sea", 35.45, 139.80, None),
    "Южный Сахалин": ("region", 47.5, 142.7, None),
    "РСФСР": ("polity", 55.75, 37.62, None),
})

# ---- dates, in reading order
date("1945 года", "1945", "year")                                   # title
date("В феврале 1945 года", "1945-02", "month")
date("5 апреля", "1945-04-05", "day", derivation="anchored")
date("8 августа", "1945-08-08", "day", derivation="anchored")
date("В ночь на 9 августа", "1945-08-08/1945-08-09", "day", derivation="anchored")
date("В тот же день", "1945-08-09", "day", derivation="anchored", note="the day the night above ended on")
date("10 августа", "1945-08-10", "day", derivation="anchored")
date("за несколько дней", None, None, kind="duration", note="unquantified: a few days")
date("к 12 августа", "1945-08-12", "day", derivation="anchored", note="'by 12 August'")
date("в первые дни", "1945-08-09/1945-08-12", "interval", kind="vague", derivation="anchored",
     note="the first days of the offensive that began on 9 August")
date("до 18 августа", "1945-08-18", "day", derivation="anchored", note="end of a resistance")
date("от 19 до 26 августа", "1945-08-19/1945-08-26", "interval", derivation="anchored",
     note="the range of dates given for the fall of Hutou")
date("16 августа", "1945-08-16", "day", derivation="anchored")
date("в эти дни", "1945-08-09/1945-08-16", "interval", kind="vague", derivation="anchored",
     note="the days of the river crossings, before the landings of 16 August")
date("16 августа", "1945-08-16", "day", derivation="anchored")
date("14 августа", "1945-08-14", "day", derivation="anchored")
date("В тот же день", "1945-08-14", "day", derivation="anchored")
date("на следующий день", "1945-08-15", "day", derivation="computed", note="14 August + 1 day")
date("17 августа", "1945-08-17", "day", derivation="anchored")
date("к полудню 20 августа", "1945-08-20", "day", derivation="anchored", note="a deadline: by noon")
date("19 августа", "1945-08-19", "day", derivation="anchored")
date("до конца месяца", "1945-08-21/1945-08-31", "interval", derivation="anchored",
     note="'until the end of the month' (August)")
date("18 августа", "1945-08-18", "day", derivation="anchored")
date("На следующий день", "1945-08-19", "day", derivation="computed", note="18 August + 1 day")
date("22 августа", "1945-08-22", "day", derivation="anchored")
date("вскоре", "1945-08-22/1945-08-31", "interval", kind="vague", derivation="anchored",
     note="soon after the landings of 22 August")
date("11 августа", "1945-08-11", "day", derivation="anchored")
date("через неделю", "1945-08-18", "day", derivation="computed", note="11 August + 7 days")
date("25 августа", "1945-08-25", "day", derivation="anchored")
date("18 августа", "1945-08-18", "day", derivation="anchored")
date("23 августа", "1945-08-23", "day", derivation="anchored")
date("к 1 сентября", "1945-09-01", "day", derivation="anchored", note="'by 1 September'")
date("2 сентября", "1945-09-02", "day", derivation="anchored")
date("В тот же день", "1945-09-02", "day", derivation="anchored")
date("3 сентября", "1945-09-03", "day", derivation="anchored",
     note="the day declared the day of victory over Japan")
date("2 февраля 1946 года", "1946-02-02", "day")

# ---- places, in reading order
for quote, name in [
    ("Ялтинской", "Ялта"), ("СССР", None), ("Японией", "Япония"), ("Германии", "Германия"),
    ("Москва", None),
    ("Забайкальского", "Забайкалье"), ("Дальневосточных", "Дальний Восток"), ("Маньчжоу-го", None),
    ("Маньчжоу-го", None), ("Нагасаки", None), ("Японии", "Япония"),
    ("Монгольская Народная Республика", None),
    ("Монголии", "Монголия"), ("Большого Хингана", "Большой Хинган"),
    ("Центральную Маньчжурскую равнину", "Центральная Маньчжурская равнина"), ("Хайлара", "Хайлар"),
    ("Приморья", "Приморье"), ("Хутоу", None), ("Муданьцзян", None),
    ("Амур", None), ("Уссури", None), ("Хабаровском", "Хабаровск"), ("Харбином", "Харбин"),
    ("Кореи", "Корея"), ("Сэйсин", None), ("Чхонджин", None),
    ("Москве", "Москва"), ("СССР", None), ("Китайской Республикой", "Китайская Республика"),
    ("Потсдамской", "Потсдам"),
    ("Харбине", "Харбин"), ("Чанчунь", None), ("Синьцзин", None), ("Маньчжоу-го", None),
    ("Мукден", None), ("Порт-Артуре", "Порт-Артур"), ("Дальнем", "Дальний"),
    ("Сахалине", "Сахалин"), ("Котонский", "Котон"), ("Торо", None), ("Маоке", "Маока"),
    ("Холмске", "Холмск"), ("Тоёхару", "Тоёхара"), ("Карафуто", None), ("Южно-Сахалинск", None),
    ("Камчатки", "Камчатка"), ("Шумшу", None), ("Курил", "Курильские острова"), ("Шумшу", None),
    ("Парамушира", "Парамушир"), ("Итуруп", None), ("Кунашир", None), ("Шикотан", None),
    ("Токийском заливе", "Токийский залив"), ("Японии", "Япония"), ("Японией", "Япония"),
    ("Южный Сахалин", None), ("Курильские острова", None), ("РСФСР", None),
]:
    place(quote, name)

# ---- events
event("обязался вступить в войну", "В феврале 1945 года на Ялтинской конференции СССР обязался вступить в войну "  # 0
      "с Японией", "treaty", date="В феврале 1945 года", place="Ялта",
      actors=[("СССР", "participant")], note="the Yalta agreement on the Far East")
event("денонсировала", "5 апреля Москва денонсировала советско-японский пакт о нейтралитете",  # 1
      "political_activity", date="5 апреля", place="Москва", actors=[("Москва", "agent")],
      note="denunciation of the 1941 neutrality pact")
event("объявлении войны", "8 августа Молотов вручил японскому послу заявление об объявлении войны",  # 2
      "political_activity", date="8 августа", place="Москва",
      actors=[("Молотов", "agent"), ("японскому послу", "target")],
      note="declaration of war, handed over in Moscow")
event("перешли границу", "В ночь на 9 августа войска Забайкальского, 1-го и 2-го Дальневосточных фронтов, "  # 3
      "более 1,5 млн человек, перешли границу Маньчжоу-го", "attack", date="В ночь на 9 августа",
      place="Маньчжоу-го",
      actors=[("войска Забайкальского, 1-го и 2-го Дальневосточных фронтов", "agent")],
      quantities=[qty("более 1,5 млн человек", "participants", 1500000, min=1500000, approximate=True)])
event("сбросили атомную бомбу", "В тот же день американцы сбросили атомную бомбу на Нагасаки", "explosion",  # 4
      date="В тот же день", place="Нагасаки", actors=[("американцы", "agent")])
event("объявила", "10 августа войну Японии объявила Монгольская Народная Республика",  # 5
      "political_activity", date="10 августа", place="Монгольская Народная Республика",
      actors=[("Монгольская Народная Республика", "agent"), ("Японии", "target")],
      note="declaration of war")
event("преодолела", "6-я гвардейская танковая армия за несколько дней преодолела перевалы Большого Хингана",  # 6
      "attack", date={"edtf": "1945-08-09/1945-08-12"}, place="Большой Хинган",
      actors=[("6-я гвардейская танковая армия", "agent")],
      note="the advance across the passes; between the start on 9 August and 12 August")
event("вышла", "к 12 августа вышла на Центральную Маньчжурскую равнину", "reinforcement",  # 7
      date="к 12 августа", place="Центральная Маньчжурская равнина",
      actors=[("6-я гвардейская танковая армия", "agent")])
event("Окружённый", "Окружённый в первые дни гарнизон Хайлара", "siege",  # 8
      date="в первые дни", place="Хайлар", actors=[("гарнизон Хайлара", "target")])
event("сопротивлялся", "Окружённый в первые дни гарнизон Хайлара сопротивлялся до 18 августа", "battle",  # 9
      date="до 18 августа", place="Хайлар", actors=[("гарнизон Хайлара", "agent")], same_as=8,
      note="the encircled garrison held out until 18 August")
event("прорывали укрепления", "На востоке войска маршала К. А. Мерецкова прорывали укрепления вдоль границы "  # 10
      "Приморья", "attack", date={"edtf": "1945-08-09/1945-08-16"}, place="Приморье",
      actors=[("войска маршала К. А. Мерецкова", "agent")],
      note="the breakthrough of the border fortifications opposite Primorye")
event("падения", "Дата падения крепости Хутоу остаётся спорной: называют дни от 19 до 26 августа",  # 11
      "capture", date="от 19 до 26 августа", place="Хутоу", assertion="disputed",
      note="the date of the fall is contested")
event("бои", "Самые тяжёлые бои развернулись за Муданьцзян", "battle",  # 12
      date={"edtf": "1945-08-09/1945-08-16"}, place="Муданьцзян")
event("контратаки", "Японские контратаки не смогли остановить наступление", "attack",  # 13
      date={"edtf": "1945-08-09/1945-08-16"}, place="Муданьцзян", assertion="failed")
event("взят", "16 августа город был взят", "capture", date="16 августа", place="Муданьцзян")  # 14
event("форсировали", "Войска М. А. Пуркаева форсировали Амур и Уссури", "attack",  # 15
      date={"edtf": "1945-08-09/1945-08-16"}, place="Амур", actors=[("Войска М. А. Пуркаева", "agent")])
event("форсировали", "Войска М. А. Пуркаева форсировали Амур и Уссури", "attack",  # 16
      date={"edtf": "1945-08-09/1945-08-16"}, place="Уссури", actors=[("Войска М. А. Пуркаева", "agent")])
event("взорвал", "По показаниям на Хабаровском процессе, в эти дни отряд 731 взорвал свои лаборатории под "  # 17
      "Харбином", "looting", date="в эти дни", place="Харбин", assertion="reported",
      actors=[("отряд 731", "agent")], note="destruction of property; attributed to trial testimony")
event("высадил десанты", "Флот высадил десанты в портах северной Кореи", "attack",  # 18
      date={"edtf": "1945-08-09/1945-08-16"}, place="Корея", actors=[("Флот", "agent")])
event("занят", "16 августа был занят Сэйсин (ныне Чхонджин)", "capture",  # 19
      date="16 августа", place="Сэйсин")
event("подписан договор", "14 августа в Москве был подписан договор о дружбе и союзе между СССР и Китайской "  # 20
      "Республикой", "treaty", date="14 августа", place="Москва",
      actors=[("СССР", "participant"), ("Китайской Республикой", "participant")])
event("приняло условия", "В тот же день японское правительство приняло условия Потсдамской декларации",  # 21
      "political_activity", date="В тот же день", actors=[("японское правительство", "agent")],
      note="acceptance of the surrender terms")
event("объявил о капитуляции", "на следующий день император Хирохито объявил о капитуляции по радио",  # 22
      "political_activity", date="на следующий день", actors=[("император Хирохито", "agent")])
event("приказа", "Но приказа прекратить огонь Квантунская армия не получила", "decree",  # 23
      date={"edtf": "1945-08-15/1945-08-17"}, assertion="negated",
      actors=[("Квантунская армия", "target")], note="no cease-fire order reached the army")
event("предложил прекратить боевые действия", "17 августа Ямада предложил прекратить боевые действия",  # 24
      "negotiations", date="17 августа", actors=[("Ямада", "agent")])
event("потребовал сложить оружие", "Маршал А. М. Василевский потребовал сложить оружие к полудню 20 августа",  # 25
      "negotiations", date={"edtf": "1945-08-17/1945-08-18"},
      actors=[("Маршал А. М. Василевский", "agent")],
      note="an ultimatum; 20 August is its deadline, not the date of the demand")
event("принял условия капитуляции", "19 августа начальник штаба Квантунской армии генерал Хата принял условия "  # 26
      "капитуляции", "treaty", date="19 августа",
      actors=[("начальник штаба Квантунской армии генерал Хата", "agent")])
event("Сдача в плен", "Сдача в плен продолжалась до конца месяца; по советским данным, было взято около "  # 27
      "600 тыс. пленных", "capture", date={"edtf": "1945-08-19/1945-08-31"}, place="Маньчжоу-го",
      quantities=[qty("около 600 тыс. пленных", "prisoners", 600000, approximate=True)],
      note="the mass surrender, from 19 August to the end of the month; only the count is attributed "
           "to Soviet data")
event("высадился", "18 августа в Харбине высадился воздушный десант", "occupation",  # 28
      date="18 августа", place="Харбин", actors=[("воздушный десант", "agent")])
event("заняли", "На следующий день десантники заняли Чанчунь (Синьцзин)", "occupation",  # 29
      date="На следующий день", place="Чанчунь", actors=[("десантники", "agent")])
event("заняли", "На следующий день десантники заняли Чанчунь (Синьцзин), столицу Маньчжоу-го, и Мукден",  # 30
      "occupation", date="На следующий день", place="Мукден", actors=[("десантники", "agent")])
event("задержан", "Мукден, где на аэродроме был задержан император Пу И", "arrest",  # 31
      date="На следующий день", place="Мукден", actors=[("император Пу И", "target")])
event("высадились", "22 августа десанты высадились в Порт-Артуре и Дальнем", "occupation",  # 32
      date="22 августа", place="Порт-Артур", actors=[("десанты", "agent")])
event("высадились", "22 августа десанты высадились в Порт-Артуре и Дальнем", "occupation",  # 33
      date="22 августа", place="Дальний", actors=[("десанты", "agent")])
event("подошли", "вскоре туда подошли танковые части", "reinforcement",  # 34
      date="вскоре", place="Порт-Артур", actors=[("танковые части", "agent")])
event("подошли", "вскоре туда подошли танковые части", "reinforcement",  # 35
      date="вскоре", place="Дальний", actors=[("танковые части", "agent")])
event("атаковал", "На Сахалине 11 августа 56-й стрелковый корпус атаковал Котонский укрепрайон", "attack",  # 36
      date="11 августа", place="Котон", actors=[("56-й стрелковый корпус", "agent")])
event("захлебнулись", "Первые атаки захлебнулись", "attack", date="11 августа", place="Котон",  # 37
      assertion="failed", same_as=36)
event("прорвать", "оборону удалось прорвать лишь через неделю", "capture",  # 38
      date="через неделю", place="Котон", note="the fortified region was broken through")
event("Высадив десанты", "Высадив десанты в Торо и Маоке (Холмске), советские войска", "attack",  # 39
      date={"edtf": "1945-08-11/1945-08-25"}, place="Торо", actors=[("советские войска", "agent")])
event("Высадив десанты", "Высадив десанты в Торо и Маоке (Холмске), советские войска", "attack",  # 40
      date={"edtf": "1945-08-11/1945-08-25"}, place="Маока", actors=[("советские войска", "agent")])
event("заняли", "советские войска 25 августа заняли Тоёхару", "occupation",  # 41
      date="25 августа", place="Тоёхара", actors=[("советские войска", "agent")])
event("высадился", "18 августа десант с Камчатки высадился на острове Шумшу", "attack",  # 42
      date="18 августа", place="Шумшу", actors=[("десант с Камчатки", "agent")])
event("Контратака", "Контратака японских танков была отбита", "attack",  # 43
      date="18 августа", place="Шумшу", assertion="failed", actors=[("японских танков", "agent")])
event("потеряли", "десантники потеряли убитыми и ранеными более 1,5 тыс. человек", "battle",  # 44
      date={"edtf": "1945-08-18/1945-08-23"}, place="Шумшу", actors=[("десантники", "participant")],
      quantities=[qty("более 1,5 тыс. человек", "fatalities", 1500, min=1500, approximate=True)],
      note="killed and wounded together; only the count is attributed to Soviet data")
event("капитулировали", "23 августа гарнизоны Шумшу и Парамушира капитулировали", "capture",  # 45
      date="23 августа", place="Шумшу", actors=[("гарнизоны Шумшу и Парамушира", "target")],
      note="surrender of the garrison")
event("капитулировали", "23 августа гарнизоны Шумшу и Парамушира капитулировали", "capture",  # 46
      date="23 августа", place="Парамушир", actors=[("гарнизоны Шумшу и Парамушира", "target")],
      note="surrender of the garrison")
event("заняли", "к 1 сентября советские войска заняли Итуруп, Кунашир и Шикотан", "occupation",  # 47
      date="к 1 сентября", place="Итуруп", actors=[("советские войска", "agent")])
event("заняли", "к 1 сентября советские войска заняли Итуруп, Кунашир и Шикотан", "occupation",  # 48
      date="к 1 сентября", place="Кунашир", actors=[("советские войска", "agent")])
event("заняли", "к 1 сентября советские войска заняли Итуруп, Кунашир и Шикотан", "occupation",  # 49
      date="к 1 сентября", place="Шикотан", actors=[("советские войска", "agent")])
event("подписан акт о капитуляции", "2 сентября в Токийском заливе на линкоре «Миссури» был подписан акт о "  # 50
      "капитуляции Японии", "treaty", date="2 сентября", place="Токийский залив",
      actors=[("Японии", "participant")])
event("указом", "В тот же день указом 3 сентября было объявлено днём победы над Японией", "decree",  # 51
      date="В тот же день")
event("потеряли убитыми", "Советские войска потеряли убитыми около 12 тыс. человек", "battle",  # 52
      date={"edtf": "1945-08-09/1945-09-02"}, actors=[("Советские войска", "participant")],
      quantities=[qty("около 12 тыс. человек", "fatalities", 12000, approximate=True)],
      note="the losses of the whole campaign")
event("включены в состав", "2 февраля 1946 года Южный Сахалин и Курильские острова были включены в состав РСФСР",  # 53
      "annexation", date="2 февраля 1946 года", place="Южный Сахалин", actors=[("РСФСР", "participant")])
event("включены в состав", "2 февраля 1946 года Южный Сахалин и Курильские острова были включены в состав РСФСР",  # 54
      "annexation", date="2 февраля 1946 года", place="Курильские острова", actors=[("РСФСР", "participant")])
