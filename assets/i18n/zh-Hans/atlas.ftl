# The atlas's interface in Chinese (Simplified), translated from en/atlas.ftl (same ids, same order).
# Comments that say where a message appears are kept in English from the English file;
# Comment lines beginning with the word REVIEW mark choices a curator should check.

## 日期

# A day: "12 November 1944". $month is month-N-of-day, $monthNumber 1–12.
date-day = { $year }年{ $month }{ $day }日
# A month: "November 1944".
date-month = { $year }年{ $month }
# A season: "autumn 1945".
date-season = { $year }年{ $season }
date-year = { $year }年
date-about = 约{ $date }
date-uncertain = { $date }（存疑）
date-about-uncertain = 约{ $date }（存疑）
# An interval: "July 1945 to September 1945".
date-interval = { $from }至{ $to }
track-period-band = { $period }：{ $from }至{ $to }
track-contested-band = 争夺期：{ $from }至{ $to }
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
# The month as it stands in a full date (in some languages a different case).
month-1-of-day = 1月
month-2-of-day = 2月
month-3-of-day = 3月
month-4-of-day = 4月
month-5-of-day = 5月
month-6-of-day = 6月
month-7-of-day = 7月
month-8-of-day = 8月
month-9-of-day = 9月
month-10-of-day = 10月
month-11-of-day = 11月
month-12-of-day = 12月
season-1 = 春
season-2 = 夏
season-3 = 秋
season-4 = 冬
distance-km = { $km }公里
distance-m = { $m }米

## 图例

key-title = 图例
key-held-by = 由{ $actor }控制
key-approximate = 颜色较浅：控制范围为大致估计
key-contested = 条纹：有争议，条纹为另一方的颜色
key-no-information = 无资料
key-district = 20世纪40年代的区（大致范围）
key-other-provinces = 中国其他省份
key-neighbours = 邻国（今日国界）
key-river = 河流
key-city = 城市
key-town = 城镇、要塞、机场及其他地点
# The scale bar, for a screen reader: "Scale: this bar is 200 km on the map".
key-scale = 比例尺：此线段在地图上代表{ $distance }
key-boundaries-approximate = 边界为大致复原：以今日的轮廓代替1944—1949年的边界。
key-boundaries-short = 边界为大致复原。

## 数据类别的名称

certainty-firm = 确定
certainty-approximate = 大致
certainty-contested = 有争议
event-kind-decision = 决定
event-kind-uprising = 起事
event-kind-battle = 战斗
event-kind-siege = 围攻
event-kind-capture = 攻占
event-kind-declaration = 宣告
event-kind-founding = 成立
event-kind-government = 政府
event-kind-appointment = 任命
event-kind-negotiation = 谈判
event-kind-agreement = 协议
event-kind-ceasefire = 停火
event-kind-massacre = 杀害平民或俘虏
event-kind-death = 死亡
event-kind-defection = 转换阵营
event-kind-surrender = 投降
event-kind-merger = 合并
event-kind-aid = 外部支援
event-kind-other = 事件
place-kind-city = 城市
place-kind-town = 城镇
place-kind-village = 村庄
place-kind-fortress = 要塞
place-kind-border-post = 边防哨所
place-kind-airfield = 机场
place-kind-oil-field = 油田
place-kind-mine = 矿山
place-kind-river-crossing = 渡口
place-kind-pass = 山口
place-kind-front = 前线
place-kind-lake = 湖泊
place-kind-region = 地区
# After an event's date: "12 November 1944 — known to the day".
precision-day = 精确到日
precision-month = 精确到月
precision-season = 精确到季节
precision-year = 精确到年

## “各方控制情况”表

table-title = 各方控制情况
table-close = 关闭表格
table-note = 以文字讲述与地图相同的内容，随时间滑块上的日期变化。边界和部分日期为大致情况。
table-places-on = { $date }各地点
table-zones-on = { $date }各区域
table-place = 地点
table-zone = 区域
table-held-by = 控制方
table-since = 起始时间
table-certainty = 确定程度

