import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { saveButtons, toastText } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'reddit', name), 'utf8');
const PATH = '/r/webdev/comments/1gq7x2k/how_do_you_version_a_public_rest_api/';
const THREAD = `https://www.reddit.com${PATH}`;
const CREATE = 'https://www.reddit.com/svc/shreddit/t3_1gq7x2k/create-comment*';
const MY_REPLY = 'https://www.reddit.com/r/webdev/comments/1gq7x2k/comment/lw1c4d5';

/**
 * Stands in for Reddit's own script, which cannot load offline: the composer's Comment button posts
 * to /svc/shreddit/t3_{post}/create-comment, whose HTML answer holds the new shreddit-comment that
 * joins the tree; a failure shows an error banner. See research/sites.md §6.
 */
const SITE_SCRIPT = `<script>
  document.querySelector('shreddit-composer button[slot="submit-button"]').addEventListener('click', async () => {
    const content = document.querySelector('shreddit-composer [slot="rte"]').textContent;
    const response = await fetch('/svc/shreddit/t3_1gq7x2k/create-comment', { method: 'POST', body: new URLSearchParams({ content, mode: 'richText' }) });
    if (!response.ok) {
      const banner = document.createElement('div');
      banner.setAttribute('role', 'alert');
      banner.textContent = 'Something went wrong. Try again later.';
      document.querySelector('shreddit-composer').after(banner);
      return;
    }
    const holder = document.createElement('div');
    holder.innerHTML = await response.text();
    document.querySelector('shreddit-comment-tree').append(...holder.childNodes);
  });
</script>`;

const withSiteScript = (html: string) => html.replace('</body>', `${SITE_SCRIPT}</body>`);
/** The created comment as Reddit renders it now, so it is fresh whatever day the tests run. */
const freshComment = () => fixture('new-comment.fragment.html').replaceAll('2026-11-20T10:00:04.000Z', new Date().toISOString());

describe('Reddit in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  async function post(text: string) {
    const page = await h.context.newPage();
    await page.goto(THREAD);
    await saveButtons(page).first().waitFor();
    await page.getByRole('textbox', { name: 'Comment' }).fill(text);
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    return page;
  }

  it('stores the user’s new comment once, under its www.reddit.com permalink', async () => {
    let creates = 0;
    await h.serve(THREAD, withSiteScript(fixture('shreddit-thread.html')));
    await h.serve(CREATE, (route: Route) => {
      creates += 1;
      return route.fulfill({ contentType: 'text/html', body: freshComment() });
    });
    const page = await post('Whatever you pick, publish a deprecation policy with dates.');
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: 'https://www.reddit.com/r/webdev/comments/1gq7x2k/comment/lx9z8y7',
      contextUrl: 'https://www.reddit.com/r/webdev/comments/1gq7x2k',
      contextTitle: 'How do you version a public REST API?',
      platform: 'reddit',
      author: 'quiet_helper',
      own: true,
      source: 'auto',
    });
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1_000);
    expect(creates).toBe(1);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when Reddit refuses the comment', async () => {
    await h.serve(THREAD, withSiteScript(fixture('shreddit-thread.html')));
    await h.serve(CREATE, (route: Route) => route.fulfill({ status: 429, body: 'Too many requests' }));
    const page = await post('Too fast');
    await page.getByRole('alert').filter({ hasText: 'Something went wrong' }).waitFor();
    await page.waitForTimeout(1_500);
    expect(await h.entries()).toEqual([]);
  });

  it('saves a comment with one click on old Reddit, and knows it again on new Reddit', async () => {
    await h.serve(`https://old.reddit.com${PATH}`, fixture('old-reddit-thread.html'));
    await h.serve(THREAD, fixture('shreddit-thread.html'));
    const old = await h.context.newPage();
    await old.goto(`https://old.reddit.com${PATH}`);
    const oldButtons = saveButtons(old);
    await expect.poll(() => oldButtons.count()).toBe(3);
    await oldButtons.nth(1).click();
    await expect.poll(() => h.entries()).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: MY_REPLY,
      author: 'quiet_helper',
      own: true,
      source: 'one-click',
      publishedAt: '2026-10-11T15:20:00.000Z',
      metrics: { votes: 12 },
    });

    const fresh = await h.context.newPage();
    await fresh.goto(THREAD);
    const buttons = saveButtons(fresh);
    await expect.poll(() => buttons.count()).toBe(3);
    await buttons.nth(1).click();
    await expect.poll(() => toastText(fresh)).toContain('Already in your contributions');
    expect(await h.entries()).toHaveLength(1);
  });
});
