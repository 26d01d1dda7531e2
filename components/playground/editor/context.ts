'use client';
import { createContext, useContext } from 'react';
import type { Draft } from '@/lib/playground/types';

export interface EditorApi {
  draft: Draft;
  errors: Map<string, string[]>;
  set: (path: string, value: unknown) => void;
  update: (fn: (draft: Draft) => Draft) => void;
  idPrefix: string;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor outside the scenario editor');
  return api;
}

/** The DOM id of a field, from its scenario path (also used to focus it from the error summary). */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
