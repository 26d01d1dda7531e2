/**
 * Registers the service worker (out/sw.js, built by scripts/build-sw.mjs) once the page has loaded
 * and the browser is idle, so it never competes with the first load; and reports a newer build
 * that has finished installing and is waiting (never the first install).
 */
export const SW_URL = '/sw.js';

let reloadRequested = false;

function whenLoadedAndIdle(run: () => void): () => void {
  let cancelled = false;
  const go = () => !cancelled && run();
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(go, { timeout: 10_000 }) : setTimeout(go, 3000));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', idle);
  };
}

/** `onUpdate` receives the worker that serves the newer build once the learner asks for it. Returns a cleanup. */
export function registerServiceWorker(onUpdate: (worker: ServiceWorker) => void): () => void {
  if (!('serviceWorker' in navigator)) return () => {};
  const container = navigator.serviceWorker;
  let stopVisibility = () => {};
  let controller = container.controller;
  const onControllerChange = () => {
    const previous = controller;
    controller = container.controller;
    // The first install taking charge of this page changes nothing the learner sees.
    if (!previous) return;
    if (reloadRequested) window.location.reload();
    // Another tab switched to the newer build: this page is from the older one, so offer the reload here too.
    else if (controller) onUpdate(controller);
  };
  const stopIdle = whenLoadedAndIdle(async () => {
    let registration: ServiceWorkerRegistration | undefined;
    try {
      registration = await container.register(SW_URL, { scope: '/' });
    } catch {
      // No service worker (blocked, private window, an old browser): the site works online as before.
    }
    // Some blockers (an extension, a test browser) replace register() with one that resolves to nothing.
    if (!registration) return;
    container.addEventListener('controllerchange', onControllerChange);
    // Only an update is offered: a first install (no worker in charge yet) just makes the site work offline.
    const offer = (worker: ServiceWorker | null) => {
      if (worker && container.controller) onUpdate(worker);
    };
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
    });
    // A tab left open for days: look for a newer build whenever the learner comes back to it.
    const onVisible = () => document.visibilityState === 'visible' && registration.update().catch(() => {});
    document.addEventListener('visibilitychange', onVisible);
    stopVisibility = () => document.removeEventListener('visibilitychange', onVisible);
  });
  return () => {
    stopIdle();
    stopVisibility();
    container.removeEventListener('controllerchange', onControllerChange);
  };
}

/** Switches to the waiting build and reloads once it is in charge (at once when another tab already switched). */
export function applyUpdate(worker: ServiceWorker) {
  reloadRequested = true;
  if (worker.state === 'activated' || worker.state === 'activating') window.location.reload();
  else worker.postMessage({ type: 'SKIP_WAITING' });
}
