import { loadPreset } from '@/lib/playground/presets.server';
import { PlaygroundIsland } from './PlaygroundIsland';
import './playground.css';

/** Same box for the skeleton and the loaded embed (taller on phones, where it stacks). */
export const EMBED_BOX = 'h-[48rem] sm:h-[32rem]';

/**
 * `<Playground preset="..." />` in a lesson: reads the preset at build time (an unknown preset
 * fails the build, naming the ones that exist) and renders a compact, lazily loaded playground.
 */
export function PlaygroundEmbed({ preset }: { preset: string }) {
  const p = loadPreset(preset);
  return (
    <figure data-playground-preset={preset} className="pg-embed my-6 overflow-hidden rounded-xl border border-line bg-bg text-base" aria-label={`Scaling playground: ${p.name}`}>
      <PlaygroundIsland presets={[p]} initialPresetId={p.id} mode="embed" className={EMBED_BOX} />
      <figcaption className="border-t border-line bg-bg-subtle px-3 py-2 text-sm text-muted">{p.description}</figcaption>
    </figure>
  );
}
