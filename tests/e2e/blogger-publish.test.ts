import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { toastText } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'blogger', name), 'utf8');
const BLOG_ID = '3113456789012345678';
const EDITOR = `https://www.blogger.com/blog/post/edit/${BLOG_ID}/8765432101234567890`;
const POSTS = `https://www.blogger.com/blog/posts/${BLOG_ID}`;
const POST = 'https://jdoe-notes.blogspot.com/2026/11/migrating-to-vcf-9.html';
const OTHER = 'https://jdoe-notes.blogspot.com/2026/10/home-lab-power-bill.html';
const BATCH = 'https://www.blogger.com/_/BloggerUi/data/batchexecute**';

/**
 * Stands in for Blogger's editor, whose own code cannot load offline (research/sites.md §8): Publish
 * posts to batchexecute; on success the editor returns to the post list, on failure it shows the
 * error and stays. The post list links each post's public page, which opens in a new tab.
 */
const EDITOR_SCRIPT = `<script>
  document.querySelector('header').addEventListener('click', async (event) => {
    const button = event.target.closest('[role="button"]');
    if (!button || button.textContent !== 'Publish') return;
    const response = await fetch('/_/BloggerUi/data/batchexecute?rpcids=publish', { method: 'POST', body: 'f.req=%5B%5D' });
    if (!response.ok) {
      const error = document.createElement('div');
      error.setAttribute('role', 'alert');
      error.textContent = 'Error publishing post.';
      document.querySelector('header').after(error);
      return;
    }
    window.location.assign('${POSTS}');
  });
</script>`;

const POST_LIST = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Blogger: Jane Doe's Notes - Posts</title></head>
<body><div role="list">
<div role="listitem"><span>Migrating to VCF 9</span> <a href="${POST}" target="_blank" aria-label="View">View</a></div>
<div role="listitem"><span>The home lab power bill</span> <a href="${OTHER}" target="_blank" aria-label="View">View</a></div>
</div></body></html>`;

/** The post's public page, published at the given moment (themes print it as an <abbr title>). */
const postPage = (publishedAt: string) => fixture('post-published.html').replace("title='2026-11-22T02:00:05-08:00'", `title='${publishedAt}'`);

async function serveBlogger(h: Harness, postPublishedAt: string, accept = true) {
  const calls: string[] = [];
  await h.serve(EDITOR, fixture('editor.html').replace('</body>', `${EDITOR_SCRIPT}</body>`));
  await h.serve(BATCH, (route: Route) => {
    calls.push(new URL(route.request().url()).searchParams.get('rpcids') ?? '');
    return accept ? route.fulfill({ contentType: 'application/json', body: ")]}'\n[]" }) : route.fulfill({ status: 500, body: '' });
  });
  await h.serve(POSTS, POST_LIST);
  await h.serve(`${POST}*`, postPage(postPublishedAt));
  // Published moments ago too (say, a scheduled post): only its post id tells it apart.
  await h.serve(OTHER, fixture('other-post.html').replace("title='2026-10-03T09:00:00-07:00'", `title='${new Date().toISOString()}'`));
  return calls;
}

/** Clicks a post's View link in the post list and returns the tab it opens. */
async function view(h: Harness, list: Page, title: string): Promise<Page> {
  const [tab] = await Promise.all([
    h.context.waitForEvent('page'),
    list.getByRole('listitem').filter({ hasText: title }).getByRole('link', { name: 'View' }).click(),
  ]);
  await tab.waitForLoadState();
  return tab;
}

async function openEditor(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(EDITOR);
  return page;
}

describe('Blogger in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('stores exactly one entry with the post’s public URL when the user publishes and opens the post', async () => {
    const calls = await serveBlogger(h, new Date().toISOString());
    const editor = await openEditor(h);
    await editor.getByRole('button', { name: 'Publish' }).click();
    await editor.waitForURL(POSTS);
    await editor.waitForTimeout(500);
    expect(await h.entries()).toEqual([]);

    const post = await view(h, editor, 'Migrating to VCF 9');
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({
      url: POST,
      title: 'Migrating to VCF 9',
      kind: 'blog-post',
      platform: 'blogger',
      author: 'Jane Doe',
      own: true,
      source: 'auto',
    });
    expect(entry!.url).not.toContain('www.blogger.com');
    expect(entry!.excerpt).toMatch(/^Moving a vSphere 8 estate to VMware Cloud Foundation 9/);
    expect(Date.now() - Date.parse(entry!.publishedAt)).toBeLessThan(120_000);
    await expect.poll(() => toastText(post)).toContain('Saved to your contributions');

    // Reading the post again, or its mobile rendering, is not another publication.
    await post.reload();
    await post.goto(`${POST}?m=1`);
    await post.waitForTimeout(1_500);
    expect(calls).toEqual(['publish']);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when, after publishing, the user opens another post of the blog', async () => {
    const calls = await serveBlogger(h, new Date().toISOString());
    const editor = await openEditor(h);
    await editor.getByRole('button', { name: 'Publish' }).click();
    await editor.waitForURL(POSTS);
    const other = await view(h, editor, 'The home lab power bill');
    await other.getByText('The home lab power bill').first().waitFor();
    await other.waitForTimeout(1_500);
    expect(calls).toEqual(['publish']);
    expect(await h.entries()).toEqual([]);
  });

  it('stores nothing when Blogger refuses the publish and the user then opens the post, live before', async () => {
    const calls = await serveBlogger(h, '2026-05-12T07:30:00-07:00', false);
    const editor = await openEditor(h);
    await editor.getByRole('button', { name: 'Publish' }).click();
    await editor.getByRole('alert').filter({ hasText: 'Error publishing post.' }).waitFor();
    await editor.goto(POST);
    await editor.waitForTimeout(1_500);
    expect(calls).toEqual(['publish']);
    expect(await h.entries()).toEqual([]);
  });
});
