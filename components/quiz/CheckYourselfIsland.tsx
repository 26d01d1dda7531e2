'use client';
import { useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import type { BankLesson, BankQuestion } from '@/lib/quiz/bank';

type Props = { questions: BankQuestion[]; lesson: BankLesson };

/** How far ahead of the viewport the questions' code starts loading. */
const AHEAD = '600px 0px';

/**
 * "Check yourself" ends a lesson, so its code is not part of the lesson's first load (the JavaScript
 * budget, scripts/perf/budgets.mjs). Until the questions come within 600 px of the viewport this
 * shows `children`, their server HTML (CheckYourselfStatic: readable, answers in <details>); then the
 * interactive questions replace it. Without JavaScript the server HTML is all there is.
 */
export function CheckYourselfIsland({ children, ...props }: Props & { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [Interactive, setInteractive] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let cancelled = false;
    const load = () =>
      void import('./CheckYourself').then((m) => {
        if (!cancelled) setInteractive(() => m.CheckYourself);
      });
    if (typeof IntersectionObserver === 'undefined') {
      load();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(el);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, []);
  return (
    <div ref={box} data-island="check-yourself" data-ready={Interactive ? 'true' : 'false'}>
      {Interactive ? <Interactive {...props} /> : children}
    </div>
  );
}
