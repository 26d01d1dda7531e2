/** Export and import of a scenario as YAML, through the same validation as share links. */
import { parseDocument, stringify } from 'yaml';
import { parseScenario, type ScenarioError } from '@/lib/sim';
import type { Draft } from './types';

export function toYaml(draft: Draft): string {
  return stringify(draft, { lineWidth: 100, flowCollectionPadding: true });
}

export type Imported = { ok: true; draft: Draft } | { ok: false; errors: ScenarioError[] };

/** Parses YAML (or JSON, which is YAML) and validates it with the engine; never throws. */
export function fromYaml(text: string): Imported {
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
  const value: unknown = doc.toJS();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      errors: [{ path: '', message: 'the file must hold a scenario (a YAML mapping with version, service, workload, autoScaling …)' }],
    };
  }
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
