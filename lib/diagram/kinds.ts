/**
 * Every kind of thing a diagram can show, with the label a reader sees when the author gives none
 * and whether it may contain other nodes (a group). Groups nest as AWS's own diagrams do:
 * Region ⊃ VPC ⊃ Availability Zone ⊃ subnet, and cluster ⊃ instance ⊃ task.
 */
export const NODE_KINDS = {
  // People and places outside AWS
  user: { label: 'User', group: false },
  'on-premises-server': { label: 'On-premises server', group: false },
  // Docker lessons: the layers of a host
  infrastructure: { label: 'Infrastructure', group: false },
  'host-os': { label: 'Host operating system', group: false },
  hypervisor: { label: 'Hypervisor', group: false },
  vm: { label: 'Virtual machine', group: true },
  'guest-os': { label: 'Guest operating system', group: false },
  'docker-daemon': { label: 'Docker daemon', group: false },
  container: { label: 'Container', group: true },
  app: { label: 'Application', group: false },
  // Networking and grouping
  region: { label: 'AWS Region', group: true },
  vpc: { label: 'VPC', group: true },
  'availability-zone': { label: 'Availability Zone', group: true },
  'public-subnet': { label: 'Public subnet', group: true },
  'private-subnet': { label: 'Private subnet', group: true },
  'internet-gateway': { label: 'Internet gateway', group: false },
  'nat-gateway': { label: 'NAT gateway', group: false },
  group: { label: 'Group', group: true },
  // Compute and containers
  'ecs-cluster': { label: 'ECS cluster', group: true },
  'ecs-service': { label: 'ECS service', group: false },
  'ecs-task': { label: 'ECS task', group: true },
  'ecs-agent': { label: 'ECS agent', group: false },
  'task-definition': { label: 'Task definition', group: false },
  'ec2-instance': { label: 'EC2 instance', group: true },
  fargate: { label: 'AWS Fargate', group: true },
  'auto-scaling-group': { label: 'Auto Scaling group', group: true },
  'capacity-provider': { label: 'Capacity provider', group: false },
  'eks-control-plane': { label: 'EKS control plane', group: false },
  'eks-node': { label: 'EKS node', group: true },
  pod: { label: 'Pod', group: true },
  'app-runner': { label: 'AWS App Runner', group: false },
  lambda: { label: 'AWS Lambda', group: false },
  // Registries
  ecr: { label: 'Amazon ECR', group: false },
  'docker-hub': { label: 'Docker Hub', group: false },
  // Load balancing
  alb: { label: 'Application Load Balancer', group: false },
  nlb: { label: 'Network Load Balancer', group: false },
  clb: { label: 'Classic Load Balancer', group: false },
  'target-group': { label: 'Target group', group: false },
  // Service-to-service networking
  'service-proxy': { label: 'Sidecar proxy', group: false },
  'cloud-map': { label: 'AWS Cloud Map', group: false },
  'vpc-lattice': { label: 'Amazon VPC Lattice', group: false },
  // Storage and data
  s3: { label: 'Amazon S3', group: false },
  dynamodb: { label: 'Amazon DynamoDB', group: false },
  efs: { label: 'Amazon EFS', group: false },
  ebs: { label: 'Amazon EBS', group: false },
  fsx: { label: 'Amazon FSx', group: false },
  // Integration and events
  eventbridge: { label: 'Amazon EventBridge', group: false },
  'eventbridge-scheduler': { label: 'EventBridge Scheduler', group: false },
  sqs: { label: 'Amazon SQS', group: false },
  sns: { label: 'Amazon SNS', group: false },
  // Security, monitoring, scaling
  'iam-role': { label: 'IAM role', group: false },
  'secrets-manager': { label: 'AWS Secrets Manager', group: false },
  'cloudwatch-metric': { label: 'CloudWatch metric', group: false },
  'cloudwatch-alarm': { label: 'CloudWatch alarm', group: false },
  'cloudwatch-logs': { label: 'CloudWatch Logs', group: false },
  'application-auto-scaling': { label: 'Application Auto Scaling', group: false },
  // Delivery (App2Container and CI/CD)
  cloudformation: { label: 'AWS CloudFormation', group: false },
  codepipeline: { label: 'AWS CodePipeline', group: false },
  app2container: { label: 'AWS App2Container', group: false },
  artifact: { label: 'Artifact', group: false },
} as const satisfies Record<string, { label: string; group: boolean }>;

export type NodeKind = keyof typeof NODE_KINDS;
export const NODE_KIND_NAMES = Object.keys(NODE_KINDS) as NodeKind[];

export const EDGE_KINDS = ['request', 'data', 'control', 'assumes-role'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Which group kinds a group may sit inside; kinds not listed may sit anywhere. */
export const ALLOWED_PARENTS: Partial<Record<NodeKind, readonly NodeKind[]>> = {
  vpc: ['region', 'group'],
  'availability-zone': ['vpc', 'region', 'group'],
  'public-subnet': ['availability-zone', 'vpc', 'group'],
  'private-subnet': ['availability-zone', 'vpc', 'group'],
  'ec2-instance': ['ecs-cluster', 'auto-scaling-group', 'public-subnet', 'private-subnet', 'availability-zone', 'vpc', 'region', 'group'],
  'ecs-task': ['ecs-cluster', 'ec2-instance', 'fargate', 'public-subnet', 'private-subnet', 'availability-zone', 'vpc', 'group'],
};
