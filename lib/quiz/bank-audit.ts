import type { BankQuestion } from './bank';

/**
 * Checks on the bank as a whole that no single question can make: whether the length of an option
 * gives the answer away, and whether a question leans on another one's scenario (practice shuffles,
 * so "the previous scenario" is whatever came before by chance).
 */

/** The length a learner sees: inline-code backticks and emphasis marks do not count. */
export function shownLength(text: string): number {
  return text.replace(/[`*]/g, '').trim().length;
}

export interface KeyLength {
  id: string;
  /** The key's length over the longest distractor's. */
  ratio: number;
}

export interface KeyLengthStats {
  /** Single-answer questions measured. */
  single: number;
  /** Those whose key is the longest option (a tie with the longest distractor counts: "pick the longest" would pick it). */
  keyLongest: number;
  /** keyLongest / single, 0 to 1: what "always pick the longest" would score. */
  share: number;
  /** Every single-answer question, the key the most longer than its distractors first. */
  ratios: KeyLength[];
}

export function keyLengthStats(questions: readonly Pick<BankQuestion, 'id' | 'kind' | 'options'>[]): KeyLengthStats {
  const ratios = questions
    .filter((q) => q.kind === 'single')
    .map((q) => {
      const key = Math.max(...q.options.filter((o) => o.correct).map((o) => shownLength(o.text)));
      const distractor = Math.max(...q.options.filter((o) => !o.correct).map((o) => shownLength(o.text)));
      return { id: q.id, ratio: key / distractor };
    })
    .sort((a, b) => b.ratio - a.ratio || a.id.localeCompare(b.id));
  const keyLongest = ratios.filter((r) => r.ratio >= 1).length;
  return { single: ratios.length, keyLongest, share: ratios.length === 0 ? 0 : keyLongest / ratios.length, ratios };
}

/** Phrases that point at another question's scenario; anywhere in a question, its options or their explanations. */
const CROSS_REFERENCES: readonly RegExp[] = [
  /\b(?:previous|preceding|prior|earlier|last|above|next|other|first)\s+(?:scenario|question|exercise)s?\b/i,
  /\b(?:scenario|question|exercise)\s+(?:above|before|earlier)\b/i,
  /\bsame\s+[a-z-]+(?:\s+[a-z-]+)?\s+as\s+(?:before|earlier|above|previously|last time)\b/i,
  /\b(?:team|company|startup|customer|developer|engineer|organi[sz]ation)\s+from\s+(?:before|earlier|the previous|the last)\b/i,
];
/** A stem that opens as if it went on from another one ("Later, the team …"). */
const CONTINUATION_OPENING = /^(?:later|afterwards|next|then|meanwhile|continuing|again|still)\b/i;

/** The phrase that makes a question depend on another one's scenario, or null. */
export function crossReference(question: Pick<BankQuestion, 'question' | 'options'>): string | null {
  const opening = CONTINUATION_OPENING.exec(question.question.trim());
  if (opening) return opening[0];
  const texts = [question.question, ...question.options.flatMap((o) => [o.text, o.why])];
  for (const text of texts) {
    for (const pattern of CROSS_REFERENCES) {
      const match = pattern.exec(text);
      if (match) return match[0];
    }
  }
  return null;
}
