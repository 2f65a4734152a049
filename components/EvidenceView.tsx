import { useState } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { getScreenshot, isImageDataUrl } from '../lib/db/screenshots';
import { formatDay } from '../lib/format';
import { t } from '../lib/i18n';
import type { Contribution } from '../lib/schema/contribution';
import { useLive } from './use-live';

/**
 * What proves an entry: when it was saved, the SHA-256 of the text captured then, and the screenshot
 * kept with a user-initiated save (loaded only when asked for; an image, never markup).
 */
export function EvidenceView({ db, entry }: { db: TrackerDb; entry: Contribution }) {
  const [shown, setShown] = useState(false);
  const screenshotId = entry.evidence.screenshotId;
  const screenshot = useLive(db, async (db) => (shown && screenshotId ? ((await getScreenshot(db, screenshotId)) ?? null) : undefined), [shown, screenshotId]);
  const hash = entry.evidence.textSha256;
  return (
    <section className="evidence" aria-label={t('evidenceRegion')}>
      <p className="hint">
        {t('evidenceSaved', formatDay(entry.capturedAt))}
        {hash && (
          <>
            {` · ${t('evidenceHash')} `}
            <code title={hash}>{hash.slice(0, 12)}…</code>
          </>
        )}
      </p>
      {screenshotId && !shown && (
        <button type="button" className="secondary" onClick={() => setShown(true)}>
          {t('evidenceShowScreenshot')}
        </button>
      )}
      {shown && screenshot === null && <p className="hint">{t('evidenceScreenshotGone')}</p>}
      {shown && screenshot && isImageDataUrl(screenshot.dataUrl) && (
        <figure>
          <img className="screenshot" src={screenshot.dataUrl} alt={t('evidenceScreenshotAlt', formatDay(screenshot.takenAt))} />
          <figcaption className="hint">{t('evidenceTaken', new Date(screenshot.takenAt).toLocaleString())}</figcaption>
        </figure>
      )}
    </section>
  );
}
