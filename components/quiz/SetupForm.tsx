'use client';
import { Button } from '@/components/ui/Button';
import { useId, useMemo, useRef, useState } from 'react';
import { createAttempt, type Mode } from '@/lib/quiz/attempt';
import type { Difficulty, IndexedBank } from '@/lib/quiz/bank';
import { drawPreset, planPreset } from '@/lib/quiz/exam-preset';
import { EXAMS, examByCode } from '@/lib/quiz/exams';
import { newSeed } from '@/lib/quiz/prng';
import { buildSession, lastResults, matchingQuestions, type HistoryFilter, type PracticeFilter } from '@/lib/quiz/select';
import { parseWholeNumber, plural } from '@/lib/quiz/setup-fields';
import { defaultExamMinutes } from '@/lib/quiz/timer';
import { useApp } from '@/lib/store';
import type { Attempt } from '@/lib/store/quiz-state-schema';
import { MAX_EXAM_MINUTES, MAX_QUESTIONS_PER_ATTEMPT } from '@/lib/store/quiz-state';
import { PresetChooser, PresetPlanTable } from './PresetFields';
import { DifficultyFieldset, HistoryFieldset, TopicsFieldset } from './SetupFieldsets';

/** A certification preset is an exam attempt whose length, time and questions come from the exam. */
type SetupMode = Mode | 'preset';
const MODES: [SetupMode, string, string][] = [
  ['practice', 'Practice', 'Feedback and explanations after every question.'],
  ['exam', 'Exam', 'Timed, with flags and a navigator; results at the end.'],
  ['preset', 'Certification preset', 'An AWS exam’s official length, time and pass line, for its containers part.'],
];

const DIFFICULTIES: Difficulty[] = [1, 2, 3];
const field = 'rounded-lg border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-red-600 dark:aria-[invalid=true]:border-red-400';
const errorText = 'max-w-xs text-sm font-medium text-red-700 dark:text-red-300';

/**
 * Choose the mode, how many questions and the time (or a certification preset, which fixes them); start. The choices of which questions follow
 * the Start button, so a keyboard user reaches Start in a few Tabs and only goes further to refine.
 */
