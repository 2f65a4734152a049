import { afterEach, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import type { Harness } from './harness';
import { launchWithGrantedHost } from './granted-host';
import { blockEditor, type BlockPost } from './blogs-wordpress-pages';
import { toastText } from './our-ui';

const BLOG = 'https://blog.example.org';
const POST: BlockPost = { site: BLOG, id: 415, status: 'draft', title: 'NSX segments for the home lab', link: `${BLOG}/2026/11/22/nsx-segments-for-the-home-lab/` };
const EDITOR = `${BLOG}/wp-admin/post.php?post=${POST.id}&action=edit`;

/** The `chrome` API this test reads from an extension page. */
interface ExtensionApis {
  chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };
}

const registeredIds = (page: Page) =>
  page.evaluate(async () => (await (globalThis as unknown as ExtensionApis).chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));

async function publish(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(EDITOR);
  await page.locator('.editor-post-publish-panel__toggle').click();
  await page.locator('.editor-post-publish-panel .editor-post-publish-button').click();
  await page.locator('.post-publish-panel__postpublish').waitFor();
  return page;
}

describe('self-hosted blogs in Chromium', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a self-hosted blog added at run time gets captured', async () => {
    // The user's "Allow" for the site is recorded in the profile: browser prompts cannot be clicked (see granted-host.ts).
    h = await launchWithGrantedHost(`${BLOG}/*`);
    await h.serve(`${BLOG}/wp-admin/post.php*`, blockEditor(POST));
    await h.serve(`${BLOG}/wp-json/wp/v2/posts/${POST.id}*`, (route: Route) =>
      route.fulfill({ json: { id: POST.id, status: 'publish', link: POST.link, title: { raw: POST.title } } }),
    );

    // Before the blog is added nothing runs there, although the host permission exists.
    await publish(h);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await h.entries()).toEqual([]);

    const popup = await h.openExtensionPage('popup.html');
    const settings = popup.getByRole('tab', { name: 'Settings' });
    await settings.click();
    await popup.getByLabel('Site address').fill('blog.example.org');
    await popup.getByLabel('Runs on').selectOption({ label: 'WordPress' });
    await popup.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Added blog.example.org' }).count()).toBe(1);
    expect(await popup.getByRole('list', { name: 'Sites you added' }).textContent()).toMatch(/blog\.example\.org.*WordPress.*Active/);
    await expect.poll(() => registeredIds(popup)).toEqual(['user-site:wordpress@https://blog.example.org']);

    const page = await publish(h);
    await expect.poll(() => h!.entries(), { timeout: 15_000 }).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: 'https://blog.example.org/2026/11/22/nsx-segments-for-the-home-lab',
      title: 'NSX segments for the home lab',
      platform: 'wordpress',
      kind: 'blog-post',
      own: true,
      source: 'auto',
    });
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');
  });
});
