'use client';
import { useEffect } from 'react';
import { stickyTopInset } from '@/components/diagram/reveal';

/** Room kept between a definition and the sticky header or the window's edge. */
const EDGE_PX = 8;

const REF = '.glossary-ref';
const tipOf = (ref: Element) => ref.querySelector<HTMLElement>('.glossary-tip');
const refAt = (target: EventTarget | null) => (target instanceof Element ? target.closest(REF) : null);

/**
 * Glossary terms (lib/content/rehype-glossary.ts) show their definition on hover and focus with CSS
 * alone. This island adds what CSS cannot (WCAG 1.4.13): on a touch screen the first tap shows the
 * definition instead of leaving the lesson (a second tap follows the link to the glossary); Escape
 * hides a definition; and a definition that would open under the sticky header or past the right
 * edge is moved into view. Without JavaScript a tap simply opens the glossary entry.
 */
export function GlossaryTips() {
  useEffect(() => {
    let pointerType = '';
    const open = () => document.querySelectorAll<HTMLElement>(`${REF}[data-open]`);
    const close = (except?: Element | null) =>
      open().forEach((ref) => {
        if (ref !== except) delete ref.dataset.open;
      });

    const onPointerDown = (event: PointerEvent) => {
      pointerType = event.pointerType;
      if (!refAt(event.target)) close();
    };
    const onClick = (event: MouseEvent) => {
      const ref = refAt(event.target);
      if (!ref || !(event.target as Element).closest('.glossary-term') || pointerType !== 'touch') return;
      if (ref instanceof HTMLElement && ref.dataset.open === undefined) {
        event.preventDefault();
        close(ref);
        delete ref.dataset.dismissed;
        ref.dataset.open = '';
        place(ref);
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const shown = [...document.querySelectorAll<HTMLElement>(REF)].filter((ref) => tipOf(ref)?.checkVisibility());
      if (shown.length === 0) return;
      // Hidden until the pointer or focus leaves the term, so it does not reappear under a still mouse.
      shown.forEach((ref) => {
        ref.dataset.dismissed = '';
        delete ref.dataset.open;
      });
    };
    const onEnter = (event: Event) => {
      const ref = refAt(event.target);
      if (ref instanceof HTMLElement) place(ref);
    };
    const onLeave = (event: MouseEvent | FocusEvent) => {
      const ref = refAt(event.target);
      if (ref instanceof HTMLElement && !ref.contains(event.relatedTarget as Node | null)) delete ref.dataset.dismissed;
    };

    document.addEventListener('pointerdown', onPointerDown, true);
    // Capture: the term is a Next <Link>, whose own handler (on React's root) must see the preventDefault.
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('mouseover', onEnter);
    document.addEventListener('focusin', onEnter);
    document.addEventListener('mouseout', onLeave);
    document.addEventListener('focusout', onLeave);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('mouseover', onEnter);
      document.removeEventListener('focusin', onEnter);
      document.removeEventListener('mouseout', onLeave);
      document.removeEventListener('focusout', onLeave);
    };
  }, []);
  return null;
}

/**
 * Above the term by default; below it when there is no room under the sticky header; shifted left
 * when it would run past the window's right edge. (On a phone the stylesheet makes it a bottom sheet.)
 */
function place(ref: HTMLElement) {
  const tip = tipOf(ref);
  if (!tip || getComputedStyle(tip).position === 'fixed') return;
  const term = ref.getBoundingClientRect();
  // The definition may not be displayed yet (hover styles apply after this event): measure it unshown.
  const wasHidden = !tip.checkVisibility();
  if (wasHidden) tip.style.display = 'block';
  const height = tip.offsetHeight;
  const width = tip.offsetWidth;
  if (wasHidden) tip.style.removeProperty('display');
  const roomAbove = term.top - stickyTopInset() - EDGE_PX;
  if (roomAbove < height + 6) ref.dataset.below = '';
  else delete ref.dataset.below;
  const overflow = term.left + width - (document.documentElement.clientWidth - EDGE_PX);
  ref.style.setProperty('--tip-shift', `${-Math.max(0, Math.min(overflow, term.left - EDGE_PX))}px`);
}
