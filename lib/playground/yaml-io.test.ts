import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES, MAX_YAML_FILE_BYTES } from './limits';
import { ALIAS_BOMB, largestWithin } from './test-fixtures';
import { fromYaml, toYaml } from './yaml-io';

const timed = <T>(work: () => T) => {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
};

describe('fromYaml never throws, and bounds what it reads', () => {
  it('a "billion laughs" alias bomb is refused with a message, not an uncaught error', () => {
    const { value, ms } = timed(() => fromYaml(ALIAS_BOMB));
    expect(value).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message: 'its aliases (*name) repeat the same data so many times that it would grow without bound; write the values out instead',
        },
      ],
    });
    expect(ms).toBeLessThan(200);
  });

  it('a few aliases, as a hand-written scenario might use, still import', () => {
    const aliased = [
      'version: 1',
      'durationSeconds: 600',
      'service: { launchType: FARGATE, cpu: 256, memory: 512, desiredCount: 1 }',
      'workload: { type: web, requestsPerSecond: [&p { at: 0, value: 5 }] }',
      'autoScaling: { minCapacity: &one 1, maxCapacity: *one }',
    ].join('\n');
    expect(fromYaml(aliased)).toMatchObject({ ok: true, draft: { autoScaling: { minCapacity: 1, maxCapacity: 1 } } });
  });

  it('a 60 MB file is refused without being parsed', () => {
    const text = `version: 1\ndescription: |\n${`  ${'x'.repeat(98)}\n`.repeat(600_000)}`;
    const { value, ms } = timed(() => fromYaml(text));
    expect(value).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/^the file is 58 MB; a scenario file is at most 1 MB/) }],
    });
    // Before: parsed on the main thread (30 s in the issue's browser). Now a length check.
    expect(ms).toBeLessThan(50);
    expect(fromYaml(`${' '.repeat(MAX_YAML_FILE_BYTES - 20)}\nversion: 1`).ok).toBe(false);
  });

  it('the issue’s 460 KB YAML, valid but past the share-link limit, is refused on import rather than making a link that will not open', () => {
    const { over } = largestWithin(MAX_SCENARIO_BYTES);
    // Block style with a comment per point, as a hand-written file might be.
    const yaml = toYaml(over).replace(/^ {4}- at: (\d+)$/gm, (line, at: string) => `    # minute ${Number(at) / 60}\n${line}`);
    expect(yaml.length).toBeGreaterThan(400_000);
    expect(yaml.length).toBeLessThan(MAX_YAML_FILE_BYTES);
    expect(fromYaml(yaml)).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('the most a share link holds') }] });
  });
});
