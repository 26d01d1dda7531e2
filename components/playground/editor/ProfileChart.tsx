import { profilePolyline, type Point } from '@/lib/playground/shapes';
import { clock, num } from '@/lib/playground/format';

/** A small drawing of the load profile, as the engine will follow it. */
export function ProfileChart({ points, duration, unit }: { points: Point[]; duration: number; unit: string }) {
  const valid = points.every((p) => typeof p.at === 'number' && typeof p.value === 'number') && points.length > 0 && duration > 0;
  if (!valid) return <p className="text-xs text-muted">The chart appears when every point has a number for its time and value.</p>;
  const line = profilePolyline(points, duration);
  const max = Math.max(1, ...line.map(([, v]) => v)) * 1.1;
  const W = 300;
  const H = 70;
  const d = line.map(([t, v], i) => `${i ? 'L' : 'M'}${((t / duration) * W).toFixed(1)},${(H - (v / max) * H).toFixed(1)}`).join(' ');
  return (
    <figure className="rounded-md border border-line p-2">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        className="h-16 w-full"
        role="img"
        aria-label={`Load profile: ${line.length} points, from ${num(line[0]?.[1])} to a peak of ${num(Math.max(...line.map(([, v]) => v)))} ${unit} over ${clock(duration)}`}
      >
        <path d={`${d} L${W},${H} L0,${H} Z`} fill="var(--accent-soft)" />
        <path d={d} fill="none" stroke="var(--accent)" strokeWidth="2" vectorEffect="non-scaling-stroke" />
      </svg>
      <figcaption className="mt-1 flex justify-between text-[0.7rem] text-muted">
        <span>0:00</span>
        <span>
          peak {num(Math.max(...line.map(([, v]) => v)))} {unit}
        </span>
        <span>{clock(duration)}</span>
      </figcaption>
    </figure>
  );
}
