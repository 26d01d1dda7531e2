/// <reference lib="webworker" />
/** Parses and validates an imported YAML file off the main thread (a large or hostile file never freezes the page). */
import { fromYaml, type Imported } from '@/lib/playground/yaml-io';
import { WORKER_READY } from '@/lib/playground/types';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<string>) => {
  scope.postMessage(fromYaml(event.data) satisfies Imported);
};
scope.postMessage(WORKER_READY);
