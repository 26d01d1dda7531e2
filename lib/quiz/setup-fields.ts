/** "1 question", "2 questions": counts in the quiz UI always agree with their noun. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

export type FieldResult = { ok: true; value: number } | { ok: false; error: string };

/**
 * A whole number typed into the practice setup (question count, exam minutes), checked rather than
 * silently clamped: an empty, zero, negative or fractional entry gets a message saying why.
 */
export function parseWholeNumber(raw: string, { min, max, what }: { min: number; max: number; what: string }): FieldResult {
  const text = raw.trim();
  if (text === '') return { ok: false, error: `Enter the number of ${what}, from ${min} to ${max}.` };
  const value = Number(text);
  if (!Number.isFinite(value) || !Number.isInteger(value))
    return { ok: false, error: `Enter a whole number of ${what}, from ${min} to ${max}.` };
  if (value < min) return { ok: false, error: `Choose at least ${plural(min, what.replace(/s$/, ''), what)}; ${value} is too few.` };
  if (value > max) return { ok: false, error: `At most ${max} ${what}.` };
  return { ok: true, value };
}
