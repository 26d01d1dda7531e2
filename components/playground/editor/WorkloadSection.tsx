'use client';
import { useState } from 'react';
import { getIn, withWorkloadType } from '@/lib/playground/draft';
import { SHAPE_LABEL, SHAPES, shapeFromPoints, shapePoints, valueAt, type Point, type Shape } from '@/lib/playground/shapes';
import { fieldId, useEditor } from './context';
import { GroupErrors, NumberField, Section, SelectField } from './fields';
import { Button } from '@/components/ui/Button';
import { ProfileChart } from './ProfileChart';

function ShapePicker({ profilePath, points, duration }: { profilePath: string; points: Point[]; duration: number }) {
  const api = useEditor();
  // The controls start from the current workload, and follow it when it changes from outside
  // them (a preset, an import, a link, the points table, the workload type).
  const from = shapeFromPoints(points);
  const source = JSON.stringify(points);
  const [seen, setSeen] = useState(source);
  const [shape, setShape] = useState<Shape>(from.shape);
  const [low, setLow] = useState(String(from.low));
  const [high, setHigh] = useState(String(from.high));
  if (seen !== source) {
    setSeen(source);
    setShape(from.shape);
    setLow(String(from.low));
    setHigh(String(from.high));
  }
  const id = fieldId(api.idPrefix, `${profilePath}-shape`);
  const lowN = Number(low);
  const highN = Number(high);
  const ok = Number.isFinite(lowN) && Number.isFinite(highN) && lowN >= 0 && highN >= 0 && duration >= 60;
  return (
    <fieldset className="rounded-md border border-line p-2">
      <legend className="px-1 text-xs font-semibold">Start from a shape</legend>
      <div className="grid grid-cols-3 gap-2">
        <div>
          <label htmlFor={`${id}-kind`} className="block text-xs font-medium">
            Shape
          </label>
          <select
            id={`${id}-kind`}
            value={shape}
            onChange={(e) => setShape(e.target.value as Shape)}
            className="mt-1 h-9 w-full rounded-md border border-line bg-bg px-1 text-sm"
          >
            {SHAPES.map((s) => (
              <option key={s} value={s}>
                {SHAPE_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-low`} className="block text-xs font-medium">
            Base /s
          </label>
          <input
            id={`${id}-low`}
            inputMode="decimal"
            value={low}
            onChange={(e) => setLow(e.target.value)}
            className="mt-1 h-9 w-full rounded-md border border-line bg-bg px-2 font-mono text-sm"
          />
        </div>
        <div>
          <label htmlFor={`${id}-high`} className="block text-xs font-medium">
            Peak /s
          </label>
          <input
            id={`${id}-high`}
            inputMode="decimal"
            value={high}
            onChange={(e) => setHigh(e.target.value)}
            className="mt-1 h-9 w-full rounded-md border border-line bg-bg px-2 font-mono text-sm"
          />
        </div>
      </div>
      <Button
        size="xs"
        className="mt-2"
        disabled={!ok}
        onClick={() => api.set(profilePath, shapePoints(shape, { low: lowN, high: highN, durationSeconds: duration }))}
      >
        Replace the points with this shape
      </Button>
    </fieldset>
  );
}

/** Points shown at once: a week of one point a minute (10,080 rows of fields) would freeze the page. */
const POINTS_PER_PAGE = 50;

export function WorkloadSection() {
  const api = useEditor();
  const [firstShown, setFirstShown] = useState(0);
  const web = getIn(api.draft, 'workload.type') !== 'queue';
  const profilePath = web ? 'workload.requestsPerSecond' : 'workload.messagesPerSecond';
  const points = ((getIn(api.draft, profilePath) as Point[] | undefined) ?? []).filter((p) => p && typeof p === 'object');
  const durationRaw = getIn(api.draft, 'durationSeconds');
  const duration = typeof durationRaw === 'number' ? durationRaw : 3600;
  const unit = web ? 'requests/s' : 'messages/s';
  const first = Math.min(firstShown, Math.max(0, points.length - 1) - (Math.max(0, points.length - 1) % POINTS_PER_PAGE));
  const shown = points.slice(first, first + POINTS_PER_PAGE);
  return (
    <Section title="Workload">
      <SelectField
        path="workload.type"
        label="Workload type"
        options={[
          { value: 'web', label: 'Web service (requests)' },
          { value: 'queue', label: 'Queue worker (SQS messages)' },
        ]}
        onChange={(v) => api.update((d) => withWorkloadType(d, v as 'web' | 'queue'))}
      />
      <ProfileChart points={points} duration={duration} unit={unit} />
      <ShapePicker profilePath={profilePath} points={points} duration={duration} />
      <fieldset className="space-y-2">
        <legend className="text-xs font-semibold">{web ? 'Requests per second' : 'Messages per second'}: points</legend>
        <GroupErrors path={profilePath} />
        {points.length > POINTS_PER_PAGE && (
          <PointPager
            first={first}
            count={shown.length}
            total={points.length}
            onPage={(to) => setFirstShown(Math.max(0, Math.min(to, points.length - 1)))}
          />
        )}
        {shown
          .map((_, k) => first + k)
          .map((i) => (
            <div key={i} className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-2">
              <NumberField
                path={`${profilePath}[${i}].at`}
                label={
                  <>
                    At (s)<span className="sr-only"> point {i + 1}</span>
                  </>
                }
              />
              <NumberField
                path={`${profilePath}[${i}].value`}
                label={
                  <>
                    Value<span className="sr-only"> point {i + 1}</span>
                  </>
                }
              />
              <NumberField
                path={`${profilePath}[${i}].rampSeconds`}
                label={
                  <>
                    Ramp (s)<span className="sr-only"> point {i + 1}</span>
                  </>
                }
                optional
              />
              <Button
                size="xs"
                className="mb-0.5 h-9"
                disabled={points.length === 1}
                onClick={() =>
                  api.set(
                    profilePath,
                    points.filter((__, k) => k !== i),
                  )
                }
                aria-label={`Remove point ${i + 1}`}
              >
                ✕
              </Button>
            </div>
          ))}
        <Button
          size="xs"
          onClick={() => {
            const last = points[points.length - 1];
            const at = Math.min(duration - 60, (typeof last?.at === 'number' ? last.at : 0) + 600);
            api.set(profilePath, [...points, { at: Math.max(at, (last?.at ?? 0) + 60), value: Math.round(valueAt(points, at) * 1.5) }]);
            setFirstShown(points.length - (points.length % POINTS_PER_PAGE));
          }}
        >
          Add point
        </Button>
      </fieldset>
      {web ? (
        <div className="grid grid-cols-2 gap-3">
          <NumberField path="workload.cpuSecondsPerRequest" label="CPU seconds per request" optional placeholder="0.01" />
          <NumberField path="workload.baseLatencyMs" label="Base latency (ms)" optional placeholder="20" />
          <NumberField path="workload.timeoutSeconds" label="Timeout (s)" optional placeholder="60" />
          <NumberField path="workload.noise" label="Noise (0–1)" hint="±share per second" optional placeholder="0" />
        </div>
      ) : (
        <div className="grid grid-cols-2 gap-3">
          <NumberField path="workload.secondsPerMessage" label="Seconds per message" optional placeholder="1" />
          <NumberField path="workload.initialBacklog" label="Initial backlog" optional placeholder="0" />
          <NumberField path="workload.noise" label="Noise (0–1)" optional placeholder="0" />
        </div>
      )}
      <div className="grid grid-cols-2 gap-3">
        <NumberField path="workload.memoryMiB.base" label="Memory base (MiB)" optional placeholder="256" />
        <NumberField path="workload.memoryMiB.perInFlightRequest" label="MiB per request in flight" optional placeholder="0.5" />
      </div>
    </Section>
  );
}

/** "Points 51–100 of 9,000", with the pages before and after. */
function PointPager({ first, count, total, onPage }: { first: number; count: number; total: number; onPage: (first: number) => void }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <span role="status">
        Points {first + 1}–{first + count} of {total.toLocaleString('en-US')}
      </span>
      <Button size="xs" disabled={first === 0} onClick={() => onPage(first - POINTS_PER_PAGE)}>
        Previous {POINTS_PER_PAGE}
      </Button>
      <Button size="xs" disabled={first + count >= total} onClick={() => onPage(first + POINTS_PER_PAGE)}>
        Next {POINTS_PER_PAGE}
      </Button>
    </div>
  );
}
