import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/site/SiteChrome';

/** The course's pages: header, storage notice, main region and footer around each route. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
