import type { ReactNode } from 'react';

// Marks the page as scripted before the deck paints, so the all-slides document (the no-JS and
// print view) stays hidden until the presenter island replaces it.
const deckScript = `document.documentElement.dataset.deckJs='1'`;

/** Presenter mode has no site chrome: the presenter's tools and the audience's stage are the whole window. */
export default function PresentLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: deckScript }} />
      {children}
    </>
  );
}
