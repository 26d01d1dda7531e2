'use client';
import { EC2_INSTANCE_TYPES } from '@/lib/sim';
import { getIn, usesEc2 } from '@/lib/playground/draft';
import { useEditor } from './context';
import { GroupErrors, NumberField, Section, SelectField } from './fields';

/** EC2 only: the instance type, its Auto Scaling group, managed scaling and placement. */
export function ClusterSection() {
  const { draft } = useEditor();
  if (!usesEc2(draft)) return null;
  const type = getIn(draft, 'cluster.instanceType');
  return (
    <Section title="EC2 cluster (capacity provider)">
      <GroupErrors path="cluster" />
      {typeof type === 'object' ? (
        <p className="text-xs text-muted">Custom instance type {(type as { name?: string }).name} (edit it in YAML).</p>
      ) : (
        <SelectField
          path="cluster.instanceType"
          label="Instance type"
          options={Object.entries(EC2_INSTANCE_TYPES).map(([name, t]) => ({
            value: name,
            label: `${name} — ${t.cpu / 1024} vCPU, ${t.memory / 1024} GiB, $${t.pricePerHour}/h`,
          }))}
        />
      )}
      <fieldset className="grid grid-cols-3 gap-3">
        <legend className="mb-1 text-xs font-semibold">Auto Scaling group</legend>
        <NumberField path="cluster.autoScalingGroup.minSize" label="Min" />
        <NumberField path="cluster.autoScalingGroup.maxSize" label="Max" />
        <NumberField path="cluster.autoScalingGroup.desiredCapacity" label="Desired" />
      </fieldset>
      <fieldset className="grid grid-cols-2 gap-3">
        <legend className="mb-1 text-xs font-semibold">Managed scaling</legend>
        <SelectField
          path="cluster.managedScaling.status"
          label="Status"
          fallback="ENABLED"
          options={[
            { value: 'ENABLED', label: 'Enabled' },
            { value: 'DISABLED', label: 'Disabled' },
          ]}
        />
        <NumberField path="cluster.managedScaling.targetCapacity" label="Target capacity (%)" optional placeholder="100" />
        <NumberField path="cluster.managedScaling.minimumScalingStepSize" label="Min step size" optional placeholder="1" />
        <NumberField path="cluster.managedScaling.maximumScalingStepSize" label="Max step size" optional placeholder="10000" />
        <NumberField path="cluster.managedScaling.instanceWarmupPeriod" label="Instance warm-up (s)" optional placeholder="300" />
        <NumberField path="cluster.instanceRegisterSeconds" label="Boot + register (s)" optional placeholder="90" />
      </fieldset>
      <SelectField
        path="cluster.placementStrategy"
        label="Task placement"
        fallback="binpack"
        options={[
          { value: 'binpack', label: 'binpack (fill instances)' },
          { value: 'spread', label: 'spread (across instances)' },
        ]}
      />
    </Section>
  );
}
