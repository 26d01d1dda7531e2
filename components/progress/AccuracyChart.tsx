import type { ModuleTrend } from '@/lib/quiz/stats';

const W = 220;
const H = 56;
const PAD = 6;

/**
 * A module's accuracy per day as a small inline SVG line (no chart library). The numbers are
 * in the figure's text alternative and in the table beside it, so the picture is a summary only.
 */
export function AccuracySparkline({ trend }: { trend: ModuleTrend }) {
  const points = trend.points;
  const x = (i: number) => (points.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (p: { correct: number; total: number }) => PAD + (1 - p.correct / p.total) * (H - 2 * PAD);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p).toFixed(1)}`).join(' ');
  const description = points.map((p) => `${p.day}: ${Math.round((p.correct / p.total) * 100)}% of ${p.total}`).join('; ');
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="h-14 w-full max-w-[220px]"
      role="img"
      aria-label={`${trend.title}, accuracy by day: ${description}`}
    >
      <line x1={PAD} x2={W - PAD} y1={PAD} y2={PAD} className="stroke-line" strokeDasharray="3 3" />
      <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className="stroke-line" />
      <path d={path} fill="none" className="stroke-accent" strokeWidth="2.5" strokeLinejoin="round" strokeLinecap="round" />
      {points.map((p, i) => (
        <circle key={p.day} cx={x(i)} cy={y(p)} r="3.5" className="fill-accent" />
      ))}
    </svg>
  );
}
