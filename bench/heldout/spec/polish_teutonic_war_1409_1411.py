"""Gold spec for bench/heldout/polish_teutonic_war_1409_1411.txt (hand-coded; build with bench/gold/build_gold.py).

Julian dates, all before the 1582 reform, taken as written (the text says so once).
The Teutonic Order is coded as an actor, not as a place; its land is named as Пруссия ("прусскую", "прусских").
"""
from build_gold import date, event, gazetteer, place, qty

TEXT = "bench/heldout/polish_teutonic_war_1409_1411.txt"

gazetteer({
    "Польша": ("polity", 50.06, 19.94, None),
    "Литва": ("polity", 54.69, 25.28, None),
    "Жемайтия": ("region", 55.8, 22.4, None),
    "Самогития": ("region", 55.8, 22.4, None),
    "Добжинская земля": ("region", 52.9, 19.3, None),
    "Добжинь": ("settlement", 52.64, 19.32, None),
    "Добрин": ("settlement", 52.64, 19.32, None, "Добжинь"),
    "Рыпин": ("settlement", 53.07, 19.43, None),
    "Бобровники": ("settlement", 52.78, 18.96, None),
    "Быдгощ": ("settlement", 53.12, 18.01, None),
    "Бромберг": ("settlement", 53.12, 18.01, None, "Быдгощ"),
    "Мемель": ("settlement", 55.71, 21.13, None, "Клайпеда"),
    "Клайпеда": ("settlement", 55.71, 21.13, None),
    "Брест": ("settlement", 52.1, 23.69, None),
    "Мариенбург": ("settlement", 54.04, 19.03, None, "Мальборк"),
    "Мальборк": ("settlement", 54.04, 19.03, None),
    "Прага": ("settlement", 50.09, 14.42, "Q1085"),
    "Висла": ("river", 52.4, 20.3, "Q548"),
    "Червиньск": ("settlement", 52.4, 20.31, None),
    "Козенице": ("settlement", 51.58, 21.55, None),
    "Пруссия": ("region", 54.0, 20.0, None),
    "Древенц": ("river", 53.39, 19.57, None, "Дрвенца"),
    "Дрвенца": ("river", 53.39, 19.57, None),
    "Кауэрник": ("settlement", 53.4, 19.58, None, "Кужетник"),
    "Гильгенбург": ("settlement", 53.43, 20.03, None, "Домбрувно"),
    "Домбрувно": ("settlement", 53.43, 20.03, None),
    "Грюнвальд": ("settlement", 53.48, 20.12, None),
    "Танненберг": ("settlement", 53.49, 20.14, None, "Стембарк"),
    "Стембарк": ("settlement", 53.49, 20.14, None),
    "Смоленск": ("settlement", 54.78, 32.05, None),
    "Швец": ("settlement", 53.41, 18.45, None, "Свеце"),
    "Торн": ("settlement", 53.01, 18.6, None, "Торунь"),
    "Эльбинг": ("settlement", 54.16, 19.4, None, "Эльблонг"),
    "Данциг": ("settlement", 54.35, 18.65, None, "Гданьск"),
    "Гданьск": ("settlement", 54.35, 18.65, None),
    "Короново": ("settlement", 53.31, 17.94, None),
})

# ---- dates, in reading order (Julian, as written: all before 1582)
date("1409–1411", "1409/1411", "interval")
date("в 1398 году", "1398", "year")
date("В мае 1409 года", "1409-05", "month")
date("6 августа 1409 года", "1409-08-06", "day")
date("вскоре", "1409-08-06/1409-08-31", "interval", kind="vague", derivation="anchored",
     note="soon after 6 August 1409")
date("двухнедельной", None, None, kind="duration", duration="P2W")
date("Тогда же", "1409-08", "month", kind="vague", derivation="anchored",
     note="at the same time as the invasion of the Dobrzyń land")
date("Осенью", "1409-23", "season", derivation="anchored")
date("8 октября", "1409-10-08", "day", derivation="anchored")
date("до 24 июня 1410 года", "1410-06-24", "day", note="the day the truce was to end")
date("В декабре 1409 года", "1409-12", "month")
date("в середине февраля 1410 года", "1410-02-11/1410-02-20", "interval")
date("В конце июня", "1410-06-21/1410-06-30", "interval", derivation="anchored")
date("2 июля", "1410-07-02", "day", derivation="anchored")
date("Через неделю", "1410-07-09", "day", derivation="computed", note="2 July + 7 days")
date("13 июля", "1410-07-13", "day", derivation="anchored")
date("15 июля 1410 года", "1410-07-15", "day")
date("26 июля", "1410-07-26", "day", derivation="anchored")
date("тем временем", "1410-07-15/1410-09-19", "interval", kind="vague", derivation="anchored",
     note="after the battle, while the allies marched on and besieged Marienburg")
