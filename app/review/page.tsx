import type { Metadata } from 'next';
import { ComingSoon } from '@/components/site/ComingSoon';

export const metadata: Metadata = { title: 'Review', description: 'Spaced review of the questions you answered.' };

export default function ReviewPage() {
  return <ComingSoon title="Spaced review" what="Questions you answer will come back for review on a spaced schedule, sooner when you get them wrong. This arrives with practice questions." />;
}
