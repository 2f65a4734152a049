import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { toastText } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'hashnode', name), 'utf8');
const EDITOR = 'https://hashnode.com/draft/6740c1f2e4b0a1001b2c3d4f';
const POST = 'https://jdoe.hashnode.dev/terraform-modules-for-nsx';
const GQL = 'https://gql.hashnode.com/';

/**
 * Stands in for Hashnode's editor, whose own code cannot load offline and whose calls are unverified
 * (research/sites.md §8): Publish sends a publishDraft mutation to gql.hashnode.com; on success the
 * editor opens the post's public page, on failure it shows the error and stays.
 */
const EDITOR_SCRIPT = `<script>
  document.querySelector('.editor-header').addEventListener('click', async (event) => {
    const button = event.target.closest('button');
    if (!button || button.textContent !== 'Publish') return;
    const response = await fetch('${GQL}', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ operationName: 'PublishDraft', variables: { input: { draftId: '6740c1f2e4b0a1001b2c3d4f' } } }),
    });
    const data = await response.json();
    if (data.errors) {
      const error = document.createElement('div');
      error.setAttribute('role', 'alert');
      error.textContent = data.errors[0].message;
      document.querySelector('main').prepend(error);
      return;
    }
    window.location.assign(data.data.publishDraft.post.url);
  });
</script>`;

/** The post's public page, published at the given moment. */
const postPage = (publishedAt: string) => fixture('post-published.html').replaceAll('2026-11-22T10:00:04.512Z', publishedAt);

async function serveHashnode(h: Harness, accept: boolean) {
  const operations: string[] = [];
  await h.serve(EDITOR, fixture('editor.html').replace('</body>', `${EDITOR_SCRIPT}</body>`));
  await h.serve(GQL, (route: Route) => {
    const cors = { 'access-control-allow-origin': 'https://hashnode.com', 'access-control-allow-headers': 'content-type' };
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    operations.push((route.request().postDataJSON() as { operationName: string }).operationName);
    const json = accept
      ? { data: { publishDraft: { post: { url: POST } } } }
      : { errors: [{ message: 'Please add at least one tag to publish.' }] };
    return route.fulfill({ json, headers: cors });
  });
  return operations;
}

async function openEditor(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(EDITOR);
  return page;
}

describe('Hashnode in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('stores exactly one entry with the post’s public URL when the user publishes a draft', async () => {
    const operations = await serveHashnode(h, true);
    await h.serve(POST, postPage(new Date().toISOString()));
    const page = await openEditor(h);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL(POST);

    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({
      url: POST,
      title: 'Terraform modules for NSX',
      kind: 'blog-post',
      platform: 'hashnode',
      author: 'Jane Doe',
      own: true,
      source: 'auto',
    });
    expect(entry!.url).not.toContain('hashnode.com/draft');
    expect(entry!.excerpt).toMatch(/^A small set of modules that turn NSX segments/);
    expect(Date.now() - Date.parse(entry!.publishedAt)).toBeLessThan(120_000);
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');

    // Reading the post again is not another publication.
    await page.reload();
    await page.waitForTimeout(1_500);
    expect(operations).toEqual(['PublishDraft']);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when Hashnode refuses the publish and the user then opens a post that was live before', async () => {
    const operations = await serveHashnode(h, false);
    await h.serve(POST, postPage('2026-05-12T07:30:00.000Z'));
    const page = await openEditor(h);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please add at least one tag' }).waitFor();
    await page.goto(POST);
    await page.waitForTimeout(1_500);
    expect(operations).toEqual(['PublishDraft']);
    expect(await h.entries()).toEqual([]);
  });

  it('stores nothing when the user only previews the draft and then reads a fresh post', async () => {
    const operations = await serveHashnode(h, true);
    await h.serve(POST, postPage(new Date().toISOString()));
    const page = await openEditor(h);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.goto(POST);
    await page.waitForTimeout(1_500);
    expect(operations).toEqual([]);
    expect(await h.entries()).toEqual([]);
  });
});
