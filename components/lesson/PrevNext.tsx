import Link from '@/components/ui/Link';

interface Neighbour {
  slug: string;
  title: string;
}

export function PrevNext({ previous, next }: { previous?: Neighbour; next?: Neighbour }) {
  return (
    <nav aria-label="Previous and next lesson" className="grid gap-3 sm:grid-cols-2">
      {previous ? (
        <Link href={`/lessons/${previous.slug}/`} rel="prev" className="rounded-xl border border-line p-4 hover:border-accent">
          <span className="block text-sm text-muted">← Previous</span>
          <span className="font-medium">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/lessons/${next.slug}/`} rel="next" className="rounded-xl border border-line p-4 text-right hover:border-accent">
          <span className="block text-sm text-muted">Next →</span>
          <span className="font-medium">{next.title}</span>
        </Link>
      ) : (
        <Link href="/" className="rounded-xl border border-line p-4 text-right hover:border-accent">
          <span className="block text-sm text-muted">End of the course so far</span>
          <span className="font-medium">Back to all lessons</span>
        </Link>
      )}
    </nav>
  );
}
