import { Fragment } from './slide/Fragment';
import { Notes } from './slide/Notes';
import { Slide } from './slide/Slide';
import { SlideCallout, SlideComparison } from './slide/SlideCallout';
import { SlideDiagramServer } from './slide/SlideDiagramServer';
import { SlidePlaygroundServer } from './slide/SlidePlaygroundServer';
import { SlidePollServer } from './slide/SlidePollServer';

/** The one map of what deck MDX may use (lib/content/deck-source.ts checks the names). Its type is derived from the object. */
export const slideComponents = {
  Slide,
  Notes,
  Fragment,
  Diagram: SlideDiagramServer,
  Poll: SlidePollServer,
  Playground: SlidePlaygroundServer,
  Callout: SlideCallout,
  Comparison: SlideComparison,
};

export type SlideComponents = typeof slideComponents;
