'use client';
import { getIn } from '@/lib/playground/draft';
import { useEditor } from './context';
import { CheckboxField, GroupErrors, NumberField, SelectField, TextField } from './fields';
import { Button } from '@/components/ui/Button';

const TT_METRICS = [
  { value: 'ECSServiceAverageCPUUtilization', label: 'CPU utilisation (%)' },
  { value: 'ECSServiceAverageMemoryUtilization', label: 'Memory utilisation (%)' },
  { value: 'ECSServiceAverageCPUUtilizationHighResolution', label: 'CPU utilisation (%), 20-second datapoints' },
  { value: 'ECSServiceAverageMemoryUtilizationHighResolution', label: 'Memory utilisation (%), 20-second datapoints' },
  { value: 'ALBRequestCountPerTarget', label: 'ALB requests per target' },
  { value: 'SQSBacklogPerTask', label: 'SQS backlog per task' },
];
const STEP_METRICS = [
  'CPUUtilization',
  'MemoryUtilization',
  'RequestCountPerTarget',
  'ApproximateNumberOfMessagesVisible',
  'BacklogPerTask',
].map((m) => ({ value: m, label: m }));
const OPERATORS = [
  { value: 'GreaterThanOrEqualToThreshold', label: '≥ threshold' },
  { value: 'GreaterThanThreshold', label: '> threshold' },
  { value: 'LessThanThreshold', label: '< threshold' },
  { value: 'LessThanOrEqualToThreshold', label: '≤ threshold' },
];

type Step = { metricIntervalLowerBound?: number; metricIntervalUpperBound?: number; scalingAdjustment?: number };

function StepTable({ base }: { base: string }) {
  const api = useEditor();
  const path = `${base}.stepAdjustments`;
  const steps = (getIn(api.draft, path) as Step[] | undefined) ?? [];
  return (
    <fieldset className="space-y-2">
      <legend className="text-xs font-semibold">Steps (bounds relative to the threshold; empty = unbounded)</legend>
      <GroupErrors path={path} />
      {steps.map((_, i) => (
        <div key={i} className="space-y-1">
          <GroupErrors path={`${path}[${i}]`} />
          <div className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-2">
            <NumberField
              path={`${path}[${i}].metricIntervalLowerBound`}
              label={
                <>
                  Lower<span className="sr-only"> bound, step {i + 1}</span>
                </>
              }
              optional
            />
            <NumberField
              path={`${path}[${i}].metricIntervalUpperBound`}
              label={
                <>
                  Upper<span className="sr-only"> bound, step {i + 1}</span>
                </>
              }
              optional
            />
            <NumberField
              path={`${path}[${i}].scalingAdjustment`}
              label={
                <>
                  Adjust<span className="sr-only">ment, step {i + 1}</span>
                </>
              }
            />
            <Button
              size="xs"
              className="mb-0.5 h-9"
              disabled={steps.length === 1}
              onClick={() =>
                api.set(
                  path,
                  steps.filter((__, k) => k !== i),
                )
              }
              aria-label={`Remove step ${i + 1}`}
            >
              ✕
            </Button>
          </div>
        </div>
      ))}
      <Button
        size="xs"
        onClick={() => {
          const last = steps[steps.length - 1];
          const lower = last?.metricIntervalUpperBound ?? (last?.metricIntervalLowerBound ?? 0) + 10;
          api.set(path, [
            ...steps.slice(0, -1),
            ...(last ? [{ ...last, metricIntervalUpperBound: lower }] : []),
            { metricIntervalLowerBound: lower, scalingAdjustment: (last?.scalingAdjustment ?? 0) + 1 },
          ]);
        }}
      >
        Add step
      </Button>
    </fieldset>
  );
}

export function PolicyEditor({ index, onRemove }: { index: number; onRemove: () => void }) {
  const api = useEditor();
  const base = `autoScaling.policies[${index}]`;
  const type = getIn(api.draft, `${base}.policyType`);
  const name = getIn(api.draft, `${base}.name`);
  return (
    <fieldset className="space-y-3 rounded-md border border-line p-2">
      <legend className="px-1 text-xs font-semibold">
        {type === 'StepScaling' ? 'Step scaling' : 'Target tracking'} policy{typeof name === 'string' && name ? `: ${name}` : ''}
      </legend>
      <GroupErrors path={base} />
      <TextField path={`${base}.name`} label="Policy name" />
      {type === 'StepScaling' ? (
        <>
          <fieldset className="grid grid-cols-2 gap-2">
            <legend className="mb-1 text-xs font-semibold">CloudWatch alarm</legend>
            <SelectField path={`${base}.alarm.metric`} label="Metric" options={STEP_METRICS} className="col-span-2" />
            <SelectField
              path={`${base}.alarm.statistic`}
              label="Statistic"
              fallback="Average"
              options={['Average', 'Minimum', 'Maximum', 'Sum'].map((s) => ({ value: s, label: s }))}
            />
            <SelectField path={`${base}.alarm.comparisonOperator`} label="Comparison" options={OPERATORS} />
            <NumberField path={`${base}.alarm.threshold`} label="Threshold" />
            <NumberField path={`${base}.alarm.evaluationPeriods`} label="Evaluation periods" optional placeholder="1" />
            <NumberField path={`${base}.alarm.datapointsToAlarm`} label="Datapoints to alarm" optional />
          </fieldset>
          <div className="grid grid-cols-2 gap-2">
            <SelectField
              path={`${base}.adjustmentType`}
              label="Adjustment type"
              options={['ChangeInCapacity', 'PercentChangeInCapacity', 'ExactCapacity'].map((s) => ({ value: s, label: s }))}
              className="col-span-2"
            />
            <NumberField path={`${base}.cooldown`} label="Cooldown (s)" optional placeholder="300" />
            <NumberField path={`${base}.minAdjustmentMagnitude`} label="Min adjustment magnitude" optional />
          </div>
          <StepTable base={base} />
        </>
      ) : (
        <>
          <div className="grid grid-cols-2 gap-2">
            <SelectField path={`${base}.predefinedMetricType`} label="Metric" options={TT_METRICS} />
            <NumberField path={`${base}.targetValue`} label="Target value" />
            <NumberField path={`${base}.scaleOutCooldown`} label="Scale-out cooldown (s)" optional placeholder="300" />
            <NumberField path={`${base}.scaleInCooldown`} label="Scale-in cooldown (s)" optional placeholder="300" />
          </div>
          <CheckboxField path={`${base}.disableScaleIn`} label="Disable scale-in" />
        </>
      )}
      <Button size="xs" onClick={onRemove}>
        Remove policy{typeof name === 'string' && name ? ` ${name}` : ''}
      </Button>
    </fieldset>
  );
}
