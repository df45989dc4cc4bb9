"""The events stage on sentences written for these tests: triggers, roles, numbers, status, merging.

Rules are checked on analysed text (real natasha models) without the places stage, so that
they do not depend on the gazetteer; one test runs the whole default pipeline.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from annalist.events import tag
from annalist.events.lexicon import trigger_rules
from annalist.events.ontology import EVENT_TYPES
from annalist.events.quantities import find_quantities
from annalist.model import Document
from annalist.nlp import analyse
from annalist.pipeline import process


@pytest.fixture(scope="session")
def events_of(nlp_models):
    def run(text: str) -> Document:
        return tag(analyse(Document.from_text(text)))
    return run


TYPES = [
    ("В марте 1905 года восстали рабочие оружейного завода.", ["uprising"]),
    ("Летом в уезде вспыхнуло восстание.", ["uprising"]),
    ("Повстанцы захватили город Тула.", ["capture"]),
    ("Жертвами красного террора стали сотни людей.", ["attack_on_civilians"]),   # not a mere topic
    ("В 1863 году имения конфисковались, а деревни сжигались.", ["looting", "looting"]),
    ("Весной восстание перекинулось на соседние уезды.", ["uprising"]),
    ("Министр отклонил ноты держав.", ["political_activity"]),
    ("Руководитель восстания был схвачен в городе.", ["arrest"]),
    ("Весной 1937 года легион разбомбил город с воздуха.", ["bombardment"]),
    ("К 1940 году в тюрьмы было брошено более 270 тыс. человек.", ["arrest"]),
    ("Полковник сместил правительство.", ["political_activity"]),
    # the besieged people, not a siege; turning the columns is a movement of forces
    ("Командир повернул колонны на выручку осаждённым.", ["reinforcement"]),
    ("Весной мятеж поддержали гарнизоны соседних городов.", ["mutiny"]),
    ("Летом началась переброска войск на фронт.", ["reinforcement"]),
    # a siege lifted is coded as the siege (its end), as three of the four held-out annotators did
    ("В июне осада была снята.", ["siege"]),
    ("У входа в бухту были затоплены пять кораблей.", ["looting"]),
    ("Разрушенный город перешёл в руки союзников.", ["capture"]),
    ("Эскадра уничтожила турецкую эскадру.", ["battle"]),          # ships are troops
    ("Тогда же к восстанию примкнули башкиры.", ["uprising"]),
    ("Без боя открыл ворота соседний городок.", ["occupation"]),    # ACLED: a non-violent transfer
    ("Повсюду горели помещичьи усадьбы.", ["looting"]),
    # from the Russo-Turkish text's misses: idioms, objects that make a verb no event, treaty words
    ("Генерал взял крепость в плотную блокаду.", ["siege"]),
    ("Наступление на Дунае задержал разлив реки.", ["attack"]),     # delayed, nobody arrested
    ("Жандармы задержали двух студентов.", ["arrest"]),
    ("Турция лишилась своей главной армии.", []),
    ("Болгария лишилась большей части своих завоеваний.", ["territorial_transfer"]),
    ("Генерал получил ранение под Плевной.", []),
    ("Княжество получило независимость.", ["founding"]),
    ("К северу от гор возникло вассальное княжество.", ["founding"]),
    ("Делегаты держав собрались на Берлинском конгрессе.", ["negotiations"]),
    ("Конгресс принял закон о бюджете.", []),                       # a legislature, not a peace congress
    ("В июле был подписан Берлинский трактат.", ["treaty"]),
    ("Царь подписал манифест об объявлении войны.", ["political_activity"]),
    ("Русские войска вышли к Константинополю.", ["reinforcement"]),
    ("Отряд Гурко перевалил через Балканы.", ["reinforcement"]),
    # an army surrounded is held in, as a town besieged: coders of the held-out texts chose siege 9 to 4
    ("Колонны Скобелева окружили армию Вессель-паши.", ["siege"]),
    ("Колонны окружили крепость.", ["siege"]),
    ("Русские без боя вошли в Адрианополь.", ["occupation"]),
    ("10 марта Лангевич объявил себя диктатором восстания.", ["political_activity"]),  # who, not a new rising
    ("Участники восстания были казнены.", ["execution"]),
    ("Пилсудский заключил союз с Петлюрой.", ["treaty"]),
    ("Крестьяне жгли помещичьи усадьбы.", ["looting"]),
    ("Осенью интербригады были выведены из Испании.", ["retreat"]),
    # from the two new held-out texts' misses, after their first run
    ("6 июля царь подписал манифест о созыве ополчения.", ["decree"]),
    ("Всего в поход на Россию выступило около 600 тыс. человек.", ["attack"]),
    ("Кутузов отвёл армию к селу Тарутину.", ["retreat"]),
    ("Он был обезглавлен по приказу курбаши.", ["execution"]),
    ("Значительная часть города выгорела.", ["looting"]),
    ("Несколько сотен джигитов перешли на сторону советской власти.", ["political_activity"]),
    # rows added after reading the Greek (1821-30) and Hungarian (1848-49) held-out texts
    ("Через два дня он обратился к грекам с воззванием.", ["political_activity"]),
    ("Его на много лет заключили в крепость.", ["arrest"]),
    ("Турки продали в рабство более 40 тыс. жителей.", ["deportation"]),
    ("Попытки греков деблокировать крепость провалились.", ["battle"]),
    ("Эскадра уничтожила в бухте флот.", ["battle"]),          # "флот" is the object, though tagged Nom
    ("Король утвердил законы, отменившие барщину.", ["decree", "abolition"]),
    ("Толпа растерзала графа.", ["riot"]),
    ("Латур был убит толпой.", ["riot"]),
    ("Он запросил перемирия.", ["negotiations"]),
    ("Генерал увёл войска на север.", ["retreat"]),
    ("Сейм низложил династию.", ["political_activity"]),
    ("Первые приступы были отбиты.", ["attack"]),
    ("Толпа добилась освобождения из тюрьмы поэта.", ["amnesty"]),
    ("Похода на столицу так и не последовало.", ["attack"]),
    ("Турецкий флот высадил войска на острове.", ["reinforcement"]),
    ("Египетский корпус высадился на полуострове.", ["reinforcement"]),   # a landing is a movement
    ("У музея собралось более 10 тысяч человек.", ["protest"]),
    ("Вскоре он перешёл к басмачам.", ["political_activity"]),       # a defection
    ("В 1851 году к русским перешёл наиб Хаджи-Мурат.", ["political_activity"]),
    ("Армия перешла к обороне.", []),
    ("Уже в мае он попал в руки курбаши.", ["arrest"]),
    ("Партизаны принудили к сдаче бригаду генерала.", ["capture"]),
    ("Арьергард двое суток сдерживал французов.", ["battle"]),
    ("Под знамёна самозванца встали около 80 казаков.", ["uprising"]),
    ("Появление повстанцев подняло десятки тысяч крестьян.", ["uprising"]),
    ("9 января 1905 года десятки тысяч рабочих двинулись к Зимнему дворцу.", ["protest"]),
    ("Вскоре ПОУМ была запрещена.", ["abolition"]),
    ("Жители укрылись в горах.", ["flight"]),
    ("В Ковенской губернии повстанцев возглавил Сераковский.", ["political_activity"]),
    ("Его попытка договориться с Франко о капитуляции не удалась.", ["negotiations"]),
    ("Солдаты добивали раненых.", ["massacre"]),
    ("Косинеры бросились на батарею.", ["attack"]),
    ("Наполеон прислал генерала с просьбой о мире.", ["negotiations"]),
    # rows added after the Boxer (1899-1901) and Russo-Persian (1826-28) texts' first runs
    ("Вскоре туда прибыл и Паскевич.", ["reinforcement"]),        # a commander moves as his troops do
    ("Николай I сместил Ермолова.", ["political_activity"]),
    ("Отряд адмирала двинулся к столице.", ["reinforcement"]),
    ("Союзная армия выступила из города.", ["reinforcement"]),
    ("Пробиться к Пекину ему не удалось.", ["battle"]),
    ("Наместники южных провинций указу не подчинились.", ["political_activity"]),
    ("Власти выгнали жителей города на берег.", ["deportation"]),
    ("Вскоре карательные экспедиции прошли по провинции.", ["suppression"]),
    ("В провинции набрало силу движение ихэтуаней.", ["uprising"]),
    ("Повстанцы разбирали железнодорожные пути.", ["looting"]),
    ("Повстанцы валили телеграфные столбы.", ["looting"]),
    ("В пределы России переселились до 40 тыс. армян.", ["flight"]),
    ("Шах отправил в Петербург посольство с извинениями.", ["political_activity"]),
    ("Вернулся он в Тяньцзинь лишь 26 июня.", ["retreat"]),
    ("Посольства обороняли около 400 солдат.", ["siege"]),
    # rows added after the Siberia (1919-22) text's first run
    ("5 января 1920 года власть в городе перешла к ним.", ["capture"]),
    # power passing to someone, with no town taken: a political act (five coders so), not a capture
    ("Осенью власть в антибольшевистском лагере перешла к Директории.", ["political_activity"]),
    ("Накануне Колчак сложил с себя звание Верховного правителя.", ["political_activity"]),
    ("15 января чехи выдали его Политцентру.", ["arrest"]),
    ("Царь выдал заложников.", []),
    ("В августе Унгерн был захвачен.", ["arrest"]),
    ("Осенью японцы начали вывод войск.", ["retreat"]),
    ("Колчак покинул Омск.", ["retreat"]),          # a ruler who leaves retreats, as his army does
    # rows added after the Thirty Years' War text's first run
    ("В мае по Любекскому миру Дания вышла из войны.", ["treaty"]),     # a named peace
    ("6 марта 1629 года император издал Эдикт о реституции.", ["decree"]),
    ("Огонь уничтожил почти весь город.", ["looting"]),
    ("Саксония вступила в союз со шведами.", ["accession"]),
    ("Император вновь призвал Валленштейна.", ["political_activity"]),
    ("Полководец был объявлен изменником.", ["decree"]),
    ("Вскоре к миру примкнули почти все князья.", ["accession"]),
    ("Сословия набрали войско.", ["reinforcement"]),
    ("Протестантская уния так и не пришла ему на помощь.", ["reinforcement"]),
    # rows added after the Irish (1916-23) text's first run
    ("Британцы стянули в столицу подкрепления.", ["reinforcement"]),
    ("10 декабря в Манстере ввели военное положение.", ["decree"]),
    ("Переговоры завершились 6 декабря подписанием договора.", ["negotiations", "treaty"]),
    ("7 января 1922 года Дойл одобрил договор.", ["political_activity"]),
    ("24 мая его преемник приказал прекратить огонь.", ["decree"]),
    ("Депутаты собрались в Дублине и приняли декларацию независимости.", ["founding"]),
    ("Добровольцы застрелили двух полицейских.", ["attack"]),     # police are state forces (ACLED)
    # rows added after the Indian Rebellion (1857-58) text's first run
    # (soldiers who rise are coded a rising, as the project gold codes Ganja's army units in 1920;
    # the Indian text's annotator called the sepoys' rising a mutiny: both are ACLED Battles)
    ("В Мируте кавалеристов заковали в кандалы.", ["arrest"]),
    ("Около 200 женщин и детей зарубили 15 июля.", ["massacre"]),
    ("Пленниц якобы подвергали надругательствам.", ["attack_on_civilians"]),
    ("25 сентября его отряд прорвался к осаждённым.", ["reinforcement"]),
    ("В начале сентября подошла осадная артиллерия.", ["reinforcement"]),
    ("14 сентября около 9 тыс. солдат пошли на штурм.", ["attack"]),
    ("Парламент принял Акт об управлении Индией.", ["decree"]),
    ("Страна перешла под управление короны.", ["territorial_transfer"]),
    ("1 ноября огласили прокламацию королевы.", ["political_activity"]),
    ("В начале мая полк был расформирован.", ["abolition"]),
    # a participle describing the document just adopted tells the same act; one describing an actor does not
    ("14 апреля была принята Декларация независимости, объявившая Венгрию независимой.", ["founding"]),
    ("29 ноября был образован ревком, объявивший Армению советской республикой.", ["founding", "founding"]),
    ("Он объявил себя главнокомандующим войсками.", ["political_activity"]),
    ("Оборону возглавил генерал Миаха.", ["political_activity"]),
    ("Восставших казахов возглавил Амангельды Иманов.", []),
    ("29 августа войска начали Бухарскую операцию.", ["attack"]),
    ("Карательные рейды вызвали бегство дехкан.", ["attack_on_civilians", "flight"]),
    ("ЦИК утвердил национальное размежевание Средней Азии.", ["decree"]),
    ("По свидетельствам очевидцев, отступавшие французы расстреливали пленных.", ["execution"]),
    # from the Caucasian War text's misses, after its one run on the session's final rules
    ("Гази-Мухаммад объявил газават и вскоре был признан имамом.", ["political_activity", "political_activity"]),
    ("Вторым имамом стал Хамзат-бек.", ["political_activity"]),
    ("Через месяц Хамзат-бек пал в мечети от рук заговорщиков.", ["attack"]),
    ("Осенью барон Розен двинул войска на Гимры.", ["attack"]),
    ("Через четыре дня колонна попала в засаду.", ["attack"]),
    ("13 июля отряд начал отход.", ["retreat"]),
    ("В тот же вечер они ушли за Терек.", ["retreat"]),
    # from the Time of Troubles text's misses, after its one run
    ("Толпа перебила несколько сотен поляков.", ["massacre"]),
    ("Земский собор избрал царём Михаила Романова.", ["election"]),
    ("В августе ополчение подошло к Москве.", ["reinforcement"]),
    ("Указом императрицы реку переименовали.", ["decree"]),
    # imperfective verbs tell events as their perfective pairs do
    ("Каратели подавляли восстания и расстреливали заложников.", ["suppression", "execution"]),
    ("Войска осаждали крепость всю зиму.", ["siege"]),
    ("Кочевники совершили набег на пограничные станицы.", ["attack"]),
    ("Повстанцы захватили гарнизон крепости.", ["attack"]),          # troops taken: a fight, not a town
    ("В лагерях для пленных содержалось около 80 тыс. человек.", ["arrest"]),
    ("Конница ворвалась в город.", ["capture"]),
    ("Мятеж был подавлен правительственными войсками.", ["suppression"]),
    ("Отряды грабили окрестные деревни.", ["looting"]),
    ("Деревня подверглась резне.", ["massacre"]),
    ("Уезд была передана соседней губернии.", ["territorial_transfer"]),
    ("Княжество было присоединено к империи.", ["annexation"]),
    ("В Париже был подписан мирный договор.", ["treaty"]),
    ("Тогда была создана автономная область.", ["founding"]),
    ("Через год был образован новый союз.", ["founding"]),
    ("Вся делегация была расстреляна.", ["execution"]),
    ("Жители были вынуждены бежать в горы.", ["flight"]),
    ("Казаки осадили крепость.", ["siege"]),
    ("В порту начались забастовки.", ["strike"]),
    ("Войска отступили за реку.", ["retreat"]),
    ("Король отказался признавать этот договор.", ["non_recognition"]),
    ("Карательные отряды уничтожили мирных жителей.", ["massacre"]),
    ("Гвардия уничтожила вражеский полк.", ["battle"]),
    # rows added after reading the four session-4 final-rule texts (Great Northern, Livonian,
    # Mexican, Franco-Prussian wars)
    ("Войско вторглось в Ливонию и опустошило её восточные земли.", ["attack", "looting"]),
    ("16 мая неподалёку заложили крепость.", ["founding"]),
    ("Там был пленён бывший магистр.", ["arrest"]),
    ("Последний магистр стал герцогом Курляндским.", ["political_activity"]),
    ("В октябре в Агуаскальентесе собрался конвент революционеров.", ["political_activity"]),
    ("Войска отказались стрелять в толпу.", ["mutiny"]),
    ("Армия была заперта в крепости.", ["siege"]),
    ("19 сентября немцы замкнули кольцо вокруг столицы.", ["siege"]),
    ("В феврале в Керетаро была провозглашена конституция.", ["decree"]),
    ("Известие вызвало в Париже революцию.", ["uprising"]),
    ("Хан прислал ему около 4 тыс. всадников.", ["reinforcement"]),
    ("Вскоре к восставшим перешли реестровые казаки.", ["mutiny"]),
    ("На выручку осаждённым двинулся сам король.", ["reinforcement"]),
    ("Земский собор постановил принять казаков в подданство.", ["decree"]),
    ("Гетман и старшина принесли присягу.", ["political_activity"]),
    ("Заключив мир с турками, царь объявил войну Швеции.", ["treaty", "political_activity"]),
    # rows added after the American Civil War text's first run
    ("20 декабря из Союза вышла Южная Каролина.", ["political_activity"]),
    ("15 апреля Линкольн призвал под знамёна 75 тыс. добровольцев.", ["decree"]),
    ("Через пять дней Линкольн обнародовал Прокламацию об освобождении рабов.", ["decree"]),
    ("8 ноября Линкольн был переизбран.", ["election"]),
    ("31 января 1865 года Конгресс одобрил Тринадцатую поправку.", ["decree"]),
    ("6–7 апреля армия выдержала кровопролитную битву.", ["battle"]),
    ("В мае 1453 года Мехмед короновал сына.", ["political_activity"]),
    ("Русская армия форсировала Дунай.", ["attack"]),
    ("Летом начались репрессии.", ["attack_on_civilians"]),
    ("Германия предъявила ультиматум.", ["political_activity"]),
    ("На рассвете конница ударила по позициям противника.", ["attack"]),
    ("В 1830 году Бельгия отделилась от Нидерландов.", ["founding"]),
    ("В январе рабочие забастовали.", ["strike"]),
    ("Каратели расправились с пленными.", ["massacre"]),
    ("После разграбления города войско ушло.", ["looting", "retreat"]),
    ("Артобстрел длился три часа.", ["bombardment"]),
    # rows added after the Boer War and Risorgimento texts' first runs
    ("Тот начал выжигать фермы.", ["looting"]),
    ("20 июля добровольцы победили при Милаццо.", ["battle"]),
    ("На следующий день Франциск II отбыл в изгнание.", ["retreat"]),
    ("18 февраля открылся первый общеитальянский парламент.", ["political_activity"]),
    ("11–12 марта прошли плебисциты.", ["election"]),
    ("В конце ноября генерал передал командование начальнику штаба.", ["political_activity"]),
    # rows added after reading the five texts measured on session 5's final rules
    ("Вскоре командование принял маршал Бадольо.", ["political_activity"]),
    ("11 апреля Трумэн отстранил Макартура.", ["political_activity"]),
    ("18 ноября вступили в силу санкции.", ["decree"]),
    ("Разорванная надвое армия откатывалась на север.", ["retreat"]),
    ("1 октября южнокорейские части пересекли параллель.", ["attack"]),
    ("Сотни представителей знати были арестованы и расстреляны.", ["arrest", "execution"]),
    ("27 января Карл был приговорён к смерти.", ["political_activity"]),
    ("20 января начался процесс над королём.", ["political_activity"]),
    ("9 декабря была подписана капитуляция.", ["treaty"]),
    ("25 июня 1950 года северокорейская армия перешла 38-ю параллель.", ["attack"]),
    ("Вскоре конгресс вручил ему верховную власть.", ["political_activity"]),
    # rows added after reading the three texts measured on session 5's last rules
    ("Проповедник объявил себя Махди.", ["political_activity"]),
    ("К нему стекались тысячи кочевников.", ["reinforcement"]),
    ("Через два дня к городу подошли британские пароходы и повернули назад.", ["reinforcement", "retreat"]),
    ("Около 11 тыс. жителей были обращены в рабство.", ["deportation"]),
    ("Боабдиль был взят в плен.", ["arrest"]),
    ("2 января 1492 года Боабдиль передал ключи от города.", ["territorial_transfer"]),
    ("В 1568 году началась открытая вооружённая борьба против власти короля.", ["uprising"]),
    ("В 1580 году король объявил принца вне закона.", ["decree"]),
    ("Валлонские провинции заключили Аррасскую унию.", ["treaty"]),
    # rows from the four texts first measured this session (then read)
    ("В середине января диктатор сложил власть.", ["political_activity"]),
    ("25 января сейм объявил царя низложенным.", ["political_activity"]),
    ("Заговорщики ворвались в Бельведерский дворец.", ["attack"]),
    ("Толпа ворвалась в тюрьмы.", ["riot"]),
    ("В конце марта поднялись крестьяне, восстание охватило также Волынь.", ["uprising", "uprising"]),
    ("3 ноября Фридрих одержал верх над Дауном у Торгау.", ["battle"]),
    ("В конце октября его отряды были остановлены конницей.", ["battle"]),
    ("Под его знамёнами собралось около 20 тыс. человек.", ["reinforcement"]),
    ("Ибрагим собирался выселить греков в Египет.", ["deportation"]),      # intending is no gathering
    ("В начале августа к нему присоединился корпус Лаудона.", ["reinforcement"]),
    ("Союзники уничтожили арсенал, взыскали контрибуцию.", ["looting", "looting"]),
    ("Осенью гусары заняли Берлин и взяли с города выкуп.", ["capture", "looting"]),
    ("19 февраля 1868 года бразильские броненосцы прорвались мимо её батарей.", ["attack"]),
    ("Он направил посланцев в Петербург.", ["negotiations"]),
    ("Западные державы встали на сторону Цинов.", ["political_activity"]),
    ("19 сентября под Брестом Суворов довершил её разгром.", ["battle"]),
    ("Через несколько дней оборона у Ляхде была прорвана.", ["battle"]),
    ("Вскоре его место занял Вавжецкий.", ["political_activity"]),
    ("4 января 1433 года гуситское посольство прибыло на собор.", ["negotiations"]),
    ("17 марта в Бреслау была оглашена папская булла.", ["decree"]),
    ("28 июля Сигизмунд короновался в соборе.", ["political_activity"]),
    ("14 декабря Лига Наций исключила СССР.", ["political_activity"]),
    ("Боевые действия прекратились в полдень следующего дня.", ["treaty"]),
    ("Он собрал армию и повёл её к Кракову.", ["reinforcement"]),
    ("28 февраля шведские добровольцы сменили финские части.", ["reinforcement"]),
    ("Второй крестовый поход закончился бесславно.", ["attack"]),
    ("11 апреля на берег у Плайитас сошли Марти и Гомес.", ["reinforcement"]),
    ("Повстанцы её отвергли.", ["non_recognition"]),
    ("В 1805 году султан двинул против них нишского пашу Хафиза.", ["reinforcement"]),
    # a treaty named by a town's adjective with lower-case adjectives between
    ("По Парижскому мирному договору Испания отказалась от суверенитета над Кубой.", ["treaty"]),
    # the tagger's slips: a past tense taken for a participle, an event noun run into a name
    ("В октябре русский отряд безуспешно осаждал Кольберг.", ["siege"]),
    ("Осада Гуйлиня в апреле–мае не удалась.", ["siege"]),
    ("В 1856 году в последовавшей резне погибло более 20 тыс. его сторонников.", ["massacre"]),
    # a sweep of common narrative verbs the lexicon lacked
    ("Казаки рассеяли отряд повстанцев.", ["battle"]),
    ("Полиция рассеяла толпу рабочих.", ["suppression"]),
    ("Каратели сровняли деревню с землёй.", ["looting"]),
    ("В 1921 году сейм ратифицировал договор.", ["treaty"]),
    ("Власти переселили жителей в степь.", ["deportation"]),
    ("Весной 1921 года республика денонсировала договор.", ["political_activity"]),
    # session 7's rows: read from four held-out texts measured once
    ("18 апреля шведы потеснили русских у реки.", ["battle"]),
    ("У реки они обратили в бегство войска генерала.", ["battle"]),          # a rout, not a flight
    ("Корпус отбросил противника за реку.", ["battle"]),                      # a fight the agent won
    ("Красные были отброшены за реку.", ["retreat"]),                         # the side that fell back
    ("Офицеры взяли под стражу президента.", ["arrest"]),
    ("Боливийские части заняли парагвайский пост у озера.", ["capture"]),    # a post held by troops
    ("Генерал занял пост министра.", ["political_activity"]),
    ("В Гленфиннане принц поднял знамя Стюартов.", ["uprising"]),
    ("В августе парламент запретил горцам носить оружие.", ["decree"]),
    ("Президент распорядился ответить ударом.", ["decree"]),
    ("Командование армией получил подполковник Эстигаррибия.", ["political_activity"]),
    ("В 1929 году стороны договорились восстановить прежнее положение.", ["treaty"]),
    ("Осенью инициатива перешла к повстанцам.", []),
    ("8 апреля Камберленд выступил на запад с армией.", ["reinforcement"]),
    ("В декабре Буксгевдена сменил генерал Кнорринг.", ["political_activity"]),
    ("Армия Коупа была разгромлена менее чем за четверть часа.", ["battle"]),
    ("Отряд разгромил боливийский форт.", ["battle"]),                        # a fort is no village
    ("Царь обязался участвовать в континентальной блокаде Англии.", []),     # a blockade of trade
    ("Отряды прочёсывали долины, угоняя скот.", ["looting"]),
    ("Около тысячи пленных отправили за океан.", ["deportation"]),
    ("Армия устроила облавы в окрестных посёлках.", ["attack_on_civilians"]),
    ("Сторонники генерала возвели баррикады в столице.", ["riot"]),
    ("17 октября в Париже прошло шествие алжирцев.", ["protest"]),
    ("17 октября полиция разогнала шествие алжирцев.", ["attack_on_civilians", "protest"]),  # the crowd is told too
    ("В мае боливийцы добились успеха при Каньяда-Стронгест.", ["battle"]),
    ("Национальное собрание утвердило де Голля главой правительства.", ["political_activity"]),
    ("Солдаты открыли огонь по манифестации европейцев.", ["attack_on_civilians", "protest"]),
    ("Летом боевые действия возобновились на севере.", ["battle"]),
    ("Восстание стало последней попыткой вернуть британский престол.", ["uprising"]),
    ("Великая Армения достигла наибольшего могущества.", []),
    ("Кнорринг отозвал авангард из-под Гриссельхамна.", ["retreat"]),   # a vanguard is troops
    ("Пальмерстон отозвал Эллиота.", ["political_activity"]),             # a man recalled
    ("Вскоре договор утвердил император.", ["treaty"]),                    # a ratification
    ("Перемирие император не утвердил.", ["non_recognition"]),   # ratification refused
    ("В 1841 году Линь Цзэсюй был сослан в Или.", ["deportation"]),      # "сослан" left untagged
    ("Объявив блокаду, англичане двинулись на север.", ["siege", "reinforcement"]),
    ("Отряды прочёсывали долины, сжигая селения и угоняя скот.", ["looting", "looting"]),   # "угоняя" untagged
    ("В тот же вечер они ушли за Терек, уведя пленных.", ["retreat"]),            # how they went
    ("В начале 1935 года парагвайцы вышли к реке.", ["reinforcement"]),   # a people the lexicon lacks is a side
    # session 7, second batch (War of the Pacific, Afghan War, the Vendée, Bulavin)
    ("В декабре власть в Лиме захватил Пьерола.", ["political_activity"]),       # a coup, not a capture
    ("В ночь на 17 января толпа громила китайские лавки.", ["riot"]),
    # smashing buildings is destruction of property, not a fight
    ("Повстанцы громили сельсоветы и волисполкомы.", ["looting"]),
    ("К осени организованное сопротивление было сломлено.", ["suppression"]),
    ("Во главе повстанцев встал бывший эсер А. С. Антонов.", ["political_activity"]),
    ("В начале сентября губернию объявили на осадном положении.", ["decree"]),
    ("С мая семьи повстанцев стали брать в заложники.", ["arrest"]),
    ("В июле химические снаряды применялись в лесах по берегам Вороны.", ["bombardment"]),
    ("В концентрационные лагеря отправили свыше 50 тыс. человек.", ["deportation"]),
    # a treaty that declares a land independent is another state's recognition of it
    ("Договор, объявлявший Крымское ханство независимым, был подписан в 1774 году.", ["treaty", "recognition"]),
    ("Однако переговоры с послом не привели к миру.", ["negotiations", "treaty"]),
    ("Флот турок сожгли в Чесменской бухте.", ["attack"]),
    ("16 сентября Санта-Анна оставил пост президента.", ["political_activity"]),
    # the tagger reads "полки" as "полок" and a sentence's first plural as a name: the dictionary knows better
    ("В начале октября к Симбирску подошли полки князя Ю. Барятинского.", ["reinforcement"]),
    ("Роялисты двинулись на Лондон.", ["attack"]),
    # a war that took lives is told as the fighting itself
    ("Война унесла, по разным оценкам, от 80 до 100 тыс. жизней.", ["battle"]),
    # what a proclamation says is done is told; a person who withdrew is no ceded land
    ("29 марта в Лахоре была оглашена прокламация о присоединении Пенджаба.", ["political_activity", "annexation"]),
    ("3 декабря Шер Сингх отошёл к Джеламу.", ["retreat"]),
    ("После мощной канонады сикхская армия была разгромлена.", ["bombardment", "battle"]),
    ("Генерал Гилберт преследовал отступавших.", ["attack"]),
    ("19 марта колонна настигла отряд у ручья.", ["attack"]),
    # a movement spreading, torture, refusing dues, a camp that fell, a massacre told as a noun,
    # a breakout, raids carried out, forces drawn together
    ("Весной движение охватило также Франконию.", ["uprising"]),
    ("Движение войск охватило весь фронт.", []),
    ("Солдаты пытали подозреваемых.", ["attack_on_civilians"]),
    ("23 июня крестьяне графа отказались нести барщину.", ["protest"]),
    ("К вечеру лагерь пал.", ["capture"]),
    ("Ссора с гарнизоном переросла в избиение турок.", ["massacre"]),
    ("Махно с трудом вырвался из окружения.", ["retreat"]),
    ("В 1921 году остатки армии ещё совершали рейды по Украине.", ["attack"]),
    ("Против французов Корнуоллис стянул около 26 тыс. человек.", ["reinforcement"]),
    # prisoners led out are no troops withdrawn
    ("Утром пленных вывели из города и расстреляли.", ["execution"]),
    ("Казнь заменили пожизненной ссылкой.", ["execution", "deportation"]),
    ("Бонифасио отказался признать итоги выборов.", ["non_recognition"]),
    # not events: a manner, an order's content, a disease, pretending
    ("Войска в беспорядке бежали к Дунаю.", ["retreat"]),
    ("11 июня вышел приказ, предписывавший расстреливать на месте.", ["decree"]),
    ("Занесённая с юга чума опустошала Москву.", []),
    ("Бригада, выдав себя за казаков, заманила отряд в засаду.", ["attack"]),
    ("Боливия заключила перемирие, оставив Антофагасту под властью Чили.", ["treaty", "territorial_transfer"]),
    ("Налог, которым Боливия обложила компанию, вызвал спор.", []),             # a tax is no siege
    ("Партизаны перебили весь чилийский гарнизон.", ["attack"]),               # soldiers killed: a fight
    ("Многих сдавшихся добили.", ["massacre"]),
    ("Президент приказал конфисковать имущество компании.", ["decree"]),       # the order, not the seizure
    ("Боливия фактически вышла из войны.", ["political_activity"]),
    ("Такна и Арика на десять лет переходили под управление Чили.", ["territorial_transfer"]),
    ("Чорильос был разграблен и сожжён.", ["looting"]),
    ("Летом Шаретт снова поднял мятеж.", ["uprising"]),                         # a rebel leader's rising
    ("Генералы подняли мятеж.", ["mutiny"]),
    ("Спасаясь от преследования, за Луару переправились тысячи людей.", ["flight"]),
    ("Умирающий Боншан помиловал пленных республиканцев.", ["amnesty"]),
    ("В Нанте узников топили в Луаре.", ["execution"]),
    ("Командование было поручено генералу Гошу.", ["political_activity"]),
    ("Новый режим держался лишь на британских штыках.", []),
    ("Толпа разгромила дом резидента.", ["riot"]),
    ("Войска оказались заперты в плохо укреплённом лагере.", ["siege"]),
    ("Шуджа вновь был возведён на трон.", ["political_activity"]),
    ("Отряд двинулся по городкам, хватая пришлых.", ["reinforcement", "arrest"]),
    ("Неудача подорвала доверие к атаману.", []),
    # people driven back are fought; a repulse of their own attack is its failure
    ("Американцы были отбиты на реке Шатоге.", ["battle"]),
    ("Зулусы атаковали лагерь и были отбиты.", ["attack"]),
    # a tagger's adjective "увёл" is the verb; a guerrilla war is a rising; captives held are detained
    ("Командир увёл войска за реку.", ["retreat"]),
    ("В горах Карасберг партизанскую войну начал Якоб Моренга.", ["uprising"]),
    ("Пленных держали в лагерях у Виндхука.", ["arrest"]),
    ("Там он отпустил около 200 пленных.", ["amnesty"]),
    ("Манапы собрали против него ополчение.", ["reinforcement"]),
    ("Штурм был отбит, повстанцы рассеялись.", ["attack", "retreat"]),
    ("Войска отходили к Кабулу.", ["retreat"]),
    ("Летом в Кабул прибыла русская миссия.", ["negotiations"]),
    # one withdrawal told by two verbs
    ("Вскоре генерал оставил Детройт и отступил на восток.", ["retreat"]),
    # a fort or a monastery that "пал", or one a pronoun stands for, was taken; a man who fell was not
    ("6 мая пал укреплённый монастырь августинцев.", ["capture"]),
    ("2 января 1865 года он пал.", ["capture"]),
    ("Махдисты истребили отряд; пал и сам Хикс.", ["massacre"]),
    ("Он пал в бою.", ["battle"]),
    # troops "стояли под" a town besieged it; a president "отплыл" from it left
    ("С 8 июня британцы стояли под Дели.", ["siege"]),
    # townsfolk killed after a taking, told in a clause of their own, are a massacre of their own
    ("Роуз 3 апреля 1858 года штурмом взял город; по некоторым данным, погибли около 5 тыс. жителей.",
     ["capture", "massacre"]),
    # … while soldiers' deaths are the fight's toll
    ("Роуз 3 апреля 1858 года штурмом взял город; погибли около 500 солдат.", ["capture"]),
    # a side joining a war, a breakout from a blockade, custody, juntas formed, a raid on a post, a
    # beating to death, a conference opened, refugees shipped out; ships lost are no land ceded
    ("Вскоре на стороне России выступила Дания.", ["political_activity"]),
    ("3 июля шведы прорвались из блокады.", ["battle"]),
    ("Король заключил под стражу вожаков оппозиции.", ["arrest"]),
    ("В провинциях возникли хунты.", ["founding"]),
    ("В ту же ночь повстанцы налетели на полицейский участок.", ["attack"]),
    ("3 марта 1959 года охранники насмерть забили 11 заключённых.", ["massacre"]),
    ("Через шесть дней в Лондоне открылась конференция о будущем колонии.", ["negotiations"]),
    ("Более 150 тыс. беженцев были вывезены на судах.", ["flight"]),
    ("Шведы лишились двух линейных кораблей.", []),
    # an attack that ended in defeat, a flight that ended in evacuation: one event each
    ("9 июля Нассау-Зиген атаковал у Роченсальма и потерпел тяжёлое поражение.", ["attack"]),
    ("Остатки войск бежали к побережью и были эвакуированы морем.", ["retreat"]),
    # session 10's rows: a statue pulled down, a post given up, a ceasefire declared, a security
    # service dissolved, a man quartered, a pardon, an ambush of an official, an army that melted away,
    # a break with the king, an heir recognised, a king in the victors' hands, troops under fire, a
    # foothold, a fleet driven off, a victory at a place; a man who took a name took no town
    ("Толпа повалила статую Сталина.", ["looting"]),
    ("25 октября Герё уступил пост первого секретаря партии Яношу Кадару.", ["political_activity"]),
    ("Надь объявил о прекращении огня и распустил службу госбезопасности.", ["treaty", "abolition"]),
    ("12 августа был подписан протокол о прекращении огня.", ["treaty"]),
    ("15 ноября он был четвертован.", ["execution"]),
    ("Осенью вице-король объявил помилование всем.", ["amnesty"]),
    ("Люди Кондорканки перехватили на дороге коррехидора Арриагу.", ["arrest"]),
    ("12 октября войско йоркистов разбежалось без боя.", ["retreat"]),
    ("Вскоре Уорик порвал с королём.", ["political_activity"]),
    ("В конце октября парламент признал его наследником короны.", ["political_activity"]),
    ("Король Генрих VI оказался в руках победителей.", ["arrest"]),
    ("На обратном пути англичане попали под огонь колонистов.", ["attack"]),
    ("Эскадра отогнала британские корабли.", ["battle"]),
    # participles that say who people were, reflexive ones too, tell no event of their own
    ("Укрывшиеся в крепости европейцы сдались.", ["capture"]),
    ("Девять британцев, оборонявших арсенал, взорвали его.", ["explosion"]),
    ("Осенью 1910 года укрывшийся в Техасе Мадеро обнародовал план.", ["decree"]),
    # not events: people lost in a fight, districts drawn, people charged with a deed, who people were
    ("Американцы лишились 13 человек убитыми.", []),
    ("Устав разделил степь на округа.", []),
    ("В городе повесили десятки человек, обвинённых в нападении на миссию.", ["execution"]),
    ("Британия перебросила в Америку полки ветеранов, воевавших в Испании.", ["reinforcement"]),
    ("Эмир снял осаду, когда к крепости подошло войско, собранное в Севилье.", ["siege", "reinforcement"]),
    # a convention signed, a throne accepted and a crown offered, an explosion, a side pushed back,
    # troops sailing away from a port, a land passing under a crown
    ("31 октября 1861 года три державы подписали конвенцию о совместном вмешательстве.", ["treaty"]),
    ("Максимилиан принял престол.", ["political_activity"]),
    ("Собрание предложило корону эрцгерцогу.", ["political_activity"]),
    ("В крепости взорвался пороховой погреб.", ["explosion"]),
    ("Войска маршала Базена теснили республиканцев к северу.", ["battle"]),
    ("В марте французы отплыли из Веракруса.", ["retreat"]),
    ("Собрание бояр объявило о переходе Молдавии в российское подданство.", ["accession"]),
    # troops gathered in a land, an army shipped away; a relative clause saying who defended a town
    ("В 1920 году остатки белых армий сосредоточились в Крыму.", ["reinforcement"]),
    ("Остатки армий были вывезены морем из Новороссийска.", ["retreat"]),
    ("Миних подошёл к Очакову, который оборонял гарнизон.", ["reinforcement"]),
    # a rising with no soldiers in it is an uprising, a soldiers' one a mutiny
    ("Вскоре мятеж охватил всю страну.", ["uprising"]),
    ("Летом 1919 года в белых войсках начались мятежи.", ["mutiny"]),
    # a man seized and exiled: both acts, though the tagger misses the second participle
    ("В 1828 году Кьяи Маджа был схвачен и сослан в Сибирь.", ["arrest", "deportation"]),
    # a ruler restored, forces put under a general, a system brought in, a law signed, power taken
    ("В августе голландцы вернули на престол престарелого султана.", ["political_activity"]),
    ("Карательные силы возглавил генерал Хендрик де Кок.", ["political_activity"]),
    ("Вскоре губернатор ввёл систему принудительных культур.", ["decree"]),
    ("22 мая 1947 года президент подписал закон о помощи.", ["decree"]),
    ("11 ноября 1918 года правительство взяло власть в свои руки.", ["political_activity"]),
    ("Через неделю власть в Иркутске взял большевистский ревком.", ["capture"]),     # power taken in a town
    ("В апреле прошли выборы.", ["election"]),
    # napalm dropped, a ship sunk
    ("Самолёты сбрасывали на позиции повстанцев напалм.", ["bombardment"]),
    ("Японские крейсеры потопили транспорт с войсками.", ["battle"]),
    # … and a ship sunk in a battle just named is that battle
    ("21 мая 1879 года в бою у Икике броненосец «Уаскар» потопил чилийский корвет «Эсмеральда».", ["battle"]),
    # a ruler one decided to restore is an aim
    ("Лорд Окленд решил вернуть престол шаху Шудже.", []),
    # raids taken up are no defection; what a war was is no event of its own
    ("Зимой повстанцы перешли к набегам на города.", ["attack"]),
    ("Японо-китайская война 1894–1895 годов стала первым крупным столкновением за господство в Корее.", []),
    # prisoners sent away
    ("Пленного короля отправили в Кейптаун.", ["deportation"]),
    # a roadstead is no raid
    ("12 декабря 1918 года на таллинский рейд пришла британская эскадра.", []),
    # a day of a month after "пал" is the date, not a count of the fallen
    ("Форт пал 3 мая 1864 года.", ["capture"]),
    # not events: participles that name the actors, words outside the lexicon
    ("Число восставших росло.", []),
    ("Город славился садами.", []),
]


def test_each_land_ceded_in_a_list_is_its_own_transfer(nlp_models):
    from annalist.pipeline import process
    doc = process("Швеция уступила России Лифляндию, Эстляндию, Ингрию и часть Карелии.")
    # "Лифляндию" is accusative whatever the tagger says; "часть Карелии" stands in the list
    assert [p.mention.text for e in doc.events for p in e.places if p.role == "location"] == \
        ["Лифляндию", "Эстляндию", "Ингрию", "Карелии"]


def test_listed_places_share_the_date_and_a_dash_gives_its_own(nlp_models):
    from annalist.pipeline import process
    doc = process("15 апреля 1861 года в течение двух месяцев к Конфедерации примкнули Виргиния, Арканзас и Теннесси. "
                  "26 мая 1918 года был взят Челябинск, а в конце месяца — Пенза и Сызрань.")
    assert [(e.type, e.date.start_date, e.date.end_date) for e in doc.events] == \
        [("accession", "1861-04-15", "1861-06-15")] * 3 + [("capture", "1918-05-26", "1918-05-26")] + \
        [("capture", "1918-05-21", "1918-05-31")] * 2


def test_a_stage_after_a_dash_is_its_own_event_with_its_own_date(nlp_models):
    from annalist.pipeline import process
    doc = process("30 мая 1857 года поднялись полки в Лакхнау, в начале июня — в Канпуре и Джханси.")
    assert [([p.mention.text for p in e.places], e.date.edtf) for e in doc.events] == \
        [(["Лакхнау"], "1857-05-30"), (["Канпуре"], "1857-06-01/1857-06-10"), (["Джханси"], "1857-06-01/1857-06-10")]


def test_a_cue_on_a_suppression_is_not_said_of_the_rising_it_names(nlp_models):
    from annalist.pipeline import process
    doc = process("Вечером 29 ноября 1830 года в Варшаве подхорунжие подняли восстание. "
                  "Константин не решился на подавление мятежа: русские части отошли из столицы.")
    assert [(e.type, e.assertion.status) for e in doc.events] == \
        [("uprising", "asserted"), ("suppression", "negated"), ("retreat", "asserted")]


def test_a_garrison_that_laid_down_arms_days_later_is_its_own_surrender(nlp_models):
    from annalist.pipeline import process
    doc = process("27 сентября 1944 года капитулировал Мокотув, а через три дня сложил оружие Жолибож.")
    assert [(e.type, e.date.edtf) for e in doc.events] == [("capture", "1944-09-27"), ("capture", "1944-09-30")]


def test_an_elided_taking_after_a_dash_has_its_own_place(nlp_models):
    from annalist.pipeline import process
    doc = process("В начале июня 1736 года русские заняли Козлов, а 17 июня — ханскую столицу Бахчисарай.")
    assert [(e.type, [p.mention.text for p in e.places], e.date.edtf) for e in doc.events] == \
        [("capture", ["Козлов"], "1736-06-01/1736-06-10"), ("capture", ["Бахчисарай"], "1736-06-17")]


def test_one_transfer_per_territory_listed(nlp_models):
    from annalist.pipeline import process
    doc = process("Россия получила Карс, Ардаган и Батум и вернула себе южную Бессарабию.")
    transfers = [(e.type, [p.mention.text for p in e.places]) for e in doc.events if e.trigger.text == "получила"]
    # one event per territory; the receiving state is a side, not the place
    assert transfers == [("territorial_transfer", ["Карс"]), ("territorial_transfer", ["Ардаган"]),
                         ("territorial_transfer", ["Батум"])]


@pytest.mark.parametrize("text,expected", TYPES)
def test_trigger_types(events_of, text, expected):
    assert [e.type for e in events_of(text).events] == expected


ROLES = [
    ("Мятеж был подавлен правительственными войсками.", "правительственными войсками", "agent"),
    ("Повстанцы захватили город Тула.", "Повстанцы", "agent"),
    ("Карательные отряды уничтожили мирных жителей.", "мирных жителей", "target"),
    ("Атаки красноармейцев были отбиты.", "красноармейцев", "agent"),
    ("Бой между повстанцами и казаками продолжался весь день.", "казаками", "participant"),
]


@pytest.mark.parametrize("text,actor,role", ROLES)
def test_actor_roles(events_of, text, actor, role):
    actors = {a.text: a.role for e in events_of(text).events for a in e.actors}
    assert actors.get(actor) == role, actors


STATUS = [
    ("Попытки штурма не увенчались успехом.", "failed"),
    # a cue that is a verb of its own, joined by "и", covers its own predicate only
    ("Он рассчитывал на примирение и направил посланцев в Петербург.", "asserted"),
    ("Атаки конницы были отбиты.", "failed"),
    ("Гарнизон якобы сдался без боя.", "disputed"),
    ("По данным газет, казаки сожгли станицу.", "reported"),
    ("Войска не взяли город.", "negated"),
    ("Казаки сожгли станицу.", "asserted"),
    ("Губернатор планировал выселить жителей.", "hypothetical"),
    # a failure told in a later clause with no subject or event of its own
    ("30 июля русские атаковали вновь, но были отбиты.", "failed"),
    ("Третий штурм, 11–12 сентября, в котором участвовали и румынские войска, тоже провалился.", "failed"),
    ("Первый штурм города, предпринятый 20 июля, был отбит.", "failed"),
    ("У Пакозда венгерские отряды отбили его наступление.", "failed"),
    ("Красные взяли город, но вскоре были выбиты.", "asserted"),      # a capture later lost did happen
    ("Генерального сражения у Витебска так и не произошло.", "negated"),   # the support verb's "не"
    ("Восставшие пытались взять Царицын.", "failed"),        # the gold README: tried, not done
    ("Армия не сумела окружить противника.", "failed"),
    ("Каппелевцы подошли к Иркутску, но штурмовать его не стали.", "asserted"),   # the approach happened
    ("Штурмовать город они не стали.", "negated"),
    ("Ермолов не решился на общее наступление.", "negated"),
    ("Россия стремилась вернуть Азов.", "hypothetical"),    # an aim, not a deed
    ("Россия, Германия и Франция потребовали вернуть Ляодун.", "hypothetical"),   # a demand
    ("Однорукий комендант Нейшлота отказался сдать крепость.", "negated"),        # a refusal
    ("Конгресс отказался признать договор.", "asserted"),     # the refusal is the act (non_recognition)
]


@pytest.mark.parametrize("text,status", STATUS)
def test_assertion_status(events_of, text, status):
    events = events_of(text).events
    assert events and events[0].assertion.status == status, [(e.type, e.assertion) for e in events]


def test_a_cue_covers_its_infinitive_not_the_next_verb(events_of):
    # "не решился" covers "штурмовать", not "увёл" (which the tagger took for an adjective)
    events = events_of("Генерал не решился штурмовать укрепления и увёл войска обратно в Канаду.").events
    assert [(e.type, e.assertion.status) for e in events] == [("attack", "negated"), ("retreat", "asserted")]


QUANTITIES = [
    ("Восстали около 2 тыс. человек.", (2000, None, None, True)),
    ("Их было более чем 11 тыс. человек.", (11000, 11000, None, True)),
    ("Погибли десятки тысяч жителей.", (None, 20000, 90000, True)),
    ("Бежали 10–12 тыс. человек.", (None, 10000, 12000, False)),
    ("Погибли от 3 до 12 тыс. человек.", (None, 3000, 12000, False)),
    # "около сотни", "около ста": a hundred; a share "из них" counts people
    ("Кавалерия убила около сотни из них.", (100, None, None, True)),
    ("Оба гетмана оказались в плену.", (2, None, None, False)),
    ("Погибли около ста горожан.", (100, None, None, True)),
    # small numbers in oblique cases; a demonym the tagger misreads counts people
    ("Марото приказал расстрелять четырёх генералов.", (4, None, None, False)),
    ("21 апреля около 900 техасцев внезапно атаковали лагерь.", (900, None, None, True)),
    # a force's size as an adjective
    ("Король разгромил почти 35-тысячную армию.", (35000, None, 35000, True)),
    ("Двадцатитысячный корпус осадил город.", (20000, None, None, False)),
    ("Расстреляны 26 комиссаров.", (26, None, None, False)),
    ("Бомбардировка унесла 1654 погибших.", (1654, None, None, False)),     # a participle counts
    ("Погибли от 120 до 300 убитых.", (None, 120, 300, False)),
    ("Катер обстрелял берег, погибли двое рыбаков.", (2, None, None, False)),
    ("Отряд примерно в тысячу человек осадил крепость.", (1000, None, None, True)),
    ("В битве участвовало более полумиллиона человек.", (500_000, 500_000, None, True)),
    ("Имам погиб вместе с несколькими десятками мюридов.", (None, 20, 90, True)),    # the instrumental
    ("Шамиль с примерно 400 мюридами укрылся на горе.", (400, None, None, True)),
    # a number before a finite verb counts the people the verb is about
    ("Около 1500 бросили в тюрьмы.", (1500, None, None, True)),
    ("Четверых расстреляли.", (4, None, None, False)),
    # any animate noun counts people
    ("9 июля были казнены более 40 иностранцев.", (40, 40, None, True)),
]


@pytest.mark.parametrize("text,what", [
    ("Его армия, около 40 тыс. человек, капитулировала.", "prisoners"),
    ("Настичь султана он не сумел и лишь захватил 8 повстанцев.", "prisoners"),
    ("Охранники насмерть забили 11 заключённых.", "fatalities"),
    ("Погибли 130 человек, около 300 были ранены.", "wounded"),
    ("Около 5 тыс. семей были депортированы.", "displaced"),
    ("Около 1500 бросили в тюрьмы.", "prisoners"),
    ("В пределы России переселились до 40 тыс. армян.", "displaced"),
    ("В Амуре утонули от 3 до 5 тыс. человек.", "fatalities"),
    ("Война унесла от 80 до 100 тыс. жизней.", "fatalities"),
    # the next verb after "и" counts its own number: the slaves are displaced, not killed
    ("Турки убили около 20 тыс. жителей и продали в рабство более 40 тыс.", "displaced"),
    # a killing verb before the number outranks the noun it counts
    ("У стены были расстреляны 147 пленных.", "fatalities"),
    ("Толпа растерзала более 30 заключённых.", "fatalities"),
    # … and one after it: the rebels were killed, though prisoners are told next
    ("Около 6 тыс. были перебиты, а около 600 взяты в плен.", "prisoners"),
    ("Из них около 6 тыс. были перебиты и многие взяты в плен.", "fatalities"),
    # the dead of the part after a semicolon are not the attackers counted before it
    ("Около 10 тыс. повстанцев штурмовали город; атакующие потеряли более 2 тыс. убитыми.", "fatalities"),
    ("Всего пало, по сербским сведениям, 3–4 тыс. повстанцев.", "fatalities"),
])
def test_what_is_counted(nlp_models, text, what):
    doc = analyse(Document.from_text(text))
    assert [q.what for s in doc.sentences for q in find_quantities(s)][-1] == what


def test_the_attackers_counted_before_a_semicolon_are_no_dead(nlp_models):
    doc = analyse(Document.from_text("Около 10 тыс. повстанцев штурмовали город; атакующие потеряли более 2 тыс. убитыми."))
    assert [q.what for s in doc.sentences for q in find_quantities(s)] == ["participants", "fatalities"]


def test_a_number_before_and_counts_for_its_own_verb(nlp_models):
    doc = analyse(Document.from_text("Турки убили около 20 тыс. жителей и продали в рабство более 40 тыс."))
    assert [q.what for s in doc.sentences for q in find_quantities(s)] == ["fatalities", "displaced"]


@pytest.mark.parametrize("text,expected", QUANTITIES)
def test_quantities(nlp_models, text, expected):
    doc = analyse(Document.from_text(text))
    found = [(q.value, q.min, q.max, q.approximate) for s in doc.sentences for q in find_quantities(s)]
    assert found == [expected]


@pytest.mark.parametrize("text", ["В 1905 году восстали рабочие.", "Бои шли три дня.", "Отряд прошёл 40 км.",
                                  "Китай обязался выплатить 200 млн лянов."])
def test_years_and_durations_are_not_counts(nlp_models, text):
    doc = analyse(Document.from_text(text))
    assert [q.text for s in doc.sentences for q in find_quantities(s)] == []


def test_quantity_attaches_to_previous_event(events_of):
    doc = events_of("Восстали солдаты гарнизона. Число восставших было около 3 тыс. человек.")
    assert [(e.type, [q.value for q in e.quantities]) for e in doc.events] == [("uprising", [3000])]


def test_bare_noun_mention_merges_into_earlier_event(events_of):
    doc = events_of("Летом вспыхнуло восстание. Восстанием руководил полковник Иванов.")
    assert [e.type for e in doc.events] == ["uprising"]
    assert any(a.role == "agent" and "Иванов" in a.text for a in doc.events[0].actors)


def test_noun_object_of_verb_event_is_not_a_new_event(events_of):
    doc = events_of("Летом вспыхнуло восстание. Войска подавили восстание.")
    assert [e.type for e in doc.events] == ["uprising", "suppression"]


def test_heading_is_not_coded(events_of):
    doc = events_of("Восстание 1916 года\n\nОсенью вспыхнуло восстание.")
    assert [e.trigger.text for e in doc.events] == ["вспыхнуло восстание"]


def test_offsets_quote_the_text(events_of):
    text = ("Весной повстанцы захватили город. Через неделю подошли войска, и город был взят обратно; "
            "по данным газет, погибли около 500 человек.")
    doc = events_of(text)
    assert doc.events
    for e in doc.events:
        for span in [e.trigger, e.evidence, *e.actors, *e.quantities]:
            assert text[span.start:span.end] == span.text


def test_lexicon_types_exist_in_ontology():
    assert {r.type for rules in trigger_rules().values() for r in rules} <= set(EVENT_TYPES)


def test_full_pipeline_records_follow_the_schema(nlp_models):
    jsonschema = pytest.importorskip("jsonschema")
    import annalist.dates
    if not hasattr(annalist.dates, "tag"):
        pytest.skip("the dates stage is not there yet")
    from annalist.pipeline import process
    from annalist.records import event_record

    schema = json.loads((Path(__file__).resolve().parents[1] / "annalist" / "schema" / "event.schema.json").read_text())
    text = "12 марта 1919 года повстанцы захватили Шушу. Через неделю конные полки ворвались в город."
    doc = process(text)
    assert [e.type for e in doc.events] == ["capture", "recapture"]
    assert doc.events[1].places and doc.events[1].places[0].mention.text == "Шушу"
    for e in doc.events:
        jsonschema.validate(event_record(doc, e), schema)
    assert len({e.id for e in doc.events}) == 2


def test_repeated_mention_is_kept_on_the_event_and_parts_point_at_the_whole(events_of):
    doc = events_of("Летом в уезде вспыхнуло восстание. Повстанцы захватили город Тула. "
                    "Это восстание было подавлено. Восстанием руководил полковник Иванов.")
    assert [e.type for e in doc.events] == ["uprising", "capture", "suppression"]
    uprising, capture, suppression = doc.events
    assert [m.text for m in uprising.mentions] == ["Восстанием"]
    assert capture.parent == uprising.trigger and suppression.parent == uprising.trigger
    assert uprising.parent is None


def test_capture_of_a_taken_town_is_a_recapture(nlp_models):
    from annalist.pipeline import process
    doc = process("Весной повстанцы захватили город Тула. Осенью правительственные войска захватили Тулу.")
    assert [e.type for e in doc.events] == ["capture", "recapture"]


def test_one_event_per_coordinated_place(nlp_models):
    from annalist.pipeline import process
    doc = process("В мае были взяты Пенза и Сызрань.")
    assert [(e.type, e.places[0].mention.text) for e in doc.events] == [("capture", "Пенза"), ("capture", "Сызрань")]


def test_docs_type_table_is_generated_from_the_ontology():
    from annalist.events.table import markdown_table

    docs = (Path(__file__).resolve().parents[1] / "docs" / "events.md").read_text(encoding="utf-8")
    assert markdown_table() in docs, "regenerate with: PYTHONPATH=. python -m annalist.events.table"


def test_who_rose_joins_the_rising_just_told(events_of):
    doc = events_of("Первое восстание произошло в Туле. Восстали части бывшей городской армии.")
    assert [e.type for e in doc.events] == ["uprising"]
    assert [(a.role, a.text) for a in doc.events[0].actors] == [("agent", "части бывшей городской армии")]
    assert [m.text for m in doc.events[0].mentions] == ["Восстали"]


def test_wounds_no_one_dealt_join_the_battle(events_of):
    doc = events_of("17 сентября армии сошлись в битве; погибли около 3,6 тыс. человек и более 17 тыс. были ранены.")
    assert [e.type for e in doc.events] == ["battle"]
    assert sorted(q.what for q in doc.events[0].quantities) == ["fatalities", "wounded"]


def test_a_failed_charge_is_an_attack_that_failed(events_of):
    doc = events_of("Атака дивизии Пикетта в последний день захлебнулась.")
    assert [(e.type, e.assertion.status) for e in doc.events] == [("attack", "failed")]


def test_what_did_not_happen_is_no_twin_of_what_did(events_of):
    doc = events_of("Всеобщего восстания так и не произошло, зато в провинции поднялись отряды Ороско.")
    assert [(e.type, e.assertion.status) for e in doc.events] == [("uprising", "negated"), ("uprising", "asserted")]


def test_a_call_covers_what_it_calls_for_not_the_act_that_makes_it(nlp_models):
    from annalist.pipeline import process
    doc = process("Осенью 1910 года Мадеро обнародовал в Техасе план, призывавший народ восстать.")
    assert [(e.trigger.text, e.assertion.status) for e in doc.events] == \
        [("обнародовал", "asserted"), ("восстать", "hypothetical")]


def test_a_colon_retells_the_taking_and_counts_its_prisoners(events_of):
    doc = events_of("2 сентября окружённые капитулировали: в плен попали более 80 тысяч солдат.")
    assert [(e.type, [(q.what, q.value) for q in e.quantities]) for e in doc.events] == \
        [("capture", [("prisoners", 80000)])]


def test_a_number_goes_to_the_event_of_its_own_clause(nlp_models):
    from annalist.pipeline import process
    doc = process("Осенью навстречу казакам выступило шляхетское ополчение численностью около 40 тыс. человек, "
                  "но 23 сентября в битве под Пилявцами оно было разбито.")
    assert [(e.type, [q.value for q in e.quantities]) for e in doc.events][0] == ("reinforcement", [40000])


def test_a_number_stays_in_its_clause_though_a_later_clause_cues_another_kind(nlp_models):
    from annalist.pipeline import process
    # "капитулировал" cues prisoners, but the number is the size of the army that landed
    doc = process("9 марта армия Скотта, 10–12 тыс. человек, высадилась у Веракруса; после осады "
                  "27 марта город капитулировал.")
    assert [(e.type, [(q.min, q.max) for q in e.quantities]) for e in doc.events] == \
        [("reinforcement", [(10000, 12000)]), ("siege", []), ("capture", [])]


def test_prisoners_taken_in_a_gerund_are_the_fights(events_of):
    doc = events_of("18 апреля у Серро-Гордо Скотт разбил Санта-Анну, взяв более 3 тыс. пленных.")
    assert [(e.type, [(q.what, q.value) for q in e.quantities]) for e in doc.events] == \
        [("battle", [("prisoners", 3000)])]


def test_arms_laid_down_are_the_surrender_just_told(events_of):
    doc = events_of("13 августа генерал Гёргей капитулировал перед русскими; оружие сложили около 30 тыс. человек.")
    assert [(e.trigger.text, [q.value for q in e.quantities]) for e in doc.events] == [("капитулировал", [30000])]


def test_a_count_of_the_killed_joins_the_fight_told_before_it(events_of):
    doc = events_of("24 июня произошло главное сражение: в нём участвовало около 300 тыс. человек, около 5 тыс. "
                    "были убиты.")
    assert [(e.type, sorted((q.what, q.value) for q in e.quantities)) for e in doc.events] == \
        [("battle", [("fatalities", 5000), ("participants", 300000)])]


def test_losses_told_of_a_side_join_the_fight(events_of):
    doc = events_of("Штурм крепости 29 сентября был отбит, русские потеряли более 2 тыс. убитыми.")
    assert [e.type for e in doc.events] == ["attack"]


def test_deaths_join_the_attack_that_caused_them(events_of):
    doc = events_of("Отряды напали на русские сёла; погибли около 2 тыс. переселенцев.")
    assert [e.type for e in doc.events] == ["attack_on_civilians"]
    assert [(q.what, q.value) for q in doc.events[0].quantities] == [("fatalities", 2000)]


def test_in_the_course_of_fighting_is_a_time_and_an_attempt_is_an_event(events_of):
    # "в ходе тяжёлых боёв" dates what follows: no new battle event
    doc = events_of("Армия наступала на Варшаву. В ходе тяжёлых боёв она потеряла до 25 тыс. человек.")
    assert [e.type for e in doc.events] == ["attack"]
    # "попытки отчаянного штурма": the attempt is told, and it failed
    doc = events_of("Попытки отчаянного штурма не удались.")
    assert [(e.type, e.assertion.status) for e in doc.events] == [("attack", "failed")]


def test_a_cue_word_that_is_the_trigger_says_nothing_of_its_own_event(events_of):
    doc = events_of("Весной республиканцы взяли город, но летом националисты отбили его.")
    assert [(e.type, e.assertion.status) for e in doc.events][-1][1] == "asserted"
    doc = events_of("Атаки турок были отбиты.")
    assert [(e.type, e.assertion.status) for e in doc.events] == [("attack", "failed")]


def test_counted_events_are_told_and_a_threat_makes_its_act_hypothetical(events_of):
    doc = events_of("Несколько штурмов крепости окончились неудачей.")
    assert [(e.type, e.assertion.status) for e in doc.events] == [("attack", "failed")]
    doc = events_of("Австрия пригрозила вступить в войну.")
    assert [(e.type, e.assertion.status) for e in doc.events] == [("political_activity", "asserted"),
                                                                   ("political_activity", "hypothetical")]


def test_disputed_and_asserted_fighting_stay_apart(events_of):
    doc = events_of("Власть якобы вела борьбу с бандами. На самом деле из-за военных действий погибло много жителей.")
    assert [(e.type, e.assertion.status) for e in doc.events] == [("battle", "disputed"), ("battle", "asserted")]


NOT_EVENTS = [
    ("Пришёл приказ разоружить гарнизон.", ["приказ"]),     # the order is told, the disarming is not
    ("Город сдался почти без боя.", ["сдался"]),            # "без боя" is a manner
    ("Президент приказал конфисковать имущество.", ["приказал"]),   # a policy ordered: the decree
    # a commander's order of an execution, an arrest or a retreat tells the act
    ("В феврале Марото приказал расстрелять четырёх генералов.", ["расстрелять"]),
    ("Император велел обезглавить пленных.", ["обезглавить"]),
    ("Генерал приказал отступить за реку.", ["отступить"]),
    # clashes and onslaughts are of troops, not of troubles or famine
    ("У переправы отряд столкнулся с войсками противника.", ["столкнулся"]),
    ("Армия столкнулась с трудностями снабжения.", []),
    ("На следующий день рифы обрушились на главный лагерь.", ["обрушились"]),
    ("На страну обрушился голод.", []),
]


@pytest.mark.parametrize("text,triggers", NOT_EVENTS)
def test_orders_and_manners_are_not_events(events_of, text, triggers):
    assert [e.trigger.text for e in events_of(text).events] == triggers


def test_coordinated_passives_are_one_event(events_of):
    doc = events_of("Деревня была разгромлена и сожжена.")
    assert len(doc.events) == 1 and [m.text for m in doc.events[0].mentions] == ["сожжена"]


def test_counts_of_named_kinds_of_people(nlp_models):
    doc = analyse(Document.from_text("Были казнены 13 генералов."))
    assert [(q.value, q.what) for s in doc.sentences for q in find_quantities(s)] == [(13, "fatalities")]


def test_bare_list_of_towns_gives_one_event_each(nlp_models):
    from annalist.pipeline import process
    doc = process("Пенза, Самара, Сызрань были охвачены восстаниями.")
    assert sorted(e.places[0].mention.text for e in doc.events if e.type == "uprising") == ["Пенза", "Самара", "Сызрань"]


def test_recapture_is_remembered_across_blocks_of_a_long_text(nlp_models):
    from annalist.pipeline import Pipeline

    text = ("Весной повстанцы захватили город Тула.\nЛетом был дождь и шли работы в полях.\n"
            "Осенью правительственные войска захватили Тулу.")
    doc = Pipeline(block_chars=60)(Document.from_text(text))
    assert [e.type for e in doc.events] == ["capture", "recapture"]
    for e in doc.events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text


def test_places_in_a_participial_description_are_not_the_event_place(nlp_models):
    from annalist.pipeline import process
    doc = process("В марте была создана федерация, включающая Грузию, Армению и Азербайджан.")
    assert [(e.type, [p.mention.text for p in e.places]) for e in doc.events] == [("founding", [])]


def test_spread_of_an_uprising_is_part_of_it(events_of):
    doc = events_of("Летом вспыхнуло восстание в горах. Осенью восстание перекинулось на равнину. "
                    "Против 20 тыс. повстанцев власти собрали полицию.")
    first, spread = [e for e in doc.events if e.type == "uprising"]
    assert spread.parent == first.trigger
    assert [q.value for q in first.quantities] == [20000] and spread.quantities == []



def test_men_who_fell_are_the_toll_of_the_fight(events_of):
    doc = events_of("У Каллодена якобиты были разбиты. Они потеряли 1500 человек убитыми, "
                    "тогда как у англичан пало около 50 солдат.")
    assert [e.type for e in doc.events] == ["battle"]
    assert sorted(q.value for q in doc.events[0].quantities if q.value) == [50, 1500]


def test_an_oath_after_a_diet_opened_is_its_own_act(events_of):
    doc = events_of("28 марта открылся сейм. Царь обещал сохранить законы, а депутаты принесли ему присягу.")
    assert [e.type for e in doc.events] == ["political_activity", "political_activity"]
    assert doc.events[1].trigger.text.endswith("присягу")


def test_two_risings_each_told_with_its_own_date_are_two(events_of):
    doc = events_of("13 мая 1958 года толпа ворвалась в здание. Летом войска вернулись. "
                    "24 января 1960 года на улицах вновь вспыхнул бунт. Бунт был подавлен.")
    assert [e.type for e in doc.events if e.type == "riot"] == ["riot", "riot"]


def test_a_fight_told_in_general_before_a_colon_is_the_act_after_it(nlp_models):
    from annalist.pipeline import process
    doc = process("Боевые действия открылись 12 апреля 1861 года: батареи обстреляли форт.")
    assert [(e.type, e.trigger.text, e.date.edtf) for e in doc.events] == [("bombardment", "обстреляли", "1861-04-12")]


def test_an_act_repeated_after_a_dash_with_its_own_date(nlp_models):
    from annalist.pipeline import process
    doc = process("18 августа 1746 года обезглавили лордов Килмарнока и Балмерино, а 9 апреля 1747 года — лорда Ловата.")
    assert [(e.type, e.date.edtf) for e in doc.events] == [("execution", "1746-08-18"), ("execution", "1747-04-09")]


def test_a_siege_lasts_until_the_end_its_sentence_dates(nlp_models):
    from annalist.pipeline import process
    doc = process("8 ноября 1745 года якобиты перешли границу, осадили Карлайл и 15 ноября вынудили его сдаться. "
                    "Город Алкмар, осаждённый с 21 августа 1573 года, выстоял: 8 октября противник снял осаду.")
    sieges = [e for e in doc.events if e.trigger.text.startswith("осажд") or e.trigger.text == "осадили"]
    assert [(e.date.start_date, e.date.end_date) for e in sieges] == \
        [("1745-11-08", "1745-11-15"), ("1573-08-21", "1573-08-21")]


def test_a_killing_told_by_a_gerund_is_the_toll_of_the_fight(nlp_models):
    from annalist.pipeline import process
    doc = process("12 марта 1879 года на реке Нтомбе отряд Мбилини истребил конвой 80-го полка, убив более 60 человек, "
                  "а 28 марта штурм горы Хлобане провалился.")
    assert [(e.type, e.date.edtf) for e in doc.events] == [("massacre", "1879-03-12"), ("attack", "1879-03-28")]
    assert [q.value for q in doc.events[0].quantities] == [60]
    # a name before the troops is no part of them: the river is where, "отряд" who
    assert [a.text for a in doc.events[0].actors if a.role == "agent"][0] == "отряд"


def test_a_town_taken_with_its_defenders_killed_saw_a_massacre_too(nlp_models):
    from annalist.pipeline import process
    doc = process("5 сентября 1861 года войска взяли Аньцин, перебив около 16 тыс. защитников.")
    assert [e.type for e in doc.events] == ["capture", "massacre"]


def test_a_treaty_told_by_the_participle_that_made_it(nlp_models):
    from annalist.pipeline import process
    doc = process("По условиям мира, заключённого в Тильзите летом 1807 года, царь обязался склонить Швецию к союзу.")
    treaty = [e for e in doc.events if e.type == "treaty"]
    assert [(e.date.edtf, e.places[0].mention.text) for e in treaty] == [("1807-22", "Тильзите")]


def test_a_crowd_fired_on_is_told_and_the_toll_is_the_firing(events_of):
    doc = events_of("26 марта солдаты открыли огонь по манифестации европейцев, убив более 40 человек.")
    assert [(e.type, [q.value for q in e.quantities]) for e in doc.events] == \
        [("attack_on_civilians", [40]), ("protest", [])]


def test_a_year_naming_a_treaty_does_not_move_the_story(nlp_models):
    from annalist.pipeline import process
    doc = process("5 апреля 1879 года Чили объявила войну: Перу, связанное с Боливией тайным договором 1873 года, "
                  "отказалось сохранять нейтралитет. 21 мая в бою у Икике броненосец потопил корвет.")
    assert [e.date.edtf for e in doc.events if e.type == "battle"] == ["1879-05-21"]


def test_a_noun_and_the_verb_of_its_clause_tell_one_fight(nlp_models):
    from annalist.pipeline import process
    doc = process("19 ноября 1879 года в сражении у Сан-Франсиско они отразили натиск союзников.")
    assert [e.type for e in doc.events] == ["battle"]


def test_a_list_after_another_verb_is_not_the_ceded_land(nlp_models):
    from annalist.pipeline import process
    doc = process("29 августа 1842 года империя уступала Великобритании Гонконг, открывала для торговли пять портов — "
                  "Кантон, Амой, Фучжоу, Нинбо и Шанхай.")
    assert [(e.type, e.places[0].mention.text) for e in doc.events] == [("territorial_transfer", "Гонконг")]


def test_the_assault_before_a_named_town_taken_is_how_it_was_taken(nlp_models):
    from annalist.pipeline import process
    doc = process("21 июля 1842 года после ожесточённого штурма был захвачен Чжэньцзян.")
    assert [(e.type, e.places[0].mention.text) for e in doc.events] == [("capture", "Чжэньцзян")]


def test_rebels_caught_are_counted_by_the_catching_not_the_rising(nlp_models):
    doc = process("Весной 1837 года Кенесары поднял восстание. Симонов бросился в погоню, но настичь султана "
                  "не сумел и лишь захватил 8 повстанцев.")
    counted = {e.type: [(q.value, q.what) for q in e.quantities] for e in doc.events}
    assert counted["arrest"] == [(8, "prisoners")] and counted["uprising"] == []


@pytest.mark.parametrize("text, counted", [
    # a crowd counted after ";" is the demonstration's
    ("23 октября 1956 года студенты Будапешта вышли на демонстрацию в поддержку реформ в Польше; к вечеру на "
     "улицах, по разным оценкам, собралось до 200 тыс. человек.",
     [("protest", [(200000, "participants")])]),
    # prisoners told after a leader's surrender are the surrender's
    ("Осада началась 28 сентября 1781 года, и 19 октября Корнуоллис сдался; в плен попали более 7 тыс. человек.",
     [("siege", []), ("treaty", [(7000, "prisoners")])]),
])
def test_counts_told_after_a_semicolon_belong_to_the_act_before(nlp_models, text, counted):
    doc = process(text)
    assert [(e.type, [(q.value, q.what) for q in e.quantities]) for e in doc.events] == counted
