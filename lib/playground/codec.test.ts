import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario, fromBase64Url, inflateAtMost, MAX_TOKEN_CHARS, shareToken, toBase64Url } from './codec';
import { jsonBytes, MAX_SCENARIO_BYTES } from './limits';
import { openFromHash } from './link';
import { largestWithin, spacesBomb } from './test-fixtures';
import type { Preset } from './types';
import { fromYaml, toYaml } from './yaml-io';

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

/** Peak resident memory above the start while `work` runs, sampled every millisecond, and its wall time. */
async function measure<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakMB: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 1);
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { value, ms, peakMB: (peak - base) / 1e6 };
}

describe('the link size cap limits what is allocated', () => {
  const tooLarge = expect.stringContaining('more than 256 KB of scenario');

  it('a 2 MB link of spaces (1.5 GB inflated) is refused before it is decoded, in bounded time and memory', async () => {
    const token = `1.${toBase64Url(spacesBomb(150))}`;
    expect(token.length).toBeGreaterThan(1_900_000);
    const { value, ms, peakMB } = await measure(() => decodeScenario(token));
    expect(value).toEqual({ ok: false, message: tooLarge });
    // Before: Chromium inflated all of it (1.6 GB of heap, 2.5-5.8 s). Measured here: ~10 ms, ~0 MB.
    expect(ms).toBeLessThan(500);
    expect(peakMB).toBeLessThan(64);
  });

  it('a link within the token limit that inflates past the scenario limit stops at the limit', async () => {
    // 26 blocks: 253 KB of deflate, a 338 KB token (as long as a real link may be), inflating to 260 MB.
    const bomb = spacesBomb(26);
    const token = `1.${toBase64Url(bomb)}`;
    expect(token.length).toBeLessThan(MAX_TOKEN_CHARS);
    const { value, ms, peakMB } = await measure(() => decodeScenario(token));
    expect(value).toEqual({ ok: false, message: tooLarge });
    expect(ms).toBeLessThan(500);
    expect(peakMB).toBeLessThan(64);
    // The inflater itself: a little past the limit is read, never the 260 MB.
    await expect(inflateAtMost(bomb, 1024)).rejects.toThrow('too large');
    expect((await inflateAtMost(spacesBomb(0), 1024)).length).toBe(0);
  });

  it('import, share and open agree: what imports makes a link that opens; one point more is refused by all three', async () => {
    const { fits, over } = largestWithin(MAX_SCENARIO_BYTES);
    expect(jsonBytes(fits)).toBeLessThanOrEqual(MAX_SCENARIO_BYTES);
    expect(jsonBytes(over)).toBeGreaterThan(MAX_SCENARIO_BYTES);

    const imported = fromYaml(toYaml(fits));
    expect(imported.ok).toBe(true);
    const shared = await shareToken(fits);
    if (!shared.ok) throw new Error(shared.message);
    expect(shared.token.length).toBeLessThan(MAX_TOKEN_CHARS);
    expect(await openFromHash(`#s=${shared.token}`, presets, 'base')).toMatchObject({ problem: null, presetId: null, draft: fits });

    expect(fromYaml(toYaml(over))).toMatchObject({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/^The scenario is 257 KB as JSON; the playground takes at most 256 KB/) }],
    });
    expect(await shareToken(over)).toMatchObject({ ok: false, message: expect.stringContaining('the most a share link holds') });
    expect(await decodeScenario(await encodeScenario(over))).toEqual({ ok: false, message: tooLarge });
  }, 30_000); // four 256 KB scenarios through YAML, deflate and the engine's parser: seconds on a busy machine

  it('the longest token a scenario within the limit can make, incompressible, is within MAX_TOKEN_CHARS', async () => {
    // Random text compresses to more than its size: the worst case for the token-length check.
    let seed = 7;
    const noise = Array.from({ length: MAX_SCENARIO_BYTES - 64 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(33 + (seed % 94));
    })
      .join('')
      .replace(/["\\]/g, '.');
    const draft = { n: noise };
    expect(jsonBytes(draft)).toBeLessThanOrEqual(MAX_SCENARIO_BYTES);
    const token = await encodeScenario(draft);
    expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
    expect(await decodeScenario(token)).toEqual({ ok: true, scenario: draft });
  });
});
