import type { LaidOutDiagram, LaidOutStep } from '@/lib/diagram/layout-types';

/** How an element looks during a step: in focus, kept as context (a group around focus), or dimmed. */
export type ElementState = 'active' | 'context' | 'dimmed' | undefined;

/**
 * The state of every node and edge during `step` (none: the overview, all plain). Highlighting a
 * group highlights what it contains; the groups around a highlighted node stay readable as context.
 */
export function elementStates(diagram: LaidOutDiagram, step: LaidOutStep | undefined): Map<string, ElementState> {
  const states = new Map<string, ElementState>();
  if (!step || (step.highlight.length === 0 && !step.packet)) return states;
  const active = new Set([...step.highlight, ...(step.packet ? [step.packet] : [])]);
  const parentOf = new Map(diagram.nodes.map((n) => [n.id, n.parent]));
  const isInside = (id: string, ancestor: string): boolean => {
    for (let p = parentOf.get(id); p; p = parentOf.get(p)) if (p === ancestor) return true;
    return false;
  };
  const context = new Set<string>();
  for (const node of diagram.nodes) {
    if ([...active].some((a) => isInside(node.id, a))) active.add(node.id);
  }
  for (const id of active) for (let p = parentOf.get(id); p; p = parentOf.get(p)) context.add(p);
  for (const node of diagram.nodes) states.set(node.id, active.has(node.id) ? 'active' : context.has(node.id) ? 'context' : 'dimmed');
  for (const edge of diagram.edges) states.set(edge.id, active.has(edge.id) ? 'active' : 'dimmed');
  return states;
}

/** `docker-on-os-step-3` ⇄ step index 2 of diagram `docker-on-os`. */
export function stepHash(diagramId: string, index: number): string {
  return `${diagramId}-step-${index + 1}`;
}

export function stepFromHash(diagramId: string, hash: string, stepCount: number): number | undefined {
  const match = new RegExp(`^#?${diagramId}-step-(\\d+)$`).exec(hash);
  if (!match) return undefined;
  const index = Number(match[1]) - 1;
  return index >= 0 && index < stepCount ? index : undefined;
}
