/**
 * A shell script as data, rendered so that every value reaches its command as inert text.
 * Values come from scenarios (share links, imported files), so nothing in them may end a comment,
 * end a quote, expand, or talk to the terminal: every literal is single-quoted unless it is made of
 * characters that mean nothing to bash or zsh, a variable is only ever expanded inside double
 * quotes, and a control or invisible character anywhere is refused (a comment shows it as \u{…}).
 * The script is for bash and zsh, pasted into a terminal or run as a file.
 */
import { showUnsafe, unsafeCharacter } from '@/lib/sim';

/** Literal text, or the value of a shell variable the script set. */
export type Part = string | { variable: string };
/** One argument: literal text, or literal text and variables joined into one word. */
export type Word = string | Part[];

export interface Command {
  /** Comment lines above the command (plain text; rendered inert). */
  comment: string[];
  argv: Word[];
  /** Store the command's output in this variable (`NAME=$(command)`). */
  capture?: string;
}

export interface Assignment {
  comment: string[];
  variable: string;
  value: string;
}

export type Line =
  { kind: 'command'; command: Command } | { kind: 'set'; set: Assignment } | { kind: 'comment'; text: string } | { kind: 'blank' };

/** Characters that mean nothing to bash or zsh in an unquoted word (no globs, no `~`, `!`, `#`, `=`-prefix tricks). */
const BARE = /^[A-Za-z0-9_./:,@%+-][A-Za-z0-9_./:,@%+=-]*$/;
const VARIABLE = /^[A-Z][A-Z0-9_]*$/;

export class UnsafeTextError extends Error {}

/** Inside single quotes a line break is just text (pretty-printed JSON has them); nothing else unsafe is. */
function refuseUnsafe(text: string): void {
  const bad = unsafeCharacter(text.replaceAll('\n', ' '));
  if (bad) throw new UnsafeTextError(`refusing to put ${bad} into a shell script`);
}

/** A literal as one shell word: bare when harmless, otherwise in single quotes. */
export function shq(text: string): string {
  refuseUnsafe(text);
  if (BARE.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function variable(name: string): string {
  if (!VARIABLE.test(name)) throw new UnsafeTextError(`not a shell variable name: ${JSON.stringify(name)}`);
  return name;
}

/** One word: literals quoted, variables as "${NAME}", all joined with nothing between them. */
export function renderWord(word: Word): string {
  if (typeof word === 'string') return word === '' ? "''" : shq(word);
  const out = word
    .filter((p) => p !== '')
    .map((p) => (typeof p === 'string' ? shq(p) : `"\${${variable(p.variable)}}"`))
    .join('');
  return out === '' ? "''" : out;
}

/** A comment line: controls and invisible characters shown as \u{…}, so nothing can end it early. */
export function renderComment(text: string): string {
  return `# ${showUnsafe(text)}`.trimEnd();
}

/**
 * argv with one flag and its values per line: `aws x y \` / `  --flag value \` / …
 * A word starting with "--" opens a new line.
 */
function renderCommand(c: Command): string {
  const lines: string[][] = [];
  c.argv.forEach((w, i) => {
    const flag = typeof w === 'string' && w.startsWith('--');
    if (i === 0 || flag) lines.push([]);
    (lines.at(-1) as string[]).push(renderWord(w));
  });
  const body = lines.map((l, i) => (i === 0 ? l.join(' ') : `  ${l.join(' ')}`)).join(' \\\n');
  return c.capture ? `${variable(c.capture)}=$(${body})` : body;
}

/**
 * The first line makes interactive zsh treat `#` as a comment (its default does not, and then a
 * comment would be parsed as a command); in bash it is a test that does nothing.
 */
export const ZSH_COMMENTS = '[ -n "${ZSH_VERSION-}" ] && setopt interactive_comments';

export function renderScript(lines: Line[]): string {
  const out: string[] = [ZSH_COMMENTS];
  for (const l of lines) {
    if (l.kind === 'blank') out.push('');
    else if (l.kind === 'comment') out.push(renderComment(l.text));
    else if (l.kind === 'set') {
      out.push(...l.set.comment.map(renderComment), `${variable(l.set.variable)}=${renderWord(l.set.value)}`);
    } else out.push(...l.command.comment.map(renderComment), renderCommand(l.command));
  }
  return `${out.join('\n')}\n`;
}

/** The argument a word becomes once the shell has expanded it, given the variables' values. */
export function wordValue(word: Word, values: Readonly<Record<string, string>>): string {
  if (typeof word === 'string') return word;
  return word
    .map((p) => {
      if (typeof p === 'string') return p;
      const v = values[p.variable];
      if (v === undefined) throw new Error(`variable ${p.variable} is used before it is set`);
      return v;
    })
    .join('');
}
