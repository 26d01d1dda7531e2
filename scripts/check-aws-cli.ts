/**
 * npx tsx scripts/check-aws-cli.ts [path/to/aws ...]
 * Runs the "Copy as AWS CLI" script of every preset (create-service and update-service variants)
 * through the real AWS CLI against a dead endpoint (http://127.0.0.1:9) with fake credentials: the
 * CLI validates every parameter before it opens a connection, so "could not connect" means the
 * command passed validation and anything else means it did not. No account or network needed.
 * Prints one line per command and exits 1 if any command failed validation.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { awsCliScript } from '../lib/playground/aws-cli';
import { parseScenario } from '../lib/sim';

// The real CLI runs with the caller's PATH (never this wrapper's folder: a bare "aws" or a pyenv
// shim would find the wrapper again and recurse without end), and a nested call is refused.
const WRAPPER = `#!/bin/bash
if [ -n "$CHECK_AWS_INSIDE" ]; then echo "check-aws-cli: the wrapper called itself" >&2; exit 99; fi
err=$(CHECK_AWS_INSIDE=1 PATH="$REAL_PATH" "$REAL_AWS" "$@" --endpoint-url http://127.0.0.1:9 2>&1 >/dev/null)
printf '%s\\0%s\\0%s\\0' "$?" "$1 $2" "$err" >> "$CHECK_LOG"
for a in "$@"; do
  if [ "$a" = --output ]; then printf '%s\\n' "arn:aws:autoscaling:us-east-1:123456789012:checked/$RANDOM"; fi
done
`;

const CONNECT = /Could not connect to the endpoint URL|Connection was closed|Connect timeout|connection refused/i;

function check(aws: string, script: string): { op: string; ok: boolean; error: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'check-aws-cli-'));
  try {
    writeFileSync(join(dir, 'aws'), WRAPPER);
    chmodSync(join(dir, 'aws'), 0o755);
    const log = join(dir, 'log');
    writeFileSync(log, '');
    const r = spawnSync('/bin/bash', ['--noprofile', '--norc'], {
      input: script,
      encoding: 'utf8',
      env: {
        PATH: `${dir}:${process.env.PATH ?? '/usr/bin:/bin'}`,
        HOME: dir,
        REAL_AWS: aws,
        REAL_PATH: process.env.PATH ?? '/usr/bin:/bin',
        // A pyenv shim finds its Python through these (HOME is the scratch folder).
        PYENV_ROOT: process.env.PYENV_ROOT ?? `${process.env.HOME ?? ''}/.pyenv`,
        ...(process.env.PYENV_VERSION ? { PYENV_VERSION: process.env.PYENV_VERSION } : {}),
        CHECK_LOG: log,
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_REGION: 'us-east-1',
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        AWS_MAX_ATTEMPTS: '1',
        AWS_RETRY_MODE: 'standard',
        AWS_PAGER: '',
        AWS_EC2_METADATA_DISABLED: 'true',
      } as unknown as NodeJS.ProcessEnv,
    });
    if (r.status !== 0 && r.stderr) process.stderr.write(r.stderr);
    const f = readFileSync(log, 'utf8').split('\0');
    const out: { op: string; ok: boolean; error: string }[] = [];
    for (let i = 0; i + 2 < f.length; i += 3) {
      const error = (f[i + 2] as string).trim();
      out.push({ op: f[i + 1] as string, ok: f[i] !== '0' && CONNECT.test(error), error });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const clis = process.argv.slice(2);
if (clis.length === 0) {
  const found = spawnSync('/bin/sh', ['-c', 'command -v aws'], { encoding: 'utf8' }).stdout.trim();
  if (!found) {
    process.stderr.write('check-aws-cli: no aws on PATH; pass the path of an AWS CLI\n');
    process.exit(2);
  }
  clis.push(found);
}
const dir = new URL('../content/scenarios/', import.meta.url);
let failed = 0;
for (const aws of clis) {
  const version = spawnSync(aws, ['--version'], { encoding: 'utf8' });
  process.stdout.write(`${aws}: ${(version.stdout || version.stderr).trim()}\n`);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const parsed = parseScenario(parse(readFileSync(new URL(file, dir), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} is not a valid scenario`);
    for (const existingService of [false, true]) {
      const results = check(aws, awsCliScript(parsed.scenario, { existingService }).text);
      const bad = results.filter((r) => !r.ok);
      failed += bad.length;
      process.stdout.write(
        `  ${file}${existingService ? ' (update-service)' : ''}: ${results.length - bad.length}/${results.length} passed validation (${results.map((r) => r.op.split(' ')[1]).join(', ')})\n`,
      );
      for (const b of bad) process.stdout.write(`    FAILED ${b.op}: ${b.error.split('\n').slice(0, 6).join(' | ')}\n`);
    }
  }
}
process.exit(failed > 0 ? 1 : 0);
