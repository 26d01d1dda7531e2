import Link from '@/components/ui/Link';
import { LessonStatus } from '@/components/course/LessonStatus';
import type { ModuleSummary } from '@/lib/content/types';

/** The course's modules and lessons with completion ticks; the current lesson is marked. */
export function CourseMap({ modules, currentSlug }: { modules: ModuleSummary[]; currentSlug: string }) {
  return (
    <nav aria-label="Course map" className="text-sm">
      <ol className="space-y-5">
        {modules.map((mod) => (
          <li key={mod.slug}>
            <p className="mb-1.5 px-2 text-xs font-semibold uppercase tracking-wider text-muted">
              {mod.order}. {mod.title}
            </p>
            <ol className="space-y-0.5">
              {mod.lessons.map((lesson) => {
                const current = lesson.slug === currentSlug;
                return (
                  <li key={lesson.slug}>
                    <Link
                      href={`/lessons/${lesson.slug}/`}
                      aria-current={current ? 'page' : undefined}
                      className={`flex items-start gap-2 rounded-md px-2 py-1.5 ${current ? 'bg-accent-soft font-medium text-fg' : 'text-muted hover:bg-bg-subtle hover:text-fg'}`}
                    >
                      <LessonStatus slug={lesson.slug} className="mt-px scale-90" />
                      <span>{lesson.title}</span>
                    </Link>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
