import type { LaidOutDiagram } from '@/lib/diagram/layout-types';
import { DiagramLegend } from './DiagramLegend';
import { DiagramPlayer } from './DiagramPlayer';
import { DiagramSvg } from './DiagramSvg';
import { DiagramText } from './DiagramText';
import './diagram.css';

/**
 * An architecture diagram with its title, walkthrough, legend and text alternative. A server
 * component: the player island receives only the plain laid-out data, and the picture itself drawn
 * here as an SVG, so the code that draws it (shapes, glyphs) stays off the lesson's first load.
 */
export function DiagramFigure({ diagram, headingLevel }: { diagram: LaidOutDiagram; headingLevel?: 2 | 3 }) {
  const titleId = `${diagram.id}-title`;
  const summaryId = `${diagram.id}-summary`;
  const Title = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'p';
  return (
    <figure id={diagram.id} className="dg-figure scroll-mt-20" data-diagram={diagram.id} aria-labelledby={titleId}>
      <figcaption className="mb-2">
        <Title id={titleId} className="text-base font-semibold">
          {diagram.title}
        </Title>
        <p id={summaryId} className="text-sm text-muted">
          {diagram.summary}
        </p>
      </figcaption>
      <DiagramPlayer
        diagram={diagram}
        labelledBy={`${titleId} ${summaryId}`}
        still={<DiagramSvg diagram={diagram} labelledBy={`${titleId} ${summaryId}`} />}
        legend={<DiagramLegend diagram={diagram} />}
      />
      <DiagramText diagram={diagram} />
    </figure>
  );
}
