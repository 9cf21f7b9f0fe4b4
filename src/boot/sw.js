// The kiosk's offline copy of the atlas: a service worker, registered by
// src/boot/offline.js in kiosk mode only (`?mode=kiosk`). `cargo xtask build`
// writes it to the root of the bundle with the BUILD line filled in: the build's
// version and every file of the bundle (xtask/src/offline.rs).
//
// At install it keeps every file in one cache named after the version; once
// active it deletes the caches of older builds and takes over open pages. The
// cache is written at install only, and whole (a failed install leaves the old
// one in place): it always holds one complete build, so a kiosk that goes
// offline runs a matching set of files, never a newer index.html beside older
// modules.
//
// Answers: only GET requests for the bundle's own files; anything else (other
// origins, other methods, other paths) goes to the network untouched and is
// never stored.
// - Files whose names carry a content hash (the modules, the WebAssembly, the
//   styles) never change under their name: from the cache first.
// - The others (index.html, the data under assets/, the manifest) keep their
//   names when they are edited: from the network first, so that a kiosk online
//   shows today's files, but from the cache when the network fails, answers
//   with an error, or is slower than NETWORK_WAIT_MS (a cable that is plugged in
//   but leads nowhere). We chose this over stale-while-revalidate, which would
//   show every edit one load late and would write into the cache between builds.
"use strict";

const BUILD = { version: "unbuilt", files: [] };

const CACHE_PREFIX = "ili-atlas-";
const CACHE = CACHE_PREFIX + BUILD.version;
const NETWORK_WAIT_MS = 3000;
const SCOPE = new URL("./", self.location.href);
const FILES = new Set(BUILD.files);
/** Trunk's content hash in the name of a file at the bundle's root. */
const HASHED = /^[^/]*[0-9a-f]{16}[^/]*$/;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      // Past the HTTP cache: the files as the server has them now.
      await cache.addAll(BUILD.files.map((file) => new Request(new URL(file, SCOPE), { cache: "reload" })));
    } catch (error) {
      await caches.delete(CACHE);
      throw error;
    }
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  let file;
  try {
    file = decodeURIComponent(url.pathname.slice(SCOPE.pathname.length));
  } catch {
    return;
  }
  if (file === "" || file.endsWith("/")) file += "index.html";
  if (!FILES.has(file)) return;
  const key = new URL(file, SCOPE).href;
  event.respondWith(HASHED.test(file) ? cacheFirst(request, key) : networkFirst(request, key));
});

async function cacheFirst(request, key) {
  return (await caches.match(key, { cacheName: CACHE })) || fetch(request);
}

async function networkFirst(request, key) {
  const network = fetch(request);
  network.catch(() => {}); // a late failure is expected offline, not an error
  const late = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, null));
  try {
    const response = await Promise.race([network, late]);
    if (response && response.ok) return response;
  } catch {
    // Offline: the copy below.
  }
  return (await caches.match(key, { cacheName: CACHE })) || network;
}
