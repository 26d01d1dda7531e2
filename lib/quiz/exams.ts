/**
 * The AWS certification exams the bank serves and their official domains. A question names the ones it
 * serves as `EXAM/domain` tags (e.g. "SAA-C03/resilient"); results are reported by domain.
 * Lengths, times and pass lines are the official exam guide's (scaled score out of 1,000).
 */
export interface ExamDomain {
  key: string;
  name: string;
}

export interface Exam {
  code: string;
  name: string;
  questions: number;
  minutes: number;
  passScaled: number;
  domains: readonly ExamDomain[];
}

export const EXAMS = [
  {
    code: 'SAA-C03',
    name: 'AWS Certified Solutions Architect – Associate',
    questions: 65,
    minutes: 130,
    passScaled: 720,
    domains: [
      { key: 'secure', name: 'Design Secure Architectures' },
      { key: 'resilient', name: 'Design Resilient Architectures' },
      { key: 'performant', name: 'Design High-Performing Architectures' },
      { key: 'cost', name: 'Design Cost-Optimized Architectures' },
    ],
  },
  {
    code: 'DVA-C02',
    name: 'AWS Certified Developer – Associate',
    questions: 65,
    minutes: 130,
    passScaled: 720,
    domains: [
      { key: 'development', name: 'Development with AWS Services' },
      { key: 'security', name: 'Security' },
      { key: 'deployment', name: 'Deployment' },
      { key: 'troubleshooting', name: 'Troubleshooting and Optimization' },
    ],
  },
  {
    code: 'SOA-C03',
    name: 'AWS Certified CloudOps Engineer – Associate',
    questions: 65,
    minutes: 130,
    passScaled: 720,
    domains: [
      { key: 'monitoring', name: 'Monitoring, Logging, Analysis, Remediation, and Performance Optimization' },
      { key: 'reliability', name: 'Reliability and Business Continuity' },
      { key: 'deployment', name: 'Deployment, Provisioning, and Automation' },
      { key: 'security', name: 'Security and Compliance' },
      { key: 'networking', name: 'Networking and Content Delivery' },
    ],
  },
  {
    code: 'DOP-C02',
    name: 'AWS Certified DevOps Engineer – Professional',
    questions: 75,
    minutes: 180,
    passScaled: 750,
    domains: [
      { key: 'sdlc', name: 'SDLC Automation' },
      { key: 'config-iac', name: 'Configuration Management and IaC' },
      { key: 'resilient', name: 'Resilient Cloud Solutions' },
      { key: 'monitoring', name: 'Monitoring and Logging' },
      { key: 'incident', name: 'Incident and Event Response' },
      { key: 'security', name: 'Security and Compliance' },
    ],
  },
] as const satisfies readonly Exam[];

export type ExamTag = `${string}/${string}`;

/** Every valid tag, e.g. "SAA-C03/resilient". */
export const EXAM_TAGS: ReadonlySet<string> = new Set(EXAMS.flatMap((e) => e.domains.map((d) => `${e.code}/${d.key}`)));
