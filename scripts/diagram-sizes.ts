// Prints each diagram's laid-out size and the scale it renders at in a lesson column:
// `npx tsx --conditions=react-server scripts/diagram-sizes.ts`. Desktop box 734 px (the 736 px column less the frame), phone box 326 px (360 px screen).
import path from 'node:path';
import { loadDiagramFiles } from '../lib/content/diagram-files.server';
import { layoutDiagram } from '../lib/content/diagram-layout.server';

async function main() {
  for (const { diagram, lessonSlug } of loadDiagramFiles(path.join(process.cwd(), 'content'))) {
    const layout = await layoutDiagram(diagram);
    const scale = (column: number) => Math.min(1, column / layout.width).toFixed(2);
    const hand = diagram.nodes.every((n) => n.position) ? ' hand' : '';
    console.log(
      `${layout.id.padEnd(30)} ${String(layout.width).padStart(5)} × ${String(layout.height).padEnd(5)} desktop ${scale(734)}  phone ${scale(326)}  ${diagram.direction}${hand}  ${lessonSlug}`,
    );
  }
}

void main();
