'use client';
import { useEffect, useRef, useState } from 'react';
import { crossedMilestone, remainingMs, startCountdown } from '@/lib/quiz/timer';

/**
 * The remaining time until `deadline`, ticking each second on the real clock (lib/quiz/timer.ts
 * holds the logic). Calls onExpire once, immediately if the deadline passed while the page was
 * closed. `milestone` is set when 5 minutes and 1 minute remain, for a screen-reader announcement.
 */
export function useCountdown(deadline: number, onExpire: () => void) {
  const [remaining, setRemaining] = useState(() => remainingMs(deadline, Date.now()));
  const [milestone, setMilestone] = useState<number | null>(null);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });
  useEffect(() => {
    let previous = Infinity;
    const countdown = startCountdown({
      deadline,
      now: () => Date.now(),
      schedule: (fn, ms) => {
        const timer = setTimeout(fn, ms);
        return () => clearTimeout(timer);
      },
      onTick: (left) => {
        const crossed = crossedMilestone(previous, left);
        if (crossed !== null) setMilestone(crossed);
        previous = left;
        setRemaining(left);
      },
      onExpire: () => expire.current(),
    });
    return countdown.stop;
  }, [deadline]);
  return { remaining, milestone };
}
