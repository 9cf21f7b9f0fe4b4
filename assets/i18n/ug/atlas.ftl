# The atlas's interface in Uyghur (Arabic script), translated from en/atlas.ftl (same ids, same order).
# Comments that say where a message appears are kept in English from the English file;
# Comment lines beginning with the word REVIEW mark choices a curator should check.

## چېسلالار

# A day: "12 November 1944". $month is month-N-of-day, $monthNumber 1–12.
date-day = { $year }-يىلى { $day }-{ $month }
# A month: "November 1944".
date-month = { $year }-يىلى { $month }
# A season: "autumn 1945".
# REVIEW: season dates written "1945-يىلى كۈز" (year, then the season as a label); check that this reads naturally on its own and inside "تەخمىنەن …".
date-season = { $year }-يىلى { $season }
date-year = { $year }-يىلى
date-about = تەخمىنەن { $date }
date-uncertain = { $date } (گۇمانلىق)
date-about-uncertain = تەخمىنەن { $date } (گۇمانلىق)
# An interval: "July 1945 to September 1945".
date-interval = { $from } — { $to }
track-period-band = { $period }: { $from } — { $to }
track-contested-band = تالاشلىق: { $from } — { $to }
month-1 = يانۋار
month-2 = فېۋرال
month-3 = مارت
month-4 = ئاپرېل
month-5 = ماي
month-6 = ئىيۇن
month-7 = ئىيۇل
month-8 = ئاۋغۇست
month-9 = سېنتەبىر
month-10 = ئۆكتەبىر
month-11 = نويابىر
month-12 = دېكابىر
# The month as it stands in a full date (in some languages a different case).
month-1-of-day = يانۋار
month-2-of-day = فېۋرال
month-3-of-day = مارت
month-4-of-day = ئاپرېل
month-5-of-day = ماي
month-6-of-day = ئىيۇن
month-7-of-day = ئىيۇل
month-8-of-day = ئاۋغۇست
month-9-of-day = سېنتەبىر
month-10-of-day = ئۆكتەبىر
month-11-of-day = نويابىر
month-12-of-day = دېكابىر
season-1 = ئەتىياز
season-2 = ياز
season-3 = كۈز
season-4 = قىش
distance-km = { $km } كىلومېتىر
distance-m = { $m } مېتىر

## شەرتلىك بەلگىلەر

key-title = شەرتلىك بەلگىلەر
# REVIEW: "held by" rendered "كونترول قىلغۇچى: …" (controller: …) here and in the other messages that insert an actor's name, so that no case suffix (-نىڭ) has to be joined to the inserted name; check that it reads well.
key-held-by = كونترول قىلغۇچى: { $actor }
key-approximate = سۇسراق رەڭ: كونترول دائىرىسى تەخمىنىي
key-contested = يول-يول: تالاشلىق، سىزىقلار قارشى تەرەپنىڭ رەڭگىدە
key-no-information = مەلۇمات يوق
key-district = 1940-يىللاردىكى ۋىلايەت (تەخمىنىي)
key-other-provinces = جۇڭگونىڭ باشقا ئۆلكىلىرى
key-neighbours = قوشنا دۆلەتلەر (ھازىرقى چېگرالىرى بويىچە)
key-river = دەريا
key-city = شەھەر
key-town = بازار، قەلئە، ئايرودروم ۋە باشقا جايلار
# The scale bar, for a screen reader: "Scale: this bar is 200 km on the map".
key-scale = ماسشتاب: خەرىتىدىكى بۇ سىزىقنىڭ ئۇزۇنلۇقى { $distance }
key-boundaries-approximate = چېگرالار تەخمىنىي ئەسلىگە كەلتۈرۈلگەن: 1944–1949-يىللاردىكى چېگرالارنىڭ ئورنىغا ھازىرقى شەكىللەر كۆرسىتىلدى.
key-boundaries-short = چېگرالار تەخمىنىي ئەسلىگە كەلتۈرۈلگەن.

