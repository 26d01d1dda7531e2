'use client';
import { useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/diagram/use-media';
import { Button } from '@/components/ui/Button';

type Outcome = 'idle' | 'copied' | 'selected';

/** How long "Copied" stays before the button reads "Copy" again. */
const RESET_MS = 2000;

/**
 * Copies the code of the block it sits in. Where the clipboard is refused (an insecure origin, a
 * browser setting) it selects the code instead and says how to copy it. Invisible until hydrated:
 * it cannot work without JavaScript, and keeping its place stops the bar from shifting.
 */
export function CopyCodeButton() {
  const hydrated = useHydrated();
  const button = useRef<HTMLButtonElement>(null);
  const [outcome, setOutcome] = useState<Outcome>('idle');
  useEffect(() => {
    if (outcome === 'idle') return;
    const timer = setTimeout(() => setOutcome('idle'), RESET_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    const pre = button.current?.closest('.code-block')?.querySelector('pre');
    if (!pre) return;
    try {
      await navigator.clipboard.writeText(pre.innerText.replace(/\n$/, ''));
      setOutcome('copied');
    } catch {
      window.getSelection()?.selectAllChildren(pre);
      setOutcome('selected');
    }
  };

  return (
    <span className={`ml-auto flex items-center gap-2 ${hydrated ? '' : 'invisible'}`} aria-hidden={!hydrated || undefined}>
      {/* Announced without moving focus; empty while idle so nothing is read twice. */}
      <span role="status" className="text-xs font-medium text-accent">
        {outcome === 'copied' ? 'Copied' : outcome === 'selected' ? 'Selected: press Ctrl+C (⌘C) to copy' : ''}
      </span>
      <Button ref={button} size="xs" onClick={copy} disabled={!hydrated}>
        Copy<span className="sr-only"> code</span>
      </Button>
    </span>
  );
}
