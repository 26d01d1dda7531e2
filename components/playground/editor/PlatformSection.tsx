'use client';
import { EC2_INSTANCE_TYPES } from '@/lib/sim';
import { getIn } from '@/lib/playground/draft';
import { useEditor } from './context';
import { GroupErrors, NumberField, Section, SelectField } from './fields';

/** The draft's platform (ECS when the key is absent). */
export const platformOf = (draft: Record<string, unknown>): string => String(getIn(draft, 'platform.type') ?? 'ECS');

const types = Object.keys(EC2_INSTANCE_TYPES).map((t) => ({ value: t, label: t }));

/** EKS: the HPA and the nodes; App Runner: its concurrency. (ECS keeps the service, scaling and cluster sections.) */
export function PlatformSection() {
  const { draft } = useEditor();
  const platform = platformOf(draft);
  if (platform === 'EKS') {
    const karpenter = getIn(draft, 'platform.nodes.provisioner') === 'Karpenter';
    return (
      <Section title="Amazon EKS: HPA and nodes">
        <GroupErrors path="platform" />
        <p className="text-xs text-muted">
          The Deployment’s pods request the service’s CPU and memory; the HPA scales them between autoScaling.minCapacity and maxCapacity
          (its minReplicas and maxReplicas).
        </p>
        <div className="grid grid-cols-2 gap-3">
          <NumberField path="durationSeconds" label="Duration (s)" hint="Whole minutes, up to 7 days" />
          <NumberField path="seed" label="Random seed" optional placeholder="1" />
          <NumberField path="service.cpu" label="Pod CPU request (units)" hint="1024 = 1 vCPU" />
          <NumberField path="service.memory" label="Pod memory request (MiB)" />
          <NumberField
            path="platform.hpa.targetCPUUtilizationPercentage"
            label="HPA CPU target (%)"
            hint="averageUtilization of requests"
          />
          <NumberField path="platform.hpa.tolerance" label="Tolerance" optional placeholder="0.1" />
          <NumberField path="autoScaling.minCapacity" label="minReplicas" />
          <NumberField path="autoScaling.maxCapacity" label="maxReplicas" />
          <NumberField path="service.desiredCount" label="Replicas at start" />
          <NumberField
            path="platform.hpa.behavior.scaleDown.stabilizationWindowSeconds"
            label="Scale-down window (s)"
            optional
            placeholder="300"
          />
        </div>
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            path="platform.nodes.provisioner"
            label="Nodes from"
            options={[
              { value: 'ClusterAutoscaler', label: 'Cluster Autoscaler' },
              { value: 'Karpenter', label: 'Karpenter' },
            ]}
          />
          <SelectField path="platform.nodes.instanceType" label={karpenter ? 'Nodes at start' : 'Node group type'} options={types} />
          <NumberField path="platform.nodes.desiredCapacity" label="Nodes at start" />
          <NumberField path="platform.nodes.maxSize" label="Max nodes" optional placeholder="20" />
          <NumberField path="platform.nodes.nodeReadySeconds" label="Node ready after (s)" optional placeholder={karpenter ? '55' : '90'} />
          <SelectField
            path="platform.supportType"
            label="Kubernetes version support"
            options={[
              { value: 'STANDARD', label: 'Standard ($0.10/h)' },
              { value: 'EXTENDED', label: 'Extended ($0.60/h)' },
            ]}
          />
          {karpenter && (
            <SelectField
              path="platform.nodes.karpenter.consolidationPolicy"
              label="Consolidation"
              options={[
                { value: 'WhenEmptyOrUnderutilized', label: 'When empty or underutilized' },
                { value: 'WhenEmpty', label: 'When empty' },
              ]}
            />
          )}
        </div>
      </Section>
    );
  }
  if (platform === 'APP_RUNNER')
    return (
      <Section title="AWS App Runner">
        <GroupErrors path="platform" />
        <p className="text-xs text-muted">
          Closed to new customers since April 30, 2026 (AWS recommends Amazon ECS Express Mode). Existing customers keep using it.
        </p>
        <div className="grid grid-cols-2 gap-3">
          <NumberField path="durationSeconds" label="Duration (s)" hint="Whole minutes, up to 7 days" />
          <NumberField path="seed" label="Random seed" optional placeholder="1" />
          <NumberField
            path="platform.maxConcurrency"
            label="Max concurrency"
            hint="Requests in flight per instance"
            optional
            placeholder="100"
          />
          <NumberField path="service.desiredCount" label="Instances at start" />
          <NumberField path="autoScaling.minCapacity" label="Min size" hint="1–25" />
          <NumberField path="autoScaling.maxCapacity" label="Max size" hint="Up to 25" />
          <NumberField path="service.cpu" label="CPU units" hint="256, 512, 1024, 2048, 4096" />
          <NumberField path="service.memory" label="Memory (MiB)" />
        </div>
      </Section>
    );
  return null;
}

/** ECS: a predictive scaling policy, when the scenario has one. */
export function PredictiveSection() {
  const { draft } = useEditor();
  if (platformOf(draft) !== 'ECS' || getIn(draft, 'autoScaling.predictiveScaling') === undefined) return null;
  return (
    <Section title="Predictive scaling">
      <GroupErrors path="autoScaling.predictiveScaling" />
      <div className="grid grid-cols-2 gap-3">
        <SelectField
          path="autoScaling.predictiveScaling.mode"
          label="Mode"
          options={[
            { value: 'ForecastOnly', label: 'Forecast only' },
            { value: 'ForecastAndScale', label: 'Forecast and scale' },
          ]}
        />
        <NumberField path="autoScaling.predictiveScaling.targetValue" label="Target value" />
        <NumberField path="autoScaling.predictiveScaling.schedulingBufferTime" label="Scheduling buffer (s)" optional placeholder="300" />
        <NumberField path="autoScaling.predictiveScaling.history.loadFactor" label="History load × today" optional placeholder="1" />
        <NumberField path="autoScaling.predictiveScaling.history.days" label="History days" optional placeholder="14" />
      </div>
    </Section>
  );
}