date("Почти восемь недель", None, None, kind="duration", duration="P8W", note="'almost' eight weeks")
date("В сентябре", "1410-09", "month", derivation="anchored")
date("19 сентября", "1410-09-19", "day", derivation="anchored")
date("Осенью", "1410-23", "season", derivation="anchored")
date("10 октября", "1410-10-10", "day", derivation="anchored")
date("9 ноября", "1410-11-09", "day", derivation="anchored")
date("в декабре", "1410-12", "month", derivation="anchored")
date("1 февраля 1411 года", "1411-02-01", "day")

# ---- places, in reading order
for quote, name in [
    ("Польши", "Польша"), ("Литвы", "Литва"),
    ("Жемайтию", "Жемайтия"), ("Самогитию", "Самогития"),
    ("Литве", "Литва"), ("Литву", "Литва"),
    ("Польше", "Польша"), ("Добжинскую землю", "Добжинская земля"), ("Добжинь", None), ("Добрин", None),
    ("Рыпин", None), ("Бобровники", None), ("Быдгощ", None), ("Бромберг", None), ("Мемель", None),
    ("Клайпеду", "Клайпеда"),
    ("Быдгощ", None),
    ("Бресте", "Брест"), ("Мариенбург", None), ("Праге", "Прага"),
    ("Вислу", "Висла"), ("Червиньска", "Червиньск"), ("Козеницами", "Козенице"), ("прусскую", "Пруссия"),
    ("Древенц", None), ("Дрвенцу", "Дрвенца"), ("Кауэрника", "Кауэрник"), ("Гильгенбург", None),
    ("Домбрувно", None),
    ("Грюнвальд", None), ("Танненберг", None), ("Стембарк", None),
    ("смоленские", "Смоленск"),
    ("Швеца", "Швец"), ("Мариенбург", None), ("Мальборк", None), ("Торн", None), ("Эльбинг", None),
    ("Данциг", None), ("Гданьск", None), ("прусских", "Пруссия"),
    ("Коронова", "Короново"),
    ("Торне", "Торн"), ("Польша", None), ("Добжинскую землю", "Добжинская земля"), ("Жемайтия", None),
]:
    place(quote, name)

# ---- events
GRUNWALD = 27
MARIENBURG_SIEGE = {"edtf": "1410-07-26/1410-09-19"}

event("уступил", "Жемайтию (Самогитию) великий князь литовский Витовт уступил Тевтонскому ордену ещё в "  # 0
      "1398 году", "territorial_transfer", date="в 1398 году", place="Жемайтия",
      actors=[("Витовт", "agent"), ("Тевтонскому ордену", "participant")])
event("восстание", "В мае 1409 года жемайты подняли восстание", "uprising",  # 1
      date="В мае 1409 года", place="Жемайтия", actors=[("жемайты", "agent")])
event("напали", "жемайты подняли восстание и при негласной поддержке Витовта напали на орденские замки",  # 2
      "attack", date="В мае 1409 года", place="Жемайтия",
      actors=[("жемайты", "agent"), ("орденские замки", "target")])
event("пригрозил", "Великий магистр Ульрих фон Юнгинген пригрозил Литве походом", "political_activity",  # 3
      date={"edtf": "1409-05/1409-08"}, actors=[("Великий магистр Ульрих фон Юнгинген", "agent"),
                                                  ("Литве", "target")],
      note="a threat of war; between the May rising and the declaration of 6 August")
event("ответили", "польские послы ответили, что король Владислав II Ягайло не оставит Литву",  # 4
      "political_activity", date={"edtf": "1409-05/1409-08"}, actors=[("польские послы", "agent")],
      note="a diplomatic reply: Poland would stand by Lithuania")
event("объявил Польше войну", "6 августа 1409 года магистр объявил Польше войну", "political_activity",  # 5
      date="6 августа 1409 года", actors=[("магистр", "agent"), ("Польше", "target")],
      note="declaration of war")
event("вторглись", "вскоре орденские войска вторглись в Добжинскую землю", "attack",  # 6
      date="вскоре", place="Добжинская земля", actors=[("орденские войска", "agent")])
event("взяли", "Они взяли Добжинь (Добрин) и Рыпин", "capture", date="вскоре", place="Добжинь")  # 7
event("взяли", "Они взяли Добжинь (Добрин) и Рыпин", "capture", date="вскоре", place="Рыпин")  # 8
event("осады", "замок Бобровники сдался после двухнедельной осады", "siege",  # 9
      date={"edtf": "1409-08/1409-09"}, place="Бобровники", actors=[("замок Бобровники", "target")],
      note="a two-week siege begun after the invasion of mid-August")
