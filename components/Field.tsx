import type { ReactNode } from 'react';

/** A labelled control with zod's message for it, announced through aria-describedby. */
export function Field({ label, error, children, id, note }: { label: string; error?: string; children: ReactNode; id: string; note?: string }) {
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {note && !error && (
        <p className="field-note" id={`${id}-note`}>
          {note}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {label}: {error}
        </p>
      )}
    </div>
  );
}

/** Props that tie an input to its label's message for assistive technology. */
export const invalidProps = (id: string, error: string | undefined) =>
  error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
