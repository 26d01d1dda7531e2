/**
 * The four-platform comparison (compare.ts): every conversion is a valid scenario of its platform,
 * and what it leaves out (deployments and incidents, modelled for ECS only) is said.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../parse';
import type { Scenario } from '../schema';
import { comparePlatforms, comparisonNote, onPlatform, PLATFORMS } from './compare';

function preset(name: string): Scenario {
  const parsed = parseScenario(parse(readFileSync(path.join(process.cwd(), 'content', 'scenarios', `${name}.yaml`), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  return parsed.scenario;
}

describe('the four-platform comparison', () => {
  it('turns a deployment preset into a valid scenario on each platform, without its deployments', () => {
    const sc = preset('deploy-canary');
    for (const p of PLATFORMS) {
      const parsed = parseScenario(onPlatform(sc, p));
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      if (parsed.ok) expect([parsed.scenario.deployments, parsed.scenario.incidents]).toEqual([[], []]);
    }
    expect(comparisonNote(sc)).toBe(
      'Each platform runs this traffic without its deployments: the simulator models those for ECS services only.',
    );
  });

  it('says nothing is left out of a scenario without deployments or incidents, and names incidents when there are some', () => {
    expect(comparisonNote(preset('eks-cluster-autoscaler'))).toBeNull();
    expect(comparisonNote(preset('incident-az-outage-ec2'))).toMatch(/without its incidents:/);
  });

  it('runs an incident preset on all four platforms', () => {
    const outcomes = comparePlatforms(preset('incident-fargate-spot'));
    expect(outcomes.map((o) => o.platform)).toEqual([...PLATFORMS]);
    for (const o of outcomes) expect(o.maxRunning).toBeGreaterThan(0);
  });
});
