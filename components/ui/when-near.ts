/**
 * Resolves once the element matching `selector` has come within `margin` (a CSS margin such as
 * '600px 0px') of the viewport; at once where there is nothing to watch (on the server, in a browser
 * without IntersectionObserver, or with no such element). For islands that hydrate late: see
 * components/quiz/LazyCheckYourself.tsx.
 */
export function whenNear(selector: string, margin: string): Promise<void> {
  if (typeof window === 'undefined' || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  const el = document.querySelector(selector);
  if (!el) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    observer.observe(el);
  });
}
