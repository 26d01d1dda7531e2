import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The site's one button style. primary: the page's main action; secondary: a bordered action beside
 * it; ghost: a quiet action in a bar or list; danger: a destructive confirmation.
 */
const VARIANTS = {
  primary: 'bg-accent text-accent-fg hover:opacity-90',
  secondary: 'border border-line bg-card text-fg hover:bg-bg-subtle',
  ghost: 'text-fg hover:bg-bg-subtle',
  danger: 'bg-red-700 text-white hover:bg-red-800',
} as const;

/** xs: inside a code block's bar; sm: a toolbar (diagram controls); md: most actions; lg: a page's main action. */
const SIZES = {
  xs: 'gap-1.5 rounded-md px-2 py-0.5 text-xs',
  sm: 'gap-1.5 rounded-md px-2.5 py-1 text-sm',
  md: 'gap-2 rounded-lg px-4 py-2 text-sm',
  lg: 'gap-2 rounded-lg px-4 py-2',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

interface StyleProps { variant?: ButtonVariant; size?: ButtonSize; className?: string }

/** The classes for a button look, for the rare element that must look like one without being `Button`. */
export function buttonClasses({ variant = 'secondary', size = 'md', className = '' }: StyleProps = {}) {
  return `inline-flex items-center justify-center font-medium disabled:cursor-not-allowed disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]} ${className}`;
}

export function Button({ variant, size, className, type = 'button', ...props }: ComponentProps<'button'> & StyleProps) {
  return <button type={type} className={buttonClasses({ variant, size, className })} {...props} />;
}

/** A link that looks like a button (a navigation, not an action: it stays a link for assistive tech). */
export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & StyleProps) {
  return <Link className={buttonClasses({ variant, size, className })} {...props} />;
}
