import type { StoredCard } from './review-schedule';

/** Card ids due at `now`, most overdue first. Kept free of ts-fsrs so the nav badge stays tiny. */
export function dueIds(cards: Record<string, StoredCard>, now: number): string[] {
  return Object.entries(cards)
    .filter(([, card]) => card.due <= now)
    .sort((a, b) => a[1].due - b[1].due)
    .map(([id]) => id);
}

export function countDue(cards: Record<string, StoredCard>, now: number): number {
  let n = 0;
  for (const id in cards) if ((cards[id]?.due ?? Infinity) <= now) n++;
  return n;
}

/** When the next card falls due, for the "nothing due" message. */
export function nextDue(cards: Record<string, StoredCard>, now: number): number | null {
  let next: number | null = null;
  for (const card of Object.values(cards)) if (card.due > now && (next === null || card.due < next)) next = card.due;
  return next;
}

/** "in 9 minutes", "in 2 hours", "tomorrow", "in 11 days". */
export function describeWait(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}
