'use client';
import { useState } from 'react';
import { FARGATE_SIZES } from '@/lib/sim';
import {
  capacityMode,
  fargateMemoryFor,
  getIn,
  parseStartSeconds,
  setIn,
  usesEc2,
  withCapacityMode,
  type CapacityMode,
} from '@/lib/playground/draft';
import { fieldId, useEditor } from './context';
import { FieldErrors, GroupErrors, NumberField, Section, SelectField, TextField } from './fields';

const vcpu = (cpu: number) => `${cpu / 1024} vCPU`;
const gb = (mib: number) => `${mib / 1024} GB`;

function StartSeconds() {
  const api = useEditor();
  const path = 'service.taskStartSeconds';
  const id = fieldId(api.idPrefix, path);
  const value = getIn(api.draft, path);
  const shown = Array.isArray(value) ? `${value[0]}-${value[1]}` : value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [seen, setSeen] = useState(shown);
  if (seen !== shown) {
    setSeen(shown);
    setText(shown);
  }
  const invalid = api.errors.has(path);
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium">
        Task start time (s)
      </label>
      <p id={`${id}-hint`} className="text-[0.7rem] text-muted">
        A number, or a range like 30-75 drawn from the seed; empty = default
      </p>
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseStartSeconds(e.target.value);
          setSeen(Array.isArray(next) ? `${next[0]}-${next[1]}` : next === undefined ? '' : String(next));
          api.set(path, next);
        }}
        aria-invalid={invalid}
        aria-describedby={`${invalid ? `${id}-err ` : ''}${id}-hint`}
        className="mt-1 h-9 w-full rounded-md border border-line bg-bg px-2 font-mono text-sm aria-[invalid=true]:border-red-700"
      />
      <FieldErrors path={path} id={`${id}-err`} />
    </div>
  );
}

const CAPACITY_MODES: { value: CapacityMode; label: string }[] = [
  { value: 'FARGATE', label: 'Fargate (launch type)' },
  { value: 'FARGATE_PROVIDERS', label: 'Fargate + Fargate Spot (capacity providers)' },
  { value: 'EC2_PROVIDER', label: 'EC2 via the capacity provider (managed scaling)' },
  { value: 'EC2', label: 'EC2 launch type (no managed scaling for it)' },
];

/** FARGATE and FARGATE_SPOT: the base and the weights of the strategy. */
function SpotStrategy() {
  return (
    <fieldset className="grid grid-cols-3 items-end gap-3">
      <legend className="mb-1 text-xs font-semibold">Capacity provider strategy</legend>
      <NumberField path="service.capacityProviderStrategy[0].base" label="FARGATE base" optional placeholder="0" />
      <NumberField path="service.capacityProviderStrategy[0].weight" label="FARGATE weight" optional placeholder="0" />
      <NumberField path="service.capacityProviderStrategy[1].weight" label="FARGATE_SPOT weight" optional placeholder="0" />
      <GroupErrors path="service.capacityProviderStrategy" />
    </fieldset>
  );
}

export function ServiceSection() {
  const api = useEditor();
  const fargate = !usesEc2(api.draft);
  const mode = capacityMode(api.draft);
  const cpu = Number(getIn(api.draft, 'service.cpu'));
  return (
    <Section title="Service and tasks">
      <TextField path="name" label="Scenario name" optional />
      <SelectField
        path="service.launchType"
        label="Runs on"
        hint="A launch type, or a capacity provider strategy"
        value={mode}
        options={CAPACITY_MODES}
        onChange={(v) => api.update((d) => withCapacityMode(d, v as CapacityMode))}
      />
      <NumberField path="service.desiredCount" label="Desired count" />
      {mode === 'FARGATE_PROVIDERS' && <SpotStrategy />}
      {fargate ? (
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            path="service.cpu"
            label="Task CPU"
            hint="Fargate sizes only"
            options={[...FARGATE_SIZES.keys()].map((c) => ({ value: c, label: `${c} (${vcpu(c)})` }))}
            onChange={(v) =>
              api.update((d) =>
                setIn(setIn(d, 'service.cpu', Number(v)), 'service.memory', fargateMemoryFor(Number(v), getIn(d, 'service.memory'))),
              )
            }
          />
          <SelectField
            path="service.memory"
            label="Task memory"
            hint={`Valid with ${vcpu(cpu)}`}
            options={(FARGATE_SIZES.get(cpu) ?? []).map((m) => ({ value: m, label: `${m} MiB (${gb(m)})` }))}
          />
        </div>
      ) : (
        <div className="grid grid-cols-2 gap-3">
          <NumberField path="service.cpu" label="Task CPU units" hint="1024 = 1 vCPU" />
          <NumberField path="service.memory" label="Task memory (MiB)" />
        </div>
      )}
      <StartSeconds />
      <div className="grid grid-cols-2 gap-3">
        <NumberField path="durationSeconds" label="Duration (s)" hint="Whole minutes, up to 7 days" />
        <NumberField path="seed" label="Random seed" hint="Start times and noise" optional placeholder="1" />
      </div>
      <TextField
        path="startTime"
        label="Start time (UTC)"
        hint="Wall clock of t = 0, for schedules"
        optional
        placeholder="2026-01-05T00:00:00Z"
      />
    </Section>
  );
}

export function LoadBalancerSection() {
  const api = useEditor();
  const lb = getIn(api.draft, 'loadBalancer');
  const fargate = !usesEc2(api.draft);
  const queue = getIn(api.draft, 'workload.type') === 'queue';
  const id = fieldId(api.idPrefix, 'loadBalancer');
  return (
    <Section title="Load balancer">
      <label htmlFor={id} className="flex items-center gap-2 text-sm">
        <input
          id={id}
          type="checkbox"
          checked={lb !== undefined}
          aria-invalid={api.errors.has('loadBalancer')}
          aria-describedby={api.errors.has('loadBalancer') ? `${id}-err` : undefined}
          onChange={(e) =>
            api.set(
              'loadBalancer',
              e.target.checked ? { type: 'ALB', healthCheckIntervalSeconds: 30, deregistrationDelaySeconds: 300 } : undefined,
            )
          }
        />
        Tasks behind a load balancer
      </label>
      <FieldErrors path="loadBalancer" id={`${id}-err`} />
      {queue && lb === undefined && <p className="text-xs text-muted">Queue workers take work from SQS, not from a load balancer.</p>}
      {lb !== undefined && (
        <>
          <div className="grid grid-cols-2 gap-3">
            <SelectField
              path="loadBalancer.type"
              label="Type"
              options={[
                { value: 'ALB', label: 'Application (ALB)' },
                { value: 'NLB', label: 'Network (NLB)' },
                ...(fargate ? [] : [{ value: 'CLB', label: 'Classic (CLB)' }]),
              ]}
            />
            <SelectField
              path="loadBalancer.loadBalancingAlgorithmType"
              label="Algorithm"
              fallback="round_robin"
              options={[
                { value: 'round_robin', label: 'Round robin' },
                { value: 'least_outstanding_requests', label: 'Least outstanding' },
              ]}
            />
          </div>
          <div className="grid grid-cols-2 gap-3">
            <NumberField path="loadBalancer.healthCheckIntervalSeconds" label="Health check interval (s)" optional placeholder="30" />
            <NumberField path="loadBalancer.deregistrationDelaySeconds" label="Deregistration delay (s)" optional placeholder="300" />
          </div>
        </>
      )}
    </Section>
  );
}
