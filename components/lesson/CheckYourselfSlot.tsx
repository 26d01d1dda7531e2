import Link from 'next/link';

/** Stands in for the lesson's "Check yourself" questions until quiz practice lands. */
export function CheckYourselfSlot() {
  return (
    <div className="rounded-xl border border-dashed border-line bg-bg-subtle p-5 text-sm text-muted">
      <p className="font-semibold text-fg">Questions coming soon</p>
      <p className="mt-1">
        Exam-style questions for this lesson will appear here, with an explanation for every option. Until then, test
        yourself against the <Link href="#key-takeaways" className="text-accent underline">key takeaways</Link>.
      </p>
    </div>
  );
}
