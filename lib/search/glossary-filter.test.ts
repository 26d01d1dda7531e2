import { expect, it } from 'vitest';
import { filterTerms } from './glossary-filter';

const terms = [
  { term: 'Auto Scaling group', aliases: ['ASG'], definition: 'A set of EC2 instances that grows and shrinks.' },
  { term: 'Task role', aliases: [], definition: 'The IAM role your containers call AWS with.' },
  { term: 'Task execution role', aliases: [], definition: 'The IAM role the ECS agent uses to pull images and write logs.' },
];

it('keeps every term for a blank filter, in order', () => {
  expect(filterTerms(terms, '   ').map((t) => t.term)).toEqual(terms.map((t) => t.term));
});

it('matches names, aliases and definitions, any case, every word', () => {
  expect(filterTerms(terms, 'asg').map((t) => t.term)).toEqual(['Auto Scaling group']);
  expect(filterTerms(terms, 'ROLE task').map((t) => t.term)).toEqual(['Task role', 'Task execution role']);
  expect(filterTerms(terms, 'pull images').map((t) => t.term)).toEqual(['Task execution role']);
  expect(filterTerms(terms, 'scal').map((t) => t.term)).toEqual(['Auto Scaling group']);
});

it('ignores accents and finds nothing for a word no term has', () => {
  expect(filterTerms(terms, 'rôle exécution').map((t) => t.term)).toEqual(['Task execution role']);
  expect(filterTerms(terms, 'kubernetes')).toEqual([]);
});
