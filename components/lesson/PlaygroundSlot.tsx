/** Where a lesson embeds a scaling playground preset (content/scenarios/<preset>.yaml). */
export function PlaygroundSlot({ preset }: { preset: string }) {
  return (
    <figure data-playground-preset={preset} className="rounded-xl border-2 border-dashed border-line bg-bg-subtle p-5 text-sm text-muted">
      <figcaption>
        <span className="block font-semibold text-fg">Try it in the scaling playground — coming soon</span>
        This spot will run the <code className="font-mono">{preset}</code> scenario live, so you can watch the service scale and change its settings.
      </figcaption>
    </figure>
  );
}
