'use client';
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

/**
 * next/link, prefetching on intent (pointer over, focus, touch) instead of whenever the link scrolls
 * into view. A page of links (header, course map, the home page's lesson list) would otherwise make
 * the browser fetch the code and data of every route it links to as it loads, which the JavaScript
 * budget (scripts/perf/budgets.mjs) counts and a phone pays for. The site's links all use this one.
 */
export default function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const warm = () => {
    if (prefetch !== false && typeof props.href === 'string' && props.href.startsWith('/')) router.prefetch(props.href);
  };
  return (
    <NextLink
      {...props}
      prefetch={prefetch === true ? true : false}
      onMouseEnter={(event) => {
        warm();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        warm();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        warm();
        onTouchStart?.(event);
      }}
    />
  );
}
