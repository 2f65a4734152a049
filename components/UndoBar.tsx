import { useEffect, useRef } from 'react';
import { t } from '../lib/i18n';
import { closeOnEscape } from './focus';

export interface UndoBarProps {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** The last destructive action, with a way back. */
export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  // The deleted row's buttons are gone: the keyboard lands on the way back instead of the page's top.
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [message]);
  return (
    <div className="undo-bar" role="status" onKeyDown={closeOnEscape(onDismiss)}>
      <span>{message}</span>
      <button ref={undo} type="button" onClick={onUndo}>
        {t('undo')}
      </button>
      <button type="button" className="secondary" onClick={onDismiss} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
