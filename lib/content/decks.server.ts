import 'server-only';
import path from 'node:path';
import rehypeShiki from '@shikijs/rehype';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import { loadDecks, presetIdsIn, type Deck } from './deck-files.server';
import { getDiagramSources } from './diagrams.server';
import { ContentError } from './errors';
import { getCourse } from './index.server';
import { mdxProblems, SHIKI_OPTIONS } from './mdx.server';
import { getQuizBank } from './quiz-bank.server';

let cached: Promise<Deck[]> | undefined;

/** Every lesson's deck, validated once per build process; a bad deck fails the build with file, line and field. */
export function getDecks(): Promise<Deck[]> {
  cached ??= (async () => {
    const { questions } = await getQuizBank();
    const contentDir = path.join(process.cwd(), 'content');
    return loadDecks({ course: getCourse(), diagrams: getDiagramSources(), questions, presetIds: presetIdsIn(contentDir) });
  })();
  return cached;
}

export async function getDeck(slug: string): Promise<Deck | undefined> {
  return (await getDecks()).find((d) => d.slug === slug);
}

const compiled = new Map<string, Promise<string>>();

/** Compiles a deck's slides as one MDX document (GFM and build-time highlighting); errors name file lines. */
export function compileDeck(deck: Deck): Promise<string> {
  let code = compiled.get(deck.file);
  if (!code) {
    code = compile(deck);
    compiled.set(deck.file, code);
  }
  return code;
}

async function compile(deck: Deck): Promise<string> {
  try {
    const { code } = await bundleMDX({
      source: deck.mdx,
      cwd: deck.dir,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), [rehypeShiki, SHIKI_OPTIONS]];
        return options;
      },
    });
    return code;
  } catch (error) {
    throw new ContentError(deck.file, mdxProblems(error, deck.fileLine));
  }
}
