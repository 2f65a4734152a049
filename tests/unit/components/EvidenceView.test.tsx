import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidenceView } from '../../../components/EvidenceView';
import { TrackerDb } from '../../../lib/db/database';
import { saveDraft } from '../../../lib/db/contributions';
import { attachScreenshot } from '../../../lib/db/screenshots';
import { DraftSchema } from '../../../lib/schema/contribution';

const SHOT = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
let db: TrackerDb;
let n = 0;
beforeEach(() => {
  db = new TrackerDb(`evidence-${++n}`);
});
afterEach(cleanup);

async function entry(withScreenshot: boolean) {
  const { id } = await saveDraft(
    db,
    DraftSchema.parse({ kind: 'blog-post', platform: 'generic', url: 'https://blog.example.com/p', title: 'My post', text: 'The post text.', own: true, source: 'one-click' }),
    new Date('2026-11-22T12:00:00.000Z'),
  );
  if (withScreenshot) await attachScreenshot(db, id, SHOT, new Date('2026-11-22T12:00:01.000Z'));
  return (await db.contributions.get(id))!;
}

describe('EvidenceView', () => {
  it('shows the hash at once and the screenshot, as an image, only when asked', async () => {
    const saved = await entry(true);
    const { container } = render(<EvidenceView db={db} entry={saved} />);
    expect(screen.getByText(/SHA-256 of the captured text/)).toBeTruthy();
    expect(container.querySelector('code')!.getAttribute('title')).toBe(saved.evidence.textSha256);
    expect(container.querySelector('img')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show the screenshot' }));
    const image = await screen.findByRole('img', { name: /The page as it looked when saved/ });
    expect(image.getAttribute('src')).toBe(SHOT);
  });

  it('offers no screenshot for an entry saved without one', async () => {
    render(<EvidenceView db={db} entry={await entry(false)} />);
    expect(screen.queryByRole('button', { name: 'Show the screenshot' })).toBeNull();
  });

  it('says so when the screenshot is gone, and never shows a stored value that is not an image', async () => {
    const saved = await entry(true);
    await db.screenshots.update(saved.evidence.screenshotId!, { dataUrl: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' });
    const { container, unmount } = render(<EvidenceView db={db} entry={saved} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show the screenshot' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('img')).toBeNull();
    unmount();
    await db.screenshots.clear();
    render(<EvidenceView db={db} entry={saved} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show the screenshot' }));
    expect(await screen.findByText('The screenshot is no longer stored.')).toBeTruthy();
  });
});
