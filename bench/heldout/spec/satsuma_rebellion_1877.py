"""Gold spec for bench/heldout/satsuma_rebellion_1877.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/satsuma_rebellion_1877.txt"

gazetteer({
    "Сацума": ("region", 31.6, 130.5, None),
    "Япония": ("polity", 35.68, 139.69, "Q17"),
    "Корея": ("polity", 37.57, 126.98, None),
    "Кагосима": ("settlement", 31.6, 130.56, None),
    "Кумамото": ("settlement", 32.8, 130.71, None),
    "Хаги": ("settlement", 34.41, 131.4, None),
    "Токио": ("settlement", 35.68, 139.69, "Q1490"),
    "Кюсю": ("region", 32.6, 130.9, None),
    "Табарудзака": ("mountain", 32.88, 130.64, None),
    "Яцусиро": ("settlement", 32.51, 130.6, None),
    "Хитоёси": ("settlement", 32.21, 130.76, None),
    "Хюга": ("region", 32.2, 131.35, None),
    "Миякондзё": ("settlement", 31.72, 131.06, None),
    "Нобеока": ("settlement", 32.58, 131.66, None),
    "Вадагоэ": ("mountain", 32.61, 131.65, None),
    "Энодакэ": ("mountain", 32.64, 131.62, None),
    "Сирояма": ("mountain", 31.6, 130.55, None),
})

# ---- dates, in reading order (Gregorian throughout, as the text states)
date("1877 года", "1877", "year")
date("в 1873 г.", "1873", "year")
date("Осенью того же года", "1873-23", "season", derivation="anchored")
date("В 1874 г.", "1874", "year")
date("в марте 1876 г.", "1876-03", "month")
date("в августе", "1876-08", "month", derivation="anchored")
date("В конце октября", "1876-10-21/1876-10-31", "interval", derivation="anchored")
date("В январе 1877 г.", "1877-01", "month")
date("29 января", "1877-01-29", "day", derivation="anchored")
date("в следующие дни", "1877-01-30/1877-02-05", "interval", kind="vague", derivation="computed",
     note="the days right after 29 January")
date("В начале февраля", "1877-02-01/1877-02-10", "interval", derivation="anchored")
date("15 февраля", "1877-02-15", "day", derivation="anchored")
date("19 февраля", "1877-02-19", "day", derivation="anchored")
date("22 февраля", "1877-02-22", "day", derivation="anchored")
date("почти на два месяца", None, None, kind="duration", duration="P2M", note="approximate: almost two months")
date("4 марта", "1877-03-04", "day", derivation="anchored")
date("семнадцать дней", None, None, kind="duration", duration="P17D")
date("20 марта", "1877-03-20", "day", derivation="anchored")
date("Тем временем", "1877-03-04/1877-03-20", "interval", kind="vague", derivation="anchored",
     note="during the Tabaruzaka fighting; the following '19 марта' narrows it")
date("19 марта", "1877-03-19", "day", derivation="anchored")
date("14 апреля", "1877-04-14", "day", derivation="anchored")
date("1 июня", "1877-06-01", "day", derivation="anchored")
date("24 июля", "1877-07-24", "day", derivation="anchored")
date("14 августа", "1877-08-14", "day", derivation="anchored")
date("На следующий день", "1877-08-15", "day", derivation="computed", note="14 August + 1 day")
date("16 августа", "1877-08-16", "day", derivation="anchored")
date("В ночь на 18 августа", "1877-08-17/1877-08-18", "day", derivation="anchored")
date("через две недели", "1877-09-01", "day", derivation="computed", note="18 August + 2 weeks")
date("1 сентября", "1877-09-01", "day", derivation="anchored")
date("в течение нескольких дней", None, None, kind="duration", note="unquantified: several days")
date("На рассвете 24 сентября", "1877-09-24", "day", derivation="anchored")
date("14 мая 1878 г.", "1878-05-14", "day")
date("В 1889 г.", "1889", "year")

# ---- places, in reading order
for quote, name in [
    ("Сацумское", "Сацума"), ("Японии", "Япония"), ("Япония", "Япония"), ("Корею", "Корея"),
    ("Кагосиму", "Кагосима"), ("Сацумы", "Сацума"), ("Кумамото", "Кумамото"), ("Хаги", "Хаги"),
    ("Кагосиме", "Кагосима"), ("Токио", "Токио"), ("Кагосимы", "Кагосима"),
    ("Кумамото", "Кумамото"), ("Кюсю", "Кюсю"), ("Табарудзака", "Табарудзака"), ("Яцусиро", "Яцусиро"),
    ("Кумамото", "Кумамото"),
    ("Хитоёси", "Хитоёси"), ("Хюга", "Хюга"), ("Миякондзё", "Миякондзё"), ("Нобеока", "Нобеока"),
    ("Вадагоэ", "Вадагоэ"), ("Энодакэ", "Энодакэ"), ("Кагосиме", "Кагосима"),
    ("Сирояма", "Сирояма"),
    ("Токио", "Токио"),
]:
    place(quote, name)

# ---- events
event("восстание", "Сацумское восстание 1877 года стало последним и самым крупным вооружённым "  # 0
      "выступлением самураев", "uprising", date="1877 года", place="Сацума",
      actors=[("самураев", "agent")])
event("вышел из правительства", "Осенью того же года Сайго Такамори, один из героев реставрации, вышел "  # 1
      "из правительства после спора о походе на Корею", "political_activity", date="Осенью того же года",
      actors=[("Сайго Такамори", "agent")], note="resignation; the debate was about an expedition to Korea")
event("учредил", "В 1874 г. он учредил там частные школы", "founding", date="В 1874 г.",  # 2
      place="Кагосима", actors=[("частные школы", "participant")])
event("указ", "в марте 1876 г. указ запретил ношение мечей", "decree", date="в марте 1876 г.",  # 3
      place="Япония")
event("заменены", "а в августе самурайские пенсии были заменены облигациями", "decree",  # 4
      date="в августе", place="Япония")
event("мятежи", "В конце октября вспыхнули мятежи в Кумамото и Хаги", "uprising",  # 5
      date="В конце октября", place="Кумамото")
event("мятежи", "В конце октября вспыхнули мятежи в Кумамото и Хаги", "uprising",  # 6
      date="В конце октября", place="Хаги")
event("подавленные", "мятежи в Кумамото и Хаги, быстро подавленные правительственными войсками",  # 7
      "suppression", date={"edtf": "1876-10-21/1876-11-30"}, place="Кумамото",
      actors=[("правительственными войсками", "agent")], note="'quickly' after the late-October risings")
event("подавленные", "мятежи в Кумамото и Хаги, быстро подавленные правительственными войсками",  # 8
      "suppression", date={"edtf": "1876-10-21/1876-11-30"}, place="Хаги",
      actors=[("правительственными войсками", "agent")], note="'quickly' after the late-October risings")
event("налёт", "29 января ученики частных школ совершили налёт на арсенал и захватили хранившиеся там "  # 9
      "боеприпасы", "attack", date="29 января", place="Кагосима",
      actors=[("ученики частных школ", "agent")], note="the arsenal in Kagoshima named in the previous sentence")
event("разграбили", "а в следующие дни разграбили и другие военные склады города", "looting",  # 10
      date="в следующие дни", place="Кагосима")
event("арестованы", "В начале февраля в городе были арестованы полицейские агенты, присланные из Токио",  # 11
      "arrest", date="В начале февраля", place="Кагосима", actors=[("полицейские агенты", "target")],
      note="'в городе' is Kagoshima")
event("выступила", "15 февраля армия Сайго численностью около 13 тыс. человек выступила из Кагосимы на "  # 12
      "север", "reinforcement", date="15 февраля", place="Кагосима", actors=[("армия Сайго", "agent")],
      quantities=[qty("около 13 тыс. человек", "participants", 13000, approximate=True)],
      note="the place is the point of departure, the only place the clause names")
event("указ", "19 февраля вышел указ о карательном походе", "decree", date="19 февраля")  # 13
event("назначен", "главнокомандующим был назначен принц Арисугава Тарухито", "political_activity",  # 14
      date="19 февраля", actors=[("принц Арисугава Тарухито", "participant")])
event("окружили", "22 февраля сацумцы окружили крепость", "siege", date="22 февраля",  # 15
      place="Кумамото", actors=[("сацумцы", "agent")],
      quantities=[qty("около 4 тыс. солдат", "participants", 4000, approximate=True)],
      note="the garrison's strength is given in the previous sentence")
event("штурм", "22 февраля сацумцы окружили крепость и бросились на штурм, однако взять её не сумели",  # 16
      "attack", date="22 февраля", place="Кумамото", assertion="failed", actors=[("сацумцы", "agent")])
event("осада", "осада растянулась почти на два месяца", "siege",  # 17
      date={"edtf": "1877-02-22/1877-04-14"}, place="Кумамото", same_as=15)
event("примкнули", "К повстанцам по пути примкнули добровольцы со всего Кюсю", "reinforcement",  # 18
      date={"edtf": "1877-02/1877-03"}, place="Кюсю", actors=[("добровольцы", "agent")])
event("сражение", "4 марта у холма Табарудзака завязалось сражение, длившееся семнадцать дней",  # 19
      "battle", date="4 марта", place="Табарудзака")
event("овладели", "20 марта призывные войска овладели высотами", "capture", date="20 марта",  # 20
      place="Табарудзака", actors=[("призывные войска", "agent")])
event("высадился", "Тем временем 19 марта отряд Куроды Киётаки высадился у Яцусиро", "reinforcement",  # 21
      date="19 марта", place="Яцусиро", actors=[("отряд Куроды Киётаки", "agent")])
event("пробились", "14 апреля его части пробились к Кумамото", "reinforcement", date="14 апреля",  # 22
      place="Кумамото", actors=[("его части", "agent")])
event("снята", "14 апреля его части пробились к Кумамото, и осада была снята", "siege",  # 23
      date="14 апреля", place="Кумамото", same_as=15, note="the end of the siege")
event("отступил", "Сайго отступил в горный Хитоёси", "retreat",  # 24
      date={"edtf": "1877-04-14/1877-06-01"}, place="Хитоёси", actors=[("Сайго", "agent")],
      note="between the lifting of the siege and 1 June; the place is the destination")
event("взяли", "1 июня правительственные войска взяли и этот город", "capture", date="1 июня",  # 25
      place="Хитоёси", actors=[("правительственные войска", "agent")])
event("откатились", "Повстанцы откатились в провинцию Хюга", "retreat",  # 26
      date={"edtf": "1877-06/1877-07"}, place="Хюга", actors=[("Повстанцы", "agent")],
      note="the place is the destination")
event("пал", "24 июля пал Миякондзё", "capture", date="24 июля", place="Миякондзё")  # 27
event("пал", "24 июля пал Миякондзё, а 14 августа — Нобеока", "capture", date="14 августа",  # 28
      place="Нобеока")
event("разбит", "На следующий день Сайго был разбит у Вадагоэ", "battle", date="На следующий день",  # 29
      place="Вадагоэ", actors=[("Сайго", "participant")])
event("распустил", "16 августа распустил свою армию", "political_activity", date="16 августа",  # 30
      place="Вадагоэ", note="the disbanding of the rebel army near the place of the last battle")
event("прорвали", "В ночь на 18 августа около 500 самых верных его сторонников прорвали кольцо "  # 31
      "окружения у горы Энодакэ", "attack", date="В ночь на 18 августа", place="Энодакэ",
      actors=[("самых верных его сторонников", "agent")],
      quantities=[qty("около 500", "participants", 500, approximate=True)])
event("вышли", "через две недели горными тропами вышли к Кагосиме", "reinforcement",  # 32
      date="через две недели", place="Кагосима")
event("заняли", "1 сентября они заняли холм Сирояма над городом", "capture", date="1 сентября",  # 33
      place="Сирояма", actors=[("они", "agent")])
event("окружили", "До 30 тыс. правительственных солдат окружили высоту", "siege",  # 34
      date={"edtf": "1877-09-01/1877-09-24"}, place="Сирояма",
      actors=[("правительственных солдат", "agent")],
      quantities=[qty("До 30 тыс. правительственных солдат", "participants", 30000, max=30000,
                      approximate=True)])
event("обстреливали", "в течение нескольких дней обстреливали её из орудий и с кораблей", "bombardment",  # 35
      date={"edtf": "1877-09-01/1877-09-24"}, place="Сирояма")
event("штурм", "На рассвете 24 сентября начался последний штурм", "attack",  # 36
      date="На рассвете 24 сентября", place="Сирояма")
event("погибли", "около 40 его соратников погибли в рукопашной схватке", "attack",  # 37
      date="На рассвете 24 сентября", place="Сирояма", same_as=36,
      quantities=[qty("около 40", "fatalities", 40, approximate=True)],
      note="Saigō also died; the manner of his death is given as tradition ('по преданию')")
event("Война", "Война унесла жизни около 6,4 тыс. правительственных солдат, ещё более 9 тыс. были ранены; "  # 38
      "мятежники потеряли убитыми около 6,8 тыс. человек", "battle",
      date={"edtf": "1877-02/1877-09"}, place="Кюсю",
      quantities=[qty("около 6,4 тыс. правительственных солдат", "fatalities", 6400, approximate=True),
                  qty("более 9 тыс.", "wounded", 9000, min=9000, approximate=True),
                  qty("около 6,8 тыс. человек", "fatalities", 6800, approximate=True)],
      note="the losses of the whole war")
event("убили", "14 мая 1878 г. в Токио шестеро самураев, сочувствовавших Сайго, убили министра Окубо "  # 39
      "Тосимити", "attack_on_civilians", date="14 мая 1878 г.", place="Токио",
      actors=[("шестеро самураев", "agent"), ("министра Окубо Тосимити", "target")],
      quantities=[qty("шестеро самураев", "participants", 6)])
event("помилован", "В 1889 г. Сайго был посмертно помилован", "amnesty", date="В 1889 г.",  # 40
      actors=[("Сайго", "target")])
