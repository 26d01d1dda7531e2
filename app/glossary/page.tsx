import type { Metadata } from 'next';
import { ComingSoon } from '@/components/site/ComingSoon';

export const metadata: Metadata = { title: 'Glossary', description: 'Terms used in the Stevedore course on containers on AWS.' };

export default function GlossaryPage() {
  return <ComingSoon title="Glossary" what="One-line definitions of every term the course uses — task definition, capacity provider, target tracking and more — each linked to the lesson that teaches it." />;
}
