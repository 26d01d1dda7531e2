import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { PlaygroundIsland } from '@/components/playground/PlaygroundIsland';
import { DEFAULT_PRESET, loadPresets } from '@/lib/playground/presets.server';

export const metadata: Metadata = pageMetadata({
  path: '/playground/',
  title: 'Scaling playground',
  description: 'Watch an Amazon ECS service scale: alarms, policies, cooldowns, capacity and cost.',
});

export default function PlaygroundPage() {
  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <h1 className="text-3xl font-bold tracking-tight">Scaling playground</h1>
      <p className="mt-2 max-w-prose text-muted">
        Run an Amazon ECS service through a day of traffic in seconds: alarms collecting datapoints, policies changing the desired count,
        tasks starting and draining, instances booting and the bill growing. Change anything and the run updates; share it as a link.
      </p>
      <PlaygroundIsland presets={loadPresets()} initialPresetId={DEFAULT_PRESET} mode="page" className="mt-5 min-h-[60rem]" />
    </div>
  );
}
