'use client';
import { getIn, newStepPolicy, newTargetTrackingPolicy } from '@/lib/playground/draft';
import { useEditor } from './context';
import { NumberField, Section } from './fields';
import { Button } from '@/components/ui/Button';
import { PolicyEditor } from './PolicyEditor';

export function ScalingSection() {
  const api = useEditor();
  const policies = (getIn(api.draft, 'autoScaling.policies') as unknown[] | undefined) ?? [];
  const queue = getIn(api.draft, 'workload.type') === 'queue';
  return (
    <Section title="Service auto scaling">
      <div className="grid grid-cols-2 gap-3">
        <NumberField path="autoScaling.minCapacity" label="Min capacity" />
        <NumberField path="autoScaling.maxCapacity" label="Max capacity" />
      </div>
      {policies.length === 0 && <p className="text-xs text-muted">No policies: the desired count only changes with scheduled actions.</p>}
      {policies.map((_, i) => (
        <PolicyEditor
          key={i}
          index={i}
          onRemove={() =>
            api.set(
              'autoScaling.policies',
              policies.filter((__, k) => k !== i),
            )
          }
        />
      ))}
      <div className="flex flex-wrap gap-2">
        <Button
          size="xs"
          onClick={() => api.set('autoScaling.policies', [...policies, newTargetTrackingPolicy(policies.length + 1, queue)])}
        >
          Add target tracking policy
        </Button>
        <Button size="xs" onClick={() => api.set('autoScaling.policies', [...policies, newStepPolicy(policies.length + 1)])}>
          Add step scaling policy
        </Button>
      </div>
    </Section>
  );
}