## سانلىق مەلۇمات تۈرلىرىنىڭ ناملىرى

certainty-firm = ئېنىق
certainty-approximate = تەخمىنىي
certainty-contested = تالاشلىق
event-kind-decision = قارار
event-kind-uprising = قوزغىلاڭ
event-kind-battle = جەڭ
event-kind-siege = قورشاۋ
event-kind-capture = ئىگىلەش
event-kind-declaration = جاكارلاش
event-kind-founding = قۇرۇلۇش
event-kind-government = ھۆكۈمەت
event-kind-appointment = تەيىنلەش
event-kind-negotiation = سۆھبەت
event-kind-agreement = كېلىشىم
event-kind-ceasefire = ئۇرۇش توختىتىش
event-kind-massacre = پۇقرالار ياكى ئەسىرلەرنىڭ ئۆلتۈرۈلۈشى
event-kind-death = ئۆلۈم
event-kind-defection = تەرەپ ئالماشتۇرۇش
event-kind-surrender = تەسلىم بولۇش
event-kind-merger = بىرلىشىش
event-kind-aid = سىرتتىن قوللاش
event-kind-other = ۋەقە
place-kind-city = شەھەر
place-kind-town = بازار
place-kind-village = كەنت
place-kind-fortress = قەلئە
place-kind-border-post = چېگرا پوستى
place-kind-airfield = ئايرودروم
place-kind-oil-field = نېفىتلىك
place-kind-mine = كان
place-kind-river-crossing = دەريا كېچىكى
place-kind-pass = داۋان
place-kind-front = جەڭ سېپى
place-kind-lake = كۆل
place-kind-region = رايون
# After an event's date: "12 November 1944 — known to the day".
precision-day = كۈنىگىچە ئېنىق
precision-month = ئېيىغىچە ئېنىق
precision-season = پەسلىگىچە ئېنىق
precision-year = يىلىغىچە ئېنىق

## «كىم قەيەرنى كونترول قىلغان» جەدۋىلى

table-title = كىم قەيەرنى كونترول قىلغان
table-close = جەدۋەلنى تاقاش
table-note = خەرىتىدىكى مەزمۇننىڭ ئۆزى، تېكىست شەكلىدە. ئۇ ۋاقىت سۈرگۈچىدىكى چېسلاغا ئەگىشىدۇ. چېگرالار ۋە بەزى چېسلالار تەخمىنىي.
table-places-on = جايلار — { $date }
table-zones-on = رايونلار — { $date }
table-place = جاي
table-zone = رايون
table-held-by = كونترول قىلغۇچى
table-since = قاچاندىن باشلاپ
table-certainty = ئېنىقلىق دەرىجىسى

## ۋەقە تاختىسى

# "event 21 of 113"
event-count = { $n }-ۋەقە (جەمئىي { $count })
event-ahead = تېخى يۈز بەرمىگەن
event-where = قەيەردە
event-places-label = بۇ ۋەقەنىڭ جايلىرى (خەرىتىدە ئېچىش)
event-who = كىملەر
event-sources-disagree = مەنبەلەرنىڭ بايانلىرى ئوخشىمايدۇ.
event-what-sources-say = مەنبەلەر نېمە دەيدۇ
event-source = مەنبە
# Under a source's title: Section “Ili Rebellion” (the section's own English title).
source-section = «{ $section }» بۆلىكى
# The date a source gives: "Gives: 12 November 1944".
claim-gives = بېرىلگەن چېسلا: { $date }
source-wp-etr = ئېنسىكلوپېدىيە ماقالىسى «Second East Turkestan Republic»
source-wp-ina = ئېنسىكلوپېدىيە ماقالىسى «Ili National Army»
# REVIEW: "(advocacy)" rendered "بىر تەرەپنىڭ مەيدانى" (one side's position); check the curators' preferred label.
source-etge-archives = ماقالە «Soviet Archives reveal China’s occupation of East Turkistan» (بىر تەرەپنىڭ مەيدانى)
source-unknown = نامەلۇم مەنبە