export function SetupForm({ index, onStart }: { index: IndexedBank; onStart: (attempt: Attempt) => void }) {
  const { bank } = index;
  const id = useId();
  const history = useApp((s) => s.quiz.history);
  const [mode, setMode] = useState<SetupMode>('practice');
  const [presetCode, setPresetCode] = useState<string>(EXAMS[0].code);
  const [lessons, setLessons] = useState<Set<string>>(() => new Set(bank.lessons.map((l) => l.slug)));
  const [difficulties, setDifficulties] = useState<Set<Difficulty>>(() => new Set(DIFFICULTIES));
  const [record, setRecord] = useState<HistoryFilter>('all');
  const [countText, setCountText] = useState('10');
  const [minutesText, setMinutesText] = useState<string | null>(null);
  // Errors show once the learner tries to start, then follow the typing. Not on blur: an error
  // appearing as focus leaves for Start would push Start down under the pointer mid-click.
  const [tried, setTried] = useState(false);
  const countRef = useRef<HTMLInputElement>(null);
  const minutesRef = useRef<HTMLInputElement>(null);

  const results = useMemo(() => lastResults(history), [history]);
  const filter: PracticeFilter = { lessons, difficulties, history: record, results };
  const available = useMemo(
    () => matchingQuestions(bank.questions, { lessons, difficulties, history: record, results }).length,
    [bank.questions, lessons, difficulties, record, results],
  );
  const count = parseWholeNumber(countText, { min: 1, max: MAX_QUESTIONS_PER_ATTEMPT, what: 'questions' });
  const questionCount = count.ok ? Math.min(count.value, available) : 0;
  const minutes =
    minutesText === null
      ? { ok: true as const, value: defaultExamMinutes(Math.max(1, questionCount)) }
      : parseWholeNumber(minutesText, { min: 1, max: MAX_EXAM_MINUTES, what: 'minutes' });
  const plan = useMemo(() => planPreset(bank.questions, examByCode(presetCode) ?? EXAMS[0]), [bank.questions, presetCode]);
  const countError = tried && !count.ok ? count.error : null;
  const minutesError = mode === 'exam' && tried && !minutes.ok ? minutes.error : null;

  function start(event: React.FormEvent) {
    event.preventDefault();
    if (mode === 'preset') {
      const seed = newSeed();
      const questions = drawPreset(bank.questions, plan, seed);
      return onStart(
        createAttempt({ mode: 'exam', exam: plan.exam.code, questions, seed, now: Date.now(), limitMs: plan.minutes * 60_000 }),
      );
    }
    setTried(true);
    if (!count.ok) return countRef.current?.focus();
    if (mode === 'exam' && !minutes.ok) return minutesRef.current?.focus();
    if (questionCount === 0) return;
    const seed = newSeed();
    const questions = buildSession(bank.questions, filter, questionCount, seed);
    onStart(
      createAttempt({ mode, questions, seed, now: Date.now(), limitMs: mode === 'exam' && minutes.ok ? minutes.value * 60_000 : null }),
    );
  }

  const startLabel =
    mode === 'preset'
      ? `Start ${plan.exam.code} preset: ${plural(plan.length, 'question')}, ${plan.minutes} min`
      : !count.ok
        ? `Start ${mode}`
        : mode === 'exam'
          ? `Start exam: ${plural(questionCount, 'question')}${minutes.ok ? `, ${minutes.value} min` : ''}`
          : `Start practice: ${plural(questionCount, 'question')}`;

  return (
    <form onSubmit={start} noValidate aria-labelledby={`${id}-title`} className="space-y-8">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        Start a session
      </h2>

      <fieldset className="space-y-2">
        <legend className="text-base font-semibold">Mode</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {MODES.map(([value, label, hint]) => (
            <label
              key={value}
              className={`flex cursor-pointer gap-3 rounded-xl border-2 p-3 ${mode === value ? 'border-accent bg-accent-soft' : 'border-line'}`}
            >
              <input
                type="radio"
                name={`${id}-mode`}
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
                className="mt-1 accent-[var(--accent)]"
              />
              <span>
                <span className="font-medium">{label}</span> <span className="block text-sm text-muted">{hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {mode === 'preset' ? (
        <PresetChooser id={id} plan={plan} onChange={setPresetCode} />
      ) : (
        <div className="flex flex-wrap gap-6">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-count`} className="font-semibold">
              Questions
            </label>
            <input
              id={`${id}-count`}
              ref={countRef}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_QUESTIONS_PER_ATTEMPT}
              value={countText}
              onChange={(e) => setCountText(e.target.value)}
              aria-invalid={countError ? true : undefined}
              aria-describedby={countError ? `${id}-count-error ${id}-available` : `${id}-available`}
              className={`${field} w-28 ${countError ? '' : 'border-line'}`}
            />
            {countError ? (
              <p id={`${id}-count-error`} className={errorText}>
                {countError}
              </p>
            ) : null}
          </div>
          {mode === 'exam' ? (
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-minutes`} className="font-semibold">
                Time limit (minutes)
              </label>
              <input
                id={`${id}-minutes`}
                ref={minutesRef}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_EXAM_MINUTES}
                value={minutesText ?? String(minutes.ok ? minutes.value : '')}
                onChange={(e) => setMinutesText(e.target.value)}
                aria-invalid={minutesError ? true : undefined}
                aria-describedby={minutesError ? `${id}-minutes-error` : undefined}
                className={`${field} w-28 ${minutesError ? '' : 'border-line'}`}
              />
              {minutesError ? (
                <p id={`${id}-minutes-error`} className={errorText}>
                  {minutesError}
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      )}

      <div className="flex flex-wrap items-center gap-4">
        <Button
          type="submit"
          variant="primary"
          size="lg"
          className="max-w-full"
          disabled={mode === 'preset' ? plan.length === 0 : available === 0}
        >
          {startLabel}
        </Button>
        <p id={`${id}-available`} role="status" className="text-sm text-muted">
          {mode === 'preset'
            ? `${plural(plan.pool, 'question')} in the bank ${plan.pool === 1 ? 'serves' : 'serve'} ${plan.exam.code}.`
            : available === 0
              ? 'No questions match: choose at least one lesson and one difficulty, or include questions you have answered.'
              : count.ok && count.value > available
                ? `Only ${plural(available, 'question')} ${available === 1 ? 'matches' : 'match'} your choices, so the session has ${available}.`
                : `${plural(available, 'question')} ${available === 1 ? 'matches' : 'match'} your choices.`}
        </p>
      </div>

      {mode === 'preset' ? (
        <div className="border-t border-line pt-6">
          <PresetPlanTable plan={plan} />
        </div>
      ) : (
        <div className="space-y-8 border-t border-line pt-6">
          <p className="text-sm text-muted">Which questions: every lesson and difficulty to begin with. Narrow them down here.</p>
          <TopicsFieldset index={index} lessons={lessons} onChange={setLessons} />
          <DifficultyFieldset difficulties={difficulties} onChange={setDifficulties} />
          <HistoryFieldset
            name={`${id}-record`}
            value={record}
            onChange={setRecord}
            counts={{
              wrong: matchingQuestions(bank.questions, { lessons, difficulties, history: 'wrong', results }).length,
              new: matchingQuestions(bank.questions, { lessons, difficulties, history: 'new', results }).length,
            }}
          />
        </div>
      )}
    </form>
  );
}
