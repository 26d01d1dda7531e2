'use client';
import Link from '@/components/ui/Link';
import { usePathname } from 'next/navigation';

/** The header's Progress link, marked as the current page on /progress/ like the main sections. */
export function ProgressLink() {
  const active = (usePathname() ?? '').startsWith('/progress/');
  return (
    <Link
      href="/progress/"
      aria-current={active ? 'page' : undefined}
      className={`rounded-md px-2.5 py-1.5 text-sm font-medium hover:bg-bg-subtle ${active ? 'text-accent' : 'text-muted hover:text-fg'}`}
    >
      Progress
    </Link>
  );
}
