import Link from '@/components/ui/Link';

/**
 * The default for `<CheckYourself />` in the MDX map. Lesson pages bind it to the lesson's own
 * questions (LessonBody); this shows only where no questions were passed in.
 */
export function CheckYourselfSlot() {
  return (
    <div className="rounded-xl border border-dashed border-line bg-bg-subtle p-5 text-sm text-muted">
      <p className="font-semibold text-fg">Test yourself</p>
      <p className="mt-1">
        Exam-style questions with an explanation for every option are in{' '}
        <Link href="/practice/" className="text-accent underline">
          Practice
        </Link>
        .
      </p>
    </div>
  );
}
