import { Button } from '@/components/ui/Button';
import type { MouseEvent } from 'react';
import type { LaidOutDiagram } from '@/lib/diagram/layout-types';
import { stepHash } from './highlight';
import type { useWalkthrough } from './use-walkthrough';

interface Props {
  diagram: LaidOutDiagram;
  walkthrough: ReturnType<typeof useWalkthrough>;
  /** False in the server HTML: the buttons need JS, the step list does not. */
  interactive: boolean;
}

/** Previous / play / next, "Step 2 of 5", the current caption, and every step as a linkable list (where a step link lands without JavaScript). */
export function WalkthroughControls({ diagram, walkthrough, interactive }: Props) {
  const { stepIndex, goTo, next, previous, playing, togglePlay, stop } = walkthrough;
  const count = diagram.steps.length;
  const openStep = (event: MouseEvent, index: number) => {
    event.preventDefault();
    stop();
    goTo(index);
  };
  const caption = stepIndex === undefined ? undefined : diagram.steps[stepIndex]?.caption;
  return (
    <>
      {/* The bar: where the walkthrough is, its buttons and the current caption. While a step shows
          it stays on screen under a tall drawing (sticky, so the player, not a wrapper, must be its
          parent), and in full screen it stands in for the step list. */}
      <div
        className="dg-bar mt-3"
        data-walkthrough-bar=""
        data-active={stepIndex === undefined ? undefined : 'true'}
        role="group"
        aria-label={`${diagram.title}: walkthrough`}
      >
        <div className="flex flex-wrap items-center gap-2">
          <p className="mr-auto text-sm font-semibold" data-step-indicator="">
            {stepIndex === undefined ? `Walkthrough · ${count} steps` : `Step ${stepIndex + 1} of ${count}`}
          </p>
          <span className="flex gap-2" hidden={!interactive}>
            <Button
              size="sm"
              onClick={() => {
                stop();
                previous();
              }}
              disabled={stepIndex === undefined}
            >
              ← Previous
            </Button>
            <Button size="sm" onClick={togglePlay}>
              {playing ? 'Pause' : 'Play'}
            </Button>
            <Button
              size="sm"
              onClick={() => {
                stop();
                next();
              }}
              disabled={stepIndex === count - 1}
            >
              {stepIndex === undefined ? 'Start →' : 'Next →'}
            </Button>
          </span>
        </div>
        {/* Every caption in one grid cell, only the current one visible: the bar is as tall as the
            longest, so stepping never moves what follows. Screen readers hear the live region below
            and read the list, so this visual copy is hidden from them. */}
        {interactive && (
          <div className="dg-captions mt-1.5 text-sm" aria-hidden="true">
            {diagram.steps.map((step, i) => (
              <p key={i} className={i === stepIndex ? undefined : 'invisible'} data-step-caption={i === stepIndex ? '' : undefined}>
                {step.caption}
              </p>
            ))}
            <p className={stepIndex === undefined ? 'text-muted' : 'invisible'}>
              Press Start, or pick a step, to walk through the diagram.
            </p>
          </div>
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {caption === undefined ? '' : `Step ${(stepIndex ?? 0) + 1} of ${count}: ${caption}`}
      </p>
      <ol className="dg-steps mt-2 space-y-1 text-sm" aria-label={`${diagram.title}: steps`}>
        {diagram.steps.map((step, i) => (
          <li
            key={i}
            id={stepHash(diagram.id, i)}
            aria-current={stepIndex === i ? 'step' : undefined}
            className={`scroll-mt-4 rounded-md border px-3 py-2 ${stepIndex === i ? 'border-accent bg-accent-soft' : 'border-transparent'}`}
          >
            <a href={`#${stepHash(diagram.id, i)}`} onClick={(event) => openStep(event, i)} className="flex gap-2">
              <span className="dg-step-number shrink-0 font-semibold">{i + 1}.</span>
              <span>{step.caption}</span>
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}
