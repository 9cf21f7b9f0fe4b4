//! Saving the view as a file, and printing it. The map on the page
//! (`svg#map`) is serialized as XML, the core puts the handout around it
//! (`atlas_core::snapshot`), and the result is offered as a download: the
//! SVG document itself, or a PNG drawn from it at twice the size. Object
//! URLs are let go once used.

use crate::edge::map_asset::{fetch_bytes, fetch_text, js_message};
use atlas_core::i18n::messages::Messages;
use atlas_core::i18n::Note;
use atlas_core::snapshot::fonts::{font_pieces, pieces_for, EmbeddedFont};
use atlas_core::snapshot::{file_name, style_variables, svg_document, MapPicture, Snapshot};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// The kinds of file the view can be saved as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
        }
    }

    /// How a visitor names it.
    pub fn label(self) -> &'static str {
        match self {
            Format::Svg => "SVG",
            Format::Png => "PNG",
        }
    }
}

/// A PNG has this many pixels for each CSS pixel of the screen: crisp on a projector.
const PNG_SCALE: f64 = 2.0;
/// A download's object URL is let go this long after the click.
const REVOKE_AFTER_MS: u32 = 10_000;

/// Saves the map on the page with `snapshot`'s texts around it, and the
/// handout's own words from `words` (the language `snapshot` was made in); the file's
/// name when the download was offered, else why not, in words for a visitor.
pub async fn save(format: Format, snapshot: &Snapshot, px_per_km: Option<f64>, words: &Messages) -> Result<String, Note> {
    let LiveMap { markup, width, height, variables, font_px } = live_map()?;
    let picture = |fonts| MapPicture { markup: &markup, width, height, variables: &variables, px_per_km, font_px, fonts };
    let mut document = svg_document(snapshot, &picture(&[]), words);
    let fonts = chinese_font_for(&document.text).await;
    if !fonts.is_empty() {
        document = svg_document(snapshot, &picture(&fonts), words);
    }
    let svg = blob(&document.text, "image/svg+xml")?;
    let file = match format {
        Format::Svg => svg,
        Format::Png => png(&svg, document.width, document.height, !fonts.is_empty()).await?,
    };
    let name = file_name(snapshot.date, format.extension());
    offer(&file, &name)?;
    Ok(name)
}

/// Where the page's Chinese font lives (`assets/fonts/`, written by `cargo xtask fonts`).
const FONT_FOLDER: &str = "assets/fonts/";

/// The pieces of the atlas's Chinese font that `text` needs, so that the
/// picture shows its Chinese wherever it is opened. A piece that cannot be
/// fetched is left out (the picture then falls back on the machine's fonts).
async fn chinese_font_for(text: &str) -> Vec<EmbeddedFont> {
    let mut fonts = Vec::new();
    let Ok(css) = fetch_text(&format!("{FONT_FOLDER}cjk.css")).await else { return fonts };
    let pieces = font_pieces(&css);
    for piece in pieces_for(&pieces, text) {
        if let Ok(woff2) = fetch_bytes(&format!("{FONT_FOLDER}{}", piece.file)).await {
            fonts.push(EmbeddedFont { unicode_range: piece.unicode_range.clone(), woff2 });
        }
    }
    fonts
}

/// Opens the browser's print dialog (the print style sheet lays the page out).
pub fn print() -> Result<(), Note> {
    web_sys::window().ok_or_else(|| refused_plainly("there is no window"))?.print().map_err(refused)
}

/// The page's map as drawn.
struct LiveMap {
    /// Its markup without its title and description (the document has its own).
    markup: String,
    width: f64,
    height: f64,
    /// The custom properties its rules use, as computed on it.
    variables: Vec<(String, String)>,
    /// Its computed font size in pixels.
    font_px: Option<f64>,
}

