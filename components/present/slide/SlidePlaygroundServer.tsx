import { loadPreset } from '@/lib/playground/presets.server';
import { SlidePlayground } from './SlidePlayground';

/** `<Playground preset>` on a slide: the preset read at build time (an unknown one fails the build). */
export function SlidePlaygroundServer({ preset }: { preset: string }) {
  return <SlidePlayground preset={loadPreset(preset)} />;
}