event("сдался", "замок Бобровники сдался после двухнедельной осады", "capture",  # 10
      date={"edtf": "1409-08/1409-09"}, place="Бобровники", actors=[("замок Бобровники", "target")],
      note="taken by the Order on surrender")
event("захватили", "Тогда же рыцари захватили польский Быдгощ (Бромберг)", "capture",  # 11
      date="Тогда же", place="Быдгощ", actors=[("рыцари", "agent")])
event("набег", "жемайты совершили набег на Мемель (Клайпеду)", "attack",  # 12
      date="Тогда же", place="Мемель", actors=[("жемайты", "agent")])
event("вернул", "Осенью Ягайло вернул Быдгощ", "recapture", date="Осенью", place="Быдгощ",  # 13
      actors=[("Ягайло", "agent")])
event("битвы", "до большой битвы дело не дошло", "battle", date="Осенью", assertion="negated")  # 14
event("заключено перемирие", "при посредничестве чешского короля Вацлава IV 8 октября было заключено "  # 15
      "перемирие до 24 июня 1410 года", "treaty", date="8 октября",
      actors=[("чешского короля Вацлава IV", "participant")])
event("встретились", "В декабре 1409 года Ягайло и Витовт встретились в Бресте и тайно договорились идти "  # 16
      "прямо на столицу Ордена", "negotiations", date="В декабре 1409 года", place="Брест",
      actors=[("Ягайло", "participant"), ("Витовт", "participant")])
event("договорились", "В декабре 1409 года Ягайло и Витовт встретились в Бресте и тайно договорились идти "  # 17
      "прямо на столицу Ордена", "treaty", date="В декабре 1409 года", place="Брест",
      actors=[("Ягайло", "participant"), ("Витовт", "participant")],
      note="a secret agreement on a joint campaign against Marienburg")
event("Приговор", "Приговор Вацлава, объявленный в середине февраля 1410 года в Праге", "political_activity",  # 18
      date="в середине февраля 1410 года", place="Прага", actors=[("Вацлава", "agent")],
      note="an arbitration award")
event("отвергли", "поляки его отвергли", "non_recognition", date="в середине февраля 1410 года",  # 19
      actors=[("поляки", "agent")], note="the Poles rejected Wenceslas's award")
event("переправилось", "В конце июня польское войско переправилось через Вислу у Червиньска по наплавному "  # 20
      "мосту", "reinforcement", date="В конце июня", place="Червиньск",
      actors=[("польское войско", "agent")])
event("присоединились", "2 июля к нему присоединились литовские и русские полки Витовта и татарский отряд "  # 21
      "Джелал ад-Дина", "reinforcement", date="2 июля", place="Червиньск",
      actors=[("литовские и русские полки Витовта", "agent"), ("татарский отряд Джелал ад-Дина", "agent")])
event("перешли", "Через неделю союзники перешли прусскую границу", "attack",  # 22
      date="Через неделю", place="Пруссия", actors=[("союзники", "agent")])
event("ждал", "Юнгинген ждал их на укреплённой переправе через Древенц (Дрвенцу) у Кауэрника",  # 23
      "reinforcement", date={"edtf": "1410-07"}, place="Кауэрник", actors=[("Юнгинген", "agent")],
      note="the Order's army deployed at the crossing")
event("взяли", "13 июля союзники взяли и сожгли Гильгенбург (Домбрувно)", "capture",  # 24
      date="13 июля", place="Гильгенбург", actors=[("союзники", "agent")])
event("сожгли", "13 июля союзники взяли и сожгли Гильгенбург (Домбрувно)", "looting",  # 25
      date="13 июля", place="Гильгенбург", actors=[("союзники", "agent")], note="the town burned")
event("избиении", "хронисты Ордена писали о поголовном избиении горожан", "massacre",  # 26
      date="13 июля", place="Гильгенбург", assertion="reported", actors=[("горожан", "target")],
      note="attributed to the Order's chroniclers")
event("сражение", "Решающее сражение произошло 15 июля 1410 года на поле между деревнями Грюнвальд и "  # 27
      "Танненберг (Стембарк)", "battle", date="15 июля 1410 года", place="Грюнвальд",
      quantities=[qty("от 16 до 39 тыс. человек", "participants", None, min=16000, max=39000, approximate=True),
                  qty("от 11 до 27 тыс.", "participants", None, min=11000, max=27000, approximate=True)],
      note="one battle fought between the two villages; the strengths (allies, Order) are given in the next "
           "sentence as ranges of estimates")
event("отступила", "В начале боя литовская конница отступила под натиском орденской кавалерии", "retreat",  # 28
      date="15 июля 1410 года", place="Грюнвальд", actors=[("литовская конница", "agent")],
      note="the retreat itself is asserted; whether it was a feint or a rout is said to be disputed")
