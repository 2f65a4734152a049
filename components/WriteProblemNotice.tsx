import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { OUTBOX_PREFIX } from '../lib/capture/outbox';
import { writeProblemSource, type WriteProblem } from '../lib/db/write-problems';
import { t } from '../lib/i18n';
import { sendMessage } from '../lib/messaging';

const pendingCount = async () => Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(OUTBOX_PREFIX)).length;

/**
 * Says, on every extension page, that the background could not store a capture (a full disk) and that
 * the captures wait; "Try again" stores them once the user made room. Goes away at the next write that
 * works, from any page.
 */
export function WriteProblemNotice() {
  const [problem, setProblem] = useState<WriteProblem>();
  const [waiting, setWaiting] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const source = writeProblemSource(browser.storage.session, browser.storage.onChanged);
    const read = async () => {
      const [current, count] = await Promise.all([source.current(), pendingCount().catch(() => 0)]);
      if (!live) return;
      setProblem(current);
      setWaiting(count);
    };
    void read();
    const stop = source.subscribe(() => void read());
    const onOutbox = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(OUTBOX_PREFIX))) void read();
    };
    browser.storage.onChanged.addListener(onOutbox);
    return () => {
      live = false;
      stop();
      browser.storage.onChanged.removeListener(onOutbox);
    };
  }, []);

  if (!problem) return null;
  const retry = () => {
    setBusy(true);
    void sendMessage({ type: 'retryPendingCaptures' })
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  return (
    <div role="alert" className="storage-notice write-problem">
      <p>{t('writeNotStored', problem.message)}</p>
      <p>{problem.action}</p>
      {waiting > 0 && (
        <p>{waiting === 1 ? t('captureWaits') : t('capturesWait', String(waiting))}</p>
      )}
      <button type="button" onClick={retry} disabled={busy}>
        {t('tryAgainNow')}
      </button>
    </div>
  );
}
