'use client';
import type { ScenarioError } from '@/lib/sim';
import { ClusterSection } from './ClusterSection';
import { PlatformSection, platformOf, PredictiveSection } from './PlatformSection';
import { fieldId, useEditor } from './context';
import { ScalingSection } from './ScalingSection';
import { ScheduleSection } from './ScheduleSection';
import { LoadBalancerSection, ServiceSection } from './ServiceSection';
import { WorkloadSection } from './WorkloadSection';

/**
 * Every problem at once, each a link to its field; the run keeps showing the last valid scenario.
 * Not a live region: each field's message is tied to it by aria-describedby, and the run's status
 * line is the one live summary ("The scenario has N problems…"), so nothing is announced twice.
 */
function ErrorSummary({ errors }: { errors: ScenarioError[] }) {
  const { idPrefix } = useEditor();
  if (errors.length === 0) return null;
  return (
    <section
      aria-labelledby={`${idPrefix}-problems`}
      className="rounded-lg border border-red-700 bg-red-50 p-3 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
    >
      <p id={`${idPrefix}-problems`} className="font-semibold">
        {errors.length} problem{errors.length === 1 ? '' : 's'} — the run shows the last valid scenario until they are fixed.
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {errors.map((e) => (
          <li key={`${e.path}:${e.message}`}>
            <a
              href={`#${fieldId(idPrefix, e.path)}`}
              className="underline"
              onClick={(ev) => {
                const el = document.getElementById(fieldId(idPrefix, e.path));
                if (!el) return;
                ev.preventDefault();
                el.closest('details')?.setAttribute('open', '');
                el.focus();
              }}
            >
              <code className="font-mono text-xs">{e.path || '(scenario)'}</code>
            </a>
            : {e.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ScenarioEditor({ errors }: { errors: ScenarioError[] }) {
  const { draft } = useEditor();
  const platform = platformOf(draft);
  return (
    <form aria-label="Scenario" className="space-y-3" onSubmit={(e) => e.preventDefault()}>
      <ErrorSummary errors={errors} />
      {platform === 'ECS' ? (
        <>
          <ServiceSection />
          <ScalingSection />
          <PredictiveSection />
          <WorkloadSection />
          <LoadBalancerSection />
          <ClusterSection />
          <ScheduleSection />
        </>
      ) : (
        <>
          <PlatformSection />
          <WorkloadSection />
          {platform === 'EKS' && <LoadBalancerSection />}
        </>
      )}
    </form>
  );
}
