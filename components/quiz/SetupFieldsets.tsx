'use client';
import { Button } from '@/components/ui/Button';
import { DIFFICULTY_LABELS, type Difficulty, type IndexedBank } from '@/lib/quiz/bank';
import type { HistoryFilter } from '@/lib/quiz/select';

const legend = 'text-base font-semibold';
const DIFFICULTIES: Difficulty[] = [1, 2, 3];

function toggled<T>(set: ReadonlySet<T>, values: readonly T[], on: boolean): Set<T> {
  const next = new Set(set);
  for (const value of values) {
    if (on) next.add(value);
    else next.delete(value);
  }
  return next;
}

/** Modules and their lessons, with "select all", "clear all" and "only this module". */
export function TopicsFieldset({
  index,
  lessons,
  onChange,
}: {
  index: IndexedBank;
  lessons: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  const { bank } = index;
  const everyLesson = bank.lessons.map((l) => l.slug);
  return (
    <fieldset>
      <legend className={legend}>Topics</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" onClick={() => onChange(new Set(everyLesson))}>
          Select all
        </Button>
        <Button size="sm" onClick={() => onChange(new Set())}>
          Clear all
        </Button>
        <span className="self-center text-sm text-muted">
          {lessons.size} of {everyLesson.length} lessons chosen
        </span>
      </div>
      <div className="mt-3 space-y-3">
        {bank.modules.map((mod) => {
          const modLessons = bank.lessons.filter((l) => l.module === mod.slug).map((l) => l.slug);
          if (modLessons.length === 0) return null;
          const chosen = modLessons.filter((slug) => lessons.has(slug)).length;
          return (
            <div key={mod.slug} className="rounded-xl border border-line p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <label className="flex cursor-pointer items-center gap-3 font-medium">
                  <input
                    type="checkbox"
                    checked={chosen === modLessons.length}
                    ref={(el) => {
                      if (el) el.indeterminate = chosen > 0 && chosen < modLessons.length;
                    }}
                    onChange={(e) => onChange(toggled(lessons, modLessons, e.target.checked))}
                    className="size-4 accent-[var(--accent)]"
                  />
                  {mod.order}. {mod.title}
                </label>
                {/* Named with the module (the visible text first), so a list of buttons reads apart. */}
                <Button size="sm" aria-label={`Only this module: ${mod.title}`} onClick={() => onChange(new Set(modLessons))}>
                  Only this module
                </Button>
              </div>
              <div role="group" aria-label={`Lessons in ${mod.title}`} className="mt-2 grid gap-1 pl-7 sm:grid-cols-2">
                {bank.lessons
                  .filter((l) => l.module === mod.slug)
                  .map((lesson) => (
                    <label key={lesson.slug} className="flex cursor-pointer items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        checked={lessons.has(lesson.slug)}
                        onChange={(e) => onChange(toggled(lessons, [lesson.slug], e.target.checked))}
                        className="size-4 accent-[var(--accent)]"
                      />
                      {lesson.title}
                    </label>
                  ))}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function DifficultyFieldset({
  difficulties,
  onChange,
}: {
  difficulties: ReadonlySet<Difficulty>;
  onChange: (next: Set<Difficulty>) => void;
}) {
  return (
    <fieldset>
      <legend className={legend}>Difficulty</legend>
      <div className="mt-2 flex flex-wrap gap-4">
        {DIFFICULTIES.map((d) => (
          <label key={d} className="flex cursor-pointer items-center gap-2">
            <input
              type="checkbox"
              checked={difficulties.has(d)}
              onChange={(e) => onChange(toggled(difficulties, [d], e.target.checked))}
              className="size-4 accent-[var(--accent)]"
            />
            {DIFFICULTY_LABELS[d]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** All questions, only those last answered wrong, or only those never answered (counts within the topics chosen). */
export function HistoryFieldset({
  name,
  value,
  onChange,
  counts,
}: {
  name: string;
  value: HistoryFilter;
  onChange: (next: HistoryFilter) => void;
  counts: Record<'wrong' | 'new', number>;
}) {
  const choices: [HistoryFilter, string][] = [
    ['all', 'All of them'],
    ['wrong', `Only questions I got wrong last time (${counts.wrong})`],
    ['new', `Only questions I have never answered (${counts.new})`],
  ];
  return (
    <fieldset>
      <legend className={legend}>From your answers so far</legend>
      <div className="mt-2 flex flex-col gap-2">
        {choices.map(([choice, label]) => (
          <label key={choice} className="flex cursor-pointer items-center gap-2">
            <input
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
              className="size-4 accent-[var(--accent)]"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
