import { presetDisclaimer, reachesPassLine } from '@/lib/quiz/exam-preset';
import { passPercent, type Exam } from '@/lib/quiz/exams';

/** An exam preset's result against its approximate pass line, with the honest label. */
export function PassLine({ exam, correct, total }: { exam: Exam; correct: number; total: number }) {
  const passed = reachesPassLine(correct, total, exam);
  return (
    <div className={`rounded-xl border-2 p-4 ${passed ? 'border-tip/60 bg-tip/10' : 'border-warning/60 bg-warning/10'}`}>
      <p className="font-semibold">
        {passed ? 'At or above' : 'Below'} the {exam.code} pass line of about {passPercent(exam)}% correct
      </p>
      <p className="mt-1 text-sm text-muted">{presetDisclaimer(exam)}</p>
    </div>
  );
}
