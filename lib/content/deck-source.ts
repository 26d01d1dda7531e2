import * as z from '@/lib/zod';
import { ContentError, type ContentProblem } from './errors';
import { parseFrontmatter } from './frontmatter';

/**
 * A lesson's deck, `slides.mdx` beside `lesson.mdx`: frontmatter, then slides separated by lines
 * of exactly `---` (the Slidev convention), each with a heading and its speaker `<Notes>`. This
 * module is pure: it splits the source, numbers the fragments, checks what can be checked on the
 * text and rewrites it into one MDX document of `<Slide>` elements for a single compile.
 */

export const deckFrontmatterSchema = z.strictObject({
  minutes: z
    .number()
    .int('must be a whole number of minutes')
    .positive('must be more than 0')
    .max(180, 'split a talk longer than 180 minutes'),
  title: z.string().trim().min(1, 'must not be empty').optional(),
});
export type DeckFrontmatter = z.infer<typeof deckFrontmatterSchema>;

export const MIN_SLIDES = 6;
export const MAX_SLIDES = 15;

/** Components a slide may use; anything else capitalised is a typo or an unsupported component. */
export const SLIDE_COMPONENTS = ['Notes', 'Fragment', 'Diagram', 'Poll', 'Playground', 'Callout', 'Comparison'] as const;

/** What the deck can refer to, from the rest of the content. */
export interface DeckLookup {
  /** Walkthrough step count of a diagram, or undefined when no diagram has this id. */
  diagramSteps: (id: string) => number | undefined;
  /** Question ids of the lesson's quiz.yaml. */
  questionIds: ReadonlySet<string>;
  presetIds: ReadonlySet<string>;
}

export interface SlideSummary {
  /** The slide's first heading, as plain text. */
  title: string;
  /** How many reveals the slide has: its fragments, diagram steps and poll answers, in order. */
  fragments: number;
  /** 1-based line in the file where the slide's text starts. */
  line: number;
}

export interface ParsedDeck {
  frontmatter: DeckFrontmatter;
  slides: SlideSummary[];
  /** One MDX document: every slide wrapped in `<Slide index fragments>`, reveals numbered with `at`. */
  mdx: string;
  /** Maps a line of `mdx` back to a line of the file (for compile errors). */
  fileLine: (mdxLine: number) => number;
}

interface RawSlide {
  lines: string[];
  /** 1-based file line of lines[0]. */
  start: number;
}

/** Splits the body at `---` lines outside fenced code. */
export function splitSlides(body: string, firstLine: number): RawSlide[] {
  const slides: RawSlide[] = [];
  let current: RawSlide = { lines: [], start: firstLine };
  let fence: string | null = null;
  body.split('\n').forEach((line, i) => {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] as string;
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence[0] as string) && marker.length >= fence.length) fence = null;
    }
    if (fence === null && /^---\s*$/.test(line)) {
      slides.push(current);
      current = { lines: [], start: firstLine + i + 1 };
      return;
    }
    current.lines.push(line);
  });
  slides.push(current);
  // A separator right after the frontmatter or at the very end leaves an empty slide: not a slide.
  return slides.filter((s, i) => !(s.lines.every((l) => l.trim() === '') && (i === 0 || i === slides.length - 1)));
}

