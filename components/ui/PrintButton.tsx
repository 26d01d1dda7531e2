'use client';
import { Button } from './Button';

export function PrintButton() {
  return (
    // Without JavaScript the browser's own Print command is the way: the button is left out.
    <Button size="lg" onClick={() => window.print()} className="no-print text-sm noscript:hidden">
      Print
    </Button>
  );
}
