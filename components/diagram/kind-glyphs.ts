import type { NodeKind } from '@/lib/diagram/kinds';

/**
 * Our own glyph for every node kind: simple 24×24 stroked paths drawn in `currentColor`, in the
 * spirit of an outline icon set. (AWS's Architecture Icons may not be recoloured, so we don't use
 * them.) The category picks the colour, from CSS variables tuned for contrast in light and dark.
 */
export type KindCategory =
  | 'neutral'
  | 'compute'
  | 'container'
  | 'network'
  | 'public'
  | 'private'
  | 'storage'
  | 'database'
  | 'integration'
  | 'security'
  | 'management'
  | 'delivery';

export const KIND_STYLE: Record<NodeKind, { category: KindCategory; glyph: string }> = {
  user: { category: 'neutral', glyph: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M4 21c0-4 4-6 8-6s8 2 8 6' },
  'on-premises-server': { category: 'neutral', glyph: 'M4 3h16v6H4z M4 9h16v6H4z M4 15h16v6H4z M7 6h.01 M7 12h.01 M7 18h.01' },
  infrastructure: { category: 'compute', glyph: 'M3 4h18v6H3z M3 14h18v6H3z M7 7h.01 M7 17h.01 M11 7h6 M11 17h6' },
  'host-os': { category: 'compute', glyph: 'M3 4h18v16H3z M3 8h18 M7 12l3 2-3 2 M12 16h5' },
  hypervisor: { category: 'compute', glyph: 'M3 17h18v4H3z M5 5h6v9H5z M13 5h6v9h-6z' },
  vm: { category: 'compute', glyph: 'M3 4h18v13H3z M8 21h8 M12 17v4 M7 8h10v5H7z' },
  'guest-os': { category: 'compute', glyph: 'M4 4h16v16H4z M4 8h16 M9 14l2 2 4-4' },
  'docker-daemon': {
    category: 'container',
    glyph: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M4.9 4.9L7 7 M17 17l2.1 2.1 M4.9 19.1L7 17 M17 7l2.1-2.1',
  },
  container: { category: 'container', glyph: 'M3 6h18v12H3z M7.5 6v12 M12 6v12 M16.5 6v12' },
  app: { category: 'container', glyph: 'M8 8l-4 4 4 4 M16 8l4 4-4 4 M13.5 6l-3 12' },
  region: { category: 'neutral', glyph: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18' },
  vpc: { category: 'network', glyph: 'M7 18h10a4 4 0 0 0 .5-7.97A6 6 0 0 0 6 9.5 4.25 4.25 0 0 0 7 18z' },
  'availability-zone': {
    category: 'network',
    glyph: 'M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12z M12 11.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  },
  'public-subnet': { category: 'public', glyph: 'M4 5h16v14H4z M10 14l6-6 M12 8h4v4' },
  'private-subnet': { category: 'private', glyph: 'M6 11h12v9H6z M8.5 11V8a3.5 3.5 0 0 1 7 0v3 M12 15v2' },
  'internet-gateway': { category: 'network', glyph: 'M5 21V9a7 7 0 0 1 14 0v12 M3 21h18 M12 9v12' },
  'nat-gateway': { category: 'network', glyph: 'M4 8h12 M13 5l3 3-3 3 M20 16H8 M11 13l-3 3 3 3' },
  group: { category: 'neutral', glyph: 'M4 9V4h5 M15 4h5v5 M20 15v5h-5 M9 20H4v-5' },
  'ecs-cluster': { category: 'container', glyph: 'M3 3h7v7H3z M14 3h7v7h-7z M3 14h7v7H3z M14 14h7v7h-7z' },
  'ecs-service': { category: 'container', glyph: 'M20 12a8 8 0 1 1-3-6.2 M20 4v4h-4 M9 9h6v6H9z' },
  'ecs-task': { category: 'container', glyph: 'M4 4h16v16H4z M8 8h8v8H8z' },
  'ecs-agent': {
    category: 'container',
    glyph:
      'M12 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4z M7.8 7.8a6 6 0 0 0 0 8.4 M16.2 7.8a6 6 0 0 1 0 8.4 M5 5a10 10 0 0 0 0 14 M19 5a10 10 0 0 1 0 14',
  },
  'task-definition': { category: 'container', glyph: 'M6 3h9l4 4v14H6z M15 3v4h4 M9 12h7 M9 16h7' },
  'ec2-instance': {
    category: 'compute',
    glyph: 'M5 5h14v14H5z M9 9h6v6H9z M9 2v3 M15 2v3 M9 19v3 M15 19v3 M2 9h3 M2 15h3 M19 9h3 M19 15h3',
  },
  fargate: { category: 'container', glyph: 'M7 3h10v6H7z M3 15h8v6H3z M13 15h8v6h-8z M12 9v3 M7 12h10 M7 12v3 M17 12v3' },
  'auto-scaling-group': { category: 'compute', glyph: 'M8 8h8v8H8z M2 12h4 M18 12h4 M4 10l-2 2 2 2 M20 10l2 2-2 2' },
  'capacity-provider': { category: 'compute', glyph: 'M4 15a8 8 0 0 1 16 0 M12 15l4-5 M3 19h18' },
  'eks-control-plane': {
    category: 'container',
    glyph:
      'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z M12 3v6 M12 15v6 M3.5 9l5.7 2 M14.8 13l5.7 2 M3.5 15l5.7-2 M14.8 11l5.7-2',
  },
  'eks-node': { category: 'compute', glyph: 'M12 2l8.66 5v10L12 22l-8.66-5V7z M12 8l3.5 2v4L12 16l-3.5-2v-4z' },
  pod: { category: 'container', glyph: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M8.5 9.5h7v5h-7z' },
  'app-runner': { category: 'container', glyph: 'M4 12h11 M11 7l5 5-5 5 M20 5v14' },
  lambda: { category: 'compute', glyph: 'M6 20l6-10 M8 4h3l7 16h2' },
  ecr: { category: 'container', glyph: 'M4 3h16v6H4z M4 15h16v6H4z M12 9v6 M9 12l3 3 3-3' },
  'docker-hub': {
    category: 'neutral',
    glyph: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M7.5 9.5h3v3h-3z M13.5 9.5h3v3h-3z M10.5 13.5h3v3h-3z',
  },
  alb: { category: 'network', glyph: 'M12 3v6 M12 9l-7 6 M12 9l7 6 M12 9v6 M3 15h4v5H3z M10 15h4v5h-4z M17 15h4v5h-4z' },
  nlb: { category: 'network', glyph: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z M12 3v6 M12 15v6 M3 12h6 M15 12h6' },
  clb: { category: 'network', glyph: 'M4 6h16 M4 12h16 M4 18h16 M8 3v6 M16 9v6 M10 15v6' },
  'target-group': { category: 'network', glyph: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10z M12 11.5v1' },
  'service-proxy': { category: 'container', glyph: 'M8 7h8v10H8z M2 12h6 M16 12h6 M5 9l3 3-3 3 M19 9l3 3-3 3' },
  'cloud-map': { category: 'network', glyph: 'M3 6l6-3 6 3 6-3v15l-6 3-6-3-6 3z M9 3v15 M15 6v15' },
  'vpc-lattice': { category: 'network', glyph: 'M12 3l9 9-9 9-9-9z M7.5 7.5l9 9 M16.5 7.5l-9 9' },
  s3: { category: 'storage', glyph: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z M4 6l2 13c.3 1.7 3 2.5 6 2.5s5.7-.8 6-2.5l2-13' },
  dynamodb: {
    category: 'database',
    glyph: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6 M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  },
  efs: { category: 'storage', glyph: 'M3 5h6l2 3h10v12H3z M7 14h10' },
  ebs: { category: 'storage', glyph: 'M4 4h16v16H4z M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z M12 11.5v1' },
  fsx: { category: 'storage', glyph: 'M3 5h6l2 3h10v12H3z M7 12h10 M7 16h6' },
  eventbridge: {
    category: 'integration',
    glyph:
      'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z M3 4h4v4H3z M17 4h4v4h-4z M3 16h4v4H3z M17 16h4v4h-4z M7 8l2.5 2 M17 8l-2.5 2 M7 16l2.5-2 M17 16l-2.5-2',
  },
  'eventbridge-scheduler': { category: 'integration', glyph: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 7v5l3 2' },
  sqs: { category: 'integration', glyph: 'M3 7h14v10H3z M7 7v10 M11 7v10 M17 12h4 M19 10l2 2-2 2' },
  sns: { category: 'integration', glyph: 'M4 10v4h3l6 4V6l-6 4z M16 9a4 4 0 0 1 0 6 M18.5 6.5a8 8 0 0 1 0 11' },
  'iam-role': { category: 'security', glyph: 'M8 15a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M12 11h9 M17 11v3 M20 11v2' },
  'secrets-manager': { category: 'security', glyph: 'M6 11h12v10H6z M8 11V7a4 4 0 0 1 8 0v4 M12 15v2' },
  'cloudwatch-metric': { category: 'management', glyph: 'M3 3v18h18 M7 15l4-5 3 3 5-7' },
  'cloudwatch-alarm': { category: 'management', glyph: 'M6 17v-6a6 6 0 0 1 12 0v6l2 2H4z M10 21h4' },
  'cloudwatch-logs': { category: 'management', glyph: 'M6 3h9l3 3v15H6z M15 3v3h3 M9 10h6 M9 14h6 M9 18h4' },
  'application-auto-scaling': { category: 'management', glyph: 'M7 4v16 M4 7l3-3 3 3 M17 20V4 M14 17l3 3 3-3' },
  cloudformation: { category: 'delivery', glyph: 'M12 3l9 4.5-9 4.5-9-4.5z M3 12l9 4.5 9-4.5 M3 16.5l9 4.5 9-4.5' },
  codepipeline: { category: 'delivery', glyph: 'M2 9h5v6H2z M9.5 9h5v6h-5z M17 9h5v6h-5z M7 12h2.5 M14.5 12H17' },
  app2container: { category: 'delivery', glyph: 'M3 3h8v8H3z M13 13h8v8h-8z M7 11v5h6 M10 13l3 3-3 3' },
  artifact: { category: 'delivery', glyph: 'M3 7l9-4 9 4v10l-9 4-9-4z M3 7l9 4 9-4 M12 11v10' },
};

export const categoryColour = (category: KindCategory) => `var(--dg-${category})`;
