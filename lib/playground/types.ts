/** Plain, serialisable data passed from the server to the playground island and the worker. */
import { FRAME_TASK_STATES, type ClusterFrame, type Result, type ScenarioError } from '@/lib/sim';

export type { ClusterFrame };

/** A learner's scenario as written (YAML/JSON shape, defaults optional). Validated by parseScenario. */
export type Draft = Record<string, unknown>;

export interface Preset {
  id: string;
  name: string;
  description: string;
  /** The scenario exactly as the YAML file writes it. */
  scenario: Draft;
}

/** Task states the cluster view draws (codes in a frame's `tasks` array, from the engine). */
export const TASK_STATES = FRAME_TASK_STATES;
export type TaskState = (typeof TASK_STATES)[number];

export interface Run {
  result: Result;
  frames: ClusterFrame[];
  /** Instance CPU units and MiB (0 on Fargate). */
  instanceCpu: number;
  instanceMemory: number;
  /** Wall time the engine took, ms. */
  ms: number;
}

/** The worker's answer: a run, the draft's errors, or why the run stopped (its budget, or a failure). */
export type RunResponse =
  { id: number; ok: true; run: Run } | { id: number; ok: false; errors: ScenarioError[] } | { id: number; ok: false; stopped: string };
/** The worker posts this once its code has loaded: an error before it means the worker never started. */
export const WORKER_READY = 'ready';
export interface RunRequest {
  id: number;
  draft: Draft;
}
