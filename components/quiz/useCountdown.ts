'use client';
import { useEffect, useRef, useState } from 'react';
import { remainingMs, startCountdown } from '@/lib/quiz/timer';

/**
 * The remaining time until `deadline`, ticking each second on the real clock (lib/quiz/timer.ts
 * holds the logic). Calls onExpire once, immediately if the deadline passed while the page was
 * closed.
 */
export function useCountdown(deadline: number, onExpire: () => void) {
  const [remaining, setRemaining] = useState(() => remainingMs(deadline, Date.now()));
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });
  useEffect(() => {
    const countdown = startCountdown({
      deadline,
      now: () => Date.now(),
      schedule: (fn, ms) => {
        const timer = setTimeout(fn, ms);
        return () => clearTimeout(timer);
      },
      onTick: setRemaining,
      onExpire: () => expire.current(),
    });
    return countdown.stop;
  }, [deadline]);
  return remaining;
}
