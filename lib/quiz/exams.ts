/**
 * The AWS certification exams the bank serves and their official domains. A question names the ones it
 * serves as `EXAM/domain` tags (e.g. "SAA-C03/resilient"); results are reported by domain and the exam
 * presets draw by the domain weights.
 *
 * Lengths, times, pass lines (a scaled score of 100–1,000) and domain weights (% of scored content) are
 * the official exam guides', checked on 2026-12-03:
 * - SAA-C03: docs.aws.amazon.com/aws-certification/latest/solutions-architect-associate-03/
 * - DVA-C02: docs.aws.amazon.com/aws-certification/latest/userguide/developer-associate-02-domain1.html
 * - SOA-C03 (CloudOps Engineer – Associate, which replaced SysOps Administrator SOA-C02 in 2025):
 *   docs.aws.amazon.com/aws-certification/latest/sysops-administrator-associate-03/
 * - DOP-C02: docs.aws.amazon.com/aws-certification/latest/examguides/devops-engineer-professional-02.html
 */
export interface ExamDomain {
  key: string;
  name: string;
  /** Share of the scored content, in percent; an exam's weights add up to 100. */
  weight: number;
}

export interface Exam {
  code: string;
  name: string;
  /** Questions on the exam, scored and unscored together. */
  questions: number;
  minutes: number;
  /** The minimum passing scaled score (100–1,000). */
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
      { key: 'secure', name: 'Design Secure Architectures', weight: 30 },
      { key: 'resilient', name: 'Design Resilient Architectures', weight: 26 },
      { key: 'performant', name: 'Design High-Performing Architectures', weight: 24 },
      { key: 'cost', name: 'Design Cost-Optimized Architectures', weight: 20 },
    ],
  },
  {
    code: 'DVA-C02',
    name: 'AWS Certified Developer – Associate',
    questions: 65,
    minutes: 130,
    passScaled: 720,
    domains: [
      { key: 'development', name: 'Development with AWS Services', weight: 32 },
      { key: 'security', name: 'Security', weight: 26 },
      { key: 'deployment', name: 'Deployment', weight: 24 },
      { key: 'troubleshooting', name: 'Troubleshooting and Optimization', weight: 18 },
    ],
  },
  {
    code: 'SOA-C03',
    name: 'AWS Certified CloudOps Engineer – Associate',
    questions: 65,
    minutes: 130,
    passScaled: 720,
    domains: [
      { key: 'monitoring', name: 'Monitoring, Logging, Analysis, Remediation, and Performance Optimization', weight: 22 },
      { key: 'reliability', name: 'Reliability and Business Continuity', weight: 22 },
      { key: 'deployment', name: 'Deployment, Provisioning, and Automation', weight: 22 },
      { key: 'security', name: 'Security and Compliance', weight: 16 },
      { key: 'networking', name: 'Networking and Content Delivery', weight: 18 },
    ],
  },
  {
    code: 'DOP-C02',
    name: 'AWS Certified DevOps Engineer – Professional',
    questions: 75,
    minutes: 180,
    passScaled: 750,
    domains: [
      { key: 'sdlc', name: 'SDLC Automation', weight: 22 },
      { key: 'config-iac', name: 'Configuration Management and IaC', weight: 17 },
      { key: 'resilient', name: 'Resilient Cloud Solutions', weight: 15 },
      { key: 'monitoring', name: 'Monitoring and Logging', weight: 15 },
      { key: 'incident', name: 'Incident and Event Response', weight: 14 },
      { key: 'security', name: 'Security and Compliance', weight: 17 },
    ],
  },
] as const satisfies readonly Exam[];

export type ExamCode = (typeof EXAMS)[number]['code'];
export type ExamTag = `${string}/${string}`;

/** Every valid tag, e.g. "SAA-C03/resilient". */
export const EXAM_TAGS: ReadonlySet<string> = new Set(EXAMS.flatMap((e) => e.domains.map((d) => `${e.code}/${d.key}`)));

export function examByCode(code: string | undefined): Exam | undefined {
  return EXAMS.find((e) => e.code === code);
}

/** The keys of the domains of `exam` a question's tags name, in the exam's domain order. */
export function domainsOf(tags: readonly string[], exam: Exam): string[] {
  return exam.domains.filter((d) => tags.includes(`${exam.code}/${d.key}`)).map((d) => d.key);
}

/**
 * The pass line as a share of questions right: the passing scaled score over 1,000. Only an
 * approximation: AWS scales scores and does not publish how many answers a pass takes.
 */
export function passPercent(exam: Pick<Exam, 'passScaled'>): number {
  return exam.passScaled / 10;
}

/** Why a tag is not valid, naming what would be: an unknown exam, or an unknown domain of a known one. */
export function tagProblem(tag: string): string | null {
  if (EXAM_TAGS.has(tag)) return null;
  const [code, domain] = tag.split('/');
  const exam = examByCode(code);
  if (!exam || domain === undefined) {
    return `unknown exam domain "${tag}": write EXAM/domain with EXAM one of ${EXAMS.map((e) => e.code).join(', ')} (lib/quiz/exams.ts)`;
  }
  return `unknown domain "${domain}" of ${exam.code}; use one of ${exam.domains.map((d) => `${exam.code}/${d.key}`).join(', ')}`;
}
