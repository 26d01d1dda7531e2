import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { LessonBody } from '@/components/lesson/LessonBody';
import { PrintButton } from '@/components/ui/PrintButton';
import { getCheatSheet } from '@/lib/content/cheatsheet.server';

export const metadata: Metadata = pageMetadata({
  path: '/cheatsheet/',
  title: 'Cheat sheet',
  description:
    'One printable sheet of comparison tables: ECS vs EKS vs App Runner, EC2 vs Fargate, ALB vs NLB vs CLB, deployment strategies, service-to-service networking, IAM roles, task definition limits, storage, scaling policies, ECR vs Docker Hub.',
});

export default async function CheatSheetPage() {
  const sheet = await getCheatSheet();
  return (
    <div className="cheatsheet mx-auto max-w-5xl px-4 py-10">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{sheet.title}</h1>
          <p className="mt-2 text-muted">{sheet.summary}</p>
        </div>
        <PrintButton />
      </div>
      <div className="mt-6">
        <LessonBody code={sheet.code} />
      </div>
    </div>
  );
}
