/**
 * How each task and instance state looks: a colour, a pattern and a short label, so state never
 * depends on colour alone. Patterns are CSS backgrounds; text colours keep 4.5:1 contrast.
 */
import { TASK_STATES, type TaskState } from '@/lib/playground/types';

export interface StateStyle {
  label: string;
  abbr: string;
  description: string;
  className: string;
  pattern?: string;
}

const stripes = (c: string) => `repeating-linear-gradient(135deg, ${c} 0 4px, transparent 4px 8px)`;

export const TASK_STYLE: Record<TaskState, StateStyle> = {
  PROVISIONING: {
    label: 'Provisioning',
    abbr: 'PV',
    description: 'waiting for capacity to be placed',
    className: 'border-2 border-dashed border-amber-700 bg-bg text-amber-900 dark:border-amber-300 dark:text-amber-200',
  },
  PENDING: {
    label: 'Pending',
    abbr: 'P',
    description: 'starting: pulling the image, starting containers',
    className: 'border-2 border-amber-700 bg-amber-50 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100',
    pattern: stripes('rgba(217,119,6,0.28)'),
  },
  HEALTH_CHECK: {
    label: 'Health check',
    abbr: 'HC',
    description: 'running, waiting for its first passing health check',
    className: 'border-2 border-teal-700 bg-teal-50 text-teal-950 dark:border-teal-300 dark:bg-teal-950 dark:text-teal-100',
    pattern: 'radial-gradient(rgba(13,148,136,0.35) 1.2px, transparent 1.4px) 0 0 / 6px 6px',
  },
  RUNNING: {
    label: 'Running',
    abbr: 'R',
    description: 'running and serving',
    className: 'border-2 border-teal-800 bg-teal-700 text-white dark:border-teal-200 dark:bg-teal-300 dark:text-teal-950',
  },
  DRAINING: {
    label: 'Draining',
    abbr: 'D',
    description: 'deregistering: finishing in-flight work, no new requests',
    className: 'border-2 border-slate-600 bg-slate-100 text-slate-900 dark:border-slate-300 dark:bg-slate-800 dark:text-slate-100',
    pattern: stripes('rgba(100,116,139,0.35)'),
  },
  STOPPING: {
    label: 'Stopping',
    abbr: 'SG',
    description: 'SIGTERM sent: shutting down within its stop timeout, still billed',
    className:
      'border-2 border-dashed border-slate-600 bg-slate-100 text-slate-900 dark:border-slate-300 dark:bg-slate-800 dark:text-slate-100',
  },
  STOPPED: {
    label: 'Stopped',
    abbr: 'S',
    description: 'stopped in the last minute',
    className: 'border-2 border-dotted border-slate-500 bg-bg text-slate-700 line-through dark:border-slate-400 dark:text-slate-300',
  },
};

export const taskState = (code: number): TaskState => TASK_STATES[code] ?? 'RUNNING';
