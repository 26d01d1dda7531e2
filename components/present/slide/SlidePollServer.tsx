import { getQuizBank } from '@/lib/content/quiz-bank.server';
import { SlidePoll } from './SlidePoll';

/** `<Poll question>` on a slide: the question from the bank (the deck loader has checked it exists). */
export async function SlidePollServer({ question, at }: { question: string; at: number }) {
  const q = (await getQuizBank()).questions.find((x) => x.id === question);
  if (!q) throw new Error(`<Poll question="${question}" />: no such question in the quiz bank`);
  return <SlidePoll question={q} at={at} />;
}
