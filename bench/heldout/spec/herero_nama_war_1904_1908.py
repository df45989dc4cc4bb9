"""Gold spec for bench/heldout/herero_nama_war_1904_1908.txt (hand-coded; build with bench/gold/build_gold.py)."""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/herero_nama_war_1904_1908.txt"

gazetteer({
    "Германская Юго-Западная Африка": ("polity", -22.57, 17.08, None, "Намибия"),
    "Окаханджа": ("settlement", -21.98, 16.91, None),
    "Омаруру": ("settlement", -21.43, 15.94, None),
    "Виндхук": ("settlement", -22.57, 17.08, "Q3935"),
    "Свакопмунд": ("settlement", -22.68, 14.53, None),
    "Германия": ("polity", 52.52, 13.40, "Q183"),
    "Овиумбо": ("settlement", -21.85, 17.35, None),
    "Берлин": ("settlement", 52.52, 13.40, "Q64"),
    "Ватерберг": ("mountain", -20.45, 17.25, None),
    "Омахеке": ("region", -21.5, 19.5, None),
    "Бечуаналенд": ("region", -22.3, 24.7, None, "Ботсвана"),
    "Карасберг": ("mountain", -27.5, 18.8, None),
    "Гибеон": ("settlement", -25.12, 17.77, None),
    "Фальграс": ("settlement", -26.1, 18.45, None),
    "Берсеба": ("settlement", -25.99, 17.78, None),
    "Людериц": ("settlement", -26.65, 15.16, None),
    "Акулий остров": ("region", -26.64, 15.15, None),
    "Капская колония": ("region", -33.92, 18.42, None),
    "Калахари": ("region", -23.5, 21.5, None),
})

# ---- dates, in reading order
date("в 1904–1908 годах", "1904/1908", "interval")
date("начала XX века", "1901/1933", "century", note="beginning of a century = its first third")
date("К тому времени", None, None, kind="vague", derivation="anchored",
     note="'by then': before the rising of January 1904")
date("12 января 1904 года", "1904-01-12", "day")
date("В первые же дни", "1904-01-12/1904-01-18", "interval", derivation="computed",
     note="the first days after 12 January")
date("в это время", "1904-01", "month", kind="vague", derivation="anchored",
     note="at the time of the rising")
date("27 января", "1904-01-27", "day", derivation="anchored")
date("4 февраля", "1904-02-04", "day", derivation="anchored")
date("Вскоре", "1904-02/1904-03", "interval", kind="vague", derivation="anchored",
     note="soon after 4 February")
date("13 апреля", "1904-04-13", "day", derivation="anchored")
date("11 июня", "1904-06-11", "day", derivation="anchored")
date("К началу августа", "1904-08-01/1904-08-10", "interval", derivation="anchored",
     note="'by early August': the state held by then")
date("11 августа", "1904-08-11", "day", derivation="anchored")
date("два дня", None, None, kind="duration", duration="P2D")
date("2 октября", "1904-10-02", "day", derivation="anchored")
date("В декабре", "1904-12", "month", derivation="anchored")
date("Ещё в августе", "1904-08", "month", derivation="anchored",
     note="August 1904, before the Nama declaration of war of 3 October 1904")
date("3 октября 1904 года", "1904-10-03", "day")
date("В первые дни", "1904-10-03/1904-10-09", "interval", derivation="computed",
     note="the first days after 3 October")
date("29 октября 1905 года", "1905-10-29", "day")
date("В ноябре", "1905-11", "month", derivation="anchored")
date("в том же месяце", "1905-11", "month", derivation="anchored")
date("в сентябре 1906 года", "1906-09", "month")
date("к апрелю 1907 года", "1907-04", "month", note="'by April 1907': the state held by then")
date("31 марта 1907 года", "1907-03-31", "day")
date("в мае 1906 года", "1906-05", "month")
date("ненадолго", None, None, kind="duration", note="unquantified: for a short time")
date("20 сентября 1907 года", "1907-09-20", "day")
date("В марте 1908 года", "1908-03", "month")
date("В 2021 году", "2021", "year")