## 事件面板

# "event 21 of 113"
event-count = 第{ $n }个事件，共{ $count }个
event-ahead = 尚未发生
event-where = 地点
event-places-label = 本事件的地点（在地图上打开）
event-who = 相关方
event-sources-disagree = 各来源说法不一。
event-what-sources-say = 各来源的说法
event-source = 来源
# Under a source's title: Section “Ili Rebellion” (the section's own English title).
source-section = 章节“{ $section }”
# The date a source gives: "Gives: 12 November 1944".
claim-gives = 所给日期：{ $date }
source-wp-etr = 百科全书条目《Second East Turkestan Republic》
source-wp-ina = 百科全书条目《Ili National Army》
# REVIEW: "(advocacy)" rendered （倡导立场） (a text arguing one side's case); check the curators' preferred label.
source-etge-archives = 文章《Soviet Archives reveal China’s occupation of East Turkistan》（倡导立场）
source-unknown = 来源不明

## 地点卡片

place-close = 关闭地点卡片
# Before the note on a place beyond the map's edge.
place-beyond-map = 位于本图范围之外。
place-in-district = 属{ $district }区（按20世纪40年代的区划）。
place-name-en = 来源中的名称
place-name-modern = 现行官方名称
place-name-ug = 维吾尔语
place-name-zh = 汉语
place-name-ru = 俄语
place-name-kk = 哈萨克语
place-name-mn = 蒙古语
place-unsure = （待核实）
place-unsure-title = 有待策展人核实
place-also-written = 其他写法
# "Position: 43.92° N, 81.32° E, to within about 2 km (seat of the county)."
place-position = 位置：北纬{ $lat }°，东经{ $lon }°，误差约{ $km }公里（{ $method }）。
place-method-county-seat = 县治所在地
place-method-knowledge = 据地名辞书估算
place-what-happened = 此地发生的事件
place-named-in = 见于
# Who held a place on the day shown: "On 12 November 1944: held by the Republic of China (contested)."
place-held = { $date }：由{ $actor }控制。
place-held-qualified = { $date }：由{ $actor }控制（{ $certainty }）。

## 地图

map-title = 新疆及周边地区地图
map-description = 新疆、其20世纪40年代的各区、相邻省份和国家、河流、湖泊以及各次战事的地点。边界为大致范围。
# A place on the map, for a screen reader: "Ghulja, city, held by East Turkestan Republic".
map-place = { $place }，{ $kind }
map-place-held = { $place }，{ $kind }，由{ $actor }控制
# Pointers at the map's edge: "Moscow, Irkutsk: beyond the map".
map-beyond = { $places }：位于地图范围之外
range-tian-shan = 天山
range-altai = 阿尔泰山
range-tarbagatai = 塔尔巴哈台山
range-pamir = 帕米尔高原
range-kunlun = 昆仑山
range-borohoro = 婆罗科努山
range-dzungarian-alatau = 阿拉套山

## 链接未能完全读取时的提示

url-bad-date = 链接中的日期“{ $value }”不是YYYY-MM-DD格式的日期。
url-bad-event = 链接中的事件“{ $value }”不是有效的名称。
url-bad-place = 链接中的地点“{ $value }”不是有效的名称。
url-bad-mode = 链接中的模式“{ $value }”不是本图集提供的模式（explore、kiosk、embed、present）。
url-bad-controls = 链接要求使用本图集没有的控件：{ $value }。
url-bad-view = 链接中的视图“{ $value }”不符合“纬度,经度,缩放级别”的格式。
url-bad-language = 链接中的语言“{ $value }”不是本图集提供的语言（en、ug、zh-Hans、ru）。
url-date-outside = 链接中的日期{ $date }超出时间轴范围，现改为显示{ $shown }。
url-unknown-event = 本图集中没有链接中的事件“{ $value }”。
url-unknown-place = 本图集中没有链接中的地点“{ $value }”。
url-dismiss = 关闭
settings-unreadable = 无法加载设置文件{ $file }（{ $reason }），图集使用默认设置。
settings-invalid = 设置文件{ $file }存在问题（第一个问题：{ $problem }），图集使用默认设置。
settings-problem = 设置文件存在一个问题：{ $problem }。
language-unavailable = 图集无法加载{ $language }版文本（{ $reason }），现以英语显示。

