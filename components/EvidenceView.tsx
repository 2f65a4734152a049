import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TrackerDb } from '../lib/db/database';
import { getScreenshot, isImageDataUrl } from '../lib/db/screenshots';
import { formatDay } from '../lib/format';
import type { Contribution } from '../lib/schema/contribution';

/**
 * What proves an entry: when it was saved, the SHA-256 of the text captured then, and the screenshot
 * kept with a user-initiated save (loaded only when asked for; an image, never markup).
 */
export function EvidenceView({ db, entry }: { db: TrackerDb; entry: Contribution }) {
  const [shown, setShown] = useState(false);
  const screenshotId = entry.evidence.screenshotId;
  const screenshot = useLiveQuery(
    async () => (shown && screenshotId ? ((await getScreenshot(db, screenshotId)) ?? null) : undefined),
    [db, shown, screenshotId],
  );
  const hash = entry.evidence.textSha256;
  return (
    <section className="evidence" aria-label="Evidence">
      <p className="hint">
        Saved {formatDay(entry.capturedAt)}
        {hash && (
          <>
            {' · SHA-256 of the captured text '}
            <code title={hash}>{hash.slice(0, 12)}…</code>
          </>
        )}
      </p>
      {screenshotId && !shown && (
        <button type="button" className="secondary" onClick={() => setShown(true)}>
          Show the screenshot
        </button>
      )}
      {shown && screenshot === null && <p className="hint">The screenshot is no longer stored.</p>}
      {shown && screenshot && isImageDataUrl(screenshot.dataUrl) && (
        <figure>
          <img className="screenshot" src={screenshot.dataUrl} alt={`The page as it looked when saved, ${formatDay(screenshot.takenAt)}`} />
          <figcaption className="hint">Taken {new Date(screenshot.takenAt).toLocaleString()}</figcaption>
        </figure>
      )}
    </section>
  );
}
