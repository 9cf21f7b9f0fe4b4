# The atlas's interface in English. Every other language's atlas.ftl has the
# same message ids (a test fails on one that is missing); comments say where
# a message appears. Dates and numbers are put in by the app as variables.

## Dates

# A day: "12 November 1944". $month is month-N-of-day, $monthNumber 1–12.
date-day = { $day } { $month } { $year }
# A month: "November 1944".
date-month = { $month } { $year }
# A season: "autumn 1945".
date-season = { $season } { $year }
date-year = { $year }
date-about = about { $date }
date-uncertain = { $date } (uncertain)
date-about-uncertain = about { $date } (uncertain)
# An interval: "July 1945 to September 1945".
date-interval = { $from } to { $to }
# The slider's bands, named when pointed at.
track-period-band = { $period }: { $from } to { $to }
track-contested-band = Contested from { $from } to { $to }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# The month as it stands in a full date (in some languages a different case).
month-1-of-day = January
month-2-of-day = February
month-3-of-day = March
month-4-of-day = April
month-5-of-day = May
month-6-of-day = June
month-7-of-day = July
month-8-of-day = August
month-9-of-day = September
month-10-of-day = October
month-11-of-day = November
month-12-of-day = December
season-1 = spring
season-2 = summer
season-3 = autumn
season-4 = winter
distance-km = { $km } km
distance-m = { $m } m

## The key

