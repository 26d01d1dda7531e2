import type { ReactNode } from 'react';

const VARIANTS = {
  note: { label: 'Note', className: 'border-note', titleClass: 'text-note' },
  tip: { label: 'Tip', className: 'border-tip', titleClass: 'text-tip' },
  warning: { label: 'Warning', className: 'border-warning', titleClass: 'text-warning' },
  exam: { label: 'Exam tip', className: 'border-exam', titleClass: 'text-exam' },
} as const;

export type CalloutType = keyof typeof VARIANTS;

export function Callout({ type = 'note', title, children }: { type?: CalloutType; title?: string; children: ReactNode }) {
  const variant = VARIANTS[type] ?? VARIANTS.note;
  return (
    <div role="note" aria-label={title ?? variant.label} className={`rounded-lg border-l-4 bg-bg-subtle px-4 py-3 ${variant.className}`}>
      <p className={`text-sm font-semibold ${variant.titleClass}`}>{title ?? variant.label}</p>
      <div className="prose mt-1 text-[0.98rem] [&>*+*]:mt-2">{children}</div>
    </div>
  );
}
