import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import type { Harness } from './harness';
import { launchWithGrantedHost } from './granted-host';
import { saveButtons, toastText } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'discourse', name), 'utf8');
const TOPIC_PATH = '/t/webhook-deliveries-fail-with-422-after-upgrading-to-3-4/311234';
const FORUM = 'https://forum.example.org';
const TOPIC = `${FORUM}${TOPIC_PATH}`;
const PATTERN = `${FORUM}/*`;

/**
 * Stands in for the Discourse app, which cannot load offline: Reply shows the post "staged" (no id),
 * posts to /posts, then draws the saved post or, on failure, takes the staged one away and shows an
 * error dialog. See research/sites.md §5.
 */
const SITE_SCRIPT = `<script>
  const control = document.getElementById('reply-control');
  control.querySelector('.save-or-cancel .create').addEventListener('click', async () => {
    const raw = control.querySelector('textarea').value;
    const stream = document.querySelector('.post-stream');
    const staged = document.createElement('div');
    staged.className = 'topic-post staged';
    staged.innerHTML = '<article id="post_4" class="boxed" data-post-id="-1" data-topic-id="311234" data-user-id="4242"><div class="cooked"></div></article>';
    staged.querySelector('.cooked').textContent = raw;
    stream.append(staged);
    const response = await fetch('/posts', { method: 'POST', body: new URLSearchParams({ raw, topic_id: '311234', nested_post: 'true' }) });
    staged.remove();
    if (!response.ok) {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'alertdialog');
      dialog.textContent = 'Sorry, an error has occurred.';
      document.body.append(dialog);
      return;
    }
    const holder = document.createElement('div');
    holder.innerHTML = (await response.json()).html;
    stream.append(...holder.childNodes);
  });
</script>`;

const topicPage = (origin: string) => fixture('topic-logged-in.html').replaceAll('https://meta.discourse.org', origin).replace('</body>', `${SITE_SCRIPT}</body>`);
/** The saved post as the app draws it now, so it is fresh whatever day the tests run. */
const freshPost = () => fixture('new-post.fragment.html').replace(/data-time="\d+"/, `data-time="${Date.now()}"`);

/** The `chrome` APIs these tests call from an extension page. */
interface ExtensionApis {
  chrome: {
    scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
    permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  };
}

async function registeredIds(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await (globalThis as unknown as ExtensionApis).chrome.scripting.getRegisteredContentScripts()).map((script) => script.id),
  );
}

/** The popup's list of the user's own sites (under its Settings tab). */
async function openUserSites(h: Harness): Promise<Page> {
  const popup = await h.openExtensionPage('popup.html');
  const settings = popup.getByRole('tab', { name: 'Settings' });
  await settings.click();
  await popup.getByLabel('Site address').waitFor();
  return popup;
}

async function reply(h: Harness, text: string) {
  const page = await h.context.newPage();
  await page.goto(TOPIC);
  await saveButtons(page).first().waitFor();
  await page.locator('#reply-control textarea').fill(text);
  await page.locator('#reply-control .save-or-cancel .create').click();
  return page;
}

// The one-click save on meta.discourse.org is a case file (tests/fixtures/discourse/e2e/); these two
// check the forums a user adds at run time (a permission, a registered script).
describe('Discourse in Chromium', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a forum added in the popup gets its content script, captures a reply, and loses it when removed', async () => {
    h = await launchWithGrantedHost(PATTERN);
    let posts = 0;
    await h.serve(`${FORUM}/t/**`, topicPage(FORUM));
    await h.serve(`${FORUM}/posts`, (route: Route) => {
      posts += 1;
      return route.fulfill({ json: { action: 'create_post', success: true, html: freshPost() } });
    });

    // Not added yet: nothing runs there, although the host permission exists.
    const before = await h.context.newPage();
    await before.goto(TOPIC);
    await before.waitForTimeout(1_500);
    expect(await before.locator('[data-contribution-tracker]').count()).toBe(0);

    const popup = await openUserSites(h);
    await popup.getByLabel('Site address').fill('forum.example.org');
    await popup.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Added forum.example.org' }).count()).toBe(1);
    expect(await popup.getByRole('list', { name: 'Sites you added' }).textContent()).toMatch(/forum\.example\.org.*Discourse.*Active/);
    await expect.poll(() => registeredIds(popup)).toEqual(['user-site:discourse@https://forum.example.org']);

    const page = await reply(h, 'The signature header is documented in the webhooks guide.');
    await expect.poll(() => h!.entries(), { timeout: 15_000 }).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: `${TOPIC}/4`,
      contextUrl: TOPIC,
      contextTitle: 'Webhook deliveries fail with 422 after upgrading to 3.4',
      platform: 'discourse',
      kind: 'forum-answer',
      author: 'sam_helper',
      own: true,
      source: 'auto',
    });
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1_000);
    expect(posts).toBe(1);
    expect(await h.entries()).toHaveLength(1);

    // Removing the site unregisters the script and gives the permission back.
    await popup.getByRole('button', { name: 'Remove forum.example.org' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Removed forum.example.org' }).count()).toBe(1);
    await expect.poll(() => registeredIds(popup)).toEqual([]);
    expect(await popup.evaluate((pattern) => (globalThis as unknown as ExtensionApis).chrome.permissions.contains({ origins: [pattern] }), PATTERN)).toBe(false);
    const after = await h.context.newPage();
    await after.goto(TOPIC);
    await after.waitForTimeout(1_500);
    expect(await after.locator('[data-contribution-tracker]').count()).toBe(0);
  });

  it('stores nothing when the forum refuses the reply', async () => {
    h = await launchWithGrantedHost(PATTERN);
    await h.serve(`${FORUM}/t/**`, topicPage(FORUM));
    await h.serve(`${FORUM}/posts`, (route: Route) => route.fulfill({ status: 422, json: { errors: ['Body is too similar to what you recently posted'] } }));
    const popup = await openUserSites(h);
    await popup.getByLabel('Site address').fill('https://forum.example.org/t/anything/1');
    await popup.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => registeredIds(popup)).toHaveLength(1);
    const page = await reply(h, 'Thanks!');
    await page.getByRole('alertdialog').waitFor();
    await page.waitForTimeout(1_500);
    expect(await h.entries()).toEqual([]);
  });
});
