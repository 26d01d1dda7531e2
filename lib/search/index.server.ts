import 'server-only';
import { getCheatSheet } from '@/lib/content/cheatsheet.server';
import { deckSlideTexts, getDecks } from '@/lib/content/decks.server';
import { getGlossary } from '@/lib/content/glossary.server';
import { getCourse } from '@/lib/content/index.server';
import { compileMdx } from '@/lib/content/mdx.server';
import { getQuizBank } from '@/lib/content/quiz-bank.server';
import { searchDocuments, type SearchSources } from './documents';
import { buildIndex } from './search';

/** Gathers every searchable text from the validated content (the same compiles the pages use). */
export async function getSearchSources(): Promise<SearchSources> {
  const { lessons } = getCourse();
  const [compiled, bank, decks, cheatsheet] = await Promise.all([
    Promise.all(lessons.map(compileMdx)),
    getQuizBank(),
    getDecks(),
    getCheatSheet(),
  ]);
  return {
    lessons: lessons.map((l, i) => ({ slug: l.slug, title: l.title, summary: l.summary, sections: compiled[i]!.sections })),
    glossary: getGlossary(lessons.map((l) => l.slug)),
    questions: bank.questions,
    decks: await Promise.all(
      decks.map(async (d) => ({ slug: d.slug, title: d.title, slides: d.slides, slideTexts: await deckSlideTexts(d) })),
    ),
    cheatsheet: { title: cheatsheet.title, sections: cheatsheet.sections },
  };
}

/** The saved MiniSearch index, as the browser loads it. */
export async function getSearchIndexJson(): Promise<string> {
  return JSON.stringify(buildIndex(searchDocuments(await getSearchSources())));
}
