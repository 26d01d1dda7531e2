/** The model simplifications (lib/sim/README.md) in a sentence each, for the narration and the event log. */
import type { ModelNote } from '@/lib/sim';

export const NOTE: Record<ModelNote, string> = {
  targetTrackingFormulaInferred:
    'Model: AWS describes the new capacity as proportional to the metric and rounded up, without a formula; ceil(running × metric ÷ target) is inferred from its worked example.',
  scaleInMagnitudeUnsourced: 'Model: how far AWS scales in at once is not documented; the model never removes below the same formula.',
  alarmShapeObserved: 'Model: the shape of the alarms target tracking creates is observed in AWS’s examples, not documented.',
  highResolutionAlarmShapeInferred: 'Model: with 20-second metrics the alarms are assumed to keep the same datapoint counts.',
  publicationDelayFromBenchmark:
    'Model: the publication delay is derived from AWS’s benchmark (363 s from breach to scale-out with standard metrics, 86 s with 20-second ones).',
  cpuCappedAt100:
    'Model: a task uses at most its CPU reservation, so CPU utilisation stops at 100 % (on EC2, AWS lets a task borrow idle instance CPU).',
  managedScalingOneInstanceType:
    'Model: one instance type in one Availability Zone; the needed instances are counted by binpacking identical tasks.',
  fargateSpotNotInterrupted:
    'Model: Fargate Spot tasks are billed at the full Spot discount and are never interrupted (AWS gives a two-minute warning when it needs the capacity back).',
  provisioningWaitsIndefinitely: 'Model: PROVISIONING tasks wait indefinitely; AWS stops them after 10 to 30 minutes without capacity.',
};
