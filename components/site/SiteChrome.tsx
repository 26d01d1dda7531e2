import type { ReactNode } from 'react';
import { GlossaryTips } from '@/components/lesson/GlossaryTips';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { StorageNotices } from './StorageNotices';

/**
 * The site's frame: skip link, header, storage notices, `<main>` and footer. The course's route
 * group and the 404 page use it; presenter mode has a frame of its own (no site chrome).
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent px-4 py-2 font-medium text-accent-fg focus:not-sr-only focus:fixed focus:left-4 focus:top-3"
      >
        Skip to content
      </a>
      <SiteHeader />
      <StorageNotices />
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
      <SiteFooter />
      <GlossaryTips />
    </>
  );
}
