// Validates content/ without a full build: `npx tsx scripts/check-content.ts`.
// The build runs the same checks; this is the quick loop for writers.
import { checkContent } from '../lib/content/check-content';

const report = await checkContent();
if (report.course) {
  console.log(
    `${report.course.lessons.length} lessons, ${report.diagrams} diagrams, ${report.questions} questions, ${report.glossaryTerms} glossary terms, ${report.decks} decks`,
  );
}
if (report.problems.length > 0) {
  console.error(report.problems.join('\n'));
  process.exit(1);
}
console.log('content OK');