## جاي كارتىسى

place-close = جاي كارتىسىنى تاقاش
# Before the note on a place beyond the map's edge.
place-beyond-map = بۇ خەرىتىنىڭ دائىرىسىدىن سىرتتا.
place-in-district = ۋىلايىتى: { $district } (1940-يىللاردىكى ۋىلايەتلەر بويىچە).
place-name-en = مەنبەلەردىكى نامى
place-name-modern = ھازىرقى رەسمىي نامى
place-name-ug = ئۇيغۇرچە
place-name-zh = خەنزۇچە
place-name-ru = رۇسچە
place-name-kk = قازاقچە
place-name-mn = موڭغۇلچە
place-unsure = (تەكشۈرۈش كېرەك)
place-unsure-title = مۇزېي مۇتەخەسسىسى تەكشۈرۈشى كېرەك
place-also-written = باشقىچە يېزىلىشى
# "Position: 43.92° N, 81.32° E, to within about 2 km (seat of the county)."
place-position = ئورنى: شىمالىي كەڭلىك { $lat }°، شەرقىي ئۇزۇنلۇق { $lon }°، خاتالىقى تەخمىنەن { $km } كىلومېتىر ئىچىدە ({ $method }).
place-method-county-seat = ناھىيە مەركىزى
place-method-knowledge = جۇغراپىيىلىك نام لۇغەتلىرىگە ئاساسەن مۆلچەرلەنگەن
place-what-happened = بۇ يەردە نېمە يۈز بەرگەن
place-named-in = تىلغا ئېلىنغان مەنبەلەر
# Who held a place on the day shown: "On 12 November 1944: held by the Republic of China (contested)."
place-held = { $date }: كونترول قىلغۇچى — { $actor }.
place-held-qualified = { $date }: كونترول قىلغۇچى — { $actor } ({ $certainty }).

## خەرىتە

map-title = شىنجاڭ ۋە ئۇنىڭ ئەتراپىدىكى رايونلار خەرىتىسى
map-description = شىنجاڭ، ئۇنىڭ 1940-يىللاردىكى ۋىلايەتلىرى، قوشنا ئۆلكىلەر ۋە دۆلەتلەر، دەريالار، كۆللەر ۋە ھەربىي ھەرىكەتلەر بولغان جايلار. چېگرالار تەخمىنىي.
# A place on the map, for a screen reader: "Ghulja, city, held by East Turkestan Republic".
map-place = { $place }، { $kind }
map-place-held = { $place }، { $kind }، كونترول قىلغۇچى: { $actor }
# Pointers at the map's edge: "Moscow, Irkutsk: beyond the map".
map-beyond = { $places }: خەرىتە دائىرىسىدىن سىرتتا
range-tian-shan = تەڭرىتاغ
range-altai = ئالتاي تاغلىرى
range-tarbagatai = تارباغاتاي تاغلىرى
range-pamir = پامىر
range-kunlun = كۇئېنلۇن تاغلىرى
# REVIEW: Uyghur form of Borohoro (Mongolian Boro Khoro, Chinese 婆罗科努山) not confirmed against a Uyghur map.
range-borohoro = بوروخورو تاغلىرى
# REVIEW: Uyghur form of the Dzungarian Alatau (Alatau → ئالاتاغ) not confirmed against a Uyghur map.
range-dzungarian-alatau = جۇڭغار ئالاتېغى

## تولۇق ئوقۇغىلى بولمىغان ئۇلانما ھەققىدىكى ئەسكەرتىشلەر

