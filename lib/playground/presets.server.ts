import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseScenario } from '@/lib/sim';
import type { Preset } from './types';

/** The order presets appear in the picker: from "nothing happens" to the harder cases. */
export const PRESET_ORDER = [
  'lunch-spike-fargate',
  'steady-fargate-cpu',
  'alb-request-count',
  'memory-bound',
  'step-scaling-cpu',
  'scheduled-morning',
  'predictive-morning',
  'cold-start-ec2',
  'sqs-backlog-worker',
  'deploy-rolling-circuit-breaker',
  'deploy-rolling-alarm-rollback',
  'deploy-blue-green',
  'deploy-canary',
  'deploy-linear',
  'incident-short-grace-period',
  'incident-task-crash-throttle',
  'incident-health-check-fail-open',
  'incident-az-outage-ec2',
  'incident-fargate-spot',
  'incident-ec2-spot',
  'eks-cluster-autoscaler',
  'eks-karpenter',
  'app-runner-concurrency',
];
export const DEFAULT_PRESET = 'lunch-spike-fargate';

const dir = () => path.join(process.cwd(), 'content', 'scenarios');
let cached: Preset[] | undefined;

/**
 * Every preset in content/scenarios, validated with the engine's own parser at build time: a
 * broken preset fails the build with its file and every error's path.
 */
export function loadPresets(): Preset[] {
  if (cached) return cached;
  const files = readdirSync(dir()).filter((f) => f.endsWith('.yaml'));
  const presets = files.map((file): Preset => {
    const id = file.replace(/\.yaml$/, '');
    const scenario = parse(readFileSync(path.join(dir(), file), 'utf8')) as Record<string, unknown>;
    const parsed = parseScenario(scenario);
    if (!parsed.ok) {
      throw new Error(
        `content/scenarios/${file} is not a valid scenario:\n${parsed.errors.map((e) => `  ${e.path || '(scenario)'}: ${e.message}`).join('\n')}`,
      );
    }
    return { id, name: parsed.scenario.name ?? id, description: parsed.scenario.description ?? '', scenario };
  });
  const rank = (id: string) => (PRESET_ORDER.includes(id) ? PRESET_ORDER.indexOf(id) : PRESET_ORDER.length);
  cached = presets.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return cached;
}

/** One preset by id; an unknown id fails the build and lists the ones that exist. */
export function loadPreset(id: string): Preset {
  const presets = loadPresets();
  const preset = presets.find((p) => p.id === id);
  if (!preset)
    throw new Error(`<Playground preset="${id}" />: no content/scenarios/${id}.yaml (presets: ${presets.map((p) => p.id).join(', ')})`);
  return preset;
}
