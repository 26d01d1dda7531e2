import Link from '@/components/ui/Link';
import { SearchLauncher } from '@/components/search/SearchLauncher';
import { ThemeToggle } from '@/components/ui/ThemeToggle';
import { MainNav } from './MainNav';
import { ProgressLink } from './ProgressLink';

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-bg/90 backdrop-blur supports-[backdrop-filter]:bg-bg/75">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:flex-nowrap">
        <Link href="/" className="flex items-center gap-2 rounded-md py-1 font-semibold text-fg">
          <Logo />
          <span>Stevedore</span>
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
          <MainNav />
        </div>
        <div className="ml-auto flex items-center gap-2 sm:ml-0">
          <SearchLauncher />
          <ProgressLink />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

function Logo() {
  return (
    <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" className="fill-accent" />
      <g className="fill-accent-fg">
        <rect x="6" y="17" width="6" height="5" rx="1" />
        <rect x="13" y="17" width="6" height="5" rx="1" />
        <rect x="20" y="17" width="6" height="5" rx="1" />
        <rect x="9.5" y="11" width="6" height="5" rx="1" />
        <rect x="16.5" y="11" width="6" height="5" rx="1" />
        <path d="M4 24h24l-3 4H7z" />
      </g>
    </svg>
  );
}
