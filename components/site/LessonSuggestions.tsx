'use client';
import Link from '@/components/ui/Link';
import { useSyncExternalStore } from 'react';
import { suggestLessons, type SuggestibleLesson } from '@/lib/suggest-lessons';

const noSubscription = () => () => {};

/**
 * The 404's suggestions, by likeness to the address that was asked for. The page is static (one
 * 404.html for every missing address), so only the browser knows the path: the server HTML, and a
 * reader without JavaScript, get the course's first lessons.
 */
export function LessonSuggestions({ lessons }: { lessons: SuggestibleLesson[] }) {
  const path = useSyncExternalStore(
    noSubscription,
    () => window.location.pathname,
    () => null,
  );
  const { lessons: shown, matched } = path === null ? { lessons: lessons.slice(0, 5), matched: false } : suggestLessons(path, lessons);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="suggestions" className="mt-10">
      <h2 id="suggestions" className="font-semibold">
        {matched ? 'Lessons you might be looking for' : 'Start with these lessons'}
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {shown.map((l) => (
          <li key={l.slug}>
            <Link href={`/lessons/${l.slug}/`} className="text-accent underline">
              {l.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