# ---- places, in reading order
for quote, name in [
    ("Германской Юго-Западной Африке", "Германская Юго-Западная Африка"),
    ("Окаханджи", "Окаханджа"), ("Окаханджу", "Окаханджа"), ("Омаруру", None), ("Виндхук", None),
    ("Окаханджу", "Окаханджа"), ("Омаруру", None), ("Свакопмунд", None), ("Германии", "Германия"),
    ("Овиумбо", None), ("Берлин", None), ("Свакопмунд", None), ("Ватерберг", None),
    ("Ватерберге", "Ватерберг"), ("Омахеке", None), ("Бечуаналенда", "Бечуаналенд"),
    ("Карасберг", None), ("Гибеона", "Гибеон"), ("Фальграса", "Фальграс"), ("Берсебе", "Берсеба"),
    ("Виндхука", "Виндхук"), ("Свакопмунда", "Свакопмунд"), ("Людерица", "Людериц"),
    ("Акульем острове", "Акулий остров"), ("Людерица", "Людериц"),
    ("Капскую колонию", "Капская колония"), ("капская", "Капская колония"),
    ("Калахари", None), ("Калахари", None), ("Германии", "Германия"),
]:
    place(quote, name)

# ---- events
event("Восстание", "Восстание гереро и нама в Германской Юго-Западной Африке в 1904–1908 годах",  # 0
      "uprising", date="в 1904–1908 годах", place="Германская Юго-Западная Африка",
      actors=[("гереро", "agent"), ("нама", "agent")])
event("восстали", "12 января 1904 года гереро во главе с верховным вождём Самуэлем Магареро восстали "  # 1
      "в округе Окаханджи", "uprising", date="12 января 1904 года", place="Окаханджа",
      actors=[("гереро", "agent"), ("Самуэлем Магареро", "agent")])
event("убили", "В первые же дни повстанцы убили около 120 немецких фермеров, торговцев и солдат",  # 2
      "attack_on_civilians", date="В первые же дни", place="Окаханджа",
      actors=[("повстанцы", "agent"), ("немецких фермеров, торговцев и солдат", "target")],
      quantities=[qty("около 120 немецких фермеров, торговцев и солдат", "fatalities", 120, approximate=True)],
      note="place: the Okahandja district of the previous sentence; victims mostly settlers")
event("осадили", "Они осадили Окаханджу и Омаруру", "siege",  # 3
      date={"edtf": "1904-01-12/1904-01-27"}, place="Окаханджа", actors=[("Они", "agent")],
      note="between the rising and the relief of 27 January")
event("осадили", "Они осадили Окаханджу и Омаруру", "siege",  # 4
      date={"edtf": "1904-01-12/1904-02-04"}, place="Омаруру", actors=[("Они", "agent")],
      note="between the rising and the relief of 4 February")
event("разрушили", "разрушили участки железной дороги на Виндхук", "looting",  # 5
      date={"edtf": "1904-01"}, note="sabotage of the railway line; Windhoek is only its destination")
event("деблокировала", "Рота капитана Франке 27 января деблокировала Окаханджу", "recapture",  # 6
      date="27 января", place="Окаханджа", actors=[("Рота капитана Франке", "agent")],
      note="relief of the besieged town")
event("освободила", "Рота капитана Франке 27 января деблокировала Окаханджу, а 4 февраля освободила Омаруру",  # 7
      "recapture", date="4 февраля", place="Омаруру", actors=[("Рота капитана Франке", "agent")],
      note="relief of the besieged town")
event("прибывать", "Вскоре в Свакопмунд стали прибывать морская пехота и добровольцы из Германии",  # 8
      "reinforcement", date="Вскоре", place="Свакопмунд",
      actors=[("морская пехота", "agent"), ("добровольцы", "agent")])
event("боя", "13 апреля отряд Лейтвейна после упорного боя у Овиумбо был вынужден отступить", "battle",  # 9
      date="13 апреля", place="Овиумбо", actors=[("отряд Лейтвейна", "participant")])
event("отступить", "13 апреля отряд Лейтвейна после упорного боя у Овиумбо был вынужден отступить",  # 10
      "retreat", date="13 апреля", place="Овиумбо", actors=[("отряд Лейтвейна", "agent")])
event("отстранил", "Берлин отстранил губернатора от командования", "political_activity",  # 11
      date={"edtf": "1904-04-13/1904-06-11"}, place="Берлин",
      actors=[("Берлин", "agent"), ("губернатора", "target")],
      note="between Oviumbo and von Trotha's arrival")
event("назначенный", "прибыл назначенный главнокомандующим генерал-лейтенант Лотар фон Трота",  # 12
      "political_activity", date={"edtf": "1904-04-13/1904-06-11"}, place="Берлин",
      actors=[("генерал-лейтенант Лотар фон Трота", "participant")],
      note="appointment made in Berlin before his arrival")
