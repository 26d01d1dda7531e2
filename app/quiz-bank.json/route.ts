import { getQuizBank } from '@/lib/content/quiz-bank.server';

// Written to out/quiz-bank.json by the static export: /practice/, /review/ and /progress/ fetch it
// once instead of inlining the whole bank in each page's HTML.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await getQuizBank());
}
