import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { blockEditor, calypso, classic, type BlockPost } from './blogs-wordpress-pages';
import { toastText } from './our-ui';

const SITE = 'https://jdoe.wordpress.com';
const DRAFT: BlockPost = { site: SITE, id: 415, status: 'draft', title: 'NSX segments for the home lab', link: `${SITE}/2026/11/22/nsx-segments-for-the-home-lab/` };
const LIVE: BlockPost = {
  site: SITE,
  id: 388,
  status: 'publish',
  title: 'VCF lifecycle notes (2026 edition)',
  link: `${SITE}/2026/03/04/vcf-lifecycle-notes/`,
  dateGmt: '2026-03-04T08:15:00',
};
const editorUrl = (post: BlockPost) => `${SITE}/wp-admin/post.php?post=${post.id}&action=edit&calypsoify=1`;

/** The REST endpoint the block editor saves through; counts the saves and can fail them. */
async function serveRest(h: Harness, post: BlockPost, fail = () => false) {
  const saves: string[] = [];
  await h.serve(`${SITE}/wp-json/wp/v2/posts/${post.id}*`, (route: Route) => {
    const request = route.request();
    if (request.method() !== 'POST' || request.headers()['x-http-method-override'] !== 'PUT') return route.fulfill({ status: 405 });
    const status = (request.postDataJSON() as { status: string }).status;
    saves.push(status);
    if (fail()) return route.fulfill({ status: 500, json: { code: 'internal_server_error', message: 'There has been a critical error on this website.' } });
    const link = status === 'publish' ? post.link : `${SITE}/?p=${post.id}`;
    return route.fulfill({ json: { id: post.id, status, link, title: { raw: post.title } } });
  });
  return saves;
}

async function openEditor(h: Harness, post: BlockPost): Promise<Page> {
  await h.serve(`${SITE}/wp-admin/post.php*`, blockEditor(post));
  const page = await h.context.newPage();
  await page.goto(editorUrl(post));
  return page;
}

