'use client';
import Link from '@/components/ui/Link';
import type { ModuleSummary } from '@/lib/content/types';
import { LessonStatus } from '@/components/course/LessonStatus';
import { useApp } from '@/lib/store';

/** Each module's lessons with the date each was completed. */
export function LessonRecord({ modules }: { modules: ModuleSummary[] }) {
  const completed = useApp((s) => s.progress.completed);
  return (
    <div className="space-y-6">
      {modules.map((mod) => {
        const done = mod.lessons.filter((l) => completed[l.slug]).length;
        return (
          <section key={mod.slug} aria-labelledby={`record-${mod.slug}`}>
            <h3 id={`record-${mod.slug}`} className="flex items-baseline justify-between gap-2 font-semibold">
              <span>
                {mod.order}. {mod.title}
              </span>
              <span className="text-sm font-normal text-muted">
                {done} of {mod.lessons.length}
              </span>
            </h3>
            <ul className="mt-2 divide-y divide-line rounded-xl border border-line">
              {mod.lessons.map((lesson) => {
                const at = completed[lesson.slug];
                return (
                  <li key={lesson.slug} className="flex items-center gap-3 px-4 py-3">
                    <LessonStatus slug={lesson.slug} />
                    <Link href={`/lessons/${lesson.slug}/`} className="flex-1 font-medium hover:text-accent">
                      {lesson.title}
                    </Link>
                    <span className="text-sm text-muted">
                      {at ? <time dateTime={at}>{new Date(at).toLocaleDateString()}</time> : 'Not yet'}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
