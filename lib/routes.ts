/**
 * The site's fixed pages, in one list: the header and footer navigation and the sitemap are built
 * from it (lesson and deck pages are added from the content). A new page added here is in all three.
 */
export interface SiteRoute {
  path: string;
  label: string;
  /** Where the page is linked from the site's chrome. */
  nav?: 'header' | 'footer';
}

export const SITE_ROUTES: readonly SiteRoute[] = [
  { path: '/', label: 'Lessons', nav: 'header' },
  { path: '/playground/', label: 'Playground', nav: 'header' },
  { path: '/practice/', label: 'Practice', nav: 'header' },
  { path: '/review/', label: 'Review', nav: 'header' },
  { path: '/glossary/', label: 'Glossary', nav: 'header' },
  { path: '/cheatsheet/', label: 'Cheat sheet', nav: 'footer' },
  { path: '/progress/', label: 'Your progress', nav: 'footer' },
  { path: '/diagrams/', label: 'Architecture diagrams', nav: 'footer' },
  { path: '/present/', label: 'Present a class', nav: 'footer' },
];

export const routesIn = (nav: SiteRoute['nav']) => SITE_ROUTES.filter((r) => r.nav === nav);

export const lessonPath = (slug: string) => `/lessons/${slug}/`;
export const deckPath = (slug: string) => `/present/${slug}/`;
