import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';
import { sha256Hex } from '../../../lib/db/contributions';
import { handleMessage, type HandlerDeps, type Sender } from '../../../lib/background/handlers';
import { previewPage, savePage, type SavePageDeps } from '../../../lib/background/save-page';

const SHOT = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDA==';
const page = {
  kind: 'blog-post',
  platform: 'generic',
  url: 'https://blog.example.com/2026/03/nsx-edge-sizing',
  title: 'NSX edge sizing',
  excerpt: 'How we sized our edges.',
  text: 'NSX edge sizing How we sized our edges for 40 Gbit/s of north-south traffic.',
  publishedAt: '2026-03-04T10:00:00.000Z',
  own: true,
  source: 'one-click',
};

let deps: SavePageDeps & { extractActiveTab: ReturnType<typeof vi.fn>; screenshotActiveTab: ReturnType<typeof vi.fn> };
let n = 0;
beforeEach(() => {
  deps = {
    db: new TrackerDb(`save-page-${++n}`),
    extractActiveTab: vi.fn(async () => ({ ...page })),
    screenshotActiveTab: vi.fn(async () => SHOT),
    screenshotsEnabled: async () => true,
    now: () => new Date('2026-11-22T12:00:00.000Z'),
  };
});

describe('previewing the page', () => {
  it('answers what the page would be saved as, without its captured text', async () => {
    const reply = await previewPage(deps);
    expect(reply).toEqual({ ok: true, draft: { ...page, text: undefined } });
    expect(reply.ok && 'text' in reply.draft!).toBe(false);
    expect(await deps.db.contributions.count()).toBe(0);
    expect(deps.screenshotActiveTab).not.toHaveBeenCalled();
  });

  it('explains a page that cannot be read or has nothing usable', async () => {
    deps.extractActiveTab.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    expect(await previewPage(deps)).toEqual({ ok: false, error: 'This page cannot be read: Cannot access a chrome:// URL', retry: false });
    deps.extractActiveTab.mockResolvedValueOnce({ ...page, url: 'javascript:alert(1)' });
    expect(await previewPage(deps)).toMatchObject({ ok: false, error: expect.stringMatching(/^Nothing to save on this page: .*http\(s\) URL/s) });
  });
});

describe('saving the page', () => {
  it('applies the user’s kind and title, keeps the text’s SHA-256, and links a screenshot kept in its own table', async () => {
    const reply = await savePage(deps, { kind: 'talk', title: 'NSX edge sizing (VMUG talk)' });
    expect(reply).toMatchObject({ ok: true, status: 'created' });
    const [entry] = await deps.db.contributions.toArray();
    expect(entry).toMatchObject({
      kind: 'talk',
      title: 'NSX edge sizing (VMUG talk)',
      url: 'https://blog.example.com/2026/03/nsx-edge-sizing',
      excerpt: 'How we sized our edges.',
      capturedAt: '2026-11-22T12:00:00.000Z',
      source: 'one-click',
    });
    expect(entry!.evidence.textSha256).toBe(await sha256Hex(page.text));
    const shot = await deps.db.screenshots.get(entry!.evidence.screenshotId!);
    expect(shot).toEqual({ id: entry!.evidence.screenshotId, contributionId: entry!.id, takenAt: '2026-11-22T12:00:00.000Z', dataUrl: SHOT });
  });

  it('keeps the guessed kind and title when the user corrected nothing', async () => {
    await savePage(deps);
    expect((await deps.db.contributions.toArray())[0]).toMatchObject({ kind: 'blog-post', title: 'NSX edge sizing' });
  });

  it('takes no screenshot when the setting is off', async () => {
    deps.screenshotsEnabled = async () => false;
    expect(await savePage(deps)).toMatchObject({ ok: true, status: 'created' });
    expect(deps.screenshotActiveTab).not.toHaveBeenCalled();
    expect((await deps.db.contributions.toArray())[0]!.evidence.screenshotId).toBeUndefined();
    expect(await deps.db.screenshots.count()).toBe(0);
  });

  it('still saves when the screenshot fails or is not an image', async () => {
    deps.screenshotActiveTab.mockRejectedValueOnce(new Error('Either the <all_urls> or activeTab permission is required'));
    expect(await savePage(deps)).toMatchObject({ ok: true, status: 'created' });
    deps.extractActiveTab.mockResolvedValueOnce({ ...page, url: 'https://blog.example.com/other' });
    deps.screenshotActiveTab.mockResolvedValueOnce('data:text/html;base64,PHNjcmlwdD4=');
    expect(await savePage(deps)).toMatchObject({ ok: true, status: 'created' });
    expect((await deps.db.contributions.toArray()).map((entry) => entry.evidence.screenshotId)).toEqual([undefined, undefined]);
    expect(await deps.db.screenshots.count()).toBe(0);
  });

  it('does not pile up screenshots when the same page is saved again', async () => {
    await savePage(deps);
    expect(await savePage(deps, { kind: 'talk' })).toMatchObject({ ok: true, status: 'duplicate' });
    expect(deps.screenshotActiveTab).toHaveBeenCalledOnce();
    expect(await deps.db.screenshots.count()).toBe(1);
  });
});

describe('the popup’s messages', () => {
  const ORIGIN = 'chrome-extension://abcdef/';
  const popup: Sender = { id: 'abcdef', url: `${ORIGIN}popup.html` };
  const contentScript: Sender = { id: 'abcdef', url: 'https://blog.example.com/x', tab: { id: 3, url: 'https://blog.example.com/x' } };
  const handlerDeps = (): HandlerDeps => ({ ...deps, extensionId: 'abcdef', extensionOrigin: ORIGIN, pageActions: () => deps });

  it('previews, then saves with the corrections, from the popup only', async () => {
    expect(await handleMessage({ type: 'previewCurrentPage' }, contentScript, handlerDeps())).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'saveCurrentPage', corrections: { kind: 'talk' } }, contentScript, handlerDeps())).toMatchObject({ ok: false });
    expect(deps.extractActiveTab).not.toHaveBeenCalled();
    expect(await handleMessage({ type: 'previewCurrentPage' }, popup, handlerDeps())).toMatchObject({ ok: true, draft: { title: 'NSX edge sizing', kind: 'blog-post' } });
    expect(await handleMessage({ type: 'saveCurrentPage', corrections: { kind: 'talk', title: '  Edge sizing  ' } }, popup, handlerDeps())).toMatchObject({ ok: true, status: 'created' });
    expect((await deps.db.contributions.toArray())[0]).toMatchObject({ kind: 'talk', title: 'Edge sizing' });
  });

  it('refuses corrections the schema does not allow, saving nothing', async () => {
    for (const corrections of [{ kind: 'nonsense' }, { title: '   ' }, { title: 'x'.repeat(501) }]) {
      expect(await handleMessage({ type: 'saveCurrentPage', corrections }, popup, handlerDeps())).toMatchObject({ ok: false, error: expect.stringMatching(/Message refused/) });
    }
    expect(await deps.db.contributions.count()).toBe(0);
  });
});