url-bad-date = ئۇلانمىدىكى چېسلا «{ $value }» YYYY-MM-DD شەكلىدىكى چېسلا ئەمەس.
url-bad-event = ئۇلانمىدىكى ۋەقە «{ $value }» ئىناۋەتلىك نام ئەمەس.
url-bad-place = ئۇلانمىدىكى جاي «{ $value }» ئىناۋەتلىك نام ئەمەس.
url-bad-mode = ئۇلانمىدىكى ھالەت «{ $value }» ئاتلاستا يوق (بار ھالەتلەر: explore، kiosk، embed، present).
url-bad-controls = ئۇلانما ئاتلاستا يوق كونترول ئېلېمېنتلىرىنى تەلەپ قىلىدۇ: { $value }.
url-bad-view = ئۇلانمىدىكى كۆرۈنۈش «{ $value }» «كەڭلىك,ئۇزۇنلۇق,چوڭايتىش» شەكلىدە ئەمەس.
url-bad-language = ئۇلانمىدىكى تىل «{ $value }» ئاتلاستا يوق (بار تىللار: en، ug، zh-Hans، ru).
url-date-outside = ئۇلانمىدىكى چېسلا { $date } ۋاقىت ئوقىنىڭ سىرتىدا؛ ئۇنىڭ ئورنىغا { $shown } كۆرسىتىلدى.
url-unknown-event = ئۇلانمىدىكى ۋەقە «{ $value }» ئاتلاستا يوق.
url-unknown-place = ئۇلانمىدىكى جاي «{ $value }» ئاتلاستا يوق.
url-dismiss = تاقاش
settings-unreadable = { $file } تەڭشەك ھۆججىتىنى يۈكلىگىلى بولمىدى ({ $reason })؛ ئاتلاس كۆڭۈلدىكى تەڭشەكلەرنى ئىشلىتىدۇ.
settings-invalid = { $file } تەڭشەك ھۆججىتىدە مەسىلىلەر بار (بىرىنچىسى: { $problem })؛ ئاتلاس كۆڭۈلدىكى تەڭشەكلەرنى ئىشلىتىدۇ.
settings-problem = تەڭشەك ھۆججىتىدە بىر مەسىلە بار: { $problem }.
language-unavailable = ئاتلاسنىڭ { $language } تېكىستلىرىنى يۈكلىگىلى بولمىدى ({ $reason })؛ ئاتلاس ئىنگلىزچە كۆرسىتىلىدۇ.

## چېسلا ئۆزگەرگەندە ۋاقىت سۈرگۈچى ئېلان قىلىدىغان مەزمۇن

# "13 November 1944 — Ghulja (Yining): contested, held by East Turkestan Republic; Ghulja taken"
change-held = { $zone }: { $actor }
change-held-approximate = { $zone }: { $actor } (تەخمىنىي)
change-contested = { $zone }: تالاشلىق، كونترول قىلغۇچى — { $actor }
change-no-information = { $zone }: مەلۇمات يوق
list-separator = {"؛ "}
range-karakoram = قاراقۇرۇم تاغلىرى
district-ili = ئىلى
district-tarbagatay = تارباغاتاي
district-altay = ئالتاي
# REVIEW: the English uses the 1940s Chinese name Dihua; the atlas's Uyghur name for the city (places.json) is ئۈرۈمچى. "دىخۇا" is the alternative.
district-dihua = ئۈرۈمچى
district-hami = قۇمۇل
district-karashahr = قاراشەھەر
district-aksu = ئاقسۇ
district-kashgar = قەشقەر
district-yarkand = يەكەن
district-khotan = خوتەن

## ھۆججەتنى نېمە ئۈچۈن يۈكلىگىلى بولمىدى

load-title = خەرىتىنى يۈكلىگىلى بولمىدى.
# "The file assets/map/base.json could not be used: the server answered 404."
load-file-failed = { $file } ھۆججىتىنى ئىشلەتكىلى بولمىدى: { $reason }.
load-what-to-do = قايتا سىناش ئۈچۈن بەتنى قايتا يۈكلەڭ. بۇ ئەھۋال داۋاملىق يۈز بەرسە، خىزمەتچىلەرگە ياكى تور بېكەتنىڭ تەھرىرلىرىگە خەۋەر قىلىڭ.
load-reload = ئاتلاسنى قايتا يۈكلەش
load-reason-damaged = ھۆججەت بۇزۇلغان
load-reason-no-window = ئۇنى يۈكلەيدىغان كۆزنەك يوق
load-reason-network = تور جاۋاب بەرمىدى
load-reason-not-a-file = قايتقان جاۋاب ھۆججەت ئەمەس
load-reason-status = مۇلازىمېتىرنىڭ جاۋابى: { $status }
load-reason-unreadable = ھۆججەتنى ئوقۇغىلى بولمىدى

