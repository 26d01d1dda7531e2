import Link from 'next/link';

/** An honest placeholder for a part of the course that has not been built yet. */
export function ComingSoon({ title, what }: { title: string; what: string }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">Coming soon</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-4 text-lg text-muted">{what}</p>
      <p className="mt-8">
        <Link href="/" className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-fg hover:opacity-90">Go to the lessons</Link>
      </p>
    </div>
  );
}
