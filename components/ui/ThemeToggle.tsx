'use client';
import { useSyncExternalStore } from 'react';
import { Button, type ButtonVariant } from './Button';
import { readTheme, setTheme, subscribeTheme, type Theme } from './theme-store';

const ORDER: Theme[] = ['system', 'light', 'dark'];
const LABEL: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Cycles System → Light → Dark; "System" follows the OS live. */
export function ThemeToggle({ variant = 'secondary' }: { variant?: Extract<ButtonVariant, 'secondary' | 'onDark'> }) {
  const current = useSyncExternalStore(subscribeTheme, readTheme, () => 'system' as const);
  const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length] as Theme;
  return (
    <Button
      variant={variant}
      size={variant === 'onDark' ? 'sm' : 'toolbar'}
      onClick={() => setTheme(next)}
      // Without JavaScript the theme cannot be switched (or read): the button is left out.
      className="noscript:hidden"
      aria-label={`Colour theme: ${LABEL[current]}. Switch to ${LABEL[next]}`}
      title={`Theme: ${LABEL[current]} (switch to ${LABEL[next]})`}
    >
      <ThemeIcon theme={current} />
      <span className="hidden sm:inline" aria-hidden="true">
        {LABEL[current]}
      </span>
    </Button>
  );
}

function ThemeIcon({ theme }: { theme: Theme }) {
  const common = {
    width: 16,
    height: 16,
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2,
    'aria-hidden': true,
  } as const;
  if (theme === 'light')
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    );
  if (theme === 'dark')
    return (
      <svg {...common}>
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
    );
  return (
    <svg {...common}>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" />
    </svg>
  );
}