## كىئوسك

kiosk-invitation = خەرىتە ۋە ئۇنىڭ تارىخى بىلەن تونۇشۇش ئۈچۈن ئېكرانغا تېگىڭ
kiosk-still-there = ھېلىھەم بۇ يەردىمۇسىز؟
kiosk-countdown = ئاتلاس { $seconds } سېكۇنتتىن كېيىن دەسلەپكى ھالىتىگە قايتىدۇ.
kiosk-continue = داۋاملىق كۆرۈش
# REVIEW: "kiosk mode" rendered كىئوسك ھالىتى (loanword); check the museum's usual term.
kiosk-leave-title = كىئوسك ھالىتىدىن چىقامسىز؟
kiosk-leave-text = بۇ مۇزېي خىزمەتچىلىرى ئۈچۈن. ئاتلاس ئۈستەل ئالدىدا ئىشلىتىش ئۈچۈن ئېچىلىدۇ، ئاپتوماتىك كۆرسىتىش ئايلانمىسى ۋە ئاپتوماتىك قايتا باشلاش بولمايدۇ.
kiosk-leave = كىئوسك ھالىتىدىن چىقىش
kiosk-stay = قېلىش
kiosk-fullscreen = تولۇق ئېكران

## بۇ كۆرۈنۈشنى قىستۇرۇش

embed-title = بۇ كۆرۈنۈشنى قىستۇرۇش
# REVIEW: "interactive" rendered as ئۆز-ئارا تەسىرلىشىشچان.
embed-frame-title = ئۆز-ئارا تەسىرلىشىشچان ئاتلاس: ئىلى قوزغىلىڭى ۋە شەرقىي تۈركىستان جۇمھۇرىيىتى، 1944–1949
embed-close = «بۇ كۆرۈنۈشنى قىستۇرۇش» كۆزنىكىنى تاقاش
embed-intro = ئاتلاسنى مۇشۇ چېسلا ۋە كۆرۈنۈشتە كۆرسىتىش ئۈچۈن بۇنى تور بېتىگە چاپلاڭ. زىيارەتچىلەر ئۇ يەردىن داۋاملىق كۆرەلەيدۇ.
embed-size = چوڭلۇقى
embed-size-article = { $width } × { $height }، ماقالە كەڭلىكى
embed-size-medium = { $width } × { $height }
embed-size-page = { $width } × { $height }، پۈتۈن بەت
embed-size-small = { $width } × { $height }، كىچىك رامكا
embed-show = كۆرسىتىلىدىغانلار
embed-show-header = ماۋزۇ ۋە كۇنۇپكىلار
embed-show-slider = ۋاقىت سۈرگۈچى
embed-show-player = قويۇش ۋە ۋەقە كۇنۇپكىلىرى
embed-show-zoom = چوڭايتىش-كىچىكلىتىش كۇنۇپكىلىرى
embed-show-key = رەڭلەرنىڭ ئىزاھاتى
embed-show-panel = ۋەقە ۋە جاي كارتىلىرى
embed-show-inset = ئاسىيا خەرىتىسى
embed-html = چاپلايدىغان HTML كودى
embed-copy = HTML كودىنى كۆچۈرۈش
embed-copied = كۆچۈرۈلدى.
embed-copy-refused = بۇ توركۆرگۈ كۆچۈرۈشكە يول قويمىدى: يۇقىرىدىكى HTML كودىنى تاللاپ كۆچۈرۈڭ.
embed-note = بۇ رامكا cookie ساقلىمايدۇ ۋە بۇ ئاتلاستىن باشقا ھېچ يەرگە ئىلتىماس ئەۋەتمەيدۇ. ئۇنى باشقۇرماقچى ياكى ئۇنىڭ چېسلاسىغا ئەگەشمەكچى بولغان تور بەت ئۇنىڭ ئۇچۇر ئالماشتۇرۇش ئېغىزىنى ئىشلىتەلەيدۇ؛ بۇ ئېغىز ئاتلاسنىڭ ساھىبخان تور بېكەتلەر ئۈچۈن يېزىلغان قوللانمىسىدا چۈشەندۈرۈلگەن.

