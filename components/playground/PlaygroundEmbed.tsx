import { loadPreset } from '@/lib/playground/presets.server';
import { PlaygroundIsland } from './PlaygroundIsland';
import './playground.css';

/**
 * The embed's box, sized by the figure's own width (a container query), not the viewport's: a
 * lesson column is far narrower than the window. From 42rem of embed width up the skeleton and the
 * loaded embed share one fixed height in two columns, so nothing below shifts when it arrives.
 * Narrower, the embed stacks into one column whose height follows its content (task rows,
 * narration, charts): the box is only a minimum there, never a cap.
 */
const EMBED_BOX = 'min-h-[50rem] @2xl:h-[32rem] @2xl:min-h-0';

/**
 * `<Playground preset="..." />` in a lesson: reads the preset at build time (an unknown preset
 * fails the build, naming the ones that exist) and renders a compact, lazily loaded playground.
 */
export function PlaygroundEmbed({ preset }: { preset: string }) {
  const p = loadPreset(preset);
  return (
    <figure
      data-playground-preset={preset}
      className="pg-embed @container my-6 overflow-hidden rounded-xl border border-line bg-bg text-base"
      aria-label={`Scaling playground: ${p.name}`}
    >
      <PlaygroundIsland presets={[p]} initialPresetId={p.id} mode="embed" className={EMBED_BOX} />
      <figcaption className="border-t border-line bg-bg-subtle px-3 py-2 text-sm text-muted">{p.description}</figcaption>
    </figure>
  );
}
