import type { ReactNode } from 'react';

export function KeyTakeaways({ children }: { children: ReactNode }) {
  return (
    <section aria-label="Key takeaways" className="rounded-xl border border-line bg-accent-soft px-5 py-4 [&_li]:marker:text-accent">
      {children}
    </section>
  );
}
