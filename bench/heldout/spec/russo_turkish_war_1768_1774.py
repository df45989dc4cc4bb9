"""Gold spec for bench/heldout/russo_turkish_war_1768_1774.txt (hand-coded; build with bench/gold/build_gold.py).

The text states once that its dates are Old Style (Julian). Day and month dates are converted to the
proleptic Gregorian calendar (+11 days in the 18th century); seasons and years are left as written.
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/russo_turkish_war_1768_1774.txt"

OS = "Old Style in the text, converted +11 days"

gazetteer({
    "Россия": ("polity", 55.75, 37.62, "Q159"),
    "Балта": ("settlement", 47.94, 29.62, None),
    "Крымское ханство": ("polity", 44.75, 33.86, None),
    "Константинополь": ("settlement", 41.01, 28.98, "Q406", "Стамбул"),
    "Османская империя": ("polity", 41.01, 28.98, "Q12560"),
    "Елисаветградская провинция": ("region", 48.51, 32.26, None),
    "Азов": ("settlement", 47.11, 39.42, None),
    "Таганрог": ("settlement", 47.21, 38.94, None),
    "Днестр": ("river", 48.52, 26.52, None),
    "Хотин": ("settlement", 48.51, 26.49, None),
    "Яссы": ("settlement", 47.16, 27.59, None),
    "Бухарест": ("settlement", 44.43, 26.10, None),
    "Рябая Могила": ("mountain", 46.3, 28.15, None),
    "Ларга": ("river", 45.95, 28.2, None),
    "Кагул": ("river", 45.7, 28.4, None),
    "Дунай": ("river", 45.3, 28.5, "Q1653"),
    "Измаил": ("settlement", 45.35, 28.84, None),
    "Килия": ("settlement", 45.45, 29.27, None),
    "Аккерман": ("settlement", 46.19, 30.35, None, "Белгород-Днестровский"),
    "Браилов": ("settlement", 45.27, 27.96, None, "Брэила"),
    "Бендеры": ("settlement", 46.83, 29.48, None),
    "Кронштадт": ("settlement", 59.99, 29.77, None),
    "Средиземное море": ("sea", 35.0, 18.0, "Q4918"),
    "Морея": ("region", 37.5, 22.4, None, "Пелопоннес"),
    "Порта": ("polity", 41.01, 28.98, None),
    "Хиосский пролив": ("sea", 38.4, 26.25, None),
    "Чесменская бухта": ("sea", 38.32, 26.29, None),
    "Крым": ("region", 45.0, 34.0, "Q7835"),
    "Перекоп": ("settlement", 46.16, 33.69, None),
    "Кафа": ("settlement", 45.03, 35.38, None, "Феодосия"),
    "Москва": ("settlement", 55.75, 37.62, "Q649"),
    "Карасубазар": ("settlement", 45.05, 34.60, None, "Белогорск"),
    "Фокшаны": ("settlement", 45.70, 27.18, None),
    "Силистрия": ("settlement", 44.12, 27.26, None, "Силистра"),
    "Козлуджа": ("settlement", 43.33, 27.59, None, "Суворово"),
    "Шумла": ("settlement", 43.27, 26.92, None, "Шумен"),
    "Кючук-Кайнарджи": ("settlement", 43.99, 27.51, None, "Кайнарджа"),
    "Керчь": ("settlement", 45.36, 36.47, None),
    "Еникале": ("settlement", 45.38, 36.61, None),
    "Кинбурн": ("settlement", 46.56, 31.52, None),
    "Кабарда": ("region", 43.5, 43.6, None),
    "Алушта": ("settlement", 44.67, 34.41, None),
    "Шумы": ("settlement", 44.70, 34.37, None, "Верхняя Кутузовка"),
})

# ---- dates, in reading order
date("1768–1774 годов", "1768/1774", "interval")
date("в XVIII веке", "1701/1800", "century", note="the XVIII century is 1701–1800")
date("летом 1768 года", "1768-22", "season")
date("25 сентября 1768 года", "1768-10-06", "day", note=OS)
date("В январе 1769 года", "1769-01-12/1769-02-11", "month", note=OS + " (whole month as an interval)")
date("Весной", "1769-21", "season", derivation="anchored")
date("долго", None, None, kind="duration", note="unquantified: for a long time")
date("в сентябре", "1769-09-12/1769-10-11", "month", derivation="anchored", note=OS)
date("Ещё в августе", "1769-08-12/1769-09-11", "month", derivation="anchored", note=OS)
date("Осенью", "1769-23", "season", derivation="anchored")
date("в ноябре", "1769-11-12/1769-12-11", "month", derivation="anchored", note=OS)
date("1770 года", "1770", "year")
date("17 июня", "1770-06-28", "day", derivation="anchored", note=OS)
date("7 июля", "1770-07-18", "day", derivation="anchored", note=OS)
date("21 июля", "1770-08-01", "day", derivation="anchored", note=OS)
date("В конце июля", "1770-08-01/1770-08-11", "interval", derivation="anchored",
     note=OS + ": 21–31 July")
date("в августе", "1770-08-12/1770-09-11", "month", derivation="anchored", note=OS)
date("осенью", "1770-23", "season", derivation="anchored")
date("16 сентября", "1770-09-27", "day", derivation="anchored", note=OS)
date("двухмесячной", None, None, kind="duration", duration="P2M")
date("летом 1769 года", "1769-22", "season")
date("В феврале 1770 года", "1770-02-12/1770-03-11", "month", note=OS)
date("вскоре", "1770-03/1770-06", "interval", kind="vague", derivation="anchored",
     note="soon after the rising of February 1770")
date("24 июня", "1770-07-05", "day", derivation="anchored", note=OS)
date("в ночь на 26 июня", "1770-07-06/1770-07-07", "day", derivation="anchored", note=OS)
date("В 1771 году", "1771", "year")
date("14 июня", "1771-06-25", "day", derivation="anchored", note=OS)
date("29 июня", "1771-07-10", "day", derivation="anchored", note=OS)
date("15 сентября", "1771-09-26", "day", derivation="anchored", note=OS)
date("на следующий день", "1771-09-27", "day", derivation="computed", note="15 September + 1 day; " + OS)
date("Ещё через день", "1771-09-28", "day", derivation="computed", note="16 September + 1 day; " + OS)
date("1 ноября 1772 года", "1772-11-12", "day", note=OS)
date("В июне 1773 года", "1773-06-12/1773-07-11", "month", note=OS)
date("9 июня 1774 года", "1774-06-20", "day", note=OS)
date("Вскоре", "1774-06-20/1774-07-21", "interval", kind="vague", derivation="anchored",
     note="soon after 9 June and before the treaty of 10 July (Old Style)")
date("10 июля 1774 года", "1774-07-21", "day", note=OS)
date("Через две недели", "1774-08-04", "day", derivation="computed", note="10 July + 2 weeks = 24 July; " + OS)
date("24 июля", "1774-08-04", "day", derivation="anchored", note=OS)

# ---- places, in reading order
for quote, name in [
    ("России", "Россия"), ("Балту", "Балта"), ("Крымскому ханству", "Крымское ханство"),
    ("Константинополе", "Константинополь"), ("Османская империя", None), ("России", "Россия"),
    ("Елисаветградскую провинцию", "Елисаветградская провинция"), ("Азов", None), ("Таганрог", None),
    ("Днестре", "Днестр"), ("Хотин", None), ("Яссы", None), ("Бухарест", None),
    ("Рябой Могилы", "Рябая Могила"), ("Ларге", "Ларга"), ("Кагул", None), ("Дунаю", "Дунай"),
    ("Измаил", None), ("Килия", None), ("Аккерман", None), ("Браилов", None), ("Бендерами", "Бендеры"),
    ("Кронштадта", "Кронштадт"), ("Средиземное море", None), ("Морее", "Морея"), ("Порты", "Порта"),
    ("Хиосском проливе", "Хиосский пролив"), ("Чесменской бухте", "Чесменская бухта"),
    ("Крым", None), ("Перекоп", None), ("Кафа", None), ("Москву", "Москва"),
    ("Карасубазаре", "Карасубазар"), ("Крымское ханство", None), ("России", "Россия"),
    ("Фокшанах", "Фокшаны"), ("Бухаресте", "Бухарест"),
    ("Дунай", None), ("Силистрию", "Силистрия"), ("Козлуджи", "Козлуджа"), ("Шумле", "Шумла"),
    ("Кючук-Кайнарджи", None), ("Россия", None), ("Керчь", None), ("Еникале", None), ("Кинбурн", None),
    ("Азов", None), ("Кабарду", "Кабарда"), ("Крымское ханство", None), ("Порты", "Порта"),
    ("Алушты", "Алушта"), ("Шумы", None),
]:
    place(quote, name)

# ---- events
event("набег", "Поводом к войне послужил набег гайдамаков летом 1768 года на местечко Балту", "attack",  # 0
      date="летом 1768 года", place="Балта", actors=[("гайдамаков", "agent")])
event("объявила России войну", "25 сентября 1768 года в Константинополе Османская империя объявила России "  # 1
      "войну", "political_activity", date="25 сентября 1768 года", place="Константинополь",
      actors=[("Османская империя", "agent"), ("России", "target")])
event("арестован", "русский резидент А. М. Обресков был арестован и заключён в Семибашенный замок",  # 2
      "arrest", date="25 сентября 1768 года", place="Константинополь",
      actors=[("русский резидент А. М. Обресков", "target")])
event("набег", "В январе 1769 года хан Крым-Гирей совершил последний крупный набег на Елисаветградскую "  # 3
      "провинцию и угнал несколько тысяч пленников", "attack", date="В январе 1769 года",
      place="Елисаветградская провинция", actors=[("хан Крым-Гирей", "agent")],
      quantities=[qty("несколько тысяч пленников", "prisoners", None, min=3000, max=9000, approximate=True)],
      note="the captives were civilians driven off by the raiders")
event("заняли", "Весной русские войска без боя заняли Азов и Таганрог", "occupation",  # 4
      date="Весной", place="Азов", actors=[("русские войска", "agent")])
event("заняли", "Весной русские войска без боя заняли Азов и Таганрог", "occupation",  # 5
      date="Весной", place="Таганрог", actors=[("русские войска", "agent")])
event("вступила", "Первая армия князя А. М. Голицына долго топталась на Днестре и лишь в сентябре вступила "  # 6
      "в брошенный турками Хотин", "occupation", date="в сентябре", place="Хотин",
      actors=[("Первая армия князя А. М. Голицына", "agent")])
event("брошенный", "лишь в сентябре вступила в брошенный турками Хотин", "retreat",  # 7
      date="в сентябре", place="Хотин", actors=[("турками", "agent")],
      note="the Turks abandoned the fortress before the Russians entered it")
event("назначен", "Ещё в августе её командующим был назначен П. А. Румянцев", "political_activity",  # 8
      date="Ещё в августе", actors=[("П. А. Румянцев", "participant")])
event("заняли", "Осенью его отряды заняли Яссы", "capture", date="Осенью", place="Яссы",  # 9
      actors=[("его отряды", "agent")])
event("заняли", "Осенью его отряды заняли Яссы, а в ноябре — Бухарест", "capture",  # 10
      date="в ноябре", place="Бухарест", actors=[("его отряды", "agent")])
event("разбил", "17 июня Румянцев разбил татарско-турецкий корпус у Рябой Могилы", "battle",  # 11
      date="17 июня", place="Рябая Могила",
      actors=[("Румянцев", "agent"), ("татарско-турецкий корпус", "target")])
event("разбил", "17 июня Румянцев разбил татарско-турецкий корпус у Рябой Могилы, а 7 июля — войска "  # 12
      "Абды-паши и хана Каплан-Гирея при Ларге", "battle", date="7 июля", place="Ларга",
      actors=[("Румянцев", "agent"), ("войска Абды-паши и хана Каплан-Гирея", "target")])
event("атаковала", "21 июля на реке Кагул армия Румянцева численностью около 38 тыс. человек атаковала "  # 13
      "лагерь великого визиря Халил-паши, у которого, по некоторым оценкам, было до 150 тыс. человек",
      "attack", date="21 июля", place="Кагул",
      actors=[("армия Румянцева", "agent"), ("лагерь великого визиря Халил-паши", "target")],
      quantities=[qty("около 38 тыс. человек", "participants", 38000, approximate=True),
                  qty("до 150 тыс. человек", "participants", 150000, max=150000, approximate=True)],
      note="the battle of Kagul; only the Ottoman strength is attributed ('по некоторым оценкам')")
event("бежали", "Турки в беспорядке бежали к Дунаю, потеряв около 20 тыс. убитыми и утонувшими", "retreat",  # 14
      date="21 июля", place="Дунай", actors=[("Турки", "agent")],
      quantities=[qty("около 20 тыс. убитыми и утонувшими", "fatalities", 20000, approximate=True)],
      note="flight of the beaten army after Kagul; place is the destination")
event("занял", "В конце июля отряд Н. В. Репнина занял Измаил", "capture",  # 15
      date="В конце июля", place="Измаил", actors=[("отряд Н. В. Репнина", "agent")])
event("пала", "в августе пала Килия", "capture", date="в августе", place="Килия")  # 16
event("пала", "в августе пала Килия, а осенью — Аккерман и Браилов", "capture",  # 17
      date="осенью", place="Аккерман")
event("пала", "в августе пала Килия, а осенью — Аккерман и Браилов", "capture",  # 18
      date="осенью", place="Браилов")
event("осады", "16 сентября после двухмесячной осады Вторая армия П. И. Панина штурмом овладела Бендерами",  # 19
      "siege", date={"edtf": "1770-07-27/1770-09-27"}, place="Бендеры",
      actors=[("Вторая армия П. И. Панина", "agent")],
      note="two months up to the storm of 16 September (Old Style) = 27 September (New Style)")
event("штурмом овладела", "16 сентября после двухмесячной осады Вторая армия П. И. Панина штурмом "  # 20
      "овладела Бендерами", "capture", date="16 сентября", place="Бендеры",
      actors=[("Вторая армия П. И. Панина", "agent")],
      quantities=[qty("около 5 тыс. защитников", "fatalities", 5000, approximate=True),
                  qty("более 2 тыс.", "prisoners", 2000, min=2000, approximate=True)])
event("прибыли", "Русские эскадры, вышедшие летом 1769 года из Кронштадта, прибыли в Средиземное море",  # 21
      "reinforcement", date={"edtf": "1769-06/1770-02"}, place="Средиземное море",
      actors=[("Русские эскадры", "agent")],
      note="after leaving in summer 1769 and before the landing of February 1770")
event("высаженные", "В феврале 1770 года высаженные в Морее отряды", "reinforcement",  # 22
      date="В феврале 1770 года", place="Морея", actors=[("отряды", "agent")])
event("восстание", "В феврале 1770 года высаженные в Морее отряды подняли греков на восстание", "uprising",  # 23
      date="В феврале 1770 года", place="Морея", actors=[("греков", "agent")])
event("подавлено", "но оно вскоре было подавлено", "suppression", date="вскоре", place="Морея")  # 24
event("резню", "албанские наёмники Порты устроили резню христиан", "massacre",  # 25
      date="вскоре", place="Морея",
      actors=[("албанские наёмники Порты", "agent"), ("христиан", "target")])
event("атаковал", "24 июня в Хиосском проливе флот под командованием А. Г. Орлова атаковал турецкий флот",  # 26
      "attack", date="24 июня", place="Хиосский пролив",
      actors=[("флот под командованием А. Г. Орлова", "agent"), ("турецкий флот", "target")])
event("сожгли", "а в ночь на 26 июня брандеры сожгли его в Чесменской бухте", "attack",  # 27
      date="в ночь на 26 июня", place="Чесменская бухта", actors=[("брандеры", "agent")],
      quantities=[qty("до 11 тыс. турецких моряков", "fatalities", 11000, max=11000, approximate=True),
                  qty("11 человек", "fatalities", 11)],
      note="losses given in the next sentence: up to 11,000 Ottoman, 11 Russian")
event("вторглась", "В 1771 году Вторая армия В. М. Долгорукова вторглась в Крым", "attack",  # 28
      date="В 1771 году", place="Крым", actors=[("Вторая армия В. М. Долгорукова", "agent")])
event("взят", "14 июня был взят Перекоп", "capture", date="14 июня", place="Перекоп")  # 29
event("взят", "14 июня был взят Перекоп, а 29 июня — Кафа", "capture", date="29 июня", place="Кафа")  # 30
event("бунт", "15 сентября там вспыхнул бунт", "riot", date="15 сентября", place="Москва")  # 31
event("убила", "на следующий день толпа убила архиепископа Амвросия", "attack_on_civilians",  # 32
      date="на следующий день", place="Москва",
      actors=[("толпа", "agent"), ("архиепископа Амвросия", "target")])
event("подавили", "Ещё через день войска подавили мятеж", "suppression",  # 33
      date="Ещё через день", place="Москва", actors=[("войска", "agent")])
event("подписан", "1 ноября 1772 года в Карасубазаре был подписан договор", "treaty",  # 34
      date="1 ноября 1772 года", place="Карасубазар")
event("объявлявший", "договор, объявлявший Крымское ханство независимым под покровительством России",  # 35
      "recognition", date="1 ноября 1772 года", place="Крымское ханство",
      actors=[("Крымское ханство", "target")])
event("Переговоры", "Переговоры в Фокшанах и затем в Бухаресте к миру не привели", "negotiations",  # 36
      date={"edtf": "1772/1773"}, place="Фокшаны")
event("Переговоры", "Переговоры в Фокшанах и затем в Бухаресте к миру не привели", "negotiations",  # 37
      date={"edtf": "1772/1773"}, place="Бухарест")
event("миру", "Переговоры в Фокшанах и затем в Бухаресте к миру не привели", "treaty",  # 38
      date={"edtf": "1772/1773"}, assertion="negated")
event("переправился", "В июне 1773 года Румянцев переправился через Дунай", "attack",  # 39
      date="В июне 1773 года", place="Дунай", actors=[("Румянцев", "agent")],
      note="an offensive crossing of the river")
event("осадил", "Румянцев переправился через Дунай и осадил Силистрию", "siege",  # 40
      date="В июне 1773 года", place="Силистрия", actors=[("Румянцев", "agent")])
event("взять", "но взять её не сумел", "capture", date="В июне 1773 года", place="Силистрия",  # 41
      assertion="failed")
event("вернулся", "и вернулся на левый берег", "retreat", date="В июне 1773 года", place="Дунай",  # 42
      note="back to the left bank of the Danube")
event("разгромили", "9 июня 1774 года корпуса А. В. Суворова и М. Ф. Каменского разгромили у Козлуджи "  # 43
      "около 40 тыс. турок", "battle", date="9 июня 1774 года", place="Козлуджа",
      actors=[("корпуса А. В. Суворова и М. Ф. Каменского", "agent"), ("турок", "target")],
      quantities=[qty("около 40 тыс. турок", "participants", 40000, approximate=True)])
event("блокировал", "Вскоре Румянцев блокировал визиря в Шумле", "siege",  # 44
      date="Вскоре", place="Шумла", actors=[("Румянцев", "agent"), ("визиря", "target")])
event("запросил мира", "Вскоре Румянцев блокировал визиря в Шумле, и тот запросил мира", "negotiations",  # 45
      date="Вскоре", place="Шумла")
event("подписан", "10 июля 1774 года в деревне Кючук-Кайнарджи был подписан мирный договор", "treaty",  # 46
      date="10 июля 1774 года", place="Кючук-Кайнарджи")
for town in ["Керчь", "Еникале", "Кинбурн", "Азов", "Кабарда"]:  # 47-51
    event("получила", "Россия получила Керчь, Еникале, Кинбурн, Азов и Кабарду", "territorial_transfer",
          date="10 июля 1774 года", place=town, actors=[("Россия", "agent")])
event("признано", "Крымское ханство было признано независимым от Порты", "recognition",  # 52
      date="10 июля 1774 года", place="Крымское ханство", actors=[("Крымское ханство", "target")])
event("высадившийся", "высадившийся у Алушты турецкий десант", "reinforcement",  # 53
      date={"edtf": "1774-07-12/1774-08-04"}, place="Алушта", actors=[("турецкий десант", "agent")],
      note="July (Old Style), before the battle of 24 July")
event("разбит", "Через две недели, 24 июля, высадившийся у Алушты турецкий десант был разбит у деревни Шумы",  # 54
      "battle", date="24 июля", place="Шумы", actors=[("турецкий десант", "target")])
