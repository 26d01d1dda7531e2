import type { MouseEvent } from 'react';
import type { LaidOutDiagram } from '@/lib/content/diagram-layout-types';
import { stepHash } from './highlight';
import type { useWalkthrough } from './use-walkthrough';

interface Props {
  diagram: LaidOutDiagram;
  walkthrough: ReturnType<typeof useWalkthrough>;
  /** False in the server HTML: the buttons need JS, the step list does not. */
  interactive: boolean;
}

/** Previous / play / next, "Step 2 of 5", the current caption, and every step as a linkable list. */
export function WalkthroughControls({ diagram, walkthrough, interactive }: Props) {
  const { stepIndex, goTo, next, previous, playing, togglePlay, stop } = walkthrough;
  const count = diagram.steps.length;
  const button = 'rounded-md border border-line bg-card px-3 py-1.5 text-sm font-medium hover:bg-bg-subtle disabled:opacity-50';
  const openStep = (event: MouseEvent, index: number) => {
    event.preventDefault();
    stop();
    goTo(index);
  };
  return (
    <div className="mt-3" role="group" aria-label={`${diagram.title}: walkthrough`}>
      <div className="flex flex-wrap items-center gap-2">
        <p className="mr-auto text-sm font-semibold" aria-live="polite" data-step-indicator="">
          {stepIndex === undefined ? `Walkthrough · ${count} steps` : `Step ${stepIndex + 1} of ${count}`}
        </p>
        <span className="flex gap-2" hidden={!interactive}>
          <button type="button" className={button} onClick={() => { stop(); previous(); }} disabled={stepIndex === undefined}>← Previous</button>
          <button type="button" className={button} onClick={togglePlay} aria-pressed={playing}>{playing ? 'Pause' : 'Play'}</button>
          <button type="button" className={button} onClick={() => { stop(); next(); }} disabled={stepIndex === count - 1}>
            {stepIndex === undefined ? 'Start →' : 'Next →'}
          </button>
        </span>
      </div>
      <ol className="dg-steps mt-2 space-y-1 text-sm">
        {diagram.steps.map((step, i) => (
          <li key={i} id={stepHash(diagram.id, i)} aria-current={stepIndex === i ? 'step' : undefined}
            className={`rounded-md border px-3 py-2 ${stepIndex === i ? 'border-accent bg-accent-soft' : 'border-transparent'}`}>
            <a href={`#${stepHash(diagram.id, i)}`} onClick={(event) => openStep(event, i)} className="flex gap-2">
              <span className="dg-step-number shrink-0 font-semibold">{i + 1}.</span>
              <span>{step.caption}</span>
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}
