import Link from '@/components/ui/Link';
import { routesIn } from '@/lib/routes';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-6 text-sm text-muted">
        <p>Stevedore — learn to run containers on AWS. Not affiliated with Amazon Web Services.</p>
        <nav aria-label="Footer" className="flex flex-wrap gap-4">
          {routesIn('footer').map((r) => (
            <Link key={r.path} href={r.path} className="hover:text-fg">
              {r.label}
            </Link>
          ))}
          <a href="https://docs.aws.amazon.com/ecs/" className="hover:text-fg">
            Amazon ECS docs
          </a>
        </nav>
      </div>
    </footer>
  );
}
