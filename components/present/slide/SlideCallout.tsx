import type { ReactNode } from 'react';

const LABELS = { note: 'Note', tip: 'Tip', warning: 'Warning', exam: 'Exam tip' } as const;

/** `<Callout type>` sized for the stage (the lesson's Callout is sized for a reading column). */
export function SlideCallout({ type = 'note', title, children }: { type?: keyof typeof LABELS; title?: string; children: ReactNode }) {
  const label = title ?? LABELS[type] ?? LABELS.note;
  return (
    <aside className="deck-callout" data-type={type} aria-label={label}>
      <p className="deck-callout-title">{label}</p>
      {children}
    </aside>
  );
}

/** `<Comparison caption>` around a table, sized for the stage. */
export function SlideComparison({ caption, children }: { caption?: string; children: ReactNode }) {
  return (
    <figure className="deck-comparison">
      {caption && <figcaption>{caption}</figcaption>}
      {children}
    </figure>
  );
}
