'use client';
import Link from '@/components/ui/Link';
import { usePathname } from 'next/navigation';
import { DueBadge } from '@/components/quiz/DueBadge';
import { routesIn } from '@/lib/routes';

function isActive(pathname: string, href: string) {
  if (href === '/') return pathname === '/' || pathname.startsWith('/lessons/');
  return pathname.startsWith(href);
}

export function MainNav() {
  const pathname = usePathname() ?? '/';
  return (
    <nav aria-label="Main" className="-mx-1 overflow-x-auto">
      <ul className="flex items-center gap-0.5 px-1 text-[13px] sm:gap-1 sm:text-sm">
        {routesIn('header').map((item) => {
          const active = isActive(pathname, item.path);
          return (
            <li key={item.path}>
              <Link
                href={item.path}
                aria-current={active ? 'page' : undefined}
                className={`block whitespace-nowrap rounded-md px-1 py-1.5 font-medium sm:px-2.5 hover:bg-bg-subtle ${active ? 'text-accent' : 'text-muted hover:text-fg'}`}
              >
                {item.label}
                {item.path === '/review/' ? <DueBadge /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
