'use client';
import { Button } from './Button';

export function PrintButton() {
  return (
    // Without JavaScript the browser's own Print command is the way: the button is left out.
    <Button onClick={() => window.print()} className="no-print noscript:hidden">
      Print
    </Button>
  );
}