event("прибыл", "11 июня в Свакопмунд прибыл назначенный главнокомандующим генерал-лейтенант Лотар фон Трота",  # 13
      "reinforcement", date="11 июня", place="Свакопмунд",
      actors=[("генерал-лейтенант Лотар фон Трота", "agent")])
event("стянул", "К началу августа он стянул к плато Ватерберг около 1500 солдат с 30 орудиями",  # 14
      "reinforcement", date="К началу августа", place="Ватерберг", actors=[("он", "agent")],
      quantities=[qty("около 1500 солдат", "participants", 1500, approximate=True)])
event("сражение", "11 августа началось сражение при Ватерберге, продолжавшееся два дня", "battle",  # 15
      date="11 августа", place="Ватерберг", note="two days of fighting from 11 August")
event("Окружить", "Окружить противника немцам не удалось", "attack",  # 16
      date="11 августа", place="Ватерберг", assertion="failed",
      actors=[("немцам", "agent"), ("противника", "target")],
      note="the attempted encirclement at Waterberg")
event("ушли", "гереро вырвались из кольца и ушли на юго-восток, в безводную пустыню Омахеке", "flight",  # 17
      date={"edtf": "1904-08"}, place="Омахеке", actors=[("гереро", "participant")],
      note="place is the destination")
event("преследовали", "Немецкие патрули преследовали беглецов", "attack_on_civilians",  # 18
      date={"edtf": "1904-08/1904-10"}, place="Омахеке",
      actors=[("Немецкие патрули", "agent"), ("беглецов", "target")])
event("занимали", "Немецкие патрули преследовали беглецов и занимали колодцы", "occupation",  # 19
      date={"edtf": "1904-08/1904-10"}, place="Омахеке", actors=[("Немецкие патрули", "agent")],
      note="the waterholes were sealed off")
event("приказ", "2 октября фон Трота издал приказ, по которому любой гереро в пределах колонии, "  # 20
      "с оружием или без, подлежал расстрелу", "decree", date="2 октября",
      actors=[("фон Трота", "agent"), ("любой гереро", "target")])
event("погибли", "Тысячи людей погибли от жажды", "attack_on_civilians",  # 21
      date={"edtf": "1904-08/1904-12"}, place="Омахеке",
      quantities=[qty("Тысячи людей", "fatalities", None, min=2000, max=9000, approximate=True)],
      note="deaths in the desert the army sealed off")
event("добрались", "лишь немногие, в том числе Магареро, добрались до британского Бечуаналенда", "flight",  # 22
      date={"edtf": "1904-08/1904-12"}, place="Бечуаналенд",
      actors=[("немногие", "participant"), ("Магареро", "participant")], note="place is the destination")
event("отменил", "В декабре под давлением канцлера Бюлова кайзер отменил приказ", "decree",  # 23
      date="В декабре", actors=[("кайзер", "agent")], note="revocation of the order of 2 October")
event("сгонять", "уцелевших начали сгонять в концентрационные лагеря", "deportation",  # 24
      date="В декабре", actors=[("уцелевших", "target")])
event("партизанскую войну", "Ещё в августе на юге, в горах Карасберг, партизанскую войну начал Якоб Моренга",  # 25
      "uprising", date="Ещё в августе", place="Карасберг", actors=[("Якоб Моренга", "agent")])
event("объявил войну", "3 октября 1904 года немцам объявил войну престарелый вождь нама Хендрик Витбой",  # 26
      "political_activity", date="3 октября 1904 года",
      actors=[("престарелый вождь нама Хендрик Витбой", "agent"), ("немцам", "target")])
event("убили", "В первые дни его воины убили около 40 поселенцев в окрестностях Гибеона",  # 27
      "attack_on_civilians", date="В первые дни", place="Гибеон",
      actors=[("его воины", "agent"), ("поселенцев", "target")],
      quantities=[qty("около 40 поселенцев", "fatalities", 40, approximate=True)])
event("нападали", "Нама избегали больших сражений и нападали на обозы и фермы", "attack",  # 28
      date={"edtf": "1904-10/1905-10"}, actors=[("Нама", "agent"), ("обозы и фермы", "target")])
