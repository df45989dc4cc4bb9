"""Where events happen: which place of the text each event is put at, through the whole default
pipeline (real natasha models, the packaged gazetteer). Sentences written for these tests."""
from __future__ import annotations

import pytest

from annalist.pipeline import process

# Text, then (event type, the location's mention text) for every event, in order.
PLACES = [
    # a town named in a clause that tells no event is the scene of the event after it
    ("Известия дошли до Кронштадта, и 28 февраля 1921 года собрание моряков приняло резолюцию.",
     [("political_activity", "Кронштадта")]),
    # a land in a comma's aside after the town says where the town lies
    ("18 февраля 1864 года прусские гвардейцы заняли Кольдинг, уже в самой Ютландии.", [("capture", "Кольдинг")]),
    # the land of a body founded is where it was founded
    ("11 октября 1911 года было образовано военное правительство Хубэя.", [("founding", "Хубэя")]),
    # a state entered is a land gone into, one event each, not a side
    ("16 июня 1866 года пруссаки вторглись в Саксонию, Ганновер и Гессен-Кассель.",
     [("attack", "Саксонию"), ("attack", "Ганновер"), ("attack", "Гессен-Кассель")]),
    # a state in the list of lands annexed is one of them, not whom they passed to
    ("Осенью 1866 года Пруссия присоединила Ганновер, Гессен-Кассель и Франкфурт.",
     [("annexation", "Ганновер"), ("annexation", "Гессен-Кассель"), ("annexation", "Франкфурт")]),
    # a decree that declares lands a possession is their annexation, told once per land
    ("5 ноября 1911 года королевский декрет объявил Триполитанию и Киренаику владениями Италии.",
     [("annexation", "Триполитанию"), ("annexation", "Киренаику")]),
    # a land that fell to a state by a convention is where, not the town the convention is named after
    ("По Гаштейнской конвенции Шлезвиг достался пруссакам, а Гольштейн — австрийцам.",
     [("territorial_transfer", "Шлезвиг"), ("territorial_transfer", "Гольштейн")]),
    # a land granted something by an act is where the act applies
    ("25 ноября 1897 года королевский декрет предоставил Кубе автономию.", [("decree", "Кубе")]),
    # villages attacked are where the attack was, one event per land
    ("В 1763 году отряды обрушились на поселения Пенсильвании и Виргинии.",
     [("attack_on_civilians", "Пенсильвании"), ("attack_on_civilians", "Виргинии")]),
    # a declaration of war and an entry into one are the declarer's acts; the enemy and the ally are sides
    ("В апреле 1736 года Россия объявила войну Османской империи. Тогда же в войну на стороне России "
     "вступила Австрия.", [("political_activity", "Россия"), ("political_activity", "Австрия")]),
    # lands returned to a state, each its own transfer
    ("Азов отходил к России, а Хотин и Молдавия возвращались Османской империи.",
     [("territorial_transfer", "Азов"), ("territorial_transfer", "Хотин"), ("territorial_transfer", "Молдавия")]),
    # the land whose independence is recognised, not the state that recognises it
    ("2 февраля 1920 года Советская Россия признала независимость Эстонии.", [("recognition", "Эстонии")]),
    # a land given up; whose defeat is told is a side, not a place
    ("В начале мая 1895 года Япония отказалась от Ляодуна.", [("territorial_transfer", "Ляодуна")]),
    ("После поражения Германии правительство 11 ноября 1918 года взяло власть в свои руки.",
     [("political_activity", None)]),
    # a river crossed at a town is crossed at that town; towns on the way are not stages of their own
    ("8 октября 1920 года белые форсировали Днепр у Александровска и Никополя.",
     [("attack", "Александровска"), ("attack", "Никополя")]),
    ("7 июня 1920 года главные силы двинулись из Крыма через Перекоп и Чонгар в Северную Таврию.",
     [("reinforcement", "Северную Таврию")]),
    # "полуостров", "река" point back at the peninsula or the river told before, and at nothing else
    ("Армия двинулась к Крыму. 20 мая 1736 года она овладела Перекопскими укреплениями и вступила на полуостров.",
     [("reinforcement", "Крыму"), ("capture", "Перекопскими"), ("capture", "Крыму")]),
    ("16 сентября 1944 года части переправились через Вислу. Вскоре они отошли обратно за реку.",
     [("reinforcement", "Вислу"), ("retreat", "Вислу")]),
    # the town a noun trigger governs is its place, not the land of the clause before the colon
    ("Поход американцев в Канаду закончился неудачей: 31 декабря 1775 года штурм Квебека был отбит.",
     [("attack", "Квебека")]),
    # what a crowd marched for is not where it marched; the marchers' town is
    ("23 октября 1956 года студенты Будапешта вышли на демонстрацию в поддержку реформ в Польше.",
     [("protest", "Будапешта")]),
    ("Англичане дошли до Конкорда.", [("reinforcement", "Конкорда")]),
    ("Летом 1781 года Корнуоллис закрепился в Йорктауне.", [("reinforcement", "Йорктауне")]),
    ("Хау 11 сентября победил на реке Брендивайн.", [("battle", "Брендивайн")]),
    ("15 мая 1464 года лорд Монтегю рассеял ланкастерцев у Йорка.", [("battle", "Йорка")]),
    ("Касик, взявший имя Тупак Амару, поднял восстание в Тинте.", [("uprising", "Тинте")]),
    ("1 ноября в Венгрию начали входить новые советские дивизии.", [("reinforcement", "Венгрию")]),
    ("В конце мая он отплыл из Вальпараисо в Европу.", [("retreat", "Вальпараисо")]),
    ("Британцы отправили пленного короля в Кейптаун.", [("deportation", "Кейптаун")]),
    # a flight is placed where it left from; a river crossed on the way is no origin
    ("Шер-Али бежал из Кабула на север, в Мазари-Шариф.", [("retreat", "Кабула")]),
    ("В марте эмир ушёл за Амударью, в Афганистан.", [("retreat", "Афганистан")]),
    # a leader beaten "ушёл" to a land: a retreat, whoever the tagger takes him for
    ("Моренга, разбитый в мае 1906 года, ушёл в Капскую колонию.",
     [("battle", None), ("retreat", "Капскую колонию")]),
    # an adjective of a land before the kind noun says whose fort it was, the name says where
    ("Отряды Кенесары осадили кокандскую крепость Созак у подножия Каратау.", [("siege", "Созак")]),
    # the fighting told in general before a colon lends its place to the act that details it
    ("Первые бои произошли 2 октября у городка Гонсалес: поселенцы атаковали отряд мексиканских драгун.",
     [("attack", "Гонсалес")]),
    # a town after a king's number is the next sentence's
    ("В Абрантише он объявил себя королём Карлом V. На следующий день в Талавере-де-ла-Рейна вспыхнул мятеж.",
     [("political_activity", "Абрантише"), ("uprising", "Талавере-де-ла-Рейна")]),
    # "главный город Кордофана" says where El Obeid lies: one siege, not a second one in Kordofan
    ("В 1882 году повстанцы осадили Эль-Обейд, главный город Кордофана, и гарнизон капитулировал.",
     [("siege", "Эль-Обейд"), ("capture", "Эль-Обейд")]),
    # a siege lifted is the last one laid, however many events were told since
    ("Осада Севастополя продолжалась почти год. 17 октября союзники атаковали Балаклаву, 5 ноября "
     "напали на Инкерман, затем взяли Керчь и Еникале, а позже заняли Евпаторию и Феодосию. Летом русские "
     "пытались снять осаду.",
     [("siege", "Севастополя"), ("attack", "Балаклаву"), ("attack", "Инкерман"), ("capture", "Керчь"),
      ("capture", "Еникале"), ("capture", "Евпаторию"), ("capture", "Феодосию"), ("siege", "Севастополя")]),
    # a continent is no event's place
    ("11 ноября, в день перемирия в Европе, красные атаковали позиции союзников.", [("attack", None)]),
    # two verbs joined by "и" share the place after the second
    ("В конце мая роялисты взяли штурмом и разграбили Лестер.", [("capture", "Лестер"), ("looting", "Лестер")]),
    # the province after a village says where the village lies: the village is the event's place
    ("В июне у села Кирсанова Тамбовской губернии отряд был разбит.", [("battle", "Кирсанова")]),
    # a place told with a verb that is no event, before "и", is not where the trigger's act was
    ("Армия долго топталась на Днестре и лишь в сентябре вступила в брошенный турками Хотин.",
     [("capture", "Хотин")]),
    # … unless the trigger names no place of its own: then the act was where the first verb went
    ("Тигран явился в римский лагерь под Арташатом и признал себя союзником Рима.",
     [("recognition", "Арташатом")]),
    # "начали наступление" is an attack of its own; "отбили его" retakes the town, it is no failure
    ("В декабре 1937 года республиканцы начали наступление на Теруэль и в январе овладели городом, "
     "но в феврале 1938 года националисты отбили его.",
     [("attack", "Теруэль"), ("capture", "Теруэль"), ("recapture", "Теруэль")]),
    # where people were sent is not where the next event happened
    ("Летом 1863 года тысячи участников были сосланы в Сибирь. Осенью власти казнили руководителей.",
     [("deportation", "Сибирь"), ("execution", None)]),
    # a taking that borrows its place took nothing there: the town named next is taken, not retaken
    ("В мае в Челябинске произошёл мятеж. Вскоре отряды начали занимать станции и города: 27 мая был взят Челябинск.",
     [("uprising", "Челябинске"), ("capture", "Челябинске"), ("capture", "Челябинск")]),
    # a framed noun ("после осады") with no place of its own was where the event it frames was
    ("Армия бежала в Дебрецен. После почти трёхнедельной осады венгры взяли крепость Буду.",
     [("retreat", "Дебрецен"), ("siege", "Буду"), ("capture", "Буду")]),
    # who pressed is no place; planes, like troops, say whose they are
    ("23 июня под давлением Австрии осада Силистрии была снята.", [("siege", "Силистрии")]),
    # "в опустевшую столицу" points back at the city left; the fire and looting that follow were there
    ("Кутузов решил оставить Москву без боя. Вечером 2 сентября французы вступили в опустевшую столицу. "
     "Сгорело около трёх четвертей домов, солдаты грабили церкви.",
     [("retreat", "Москву"), ("capture", "Москву"), ("looting", "Москву"), ("looting", "Москву")]),
    # leaving for a place is a retreat; armies joining are a movement of forces
    ("В марте 1921 года эмир ушёл за Амударью, в Афганистан.", [("retreat", "Афганистан")]),
    ("22 июля обе русские армии соединились под Смоленском.", [("reinforcement", "Смоленском")]),
    # the rising named as the subject tells where its suppression was ("восстания" read as genitive)
    ("К концу 1826 года восстания в Ширвани и Шеки были подавлены.",
     [("suppression", "Ширвани"), ("suppression", "Шеки")]),
    # a clause opened by "который" is about the place before its comma; the noun after its verb is the subject
    ("Жители бежали из Елизаветполя, который вскоре занял персидский отряд.",
     [("flight", "Елизаветполя"), ("capture", "Елизаветполя")]),
    # a transitive support verb's event is its object; each land that rises is a rising of its own,
    # and a polity's adjective in the list is a place, not an actor
    ("Вторжение подняло на восстание Талышинское, Ширванское и Шекинское ханства.",
     [("attack", None), ("uprising", "Талышинское"), ("uprising", "Ширванское"), ("uprising", "Шекинское ханства")]),
    # a commander's men ("каппелевцы", NER's person) move as troops; "остатки белых" are the whites
    ("Каппелевцы подошли к Иркутску.", [("reinforcement", "Иркутску")]),
    ("Остатки белых ушли в Китай.", [("retreat", "Китай")]),
    ("В начале марта от 20 до 30 тыс. человек добрались до Читы.", [("reinforcement", "Читы")]),
    ("В начале февраля 1921 года барон Унгерн выбил китайцев из Урги.", [("capture", "Урги")]),
    # a garrison stands, and residents live, where their town is: that is where the event was
    ("В марте 1920 года японский гарнизон Николаевска-на-Амуре напал на партизан.",
     [("attack", "Николаевска-на-Амуре")]),
    # a town that passes to a side is taken; a leader who hides on a mountain retreats there
    ("Баку перешёл к большевикам.", [("capture", "Баку")]),
    ("Шамиль с семьёй укрылся на горе Гуниб.", [("retreat", "Гуниб")]),
    ("23 декабря 1938 года франкисты двинулись на Каталонию.", [("attack", "Каталонию")]),
    ("Карс возвращался Турции в обмен на Севастополь.", [("territorial_transfer", "Карс")]),
    # a retreat told in stages is one retreat per place, as coders count them
    ("Болотников отступил к Калуге, затем в Тулу.", [("retreat", "Калуге"), ("retreat", "Тулу")]),
    # "состоялось сражение" is a new battle told with its support verb, not the fighting told before
    ("22 июля обе армии соединились под Смоленском. 4–6 августа за город шли упорные бои. 26 августа у села "
     "Бородина состоялось генеральное сражение.",
     [("reinforcement", "Смоленском"), ("battle", "Смоленском"), ("battle", "Бородина")]),
    # "в городе … у Дуная": the town pointed back at is where; the river is a landmark
    ("Комендант обстреливал Пешт, и в городе выгорели целые кварталы у Дуная.",
     [("bombardment", "Пешт"), ("looting", "Пешт")]),
    # a land that rises, a crossing, a crowd marching, a town that holds out, a turn towards a town
    ("В начале апреля 1821 года поднялся Пелопоннес.", [("uprising", "Пелопоннес")]),
    ("6 марта 1821 года Ипсиланти перешёл Прут.", [("reinforcement", "Прут")]),
    ("15 марта 1848 года толпа двинулась в Буду.", [("protest", "Буду")]),
    ("Коморн держался до начала октября 1849 года.", [("siege", "Коморн")]),
    ("В мае 1849 года Гёргей повернул к Буде.", [("reinforcement", "Буде")]),
    # a battle told where the text said none took place is another battle, not the same one
    ("Генерального сражения у Витебска так и не произошло. 26 августа у села Бородина состоялось генеральное "
     "сражение.", [("battle", "Витебска"), ("battle", "Бородина")]),
    ("26 апреля 1937 года легион «Кондор» при участии итальянской авиации разбомбил баскский город Герника.",
     [("bombardment", "Герника")]),
    # a name inside the event's own actor is whose troops, not where: "в столице" refers back
    ("Летом 1848 года в Вене вспыхнуло восстание. Вскоре войска Виндишгреца подавили восстание в столице.",
     [("uprising", "Вене"), ("suppression", "Вене")]),
    # a place told with the verb's object noun is where the verb's event was ("подавили восстание в X")
    ("Осенью войска жестоко подавили восстание в Семиречье.", [("suppression", "Семиречье")]),
    # a suppression with no place of its own is put where the rising was, not at the last town fought over
    ("Летом вспыхнуло восстание в Джизакском уезде: восставшие осадили город Джизак. "
     "Карательный отряд подавил восстание.",
     [("uprising", "Джизакском уезде"), ("siege", "Джизак"), ("suppression", "Джизакском уезде")]),
    # "на реке X и на реке Y": two places told alike, one event each; the verb tells the same battles
    ("В боях на реке Кура и на реке Абас их войска были разбиты.", [("battle", "Кура"), ("battle", "Абас")]),
    ("Бои шли в городе Пенза и в городе Сызрань.", [("battle", "Пенза"), ("battle", "Сызрань")]),
    # an act told right after an event of the same paragraph happened where that event did
    ("Ночью в Омске офицеры арестовали членов Директории. Совет министров передал верховную власть адмиралу.",
     [("arrest", "Омске"), ("political_activity", "Омске")]),
    # a sentence that tells no event, only where things were, places the event told just before it
    ("Летом 1903 года началось восстание. Главные очаги находились в Битольском вилайете.",
     [("uprising", "Битольском вилайете")]),
    # a participle before a verb describes its doer: it happened where the verb's event did
    ("Восставшие осадили город Джизак. Карательный отряд, прибывший к концу июля, подавил восстание в Джизакском уезде.",
     [("siege", "Джизак"), ("reinforcement", "Джизакском уезде"), ("suppression", "Джизакском уезде")]),
    # a gerund phrase is a side remark: the place told after it goes with the verb that follows
    ("Царь, не решившись на сопротивление, явился в римский лагерь под Арташатом и признал себя союзником Рима.",
     [("recognition", "Арташатом")]),
    # an office's land is where a political act about the office happens; "край" refers back to it
    ("Куропаткин, назначенный 22 июля генерал-губернатором Туркестана, направил в край войска.",
     [("political_activity", "Туркестана"), ("reinforcement", "Туркестана")]),
    # a town's adjective naming what a political act made is where it was made, before the states
    ("В 1903 году Россия и Австро-Венгрия предложили Мюрцштегскую программу реформ.",
     [("treaty", "Мюрцштегскую")]),
    # ... only right before its noun: a list of adjectives ("Иреванской и Гёйчинской зон") is no name
    ("Армения подписала договор об уступке Иреванской и Гёйчинской зон Турции.",
     [("treaty", "Армения")]),
    # an invasion that names no land is of the last state named before its sentence, not the invader's
    ("Северная граница Азербайджана осталась без защиты. 27 апреля бронепоезда армии РСФСР перешли границу.",
     [("attack", "Азербайджана")]),
    ("Грузинское царство стало сильнейшим государством региона. Конец этому положили монгольские вторжения.",
     [("attack", "Грузинское царство")]),
    # a place told with the support verb of a noun trigger ("подняли мятеж") is the event's
    ("9 февраля 1913 года в Мехико подняли мятеж генералы.", [("mutiny", "Мехико")]),
    # a land sworn to a crown changes hands; a dative says to whom a thing is returned
    ("В 1561 году Ревель присягнул Швеции.", [("territorial_transfer", "Ревель")]),
    ("По миру Россия возвращала туркам Азов.", [("territorial_transfer", "Азов")]),
    ("Весной король вернул Полоцк.", [("recapture", "Полоцк")]),
    ("В начале 1648 года его отряд выбил правительственный гарнизон с Никитина Рога.", [("capture", None)]),
    # troops of a union entering a town take it; they do not join the union
    ("На следующий день войска Союза вошли в Ричмонд.", [("capture", "Ричмонд")]),
    ("21 декабря Шерман занял Саванну.", [("capture", "Саванну")]),      # a town that is also a word
    # the place the troops came from is not the town they took
    ("Вскоре войска Радзивилла, наступавшие из Литвы, заняли Киев.", [("attack", "Литвы"), ("capture", "Киев")]),
    # "столица" is the capital named before, not the last town
    ("В феврале в Мехико подняли мятеж. В июне дивизия взяла Сакатекас. В августе войска Обрегона вступили в "
     "столицу.", [("uprising", "Мехико"), ("capture", "Сакатекас"), ("capture", "Мехико")]),
    # a treaty a clause goes by owns no place told after it; parts of lands are no troops; an
    # adjective in -ое is no dative
    ("По договору западные части Белоруссии и Украины отошли к Польше.",
     [("territorial_transfer", "Белоруссии"), ("territorial_transfer", "Украины")]),
    ("В 1828 году к России отошли Эриванское и Нахичеванское ханства.",
     [("territorial_transfer", "Эриванское"), ("territorial_transfer", "Нахичеванское ханства")]),
    # a treaty named after its town is told even inside another event's clause
    ("По Берлинскому трактату Болгария была разделена.",
     [("treaty", "Берлинскому"), ("territorial_transfer", "Болгария")]),
    # with no place of its own, a verb happened where a participle put its doer
    ("Полки, стоявшие в Казани, восстали.", [("uprising", "Казани")]),
    # … but a place of its own wins
    ("Полки, стоявшие в Казани, заняли Свияжск.", [("capture", "Свияжск")]),
    # entering a country or a sea is a move of forces; entering a town takes it
    ("В июне в Венгрию вступили около 200 тыс. русских солдат.", [("reinforcement", "Венгрию")]),
    ("В январе 1854 года флот вошёл в Чёрное море.", [("reinforcement", "Чёрное море")]),
    ("13 марта белые вошли в Уфу.", [("capture", "Уфу")]),
    # a leader who surrenders ends a war by terms; a garrison that surrenders gives up its town
    ("26 апреля в Северной Каролине капитулировал Джонстон.", [("treaty", "Северной Каролине")]),
    ("28 сентября после шестинедельной осады сдался Страсбург.", [("siege", "Страсбург"), ("capture", "Страсбург")]),
    ("Войска вытеснили турок из Карса.", [("capture", "Карса")]),
    ("В 1940 году Литва была включена в состав СССР.", [("annexation", "Литва")]),
    # a force arriving in a land, whoever it is (not refugees)
    ("С весны 1920 года в Ирландию прибывали «чёрно-пегие».", [("reinforcement", "Ирландию")]),
    ("В город Казань прибывали беженцы.", []),
    ("Вскоре в Ледисмите оказались заперты около 13 тыс. человек.", [("siege", "Ледисмите")]),
    ("15 декабря у Коленсо был отбит и сам генерал Буллер.", [("battle", "Коленсо")]),
    ("17 мая британские колонны деблокировали Мафекинг.", [("reinforcement", "Мафекинг")]),
    ("6 сентября король покинул Неаполь, а на следующий день Гарибальди въехал в столицу.",
     [("retreat", "Неаполь"), ("occupation", "Неаполь")]),
    ("Всего Британия направила в Южную Африку около 450 тыс. солдат.", [("reinforcement", "Южную Африку")]),
    ("12 октября буры вторглись в Натал и Капскую колонию.", [("attack", "Натал"), ("attack", "Капскую колонию")]),
    ("5 июня сыновья шерифа подняли бедуинские племена под Мединой.", [("uprising", "Мединой")]),
    ("В конце декабря Боливар перебрался на Гаити.", [("retreat", "Гаити")]),
    ("В июле 1814 года пала Вторая республика.", [("abolition", "Вторая республика")]),   # a state falls
    ("Король бежал на остров Уайт, где вскоре оказался под стражей.", [("retreat", "Уайт"), ("arrest", "Уайт")]),
    # a national adjective on ships or a fortress says whose they are, not where
    ("27 июля 1720 года у острова Гренгам галеры захватили четыре шведских фрегата.", [("capture", "Гренгам")]),
    ("Осенью армия углубилась в безводные леса Кордофана.", [("reinforcement", "Кордофана")]),
    ("Осенью на месте лагеря был выстроен каменный город Санта-Фе.", [("founding", "Санта-Фе")]),
    ("Бывший эмир удалился в Альпухарры.", [("retreat", "Альпухарры")]),
    ("Следующей весной испанцы вновь обложили Лейден.", [("siege", "Лейден")]),
    # those who rose are of the land that rose; a spreading rising is told anew
    ("В конце марта поднялись шляхта и крестьяне Литвы, восстание охватило также Волынь.",
     [("uprising", "Литвы"), ("uprising", "Волынь")]),
    # a list whose first item carries a town of its own: one transfer per land
    ("В 1940 году Финляндия уступила Карельский перешеек с Выборгом, Северное Приладожье и часть Карелии.",
     [("territorial_transfer", "Карельский перешеек"), ("territorial_transfer", "Северное Приладожье"),
      ("territorial_transfer", "Карелии")]),
    # a place left is a retreat's place
    ("18 июня Фридрих снял осаду и ушёл из Чехии.", [("siege", None), ("retreat", "Чехии")]),
    # a name no one knows after a taking verb is the place taken
    ("В 1865 году 3 сентября бразильцы взяли Курусу.", [("capture", "Курусу")]),
    ("Летом 1850 года его последователи начали собираться в деревне Цзиньтянь.", [("reinforcement", "Цзиньтянь")]),
    # the assault is how the named town was taken
    ("1 октября 1761 года Лаудон взял штурмом Швейдниц.", [("capture", "Швейдниц")]),
    ("26 февраля 1832 года Органический статут упразднил польский сейм.", [("decree", None), ("abolition", "польский")]),
    ("Через год турки отвоевали Азов.", [("recapture", "Азов")]),
    # a treaty told by its date is an event though it is the subject of another
    ("Соглашение 19 января 1899 года установило над Суданом кондоминиум.", [("treaty", None), ("founding", "Суданом")]),
    ("23 сентября 1896 года армия Китченера заняла Донголу.", [("capture", "Донголу")]),   # a town's name after a taking verb
    # the castle taken is the one besieged, a siege lifted is where it was laid, "там же" is the place
    # of the act told before (not of a participle's phrase), forces that arrived are where they went
    ("В январе 1746 года якобиты осадили замок Стерлинг. 17 января у Фолкерка они разбили войска Хоули, "
     "но взять замок так и не сумели. 1 февраля горцы сняли осаду и ушли на север.",
     [("siege", "Стерлинг"), ("battle", "Фолкерка"), ("capture", "Стерлинг"), ("siege", "Стерлинг")]),
    ("30 июля 1746 года в Лондоне повесили девятерых офицеров полка, набранного в Манчестере, "
     "18 августа там же обезглавили двух лордов.", [("execution", "Лондоне"), ("execution", "Лондоне")]),
    ("29 ноября армия вошла в Манчестер. 4 декабря якобиты достигли Дерби, но 6 декабря начали отступление на север.",
     [("capture", "Манчестер"), ("reinforcement", "Дерби"), ("retreat", "Дерби")]),
    # a town that gave in, named after the verb, is a town though NER saw a person
    ("На Волге некрасовцы захватили Камышин. В начале июня после короткой осады им сдался Царицын.",
     [("capture", "Камышин"), ("siege", "Царицын"), ("capture", "Царицын")]),
    # going towards a place is placed by it ("ушёл к", "вышли к")
    ("Генерал Коуп ушёл к Инвернессу. 18 февраля горцы заняли Инвернесс.",
     [("retreat", "Инвернессу"), ("capture", "Инвернесс")]),
    # a place inside a named unit, one place inside another, is still one event
    ("Повстанцы напали на сёла в Пишпекском и Пржевальском уездах.",
     [("attack_on_civilians", "Пишпекском"), ("attack_on_civilians", "Пржевальском уездах")]),
    # … and so does one opened by a contrast ("…, а в начале марта уехал в Свияжск")
    ("В 1552 году Шах-Али велел перебить на пиру около 70 мурз, а в начале марта уехал в Свияжск.",
     [("massacre", None)]),
    # lands handed over with a land ("с Истрией и Далмацией") pass too, one transfer each
    ("По договору 1797 года Австрия получала Венецию с Истрией и Далмацией.",
     [("treaty", None), ("territorial_transfer", "Венецию"), ("territorial_transfer", "Истрией"),
      ("territorial_transfer", "Далмацией")]),
    # a clause with a verb of its own that tells no event keeps its names ("Италия запросила …")
    ("В середине мая армия перешла в наступление в Трентино, Италия запросила у России помощи.",
     [("attack", "Трентино")]),
    # a list of towns after one preposition is where, not to whom ("по Тегерану, Исфахану и Куму")
    ("Весной Ирак выпустил по Тегерану, Исфахану и Куму около 190 ракет.",
     [("bombardment", "Тегерану"), ("bombardment", "Исфахану"), ("bombardment", "Куму")]),
]


