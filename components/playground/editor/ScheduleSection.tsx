'use client';
import { getIn } from '@/lib/playground/draft';
import { useEditor } from './context';
import { GroupErrors, NumberField, Section, TextField } from './fields';
import { Button } from '@/components/ui/Button';

type Action = { name?: string };

export function ScheduleSection() {
  const api = useEditor();
  const actions = (getIn(api.draft, 'autoScaling.scheduledActions') as Action[] | undefined) ?? [];
  return (
    <Section title={`Scheduled actions (${actions.length})`} defaultOpen={actions.length > 0}>
      <p className="text-xs text-muted">at(2026-01-05T08:00:00), rate(1 hour) or cron(45 7 ? * MON-FRI *) — UTC, from the start time.</p>
      {actions.map((a, i) => {
        const base = `autoScaling.scheduledActions[${i}]`;
        return (
          <fieldset key={i} className="space-y-2 rounded-md border border-line p-2">
            <legend className="px-1 text-xs font-semibold">
              Action {i + 1}
              {a.name ? `: ${a.name}` : ''}
            </legend>
            <GroupErrors path={base} />
            <div className="grid grid-cols-2 gap-2">
              <TextField path={`${base}.name`} label="Name" />
              <TextField path={`${base}.schedule`} label="Schedule" />
              <NumberField path={`${base}.minCapacity`} label="Min capacity" optional />
              <NumberField path={`${base}.maxCapacity`} label="Max capacity" optional />
            </div>
            <Button
              size="xs"
              onClick={() =>
                api.set(
                  'autoScaling.scheduledActions',
                  actions.filter((_, k) => k !== i),
                )
              }
            >
              Remove action {i + 1}
            </Button>
          </fieldset>
        );
      })}
      <Button
        size="xs"
        onClick={() =>
          api.set('autoScaling.scheduledActions', [
            ...actions,
            { name: `action-${actions.length + 1}`, schedule: 'cron(0 8 * * ? *)', minCapacity: 4 },
          ])
        }
      >
        Add scheduled action
      </Button>
    </Section>
  );
}
