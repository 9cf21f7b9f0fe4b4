# The atlas's interface in Russian, translated from en/atlas.ftl (same ids, same order).
# Comments that say where a message appears are kept in English from the English file;
# Comment lines beginning with the word REVIEW mark choices a curator should check.

## Даты

# A day: "12 November 1944". $month is month-N-of-day, $monthNumber 1–12.
date-day = { $day } { $month } { $year } г.
# A month: "November 1944".
date-month = { $month } { $year } г.
# A season: "autumn 1945".
date-season = { $season } { $year } г.
date-year = { $year } г.
# REVIEW: "about" rendered «примерно» (an adverb) rather than «около», which would need the genitive that month- and season-precise dates («ноябрь 1944 г.», «осень 1945 г.») do not have.
date-about = примерно { $date }
date-uncertain = { $date } (под вопросом)
date-about-uncertain = примерно { $date } (под вопросом)
# An interval: "July 1945 to September 1945".
date-interval = { $from } — { $to }
track-period-band = { $period }: { $from } — { $to }
track-contested-band = Спорная территория: { $from } — { $to }
month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь
# The month as it stands in a full date (in some languages a different case).
month-1-of-day = января
month-2-of-day = февраля
month-3-of-day = марта
month-4-of-day = апреля
month-5-of-day = мая
month-6-of-day = июня
month-7-of-day = июля
month-8-of-day = августа
month-9-of-day = сентября
month-10-of-day = октября
month-11-of-day = ноября
month-12-of-day = декабря
season-1 = весна
season-2 = лето
season-3 = осень
season-4 = зима
distance-km = { $km } км
distance-m = { $m } м

## Условные обозначения

key-title = Условные обозначения
key-held-by = Под контролем: { $actor }
key-approximate = Бледнее: границы контроля приблизительны
key-contested = Штриховка: спорная территория, штрихи — цвета другой стороны
key-no-information = Нет сведений
key-district = Округ 1940-х годов (приблизительно)
key-other-provinces = Другие провинции Китая
key-neighbours = Соседние страны (в современных границах)
key-river = Река
key-city = Город
key-town = Небольшой город, крепость, аэродром, иной пункт
# The scale bar, for a screen reader: "Scale: this bar is 200 km on the map".
key-scale = Масштаб: длина этой линейки на карте — { $distance }
key-boundaries-approximate = Границы восстановлены приблизительно: вместо границ 1944–1949 годов показаны современные контуры.
key-boundaries-short = Границы восстановлены приблизительно.

## Названия типов данных

certainty-firm = Достоверно
certainty-approximate = Приблизительно
certainty-contested = Оспаривается
event-kind-decision = Решение
event-kind-uprising = Восстание
event-kind-battle = Бой
event-kind-siege = Осада
event-kind-capture = Взятие
event-kind-declaration = Провозглашение
event-kind-founding = Основание
event-kind-government = Правительство
event-kind-appointment = Назначение
event-kind-negotiation = Переговоры
event-kind-agreement = Соглашение
event-kind-ceasefire = Прекращение огня
event-kind-massacre = Убийство мирных жителей или пленных
event-kind-death = Смерть
event-kind-defection = Переход на другую сторону
event-kind-surrender = Капитуляция
event-kind-merger = Слияние
event-kind-aid = Внешняя поддержка
event-kind-other = Событие
place-kind-city = город
# REVIEW: "town" rendered «небольшой город» (county seats such as Wusu or Nilka); «посёлок» would suggest a rural settlement.
place-kind-town = небольшой город
place-kind-village = селение
place-kind-fortress = крепость
place-kind-border-post = пограничный пост
place-kind-airfield = аэродром
place-kind-oil-field = нефтепромысел
place-kind-mine = рудник
place-kind-river-crossing = переправа
place-kind-pass = перевал
place-kind-front = линия фронта
place-kind-lake = озеро
place-kind-region = регион
# After an event's date: "12 November 1944 — known to the day".
precision-day = с точностью до дня
precision-month = с точностью до месяца
precision-season = с точностью до времени года
precision-year = с точностью до года

## Таблица «Кто что контролировал»

