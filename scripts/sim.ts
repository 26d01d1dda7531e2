/**
 * npm run sim -- <scenario.yaml|json> [--summary]
 * Prints the simulation result as JSON, or with --summary a readable table. An invalid scenario
 * exits with status 2 and lists every error with its path; nothing else is printed. A run that
 * outgrows the engine's run-time limits (RunLimitError), or anything unexpected, ends with one line on stderr and status 2,
 * never a stack trace. Output is written in chunks, and a closed pipe (`| head`) ends the run quietly.
 */
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parseScenario, RunLimitError, simulate, type Result } from '../lib/sim';
import { NonFiniteNumberError, resultJson, terminalSafeLines } from './sim-output';
import { summaryText } from './sim-summary';

const USAGE = 'usage: npm run sim -- <scenario.yaml|scenario.json> [--summary]';
/** Far above any scenario the schema accepts (a week of one profile point a minute is ~0.5 MB). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

function fail(message: string, code: number): never {
  process.stderr.write(`${terminalSafeLines(message)}\n`);
  process.exit(code);
}

// `npm run sim -- x.yaml | head`: the reader went away; that is the end of the run, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  fail(`sim: cannot write the output: ${e.message}`, 2);
});

async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** JSON by extension, or by content when it starts with "{"; YAML otherwise. */
function readScenario(file: string): unknown {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) fail(`sim: ${file} is ${size} bytes; a scenario is at most ${MAX_FILE_BYTES} bytes`, 2);
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
async function main(): Promise<void> {
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
  let result: Result;
  try {
    result = simulate(parsed.scenario);
  } catch (e) {
    if (e instanceof RunLimitError) fail(`sim: ${file}: ${e.message}`, 2);
    throw e;
  }
  if (summary) await write(summaryText(parsed.scenario.name ?? file, result, parsed.scenario.platform.type));
  else for (const chunk of resultJson(result)) await write(chunk);
}

main().catch((e: unknown) => {
  if (e instanceof NonFiniteNumberError) fail(`sim: the result has a value out of range: ${e.message}`, 2);
  fail(`sim: internal error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, 2);
});
