'use client';
import { clock, wallClock } from '@/lib/playground/format';
import { SPEEDS, usePlayback } from './playback';
import { Button } from '@/components/ui/Button';

const icon = { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'currentColor', 'aria-hidden': true } as const;

/** Play/pause, minute steps, speed, reset, jump to end, and a scrubber over the run. */
export function Transport({ startTime, idPrefix, compact }: { startTime: string; idPrefix: string; compact?: boolean }) {
  const second = usePlayback((p) => Math.floor(p.t));
  const duration = usePlayback((p) => p.duration);
  const playing = usePlayback((p) => p.playing);
  const speed = usePlayback((p) => p.speed);
  const actions = usePlayback((p) => p);
  return (
    <div className="rounded-lg border border-line bg-card p-2">
      <div className="flex flex-wrap items-center gap-1.5">
        <Button size="icon" onClick={actions.reset} aria-label="Reset to the start" aria-keyshortcuts="Home R" title="Reset (Home)">
          <svg {...icon}>
            <path d="M6 5h2v14H6zM20 5v14L9 12z" />
          </svg>
        </Button>
        <Button
          size="icon"
          onClick={() => actions.step(-1)}
          aria-label="Step one minute back"
          aria-keyshortcuts="ArrowLeft J"
          title="−1 min (←)"
        >
          <svg {...icon}>
            <path d="M11 6v12l-8.5-6zM20 6v12l-8.5-6z" />
          </svg>
        </Button>
        <Button size="toolbar" variant="primary" className="min-w-20" onClick={actions.toggle} aria-keyshortcuts="Space K">
          {playing ? (
            <svg {...icon}>
              <path d="M6 5h4v14H6zM14 5h4v14h-4z" />
            </svg>
          ) : (
            <svg {...icon}>
              <path d="M7 5v14l12-7z" />
            </svg>
          )}
          {playing ? 'Pause' : second >= duration ? 'Replay' : 'Play'}
        </Button>
        <Button
          size="icon"
          onClick={() => actions.step(1)}
          aria-label="Step one minute forward"
          aria-keyshortcuts="ArrowRight L"
          title="+1 min (→)"
        >
          <svg {...icon}>
            <path d="M13 6v12l8.5-6zM4 6v12l8.5-6z" />
          </svg>
        </Button>
        <Button size="icon" onClick={actions.end} aria-label="Jump to the end" aria-keyshortcuts="End" title="End">
          <svg {...icon}>
            <path d="M16 5h2v14h-2zM4 5v14l11-7z" />
          </svg>
        </Button>
        <label className="ml-1 flex items-center gap-1 text-sm">
          <span className={compact ? 'sr-only' : ''}>Speed</span>
          <select
            value={speed}
            onChange={(e) => actions.setSpeed(Number(e.target.value))}
            className="h-9 rounded-md border border-line bg-bg px-1.5 text-sm"
            aria-label="Playback speed (simulated seconds per second)"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <p className="ml-auto font-mono text-sm tabular-nums" aria-live="off">
          <span className="sr-only">Simulated time </span>
          <output htmlFor={`${idPrefix}-scrub`} id={`${idPrefix}-time`}>
            {clock(second, true)}
          </output>
          <span className="text-muted"> / {clock(duration)}</span>
          {!compact && <span className="ml-2 text-xs text-muted">{wallClock(startTime, second)}</span>}
        </p>
      </div>
      <input
        id={`${idPrefix}-scrub`}
        type="range"
        min={0}
        max={duration}
        step={60}
        value={second}
        onChange={(e) => actions.seek(Number(e.target.value))}
        aria-label="Timeline"
        aria-valuetext={`${clock(second, true)} of ${clock(duration)}`}
        className="mt-2 w-full accent-[var(--accent)]"
      />
    </div>
  );
}
