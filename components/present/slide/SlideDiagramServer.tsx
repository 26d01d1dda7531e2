import { getDiagram } from '@/lib/content/diagrams.server';
import { SlideDiagram } from './SlideDiagram';

/** `<Diagram id>` on a slide: the laid-out diagram, whose walkthrough steps are the slide's reveals from `at`. */
export async function SlideDiagramServer({ id, at }: { id: string; at: number }) {
  return <SlideDiagram diagram={await getDiagram(id)} at={at} />;
}
