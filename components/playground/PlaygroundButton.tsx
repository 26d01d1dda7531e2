import type { ButtonHTMLAttributes, Ref } from 'react';

/**
 * The playground's one button. Each variant sets its background, text and hover colours in one
 * place, so no call site stacks a second `hover:bg-*` on top (two hover backgrounds of equal
 * specificity made the primary Play button turn blank exactly under the pointer).
 */
export type PlaygroundButtonVariant = 'primary' | 'secondary';
export type PlaygroundButtonSize = 'md' | 'icon' | 'sm';

const BASE = 'inline-flex shrink-0 items-center justify-center gap-1 rounded-md border font-medium disabled:cursor-not-allowed disabled:opacity-50';

const VARIANT: Record<PlaygroundButtonVariant, string> = {
  // Hover deepens the accent in light mode and lightens it in dark mode: the label keeps its contrast.
  primary: 'border-accent bg-accent text-accent-fg enabled:hover:bg-[color-mix(in_oklab,var(--accent),black_18%)] dark:enabled:hover:bg-[color-mix(in_oklab,var(--accent),white_22%)]',
  secondary: 'border-line bg-card text-fg enabled:hover:bg-bg-subtle',
};

const SIZE: Record<PlaygroundButtonSize, string> = {
  md: 'h-9 px-3 text-sm',
  icon: 'size-9 text-sm',
  sm: 'px-2 py-1 text-xs',
};

function playgroundButtonClass(variant: PlaygroundButtonVariant = 'secondary', size: PlaygroundButtonSize = 'md', extra = ''): string {
  return `${BASE} ${VARIANT[variant]} ${SIZE[size]}${extra ? ` ${extra}` : ''}`;
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: PlaygroundButtonVariant;
  size?: PlaygroundButtonSize;
  ref?: Ref<HTMLButtonElement>;
};

/**
 * A `type="button"` unless told otherwise. `className` is for layout only (margins, a minimum
 * width): never colours, padding or height, which the variant and size own.
 */
export function PlaygroundButton({ variant = 'secondary', size = 'md', className = '', type = 'button', ...rest }: Props) {
  return <button type={type} className={playgroundButtonClass(variant, size, className)} {...rest} />;
}