def test_a_place_told_with_its_own_date_after_a_dash(nlp_models):
    doc = process("В 1831 году войска отошли к Модлину. Модлин капитулировал 9 октября, Замостье — 21 октября.")
    assert [(location(e), e.date.edtf) for e in doc.events if e.type == "capture"] == \
        [("Модлин", "1831-10-09"), ("Замостье", "1831-10-21")]


def test_a_place_before_a_dash_with_the_verb_elided(nlp_models):
    doc = process("5 ноября 1757 года при Росбахе Фридрих разгромил французов, а 5 декабря при Лейтене — австрийцев.")
    assert [(location(e), e.date.edtf) for e in doc.events] == [("Росбахе", "1757-11-05"), ("Лейтене", "1757-12-05")]


def location(event) -> str | None:
    located = [p for p in event.places if p.role == "location"]
    return located[0].mention.text if located else None


@pytest.mark.parametrize("text, expected", PLACES)
def test_event_places(nlp_models, text, expected):
    doc = process(text)
    assert [(e.type, location(e)) for e in doc.events] == expected


# The gazetteer entity an event's place resolves to.
ENTITIES = [
    ("Летом вспыхнуло восстание в Джизакском уезде.", "jizzakh-uezd"),
    ("Отряды напали на сёла в Пржевальском уезде.", "przhevalsk-uezd"),
    ("Осенью восстание охватило Семиреченскую область.", "semirechye-oblast"),
]


