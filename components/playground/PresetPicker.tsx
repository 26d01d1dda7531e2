'use client';
import { useId } from 'react';
import type { Preset } from '@/lib/playground/types';

/** Choose a preset; its teaching note says what to watch for. */
export function PresetPicker({ presets, value, onChange }: { presets: Preset[]; value: string | null; onChange: (id: string) => void }) {
  const id = useId();
  const current = presets.find((p) => p.id === value);
  return (
    <div className="rounded-lg border border-line bg-card p-3">
      <label htmlFor={id} className="block text-sm font-semibold">
        Preset
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-note`}
        className="mt-1 h-9 w-full max-w-md rounded-md border border-line bg-bg px-2 text-sm"
      >
        {value === null && <option value="">Your scenario (edited or shared)</option>}
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <p id={`${id}-note`} className="mt-2 max-w-prose text-sm break-words text-muted">
        {current
          ? current.description
          : 'A scenario you changed or opened from a link. Pick a preset to start again from one of the teaching scenarios.'}
      </p>
    </div>
  );
}
