/** The part of a lesson the 404 page needs to suggest it. */
export interface SuggestibleLesson {
  slug: string;
  title: string;
}

/** Below this a lesson is not "like" the address at all: the 404 offers the course's start instead. */
const MIN_SCORE = 0.34;

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);

/** Levenshtein distance, for typos ("fargte") and near misses ("ecs-fargate-launch"). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length] as number;
}

/** 1 for the same word, a little less for a typo or a prefix ("vol" → "volumes"), 0 when unrelated. */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length >= 3 && b.startsWith(a)) return 0.8;
  const d = distance(a, b);
  return d <= Math.floor(Math.max(a.length, b.length) / 4) ? 1 - d / Math.max(a.length, b.length) : 0;
}

/** How much of what was asked for (the address's words) the lesson's slug and title contain, 0–1. */
export function similarity(path: string, lesson: SuggestibleLesson): number {
  const asked = words(path.replace(/^\/?(lessons\/)?/, ''));
  if (asked.length === 0) return 0;
  const slugWords = words(lesson.slug);
  // Neighbouring words run together too: "apprunner" is "app-runner".
  const joined = slugWords.slice(1).map((w, i) => `${slugWords[i]}${w}`);
  const offered = [...new Set([...slugWords, ...joined, ...words(lesson.title)])];
  const total = asked.reduce((sum, word) => sum + Math.max(0, ...offered.map((o) => wordSimilarity(word, o))), 0);
  return total / asked.length;
}

/**
 * The lessons most like a missing address, best first (course order breaks ties), and whether any
 * was alike at all. When none is, the course's first lessons are the honest suggestion.
 */
export function suggestLessons<T extends SuggestibleLesson>(
  path: string,
  lessons: readonly T[],
  count = 5,
): { lessons: T[]; matched: boolean } {
  const scored = lessons
    .map((lesson, order) => ({ lesson, order, score: similarity(path, lesson) }))
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  if (scored.length === 0) return { lessons: lessons.slice(0, count), matched: false };
  return { lessons: scored.slice(0, count).map((s) => s.lesson), matched: true };
}