event("нападении", "29 октября 1905 года при нападении на немецкий обоз у Фальграса Витбой был "  # 29
      "смертельно ранен", "attack", date="29 октября 1905 года", place="Фальграс",
      actors=[("Витбой", "agent"), ("немецкий обоз", "target")], note="Witbooi was mortally wounded")
event("сдался", "В ноябре его преемник Самуэль Исаак сдался немцам в Берсебе", "political_activity",  # 30
      date="В ноябре", place="Берсеба", actors=[("его преемник Самуэль Исаак", "agent"), ("немцам", "participant")],
      note="a surrender")
event("покинул", "в том же месяце фон Трота покинул колонию", "political_activity",  # 31
      date="в том же месяце", place="Германская Юго-Западная Африка", actors=[("фон Трота", "agent")],
      note="the commander leaves the colony")
event("держали", "Пленных держали в лагерях Виндхука, Свакопмунда и Людерица", "arrest",  # 32
      date={"edtf": "1904-12/1908"}, place="Виндхук", actors=[("Пленных", "target")],
      note="detention in camps")
event("держали", "Пленных держали в лагерях Виндхука, Свакопмунда и Людерица", "arrest",  # 33
      date={"edtf": "1904-12/1908"}, place="Свакопмунд", actors=[("Пленных", "target")],
      note="detention in camps")
event("держали", "Пленных держали в лагерях Виндхука, Свакопмунда и Людерица", "arrest",  # 34
      date={"edtf": "1904-12/1908"}, place="Людериц", actors=[("Пленных", "target")],
      note="detention in camps")
event("доставили", "лагерь на Акульем острове у Людерица: в сентябре 1906 года туда доставили около 1800 нама",  # 35
      "deportation", date="в сентябре 1906 года", place="Акулий остров",
      quantities=[qty("около 1800 нама", "displaced", 1800, approximate=True)])
event("умерли", "к апрелю 1907 года более 1200 из них умерли", "attack_on_civilians",  # 36
      date="к апрелю 1907 года", place="Акулий остров",
      quantities=[qty("более 1200", "fatalities", 1200, min=1200, approximate=True)],
      note="deaths in the camp between September 1906 and April 1907")
event("отменили", "31 марта 1907 года в колонии отменили военное положение", "decree",  # 37
      date="31 марта 1907 года", place="Германская Юго-Западная Африка")
event("разбитый", "Моренга, разбитый в мае 1906 года", "battle",  # 38
      date="в мае 1906 года", actors=[("Моренга", "target")])
event("ушёл", "Моренга, разбитый в мае 1906 года, ушёл в Капскую колонию", "retreat",  # 39
      date="в мае 1906 года", place="Капская колония", actors=[("Моренга", "agent")],
      note="place is the destination")
event("интернировали", "где британцы ненадолго интернировали его", "arrest",  # 40
      date={"edtf": "1906"}, place="Капская колония", actors=[("британцы", "agent"), ("его", "target")])
event("настигла", "20 сентября 1907 года капская полиция настигла его отряд в Калахари", "attack",  # 41
      date="20 сентября 1907 года", place="Калахари",
      actors=[("капская полиция", "agent"), ("его отряд", "target")])
event("перестрелке", "Моренга погиб в перестрелке", "battle",  # 42
      date="20 сентября 1907 года", place="Калахари", same_as=41,
      actors=[("Моренга", "participant")], note="adds that Morenga was killed")
event("атаковал", "В марте 1908 года отряд капитана Эркерта атаковал в Калахари лагерь Симона Купера",  # 43
      "attack", date="В марте 1908 года", place="Калахари",
      actors=[("отряд капитана Эркерта", "agent"), ("лагерь Симона Купера", "target")],
      note="the text adds that Erckert himself was killed")
event("погибли", "По разным оценкам, погибли от 24 до 65 тыс. гереро и около 10 тыс. нама", "massacre",  # 44
      date="в 1904–1908 годах", place="Германская Юго-Западная Африка",
      actors=[("гереро", "target"), ("нама", "target")],
      quantities=[qty("от 24 до 65 тыс. гереро", "fatalities", None, min=24000, max=65000, approximate=True),
                  qty("около 10 тыс. нама", "fatalities", 10000, approximate=True)],
      note="overall toll of the war and genocide; the counts are estimates, the deaths are asserted")
event("признало", "В 2021 году правительство Германии признало эти события геноцидом", "recognition",  # 45
      date="В 2021 году", place="Германия", actors=[("правительство Германии", "agent")])