key-title = Key
key-held-by = Held by { $actor }
key-approximate = Paler: control approximate
key-contested = Striped: contested, in the other side's colour
key-no-information = No information
key-district = District of the 1940s (approximate)
key-other-provinces = Other provinces of China
key-neighbours = Neighbouring countries (today's borders)
key-river = River
key-city = City
key-town = Town, fort, airfield, other place
# The scale bar, for a screen reader: "Scale: this bar is 200 km on the map".
key-scale = Scale: this bar is { $distance } on the map
key-boundaries-approximate = Boundaries are approximate reconstructions: today's outlines stand in for those of 1944–1949.
# The same, where a phone's screen has room for one line (the key, opened, gives the whole note).
key-boundaries-short = Boundaries are approximate reconstructions.

## Words for the data's kinds

certainty-firm = Firm
certainty-approximate = Approximate
certainty-contested = Contested
event-kind-decision = Decision
event-kind-uprising = Uprising
event-kind-battle = Battle
event-kind-siege = Siege
event-kind-capture = Capture
event-kind-declaration = Declaration
event-kind-founding = Founding
event-kind-government = Government
event-kind-appointment = Appointment
event-kind-negotiation = Negotiation
event-kind-agreement = Agreement
event-kind-ceasefire = Ceasefire
event-kind-massacre = Killing of civilians or prisoners
event-kind-death = Death
event-kind-defection = Change of side
event-kind-surrender = Surrender
event-kind-merger = Merger
event-kind-aid = Outside support
event-kind-other = Event
place-kind-city = city
place-kind-town = town
place-kind-village = village
place-kind-fortress = fortress
place-kind-border-post = border post
place-kind-airfield = airfield
place-kind-oil-field = oil field
place-kind-mine = mine
place-kind-river-crossing = river crossing
place-kind-pass = pass
place-kind-front = front
place-kind-lake = lake
place-kind-region = region
# After an event's date: "12 November 1944 — known to the day".
precision-day = known to the day
precision-month = known to the month
precision-season = known to the season
precision-year = known to the year

## The table of who held what

table-title = Who held what
table-close = Close the table
table-note = The same story as the map, as text. It follows the date on the slider. Boundaries and some dates are approximate.
table-places-on = Places on { $date }
table-zones-on = Zones on { $date }
table-place = Place
table-zone = Zone
table-held-by = Held by
table-since = Since
table-certainty = Certainty

## The event panel

# "event 21 of 113"
event-count = event { $n } of { $count }
event-ahead = still to come
event-where = Where
event-places-label = Places of this event (open on the map)
event-who = Who
event-sources-disagree = The sources disagree.
event-what-sources-say = What the sources say
event-source = Source
# Under a source's title: Section “Ili Rebellion” (the section's own English title).
source-section = Section “{ $section }”
# The date a source gives: "Gives: 12 November 1944".
claim-gives = Gives: { $date }
source-wp-etr = Encyclopedia article “Second East Turkestan Republic”
source-wp-ina = Encyclopedia article “Ili National Army”
source-etge-archives = Article “Soviet Archives reveal China’s occupation of East Turkistan” (advocacy)
source-unknown = Unknown source

## A place's card

place-close = Close the place card
# Before the note on a place beyond the map's edge.
place-beyond-map = Beyond this map.
place-in-district = In the { $district } district (as the districts stood in the 1940s).
place-name-en = Name in the sources
place-name-modern = Modern official name
place-name-ug = Uyghur
place-name-zh = Chinese
place-name-ru = Russian
place-name-kk = Kazakh
place-name-mn = Mongolian
place-unsure = (to be checked)
place-unsure-title = To be checked by a curator
place-also-written = Also written
# "Position: 43.92° N, 81.32° E, to within about 2 km (seat of the county)."
place-position = Position: { $lat }° N, { $lon }° E, to within about { $km } km ({ $method }).
place-method-county-seat = the county seat
place-method-knowledge = estimated from gazetteers
place-what-happened = What happened here
place-named-in = Named in
# Who held a place on the day shown: "On 12 November 1944: held by the Republic of China (contested)."
place-held = On { $date }: held by { $actor }.
place-held-qualified = On { $date }: held by { $actor } ({ $certainty }).

## The map

map-title = Map of Xinjiang and the lands around it
map-description = Xinjiang, its districts in the 1940s, the neighbouring provinces and countries, rivers, lakes and the places of the campaigns. Boundaries are approximate.
# A place on the map, for a screen reader: "Ghulja, city, held by East Turkestan Republic".
map-place = { $place }, { $kind }
map-place-held = { $place }, { $kind }, held by { $actor }
# Pointers at the map's edge: "Moscow, Irkutsk: beyond the map".
map-beyond = { $places }: beyond the map
range-tian-shan = Tian Shan
range-altai = Altai
range-tarbagatai = Tarbagatai
range-pamir = Pamir
range-kunlun = Kunlun
range-borohoro = Borohoro
range-dzungarian-alatau = Dzungarian Alatau

## Notes about a link that could not all be read

url-bad-date = The link's date “{ $value }” is not a date of the form YYYY-MM-DD.
url-bad-event = The link's event “{ $value }” is not a valid name.
url-bad-place = The link's place “{ $value }” is not a valid name.
url-bad-mode = The link's mode “{ $value }” is not one the atlas has (explore, kiosk, embed, present).
url-bad-controls = The link asks for controls the atlas does not have: { $value }.
url-bad-view = The link's view “{ $value }” is not of the form latitude,longitude,zoom.
url-bad-language = The link's language “{ $value }” is not one the atlas has (en, ug, zh-Hans, ru).
url-date-outside = The link's date { $date } lies outside the timeline; showing { $shown } instead.
url-unknown-event = The link's event “{ $value }” is not in the atlas.
url-unknown-place = The link's place “{ $value }” is not in the atlas.
url-dismiss = Dismiss
settings-unreadable = The settings file { $file } could not be loaded ({ $reason }); the atlas uses its defaults.
settings-invalid = The settings file { $file } has problems (the first: { $problem }); the atlas uses its defaults.
settings-problem = The settings file has a problem: { $problem }.
language-unavailable = The atlas could not load its { $language } texts ({ $reason }); it speaks English instead.

## What the slider announces when the date changes

# "13 November 1944 — Ghulja (Yining): contested, held by East Turkestan Republic; Ghulja taken"
change-held = { $zone }: { $actor }
change-held-approximate = { $zone }: { $actor } (approximate)
change-contested = { $zone }: contested, held by { $actor }
change-no-information = { $zone }: no information
list-separator = {"; "}
range-karakoram = Karakoram
district-ili = Ili
district-tarbagatay = Tarbagatay
district-altay = Altay
district-dihua = Dihua
district-hami = Kumul (Hami)
district-karashahr = Karashahr (Yanqi)
district-aksu = Aksu
district-kashgar = Kashgar
district-yarkand = Yarkand
district-khotan = Khotan

## Why a file could not be loaded

load-title = The map could not be loaded.
# "The file assets/map/base.json could not be used: the server answered 404."
load-file-failed = The file { $file } could not be used: { $reason }.
load-what-to-do = Reload to try again. If this keeps happening, please tell the staff or the site's editors.
load-reload = Reload the atlas
load-reason-damaged = the file is damaged
load-reason-no-window = there is no window to load it in
load-reason-network = the network did not answer
load-reason-not-a-file = the answer was not a file
load-reason-status = the server answered { $status }
load-reason-unreadable = the file could not be read

## Kiosk

kiosk-invitation = Touch the screen to explore the map and its history
kiosk-still-there = Still there?
kiosk-countdown = The atlas will return to its start in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
kiosk-continue = Keep exploring
kiosk-leave-title = Leave kiosk mode?
kiosk-leave-text = This is for museum staff. The atlas will open for use at a desk, without the attract loop or the reset.
kiosk-leave = Leave kiosk mode
kiosk-stay = Stay
kiosk-fullscreen = Full screen

## Embed this view

embed-title = Embed this view
# The frame's title in the pasted HTML, which a screen reader on the host's page says.
embed-frame-title = Interactive atlas: the Ili Rebellion and the East Turkestan Republic, 1944–1949
embed-close = Close “Embed this view”
embed-intro = Paste this into a web page to show the atlas on this date and view. Visitors can still explore from there.
embed-size = Size
embed-size-article = { $width } × { $height }, an article's width
embed-size-medium = { $width } × { $height }
embed-size-page = { $width } × { $height }, a full page
embed-size-small = { $width } × { $height }, a small box
embed-show = Show
embed-show-header = Title and buttons
embed-show-slider = Time slider
embed-show-player = Play and event buttons
embed-show-zoom = Zoom buttons
embed-show-key = Key to the colours
embed-show-panel = Event and place cards
embed-show-inset = Map of Asia
embed-html = HTML to paste
embed-copy = Copy the HTML
embed-copied = Copied.
embed-copy-refused = This browser did not allow copying: select the HTML above and copy it.
embed-note = The frame sets no cookies and makes no requests beyond this atlas. A page that wants to steer it or follow its date can use its message interface, described in the atlas's documentation for hosts.

## Map controls

zoom-toolbar = Map view
zoom-in = Zoom in
zoom-out = Zoom out
zoom-reset = Show the whole region
locator-title = Where the map lies in Asia

## The time slider and the player

date-label = Date
track-event = event
track-disagree = sources disagree
track-contested = contested
track-period = named period
slider-keys = Arrow keys move a day, Shift with an arrow a month, Page Up and Page Down go to the previous or next event, Home and End to the first or last day.
player-label = Move through time
player-previous = Previous event
player-next = Next event
player-play = Play
player-pause = Pause
player-speed = Speed
speed-day = A day a step
speed-week = A week a step
speed-month = A month a step
player-loop = Loop
player-whole-span = Background and aftermath

## About this map

about-title = About this map
about-close = Close “About this map”
# Shown above the map data's provenance, which is kept in English (a licence's words matter).
about-in-english = The sources and licences of the map data are given in English, as their authors publish them.
about-sources = Sources
about-used-for = Used for { $use }.
about-how-drawn = How it is drawn
about-projection = Projection
about-simplification = Simplification
about-precision = Precision

## The page

atlas-title = The Ili Rebellion and the East Turkestan Republic, 1944–1949
atlas-subtitle = Xinjiang (East Turkestan) and its neighbours
loading-map = Loading the map…
skip-to-slider = Skip to the time slider
# Header buttons: the part in "long" is hidden on small screens.
button-table = Table
button-table-long = Table of who held what
button-about = About
button-about-long = About this map
button-embed = Embed
button-embed-long = Embed this view
language-label = Language
map-landmark = Map
blank-screen = The screen is blank. Press B or full stop to bring the atlas back.

## Comparing two dates

button-compare = Compare
button-compare-long = Compare two dates
compare-with = Compared with
compare-stop = Stop comparing
# The second map, for a screen reader; the table gives the same as text.
compare-map-label = The map on { $date }, beside the first for comparison. The table of who held what gives each date as text.

## Export and print

export-label = Export this view
export-title = Export this view: save it as SVG or PNG, or print it
export-svg = Save as SVG
export-png = Save as PNG
export-print = Print
# While the file is made: "Making the PNG…"
export-making = Making the { $format }…
export-saved = Saved as { $file }.
export-failed = The { $format } could not be made: { $reason }.
export-print-failed = The page could not be printed: { $reason }.
# Why an export failed, put in the two messages above as { $reason }.
export-reason-no-map = the map is not drawn yet
export-reason-draw = the browser could not draw the map ({ $detail })
export-reason-no-png = the browser could not make a PNG
export-reason-browser = the browser refused ({ $detail })
print-sources = Sources of what is shown
print-no-source = No source is cited for this day.
print-map-data = Map data
print-no-map-source = No source is listed.
# An event on show on a day other than its own: "Pamir rebels take Igiz-Yar (August 1945)".
print-event-dated = { $event } ({ $date })
# A line of the handout's sources: Encyclopedia article “Ili National Army”, sections “History”, “Lead”.
print-source-sections = { $source }, { $count ->
    [one] section
   *[other] sections
} { $sections }
# A section's own (English) title in that line.
print-section-name = “{ $section }”
# Between the sections in that line.
print-list-separator = {", "}
# What an exported picture shows, for a screen reader (its description).
export-description = Map of Xinjiang and the lands around it on { $date }, each zone coloured by who held it.
export-description-event = Event on show: { $event }.
export-description-key = Key: { $key }.

## Before the atlas starts, and if it cannot (the page shows these without the
## atlas's module: the build writes them into the page, see xtask/src/boot_words.rs)

boot-loading = Loading the atlas…
# Shown, in every language at once, when the browser runs no scripts.
boot-no-script = This atlas needs JavaScript and WebAssembly, which this browser has switched off.
crash-start-failed = Sorry, the atlas could not start. Reload the page to try again.
crash-stopped = Sorry, the atlas stopped working. Reload the page to start again.
