/** CloudWatch publication delay and the 20-second metrics (fix 7 of issue 12, aws-facts §1.3). */
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';
import type { ScenarioInput } from './schema';
import { simulate } from './simulate';
import { activitySteps, cpuScenario, cpuTarget50 } from './test-fixtures';

/** 2 tasks at 80 % CPU from t = 0 (160 requests/s), target 50; the given CloudWatch settings. */
const breachAtZero = (policy: object, cloudWatch: object): ScenarioInput => ({
  ...cpuScenario({ desiredCount: 2, durationSeconds: 600, rates: [{ at: 0, value: 160 }], policies: [{ ...cpuTarget50, ...policy }] }),
  cloudWatch,
});

describe('publication delay', () => {
  it('defaults to AWS’s measurement: the first scale-out comes 363 s after the breach with standard metrics', () => {
    const input = breachAtZero({}, {});
    expect((parseScenario(input) as { scenario: { cloudWatch: unknown } }).scenario.cloudWatch).toEqual({
      publicationDelaySeconds: 183,
      highResolutionPublicationDelaySeconds: 26,
    });
    const r = simulate(input);
    expect(r.summary.firstScaleOutAt).toBe(363);
    const activity = r.events.find((e) => e.type === 'ScalingActivity');
    expect(
      activity?.type === 'ScalingActivity' &&
        activity.basis.policyType !== 'ScheduledAction' &&
        activity.basis.alarm.publicationDelaySeconds,
    ).toBe(183);
  });

  it('with ECSServiceAverageCPUUtilizationHighResolution the first scale-out comes 86 s after the breach', () => {
    const r = simulate(breachAtZero({ predefinedMetricType: 'ECSServiceAverageCPUUtilizationHighResolution' }, {}));
    expect(r.summary.firstScaleOutAt).toBe(86);
    const alarm = r.events.find((e) => e.type === 'AlarmStateChange');
    expect(alarm?.type === 'AlarmStateChange' && alarm.basis.periodSeconds).toBe(20);
  });

  it('the memory high-resolution metric uses 20-second datapoints too', () => {
    const r = simulate({
      ...breachAtZero({ predefinedMetricType: 'ECSServiceAverageMemoryUtilizationHighResolution', targetValue: 5 }, {}),
    });
    // Memory is 12.5 % (256 of 2048 MiB) from t = 0: above 5, so AlarmHigh after 3 × 20 s + 26 s.
    expect(r.summary.firstScaleOutAt).toBe(86);
  });

  it('is configurable: with no delay the alarm acts at the third minute’s end', () => {
    expect(activitySteps(simulate(breachAtZero({}, { publicationDelaySeconds: 0 })))[0]).toEqual([180, 2, 4]);
  });

  it('the minute rows still show each minute’s metric at its own time', () => {
    const r = simulate(breachAtZero({}, {}));
    expect(r.minutes[0]).toMatchObject({ t: 60, cpuUtilization: 80 });
    // At t = 360 the third datapoint has not been published yet: the desired count is still 2.
    expect(r.minutes.find((m) => m.t === 360)?.desiredCount).toBe(2);
  });
});
