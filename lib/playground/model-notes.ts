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
    'Model: one instance type; the needed instances are counted by binpacking identical tasks, whatever their Availability Zone.',
  fargateSpotNotInterrupted:
    'Model: Fargate Spot tasks are billed at the full Spot discount and are interrupted only where the scenario lists a SpotInterruption incident (AWS gives a two-minute warning whenever it needs the capacity back).',
  throttleBackoffInferred:
    'Model: AWS says only that the wait between attempts grows "up to a maximum of 27 minutes"; the model waits 15 s after the second failure in a row and doubles it each time.',
  circuitBreakerRoundingInferred:
    'Model: AWS does not say how the circuit breaker rounds a percentage of an odd desired count; the model rounds up.',
  alarmBakeTimeInferred:
    'Model: after a rolling deployment reaches steady state ECS waits a bake time it computes from the alarms; the model waits the longest alarm’s evaluation periods plus the publication delay.',
  revisionsShareOneQueue:
    'Model: while two revisions serve, requests wait in one queue; what one revision cannot take goes to the other (the load balancer’s split decides only the first share).',
  provisioningWaitsIndefinitely: 'Model: PROVISIONING tasks wait indefinitely; AWS stops them after 10 to 30 minutes without capacity.',
  predictiveForecastModel:
    'Model: AWS forecasts with machine learning and publishes no formula; the model forecasts each hour as the average of the same hour over the history days (the days before the run are assumed to look like this run, times history.loadFactor).',
  appRunnerTimingInferred:
    'Model: AWS does not publish how often App Runner evaluates concurrency or how long it waits to scale in; the model looks every 10 s and scales in only after a whole minute asked for fewer instances.',
  hpaReadinessSimplified:
    'Model: a pod counts as ready once it passes its first health check (or is RUNNING without a load balancer); the HPA’s 5-minute CPU initialization period and 30-second readiness delay are not modelled.',
  podsBinpacked:
    'Model: pods are packed onto the fullest node that fits (MostAllocated); the default kube-scheduler scores LeastAllocated and spreads them, which leaves more nodes partly used.',
  karpenterNoReplace:
    'Model: Karpenter consolidation deletes empty nodes and drains nodes whose pods fit elsewhere; replacing a node with a cheaper one is not modelled.',
};
