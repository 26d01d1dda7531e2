import type { Metadata } from 'next';
import { NotFoundLoader } from '@/components/site/NotFoundLoader';
import { getCourse } from '@/lib/content/index.server';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return <NotFoundLoader lessons={getCourse().lessons.map((l) => ({ slug: l.slug, title: l.title }))} />;
}
