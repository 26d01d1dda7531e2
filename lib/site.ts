/** Where the built site is served; set SITE_URL at build time for a real deployment. */
export const SITE = {
  name: 'Stevedore',
  tagline: 'Containers on AWS, interactively',
  description:
    'An interactive course on running containers on AWS: Docker, Amazon ECS on EC2 and Fargate, ECR, EKS, App Runner and auto scaling, with live diagrams, a scaling playground and exam-style practice.',
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
} as const;
