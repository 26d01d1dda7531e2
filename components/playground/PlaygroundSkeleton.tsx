/** Stands in for the playground while its code loads: the same box, so nothing below it moves. */
export function PlaygroundSkeleton({ label = 'Loading the scaling playground…' }: { label?: string }) {
  return (
    <div className="flex h-full min-h-[inherit] flex-col gap-3 p-3" aria-busy="true">
      <p className="text-sm text-muted">{label}</p>
      <div className="h-12 animate-pulse rounded-lg bg-bg-subtle motion-reduce:animate-none" />
      <div className="h-28 animate-pulse rounded-lg bg-bg-subtle motion-reduce:animate-none" />
      <div className="grid flex-1 gap-3 @2xl:grid-cols-2">
        <div className="animate-pulse rounded-lg bg-bg-subtle motion-reduce:animate-none" />
        <div className="animate-pulse rounded-lg bg-bg-subtle motion-reduce:animate-none" />
      </div>
      <noscript><p className="text-sm">The playground runs in your browser and needs JavaScript.</p></noscript>
    </div>
  );
}
