'use client';
import { useEffect } from 'react';
import { stickyTopInset } from '@/components/diagram/reveal';
import { useApp } from '@/lib/store';

/** How long the reader stays in a section before it is saved (scrolling past it saves nothing). */
const SETTLE_MS = 600;

/**
 * Records the section of the lesson being read — the last heading that has scrolled up to the
 * sticky header — so "Continue where you left off" can return there. Renders nothing.
 */
export function ReadingPosition({ slug, articleId }: { slug: string; articleId: string }) {
  const hydrated = useApp((s) => s.hydrated);
  const recordSection = useApp((s) => s.recordSection);

  useEffect(() => {
    const article = document.getElementById(articleId);
    if (!hydrated || !article) return;
    const headings = [...article.querySelectorAll<HTMLElement>('h2[id], h3[id]')].filter((h) => h.id !== 'objectives');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      const line = stickyTopInset() + 24;
      let current: string | null = null;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top > line) break;
        current = heading.id;
      }
      recordSection(slug, current);
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(save, SETTLE_MS);
    };
    window.addEventListener('scroll', schedule, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', schedule);
    };
  }, [hydrated, slug, articleId, recordSection]);
  return null;
}
