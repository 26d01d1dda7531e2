/** Where a lesson's architecture diagram goes; the diagram system fills it from diagram.yaml. */
export function DiagramSlot({ id }: { id: string }) {
  return (
    <figure data-diagram={id} className="grid min-h-48 place-items-center rounded-xl border-2 border-dashed border-line bg-bg-subtle p-6 text-center">
      <figcaption className="text-sm text-muted">
        <span className="block font-semibold text-fg">Architecture diagram — coming soon</span>
        The interactive diagram for this section is on its way; the walkthrough below describes it in words.
      </figcaption>
    </figure>
  );
}