table-title = Кто что контролировал
table-close = Закрыть таблицу
table-note = То же, что показывает карта, но текстом. Таблица следует за датой на шкале времени. Границы и некоторые даты приблизительны.
table-places-on = Пункты на { $date }
table-zones-on = Зоны на { $date }
table-place = Пункт
table-zone = Зона
table-held-by = Под контролем
table-since = С какого времени
table-certainty = Достоверность

## Панель события

# "event 21 of 113"
event-count = событие { $n } из { $count }
event-ahead = ещё впереди
event-where = Где
event-places-label = Места этого события (открыть на карте)
event-who = Кто
event-sources-disagree = Источники расходятся.
event-what-sources-say = Что говорят источники
event-source = Источник
# Under a source's title: Section “Ili Rebellion” (the section's own English title).
source-section = Раздел «{ $section }»
# The date a source gives: "Gives: 12 November 1944".
claim-gives = Дата по источнику: { $date }
source-wp-etr = Статья энциклопедии «Second East Turkestan Republic»
source-wp-ina = Статья энциклопедии «Ili National Army»
# REVIEW: "(advocacy)" rendered «позиция одной из сторон» (a text arguing one side's case); check the curators' preferred label.
source-etge-archives = Статья «Soviet Archives reveal China’s occupation of East Turkistan» (позиция одной из сторон)
source-unknown = Неизвестный источник

## Карточка места

place-close = Закрыть карточку места
# Before the note on a place beyond the map's edge.
place-beyond-map = За пределами этой карты.
place-in-district = Округ: { $district } (в границах округов 1940-х годов).
place-name-en = Название в источниках
place-name-modern = Современное официальное название
place-name-ug = По-уйгурски
place-name-zh = По-китайски
place-name-ru = По-русски
place-name-kk = По-казахски
place-name-mn = По-монгольски
place-unsure = (требует проверки)
place-unsure-title = Требует проверки куратором
place-also-written = Другие написания
# "Position: 43.92° N, 81.32° E, to within about 2 km (seat of the county)."
place-position = Положение: { $lat }° с. ш., { $lon }° в. д., с точностью около { $km } км ({ $method }).
place-method-county-seat = центр уезда
place-method-knowledge = оценка по географическим справочникам
place-what-happened = Что здесь происходило
place-named-in = Упоминается в источниках
# Who held a place on the day shown: "On 12 November 1944: held by the Republic of China (contested)."
place-held = На { $date } под контролем: { $actor }.
place-held-qualified = На { $date } под контролем: { $actor } ({ $certainty }).

## Карта

map-title = Карта Синьцзяна и соседних земель
map-description = Синьцзян, его округа в 1940-х годах, соседние провинции и страны, реки, озёра и места военных действий. Границы приблизительны.
# A place on the map, for a screen reader: "Ghulja, city, held by East Turkestan Republic".
map-place = { $place }, { $kind }
map-place-held = { $place }, { $kind }, под контролем: { $actor }
# Pointers at the map's edge: "Moscow, Irkutsk: beyond the map".
map-beyond = { $places }: за пределами карты
range-tian-shan = Тянь-Шань
range-altai = Алтай
range-tarbagatai = Тарбагатай
range-pamir = Памир
range-kunlun = Куньлунь
range-borohoro = Борохоро
range-dzungarian-alatau = Джунгарский Алатау

## Сообщения о ссылке, которую не удалось прочитать полностью

url-bad-date = Дата в ссылке «{ $value }» не имеет вида ГГГГ-ММ-ДД.
url-bad-event = Событие в ссылке «{ $value }» — недопустимое имя.
url-bad-place = Место в ссылке «{ $value }» — недопустимое имя.
url-bad-mode = Режима «{ $value }», указанного в ссылке, в атласе нет (есть explore, kiosk, embed, present).
url-bad-controls = Ссылка запрашивает элементы управления, которых в атласе нет: { $value }.
url-bad-view = Вид в ссылке «{ $value }» не имеет формы широта,долгота,масштаб.
url-bad-language = Языка «{ $value }», указанного в ссылке, в атласе нет (есть en, ug, zh-Hans, ru).
url-date-outside = Дата в ссылке { $date } лежит за пределами шкалы времени; вместо неё показано { $shown }.
url-unknown-event = События «{ $value }», указанного в ссылке, в атласе нет.
url-unknown-place = Места «{ $value }», указанного в ссылке, в атласе нет.
url-dismiss = Закрыть
settings-unreadable = Не удалось загрузить файл настроек { $file } ({ $reason }); атлас использует настройки по умолчанию.
settings-invalid = В файле настроек { $file } есть ошибки (первая: { $problem }); атлас использует настройки по умолчанию.
settings-problem = Ошибка в файле настроек: { $problem }.
language-unavailable = Атлас не смог загрузить тексты на языке «{ $language }» ({ $reason }) и показывает их по-английски.

