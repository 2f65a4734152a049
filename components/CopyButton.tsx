import { useEffect, useState } from 'react';
import { t } from '../lib/i18n';

/** Writes `text` to the clipboard; resolves once it is there, rejects with the browser's reason. */
export type Copy = (text: string, what: string) => Promise<void>;

/** How long "Copied" stays on the button. */
const FEEDBACK_MS = 2500;

export interface CopyButtonProps {
  text: string;
  what: string;
  copy: Copy;
  label?: string;
  name?: string;
  className?: string;
  disabled?: boolean;
  describedBy?: string;
}

/**
 * Copies exactly `text`; its accessible name ("Copy Title of …") says what it copies. The outcome
 * shows beside the button pressed, where the eye is: the button says "Copied", a failure says why.
 */
export function CopyButton({ text, what, copy, label = t('copyDefault'), name = t('copyNamed', what), className = 'copy', disabled, describedBy }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; reason: string }>();
  useEffect(() => {
    if (!outcome?.ok) return;
    const timer = setTimeout(() => setOutcome(undefined), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  function press() {
    copy(text, what).then(
      () => setOutcome({ ok: true }),
      (error: unknown) => setOutcome({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
    );
  }

  return (
    <span className="copy-wrap">
      <button type="button" className={className} aria-label={name} onClick={press} disabled={disabled} aria-describedby={describedBy}>
        {outcome?.ok ? t('copyDone') : label}
      </button>
      {outcome?.ok === false ? (
        <span role="alert" className="copy-feedback error">
          {t('copyFailed', outcome.reason)}
        </span>
      ) : (
        <span role="status" className={outcome ? 'copy-feedback' : 'copy-feedback visually-hidden'}>
          {outcome ? t('copyDoneStatus', what, String(text.length)) : ''}
        </span>
      )}
    </span>
  );
}
