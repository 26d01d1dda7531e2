'use client';
import { useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
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
  // A keyboard user may have tabbed into the server HTML: focus moves to the same place in its replacement.
  const focused = useRef<Focus | null>(null);
  useLayoutEffect(() => {
    if (Interactive && focused.current && box.current) restoreFocus(box.current, focused.current);
    focused.current = null;
  }, [Interactive]);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let cancelled = false;
    const load = () =>
      void import('./CheckYourself').then((m) => {
        if (cancelled) return;
        focused.current = whereFocusIs(el);
        setInteractive(() => m.CheckYourself);
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

/** The focused element inside `box`: its id where it has one (options, stems), else its question's number. */
type Focus = { id: string } | { question: number };

function whereFocusIs(box: HTMLElement): Focus | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !box.contains(active)) return null;
  if (active.id) return { id: active.id };
  const form = active.closest('form');
  return { question: form ? [...box.querySelectorAll('form')].indexOf(form) : 0 };
}

function restoreFocus(box: HTMLElement, focus: Focus) {
  const target =
    'id' in focus
      ? document.getElementById(focus.id)
      : (box.querySelectorAll('form')[Math.max(0, focus.question)]?.querySelector<HTMLElement>('[id$="-stem"]') ?? null);
  target?.focus({ preventScroll: true });
}
