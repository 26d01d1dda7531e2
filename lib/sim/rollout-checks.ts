/** Cross-field rules for deployments and incidents (rollout-schema.ts), each at the field to change. */
import type { Add } from './schema-checks';
import type { Scenario } from './schema';

export function checkRollout(s: Scenario, add: Add): void {
  const config = s.deploymentConfiguration;
  const strategy = config?.strategy ?? 'ROLLING';
  if (config && strategy !== 'ROLLING' && config.deploymentCircuitBreaker.enable)
    add(
      ['deploymentConfiguration', 'deploymentCircuitBreaker', 'enable'],
      'the deployment circuit breaker works only with the ROLLING strategy (AWS); use alarms to roll back a blue/green, linear or canary deployment',
    );
  if (strategy !== 'ROLLING' && s.loadBalancer?.type !== 'ALB' && s.loadBalancer?.type !== 'NLB')
    add(
      ['deploymentConfiguration', 'strategy'],
      `${strategy} shifts traffic between two target groups: add loadBalancer.type ALB or NLB (Service Connect is not modelled)`,
    );
  const alarms = config?.alarms?.alarms ?? [];
  const alarmNames = new Set<string>();
  alarms.forEach((a, i) => {
    const base = ['deploymentConfiguration', 'alarms', 'alarms', i];
    if (alarmNames.has(a.name)) add([...base, 'name'], `another alarm is already named "${a.name}"`);
    alarmNames.add(a.name);
    if (a.metric === 'HTTPCode_Target_5XX_Count' && !s.loadBalancer)
      add([...base, 'metric'], 'HTTPCode_Target_5XX_Count is a load balancer metric: add a loadBalancer');
    if (a.metric === 'HTTPCode_Target_5XX_Count' && s.workload.type !== 'web') add([...base, 'metric'], 'needs a web workload');
    if (a.datapointsToAlarm !== undefined && a.datapointsToAlarm > a.evaluationPeriods)
      add([...base, 'datapointsToAlarm'], `must be ≤ evaluationPeriods (${a.evaluationPeriods})`);
  });
  s.deployments.forEach((d, i) => {
    if (d.at >= s.durationSeconds)
      add(['deployments', i, 'at'], `must be before the end of the run (durationSeconds ${s.durationSeconds})`);
    const prev = s.deployments[i - 1];
    if (prev && d.at < prev.at)
      add(['deployments', i, 'at'], `must not be before deployments[${i - 1}] (${prev.at} s): list them in time order`);
  });
  const spot = s.service.capacityProviderStrategy?.some((p) => p.capacityProvider === 'FARGATE_SPOT') ?? false;
  s.incidents.forEach((inc, i) => {
    const base = ['incidents', i];
    if (inc.at >= s.durationSeconds) add([...base, 'at'], `must be before the end of the run (durationSeconds ${s.durationSeconds})`);
    if (inc.type === 'HealthCheckFailure' && !s.loadBalancer)
      add([...base, 'type'], 'a health check failure needs a loadBalancer (target group health checks)');
    if (inc.type === 'AvailabilityZoneOutage') {
      if (!s.availabilityZones.includes(inc.availabilityZone))
        add([...base, 'availabilityZone'], `must be one of availabilityZones (${s.availabilityZones.join(', ')})`);
      else if (s.availabilityZones.length < 2)
        add(['availabilityZones'], 'list at least two Availability Zones so that something survives the outage');
    }
    if (inc.type === 'SpotInterruption') {
      if (inc.count === 0 && inc.instances === 0) add([...base], 'set count (FARGATE_SPOT tasks) or instances (EC2 Spot instances)');
      if (inc.count > 0 && !spot)
        add([...base, 'count'], 'interrupts FARGATE_SPOT tasks: put FARGATE_SPOT in service.capacityProviderStrategy');
      if (inc.instances > 0 && !s.cluster) add([...base, 'instances'], 'interrupts EC2 instances: add a cluster');
    }
  });
}