## 日期改变时滑块播报的内容

# "13 November 1944 — Ghulja (Yining): contested, held by East Turkestan Republic; Ghulja taken"
change-held = { $zone }：{ $actor }
change-held-approximate = { $zone }：{ $actor }（大致）
change-contested = { $zone }：有争议，由{ $actor }控制
change-no-information = { $zone }：无资料
list-separator = {"；"}
range-karakoram = 喀喇昆仑山
district-ili = 伊犁
district-tarbagatay = 塔城
# REVIEW: the district was called 阿山区 in the 1940s; 阿勒泰 is the atlas's name for the region (places.json) and today's name.
district-altay = 阿勒泰
district-dihua = 迪化
district-hami = 哈密
district-karashahr = 焉耆
district-aksu = 阿克苏
district-kashgar = 喀什
district-yarkand = 莎车
# REVIEW: the 1940s form was 和阗 (和阗区); 和田 is today's standard form.
district-khotan = 和田

## 文件未能加载的原因

load-title = 无法加载地图。
# "The file assets/map/base.json could not be used: the server answered 404."
load-file-failed = 无法使用文件{ $file }：{ $reason }。
load-what-to-do = 请重新加载以再试一次。如果问题反复出现，请告知工作人员或网站编辑。
load-reload = 重新加载图集
load-reason-damaged = 文件已损坏
load-reason-no-window = 没有可供加载的窗口
load-reason-network = 网络没有响应
load-reason-not-a-file = 返回的内容不是文件
load-reason-status = 服务器返回{ $status }
load-reason-unreadable = 无法读取文件

## 展台模式

kiosk-invitation = 触摸屏幕，探索地图及其历史
kiosk-still-there = 您还在吗？
kiosk-countdown = 图集将在{ $seconds }秒后回到起始画面。
kiosk-continue = 继续探索
# REVIEW: "kiosk mode" rendered 展台模式 (the unattended exhibition-terminal mode); check the museum's usual term (e.g. 自助导览模式).
kiosk-leave-title = 退出展台模式？
kiosk-leave-text = 此功能供博物馆工作人员使用。图集将以桌面使用方式打开，不再循环演示，也不会自动复位。
kiosk-leave = 退出展台模式
kiosk-stay = 不退出
kiosk-fullscreen = 全屏

## 嵌入此视图

embed-title = 嵌入此视图
embed-frame-title = 交互式地图集：伊宁事变与东突厥斯坦共和国（1944—1949）
embed-close = 关闭“嵌入此视图”
embed-intro = 将以下代码粘贴到网页中，即可按此日期和视图显示图集。访问者仍可从这里继续探索。
embed-size = 尺寸
embed-size-article = { $width } × { $height }，文章宽度
embed-size-medium = { $width } × { $height }
embed-size-page = { $width } × { $height }，整页
embed-size-small = { $width } × { $height }，小框
embed-show = 显示
embed-show-header = 标题和按钮
embed-show-slider = 时间滑块
embed-show-player = 播放和事件按钮
embed-show-zoom = 缩放按钮
embed-show-key = 颜色图例
embed-show-panel = 事件和地点卡片
embed-show-inset = 亚洲地图
embed-html = 要粘贴的HTML代码
embed-copy = 复制HTML代码
embed-copied = 已复制。
embed-copy-refused = 此浏览器不允许复制：请选中上方的HTML代码后自行复制。
embed-note = 此框架不设置cookie，也不向本图集以外发出任何请求。需要控制它或跟踪其日期的网页可以使用它的消息接口，详见图集面向托管网站的文档。

## 地图控件

