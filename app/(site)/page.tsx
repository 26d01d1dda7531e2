import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { SITE } from '@/lib/site';
import Link from '@/components/ui/Link';
import { ContinueCard } from '@/components/course/ContinueCard';
import { CourseOverview } from '@/components/course/CourseOverview';
import { CourseProgress } from '@/components/course/CourseProgress';
import { getCourse } from '@/lib/content/index.server';

export const metadata: Metadata = {
  ...pageMetadata({ path: '/', title: SITE.name, description: SITE.description }),
  // The site's own name and tagline, not "Stevedore · Stevedore".
  title: { absolute: `${SITE.name} — ${SITE.tagline}` },
};

export default function HomePage() {
  const { modules } = getCourse();
  const lessons = modules.flatMap((m) =>
    m.lessons.map((l) => ({ slug: l.slug, title: l.title, minutes: l.minutes, moduleTitle: m.title })),
  );
  const minutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <div className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Containers on AWS</h1>
        <p className="mt-3 max-w-2xl text-lg text-muted">
          From your first Docker image to Amazon ECS, EKS and App Runner — with live architecture diagrams, a scaling playground and
          exam-style practice. {modules.length} modules, {lessons.length} lessons, about {minutes} minutes.
        </p>
        <p className="mt-2 text-muted">
          Teaching a class? Every lesson has a deck:{' '}
          <Link href="/present/" className="font-medium text-accent underline underline-offset-2">
            present it live
          </Link>{' '}
          with speaker notes, polls and the playground.
        </p>
      </div>
      <div className="mb-10 space-y-5">
        <ContinueCard lessons={lessons} />
        <CourseProgress slugs={lessons.map((l) => l.slug)} />
      </div>
      <CourseOverview modules={modules} />
    </div>
  );
}
