import type { ColorKey } from '@/lib/playground/chart-specs';

/** Series colours per theme: distinct in hue and lightness, and each series also has its own dash. */
export const CHART_COLORS: Record<'light' | 'dark', Record<ColorKey, string> & { axis: string; grid: string }> = {
  light: {
    load: '#2563eb', metric: '#0f766e', target: '#b91c1c', scaleIn: '#b45309', desired: '#7c3aed', running: '#0f766e', pending: '#b45309',
    bounds: '#64748b', latency: '#2563eb', errors: '#b91c1c', instances: '#7c3aed', cpr: '#0f766e', cost: '#334155', queue: '#2563eb',
    axis: '#475569', grid: 'rgba(100,116,139,0.18)',
  },
  dark: {
    load: '#93c5fd', metric: '#5eead4', target: '#fca5a5', scaleIn: '#fcd34d', desired: '#c4b5fd', running: '#5eead4', pending: '#fcd34d',
    bounds: '#94a3b8', latency: '#93c5fd', errors: '#fca5a5', instances: '#c4b5fd', cpr: '#5eead4', cost: '#e2e8f0', queue: '#93c5fd',
    axis: '#a3afc2', grid: 'rgba(148,163,184,0.16)',
  },
};
