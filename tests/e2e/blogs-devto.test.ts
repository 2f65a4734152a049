import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { toastText } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'dev-to', name), 'utf8');
const ARTICLE_PATH = '/jdoe/automating-vcf-with-powercli-4k2p';
const PREVIEW_PATH = '/jdoe/nsx-federation-notes-temp-slug-8830412';

/**
 * Stands in for Forem's article form, which cannot load offline: Publish and Save draft send the
 * article to POST /articles as JSON, and on success the page does location.replace(current_state_path);
 * a refusal shows the errors. Forem keeps the signed-in user in localStorage (current_user), which the
 * article page's own inline script reads. See research/sites.md §8.
 */
const EDITOR_SCRIPT = `<script>
  localStorage.setItem('current_user', JSON.stringify({ id: 1184731, username: 'jdoe', name: 'Jane Doe' }));
  document.getElementById('editor-actions').addEventListener('click', async (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    const article = {
      title: document.getElementById('article-form-title').value,
      body_markdown: document.getElementById('article_body_markdown').value,
      // The v1 editor keeps "published: false" in the Markdown's front matter.
      published: button.classList.contains('c-btn--primary') && !/^published:\\s*false/m.test(document.getElementById('article_body_markdown').value),
    };
    const response = await fetch('/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': 'test-token' },
      body: JSON.stringify({ article }),
    });
    const data = await response.json();
    if (!response.ok) {
      const errors = document.createElement('div');
      errors.className = 'crayons-notice crayons-notice--danger';
      errors.setAttribute('role', 'alert');
      errors.textContent = 'Whoops, something went wrong: ' + data.error;
      document.getElementById('article-form').prepend(errors);
      return;
    }
    window.location.replace(data.current_state_path);
  });
</script>`;

/** The article page's own inline script: it marks the article when the signed-in user wrote it. */
const AUTHOR_SCRIPT = `<script>
            try {
              let currentUser = localStorage.getItem('current_user');
              if (currentUser && JSON.parse(currentUser).id === 1184731) {
                document.getElementById('article-show-container').classList.add('current-user-is-article-author');
              }
            } catch (e) { console.error(e); }
          </script>`;

/** The fixture as the server sends it: the author mark and Edit link come from scripts; published now. */
function servedArticle(name: string): string {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return fixture(name)
    .replace(' current-user-is-article-author', '')
    .replace(/(<div id="action-space"[^>]*>)[\s\S]*?(<\/div>)/, '$1$2')
    .replace(/datetime="2026-11-22T10:00:0\dZ"/, `datetime="${now}"`)
    .replace(/(lang=en\s*>)/, `$1\n          ${AUTHOR_SCRIPT}`);
}

async function serveDevTo(h: Harness, answer: (article: { published: boolean }) => { status: number; json: unknown }) {
  const sent: boolean[] = [];
  await h.serve('https://dev.to/new', fixture('editor.html').replace('</body>', `${EDITOR_SCRIPT}</body>`));
  await h.serve(`https://dev.to${ARTICLE_PATH}`, servedArticle('article-published.html'));
  await h.serve(`https://dev.to${PREVIEW_PATH}?**`, servedArticle('draft-preview.html'));
  await h.serve('https://dev.to/articles', (route: Route) => {
    const { article } = route.request().postDataJSON() as { article: { published: boolean } };
    sent.push(article.published);
    return route.fulfill(answer(article));
  });
  return sent;
}

async function openEditor(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto('https://dev.to/new');
  return page;
}

describe('dev.to in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('stores exactly one entry with the article’s URL when the user publishes', async () => {
    const sent = await serveDevTo(h, () => ({ status: 200, json: { id: 2318845, current_state_path: ARTICLE_PATH } }));
    const page = await openEditor(h);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL(`https://dev.to${ARTICLE_PATH}`);

    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({
      url: `https://dev.to${ARTICLE_PATH}`,
      title: 'Automating VCF 9 with PowerCLI',
      kind: 'blog-post',
      platform: 'dev-to',
      author: 'jdoe',
      own: true,
      source: 'auto',
    });
    expect(entry!.excerpt).toMatch(/^VMware Cloud Foundation 9 ships a PowerCLI module/);
    expect(Date.now() - Date.parse(entry!.publishedAt)).toBeLessThan(120_000);
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');

    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.reload();
    await page.waitForTimeout(1_500);
    expect(sent).toEqual([true]);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when the user saves a draft and lands on its secret preview', async () => {
    const sent = await serveDevTo(h, () => ({ status: 200, json: { id: 2318846, current_state_path: `${PREVIEW_PATH}?preview=4f1c9a0b2d7e` } }));
    const page = await openEditor(h);
    await page.getByRole('button', { name: /^Save/ }).click();
    await page.waitForURL(/preview=/);
    await page.getByText('Unpublished Post.').waitFor();
    await page.waitForTimeout(1_500);
    expect(sent).toEqual([false]);
    expect(await h.entries()).toEqual([]);
  });

  it('stores nothing when the primary button saves a v1 article marked published: false', async () => {
    const sent = await serveDevTo(h, (article) => ({
      status: 200,
      json: { id: 2318847, current_state_path: article.published ? ARTICLE_PATH : `${PREVIEW_PATH}?preview=9d8c7b6a5f4e` },
    }));
    const page = await openEditor(h);
    await page.locator('#article_body_markdown').fill('---\ntitle: NSX Federation notes\npublished: false\n---\nFederation notes, not ready yet.');
    await page.locator('.c-btn--primary').click();
    await page.waitForURL(/preview=/);
    await page.getByText('Unpublished Post.').waitFor();
    await page.waitForTimeout(1_500);
    expect(sent).toEqual([false]);
    expect(await h.entries()).toEqual([]);
  });

  it('stores nothing when dev.to refuses the article, even if the user then opens one of theirs', async () => {
    const sent = await serveDevTo(h, () => ({ status: 422, json: { error: 'Title can’t be blank' } }));
    const page = await openEditor(h);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('alert').filter({ hasText: 'Title can’t be blank' }).waitFor();
    // The article page is the user's, but it was live before this click: at most an update.
    await h.serve(`https://dev.to${ARTICLE_PATH}`, servedArticle('article-published.html').replace(/datetime="[^"]+" class="date-no-year"/, 'datetime="2026-05-12T07:30:00Z" class="date-no-year"'));
    await page.goto(`https://dev.to${ARTICLE_PATH}`);
    await page.waitForTimeout(1_500);
    expect(sent).toEqual([true]);
    expect(await h.entries()).toEqual([]);
  });
});
