/** The preset picker: every file in content/scenarios loads, in the teaching order. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPreset, loadPresets, PRESET_ORDER } from './presets.server';

const files = readdirSync(new URL('../../content/scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

describe('loadPresets', () => {
  it('lists every scenario file once, basics first, then deployments, incidents and the other platforms', () => {
    const ids = loadPresets().map((p) => p.id);
    expect([...ids].sort()).toEqual([...files].sort());
    // Every preset has its place in the picker (none falls to the end unordered).
    expect(ids).toEqual(PRESET_ORDER);
    // Issue 15: 15 presets (predictive beside scheduled actions; deployments, incidents and platforms after the basics).
    const at = (prefix: string) => ids.findIndex((id) => id.startsWith(prefix));
    expect(ids.filter((id) => /^(deploy|incident|eks|app-runner|predictive)-/.test(id))).toHaveLength(15);
    expect([at('sqs-backlog-worker') < at('deploy-'), at('deploy-') < at('incident-'), at('incident-') < at('eks-')]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('gives each preset its name and note, and names the presets when an id is unknown', () => {
    for (const p of loadPresets()) expect([p.name.length > 0, p.description.length > 0]).toEqual([true, true]);
    expect(() => loadPreset('no-such-preset')).toThrow(/no content\/scenarios\/no-such-preset\.yaml \(presets: lunch-spike-fargate, /);
  });
});
