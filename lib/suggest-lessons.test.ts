import { describe, expect, it } from 'vitest';
import { suggestLessons } from './suggest-lessons';

const lessons = [
  { slug: 'what-is-docker', title: 'What is Docker?' },
  { slug: 'docker-vs-virtual-machines', title: 'Docker vs. virtual machines' },
  { slug: 'getting-started-with-docker', title: 'Getting started with Docker' },
  { slug: 'amazon-ecr', title: 'Amazon ECR' },
  { slug: 'ecs-ec2-launch-type', title: 'Amazon ECS – EC2 launch type' },
  { slug: 'ecs-fargate-launch-type', title: 'Amazon ECS – Fargate launch type' },
  { slug: 'ecs-efs-volumes', title: 'Amazon ECS – Data volumes (EFS)' },
  { slug: 'eks-data-volumes', title: 'Amazon EKS – data volumes' },
  { slug: 'app-runner', title: 'AWS App Runner' },
];
const slugs = (path: string) => suggestLessons(path, lessons).lessons.map((l) => l.slug);

describe('404 suggestions', () => {
  it('puts the lesson the address nearly names first', () => {
    expect(slugs('/lessons/ecs-fargate/')[0]).toBe('ecs-fargate-launch-type');
    expect(slugs('/lessons/fargte-launch-type/')[0]).toBe('ecs-fargate-launch-type');
    expect(slugs('/lessons/apprunner/')).not.toContain('what-is-docker');
    expect(slugs('/lessons/app-runer/')[0]).toBe('app-runner');
  });

  it('ranks by how much of the address matches, course order breaking ties', () => {
    expect(slugs('/lessons/data-volumes/').slice(0, 2)).toEqual(['ecs-efs-volumes', 'eks-data-volumes']);
    expect(slugs('/lessons/eks-volumes/')[0]).toBe('eks-data-volumes');
    expect(slugs('/ecr')[0]).toBe('amazon-ecr');
  });

  it('offers at most five, and the course start when nothing is alike', () => {
    expect(slugs('/lessons/amazon/')).toHaveLength(5);
    expect(suggestLessons('/lessons/zzz-qqq/', lessons)).toEqual({ lessons: lessons.slice(0, 5), matched: false });
    expect(suggestLessons('/', lessons).matched).toBe(false);
  });
});
