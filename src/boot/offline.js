// Kiosk mode (`?mode=kiosk`) keeps an offline copy of the whole atlas: this
// registers the service worker (src/boot/sw.js) that keeps it, once the page
// has loaded. In every other mode nothing is stored. A browser that cannot
// keep the copy still runs the atlas; the console says why.
(function () {
  "use strict";
  if (new URLSearchParams(window.location.search).get("mode") !== "kiosk") return;
  if (!("serviceWorker" in navigator)) {
    console.warn("The atlas cannot keep an offline copy: this browser has no service workers (they need https).");
    return;
  }
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("sw.js", { scope: "./" }).catch(function (error) {
      console.warn("The atlas cannot keep an offline copy:", error);
    });
  });
})();
