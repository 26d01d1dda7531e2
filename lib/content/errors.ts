/** A content file that cannot be used. The message names the file, the line (when known) and the field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ContentProblem[],
  ) {
    super(problems.map((p) => formatProblem(file, p)).join('\n'));
    this.name = 'ContentError';
  }
}

/** Every unusable file a loader found, thrown together so one build run reports them all. */
export class ContentErrors extends Error {
  constructor(
    /** What was being loaded, e.g. "Content" or "Decks". */
    subject: string,
    readonly errors: readonly ContentError[],
  ) {
    super(
      `${subject} ${subject.endsWith('s') ? 'are' : 'is'} invalid (${errors.length} file${errors.length === 1 ? '' : 's'}):\n${errors.map((e) => e.message).join('\n')}`,
    );
    this.name = 'ContentErrors';
  }
}

export interface ContentProblem {
  /** Dotted path of the offending field, e.g. `objectives[1]`; empty for the whole file. */
  field: string;
  message: string;
  /** 1-based line in the file, when it can be located. */
  line?: number;
}

export function formatProblem(file: string, p: ContentProblem): string {
  const where = p.line ? `${file}:${p.line}` : file;
  return p.field ? `${where} ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

/** `['objectives', 1, 'x']` → `objectives[1].x` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}
