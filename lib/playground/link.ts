/** Opening the playground from a URL fragment: `#s=<scenario>`, `#preset=<id>`, or nothing. */
import { parseScenario, type ScenarioError } from '@/lib/sim';
import { decodeScenario } from './codec';
import type { Draft, Preset } from './types';

export interface Opened {
  draft: Draft;
  /** The preset the draft is (unchanged), or null for a shared scenario. */
  presetId: string | null;
  /** Set when the link could not be used: what is wrong, and that a default opened instead. */
  problem: { message: string; errors: ScenarioError[] } | null;
}

export function presetHash(id: string): string {
  return `#preset=${encodeURIComponent(id)}`;
}

export async function openFromHash(hash: string, presets: Preset[], fallbackId: string): Promise<Opened> {
  const fallback = presets.find((p) => p.id === fallbackId) ?? presets[0];
  if (!fallback) throw new Error('no presets');
  const fallbackWith = (message: string, errors: ScenarioError[] = []): Opened => ({
    draft: structuredClone(fallback.scenario),
    presetId: fallback.id,
    problem: { message: `${message} The “${fallback.name}” preset opened instead.`, errors },
  });
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const presetId = params.get('preset');
  const token = params.get('s');
  if (token !== null) {
    const decoded = await decodeScenario(token);
    if (!decoded.ok) return fallbackWith(decoded.message);
    const parsed = parseScenario(decoded.scenario);
    if (!parsed.ok)
      return fallbackWith(
        `The scenario in the link is not valid (${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'}).`,
        parsed.errors,
      );
    if (typeof decoded.scenario !== 'object' || decoded.scenario === null || Array.isArray(decoded.scenario))
      return fallbackWith('The link does not hold a scenario.');
    return { draft: decoded.scenario as Draft, presetId: null, problem: null };
  }
  if (presetId !== null) {
    const preset = presets.find((p) => p.id === presetId);
    if (!preset) return fallbackWith(`There is no preset called “${presetId}”.`);
    return { draft: structuredClone(preset.scenario), presetId: preset.id, problem: null };
  }
  return { draft: structuredClone(fallback.scenario), presetId: fallback.id, problem: null };
}
