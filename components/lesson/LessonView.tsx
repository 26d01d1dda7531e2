import Link from '@/components/ui/Link';
import type { ModuleSummary, TocEntry } from '@/lib/content/types';
import { Drawer } from '@/components/ui/Drawer';
import { CourseMap } from './CourseMap';
import { LessonBody, type LessonQuiz } from './LessonBody';
import { MarkComplete } from './MarkComplete';
import { deckPath } from '@/lib/routes';
import { PrevNext } from './PrevNext';
import { ReadingPosition } from './ReadingPosition';
import { ReadingProgress } from './ReadingProgress';
import { ScrollToCurrent } from './ScrollToCurrent';
import { TableOfContents } from './TableOfContents';

interface Props {
  lesson: { slug: string; title: string; minutes: number; objectives: string[] };
  moduleLabel: string;
  code: string;
  toc: TocEntry[];
  modules: ModuleSummary[];
  previous?: { slug: string; title: string };
  next?: { slug: string; title: string };
  quiz?: LessonQuiz;
}

/** A lesson: course map (sidebar, or drawer on phones), the article, and its table of contents. */
export function LessonView({ lesson, moduleLabel, code, toc, modules, previous, next, quiz }: Props) {
  return (
    <div className="mx-auto grid max-w-7xl gap-8 px-4 py-6 lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_13rem]">
      <ReadingProgress targetId="lesson" />
      <ReadingPosition slug={lesson.slug} articleId="lesson" />
      <article id="lesson" className="min-w-0 max-w-3xl">
        <div className="mb-4 lg:hidden">
          <Drawer label="Course map" title="Course map">
            <CourseMap modules={modules} currentSlug={lesson.slug} />
          </Drawer>
          {/* The drawer needs JavaScript; without it the course's lessons are on the home page. */}
          <Link href="/" className="hidden text-sm font-medium text-accent underline noscript:inline">
            All lessons
          </Link>
        </div>
        <header className="mb-8 border-b border-line pb-6">
          <p className="text-sm font-medium text-accent">{moduleLabel}</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{lesson.title}</h1>
          <p className="mt-2 flex flex-wrap gap-x-3 text-sm text-muted">
            <span>{lesson.minutes} min</span>
            <a href={deckPath(lesson.slug)} className="font-medium text-accent underline underline-offset-2">
              Present this lesson<span className="sr-only"> as slides</span>
            </a>
          </p>
          <section aria-labelledby="objectives" className="mt-5 rounded-xl border border-line bg-bg-subtle p-4">
            <h2 id="objectives" className="text-sm font-semibold">
              By the end of this lesson you can
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-[0.97rem]">
              {lesson.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </section>
          <details className="mt-4 rounded-xl border border-line p-3 xl:hidden">
            <summary className="cursor-pointer text-sm font-semibold">On this page</summary>
            <div className="mt-3">
              <TableOfContents toc={toc} id="toc-inline" label="Sections" />
            </div>
          </details>
        </header>

        <LessonBody code={code} quiz={quiz} />

        <footer className="mt-12 space-y-8 border-t border-line pt-8">
          <MarkComplete slug={lesson.slug} title={lesson.title} />
          <PrevNext previous={previous} next={next} />
        </footer>
      </article>

      {/* After the article in the page, so the skip link and screen readers reach the lesson first;
          the grid still shows it on the left. */}
      <aside className="hidden lg:order-first lg:block" aria-label="Course">
        <div className="sticky top-[calc(var(--site-header-h)+1.5rem)] max-h-[calc(100vh-var(--site-header-h)-2.5rem)] overflow-y-auto pr-2">
          <CourseMap modules={modules} currentSlug={lesson.slug} />
          <ScrollToCurrent />
        </div>
      </aside>

      {/* Below xl there is no side column: "On this page" floats in reach wherever the reader is. */}
      {toc.length > 0 ? (
        <div className="fixed right-4 bottom-4 z-20 xl:hidden print:hidden">
          <Drawer label="On this page" title="On this page" icon={<ListIcon />} className="bg-card shadow-lg">
            <TableOfContents toc={toc} id="toc-drawer" label="Sections" />
          </Drawer>
        </div>
      ) : null}

      <aside className="hidden xl:block" aria-label="Table of contents">
        <div className="sticky top-[calc(var(--site-header-h)+1.5rem)]">
          <TableOfContents toc={toc} id="toc-side" />
        </div>
      </aside>
    </div>
  );
}

function ListIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01" />
    </svg>
  );
}
