/**
 * Stands in for the playground while its code loads: the same box, so nothing below it moves.
 * Without JavaScript nothing will load, so the busy placeholders give way to a sentence saying so.
 * `noscript:` is `@media (scripting: none)` (Baseline 2023): unlike a <noscript> element it also
 * holds where scripts are switched off by the browser's settings after parsing (as Playwright does).
 * The sentence sits outside the aria-busy part, so screen readers read it.
 */
export function PlaygroundSkeleton({ label = 'Loading the scaling playground…' }: { label?: string }) {
  const pulse = 'animate-pulse rounded-lg bg-bg-subtle motion-reduce:animate-none';
  return (
    <div className="flex h-full min-h-[inherit] flex-col gap-3 p-3">
      <p className="hidden rounded-lg border border-line bg-bg-subtle p-3 text-sm noscript:block">
        The scaling playground runs its simulation in your browser, so it needs JavaScript. Turn JavaScript on for this site to use it.
      </p>
      <div className="flex flex-1 flex-col gap-3 noscript:hidden" aria-busy="true">
        <p className="text-sm text-muted">{label}</p>
        <div className={`h-12 ${pulse}`} />
        <div className={`h-28 ${pulse}`} />
        <div className="grid flex-1 gap-3 @2xl:grid-cols-2">
          <div className={pulse} />
          <div className={pulse} />
        </div>
      </div>
    </div>
  );
}