fn live_map() -> Result<LiveMap, Note> {
    let window = web_sys::window().ok_or_else(|| refused_plainly("there is no window"))?;
    let svg = gloo::utils::document().get_element_by_id("map").ok_or_else(|| Note::new("export-reason-no-map", &[]))?;
    let (width, height) = svg
        .get_attribute("viewBox")
        .map(|v| v.split_whitespace().filter_map(|n| n.parse::<f64>().ok()).collect::<Vec<_>>())
        .and_then(|n| (n.len() == 4 && n[2] > 0.0 && n[3] > 0.0).then(|| (n[2], n[3])))
        .ok_or_else(|| Note::new("export-reason-no-map", &[]))?;
    let serializer = web_sys::XmlSerializer::new().map_err(refused)?;
    let children = svg.children();
    let mut markup = String::new();
    for child in (0..children.length()).filter_map(|i| children.item(i)) {
        if !matches!(child.tag_name().as_str(), "title" | "desc") {
            markup.push_str(&serializer.serialize_to_string(&child).map_err(refused)?);
        }
    }
    let style = window.get_computed_style(&svg).ok().flatten();
    let computed = |name: &str| style.as_ref().and_then(|s| s.get_property_value(name).ok()).filter(|v| !v.trim().is_empty());
    let variables = style_variables().into_iter().filter_map(|name| computed(&name).map(|v| (name, v))).collect();
    let font_px = computed("font-size").and_then(|v| v.trim().strip_suffix("px")?.parse().ok());
    Ok(LiveMap { markup, width, height, variables, font_px })
}

fn blob(text: &str, mime: &str) -> Result<Blob, Note> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&JsValue::from_str(text)), &options).map_err(refused)
}

/// The SVG drawn on a canvas at [`PNG_SCALE`], as a PNG.
async fn png(svg: &Blob, width: f64, height: f64, carries_fonts: bool) -> Result<Blob, Note> {
    let url = Url::create_object_url_with_blob(svg).map_err(refused)?;
    let drawn = draw(&url, width, height, carries_fonts).await;
    let _ = Url::revoke_object_url(&url);
    drawn
}

async fn draw(url: &str, width: f64, height: f64, carries_fonts: bool) -> Result<Blob, Note> {
    let image = HtmlImageElement::new().map_err(refused)?;
    image.set_src(url);
    JsFuture::from(image.decode()).await.map_err(|e| Note::new("export-reason-draw", &[("detail", &js_message(&e))]))?;
    // The picture's own fonts are ready a moment after it is decoded (the
    // browser offers no event for them); drawn at once, its text would be blank.
    if carries_fonts {
        sleep(FONT_SETTLE_MS).await;
    }
    let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas").map_err(refused)?.unchecked_into();
    let (w, h) = ((width * PNG_SCALE).round(), (height * PNG_SCALE).round());
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into().ok()).ok_or_else(|| Note::new("export-reason-no-png", &[]))?;
    context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w, h).map_err(refused)?;
    let made = js_sys::Promise::new(&mut |resolve, _| {
        if canvas.to_blob_with_type(&resolve, "image/png").is_err() {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
        }
    });
    let png = JsFuture::from(made).await.map_err(refused)?;
    png.dyn_into::<Blob>().map_err(|_| Note::new("export-reason-no-png", &[]))
}

/// The browser refused a step; its own words are the detail.
fn refused(error: JsValue) -> Note {
    refused_plainly(&js_message(&error))
}

fn refused_plainly(detail: &str) -> Note {
    Note::new("export-reason-browser", &[("detail", detail)])
}

/// How long a picture carrying fonts is given to ready them before it is drawn
/// (measured: they are ready within 10 ms of decoding; this leaves room for a slow machine).
const FONT_SETTLE_MS: u32 = 300;

/// Resolves after `ms` milliseconds.
async fn sleep(ms: u32) {
    let (done, waited) = futures::channel::oneshot::channel();
    let _timer = gloo::timers::callback::Timeout::new(ms, move || {
        let _ = done.send(());
    });
    let _ = waited.await;
}

/// Offers `file` as a download named `name`, through a link clicked at once.
fn offer(file: &Blob, name: &str) -> Result<(), Note> {
    let document = gloo::utils::document();
    let link: HtmlAnchorElement = document.create_element("a").map_err(refused)?.unchecked_into();
    let body = document.body().ok_or_else(|| refused_plainly("the page has no body"))?;
    let url = Url::create_object_url_with_blob(file).map_err(refused)?;
    link.set_href(&url);
    link.set_download(name);
    let added = body.append_child(&link).map_err(refused);
    if added.is_ok() {
        link.click();
        link.remove();
    }
    gloo::timers::callback::Timeout::new(REVOKE_AFTER_MS, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    added.map(|_| ())
}
