'use client';
import type { NavigatorItem } from '@/lib/quiz/attempt';

interface Props {
  items: NavigatorItem[];
  current: number;
  answered: number;
  unanswered: number;
  flagged: number;
  onGo: (position: number) => void;
}

/** Every question of the exam as a button: answered (filled), flagged (⚑), unanswered (outline). */
export function ExamNavigator({ items, current, answered, unanswered, flagged, onGo }: Props) {
  return (
    <nav aria-label="Exam questions" className="rounded-xl border border-line bg-bg p-3">
      <h3 className="text-sm font-semibold">Questions</h3>
      <ul className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(2.5rem,1fr))] gap-1.5">
        {items.map((item) => {
          const status = [item.answered ? 'answered' : 'unanswered', item.flagged ? 'flagged' : null].filter(Boolean).join(', ');
          const tone = item.answered ? 'border-accent bg-accent text-accent-fg' : 'border-line bg-bg text-fg';
          return (
            <li key={item.position}>
              <button
                type="button"
                onClick={() => onGo(item.position)}
                aria-label={`Question ${item.position + 1}: ${status}`}
                aria-current={item.position === current ? 'step' : undefined}
                className={`relative h-10 w-full rounded-lg border-2 text-sm font-semibold ${tone} ${item.position === current ? 'ring-2 ring-fg ring-offset-2 ring-offset-bg' : ''}`}
              >
                {item.position + 1}
                {item.flagged ? (
                  <span
                    aria-hidden="true"
                    className="absolute -top-1.5 -right-1.5 rounded-full bg-warning px-1 text-[0.65rem] leading-4 text-bg"
                  >
                    ⚑
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-xs text-muted">
        {answered} answered · {flagged} flagged · {unanswered} unanswered
      </p>
    </nav>
  );
}
