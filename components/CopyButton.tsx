export type Copy = (text: string, what: string) => void;

/** Copies exactly `text`; its accessible name says what it copies. */
export function CopyButton({ text, what, copy, label = 'Copy' }: { text: string; what: string; copy: Copy; label?: string }) {
  return (
    <button type="button" className="copy" aria-label={`${label} ${what}`} onClick={() => copy(text, what)}>
      {label}
    </button>
  );
}
