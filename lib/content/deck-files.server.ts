import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Course } from './course.server';
import type { DiagramSource } from './diagram-files.server';
import { ContentError, ContentErrors } from './errors';
import { parseDeckSource, type ParsedDeck } from './deck-source';

export const DECK_FILE_NAME = 'slides.mdx';

export interface Deck extends ParsedDeck {
  /** The lesson's slug: decks live at /present/<slug>/. */
  slug: string;
  title: string;
  moduleSlug: string;
  minutes: number;
  file: string;
  dir: string;
}

export interface DeckInputs {
  course: Course;
  diagrams: readonly DiagramSource[];
  /** The quiz bank's questions: a poll names one of its own lesson's. */
  questions: readonly { id: string; lesson: string }[];
  presetIds: ReadonlySet<string>;
}

/** Every lesson's slides.mdx, parsed and checked against the diagrams, quizzes and presets it names. */
export function loadDecks({ course, diagrams, questions, presetIds }: DeckInputs): Deck[] {
  const questionsByLesson = new Map<string, Set<string>>();
  for (const q of questions) questionsByLesson.set(q.lesson, (questionsByLesson.get(q.lesson) ?? new Set()).add(q.id));
  const steps = new Map(diagrams.map((d) => [d.diagram.id, d.diagram.steps.length]));
  const errors: ContentError[] = [];
  const decks: Deck[] = [];
  for (const lesson of course.lessons) {
    const full = path.join(lesson.dir, DECK_FILE_NAME);
    const file = path.join(path.dirname(lesson.file), DECK_FILE_NAME);
    if (!existsSync(full)) {
      errors.push(
        new ContentError(file, [
          { field: '', message: `missing: every lesson has a deck for presenting (${DECK_FILE_NAME} beside lesson.mdx)` },
        ]),
      );
      continue;
    }
    try {
      const parsed = parseDeckSource(readFileSync(full, 'utf8'), file, {
        diagramSteps: (id) => steps.get(id),
        questionIds: questionsByLesson.get(lesson.slug) ?? new Set(),
        presetIds,
      });
      decks.push({
        ...parsed,
        slug: lesson.slug,
        title: parsed.frontmatter.title ?? lesson.title,
        moduleSlug: lesson.moduleSlug,
        minutes: parsed.frontmatter.minutes,
        file,
        dir: lesson.dir,
      });
    } catch (error) {
      errors.push(error instanceof ContentError ? error : new ContentError(file, [{ field: '', message: String(error) }]));
    }
  }
  if (errors.length > 0) throw new ContentErrors('Decks', errors);
  return decks;
}

/** Preset ids from content/scenarios (the presets themselves are validated by their own loader). */
export function presetIdsIn(contentDir: string): Set<string> {
  const dir = path.join(contentDir, 'scenarios');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, '')),
  );
}
