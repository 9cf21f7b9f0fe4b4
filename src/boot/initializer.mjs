// Trunk's initializer hooks: report a failed WebAssembly start in the page.
// See src/boot/watchdog.js, which owns the message.
const initializer = () => ({
  onFailure(reason) {
    if (typeof window.atlasStartFailed === "function") {
      window.atlasStartFailed(reason);
    } else {
      console.error("The atlas could not start:", reason);
    }
  },
});

export { initializer as default };
