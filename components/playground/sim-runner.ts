/**
 * Runs drafts in a Web Worker, one at a time, the newest winning. A newer draft ends the worker
 * busy with an older one and starts a fresh worker, so a heavy run never delays the next; a run
 * that has not answered RUN_BUDGET.ms + WATCHDOG_GRACE_MS after it was sent is ended the same way.
 * Where no worker can start, runs happen on the page, a simulated minute at a time between which the
 * page gets its turn, within the same budget — and only then does the page say so.
 */
import type { Scenario } from '@/lib/sim';
import { RUN_BUDGET, WATCHDOG_GRACE_MS } from '@/lib/playground/limits';
import { WORKER_READY, type Draft, type Run, type RunRequest, type RunResponse } from '@/lib/playground/types';

export type RunResult = { ok: true; run: Run; onPage: boolean } | { ok: false; message: string } | { ok: false; superseded: true };

interface Job {
  id: number;
  draft: Draft;
  scenario: Scenario;
  resolve: (result: RunResult) => void;
}

/** Work on the page between turns: about one frame's worth. */
const PAGE_SLICE_MS = 12;

export class SimRunner {
  private worker: Worker | null = null;
  private started = false;
  /** No worker could start here: run on the page. */
  private onPage = false;
  private job: Job | null = null;
  private watchdog = 0;
  private nextId = 0;

  constructor(private readonly createWorker: () => Worker) {}

  /** Runs a valid draft; an earlier run still going is ended and resolves as superseded. */
  run(draft: Draft, scenario: Scenario): Promise<RunResult> {
    this.finish({ ok: false, superseded: true });
    return new Promise((resolve) => {
      const job: Job = { id: ++this.nextId, draft, scenario, resolve };
      this.job = job;
      if (this.onPage) void this.runOnPage(job);
      else this.post(job);
    });
  }

  dispose() {
    this.finish({ ok: false, superseded: true });
    this.worker?.terminate();
    this.worker = null;
  }

  private post(job: Job) {
    const w = this.workerFor();
    if (!w) {
      void this.runOnPage(job);
      return;
    }
    w.postMessage({ id: job.id, draft: job.draft } satisfies RunRequest);
    this.watchdog = window.setTimeout(() => {
      this.finish({
        ok: false,
        message: `The run was stopped: it did not finish within ${(RUN_BUDGET.ms + WATCHDOG_GRACE_MS) / 1000} s. Shorten durationSeconds or use fewer tasks, policies and scheduled actions.`,
      });
    }, RUN_BUDGET.ms + WATCHDOG_GRACE_MS);
  }

  /** The worker, started if needed; null when workers cannot start here. */
  private workerFor(): Worker | null {
    if (this.worker) return this.worker;
    let w: Worker;
    try {
      w = this.createWorker();
    } catch {
      this.onPage = true;
      return null;
    }
    this.started = false;
    w.onmessage = (event: MessageEvent<RunResponse | typeof WORKER_READY>) => {
      const data = event.data;
      if (data === WORKER_READY) {
        this.started = true;
        return;
      }
      if (!this.job || data.id !== this.job.id) return;
      if (data.ok) this.finish({ ok: true, run: data.run, onPage: false }, false);
      else if ('stopped' in data) this.finish({ ok: false, message: data.stopped }, false);
      // A draft the page found valid and the worker did not: the same parser, so never; say so if it happens.
      else this.finish({ ok: false, message: `The simulation failed: ${data.errors[0]?.message ?? 'the scenario was refused'}.` }, false);
    };
    w.onerror = (event) => {
      event.preventDefault();
      const job = this.job;
      if (!this.started) {
        // Its code never loaded (blocked, or not supported): run this job and every later one on the page.
        this.dropWorker();
        this.onPage = true;
        if (job) {
          window.clearTimeout(this.watchdog);
          void this.runOnPage(job);
        }
        return;
      }
      this.finish({
        ok: false,
        message:
          'The run was stopped: the browser ended the simulation (it may have run out of memory). Try a shorter or smaller scenario.',
      });
      this.dropWorker();
    };
    this.worker = w;
    return w;
  }

  private dropWorker() {
    this.worker?.terminate();
    this.worker = null;
  }

  /**
   * Resolves the current job. A worker that has not answered is ended (a fresh one starts for the
   * next job); `endWorker` false keeps a worker that has just answered.
   */
  private finish(result: RunResult, endWorker = true) {
    const job = this.job;
    if (!job) return;
    this.job = null;
    window.clearTimeout(this.watchdog);
    if (endWorker && !this.onPage) this.dropWorker();
    job.resolve(result);
  }

  private async runOnPage(job: Job) {
    const { runSteps } = await import('@/lib/playground/run');
    const steps = runSteps(job.scenario, () => performance.now());
    let slice = performance.now();
    for (;;) {
      if (this.job !== job) return;
      const next = steps.next();
      if (next.done) {
        const outcome = next.value;
        this.finish(outcome.ok ? { ok: true, run: outcome.run, onPage: true } : { ok: false, message: outcome.stopped }, false);
        return;
      }
      if (performance.now() - slice > PAGE_SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        slice = performance.now();
      }
    }
  }
}