@pytest.mark.parametrize("text, place_id", ENTITIES)
def test_event_place_entities(nlp_models, text, place_id):
    doc = process(text)
    located = [p for e in doc.events for p in e.places if p.role == "location"]
    assert located and located[0].mention.place.id == place_id


def test_a_national_act_told_with_no_place_is_of_the_country_the_text_is_about(nlp_models):
    doc = process("Независимость Эстонии была провозглашена в Таллине 24 февраля 1918 года. Эстонские "
                  "части отошли к Тарту. Правительство Эстонии объявило мобилизацию.\n\n"
                  "После поражения Германии правительство 11 ноября 1918 года взяло власть в свои руки.")
    took = [e for e in doc.events if e.trigger.text == "взяло"][0]
    assert [(p.mention.place.id, p.role) for p in took.places] == [("country-ee", "location"), ("country-de", "side")]


def test_suppression_takes_a_place_its_paragraph_resolves_before_it(nlp_models):
    # "город" is resolved for the entry before the suppression, told later, looks back for a place
    doc = process("Гянджа — старый город на реке.\nКонница ворвалась в город. Восстание подавили за сутки.")
    suppression = [e for e in doc.events if e.type == "suppression"]
    assert suppression and location(suppression[0]) == "Гянджа"


def test_the_subject_of_a_relative_clause_follows_its_verb(nlp_models):
    doc = process("Жители бежали из Елизаветполя, который вскоре занял персидский отряд.")
    taking = next(e for e in doc.events if e.type == "capture")
    assert [(a.text, a.role) for a in taking.actors] == [("персидский отряд", "agent")]


def test_a_river_beats_a_namesake_village_a_continent_away(nlp_models):
    # the Primorye village "Дунай" is in the story's country, but thousands of km from its places
    doc = process("Россия объявила Порте войну. Из Москвы и Киева армия Румянцева двинулась к Измаилу. "
                  "Турки бежали к Дунаю.")
    assert [m.place.id for m in doc.places if m.text == "Дунаю"] == ["river-danube"]


def test_a_land_that_passes_to_a_state_is_transferred_not_retreating(nlp_models):
    # "отходили Куррам": a land named after the verb, with no preposition, changes hands
    doc = process("По договору Британии отходили Куррам и Пишин.")
    assert [e.type for e in doc.events] == ["territorial_transfer", "territorial_transfer"]
    assert {p.mention.text for e in doc.events for p in e.places} >= {"Куррам", "Пишин"}