describe('WordPress in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('stores exactly one entry with the public URL when a post is published in wordpress.com’s framed block editor', async () => {
    const saves = await serveRest(h, DRAFT);
    await h.serve(`${SITE}/wp-admin/post.php*`, blockEditor(DRAFT));
    await h.serve('https://wordpress.com/post/**', calypso(editorUrl(DRAFT)));
    const page = await h.context.newPage();
    await page.goto(`https://wordpress.com/post/jdoe.wordpress.com/${DRAFT.id}`);
    const editor = page.frameLocator('#calypsoify');
    await editor.locator('.editor-post-publish-panel__toggle').click();
    await editor.locator('.editor-post-publish-panel .editor-post-publish-button').click();

    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({
      url: 'https://jdoe.wordpress.com/2026/11/22/nsx-segments-for-the-home-lab',
      title: 'NSX segments for the home lab',
      kind: 'blog-post',
      platform: 'wordpress',
      author: 'Jane Doe',
      own: true,
      source: 'auto',
    });
    // The excerpt comes from the editor canvas, a frame inside the editor's frame.
    expect(entry!.excerpt).toMatch(/^Three segments are enough for a home lab/);
    await expect.poll(() => toastText(page.frame({ url: /\/wp-admin\/post/ })!)).toContain('Saved to your contributions');

    // The panel and snackbar stay; later changes in the editor must not capture again.
    await editor.locator('body').evaluate((body) => body.append(document.createElement('div')));
    await page.waitForTimeout(1_000);
    expect(saves).toEqual(['publish']);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when publishing fails and the post is then saved as a draft', async () => {
    let failing = true;
    const saves = await serveRest(h, DRAFT, () => failing);
    const page = await openEditor(h, DRAFT);
    await page.locator('.editor-post-publish-panel__toggle').click();
    await page.locator('.editor-post-publish-panel .editor-post-publish-button').click();
    await page.getByRole('alert').filter({ hasText: 'Publishing failed.' }).waitFor();

    failing = false;
    await page.locator('.editor-post-save-draft').click();
    await page.locator('.components-snackbar').filter({ hasText: 'Draft saved.' }).waitFor();
    await page.waitForTimeout(1_500);
    expect(saves).toEqual(['publish', 'draft']);
    expect(await h.entries()).toEqual([]);
  });

  it('refreshes the entry of a live post on Update, and creates none for a post it does not track', async () => {
    await serveRest(h, LIVE);
    const untracked = await openEditor(h, LIVE);
    await untracked.locator('.editor-post-publish-button').click();
    await untracked.locator('.components-snackbar').filter({ hasText: 'Post updated.' }).waitFor();
    await expect.poll(() => toastText(untracked)).toContain('Updated post is not in your contributions');
    expect(await h.entries()).toEqual([]);

    await h.seed([{ kind: 'blog-post', platform: 'wordpress', url: LIVE.link, title: 'VCF lifecycle notes', own: true, source: 'auto', publishedAt: '2026-03-04T08:15:00.000Z' }]);
    const tracked = await openEditor(h, LIVE);
    await tracked.locator('.editor-post-publish-button').click();
    // The update refreshes the excerpt and evidence; the title stays the user's (only their edit renames).
    await expect.poll(() => toastText(tracked)).toContain('Updated in your contributions');
    const [entry] = await h.entries();
    expect(entry).toMatchObject({ title: 'VCF lifecycle notes', url: 'https://jdoe.wordpress.com/2026/03/04/vcf-lifecycle-notes', publishedAt: '2026-03-04T08:15:00.000Z' });
    expect(entry!.excerpt).not.toBe('');
  });

  describe('classic editor', () => {
    const EDIT = `${SITE}/wp-admin/post.php?post=88&action=edit`;

    /** post.php: the form posts to it, and WordPress redirects to the edit screen with a message. */
    async function serveClassic() {
      const posted: string[] = [];
      await h.serve(`${SITE}/wp-admin/post.php*`, (route: Route) => {
        const request = route.request();
        if (request.method() === 'POST') {
          const form = new URLSearchParams(request.postData() ?? '');
          const publishing = form.has('publish');
          posted.push(publishing ? 'publish' : 'save');
          return route.fulfill({ status: 302, headers: { location: `${EDIT}&message=${publishing ? 6 : 10}` } });
        }
        const message = new URL(request.url()).searchParams.get('message');
        const body = message === '6' ? classic.published() : message === '10' ? classic.draftSaved() : classic.draft();
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
      });
      return posted;
    }

    it('stores exactly one entry with the public URL after Publish redirects to message=6', async () => {
      const posted = await serveClassic();
      const page = await h.context.newPage();
      await page.goto(EDIT);
      await page.locator('#publish').click();
      await page.waitForURL(/message=6/);
      await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
      expect((await h.entries())[0]).toMatchObject({
        url: 'https://jdoe.wordpress.com/2026/11/22/powercli-snippets-for-vcf',
        title: 'PowerCLI snippets for VCF 9',
        platform: 'wordpress',
        own: true,
        source: 'auto',
      });
      expect((await h.entries())[0]!.excerpt).toMatch(/^Five PowerCLI snippets/);
      // Reloading the "Post published." screen is not another publication.
      await page.reload();
      await page.waitForTimeout(1_500);
      expect(posted).toEqual(['publish']);
      expect(await h.entries()).toHaveLength(1);
    });

    it('stores nothing on Save Draft', async () => {
      const posted = await serveClassic();
      const page = await h.context.newPage();
      await page.goto(EDIT);
      await page.locator('#save-post').click();
      await page.waitForURL(/message=10/);
      await page.waitForTimeout(1_500);
      expect(posted).toEqual(['save']);
      expect(await h.entries()).toEqual([]);
    });
  });
});
