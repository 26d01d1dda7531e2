'use client';
import { Button } from '@/components/ui/Button';
import { useEffect, useState } from 'react';
import { clockTime, pace } from '@/lib/present/pace';

interface ClockState {
  startedAt: number;
  pausedAt: number | null;
}

/**
 * Elapsed time against the plan, kept in this tab's session so a reload (or the next deck of a
 * class) carries on counting. Pausing stops it; Reset starts again from zero.
 */
export function PresenterClock({
  storageKey,
  plannedMinutes,
  minutesBefore,
  totalMinutes,
  slide,
  slideCount,
}: {
  storageKey: string;
  plannedMinutes: number;
  minutesBefore: number;
  totalMinutes: number;
  slide: number;
  slideCount: number;
}) {
  const [clock, setClock] = useState<ClockState>(() => readClock(storageKey));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(clock));
    } catch {
      /* private mode: the clock still runs */
    }
  }, [storageKey, clock]);
  const elapsed = (clock.pausedAt ?? now) - clock.startedAt;
  const status = pace(elapsed, plannedMinutes, slide, slideCount, minutesBefore, totalMinutes);
  const paused = clock.pausedAt !== null;
  const toggle = () =>
    setClock((c) =>
      c.pausedAt === null ? { ...c, pausedAt: Date.now() } : { startedAt: c.startedAt + (Date.now() - c.pausedAt), pausedAt: null },
    );
  return (
    <div className="flex items-center gap-2" role="group" aria-label="Talk clock">
      <p className="font-mono text-lg tabular-nums" aria-label={`Elapsed ${clockTime(elapsed)} of ${totalMinutes} minutes planned`}>
        {clockTime(elapsed)}
        <span className="text-sm text-white/60"> / {totalMinutes} min</span>
      </p>
      <p className="deck-pace rounded px-1.5 py-0.5 text-xs font-semibold" data-state={status.state}>
        {paused ? 'Paused' : status.label}
      </p>
      <Button variant="onDark" size="xs" onClick={toggle}>
        {paused ? 'Resume' : 'Pause'}
      </Button>
      <Button variant="onDark" size="xs" onClick={() => setClock({ startedAt: Date.now(), pausedAt: null })}>
        Reset
      </Button>
    </div>
  );
}

function readClock(key: string): ClockState {
  try {
    const raw = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<ClockState> | null;
    if (raw && typeof raw.startedAt === 'number' && Number.isFinite(raw.startedAt) && raw.startedAt <= Date.now()) {
      return { startedAt: raw.startedAt, pausedAt: typeof raw.pausedAt === 'number' ? raw.pausedAt : null };
    }
  } catch {
    /* unreadable: start now */
  }
  return { startedAt: Date.now(), pausedAt: null };
}
