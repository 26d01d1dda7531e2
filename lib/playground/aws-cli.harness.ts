/**
 * Test harness (Node only): runs a generated script in bash with PATH holding nothing but a fake
 * `aws` that records its argv, one JSON line per call, and prints a hostile-looking value for
 * `--output text` calls (spaces, globs, `$(…)`), so that an unquoted expansion would show up as
 * different arguments. A DEBUG trap records every simple command bash runs, including inside
 * command substitutions, so a test can check that nothing but `aws` and assignments ran.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliScript } from './aws-cli';
import { wordValue } from './shell';

/**
 * What the fake aws prints for call number n (1-based) when asked for text output: an ARN with
 * spaces, glob characters, `$(…)` and backticks, which only a double-quoted expansion passes intact.
 */
export const fakeOutput = (n: number) => `arn:aws:fake:us-east-1:123456789012:thing/${n} two  spaces *?[a] $(touch pwned) \`touch pwned\``;

/** Bash builtins only (PATH has nothing else): each call is its argument count, then its arguments, NUL-terminated. */
const FAKE_AWS = `#!/bin/bash
printf '%s\\0' "$#" "$@" >> "$FAKE_AWS_LOG"
n=$(( $(< "$FAKE_AWS_COUNT") + 1 ))
printf '%s' "$n" > "$FAKE_AWS_COUNT"
for a in "$@"; do
  if [ "$a" = --output ]; then
    printf '%s\\n' "arn:aws:fake:us-east-1:123456789012:thing/$n two  spaces *?[a] \\$(touch pwned) \\\`touch pwned\\\`"
  fi
done
`;

export interface FakeRun {
  status: number | null;
  stderr: string;
  /** argv of every aws call, without the leading "aws". */
  calls: string[][];
  /** Every simple command bash ran (its source text, as $BASH_COMMAND). */
  commands: string[];
  /** Files in the working directory after the run, besides the script. */
  strayFiles: string[];
}

export function runWithFakeAws(script: string): FakeRun {
  const dir = mkdtempSync(join(tmpdir(), 'fake-aws-'));
  try {
    const bin = join(dir, 'bin');
    const work = join(dir, 'work');
    for (const d of [bin, work]) mkdirSync(d);
    writeFileSync(join(bin, 'aws'), FAKE_AWS);
    chmodSync(join(bin, 'aws'), 0o755);
    writeFileSync(join(work, 'script.sh'), script);
    const log = join(dir, 'calls');
    const count = join(dir, 'count');
    writeFileSync(count, '0');
    const trace = join(dir, 'trace');
    writeFileSync(log, '');
    writeFileSync(trace, '');
    const r = spawnSync(
      '/bin/bash',
      ['--noprofile', '--norc', '-T', '-c', `trap 'builtin printf "%s\\0" "$BASH_COMMAND" >> "$TRACE"' DEBUG; . ./script.sh`],
      {
        cwd: work,
        encoding: 'utf8',
        env: {
          PATH: bin,
          HOME: dir,
          FAKE_AWS_LOG: log,
          FAKE_AWS_COUNT: count,
          TRACE: trace,
          LANG: 'C.UTF-8',
        } as unknown as NodeJS.ProcessEnv,
      },
    );
    return {
      status: r.status,
      stderr: r.stderr,
      calls: readCalls(readFileSync(log, 'utf8')),
      commands: readFileSync(trace, 'utf8').split('\0').filter(Boolean),
      strayFiles: readdirSync(work).filter((f) => f !== 'script.sh'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readCalls(log: string): string[][] {
  const fields = log.split('\0');
  const calls: string[][] = [];
  for (let i = 0; i < fields.length - 1;) {
    const n = Number(fields[i]);
    calls.push(fields.slice(i + 1, i + 1 + n));
    i += 1 + n;
  }
  return calls;
}

/** `bash -n`: the script parses. */
export function bashSyntaxError(script: string): string | null {
  const r = spawnSync('/bin/bash', ['-n'], { input: script, encoding: 'utf8' });
  return r.status === 0 ? null : r.stderr;
}

/** The aws calls the script means to make, argv as the shell should pass them, given the fake's outputs. */
export function intendedCalls(s: CliScript): string[][] {
  const values: Record<string, string> = { ...s.placeholders };
  const calls: string[][] = [];
  for (const line of s.lines) {
    if (line.kind !== 'command') continue;
    const argv = line.command.argv.map((w) => wordValue(w, values));
    calls.push(argv.slice(1));
    if (line.command.capture) values[line.command.capture] = fakeOutput(calls.length);
  }
  return calls;
}

/** A simple command bash may run for a generated script: aws, a variable assignment, the zsh guard. */
export function isAllowedCommand(command: string): boolean {
  return (
    command.startsWith('aws ') || /^[A-Z][A-Z0-9_]*=/.test(command) || command === '[ -n "${ZSH_VERSION-}" ]' || command === '. ./script.sh'
  );
}