## Что сообщает шкала времени при смене даты

# "13 November 1944 — Ghulja (Yining): contested, held by East Turkestan Republic; Ghulja taken"
change-held = { $zone }: { $actor }
change-held-approximate = { $zone }: { $actor } (приблизительно)
change-contested = { $zone }: оспаривается, контролирует { $actor }
change-no-information = { $zone }: нет сведений
list-separator = {"; "}
range-karakoram = Каракорум
district-ili = Или
district-tarbagatay = Тарбагатай
district-altay = Алтай
# REVIEW: the English uses the 1940s name Dihua; the atlas's Russian name for the city (places.json) is Урумчи, the form of Soviet texts. «Дихуа» is the alternative.
district-dihua = Урумчи
district-hami = Хами (Кумул)
district-karashahr = Карашар (Яньци)
district-aksu = Аксу
district-kashgar = Кашгар
district-yarkand = Яркенд
district-khotan = Хотан

## Почему не удалось загрузить файл

load-title = Не удалось загрузить карту.
# "The file assets/map/base.json could not be used: the server answered 404."
load-file-failed = Не удалось использовать файл { $file }: { $reason }.
load-what-to-do = Перезагрузите страницу, чтобы попробовать ещё раз. Если ошибка повторяется, сообщите, пожалуйста, сотрудникам музея или редакторам сайта.
load-reload = Перезагрузить атлас
load-reason-damaged = файл повреждён
load-reason-no-window = нет окна, в которое его можно загрузить
load-reason-network = сеть не ответила
load-reason-not-a-file = ответ не был файлом
load-reason-status = сервер ответил кодом { $status }
load-reason-unreadable = файл не удалось прочитать

## Киоск

kiosk-invitation = Коснитесь экрана, чтобы исследовать карту и её историю
kiosk-still-there = Вы ещё здесь?
kiosk-countdown = Атлас вернётся к началу через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
}.
kiosk-continue = Продолжить
kiosk-leave-title = Выйти из режима киоска?
kiosk-leave-text = Это для сотрудников музея. Атлас откроется для работы за столом, без демонстрационного цикла и без автоматического сброса.
kiosk-leave = Выйти из режима киоска
kiosk-stay = Остаться
kiosk-fullscreen = Во весь экран

## Встроить этот вид

embed-title = Встроить этот вид
embed-frame-title = Интерактивный атлас: Илийское восстание и Восточно-Туркестанская Республика, 1944–1949
embed-close = Закрыть окно «Встроить этот вид»
embed-intro = Вставьте этот код в веб-страницу, чтобы показать атлас с этой датой и в этом виде. Посетители смогут продолжить исследование оттуда.
embed-size = Размер
embed-size-article = { $width } × { $height }, по ширине статьи
embed-size-medium = { $width } × { $height }
embed-size-page = { $width } × { $height }, во всю страницу
embed-size-small = { $width } × { $height }, небольшое окно
embed-show = Показывать
embed-show-header = Заголовок и кнопки
embed-show-slider = Шкалу времени
embed-show-player = Кнопки воспроизведения и событий
embed-show-zoom = Кнопки масштаба
embed-show-key = Пояснение цветов
embed-show-panel = Карточки событий и мест
embed-show-inset = Карту Азии
embed-html = HTML-код для вставки
embed-copy = Копировать HTML-код
embed-copied = Скопировано.
embed-copy-refused = Браузер не разрешил копирование: выделите HTML-код выше и скопируйте его.
embed-note = Фрейм не устанавливает cookie и не отправляет запросов никуда, кроме этого атласа. Страница, которая хочет управлять им или следить за его датой, может использовать его интерфейс сообщений; он описан в документации атласа для владельцев сайтов.

