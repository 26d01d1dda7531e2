import type { ReactNode } from 'react';

/** The bare page's whole frame: what every Next app ships before it adds anything of its own. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
