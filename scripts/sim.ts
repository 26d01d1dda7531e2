/**
 * npm run sim -- <scenario.yaml|json> [--summary]
 * Prints the simulation result as JSON, or with --summary a readable table. An invalid scenario
 * exits with status 2 and lists every error with its path; nothing else is printed.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parseScenario, simulate, type Result } from '../lib/sim';

const USAGE = 'usage: npm run sim -- <scenario.yaml|scenario.json> [--summary]';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** JSON by extension, or by content when it starts with "{"; YAML otherwise. */
function readScenario(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(`sim: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : String((e as Error).message)}`, 1);
  }
  const json = file.endsWith('.json') || text.trimStart().startsWith('{');
  try {
    return json ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    fail(`sim: ${file} is not valid ${json ? 'JSON' : 'YAML'}: ${(e as Error).message}`, 2);
  }
}

function pad(values: (string | number | null)[], widths: number[]): string {
  return values.map((v, i) => String(v ?? '–').padStart(widths[i] as number)).join('  ');
}

function clock(t: number): string {
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A readable run: at most ~40 rows (every k-th minute plus every minute the desired count changed). */
function printSummary(name: string, r: Result): void {
  const out: string[] = [];
  const web = r.minutes[0]?.requestsPerSecond !== null;
  const ec2 = r.minutes[0]?.instances !== null;
  const every = Math.max(1, Math.ceil(r.minutes.length / 40));
  const heads = [
    'time',
    'desired',
    'running',
    'pending',
    'cpu%',
    'mem%',
    web ? 'req/s' : 'msg/s',
    web ? 'p95 ms' : 'visible',
    web ? '5xx' : 'backlog',
    ...(ec2 ? ['inst', 'CPR%'] : []),
    'cost $',
  ];
  const widths = heads.map((h) => Math.max(h.length, 8));
  out.push(name, '', pad(heads, widths));
  r.minutes.forEach((m, i) => {
    const prev = r.minutes[i - 1];
    const changed = prev !== undefined && prev.desiredCount !== m.desiredCount;
    if (!changed && (i + 1) % every !== 0 && i !== 0) return;
    out.push(
      pad(
        [
          clock(m.t),
          m.desiredCount,
          m.runningCount,
          m.pendingCount,
          m.cpuUtilization,
          m.memoryUtilization,
          web ? m.requestsPerSecond : m.messagesPerSecond,
          web ? m.p95LatencyMs : m.queueVisible,
          web ? m.errors5xx : m.backlogPerTask,
          ...(ec2 ? [m.instances, m.capacityProviderReservation] : []),
          m.costUsd.toFixed(4),
        ],
        widths,
      ),
    );
  });
  out.push('', 'Scaling activities:');
  const activities = r.events.filter((e) => e.type === 'ScalingActivity' || e.type === 'ManagedScaling');
  if (activities.length === 0) out.push('  (none)');
  for (const e of activities) {
    if (e.type === 'ScalingActivity')
      out.push(`  ${clock(e.t)}  ${e.policy ?? `scheduled ${e.scheduledAction}`}: ${e.from} → ${e.to} tasks`);
    else if (e.type === 'ManagedScaling') out.push(`  ${clock(e.t)}  capacity provider: ${e.from} → ${e.to} instances`);
  }
  const s = r.summary;
  out.push('', 'Summary:');
  for (const [k, v] of Object.entries(s)) if (v !== null) out.push(`  ${k}: ${v}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(): void {
  const args = process.argv.slice(2);
  const summary = args.includes('--summary');
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--summary');
  if (files.length !== 1 || unknown.length > 0) fail(USAGE, 1);
  const file = files[0] as string;
  const parsed = parseScenario(readScenario(file));
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  ${e.path || '(scenario)'}: ${e.message}`);
    fail(
      `sim: ${file} is not a valid scenario (${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
      2,
    );
  }
  const result = simulate(parsed.scenario);
  if (summary) printSummary(parsed.scenario.name ?? file, result);
  else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main();
