/** Room between the sticky header and a revealed diagram's title. */
const GAP_PX = 8;
/** How long a revealed diagram is held in place after the page has loaded, while layout settles. */
const HOLD_AFTER_LOAD_MS = 800;
/** Anything the reader does to scroll ends the hold at once. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * The bottom of whatever is pinned to the top of the window (the site header: about 53 px on a
 * desktop, 88 px on a phone where its navigation wraps), so a revealed element is not under it.
 */
export function stickyTopInset(): number {
  let bottom = 0;
  for (const header of document.querySelectorAll('header')) {
    const position = getComputedStyle(header).position;
    if (position !== 'sticky' && position !== 'fixed') continue;
    const rect = header.getBoundingClientRect();
    if (rect.height > 0 && rect.top <= 1) bottom = Math.max(bottom, rect.bottom);
  }
  return bottom;
}

/** Scroll the page, without animation, so `element`'s top sits just below the sticky header. */
export function revealAtTop(element: HTMLElement) {
  const top = window.scrollY + element.getBoundingClientRect().top - stickyTopInset() - GAP_PX;
  if (Math.abs(top - window.scrollY) >= 1) window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}

/**
 * Reveal `element` and keep it there while the page settles: until shortly after the load event
 * the browser may scroll to the URL's fragment again, and content above may change height
 * (controls that appear once scripts run). The first wheel, touch, click or key press ends the hold.
 * Returns a function that ends it.
 */
export function holdRevealed(element: HTMLElement): () => void {
  const place = () => revealAtTop(element);
  let timer: number | undefined;
  const frames = [
    requestAnimationFrame(() => {
      place();
      frames.push(requestAnimationFrame(place));
    }),
  ];
  const observer = new ResizeObserver(place);
  observer.observe(document.body);
  const onLoad = () => {
    place();
    timer = window.setTimeout(release, HOLD_AFTER_LOAD_MS);
  };
  function release() {
    observer.disconnect();
    frames.forEach(cancelAnimationFrame);
    window.clearTimeout(timer);
    window.removeEventListener('load', onLoad);
    for (const type of READER_INPUT) window.removeEventListener(type, release, true);
  }
  for (const type of READER_INPUT) window.addEventListener(type, release, { capture: true, passive: true });
  place();
  if (document.readyState === 'complete') timer = window.setTimeout(release, HOLD_AFTER_LOAD_MS);
  else window.addEventListener('load', onLoad);
  return release;
}

/**
 * Scroll the page the least distance that puts `region` (window coordinates) between the sticky
 * header and `bottomBar`, a bar that sticks to the bottom of the window (the walkthrough bar). A
 * region taller than that space keeps its top in view.
 */
export function revealBetweenBars(region: { top: number; bottom: number }, bottomBar?: HTMLElement | null) {
  const top = stickyTopInset() + GAP_PX;
  const bottom = window.innerHeight - (bottomBar?.offsetHeight ?? 0) - GAP_PX;
  let delta = 0;
  if (region.bottom > bottom) delta = region.bottom - bottom;
  if (region.top - delta < top) delta = region.top - top;
  if (Math.abs(delta) >= 1) window.scrollTo({ top: Math.max(0, window.scrollY + delta), behavior: 'instant' });
}
