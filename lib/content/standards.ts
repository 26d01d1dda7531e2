import type { Lesson } from './course.server';

/**
 * What CONTENT.md asks of every lesson, checked on its source: the sections a learner relies on,
 * a diagram that exists, and at least one link to the official AWS documentation.
 */
export function lessonStandardProblems(lesson: Pick<Lesson, 'file' | 'body'>, definedDiagrams: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const body = withoutCode(lesson.body);
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${lesson.file}: ${what}`);
  };
  const diagrams = [...body.matchAll(/<Diagram id="([^"]+)"/g)].map((m) => m[1] as string);
  need(diagrams.length > 0, 'needs at least one <Diagram id="..." /> under "## The architecture"');
  for (const id of diagrams) need(definedDiagrams.has(id), `<Diagram id="${id}" /> has no diagram.yaml entry`);
  need(/^## The architecture\s*$/m.test(body), 'needs a "## The architecture" section');
  need(/^## Exam tips and traps\s*$/m.test(body), 'needs a "## Exam tips and traps" section');
  need(/^## Key takeaways\s*$/m.test(body) && body.includes('<KeyTakeaways>'), 'needs "## Key takeaways" with <KeyTakeaways>');
  need(/^## Check yourself\s*$/m.test(body) && body.includes('<CheckYourself'), 'needs "## Check yourself" with <CheckYourself />');
  need(/^## Further reading\s*$/m.test(body), 'needs a "## Further reading" section');
  need(/\]\(https:\/\/docs\.aws\.amazon\.com\//.test(body), 'needs at least one link to docs.aws.amazon.com');
  return problems;
}

function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
}
