import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { saveButtons, toastText } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'github-discussions', name), 'utf8');
const DISCUSSION = 'https://github.com/acme/widgets/discussions/42';
const COMMENTS = 'https://github.com/acme/widgets/discussions/42/comments';

/**
 * Stands in for GitHub's own script, which cannot load offline: the comment box posts by fetch; on
 * success the server's rendered comment joins the timeline, on failure an error flash appears.
 * See research/sites.md §6.
 */
const SITE_SCRIPT = `<script>
  document.addEventListener('submit', async (event) => {
    const form = event.target.closest('form.js-new-comment-form');
    if (!form) return;
    event.preventDefault();
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form) });
    if (!response.ok) {
      const flash = document.createElement('div');
      flash.className = 'flash flash-error';
      flash.setAttribute('role', 'alert');
      flash.textContent = 'There was an error creating your comment.';
      form.before(flash);
      return;
    }
    const holder = document.createElement('div');
    holder.innerHTML = await response.text();
    document.querySelector('.js-discussion').append(...holder.childNodes);
    form.reset();
  });
</script>`;

const withSiteScript = (html: string) => html.replace('</body>', `${SITE_SCRIPT}</body>`);
/** The new comment as the server renders it now, so it is fresh whatever day the tests run. */
const freshComment = () => fixture('new-comment.fragment.html').replaceAll('2026-11-20T10:00:05Z', new Date().toISOString().replace(/\.\d+Z$/, 'Z'));

describe('GitHub Discussions in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  async function comment(text: string) {
    const page = await h.context.newPage();
    await page.goto(DISCUSSION);
    await saveButtons(page).first().waitFor();
    await page.getByLabel('Comment body').fill(text);
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    return page;
  }

  it('stores the user’s new comment once, with its #discussioncomment permalink', async () => {
    let submits = 0;
    await h.serve(DISCUSSION, withSiteScript(fixture('discussion-logged-in.html')));
    await h.serve(COMMENTS, (route: Route) => {
      submits += 1;
      return route.fulfill({ contentType: 'text/html', body: freshComment() });
    });
    const page = await comment('Update for 15.2: use cache with cacheLife now does this.');
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: `${DISCUSSION}#discussioncomment-1004`,
      contextUrl: DISCUSSION,
      contextTitle: 'How do I cache fetch results between middleware runs?',
      platform: 'github-discussions',
      author: 'mona-dev',
      own: true,
      source: 'auto',
    });
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1_000);
    expect(submits).toBe(1);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when GitHub refuses the comment', async () => {
    await h.serve(DISCUSSION, withSiteScript(fixture('discussion-logged-in.html')));
    await h.serve(COMMENTS, (route: Route) => route.fulfill({ status: 422, body: 'Body can’t be blank' }));
    const page = await comment(' ');
    await page.getByRole('alert').filter({ hasText: 'error creating your comment' }).waitFor();
    await page.waitForTimeout(1_500);
    expect(await h.entries()).toEqual([]);
  });

  it('saves comments with one click: the user’s accepted answer and someone else’s comment', async () => {
    await h.serve(`${DISCUSSION}**`, fixture('discussion-logged-in.html'));
    const page = await h.context.newPage();
    await page.goto(`${DISCUSSION}?sort=top`);
    const buttons = saveButtons(page);
    await expect.poll(() => buttons.count()).toBe(3);
    await buttons.nth(2).click();
    await expect.poll(() => h.entries()).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: `${DISCUSSION}#discussioncomment-1003`,
      author: 'mona-dev',
      own: true,
      source: 'one-click',
      publishedAt: '2026-10-03T12:00:00.000Z',
      metrics: { votes: 7, accepted: true },
    });
    await buttons.first().click();
    await expect.poll(() => h.entries()).toHaveLength(2);
    expect((await h.entries()).find((entry) => entry.url.endsWith('-1001'))).toMatchObject({ author: 'octo-other', own: false, metrics: { votes: 3, accepted: false } });
  });
});