zoom-toolbar = 地图视图
zoom-in = 放大
zoom-out = 缩小
zoom-reset = 显示整个地区
locator-title = 本图在亚洲的位置

## 时间滑块与播放器

date-label = 日期
track-event = 事件
track-disagree = 来源说法不一
track-contested = 有争议
track-period = 命名时期
slider-keys = 方向键每次移动一天，Shift加方向键移动一个月，Page Up和Page Down跳到上一个或下一个事件，Home和End跳到第一天或最后一天。
player-label = 按时间浏览
player-previous = 上一个事件
player-next = 下一个事件
player-play = 播放
player-pause = 暂停
player-speed = 速度
speed-day = 每步一天
speed-week = 每步一周
speed-month = 每步一个月
player-loop = 循环
player-whole-span = 背景与后续

## 关于本图

about-title = 关于本图
about-close = 关闭“关于本图”
# Shown above the map data's provenance, which is kept in English (a licence's words matter).
about-in-english = 地图数据的来源和许可以英文列出，与其作者发布的原文一致。
about-sources = 来源
about-used-for = 用于：{ $use }。
about-how-drawn = 绘制方法
about-projection = 投影
about-simplification = 简化
about-precision = 精度

## 页面

# REVIEW: "Ili Rebellion" rendered 伊宁事变, as in the events and zones translations; PRC usage is 三区革命, and the choice is a political one for the curators.
atlas-title = 伊宁事变与东突厥斯坦共和国（1944—1949）
atlas-subtitle = 新疆（东突厥斯坦）及其周边
loading-map = 正在加载地图…
skip-to-slider = 跳到时间滑块
# Header buttons: the part in "long" is hidden on small screens.
button-table = 表格
button-table-long = 各方控制情况表
button-about = 关于
button-about-long = 关于本图
button-embed = 嵌入
button-embed-long = 嵌入此视图
language-label = 语言
map-landmark = 地图
blank-screen = 屏幕现为空白。按B键或句点键可恢复显示图集。

## 比较两个日期

button-compare = 比较
button-compare-long = 比较两个日期
compare-with = 对比日期
compare-stop = 结束比较
# The second map, for a screen reader; the table gives the same as text.
# REVIEW: the messages of this section were written by the developers, not the translator; a native reader should check them.
compare-map-label = { $date }的地图，与第一幅地图并列以便比较。各方控制情况表以文字列出每个日期的情况。

## 导出与打印
# REVIEW: the messages of this section were written by the developers, not the translator; a native reader should check them.

export-label = 导出此视图
export-title = 导出此视图：保存为 SVG 或 PNG，或打印
export-svg = 保存为 SVG
export-png = 保存为 PNG
export-print = 打印
export-making = 正在生成 { $format }…
export-saved = 已保存为 { $file }。
export-failed = 无法生成 { $format }：{ $reason }。
export-print-failed = 无法打印此页：{ $reason }。
export-reason-no-map = 地图尚未绘制完成
export-reason-draw = 浏览器无法绘制地图（{ $detail }）
export-reason-no-png = 浏览器无法生成PNG
export-reason-browser = 浏览器拒绝了该操作（{ $detail }）
print-sources = 所示内容的来源
print-no-source = 此日未引用来源。
print-map-data = 地图数据
print-no-map-source = 未列出来源。
print-event-dated = { $event }（{ $date }）
print-source-sections = { $source }，{ $count ->
   *[other] 章节
}{ $sections }
print-section-name = “{ $section }”
print-list-separator = {"、"}
export-description = { $date }新疆及其周边地区地图，各区域按控制方着色。
export-description-event = 所示事件：{ $event }。
export-description-key = 图例：{ $key }。

## Before the atlas starts, and if it cannot

boot-loading = 正在加载地图集…
boot-no-script = 本地图集需要JavaScript和WebAssembly，但此浏览器已将其关闭。
crash-start-failed = 抱歉，地图集未能启动。请重新加载页面再试。
crash-stopped = 抱歉，地图集已停止运行。请重新加载页面重新开始。
