export interface UndoBarProps {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** The last destructive action, with a way back. */
export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div className="undo-bar" role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="secondary" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
