'use client';
import { useId, useMemo } from 'react';
import type { Result, Scenario } from '@/lib/sim';
import { clock } from '@/lib/playground/format';
import { lastEventAt, lastProgressAt, narrate, watching } from '@/lib/playground/narration';
import { usePlayback } from './playback';

/** The latest decision in words and numbers; quiet for screen readers while playing. */
export function NarrationPanel({ scenario, result, compact }: { scenario: Scenario; result: Result; compact?: boolean }) {
  const eventIndex = usePlayback((p) => lastEventAt(result.events, Math.floor(p.t)));
  const minute = usePlayback((p) => Math.floor(p.t / 60 + 1e-9));
  const progress = usePlayback((p) => lastProgressAt(result.alarmHistory, Math.floor(p.t)));
  const playing = usePlayback((p) => p.playing);
  const id = useId();
  const Box = compact ? 'div' : 'section';
  const story = useMemo(() => narrate(result, eventIndex < 0 ? -1 : result.events[eventIndex]!.t), [result, eventIndex]);
  const now = useMemo(() => {
    const at = Math.max(minute * 60, result.alarmHistory[progress]?.t ?? 0);
    return watching(scenario, result, at);
  }, [scenario, result, minute, progress]);
  return (
    <Box aria-labelledby={compact ? undefined : id} className="rounded-lg border border-accent/40 bg-accent-soft p-3">
      <h3 id={id} className="text-xs font-semibold uppercase tracking-wide text-muted">
        What just happened
      </h3>
      <div aria-live={playing ? 'off' : 'polite'} aria-atomic="true">
        {story ? (
          <>
            <p className="mt-1 text-sm font-semibold">
              <span className="mr-1.5 font-mono text-xs font-normal text-muted">{clock(story.t, true)}</span>
              {story.headline}
            </p>
            {(compact ? story.details.slice(-1) : story.details).map((d) => (
              <p key={d} className={`mt-1 ${compact ? 'text-xs' : 'text-sm'}`}>
                {d}
              </p>
            ))}
            {!compact && story.notes.length > 0 && (
              <details className="mt-1 text-xs text-muted">
                <summary className="cursor-pointer rounded">Model notes ({story.notes.length})</summary>
                {story.notes.map((n) => (
                  <p key={n} className="mt-1">
                    {n}
                  </p>
                ))}
              </details>
            )}
          </>
        ) : (
          <p className="mt-1 text-sm">
            Nothing has happened yet: the service starts in a steady state. Press Play, or step a minute at a time.
          </p>
        )}
        {now.length > 0 && <p className="mt-1 text-sm text-muted">Now: {now.join(' ')}</p>}
      </div>
    </Box>
  );
}