## Управление картой

zoom-toolbar = Вид карты
zoom-in = Приблизить
zoom-out = Отдалить
zoom-reset = Показать весь регион
locator-title = Положение карты в Азии

## Шкала времени и проигрыватель

date-label = Дата
track-event = событие
track-disagree = источники расходятся
track-contested = оспаривается
track-period = период с названием
slider-keys = Стрелки перемещают на день, Shift со стрелкой — на месяц, Page Up и Page Down — к предыдущему или следующему событию, Home и End — к первому или последнему дню.
player-label = Движение во времени
player-previous = Предыдущее событие
player-next = Следующее событие
player-play = Воспроизвести
player-pause = Пауза
player-speed = Скорость
speed-day = День за шаг
speed-week = Неделя за шаг
speed-month = Месяц за шаг
player-loop = Повтор
player-whole-span = Предыстория и последствия

## Об этой карте

about-title = Об этой карте
about-close = Закрыть «Об этой карте»
# Shown above the map data's provenance, which is kept in English (a licence's words matter).
about-in-english = Источники и лицензии картографических данных приведены по-английски, так, как их публикуют авторы.
about-sources = Источники
about-used-for = Использовано для: { $use }.
about-how-drawn = Как построена карта
about-projection = Проекция
about-simplification = Упрощение
about-precision = Точность

## Страница

atlas-title = Илийское восстание и Восточно-Туркестанская Республика, 1944–1949
atlas-subtitle = Синьцзян (Восточный Туркестан) и соседние земли
loading-map = Загрузка карты…
skip-to-slider = Перейти к шкале времени
# Header buttons: the part in "long" is hidden on small screens.
button-table = Таблица
button-table-long = Таблица: кто что контролировал
button-about = О карте
button-about-long = Об этой карте
button-embed = Встроить
button-embed-long = Встроить этот вид
language-label = Язык
map-landmark = Карта
blank-screen = Экран погашен. Нажмите B или точку, чтобы вернуть атлас.

## Сравнение двух дат

button-compare = Сравнить
button-compare-long = Сравнить две даты
compare-with = Сравнение с датой
compare-stop = Закончить сравнение
# The second map, for a screen reader; the table gives the same as text.
# REVIEW: the messages of this section were written by the developers, not the translator; a native reader should check them.
compare-map-label = Карта на { $date } рядом с первой, для сравнения. Таблица «кто что контролировал» даёт то же для каждой даты в виде текста.

## Экспорт и печать
# REVIEW: the messages of this section were written by the developers, not the translator; a native reader should check them.

export-label = Экспортировать этот вид
export-title = Экспортировать этот вид: сохранить в SVG или PNG либо напечатать
export-svg = Сохранить в SVG
export-png = Сохранить в PNG
export-print = Печать
export-making = Создаётся файл { $format }…
export-saved = Сохранено: { $file }.
export-failed = Не удалось создать файл { $format }: { $reason }.
export-print-failed = Не удалось напечатать страницу: { $reason }.
export-reason-no-map = карта ещё не нарисована
export-reason-draw = браузер не смог нарисовать карту ({ $detail })
export-reason-no-png = браузер не смог создать PNG
export-reason-browser = браузер отказал ({ $detail })
print-sources = Источники показанного
print-no-source = На этот день источники не приводятся.
print-map-data = Картографические данные
print-no-map-source = Источники не указаны.
print-event-dated = { $event } ({ $date })
print-source-sections = { $source }, { $count ->
    [one] раздел
   *[other] разделы
} { $sections }
print-section-name = «{ $section }»
print-list-separator = {", "}
export-description = Карта Синьцзяна и соседних земель на { $date }; каждая зона окрашена по тому, кто её контролировал.
export-description-event = Показанное событие: { $event }.
export-description-key = Условные обозначения: { $key }.

## Before the atlas starts, and if it cannot

boot-loading = Атлас загружается…
boot-no-script = Атласу нужны JavaScript и WebAssembly, а в этом браузере они отключены.
crash-start-failed = К сожалению, атлас не удалось запустить. Перезагрузите страницу, чтобы попробовать ещё раз.
crash-stopped = К сожалению, атлас перестал работать. Перезагрузите страницу, чтобы начать заново.
