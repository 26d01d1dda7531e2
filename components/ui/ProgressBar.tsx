/** A labelled, accessible progress bar. `value` and `max` are counts. */
export function ProgressBar({ value, max, label, className = '' }: { value: number; max: number; label: string; className?: string }) {
  const percent = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${value} of ${max} (${percent}%)`}
      className={`h-2.5 w-full overflow-hidden rounded-full bg-bg-subtle ring-1 ring-line ring-inset ${className}`}
    >
      <div
        className="h-full rounded-full bg-accent transition-[width] duration-500 motion-reduce:transition-none"
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
