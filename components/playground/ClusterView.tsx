'use client';
import { memo } from 'react';
import type { Scenario } from '@/lib/sim';
import { framedInstances, framedTasks } from '@/lib/playground/frames';
import { num } from '@/lib/playground/format';
import type { ClusterFrame, TaskState } from '@/lib/playground/types';
import { TASK_STATES } from '@/lib/playground/types';
import { TASK_STYLE, taskState } from './task-style';

interface Props {
  scenario: Scenario;
  frame: ClusterFrame;
  instanceCpu: number;
  instanceMemory: number;
  compact?: boolean;
}

function TaskChip({ id, state }: { id: number; state: TaskState }) {
  const s = TASK_STYLE[state];
  return (
    <li
      className={`grid h-7 min-w-9 place-items-center rounded px-1 font-mono text-[0.7rem] font-semibold leading-none ${s.className}`}
      style={s.pattern ? { backgroundImage: s.pattern } : undefined}
      title={`task-${id}: ${s.label} — ${s.description}`}
    >
      <span aria-hidden="true">{s.abbr}</span>
      <span className="sr-only">
        task-{id} {s.label}
      </span>
    </li>
  );
}

function Tasks({ tasks, label }: { tasks: { id: number; state: number }[]; label: string }) {
  if (tasks.length === 0) return <p className="text-xs text-muted">No tasks</p>;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1">
      {tasks.map((t) => (
        <TaskChip key={`${t.id}-${t.state}`} id={t.id} state={taskState(t.state)} />
      ))}
    </ul>
  );
}

function Fill({ label, used, total }: { label: string; used: number; total: number }) {
  const pct = total > 0 ? Math.min(100, (used / total) * 100) : 0;
  return (
    <div className="flex items-center gap-1.5 text-[0.7rem] text-muted">
      <span className="w-7 shrink-0">{label}</span>
      <span className="relative h-2 flex-1 overflow-hidden rounded-full bg-bg-subtle ring-1 ring-line ring-inset">
        <span className="absolute inset-y-0 left-0 bg-accent" style={{ width: `${pct}%` }} />
      </span>
      <span className="w-9 shrink-0 text-right tabular-nums">{Math.round(pct)} %</span>
    </div>
  );
}

const INSTANCE_LABEL = ['Booting', 'InService', 'Terminated'] as const;

