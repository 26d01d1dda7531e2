'use client';
import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { Modal } from './Modal';

interface Props {
  /** The opening button's text. */
  label: string;
  title: string;
  children: ReactNode;
  icon?: ReactNode;
  /** Classes for the opening button (e.g. to float it). */
  className?: string;
}

/**
 * A button that opens a side drawer (Modal). It opens scrolled to the current page's entry (e.g.
 * this lesson in a long course map) with its header and Close button in view; following a link
 * inside closes it. It needs JavaScript, so it is left out without it (callers offer a fallback).
 */
export function Drawer({ label, title, children, icon = <MenuIcon />, className = '' }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" className={`noscript:hidden ${className}`} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {icon}
        {label}
      </Button>
      <Modal open={open} onClose={() => setOpen(false)} title={title} placement="drawer" onOpened={scrollToCurrent}>
        <div
          onClick={(e) => {
            if ((e.target as HTMLElement).closest('a')) setOpen(false);
          }}
        >
          {children}
        </div>
      </Modal>
    </>
  );
}

/** Centres the current page's entry in the drawer's body; unlike scrollIntoView, never moves the page behind. */
function scrollToCurrent(body: HTMLElement) {
  const current = body.querySelector<HTMLElement>('[aria-current="page"]');
  if (!current) return;
  const offset = current.getBoundingClientRect().top - body.getBoundingClientRect().top;
  body.scrollTop += offset - body.clientHeight / 2 + current.offsetHeight / 2;
}

function MenuIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M4 6h16M4 12h16M4 18h10" />
    </svg>
  );
}
