import { formatHash } from '@/lib/present/position';
import { deckPath, lessonPath } from '@/lib/routes';
import type { SearchDoc } from './types';

/** A run of text under one heading; `id` null is the text before the first heading. */
interface Section {
  id: string | null;
  heading: string;
  text: string;
}

/** Everything the index is built from, as plain data (the loaders in lib/content provide it at build time). */
export interface SearchSources {
  lessons: readonly { slug: string; title: string; summary: string; sections: readonly Section[] }[];
  glossary: readonly { id: string; term: string; aliases: readonly string[]; definition: string; lesson: string }[];
  questions: readonly { id: string; lesson: string; question: string; refs: readonly string[] }[];
  decks: readonly { slug: string; title: string; slides: readonly { title: string }[]; slideTexts: readonly string[] }[];
  cheatsheet?: { title: string; sections: readonly Section[] };
}

export const GLOSSARY_PATH = '/glossary/';
export const CHEATSHEET_PATH = '/cheatsheet/';

/** One document per lesson, section, term, question, slide and cheat-sheet section, each linking to its exact place. */
export function searchDocuments({ lessons, glossary, questions, decks, cheatsheet }: SearchSources): SearchDoc[] {
  const docs: Omit<SearchDoc, 'id'>[] = [];
  const titles = new Map(lessons.map((l) => [l.slug, l.title]));
  const doc = (d: Omit<SearchDoc, 'id' | 'keywords'> & { keywords?: string }) => docs.push({ keywords: '', ...d });

  for (const lesson of lessons) {
    const href = lessonPath(lesson.slug);
    const intro = lesson.sections.find((s) => s.id === null)?.text ?? '';
    doc({ kind: 'lesson', title: lesson.title, text: [lesson.summary, intro].filter(Boolean).join(' '), href, context: 'Lesson' });
    for (const s of lesson.sections) {
      if (s.id !== null) doc({ kind: 'section', title: s.heading, text: s.text, href: `${href}#${s.id}`, context: lesson.title });
    }
  }
  for (const term of glossary) {
    doc({
      kind: 'term',
      title: term.term,
      text: term.definition,
      keywords: term.aliases.join(' '),
      href: `${GLOSSARY_PATH}#${term.id}`,
      context: 'Glossary',
    });
  }
  for (const q of questions) {
    const ref = q.refs[0];
    doc({
      kind: 'question',
      title: q.question,
      text: '',
      href: `${lessonPath(q.lesson)}${ref ? `#${ref}` : ''}`,
      context: titles.get(q.lesson) ?? q.lesson,
    });
  }
  for (const deck of decks) {
    deck.slides.forEach((slide, i) => {
      const text = deck.slideTexts[i] ?? '';
      // The slide's own heading starts its text: show what follows it.
      const body = text.startsWith(slide.title) ? text.slice(slide.title.length).trim() : text;
      doc({
        kind: 'slide',
        title: slide.title,
        text: body,
        href: `${deckPath(deck.slug)}${formatHash({ slide: i, fragment: 0 })}`,
        context: `Deck: ${deck.title}`,
      });
    });
  }
  for (const s of cheatsheet?.sections ?? []) {
    if (s.id !== null)
      doc({ kind: 'cheatsheet', title: s.heading, text: s.text, href: `${CHEATSHEET_PATH}#${s.id}`, context: cheatsheet!.title });
  }
  return docs.map((d, id) => ({ id, ...d }));
}
