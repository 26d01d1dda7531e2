import { getDiagram } from '@/lib/content/diagrams.server';
import { DiagramFigure } from './DiagramFigure';

/** `<Diagram id="..." />` in lesson MDX: the diagram from a diagram.yaml, laid out at build time. */
export async function LessonDiagram({ id }: { id: string }) {
  return <DiagramFigure diagram={await getDiagram(id)} />;
}
