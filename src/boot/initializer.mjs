// Trunk's initializer hooks: mark when the WebAssembly module is ready (the
// benchmark reads the mark) and report a failed start in the page. See
// src/boot/watchdog.js, which owns the message.
const initializer = () => ({
  onSuccess() {
    performance.mark("atlas-wasm-instantiated");
  },
  onFailure(reason) {
    if (typeof window.atlasStartFailed === "function") {
      window.atlasStartFailed(reason);
    } else {
      console.error("The atlas could not start:", reason);
    }
  },
});

export { initializer as default };