/** What each platform calls the service, its units and its machines. */
const WORDS = {
  ECS: {
    service: 'Service',
    tasks: 'Tasks (Fargate)',
    machines: 'EC2 instances',
    on: 'Tasks on',
    waiting: 'Waiting for capacity',
    waitingLabel: 'Tasks waiting for an instance',
    ready: 'InService',
  },
  EKS: {
    service: 'Deployment (pods)',
    tasks: 'Pods',
    machines: 'EKS nodes',
    on: 'Pods on',
    waiting: 'Pending: no node has room',
    waitingLabel: 'Pods pending for a node',
    ready: 'Ready',
  },
  APP_RUNNER: {
    service: 'App Runner service (instances)',
    tasks: 'App Runner instances',
    machines: '',
    on: '',
    waiting: '',
    waitingLabel: '',
    ready: '',
  },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

/** The load balancer (or queue) in front of the service's tasks; on EC2, tasks inside their instances. */
export const ClusterView = memo(function ClusterView({ scenario, frame, instanceCpu, instanceMemory, compact }: Props) {
  const tasks = framedTasks(frame);
  const counts = new Map<TaskState, number>();
  for (const t of tasks) counts.set(taskState(t.state), (counts.get(taskState(t.state)) ?? 0) + 1);
  const queue = scenario.workload.type === 'queue';
  const lb = scenario.loadBalancer;
  const eks = scenario.platform.type === 'EKS';
  const instances = scenario.cluster || eks ? framedInstances(frame) : null;
  const words = WORDS[scenario.platform.type];
  const Box = compact ? 'div' : 'section';
  const countText =
    TASK_STATES.filter((s) => counts.get(s))
      .map((s) => `${counts.get(s)} ${TASK_STYLE[s].label.toLowerCase()}`)
      .join(', ') || 'no tasks';

  return (
    // Laid out by its own width (the page's run column, or one column of a lesson embed), never the window's.
    <div className="@container">
      <Box aria-label={compact ? undefined : 'Cluster'} className="flex min-h-0 flex-col gap-3 @lg:flex-row @lg:items-stretch">
        <div className="flex shrink-0 flex-row items-center gap-2 @lg:w-32 @lg:flex-col @lg:items-stretch @lg:justify-center">
          {queue ? (
            <div className="flex-1 rounded-lg border border-line bg-card p-2 text-center">
              <p className="text-xs font-semibold">SQS queue</p>
              <p className="font-mono text-lg tabular-nums" aria-label={`${num(frame.queueDepth, 0)} messages visible`}>
                {num(frame.queueDepth, 0)}
              </p>
              <p className="text-[0.7rem] text-muted">messages visible</p>
            </div>
          ) : (
            <div className="flex-1 rounded-lg border border-line bg-card p-2 text-center">
              <p className="text-xs font-semibold">
                {lb ? `${lb.type === 'ALB' ? 'Application' : lb.type === 'NLB' ? 'Network' : 'Classic'} Load Balancer` : 'No load balancer'}
              </p>
              <p className="text-[0.7rem] text-muted">{lb ? `health check ${lb.healthCheckIntervalSeconds} s` : 'tasks serve directly'}</p>
              {frame.queueDepth > 0.5 && (
                <p className="mt-1 text-[0.7rem] font-medium text-warning">{num(frame.queueDepth, 0)} requests queued</p>
              )}
            </div>
          )}
          <span aria-hidden="true" className="text-muted @lg:text-center">
            →
          </span>
        </div>

        <div className="min-w-0 flex-1 rounded-lg border border-line bg-card p-2">
          <p className="mb-2 text-xs text-muted">
            <span className="font-semibold text-fg">{words.service}</span> · desired {frame.desired} · {countText}
          </p>
          {instances ? (
            <Ec2Tasks tasks={tasks} instances={instances} cpu={instanceCpu} memory={instanceMemory} words={words} />
          ) : (
            <Tasks tasks={tasks} label={words.tasks} />
          )}
        </div>
      </Box>
    </div>
  );
});

function Ec2Tasks({
  tasks,
  instances,
  cpu,
  memory,
  words,
}: {
  tasks: { id: number; state: number; instance: number }[];
  instances: ReturnType<typeof framedInstances>;
  cpu: number;
  memory: number;
  words: Words;
}) {
  const unplaced = tasks.filter((t) => t.instance === 0 || !instances.some((i) => i.id === t.instance));
  return (
    <div className="space-y-2">
      {/* As many columns as fit boxes of 9.5rem (its CPU and memory bars stay readable), at any width. */}
      <ul aria-label={words.machines} className="grid grid-cols-[repeat(auto-fill,minmax(min(9.5rem,100%),1fr))] gap-2">
        {instances.map((i) => {
          const state = INSTANCE_LABEL[i.state] ?? 'InService';
          const on = tasks.filter((t) => t.instance === i.id);
          return (
            <li
              key={`${i.id}-${i.state}`}
              aria-label={`Instance i-${i.id}, ${state}`}
              className={`rounded-md border p-1.5 ${i.state === 0 ? 'border-dashed border-amber-700 dark:border-amber-300' : i.state === 2 ? 'border-dotted border-line opacity-60' : 'border-line'}`}
            >
              <p className="mb-1 flex justify-between text-[0.7rem]">
                <span className="font-mono font-semibold">
                  i-{i.id}
                  {i.cpu !== null && <span className="font-normal text-muted"> · {i.cpu / 1024} vCPU</span>}
                </span>
                <span className={i.state === 0 ? 'text-warning' : 'text-muted'}>
                  {state === 'Booting' ? 'booting…' : state === 'Terminated' ? 'terminated' : words.ready}
                </span>
              </p>
              {i.state !== 2 && (
                <>
                  <Fill label="CPU" used={i.cpuUsed} total={i.cpu ?? cpu} />
                  <Fill label="Mem" used={i.memoryUsed} total={i.memory ?? memory} />
                </>
              )}
              {on.length > 0 && (
                <div className="mt-1">
                  <Tasks tasks={on} label={`${words.on} i-${i.id}`} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {unplaced.length > 0 && (
        <div className="rounded-md border border-dashed border-amber-700 p-1.5 dark:border-amber-300">
          <p className="mb-1 text-[0.7rem] font-medium text-warning">
            {words.waiting} ({unplaced.length})
          </p>
          <Tasks tasks={unplaced} label={words.waitingLabel} />
        </div>
      )}
    </div>
  );
}

export function TaskLegend() {
  return (
    <ul aria-label="Task states" className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
      {TASK_STATES.map((s) => {
        const st = TASK_STYLE[s];
        return (
          <li key={s} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className={`grid h-5 min-w-7 place-items-center rounded px-0.5 font-mono text-[0.65rem] font-semibold ${st.className}`}
              style={st.pattern ? { backgroundImage: st.pattern } : undefined}
            >
              {st.abbr}
            </span>
            {st.label}
          </li>
        );
      })}
    </ul>
  );
}
