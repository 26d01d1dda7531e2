import Link from '@/components/ui/Link';
import type { ComponentProps } from 'react';

/**
 * The site's one button style. Each variant sets its background, text and hover colours in one
 * place: never stack a second `hover:bg-*` on a call site (two hover backgrounds of equal
 * specificity once made the playground's Play button turn blank exactly under the pointer).
 * `className` is for layout only (margins, width, a fixed height in a row of inputs).
 *
 * primary: the page's main action; secondary: a bordered action beside it; ghost: a quiet action
 * in a bar or list; danger: a destructive confirmation; onDark: a bordered action on the
 * presenter's dark chrome (aria-pressed shows a toggle that is on); link: an action inside a
 * sentence or a notice ("Dismiss", "View results"), drawn as a link (use it with size inline).
 *
 * Tiles that are whole list or grid items (event-log rows, slide thumbnails, exam navigator cells)
 * are buttons with their own layout, not this control.
 */
const VARIANTS = {
  // Hover deepens the accent in light mode and lightens it in dark mode: the label keeps its contrast.
  primary:
    'border border-accent bg-accent text-accent-fg hover:not-disabled:bg-[color-mix(in_oklab,var(--accent),black_18%)] dark:hover:not-disabled:bg-[color-mix(in_oklab,var(--accent),white_22%)]',
  secondary: 'border border-line bg-card text-fg hover:not-disabled:bg-bg-subtle',
  ghost: 'text-fg hover:not-disabled:bg-bg-subtle',
  danger: 'bg-red-700 text-white hover:not-disabled:bg-red-800',
  // The colour of the text around it (a notice's own colour, or the page's).
  link: 'underline underline-offset-2 hover:not-disabled:no-underline',
  onDark: 'border border-white/25 text-inherit hover:not-disabled:bg-white/10 aria-pressed:border-[var(--accent)] aria-pressed:bg-white/15',
} as const;

/**
 * xs: inside a code block's bar; sm: a toolbar (diagram controls); md: most actions; lg: a page's
 * main action; toolbar: the playground's h-9 controls; icon: a square h-9 control (give it an aria-label);
 * inline: no box at all, for the link variant inside text.
 */
const SIZES = {
  xs: 'gap-1.5 rounded-md px-2 py-0.5 text-xs',
  sm: 'gap-1.5 rounded-md px-2.5 py-1 text-sm',
  md: 'gap-2 rounded-lg px-4 py-2 text-sm',
  lg: 'gap-2 rounded-lg px-4 py-2',
  toolbar: 'h-9 gap-1 rounded-md px-3 text-sm',
  icon: 'size-9 gap-1 rounded-md text-sm',
  inline: 'gap-1 rounded-sm',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

interface StyleProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}

/** The classes for a button look, for the rare element that must look like one without being `Button` (a plain <a>). */
export function buttonClasses({ variant = 'secondary', size = 'md', className = '' }: StyleProps = {}) {
  return `inline-flex shrink-0 items-center justify-center font-medium disabled:cursor-not-allowed disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]}${className ? ` ${className}` : ''}`;
}

/** A `type="button"` unless told otherwise. */
export function Button({ variant, size, className, type = 'button', ...props }: ComponentProps<'button'> & StyleProps) {
  return <button type={type} className={buttonClasses({ variant, size, className })} {...props} />;
}

/** A link that looks like a button (a navigation, not an action: it stays a link for assistive tech). */
export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & StyleProps) {
  return <Link className={buttonClasses({ variant, size, className })} {...props} />;
}
