import { NODE_KINDS } from '@/lib/diagram/kinds';
import type { LaidOutDiagram, LaidOutNode } from '@/lib/diagram/layout-types';

export const EDGE_KIND_WORDS = { request: 'request', data: 'data flow', control: 'control', 'assumes-role': 'assumes role' } as const;

/** "Docker daemon (Docker daemon)" reads badly: add the kind only when the label doesn't say it. */
export function describeNode(node: LaidOutNode): string {
  const kind = NODE_KINDS[node.kind].label;
  const named = node.label.toLowerCase().includes(kind.toLowerCase()) ? node.label : `${node.label} (${kind})`;
  return node.detail ? `${named}: ${node.detail}` : named;
}

/**
 * The diagram in words, generated from its data: what it shows, its parts nested as their groups
 * are, every connection, and the walkthrough. Server-rendered, so screen readers and no-JS readers
 * get the same content as the picture.
 */
export function DiagramText({ diagram }: { diagram: LaidOutDiagram }) {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const childrenOf = (parent?: string) => diagram.nodes.filter((n) => n.parent === parent);
  const renderParts = (parent?: string) => (
    <ul className="list-disc space-y-1 pl-5">
      {childrenOf(parent).map((node) => (
        <li key={node.id} data-text-node={node.id}>
          {describeNode(node)}
          {node.isGroup && (
            <>
              {', containing:'}
              {renderParts(node.id)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <details className="dg-text mt-3 rounded-lg border border-line bg-card p-3 text-sm" data-diagram-text={diagram.id}>
      <summary className="cursor-pointer font-semibold">Diagram as text</summary>
      <div className="mt-3 space-y-3">
        <p>{diagram.summary}</p>
        <div>
          <p className="font-semibold">Parts</p>
          {renderParts(undefined)}
        </div>
        {diagram.edges.length > 0 && (
          <div>
            <p className="font-semibold">Connections</p>
            <ul className="list-disc space-y-1 pl-5">
              {diagram.edges.map((edge) => (
                <li key={edge.id} data-text-edge={edge.id}>
                  {byId.get(edge.from)?.label} {edge.bidirectional ? '↔' : '→'} {byId.get(edge.to)?.label}
                  {edge.label ? `: ${edge.label}` : ''} ({EDGE_KIND_WORDS[edge.kind]})
                </li>
              ))}
            </ul>
          </div>
        )}
        {diagram.steps.length > 0 && (
          <div>
            <p className="font-semibold">Walkthrough</p>
            <ol className="list-decimal space-y-1 pl-5">
              {diagram.steps.map((step, i) => (
                <li key={i} data-text-step={i + 1}>
                  {step.caption}
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
    </details>
  );
}
