export type Copy = (text: string, what: string) => void;

/** Copies exactly `text`; its accessible name ("Copy Title of …") says what it copies. */
export function CopyButton({ text, what, copy, label = 'Copy', name = `Copy ${what}` }: { text: string; what: string; copy: Copy; label?: string; name?: string }) {
  return (
    <button type="button" className="copy" aria-label={name} onClick={() => copy(text, what)}>
      {label}
    </button>
  );
}
