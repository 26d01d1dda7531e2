'use client';
import { Button, buttonClasses } from '@/components/ui/Button';
import { useEffect, useId, useMemo, useState } from 'react';
import { useHydrated } from '@/components/diagram/use-media';
import { classQuery, CLASS_PARAM, formatClassList, parseClassList } from '@/lib/present/class-list';
import type { DeckListItem } from '@/lib/present/types';
import { deckPath } from '@/lib/routes';

export interface DeckModule {
  title: string;
  order: number;
  decks: DeckListItem[];
}

/**
 * Compose a class from several decks: pick them (by deck or a whole module), put them in order,
 * then start. The list lives in the address (`?class=a,b`), so a class can be bookmarked and sent.
 */
export function ClassBuilder({ modules }: { modules: DeckModule[] }) {
  const all = useMemo(() => modules.flatMap((m) => m.decks), [modules]);
  const bySlug = useMemo(() => new Map(all.map((d) => [d.slug, d])), [all]);
  const ready = useHydrated();
  // The class link is read once, on the first client render (the server's HTML has no address).
  const [fromLink] = useState(() =>
    typeof window === 'undefined'
      ? { slugs: [], problems: [] }
      : parseClassList(
          new URLSearchParams(window.location.search).get(CLASS_PARAM),
          all.map((d) => d.slug),
        ),
  );
  const [edited, setSlugs] = useState<string[] | null>(null);
  const slugs = useMemo(() => (ready ? (edited ?? fromLink.slugs) : []), [ready, edited, fromLink]);
  const problems = ready && !edited ? fromLink.problems : [];
  const headingId = useId();

  useEffect(() => {
    if (!ready) return;
    const url = new URL(window.location.href);
    if (slugs.length > 0) url.searchParams.set(CLASS_PARAM, formatClassList(slugs));
    else url.searchParams.delete(CLASS_PARAM);
    window.history.replaceState(window.history.state, '', url.toString().replace(/%2C/g, ','));
  }, [slugs, ready]);

  const update = (fn: (s: string[]) => string[]) => setSlugs((s) => fn(s ?? fromLink.slugs));
  const toggle = (slug: string, on: boolean) => update((s) => (on ? (s.includes(slug) ? s : [...s, slug]) : s.filter((x) => x !== slug)));
  const move = (i: number, by: number) =>
    update((s) => {
      const next = [...s];
      const j = i + by;
      if (j < 0 || j >= next.length) return s;
      [next[i], next[j]] = [next[j] as string, next[i] as string];
      return next;
    });
  const chosen = slugs.map((s) => bySlug.get(s)).filter((d): d is DeckListItem => !!d);
  const minutes = chosen.reduce((sum, d) => sum + d.minutes, 0);
  const start = chosen[0] && `${deckPath(chosen[0].slug)}${classQuery(slugs)}`;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="space-y-8">
        {modules.map((m) => {
          const allIn = m.decks.every((d) => slugs.includes(d.slug));
          return (
            <section key={m.order} aria-labelledby={`${headingId}-m${m.order}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`${headingId}-m${m.order}`} className="text-lg font-semibold">
                  Module {m.order} · {m.title}
                </h2>
                <Button size="sm" disabled={!ready} onClick={() => m.decks.forEach((d) => toggle(d.slug, !allIn))}>
                  {allIn ? 'Remove module from class' : 'Add module to class'}
                </Button>
              </div>
              <ul className="mt-3 divide-y divide-line rounded-xl border border-line">
                {m.decks.map((d) => (
                  <li key={d.slug} className="flex flex-wrap items-center gap-3 px-4 py-3">
                    <label className="flex min-w-0 flex-1 items-center gap-3">
                      <input
                        type="checkbox"
                        className="size-4 accent-[var(--accent)]"
                        disabled={!ready}
                        checked={slugs.includes(d.slug)}
                        onChange={(e) => toggle(d.slug, e.target.checked)}
                      />
                      <span className="min-w-0">
                        <span className="block font-medium">{d.title}</span>
                        <span className="block text-sm text-muted">
                          {d.slideCount} slides · {d.minutes} min
                        </span>
                      </span>
                    </label>
                    <a href={deckPath(d.slug)} className="text-sm font-medium text-accent underline underline-offset-2">
                      Present<span className="sr-only"> {d.title}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <aside aria-labelledby={`${headingId}-class`} className="h-fit rounded-xl border border-line bg-bg-subtle p-4 lg:sticky lg:top-24">
        <h2 id={`${headingId}-class`} className="text-lg font-semibold">
          Your class
        </h2>
        {problems.length > 0 && (
          <div role="alert" className="mt-2 rounded-lg border border-warning bg-bg p-3 text-sm">
            <p className="font-semibold">Some of the class link could not be used; the rest is kept.</p>
            <ul className="mt-1 list-disc pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {!ready ? (
          <p className="mt-2 text-sm text-muted">
            <span className="noscript:hidden">Loading your class…</span>
            <span className="hidden noscript:inline">
              Composing a class needs JavaScript; each deck&apos;s Present link works without it.
            </span>
          </p>
        ) : chosen.length === 0 ? (
          <p className="mt-2 text-sm text-muted">
            No decks yet. Tick the decks to teach, or add a whole module; then put them in order here.
          </p>
        ) : (
          <>
            <p className="mt-1 text-sm text-muted">
              {chosen.length} deck{chosen.length === 1 ? '' : 's'} · about {minutes} minutes
            </p>
            <ol className="mt-3 space-y-2" aria-label="Decks in teaching order">
              {chosen.map((d, i) => (
                <li key={d.slug} className="flex items-center gap-2 rounded-lg border border-line bg-bg px-3 py-2">
                  <span className="w-6 shrink-0 text-sm font-semibold tabular-nums">{i + 1}.</span>
                  <span className="min-w-0 flex-1 text-sm">{d.title}</span>
                  <Button size="sm" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move ${d.title} up`}>
                    ↑
                  </Button>
                  <Button size="sm" onClick={() => move(i, 1)} disabled={i === chosen.length - 1} aria-label={`Move ${d.title} down`}>
                    ↓
                  </Button>
                  <Button size="sm" onClick={() => toggle(d.slug, false)} aria-label={`Remove ${d.title}`}>
                    ✕
                  </Button>
                </li>
              ))}
            </ol>
            <div className="mt-4 flex flex-wrap gap-2">
              {start && (
                <a href={start} className={buttonClasses({ variant: 'primary', size: 'lg' })}>
                  Start the class
                </a>
              )}
              <Button size="sm" onClick={() => setSlugs([])}>
                Clear
              </Button>
            </div>
            <p className="mt-3 text-xs text-muted">This page&apos;s address keeps the class: bookmark it or send it to a co-teacher.</p>
          </>
        )}
      </aside>
    </div>
  );
}
