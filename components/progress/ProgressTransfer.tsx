'use client';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { downloadFile } from '@/components/ui/download-file';
import { appStore, useApp } from '@/lib/store';
import type { PersistedState } from '@/lib/store/schema';
import { keepKnown, leftOutNote, type LeftOut } from '@/lib/store/keep-known';
import { exportProgress } from '@/lib/store/transfer';
import { loadQuizBank } from '@/components/quiz/useQuizBank';

type Message = { kind: 'ok' | 'error'; text: string } | null;
type Pending = { kind: 'import'; state: PersistedState; fileName: string; leftOut: LeftOut } | { kind: 'reset' } | null;

/** A real export is a few kilobytes; refuse anything that could not be one before reading it. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

const countDone = (state: PersistedState) => Object.keys(state.progress.completed).length;
const lessons = (n: number) => `${n} lesson${n === 1 ? '' : 's'}`;
const answers = (state: PersistedState) =>
  state.quiz.history.length > 0 ? ` and ${state.quiz.history.length} quiz answer${state.quiz.history.length === 1 ? '' : 's'}` : '';

/** Export to a JSON file, import it back (validated; a bad file changes nothing), reset with confirmation. */
export function ProgressTransfer({ lessonSlugs }: { lessonSlugs: string[] }) {
  const progress = useApp((s) => s.progress);
  const quiz = useApp((s) => s.quiz);
  const hydrated = useApp((s) => s.hydrated);
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<Pending>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const messageBox = useRef<HTMLDivElement>(null);

  function download() {
    downloadFile(`stevedore-progress-${new Date().toISOString().slice(0, 10)}.json`, exportProgress({ progress, quiz }));
    setMessage({ kind: 'ok', text: `Exported ${lessons(countDone({ progress, quiz }))}${answers({ progress, quiz })} to a file.` });
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      if (fileInput.current) fileInput.current.value = '';
      setMessage({
        kind: 'error',
        text: `“${file.name}” was not imported: at ${(file.size / 1024 / 1024).toFixed(1)} MB it is far larger than a progress export (a few kilobytes). Your progress has not changed.`,
      });
      return;
    }
    // The validator loads on demand, not with the page.
    const { parseImport } = await import('@/lib/store/import-progress');
    const result = parseImport(await file.text());
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setMessage({ kind: 'error', text: `“${file.name}” was not imported: ${result.reason}. Your progress has not changed.` });
      return;
    }
    // Keep only the lessons and questions this course has: a file from another version may name some that are gone.
    const bank = await loadQuizBank().catch(() => null);
    const known = { lessons: new Set(lessonSlugs), questions: bank ? new Set(bank.questions.keys()) : null };
    const { state, leftOut } = keepKnown(result.state, known);
    setPending({ kind: 'import', state, fileName: file.name, leftOut });
  }

  function confirm() {
    if (pending?.kind === 'import') {
      appStore.setState({ progress: pending.state.progress, quiz: pending.state.quiz, reviewUndo: null });
      setMessage({
        kind: 'ok',
        text: `Imported ${lessons(countDone(pending.state))}${answers(pending.state)} from “${pending.fileName}”${leftOutNote(pending.leftOut)}.`,
      });
    } else if (pending?.kind === 'reset') {
      appStore.getState().resetProgress();
      appStore.getState().resetQuiz();
      setMessage({ kind: 'ok', text: 'Your progress has been reset.' });
    }
    setPending(null);
    // The button that opened the dialog may now be disabled: put focus on the outcome instead.
    requestAnimationFrame(() => messageBox.current?.focus());
  }

  const current = countDone({ progress, quiz });
  const hasQuiz = quiz.history.length > 0 || quiz.attempts.length > 0;
  return (
    <section aria-labelledby="transfer-heading" className="rounded-xl border border-line p-5">
      <h2 id="transfer-heading" className="text-lg font-semibold">
        Keep your progress
      </h2>
      <p className="mt-1 text-sm text-muted">
        Progress is saved in this browser only. Export it to a file to move it to another browser or keep a backup.
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button onClick={download} disabled={!hydrated}>
          Export progress
        </Button>
        <Button onClick={() => fileInput.current?.click()} disabled={!hydrated}>
          Import progress…
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-label="Progress file to import"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <Button
          className="text-red-700 dark:text-red-400"
          onClick={() => setPending({ kind: 'reset' })}
          disabled={!hydrated || (current === 0 && !hasQuiz)}
        >
          Reset progress…
        </Button>
      </div>
      <div ref={messageBox} tabIndex={-1} aria-live="polite" className="mt-3 min-h-6 text-sm outline-none">
        {message ? (
          <p
            role={message.kind === 'error' ? 'alert' : 'status'}
            className={message.kind === 'error' ? 'rounded-md bg-red-50 p-2 text-red-800 dark:bg-red-950 dark:text-red-200' : 'text-tip'}
          >
            {message.text}
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'reset' ? 'Reset all progress?' : 'Replace your progress?'}
        confirmLabel={pending?.kind === 'reset' ? 'Reset progress' : 'Replace progress'}
        destructive={pending?.kind === 'reset'}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending?.kind === 'reset'
          ? `This clears ${lessons(current)} marked complete${answers({ progress, quiz })}, your exam results and review schedule in this browser. Export first if you may want them back.`
          : pending?.kind === 'import'
            ? `“${pending.fileName}” has ${lessons(countDone(pending.state))} complete${answers(pending.state)}${leftOutNote(pending.leftOut)}. It replaces what this browser has now (${lessons(current)}${answers({ progress, quiz })}).`
            : null}
      </ConfirmDialog>
    </section>
  );
}
