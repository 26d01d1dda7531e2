import type { ReactNode } from 'react';

/** A captioned comparison table that scrolls sideways on narrow screens instead of overflowing. */
export function Comparison({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <figure className="rounded-xl border border-line">
      <figcaption className="border-b border-line px-4 py-2 text-sm font-semibold">{caption}</figcaption>
      <div className="overflow-x-auto [&_table]:min-w-[32rem] [&_th]:border-t-0" tabIndex={0} role="region" aria-label={caption}>
        {children}
      </div>
    </figure>
  );
}
