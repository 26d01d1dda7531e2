'use client';
import Link from '@/components/ui/Link';
import type { MouseEvent } from 'react';
import type { SearchHit } from '@/lib/search/search';
import type { TextPart } from '@/lib/search/snippet';
import { KIND_LABELS } from '@/lib/search/types';

interface Props {
  hits: SearchHit[];
  listId: string;
  optionId: (i: number) => string;
  active: number;
  onHover: (i: number) => void;
  onChoose: (hit: SearchHit) => void;
}

function Marked({ parts }: { parts: TextPart[] }) {
  return parts.map((p, i) =>
    p.mark ? (
      <mark key={i} className="rounded-sm bg-amber-200/80 px-px text-fg dark:bg-amber-300/25">
        {p.text}
      </mark>
    ) : (
      p.text
    ),
  );
}

/** A modified click (new tab, new window) is the browser's; a plain one goes through the dialog. */
const plainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** The results: links that are the listbox's options, so each can also open in a new tab. */
export function SearchResults({ hits, listId, optionId, active, onHover, onChoose }: Props) {
  return (
    <ul id={listId} role="listbox" aria-label="Results" className="space-y-1">
      {hits.map((hit, i) => (
        <li key={hit.id} role="none">
          <Link
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            href={hit.href}
            tabIndex={-1}
            prefetch={false}
            onMouseMove={() => i !== active && onHover(i)}
            onClick={(e) => {
              if (!plainClick(e)) return;
              e.preventDefault();
              onChoose(hit);
            }}
            className={`block rounded-lg border-l-4 px-3 py-2 ${i === active ? 'border-accent bg-accent-soft' : 'border-transparent hover:bg-bg-subtle'}`}
          >
            <span className="flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
              <span className="font-semibold uppercase tracking-wide">{KIND_LABELS[hit.kind]}</span>
              <span className="truncate">{hit.context}</span>
            </span>
            <span className={`mt-0.5 block font-medium text-fg ${hit.kind === 'question' ? 'line-clamp-3' : ''}`}>
              <Marked parts={hit.title} />
            </span>
            {hit.snippet.length > 0 ? (
              <span className="mt-0.5 line-clamp-2 block text-sm text-muted">
                <Marked parts={hit.snippet} />
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
