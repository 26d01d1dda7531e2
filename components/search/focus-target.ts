/**
 * After a search result opens, focus follows the eye: the section's heading (or glossary entry)
 * takes focus once the new page shows it, so Tab and a screen reader carry on from there. The
 * router has already scrolled to it, hence preventScroll. Slide positions (#7) are not elements.
 */
export function focusWhenShown(href: string, timeoutMs = 3000) {
  const url = new URL(href, window.location.href);
  const id = decodeURIComponent(url.hash.slice(1));
  if (!id || /^\d/.test(id)) return;
  const deadline = performance.now() + timeoutMs;
  const tick = () => {
    const target = window.location.pathname === url.pathname ? document.getElementById(id) : null;
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    } else if (performance.now() < deadline) {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
}