## خەرىتە كونتروللىرى

zoom-toolbar = خەرىتە كۆرۈنۈشى
zoom-in = چوڭايتىش
zoom-out = كىچىكلىتىش
zoom-reset = پۈتۈن رايوننى كۆرسىتىش
locator-title = خەرىتىنىڭ ئاسىيادىكى ئورنى

## ۋاقىت سۈرگۈچى ۋە قويغۇچ

date-label = چېسلا
track-event = ۋەقە
track-disagree = مەنبەلەر ئوخشىمايدۇ
track-contested = تالاشلىق
track-period = نامى بار دەۋر
slider-keys = يا ئوق كۇنۇپكىلىرى بىر كۈن، Shift بىلەن يا ئوق كۇنۇپكىسى بىر ئاي يۆتكەيدۇ؛ Page Up ۋە Page Down ئالدىنقى ياكى كېيىنكى ۋەقەگە، Home ۋە End بىرىنچى ياكى ئاخىرقى كۈنگە ئۆتىدۇ.
player-label = ۋاقىت بويىچە ھەرىكەتلىنىش
player-previous = ئالدىنقى ۋەقە
player-next = كېيىنكى ۋەقە
player-play = قويۇش
player-pause = توختىتىش
player-speed = سۈرئەت
speed-day = ھەر قەدەمدە بىر كۈن
speed-week = ھەر قەدەمدە بىر ھەپتە
speed-month = ھەر قەدەمدە بىر ئاي
player-loop = قايتىلاش
player-whole-span = ئارقا كۆرۈنۈش ۋە ئاقىۋەت

## بۇ خەرىتە ھەققىدە

about-title = بۇ خەرىتە ھەققىدە
about-close = «بۇ خەرىتە ھەققىدە» بېتىنى تاقاش
# Shown above the map data's provenance, which is kept in English (a licence's words matter).
about-in-english = خەرىتە سانلىق مەلۇماتلىرىنىڭ مەنبەلىرى ۋە ئىجازەتنامىلىرى ئاپتورلىرى ئېلان قىلغاندەك ئىنگلىزچە بېرىلدى.
about-sources = مەنبەلەر
about-used-for = ئىشلىتىلگەن ئورنى: { $use }.
about-how-drawn = قانداق سىزىلغان
about-projection = پرويېكسىيە
about-simplification = ئاددىيلاشتۇرۇش
about-precision = ئېنىقلىق

## بەت

# REVIEW: "Ili Rebellion" rendered ئىلى قوزغىلىڭى, as in actors.json; Uyghur historiography usually says ئۈچ ۋىلايەت ئىنقىلابى or ئىلى ئىنقىلابى.
atlas-title = ئىلى قوزغىلىڭى ۋە شەرقىي تۈركىستان جۇمھۇرىيىتى، 1944–1949
atlas-subtitle = شىنجاڭ (شەرقىي تۈركىستان) ۋە ئۇنىڭ قوشنىلىرى
loading-map = خەرىتە يۈكلىنىۋاتىدۇ…
skip-to-slider = ۋاقىت سۈرگۈچىگە ئۆتۈش
# Header buttons: the part in "long" is hidden on small screens.
button-table = جەدۋەل
button-table-long = كىم قەيەرنى كونترول قىلغان (جەدۋەل)
button-about = خەرىتە ھەققىدە
button-about-long = بۇ خەرىتە ھەققىدە
button-embed = قىستۇرۇش
button-embed-long = بۇ كۆرۈنۈشنى قىستۇرۇش
language-label = تىل
map-landmark = خەرىتە
blank-screen = ئېكران قاراڭغۇ. ئاتلاسنى قايتۇرۇش ئۈچۈن B ياكى چېكىت كۇنۇپكىسىنى بېسىڭ.

