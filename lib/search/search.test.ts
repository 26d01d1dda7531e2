import { describe, expect, it } from 'vitest';
import { searchDocuments, type SearchSources } from './documents';
import { buildIndex, loadIndex, searchCourse } from './search';

const sources: SearchSources = {
  lessons: [
    {
      slug: 'ecs-fargate',
      title: 'Amazon ECS on Fargate',
      summary: 'Serverless compute for containers.',
      sections: [
        { id: null, heading: '', text: 'No servers to manage.' },
        { id: 'fargate-spot', heading: 'Fargate Spot', text: 'Spare capacity at a discount, interrupted with a two-minute warning.' },
        { id: 'networking', heading: 'Networking', text: 'Every task gets its own elastic network interface in awsvpc mode.' },
      ],
    },
  ],
  glossary: [
    {
      id: 'eni',
      term: 'Elastic network interface',
      aliases: ['ENI'],
      definition: 'A virtual network card in a VPC.',
      lesson: 'ecs-fargate',
    },
  ],
  questions: [{ id: 'q1', lesson: 'ecs-fargate', question: 'Which network mode does Fargate require?', refs: ['networking'] }],
  decks: [
    {
      slug: 'ecs-fargate',
      title: 'Fargate',
      slides: [{ title: 'Fargate' }, { title: 'Spot' }],
      slideTexts: ['Fargate Serverless', 'Spot Cheaper capacity'],
    },
  ],
  cheatsheet: { title: 'Cheat sheet', sections: [{ id: 'launch-types', heading: 'Launch types', text: 'Fargate or EC2.' }] },
};

describe('searchDocuments', () => {
  const docs = searchDocuments(sources);

  it('links every document to its exact place', () => {
    expect(docs.map((d) => [d.kind, d.href])).toEqual([
      ['lesson', '/lessons/ecs-fargate/'],
      ['section', '/lessons/ecs-fargate/#fargate-spot'],
      ['section', '/lessons/ecs-fargate/#networking'],
      ['term', '/glossary/#eni'],
      ['question', '/lessons/ecs-fargate/#networking'],
      ['slide', '/present/ecs-fargate/#1'],
      ['slide', '/present/ecs-fargate/#2'],
      ['cheatsheet', '/cheatsheet/#launch-types'],
    ]);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('puts the summary and opening text on the lesson, and drops the heading repeated at a slide’s start', () => {
    expect(docs[0]!.text).toBe('Serverless compute for containers. No servers to manage.');
    expect(docs.find((d) => d.href.endsWith('#2'))!.text).toBe('Cheaper capacity');
  });
});

describe('searchCourse', () => {
  const index = buildIndex(searchDocuments(sources));
  const hrefs = (q: string) => searchCourse(index, q).map((h) => h.href);

  it('finds a section by its heading and marks the words in title and snippet', () => {
    const [hit] = searchCourse(index, 'two-minute warning');
    expect(hit!.href).toBe('/lessons/ecs-fargate/#fargate-spot');
    expect(hit!.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['two', 'minute', 'warning']);
  });

  it('matches a prefix while typing, an alias and a typo', () => {
    expect(hrefs('netw')).toContain('/lessons/ecs-fargate/#networking');
    expect(hrefs('eni')[0]).toBe('/glossary/#eni');
    expect(hrefs('intrerupted')).toContain('/lessons/ecs-fargate/#fargate-spot');
  });

  it('needs every word, unless no document has them all', () => {
    expect(hrefs('spot networking')).toEqual(
      expect.arrayContaining(['/lessons/ecs-fargate/#fargate-spot', '/lessons/ecs-fargate/#networking']),
    );
    expect(hrefs('fargate spot')[0]).toBe('/lessons/ecs-fargate/#fargate-spot');
    expect(hrefs('spot discount')).toEqual(['/lessons/ecs-fargate/#fargate-spot']);
  });

  it('returns nothing for a query shorter than two characters', () => {
    expect(searchCourse(index, ' f ')).toEqual([]);
  });

  it('answers the same from the index saved at build time', () => {
    const loaded = loadIndex(JSON.stringify(index));
    for (const q of ['fargate', 'eni', 'network mode', 'cheaper']) expect(searchCourse(loaded, q)).toEqual(searchCourse(index, q));
  });
});
