'use client';
import { useState, type ReactNode } from 'react';
import { fieldValue, getIn } from '@/lib/playground/draft';
import { fieldId, useEditor } from './context';

const input = 'h-9 w-full rounded-md border bg-bg px-2 text-sm aria-[invalid=true]:border-red-700 dark:aria-[invalid=true]:border-red-400';

/** The engine's messages for a path, tied to the field by aria-describedby. */
export function FieldErrors({ path, id }: { path: string; id: string }) {
  const { errors } = useEditor();
  const messages = errors.get(path);
  if (!messages) return null;
  return (
    <p id={id} className="mt-1 text-xs font-medium text-red-700 dark:text-red-300">
      {messages.join('; ')}
    </p>
  );
}

/** Errors on a group (a list or an object), shown above it. */
export function GroupErrors({ path }: { path: string }) {
  const { errors, idPrefix } = useEditor();
  const messages = errors.get(path);
  if (!messages) return null;
  return (
    <p id={fieldId(idPrefix, path)} tabIndex={-1} className="text-xs font-medium text-red-700 dark:text-red-300">
      {messages.join('; ')}
    </p>
  );
}

interface Base {
  path: string;
  label: ReactNode;
  hint?: string;
  className?: string;
}

function useField(path: string, hint?: string) {
  const api = useEditor();
  const id = fieldId(api.idPrefix, path);
  const invalid = api.errors.has(path);
  const describedBy = [invalid ? `${id}-err` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return { api, id, invalid, describedBy };
}

function Label({ id, label, hint }: { id: string; label: ReactNode; hint?: string }) {
  return (
    <>
      <label htmlFor={id} className="block text-xs font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-[0.7rem] text-muted">
          {hint}
        </p>
      )}
    </>
  );
}

/**
 * A number as text the learner types; the draft gets a number when the text reads as one, the
 * raw text otherwise, and the engine's message says what is wrong.
 */
export function NumberField({
  path,
  label,
  hint,
  optional,
  placeholder,
  className = '',
}: Base & { optional?: boolean; placeholder?: string }) {
  const { api, id, invalid, describedBy } = useField(path, hint);
  const value = getIn(api.draft, path);
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [seen, setSeen] = useState(shown);
  if (seen !== shown) {
    // The draft changed from outside (a preset, an import): show it.
    setSeen(shown);
    setText(shown);
  }
  return (
    <div className={className}>
      <Label id={id} label={label} hint={hint} />
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = fieldValue(e.target.value, !!optional);
          setSeen(next === undefined ? '' : String(next));
          api.set(path, next);
        }}
        placeholder={placeholder ? `${placeholder} (default)` : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy || undefined}
        className={`${input} mt-1 border-line font-mono tabular-nums placeholder:text-muted`}
      />
      <FieldErrors path={path} id={`${id}-err`} />
    </div>
  );
}

export function TextField({
  path,
  label,
  hint,
  className = '',
  optional,
  placeholder,
}: Base & { optional?: boolean; placeholder?: string }) {
  const { api, id, invalid, describedBy } = useField(path, hint);
  const value = getIn(api.draft, path);
  return (
    <div className={className}>
      <Label id={id} label={label} hint={hint} />
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
        onChange={(e) => api.set(path, optional && e.target.value === '' ? undefined : e.target.value)}
        placeholder={placeholder ? `${placeholder} (default)` : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy || undefined}
        className={`${input} mt-1 border-line placeholder:text-muted`}
      />
      <FieldErrors path={path} id={`${id}-err`} />
    </div>
  );
}

export function SelectField({
  path,
  label,
  hint,
  options,
  className = '',
  onChange,
  fallback,
  value: shown,
}: Base & {
  options: { value: string | number; label: string }[];
  onChange?: (value: string) => void;
  fallback?: string | number;
  /** The value to show when it is not the one stored at `path` (a choice derived from several fields). */
  value?: string;
}) {
  const { api, id, invalid, describedBy } = useField(path, hint);
  const value = shown ?? getIn(api.draft, path) ?? fallback;
  const numeric = typeof options[0]?.value === 'number';
  const known = options.some((o) => String(o.value) === String(value));
  return (
    <div className={className}>
      <Label id={id} label={label} hint={hint} />
      <select
        id={id}
        value={value === undefined ? '' : String(value)}
        onChange={(e) => (onChange ? onChange(e.target.value) : api.set(path, numeric ? Number(e.target.value) : e.target.value))}
        aria-invalid={invalid}
        aria-describedby={describedBy || undefined}
        className={`${input} mt-1 border-line`}
      >
        {!known && <option value={value === undefined ? '' : String(value)}>{value === undefined ? '(choose)' : String(value)}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors path={path} id={`${id}-err`} />
    </div>
  );
}

export function CheckboxField({ path, label, hint, className = '' }: Base) {
  // (an unset boolean shows as unchecked: every boolean in the schema defaults to false)
  const { api, id, invalid, describedBy } = useField(path, hint);
  return (
    <div className={className}>
      <label htmlFor={id} className="flex items-center gap-2 text-sm">
        <input
          id={id}
          type="checkbox"
          checked={getIn(api.draft, path) === true}
          onChange={(e) => api.set(path, e.target.checked)}
          aria-invalid={invalid}
          aria-describedby={describedBy || undefined}
        />
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-[0.7rem] text-muted">
          {hint}
        </p>
      )}
      <FieldErrors path={path} id={`${id}-err`} />
    </div>
  );
}

export function Section({ title, children, defaultOpen = true }: { title: string; children: ReactNode; defaultOpen?: boolean }) {
  return (
    <details open={defaultOpen} className="group rounded-lg border border-line bg-card">
      <summary className="cursor-pointer select-none px-3 py-2 text-sm font-semibold">{title}</summary>
      <div className="space-y-3 border-t border-line p-3">{children}</div>
    </details>
  );
}
