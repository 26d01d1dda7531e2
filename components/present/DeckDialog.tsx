'use client';
import type { ReactNode } from 'react';
import { Modal } from '@/components/ui/Modal';

/**
 * The deck's overlays: the site's Modal in the presenter's dark chrome. Focus moves in and back,
 * Escape closes it; the content renders only while it is open (the overview is heavy).
 */
export function DeckDialog({
  open,
  onClose,
  title,
  children,
  width,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  width: string;
}) {
  return (
    <Modal
      open={open}
      onClose={onClose}
      title={title}
      tone="dark"
      width={width}
      closeButton
      closeHint={<kbd className="text-xs text-white/60">Esc</kbd>}
    >
      {open && children}
    </Modal>
  );
}
