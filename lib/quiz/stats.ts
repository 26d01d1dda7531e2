import type { IndexedBank } from './bank';

/** One answered question, in any mode. Short keys: the history holds up to a thousand of these. */
export interface AnswerRecord {
  q: string;
  ok: boolean;
  at: number;
}

export interface DayPoint {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  correct: number;
  total: number;
}

export interface ModuleTrend {
  module: string;
  title: string;
  correct: number;
  total: number;
  /** Accuracy per day the learner answered questions of this module, oldest first. */
  points: DayPoint[];
}

export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Accuracy per module, overall and per day (the last `maxPoints` days with answers). */
export function moduleTrends(history: readonly AnswerRecord[], index: IndexedBank, maxPoints = 10): ModuleTrend[] {
  const trends = new Map<string, ModuleTrend & { days: Map<string, DayPoint> }>();
  for (const record of history) {
    const question = index.questions.get(record.q);
    if (!question) continue;
    const mod = question.module;
    const trend = trends.get(mod) ?? {
      module: mod,
      title: index.modules.get(mod)?.title ?? mod,
      correct: 0,
      total: 0,
      points: [],
      days: new Map(),
    };
    const day = localDay(record.at);
    const point = trend.days.get(day) ?? { day, correct: 0, total: 0 };
    point.total += 1;
    trend.total += 1;
    if (record.ok) {
      point.correct += 1;
      trend.correct += 1;
    }
    trend.days.set(day, point);
    trends.set(mod, trend);
  }
  const order = (slug: string) => index.modules.get(slug)?.order ?? 0;
  return [...trends.values()]
    .sort((a, b) => order(a.module) - order(b.module))
    .map(({ days, ...trend }) => ({ ...trend, points: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)).slice(-maxPoints) }));
}

export interface WeakTopic {
  lesson: string;
  lessonTitle: string;
  section: string;
  sectionTitle: string;
  href: string;
  correct: number;
  total: number;
  accuracy: number;
}

/**
 * The sections (question refs) with the lowest accuracy, counting only those with at least
 * `minAnswers` answers so one unlucky guess does not top the list. Only sections below 100%.
 */
export function weakestTopics(history: readonly AnswerRecord[], index: IndexedBank, minAnswers = 3, limit = 5): WeakTopic[] {
  const tally = new Map<string, { lesson: string; section: string; correct: number; total: number }>();
  for (const record of history) {
    const question = index.questions.get(record.q);
    if (!question) continue;
    for (const section of question.refs) {
      const key = `${question.lesson}#${section}`;
      const t = tally.get(key) ?? { lesson: question.lesson, section, correct: 0, total: 0 };
      t.total += 1;
      if (record.ok) t.correct += 1;
      tally.set(key, t);
    }
  }
  return [...tally.values()]
    .filter((t) => t.total >= minAnswers && t.correct < t.total)
    .map((t) => {
      const lesson = index.lessons.get(t.lesson);
      return {
        ...t,
        lessonTitle: lesson?.title ?? t.lesson,
        sectionTitle: lesson?.sections[t.section] ?? t.section,
        href: `/lessons/${t.lesson}/#${t.section}`,
        accuracy: t.correct / t.total,
      };
    })
    .sort((a, b) => a.accuracy - b.accuracy || b.total - a.total || a.href.localeCompare(b.href))
    .slice(0, limit);
}