event("атаку", "В разгар битвы магистр сам повёл в атаку резерв", "attack",  # 29
      date="15 июля 1410 года", place="Грюнвальд", actors=[("магистр", "agent")])
event("разгромлена", "его армия была окружена и разгромлена", "battle",  # 30
      date="15 июля 1410 года", place="Грюнвальд", actors=[("его армия", "target")], same_as=GRUNWALD)
event("потерял", "По польским известиям, враг потерял 8 тыс. убитыми и 14 тыс. пленными", "battle",  # 31
      date="15 июля 1410 года", place="Грюнвальд", actors=[("враг", "target")], same_as=GRUNWALD,
      quantities=[qty("8 тыс. убитыми", "fatalities", 8000), qty("14 тыс. пленными", "prisoners", 14000)],
      note="the battle is asserted; only the loss figures are attributed to Polish reports, and the text "
           "adds that modern scholars think them too high")
event("привести", "Комтур Швеца Генрих фон Плауэн успел привести гарнизон в Мариенбург", "reinforcement",  # 32
      date={"edtf": "1410-07-15/1410-07-26"}, place="Мариенбург",
      actors=[("Комтур Швеца Генрих фон Плауэн", "agent")], note="between the battle and the siege")
event("осада", "26 июля, когда началась осада, замок был готов к обороне", "siege",  # 33
      date="26 июля", place="Мариенбург", actors=[("замок", "target")])
event("присягнули", "Ягайло тем временем присягнули Торн, Эльбинг, Данциг (Гданьск) и большинство прусских "  # 34
      "городов", "territorial_transfer", date="тем временем", place="Торн",
      actors=[("Ягайло", "participant"), ("Торн", "agent")])
event("присягнули", "Ягайло тем временем присягнули Торн, Эльбинг, Данциг (Гданьск) и большинство прусских "  # 35
      "городов", "territorial_transfer", date="тем временем", place="Эльбинг",
      actors=[("Ягайло", "participant"), ("Эльбинг", "agent")])
event("присягнули", "Ягайло тем временем присягнули Торн, Эльбинг, Данциг (Гданьск) и большинство прусских "  # 36
      "городов", "territorial_transfer", date="тем временем", place="Данциг",
      actors=[("Ягайло", "participant"), ("Данциг", "agent")])
event("присягнули", "Ягайло тем временем присягнули Торн, Эльбинг, Данциг (Гданьск) и большинство прусских "  # 37
      "городов", "territorial_transfer", date="тем временем", place="Пруссия",
      actors=[("Ягайло", "participant"), ("большинство прусских городов", "agent")])
event("обстреливали", "Почти восемь недель союзники обстреливали стены из пушек", "bombardment",  # 38
      date=MARIENBURG_SIEGE, place="Мариенбург", actors=[("союзники", "agent"), ("стены", "target")],
      note="the siege of 26 July to 19 September")
event("приступы", "все приступы были отбиты", "attack", date=MARIENBURG_SIEGE, place="Мариенбург",  # 39
      assertion="failed")
event("покинул", "В сентябре из-за болезней в войске лагерь покинул Витовт", "retreat",  # 40
      date="В сентябре", place="Мариенбург", actors=[("Витовт", "agent")])
event("снял осаду", "19 сентября Ягайло снял осаду", "retreat", date="19 сентября", place="Мариенбург",  # 41
      actors=[("Ягайло", "agent")], note="the siege (event 33) was lifted without taking the castle")
event("вернули", "Осенью рыцари вернули почти все утраченные города", "recapture",  # 42
      date="Осенью", place="Пруссия", actors=[("рыцари", "agent")])
event("разбила", "10 октября у Коронова их конница разбила новое орденское войско", "battle",  # 43
      date="10 октября", place="Короново",
      actors=[("их конница", "agent"), ("новое орденское войско", "target")])
event("избран", "9 ноября Плауэн был избран великим магистром", "election",  # 44
      date="9 ноября", actors=[("Плауэн", "participant")], note="election of the Grand Master")
event("заключили перемирие", "в декабре стороны заключили перемирие", "treaty",  # 45
      date="в декабре", actors=[("стороны", "participant")])
event("подписан", "1 февраля 1411 года в Торне был подписан мир", "treaty",  # 46
      date="1 февраля 1411 года", place="Торн")
event("получила обратно", "Польша получила обратно Добжинскую землю", "territorial_transfer",  # 47
      date="1 февраля 1411 года", place="Добжинская земля", actors=[("Польша", "agent")],
      note="a term of the Peace of Thorn")
event("отходила", "Жемайтия пожизненно отходила Ягайле и Витовту", "territorial_transfer",  # 48
      date="1 февраля 1411 года", place="Жемайтия",
      actors=[("Ягайле", "participant"), ("Витовту", "participant")],
      note="a term of the Peace of Thorn: for the two rulers' lifetimes")
