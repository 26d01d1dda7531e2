import { indexBank, type BankQuestion, type QuizBank } from './bank';

/** A small bank for unit tests: two modules, three lessons, single and multiple answers. */
export function q(id: string, lesson: string, module: string, extra: Partial<BankQuestion> = {}): BankQuestion {
  return {
    id,
    lesson,
    module,
    kind: 'single',
    difficulty: 1,
    question: `Question ${id}?`,
    options: [
      { text: 'Right', correct: true, why: 'Because.' },
      { text: 'Wrong', correct: false, why: 'No.' },
      { text: 'Also wrong', correct: false, why: 'Nope.' },
    ],
    refs: ['intro'],
    exams: ['SAA-C03/resilient'],
    ...extra,
  };
}

export const multiple = (id: string, lesson: string, module: string) =>
  q(id, lesson, module, {
    kind: 'multiple',
    options: [
      { text: 'A', correct: true, why: 'a' },
      { text: 'B', correct: false, why: 'b' },
      { text: 'C', correct: true, why: 'c' },
      { text: 'D', correct: false, why: 'd' },
    ],
  });

export const testBank: QuizBank = {
  modules: [
    { slug: 'docker', title: 'Docker', order: 1 },
    { slug: 'ecs', title: 'ECS', order: 3 },
  ],
  lessons: [
    { slug: 'what-is-docker', title: 'What is Docker?', module: 'docker', sections: { intro: 'Intro', kernel: 'The kernel' } },
    { slug: 'vms', title: 'VMs', module: 'docker', sections: { intro: 'Intro' } },
    { slug: 'fargate', title: 'Fargate', module: 'ecs', sections: { intro: 'Intro' } },
  ],
  questions: [
    q('d1', 'what-is-docker', 'docker'),
    q('d2', 'what-is-docker', 'docker', { difficulty: 2, refs: ['kernel'], exams: ['SAA-C03/secure', 'DVA-C02/security'] }),
    { ...multiple('d3', 'what-is-docker', 'docker'), exams: ['DVA-C02/deployment'] },
    q('v1', 'vms', 'docker', { difficulty: 3, exams: ['SAA-C03/cost', 'SAA-C03/performant'] }),
    q('f1', 'fargate', 'ecs', { difficulty: 2 }),
    { ...multiple('f2', 'fargate', 'ecs'), exams: ['SOA-C03/monitoring'] },
  ],
};

export const testIndex = indexBank(testBank);
