// Shows a plain message when the atlas cannot start or crashes, so that a
// visitor never faces a blank page, and says "Loading the atlas…" in the
// visitor's language meanwhile. It is a classic script without modules so
// that it still runs when the app's own module or its WebAssembly fails.
//
// The words come from the interface's Fluent files: the build writes them into
// the page as a JSON block, #boot-words (xtask/src/boot_words.rs). English is
// kept here too, for a page built without that step (a test keeps it equal).
(function () {
  "use strict";
  var STARTUP_LIMIT_MS = 30000;
  var started = false;
  var ENGLISH = {
    "atlas-title": "The Ili Rebellion and the East Turkestan Republic, 1944–1949",
    "boot-loading": "Loading the atlas…",
    "crash-start-failed": "Sorry, the atlas could not start. Reload the page to try again.",
    "crash-stopped": "Sorry, the atlas stopped working. Reload the page to start again.",
    "load-reload": "Reload the atlas"
  };

  // A language tag read as the atlas reads it (Language::from_tag in
  // core/src/i18n/mod.rs): "ru-RU" → "ru", "zh-CN" → "zh-Hans", "zh-TW" → none.
  function fromTag(tag) {
    var parts = String(tag || "").trim().toLowerCase().replace(/_/g, "-").split("-");
    switch (parts[0]) {
      case "en":
      case "ug":
      case "ru":
        return parts[0];
      case "zh":
        for (var i = 1; i < parts.length; i++) {
          if (parts[i] === "hant" || parts[i] === "tw" || parts[i] === "hk" || parts[i] === "mo") return null;
        }
        return "zh-Hans";
      default:
        return null;
    }
  }

  // The atlas's language: once it runs, the one it shows; before, the one it
  // will pick (the link's ?lang=, else the browser's preference, else English).
  function language() {
    var shown = started && fromTag(document.documentElement.getAttribute("lang"));
    if (shown) return shown;
    var asked = null;
    try {
      asked = fromTag(new URLSearchParams(window.location.search).get("lang"));
    } catch (e) {
      asked = null;
    }
    if (asked) return asked;
    var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < preferred.length; i++) {
      var found = fromTag(preferred[i]);
      if (found) return found;
    }
    return "en";
  }

  var all = null;
  function words() {
    if (all === null) {
      all = {};
      var block = document.getElementById("boot-words");
      try {
        if (block) all = JSON.parse(block.textContent) || {};
      } catch (e) {
        all = {};
      }
    }
    var code = language();
    var chosen = all[code] && typeof all[code] === "object" ? all[code] : {};
    return {
      code: code,
      say: function (id) {
        return typeof chosen[id] === "string" ? chosen[id] : ENGLISH[id];
      }
    };
  }

  function direction(code) {
    return code === "ug" ? "rtl" : "ltr";
  }

  function setText(id, text) {
    var element = document.getElementById(id);
    if (element) element.textContent = text;
  }

  // The page's words in the visitor's language, and its language and direction.
  function speak() {
    var w = words();
    var root = document.documentElement;
    root.setAttribute("lang", w.code);
    root.setAttribute("dir", direction(w.code));
    if (!started) document.title = w.say("atlas-title");
    setText("boot-title", w.say("atlas-title"));
    setText("boot-loading", w.say("boot-loading"));
    // Hidden in the page as written: without scripts nothing is loading.
    var loading = document.getElementById("boot-loading");
    if (loading) loading.removeAttribute("hidden");
    setText("fatal-reload", w.say("load-reload"));
  }

  function show(id, details) {
    var box = document.getElementById("fatal");
    if (!box) return;
    // A map that cannot be used would belie the message.
    document.documentElement.classList.remove(FIRST_VIEW_CLASS);
    if (details) console.error("The atlas could not run:", details);
    var w = words();
    setText("fatal-message", w.say(id));
    setText("fatal-reload", w.say("load-reload"));
    box.setAttribute("lang", w.code);
    box.setAttribute("dir", direction(w.code));
    box.removeAttribute("hidden");
  }

  // The first view: the opening map drawn by the build, in English, in the
  // page (xtask/src/first_view.rs). It fits a visit whose address asks for
  // nothing and whose language is English: decided here, before the page is
  // first painted. It shows until the atlas has drawn its own map
  // (src/edge/page.rs takes it away) or fails to start; a visit it does not
  // fit drops it as soon as the page is read.
  var FIRST_VIEW_CLASS = "first-view-shown";
  var fits = !window.location.search && language() === "en";
  if (fits) document.documentElement.classList.add(FIRST_VIEW_CLASS);
  function dropUnfitFirstView() {
    var view = document.getElementById("first-view");
    if (view && !fits) view.parentNode.removeChild(view);
  }
  if (document.readyState === "loading") {
    document.addEventListener("readystatechange", dropUnfitFirstView, { once: true });
  } else {
    dropUnfitFirstView();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", speak);
  } else {
    speak();
  }

  // The way back: the button in #fatal reloads the page. Listening on the
  // document works before the button exists and after the module has died.
  document.addEventListener("click", function (event) {
    if (event.target && event.target.id === "fatal-reload") window.location.reload();
  });

  // Called by src/boot/initializer.mjs when instantiating the module fails.
  window.atlasStartFailed = function (details) {
    show("crash-start-failed", details);
  };

  // Called by the module's panic hook (src/edge/fatal.rs), which logs the details itself.
  window.atlasCrashed = function () {
    show("crash-stopped");
  };

  window.addEventListener("TrunkApplicationStarted", function () {
    started = true;
  });

  // A Rust panic aborts the module, which surfaces as a WebAssembly.RuntimeError.
  window.addEventListener("error", function (event) {
    var error = event.error;
    if (typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError) {
      show("crash-stopped", error);
    }
  });

  setTimeout(function () {
    if (!started && !document.querySelector("#app > *")) {
      window.atlasStartFailed("the app had not started after " + STARTUP_LIMIT_MS / 1000 + " s");
    }
  }, STARTUP_LIMIT_MS);
})();