## ئىككى چېسلانى سېلىشتۇرۇش

button-compare = سېلىشتۇرۇش
button-compare-long = ئىككى چېسلانى سېلىشتۇرۇش
compare-with = سېلىشتۇرۇلىدىغان چېسلا
compare-stop = سېلىشتۇرۇشنى توختىتىش
# The second map, for a screen reader; the table gives the same as text.
# REVIEW: written by the developers, not the translator; a native reader should check it.
compare-map-label = سېلىشتۇرۇش ئۈچۈن بىرىنچى خەرىتىنىڭ يېنىدىكى خەرىتە، چېسلاسى: { $date }. كونترول جەدۋىلى ھەر بىر چېسلانى تېكىست شەكلىدە كۆرسىتىدۇ.

## چىقىرىش ۋە بېسىش
# REVIEW: the messages of this section were written by the developers, not the translator; a native reader should check them.

export-label = بۇ كۆرۈنۈشنى چىقىرىش
export-title = بۇ كۆرۈنۈشنى چىقىرىش: SVG ياكى PNG قىلىپ ساقلاش ياكى بېسىش
export-svg = SVG قىلىپ ساقلاش
export-png = PNG قىلىپ ساقلاش
export-print = بېسىش
export-making = ھۆججەت ھازىرلىنىۋاتىدۇ: { $format }…
export-saved = ساقلاندى: { $file }.
export-failed = ھۆججەتنى ھازىرلىغىلى بولمىدى ({ $format }): { $reason }.
export-print-failed = بەتنى باسقىلى بولمىدى: { $reason }.
export-reason-no-map = خەرىتە تېخى سىزىلمىدى
export-reason-draw = توركۆرگۈ خەرىتىنى سىزالمىدى ({ $detail })
export-reason-no-png = توركۆرگۈ PNG ھاسىل قىلالمىدى
export-reason-browser = توركۆرگۈ رەت قىلدى ({ $detail })
print-sources = كۆرسىتىلگەن مەزمۇننىڭ مەنبەلىرى
print-no-source = بۇ كۈن ئۈچۈن مەنبە كۆرسىتىلمىگەن.
print-map-data = خەرىتە سانلىق مەلۇماتلىرى
print-no-map-source = مەنبە كۆرسىتىلمىگەن.
print-event-dated = { $event } ({ $date })
print-source-sections = { $source }، { $sections } { $count ->
    [one] بۆلىكى
   *[other] بۆلەكلىرى
}
print-section-name = «{ $section }»
print-list-separator = {"، "}
# REVIEW: the description of an exported map for screen readers.
export-description = { $date } كۈنىدىكى شىنجاڭ ۋە ئەتراپىدىكى زېمىنلارنىڭ خەرىتىسى؛ ھەر بىر رايون ئۇنى كونترول قىلغۇچىنىڭ رەڭگىدە.
export-description-event = كۆرسىتىلگەن ۋەقە: { $event }.
export-description-key = شەرتلىك بەلگىلەر: { $key }.

## Before the atlas starts, and if it cannot

boot-loading = ئاتلاس يۈكلىنىۋاتىدۇ…
boot-no-script = بۇ ئاتلاسقا JavaScript ۋە WebAssembly كېرەك، بۇ توركۆرگۈدە ئۇلار تاقىۋېتىلگەن.
crash-start-failed = كەچۈرۈڭ، ئاتلاس قوزغالمىدى. قايتا سىناش ئۈچۈن بەتنى قايتا يۈكلەڭ.
crash-stopped = كەچۈرۈڭ، ئاتلاس ئىشلىمەي قالدى. قايتا باشلاش ئۈچۈن بەتنى قايتا يۈكلەڭ.
