'use client';
import { presetDisclaimer, type PresetPlan } from '@/lib/quiz/exam-preset';
import { EXAMS } from '@/lib/quiz/exams';
import { plural } from '@/lib/quiz/setup-fields';

const field = 'rounded-lg border border-line bg-bg px-3 py-2 text-fg';

/** The certification to take as a preset, what the preset is (length, time, pass line) and its honest label. */
export function PresetChooser({ id, plan, onChange }: { id: string; plan: PresetPlan; onChange: (code: string) => void }) {
  const { exam } = plan;
  const facts: [string, string, string][] = [
    [
      'Questions',
      String(plan.length),
      plan.capped
        ? `The real exam has ${exam.questions}; the bank has ${plural(plan.pool, 'question')} for ${exam.code}.`
        : 'As on the real exam.',
    ],
    [
      'Time',
      `${plan.minutes} min`,
      plan.capped ? `The real exam’s pace: ${exam.minutes} min for ${exam.questions}.` : 'As on the real exam.',
    ],
    ['Pass line', `about ${plan.passPercent}%`, `of questions correct, for ${exam.passScaled} of 1,000 scaled.`],
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-exam`} className="font-semibold">
          Certification
        </label>
        <select id={`${id}-exam`} value={exam.code} onChange={(e) => onChange(e.target.value)} className={`${field} max-w-full sm:w-fit`}>
          {EXAMS.map((e) => (
            <option key={e.code} value={e.code}>
              {e.code}: {e.name.replace(/^AWS Certified /, '')}
            </option>
          ))}
        </select>
      </div>
      <dl className="grid grid-cols-3 gap-2 sm:gap-3">
        {facts.map(([term, value, note]) => (
          <div key={term} className="rounded-xl border border-line p-2 sm:p-3">
            <dt className="text-sm text-muted">{term}</dt>
            <dd className="text-lg font-semibold tabular-nums sm:text-xl">{value}</dd>
            <dd className="text-xs text-muted sm:text-sm">{note}</dd>
          </div>
        ))}
      </dl>
      <p className="rounded-xl border-l-4 border-exam bg-bg-subtle px-4 py-3 text-sm">
        {presetDisclaimer(exam)} The questions come from this course’s lessons, drawn from those tagged for {exam.code} and spread over its
        domains by the official weights as far as the bank allows.
      </p>
    </div>
  );
}

/** How the preset spreads its questions over the exam's domains, and where the bank falls short of the weights. */
export function PresetPlanTable({ plan }: { plan: PresetPlan }) {
  const short = plan.domains.filter((d) => d.count < Math.floor(d.quota));
  return (
    <section aria-labelledby="preset-plan-title">
      <h3 id="preset-plan-title" className="text-base font-semibold">
        Questions by {plan.exam.code} domain
      </h3>
      <table className="mt-2 w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-2 pr-3">
              Domain
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Weight
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              In the bank
            </th>
            <th scope="col" className="py-2 text-right">
              This preset
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.domains.map((d) => (
            <tr key={d.key} className="border-b border-line">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {d.name}
              </th>
              <td className="py-2 pr-3 text-right tabular-nums text-muted">{d.weight}%</td>
              <td className="py-2 pr-3 text-right tabular-nums">{d.available}</td>
              <td className="py-2 text-right font-medium tabular-nums">{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {short.length > 0 ? (
        <p className="mt-2 text-sm text-muted">
          {short
            .map(
              (d) =>
                `The bank has ${plural(d.available, 'question')} for ${d.name}, where the weight asks for about ${Math.round(d.quota)}.`,
            )
            .join(' ')}{' '}
          The other domains make up the difference.
        </p>
      ) : null}
    </section>
  );
}
