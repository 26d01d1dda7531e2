/**
 * Reading a scenario file the learner picked: refused unread when it is too large, then parsed and
 * validated in a worker that is ended if it takes too long. Never throws: every outcome is an
 * Imported with messages a learner can act on.
 */
import { fileTooLarge } from '@/lib/playground/limits';
import { WORKER_READY } from '@/lib/playground/types';
import type { Imported } from '@/lib/playground/yaml-io';

/** A file within MAX_YAML_FILE_BYTES parses in well under a second; past this the worker is ended. */
const PARSE_TIMEOUT_MS = 10_000;

const refused = (message: string): Imported => ({ ok: false, errors: [{ path: '', message }] });

function parseInWorker(text: string): Promise<Imported | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./yaml.worker.ts', import.meta.url), { type: 'module', name: 'stevedore-yaml' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const done = (result: Imported | null) => {
      window.clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = window.setTimeout(
      () => done(refused(`the file took longer than ${PARSE_TIMEOUT_MS / 1000} s to read; a scenario file is a few KB of YAML`)),
      PARSE_TIMEOUT_MS,
    );
    let started = false;
    worker.onmessage = (event: MessageEvent<Imported | typeof WORKER_READY>) => {
      if (event.data === WORKER_READY) started = true;
      else done(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // Before it started, workers cannot run here: the caller parses on the page instead (the file is small).
      done(started ? refused('the browser ended the file reader before it finished (the file may be too large)') : null);
    };
    worker.postMessage(text);
  });
}

export async function importScenarioFile(file: File): Promise<Imported> {
  const tooLarge = fileTooLarge(file.size);
  if (tooLarge) return refused(tooLarge);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refused('the file could not be read');
  }
  const inWorker = await parseInWorker(text);
  if (inWorker) return inWorker;
  const { fromYaml } = await import('@/lib/playground/yaml-io');
  return fromYaml(text);
}
