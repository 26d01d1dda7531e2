import { rehypeCornerCells } from './rehype-corner-cells';
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
import { plainText } from './search-text';

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

interface CompiledDeck {
  code: string;
  /** Each slide's words without its speaker notes, in order, for the search index. */
  slideTexts: string[];
}

const compiled = new Map<string, Promise<CompiledDeck>>();

function compiledDeck(deck: Deck): Promise<CompiledDeck> {
  let result = compiled.get(deck.file);
  if (!result) {
    result = compile(deck);
    compiled.set(deck.file, result);
  }
  return result;
}

/** Compiles a deck's slides as one MDX document (GFM and build-time highlighting); errors name file lines. */
export async function compileDeck(deck: Deck): Promise<string> {
  return (await compiledDeck(deck)).code;
}

/** The text of each slide (notes left out), from the same compile the deck page uses. */
export async function deckSlideTexts(deck: Deck): Promise<string[]> {
  return (await compiledDeck(deck)).slideTexts;
}

type JsxNode = { type: string; name?: string | null; children?: JsxNode[] };
const isJsx = (n: JsxNode, name: string) => n.type === 'mdxJsxFlowElement' && n.name === name;

async function compile(deck: Deck): Promise<CompiledDeck> {
  const slideTexts: string[] = [];
  const collectSlides = () => (tree: JsxNode) => {
    const visit = (n: JsxNode) =>
      isJsx(n, 'Slide') ? slideTexts.push(plainText(n, (c) => isJsx(c, 'Notes'))) : n.children?.forEach(visit);
    visit(tree);
  };
  try {
    const { code } = await bundleMDX({
      source: deck.mdx,
      cwd: deck.dir,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), collectSlides, rehypeCornerCells, [rehypeShiki, SHIKI_OPTIONS]];
        return options;
      },
    });
    return { code, slideTexts };
  } catch (error) {
    throw new ContentError(deck.file, mdxProblems(error, deck.fileLine));
  }
}
