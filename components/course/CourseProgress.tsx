'use client';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { useApp } from '@/lib/store';

/** Completed lessons out of all lessons in the course. */
export function CourseProgress({ slugs }: { slugs: string[] }) {
  const hydrated = useApp((s) => s.hydrated);
  const done = useApp((s) => slugs.filter((slug) => s.progress.completed[slug]).length);
  return (
    <div>
      <div className="mb-2 flex items-baseline justify-between text-sm">
        <span className="font-medium text-fg">Course progress</span>
        <span className="text-muted" aria-hidden={!hydrated}>
          {hydrated ? `${done} of ${slugs.length} lessons complete` : `${slugs.length} lessons`}
        </span>
      </div>
      <ProgressBar value={hydrated ? done : 0} max={slugs.length} label="Lessons completed" />
    </div>
  );
}
