// Shows a plain message when the atlas cannot start or crashes, so that a
// visitor never faces a blank page. It is a classic script without modules so
// that it still runs when the app's own module or its WebAssembly fails.
// The words match VISITOR_MESSAGE in src/edge/fatal.rs.
(function () {
  "use strict";
  var STARTUP_LIMIT_MS = 30000;
  var started = false;

  function show(title, details) {
    var box = document.getElementById("fatal");
    var message = document.getElementById("fatal-message");
    if (!box || !message) return;
    if (details) console.error("The atlas could not run:", details);
    message.textContent = title;
    box.removeAttribute("hidden");
  }

  // The way back: the button in #fatal reloads the page. Listening on the
  // document works before the button exists and after the module has died.
  document.addEventListener("click", function (event) {
    if (event.target && event.target.id === "fatal-reload") window.location.reload();
  });

  // Called by src/boot/initializer.mjs when instantiating the module fails.
  window.atlasStartFailed = function (details) {
    show("Sorry, the atlas could not start. Reload the page to try again.", details);
  };

  window.addEventListener("TrunkApplicationStarted", function () {
    started = true;
  });

  // A Rust panic aborts the module, which surfaces as a WebAssembly.RuntimeError.
  window.addEventListener("error", function (event) {
    var error = event.error;
    if (typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError) {
      show("Sorry, the atlas stopped working. Reload the page to start again.", error);
    }
  });

  setTimeout(function () {
    if (!started && !document.querySelector("#app > *")) {
      window.atlasStartFailed("the app had not started after " + STARTUP_LIMIT_MS / 1000 + " s");
    }
  }, STARTUP_LIMIT_MS);
})();
