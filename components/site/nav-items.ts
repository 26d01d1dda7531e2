export const NAV_ITEMS = [
  { href: '/', label: 'Lessons' },
  { href: '/playground/', label: 'Playground' },
  { href: '/practice/', label: 'Practice' },
  { href: '/review/', label: 'Review' },
  { href: '/glossary/', label: 'Glossary' },
] as const;
