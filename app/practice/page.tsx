import type { Metadata } from 'next';
import { ComingSoon } from '@/components/site/ComingSoon';

export const metadata: Metadata = { title: 'Practice', description: 'Exam-style questions on containers on AWS, in practice and timed exam modes.' };

export default function PracticePage() {
  return <ComingSoon title="Practice questions" what="Exam-style questions with an explanation for every option, in a practice mode and a timed exam mode. Each lesson's questions are being written now." />;
}
