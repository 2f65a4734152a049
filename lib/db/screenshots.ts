import type { Screenshot, TrackerDb } from './database';

/** Only a base64 image from captureVisibleTab is kept: it is shown with <img>, never as markup. */
const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/;

export function isImageDataUrl(value: string): boolean {
  return IMAGE_DATA_URL.test(value);
}

/**
 * Keeps a screenshot in its own table (entries stay small for lists and exports) and links it from
 * the entry as evidence. Returns the screenshot's id.
 */
export async function attachScreenshot(db: TrackerDb, contributionId: string, dataUrl: string, now: Date = new Date()): Promise<string> {
  if (!isImageDataUrl(dataUrl)) throw new Error('not an image data URL');
  return db.transaction('rw', db.contributions, db.screenshots, async () => {
    const entry = await db.contributions.get(contributionId);
    if (!entry) throw new Error(`no entry ${contributionId}`);
    const id = crypto.randomUUID();
    await db.screenshots.add({ id, contributionId, takenAt: now.toISOString(), dataUrl });
    await db.contributions.update(contributionId, { evidence: { ...entry.evidence, screenshotId: id } });
    return id;
  });
}

export function getScreenshot(db: TrackerDb, id: string): Promise<Screenshot | undefined> {
  return db.screenshots.get(id);
}
