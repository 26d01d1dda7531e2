import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { OfflineSupport } from '@/components/offline/OfflineSupport';
import { StoreHydrator } from '@/components/site/StoreHydrator';
import { themeScript } from '@/components/ui/theme-script';
import { SITE } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE.url),
  title: { default: `${SITE.name} — ${SITE.tagline}`, template: `%s · ${SITE.name}` },
  description: SITE.description,
  openGraph: { type: 'website', siteName: SITE.name, title: SITE.name, description: SITE.description, locale: 'en_GB' },
  twitter: { card: 'summary' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1220' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // data-scroll-behavior: Next turns the smooth scrolling below off while it changes route, so a new
    // page lands at its top (or its hash) at once; smooth scrolling stays for in-page jumps.
    <html lang="en" suppressHydrationWarning data-scroll-behavior="smooth">
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans antialiased">
        {/* Each route group brings its own frame: the course's pages their header and footer
            (app/(site)/layout.tsx), presenter mode none (app/(present)/layout.tsx). */}
        {children}
        <StoreHydrator />
        <OfflineSupport />
      </body>
    </html>
  );
}
