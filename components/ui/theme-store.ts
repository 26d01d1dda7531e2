import { THEME_KEY } from './theme-script';

export type Theme = 'system' | 'light' | 'dark';

const listeners = new Set<() => void>();

export function readTheme(): Theme {
  try {
    const stored = localStorage.getItem(THEME_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function applyTheme(theme: Theme) {
  const dark = theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

export function setTheme(theme: Theme) {
  try {
    if (theme === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
  applyTheme(theme);
  listeners.forEach((listener) => listener());
}

/** Subscribes to theme changes: this tab's choices, other tabs' choices, and the OS setting. */
export function subscribeTheme(listener: () => void) {
  const query = matchMedia('(prefers-color-scheme: dark)');
  const onSystem = () => applyTheme(readTheme());
  const onStorage = (e: StorageEvent) => {
    if (e.key === THEME_KEY) {
      applyTheme(readTheme());
      listener();
    }
  };
  listeners.add(listener);
  query.addEventListener('change', onSystem);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    query.removeEventListener('change', onSystem);
    window.removeEventListener('storage', onStorage);
  };
}
