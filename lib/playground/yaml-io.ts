/** Export and import of a scenario as YAML, through the same validation and size limit as share links. */
import { parseDocument, stringify } from 'yaml';
import { parseScenario, type ScenarioError } from '@/lib/sim';
import { fileTooLarge, tooLargeToShare } from './limits';
import type { Draft } from './types';

export function toYaml(draft: Draft): string {
  return stringify(draft, { lineWidth: 100, flowCollectionPadding: true });
}

export type Imported = { ok: true; draft: Draft } | { ok: false; errors: ScenarioError[] };

const fileError = (message: string): Imported => ({ ok: false, errors: [{ path: '', message }] });

/**
 * Parses YAML (or JSON, which is YAML) and validates it with the engine; never throws. Text over
 * MAX_YAML_FILE_BYTES and scenarios over MAX_SCENARIO_BYTES (the share-link limit) are refused,
 * and so is a document whose aliases would multiply it (a "billion laughs" file).
 */
export function fromYaml(text: string): Imported {
  // Counted in UTF-16 code units, never more than the file's UTF-8 bytes (import-file.ts checks those before reading).
  const big = fileTooLarge(text.length);
  if (big) return fileError(big);
  let value: unknown;
  try {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      return {
        ok: false,
        errors: doc.errors.map((e) => ({
          path: '',
          message: `not valid YAML${e.linePos ? ` (line ${e.linePos[0].line})` : ''}: ${e.message.split('\n')[0]}`,
        })),
      };
    }
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return fileError(
      e instanceof ReferenceError && /alias/i.test(e.message)
        ? 'its aliases (*name) repeat the same data so many times that it would grow without bound; write the values out instead'
        : `not valid YAML: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fileError('the file must hold a scenario (a YAML mapping with version, service, workload, autoScaling …)');
  }
  const tooLarge = tooLargeToShare(value);
  if (tooLarge) return fileError(tooLarge);
  const parsed = parseScenario(value);
  return parsed.ok ? { ok: true, draft: value as Draft } : { ok: false, errors: parsed.errors };
}

/** A file name for a scenario: its name in kebab-case. */
export function yamlFileName(draft: Draft): string {
  const name = typeof draft.name === 'string' ? draft.name : 'scenario';
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'scenario'}.yaml`;
}