const TAG = /<([A-Z][A-Za-z0-9]*)\b([^>]*?)(\/?)>/g;

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** Lines inside fenced code blocks are text: no tags, no headings. */
function codeMask(lines: readonly string[]): boolean[] {
  let fence: string | null = null;
  return lines.map((line) => {
    const m = /^\s*(```+|~~~+)/.exec(line);
    if (m) {
      const marker = m[1] as string;
      if (fence === null) {
        fence = marker;
        return true;
      }
      if (marker.startsWith(fence[0] as string) && marker.length >= fence.length) {
        fence = null;
        return true;
      }
    }
    return fence !== null;
  });
}

/** Parses and checks a deck; throws a ContentError naming the file, line and field of every problem. */
export function parseDeckSource(text: string, file: string, lookup: DeckLookup): ParsedDeck {
  const { frontmatter, body, bodyLineOffset } = parseFrontmatter(deckFrontmatterSchema, text, file, 'minutes');
  const raw = splitSlides(body, bodyLineOffset + 1);
  const problems: ContentProblem[] = [];
  if (raw.length < MIN_SLIDES || raw.length > MAX_SLIDES) {
    problems.push({
      field: 'slides',
      line: bodyLineOffset + 1,
      message: `a deck has ${MIN_SLIDES}–${MAX_SLIDES} slides; this one has ${raw.length}`,
    });
  }

  const slides: SlideSummary[] = [];
  const out: string[] = [];
  const lineMap: number[] = []; // lineMap[mdxLine - 1] = file line
  const emit = (line: string, fileLine: number) => {
    out.push(line);
    lineMap.push(fileLine);
  };

  raw.forEach((slide, index) => {
    const field = `slides[${index + 1}]`;
    const masked = codeMask(slide.lines);
    let fragments = 0;
    let title: string | undefined;
    let notes = 0;
    let openFragments = 0;
    const rewritten = slide.lines.map((line, i) => {
      const fileLine = slide.start + i;
      if (masked[i]) return line;
      const heading = /^#{1,3}\s+(.+?)\s*#*\s*$/.exec(line);
      if (heading && title === undefined) title = plainText(heading[1] as string);
      return line.replace(TAG, (whole, name: string, attrs: string, selfClosing: string) => {
        if (!(SLIDE_COMPONENTS as readonly string[]).includes(name)) {
          problems.push({ field, line: fileLine, message: `<${name}> is not a slide component (use ${SLIDE_COMPONENTS.join(', ')})` });
          return whole;
        }
        if (name === 'Notes') {
          notes += 1;
          return whole;
        }
        if (name === 'Fragment') {
          if (selfClosing) problems.push({ field, line: fileLine, message: '<Fragment> wraps what it reveals: <Fragment>…</Fragment>' });
          openFragments += 1;
          return `<Fragment at={${fragments++}}${attrs}>`;
        }
        if (name === 'Diagram') {
          const id = attr(attrs, 'id');
          const steps = id === undefined ? undefined : lookup.diagramSteps(id);
          if (id === undefined) problems.push({ field: `${field}.Diagram.id`, line: fileLine, message: 'missing: <Diagram id="..." />' });
          else if (steps === undefined)
            problems.push({ field: `${field}.Diagram.id`, line: fileLine, message: `no diagram.yaml defines "${id}"` });
          const at = fragments;
          fragments += steps ?? 0;
          return `<Diagram at={${at}}${attrs}${selfClosing}>`;
        }
        if (name === 'Poll') {
          const id = attr(attrs, 'question');
          if (id === undefined)
            problems.push({ field: `${field}.Poll.question`, line: fileLine, message: 'missing: <Poll question="<quiz id>" />' });
          else if (lookup.questionIds.size === 0)
            problems.push({
              field: `${field}.Poll.question`,
              line: fileLine,
              message: `"${id}" cannot be checked: this lesson has no quiz questions (its quiz.yaml is missing or did not load)`,
            });
          else if (!lookup.questionIds.has(id))
            problems.push({
              field: `${field}.Poll.question`,
              line: fileLine,
              message: `"${id}" is not a question in this lesson's quiz.yaml`,
            });
          return `<Poll at={${fragments++}}${attrs}${selfClosing}>`;
        }
        if (name === 'Playground') {
          const id = attr(attrs, 'preset');
          if (id === undefined)
            problems.push({ field: `${field}.Playground.preset`, line: fileLine, message: 'missing: <Playground preset="..." />' });
          else if (!lookup.presetIds.has(id))
            problems.push({
              field: `${field}.Playground.preset`,
              line: fileLine,
              message: `no content/scenarios/${id}.yaml (presets: ${[...lookup.presetIds].join(', ')})`,
            });
        }
        return whole;
      });
    });
    const closedFragments =
      slide.lines
        .filter((l, i) => !masked[i])
        .join('\n')
        .match(/<\/Fragment>/g)?.length ?? 0;
    if (closedFragments !== openFragments)
      problems.push({ field, line: slide.start, message: `${openFragments} <Fragment> but ${closedFragments} </Fragment>` });
    if (title === undefined)
      problems.push({
        field: `${field}.title`,
        line: slide.start,
        message: 'every slide starts with a heading (# or ##): it names the slide in the overview and for screen readers',
      });
    if (notes !== 1)
      problems.push({
        field: `${field}.Notes`,
        line: slide.start,
        message: notes === 0 ? 'every slide needs speaker <Notes>…</Notes> saying what the instructor says' : 'one <Notes> per slide',
      });
    else if (!hasNotesText(slide.lines))
      problems.push({ field: `${field}.Notes`, line: slide.start, message: '<Notes> is empty: write what the instructor says' });

    const firstText = slide.lines.findIndex((l) => l.trim() !== '');
    slides.push({ title: title ?? `Slide ${index + 1}`, fragments, line: slide.start + Math.max(0, firstText) });
    emit(`<Slide index={${index}} fragments={${fragments}}>`, slide.start);
    emit('', slide.start);
    rewritten.forEach((line, i) => emit(line, slide.start + i));
    emit('', slide.start + slide.lines.length - 1);
    emit('</Slide>', slide.start + slide.lines.length - 1);
    emit('', slide.start + slide.lines.length - 1);
  });

  if (problems.length > 0) throw new ContentError(file, problems);
  return {
    frontmatter,
    slides,
    mdx: out.join('\n'),
    fileLine: (mdxLine) => lineMap[Math.max(0, Math.min(lineMap.length - 1, mdxLine - 1))] ?? 1,
  };
}

function hasNotesText(lines: readonly string[]): boolean {
  const text = lines.join('\n');
  const m = /<Notes>([\s\S]*?)<\/Notes>/.exec(text);
  return !!m && (m[1] ?? '').replace(/\s+/g, '').length > 0;
}

function plainText(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]/g, '')
    .trim();
}
