import Link from '@/components/ui/Link';
import type { ModuleSummary } from '@/lib/content/types';
import { LessonStatus } from './LessonStatus';

/** Every module and its lessons, in course order. */
export function CourseOverview({ modules }: { modules: ModuleSummary[] }) {
  if (modules.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-line p-8 text-center text-muted">
        No lessons yet. Add one under <code>content/</code> (see the README).
      </p>
    );
  }
  return (
    <ol className="space-y-8">
      {modules.map((mod) => (
        <li key={mod.slug} aria-labelledby={`module-${mod.slug}`}>
          <div className="mb-3">
            <p className="text-xs font-semibold uppercase tracking-wider text-accent">Module {mod.order}</p>
            <h2 id={`module-${mod.slug}`} className="text-xl font-semibold">
              {mod.title}
            </h2>
            <p className="mt-1 text-muted">{mod.summary}</p>
          </div>
          <ol className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-card">
            {mod.lessons.map((lesson, i) => (
              <li key={lesson.slug}>
                <Link
                  href={`/lessons/${lesson.slug}/`}
                  className="group flex items-start gap-3 p-4 hover:bg-bg-subtle focus-visible:bg-bg-subtle"
                >
                  <LessonStatus slug={lesson.slug} className="mt-0.5" />
                  <span className="min-w-0 flex-1">
                    <span className="block font-medium text-fg group-hover:text-accent">
                      <span className="sr-only">Lesson </span>
                      {mod.order}.{i + 1} {lesson.title}
                    </span>
                    <span className="mt-0.5 block text-sm text-muted">{lesson.summary}</span>
                  </span>
                  <span className="shrink-0 whitespace-nowrap text-sm text-muted">{lesson.minutes} min</span>
                </Link>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
