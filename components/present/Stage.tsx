'use client';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** The stage's own size: slides are laid out on a 1920 × 1080 canvas, then scaled as a whole. */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

/**
 * A 16:9 canvas scaled to fit its box, letterboxed: the same slide looks identical in any window
 * (1280 × 720 and 1920 × 1080 differ only in scale), and text sizes are set once for the canvas.
 */
export function Stage({
  children,
  className = '',
  label,
  decorative,
  onStageRef,
}: {
  children: ReactNode;
  className?: string;
  label?: string;
  /** A picture of a slide (preview, thumbnail): hidden from assistive tech and not focusable. */
  decorative?: boolean;
  onStageRef?: (el: HTMLDivElement | null) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => setScale(Math.min(el.clientWidth / STAGE_WIDTH, el.clientHeight / STAGE_HEIGHT));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={`deck-stage-box ${className}`} aria-hidden={decorative || undefined} inert={decorative || undefined}>
      <div
        ref={onStageRef}
        className="deck-canvas"
        role={label ? 'region' : undefined}
        aria-label={label}
        style={{ transform: `translate(-50%, -50%) scale(${scale})`, visibility: scale > 0 ? 'visible' : 'hidden' }}
        data-stage-scale={scale.toFixed(4)}
      >
        {children}
      </div>
    </div>
  );
}
