import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario, fromBase64Url, toBase64Url } from './codec';
import { openFromHash } from './link';
import type { Preset } from './types';

const scenario = {
  version: 1,
  name: 'Über-test ✓',
  durationSeconds: 600,
  service: { launchType: 'FARGATE', cpu: 256, memory: 512, desiredCount: 1 },
  workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 5 }] },
  autoScaling: { minCapacity: 1, maxCapacity: 2 },
};
const presets: Preset[] = [{ id: 'base', name: 'Base', description: '', scenario }];

describe('share link codec', () => {
  it('round-trips a scenario, unicode included, in a URL-safe token', async () => {
    const token = await encodeScenario(scenario);
    expect(token).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(await decodeScenario(token)).toEqual({ ok: true, scenario });
  });

  it('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });

  it('explains a newer, an older, a missing version and damaged data', async () => {
    const token = await encodeScenario(scenario);
    expect(await decodeScenario(token.replace(/^1\./, '2.'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('newer version'),
    });
    expect(await decodeScenario(token.replace(/^1\./, '0.'))).toMatchObject({ ok: false, message: expect.stringContaining('old format') });
    expect(await decodeScenario('hello')).toMatchObject({ ok: false, message: expect.stringContaining('no format version') });
    expect(await decodeScenario(token.slice(0, 12))).toMatchObject({ ok: false, message: expect.stringContaining('damaged') });
    expect(await decodeScenario('1.$$$')).toMatchObject({ ok: false, message: expect.stringContaining('damaged') });
  });
});

describe('openFromHash', () => {
  it('opens a shared scenario, a preset, or the default', async () => {
    const token = await encodeScenario({ ...scenario, seed: 9 });
    expect(await openFromHash(`#s=${token}`, presets, 'base')).toMatchObject({ presetId: null, problem: null, draft: { seed: 9 } });
    expect(await openFromHash('#preset=base', presets, 'base')).toMatchObject({ presetId: 'base', problem: null });
    expect(await openFromHash('', presets, 'base')).toMatchObject({ presetId: 'base', problem: null });
  });

  it('a bad link opens the default and says what is wrong, with the engine’s errors', async () => {
    const invalid = await encodeScenario({ ...scenario, service: { ...scenario.service, memory: 4096 } });
    const opened = await openFromHash(`#s=${invalid}`, presets, 'base');
    expect(opened.presetId).toBe('base');
    expect(opened.problem?.message).toMatch(/not valid.*“Base” preset opened instead/);
    expect(opened.problem?.errors[0]).toMatchObject({
      path: 'service.memory',
      message: expect.stringContaining('not a valid Fargate size'),
    });
    expect((await openFromHash('#s=1.broken', presets, 'base')).problem?.message).toMatch(/damaged/);
    expect((await openFromHash('#preset=nope', presets, 'base')).problem?.message).toMatch(/no preset called “nope”/);
  });
});
