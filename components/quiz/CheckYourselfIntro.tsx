import type { ReactNode } from 'react';
import Link from '@/components/ui/Link';
import { plural } from '@/lib/quiz/setup-fields';

const link = 'text-accent underline underline-offset-2';

/** "5 questions from this lesson … review queue … Practice": above both the server copy and the interactive questions. */
export function CheckYourselfIntro({ count, keys }: { count: number; keys?: ReactNode }) {
  return (
    <p className="text-sm text-muted">
      {plural(count, 'question')} from this lesson. {keys}Your answers join your{' '}
      <Link href="/review/" className={link}>
        review queue
      </Link>
      ; there are more in{' '}
      <Link href="/practice/" className={link}>
        Practice
      </Link>
      .
    </p>
  );
}
