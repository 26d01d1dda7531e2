'use client';
import { useId, useMemo, useState } from 'react';
import { createAttempt, type Mode } from '@/lib/quiz/attempt';
import { DIFFICULTY_LABELS, type Difficulty, type IndexedBank } from '@/lib/quiz/bank';
import { newSeed } from '@/lib/quiz/prng';
import { buildSession, matchingQuestions } from '@/lib/quiz/select';
import { defaultExamMinutes } from '@/lib/quiz/timer';
import type { Attempt } from '@/lib/store/quiz-state-schema';

const DIFFICULTIES: Difficulty[] = [1, 2, 3];
const field = 'rounded-lg border border-line bg-bg px-3 py-2 text-fg';
const legend = 'text-base font-semibold';

/** Choose the mode, the modules or lessons, the difficulties and how many questions; then start. */
export function SetupForm({ index, onStart }: { index: IndexedBank; onStart: (attempt: Attempt) => void }) {
  const { bank } = index;
  const id = useId();
  const [mode, setMode] = useState<Mode>('practice');
  const [lessons, setLessons] = useState<Set<string>>(() => new Set(bank.lessons.map((l) => l.slug)));
  const [difficulties, setDifficulties] = useState<Set<Difficulty>>(() => new Set(DIFFICULTIES));
  const [count, setCount] = useState(10);
  const [minutes, setMinutes] = useState<number | null>(null);

  const available = useMemo(() => matchingQuestions(bank.questions, { lessons, difficulties }).length, [bank.questions, lessons, difficulties]);
  const questionCount = Math.max(0, Math.min(count, available));
  const examMinutes = minutes ?? defaultExamMinutes(questionCount);

  const toggle = <T,>(set: Set<T>, value: T, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  function start(event: React.FormEvent) {
    event.preventDefault();
    if (questionCount === 0) return;
    const seed = newSeed();
    const questions = buildSession(bank.questions, { lessons, difficulties }, questionCount, seed);
    onStart(createAttempt({ mode, questions, seed, now: Date.now(), limitMs: mode === 'exam' ? examMinutes * 60_000 : null }));
  }

  return (
    <form onSubmit={start} aria-labelledby={`${id}-title`} className="space-y-8">
      <h2 id={`${id}-title`} className="text-xl font-semibold">Start a session</h2>

      <fieldset className="space-y-2">
        <legend className={legend}>Mode</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {([['practice', 'Practice', 'Feedback and explanations after every question.'], ['exam', 'Exam', 'Timed, with flags and a navigator; results at the end.']] as const).map(([value, label, hint]) => (
            <label key={value} className={`flex cursor-pointer gap-3 rounded-xl border-2 p-3 ${mode === value ? 'border-accent bg-accent-soft' : 'border-line'}`}>
              <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} className="mt-1 accent-[var(--accent)]" />
              <span><span className="font-medium">{label}</span>{' '}<span className="block text-sm text-muted">{hint}</span></span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend className={legend}>Topics</legend>
        <div className="mt-2 space-y-3">
          {bank.modules.map((mod) => {
            const modLessons = bank.lessons.filter((l) => l.module === mod.slug);
            if (modLessons.length === 0) return null;
            const chosen = modLessons.filter((l) => lessons.has(l.slug)).length;
            return (
              <div key={mod.slug} className="rounded-xl border border-line p-3">
                <label className="flex cursor-pointer items-center gap-3 font-medium">
                  <input
                    type="checkbox"
                    checked={chosen === modLessons.length}
                    ref={(el) => { if (el) el.indeterminate = chosen > 0 && chosen < modLessons.length; }}
                    onChange={(e) => setLessons((set) => modLessons.reduce((acc, l) => toggle(acc, l.slug, e.target.checked), set))}
                    className="size-4 accent-[var(--accent)]"
                  />
                  {mod.order}. {mod.title}
                </label>
                <div role="group" aria-label={`Lessons in ${mod.title}`} className="mt-2 grid gap-1 pl-7 sm:grid-cols-2">
                  {modLessons.map((lesson) => (
                    <label key={lesson.slug} className="flex cursor-pointer items-center gap-2 text-sm">
                      <input type="checkbox" checked={lessons.has(lesson.slug)} onChange={(e) => setLessons((set) => toggle(set, lesson.slug, e.target.checked))} className="size-4 accent-[var(--accent)]" />
                      {lesson.title}
                    </label>
                  ))}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>

      <fieldset>
        <legend className={legend}>Difficulty</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {DIFFICULTIES.map((d) => (
            <label key={d} className="flex cursor-pointer items-center gap-2">
              <input type="checkbox" checked={difficulties.has(d)} onChange={(e) => setDifficulties((set) => toggle(set, d, e.target.checked))} className="size-4 accent-[var(--accent)]" />
              {DIFFICULTY_LABELS[d]}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="flex flex-wrap gap-6">
        <label className="flex flex-col gap-1 font-semibold">
          Questions
          <input type="number" min={1} max={Math.max(1, available)} value={count} onChange={(e) => setCount(Math.max(1, Number(e.target.value) || 1))} className={`${field} w-28 font-normal`} aria-describedby={`${id}-available`} />
        </label>
        {mode === 'exam' ? (
          <label className="flex flex-col gap-1 font-semibold">
            Time limit (minutes)
            <input type="number" min={1} max={600} value={examMinutes} onChange={(e) => setMinutes(Math.max(1, Number(e.target.value) || 1))} className={`${field} w-28 font-normal`} />
          </label>
        ) : null}
      </div>

      <div className="flex flex-wrap items-center gap-4 border-t border-line pt-6">
        <button type="submit" disabled={questionCount === 0} className="rounded-lg bg-accent px-5 py-2.5 font-medium text-accent-fg hover:opacity-90 disabled:opacity-50">
          {mode === 'exam' ? `Start exam: ${questionCount} questions, ${examMinutes} min` : `Start practice: ${questionCount} questions`}
        </button>
        <p id={`${id}-available`} role="status" className="text-sm text-muted">
          {available === 0
            ? 'No questions match: choose at least one lesson and one difficulty.'
            : count > available
              ? `Only ${available} question${available === 1 ? '' : 's'} match your choices, so the session has ${available}.`
              : `${available} question${available === 1 ? '' : 's'} match your choices.`}
        </p>
      </div>
    </form>
  );
}
