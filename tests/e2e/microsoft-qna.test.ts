import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { saveButtons, toastText } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'microsoft-qna', name), 'utf8');
const QUESTION = 'https://learn.microsoft.com/en-us/answers/questions/5554998/sfc-dism-windows-file-repairs';
const ANSWERED = 'https://learn.microsoft.com/en-us/answers/questions/5547782/intermittent-critical-process-died-0xef-error-when';
const API = 'https://learn.microsoft.com/api/questions/5554998/answers?**';

/**
 * Stands in for Learn's form-behavior element, which cannot load offline: it posts the answer form as
 * JSON with `X-DocsAuth: cookie`, then follows `navigation-href` (a reload to the answers) on success,
 * or shows the message in the form on failure. See research/sites.md §2.
 */
const SITE_SCRIPT = `<script>
  const form = document.querySelector('form[data-form-type="answer"]');
  form?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = JSON.stringify({ body: form.querySelector('textarea[name="body"]').value, locale: 'en-us' });
    const response = await fetch(form.action, { method: 'POST', body, headers: { 'content-type': 'application/json', 'X-DocsAuth': 'cookie' } });
    if (response.ok) {
      location.href = form.querySelector('form-behavior').getAttribute('navigation-href');
      return;
    }
    const notice = document.createElement('div');
    notice.setAttribute('role', 'alert');
    notice.textContent = 'Please fix the following issues to continue: ' + (await response.text());
    form.prepend(notice);
  });
</script>`;
const withSiteScript = (html: string) => html.replace('</body>', `${SITE_SCRIPT}</body>`);

/** Rewrites the page's QAPage JSON-LD through a function of its question. */
function editJsonLd(html: string, edit: (question: Record<string, any>) => void): string {
  return html.replace(/(<script type="application\/ld\+json">)([\s\S]*?)(<\/script>)/, (_all, open: string, body: string, close: string) => {
    const data = JSON.parse(body);
    edit(data.mainEntity);
    return `${open}${JSON.stringify(data).replace(/</g, '\\u003c')}${close}`;
  });
}

/** The reloaded page with the user's answer dated now, as the server renders it after the post. */
const answeredNow = () => {
  const now = new Date().toISOString().replace('Z', '+00:00');
  return fixture('question-answer-posted.html').replaceAll('2026-11-20T10:00:05.1234567+00:00', now);
};

/** Serves the question; after the post the site reloads it with `?page=0&orderby=Helpful…`. */
async function serveQuestion(h: Harness, posted: () => string) {
  await h.serve(`${QUESTION}**`, (route: Route) => {
    const reloaded = new URL(route.request().url()).searchParams.has('orderby');
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: reloaded ? posted() : withSiteScript(fixture('question-logged-in.html')) });
  });
}

async function postAnswer(h: Harness, text: string) {
  const page = await h.context.newPage();
  await page.goto(QUESTION);
  // The markdown editor cannot load offline; its hidden textarea is what the form sends.
  await page.locator('form[data-form-type="answer"] textarea[name="body"]').evaluate((area, value) => ((area as HTMLTextAreaElement).value = value), text);
  await page.waitForTimeout(1_000); // an answer-less page shows no Save button: give the content script its document_idle start
  await page.getByRole('button', { name: 'Post your answer' }).click();
  return page;
}

describe('Microsoft Q&A in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('stores exactly one entry with the answer permalink when the user posts an answer', async () => {
    let posts = 0;
    await serveQuestion(h, answeredNow);
    await h.serve(API, (route) => {
      posts += 1;
      return route.fulfill({ status: 200, json: { id: 99990001 } });
    });
    const page = await postAnswer(h, 'SFC compares system files with the component store; DISM repairs that store.');
    await page.waitForURL(/orderby=Helpful/);
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: 'https://learn.microsoft.com/answers/a/99990001',
      kind: 'forum-answer',
      platform: 'microsoft-qna',
      contextUrl: 'https://learn.microsoft.com/answers/questions/5554998',
      contextTitle: 'SFC, DISM Windows file repairs',
      author: 'New Helper',
      own: true,
      source: 'auto',
      metrics: { votes: 0, accepted: false },
    });
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');
    // Later changes to the page (comments opening) must not capture again.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1_000);
    expect(posts).toBe(1);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when the site refuses the answer', async () => {
    await serveQuestion(h, answeredNow);
    await h.serve(API, (route) => route.fulfill({ status: 400, body: 'Answer must be at least 10 characters.' }));
    const page = await postAnswer(h, 'Too short');
    await page.getByRole('alert').filter({ hasText: 'at least 10 characters' }).waitFor();
    await page.waitForTimeout(1_500);
    expect(await h.entries()).toEqual([]);
  });

  it('saves an answer with one click, then refreshes its metrics on a later visit without a duplicate', async () => {
    let html = fixture('question-logged-in-author.html');
    await h.serve(`${ANSWERED}**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    const page = await h.context.newPage();
    await page.goto(ANSWERED);
    const buttons = saveButtons(page);
    await expect.poll(() => buttons.count()).toBe(3);
    await buttons.nth(2).click();
    await expect.poll(() => h.entries()).toHaveLength(1);
    const [first] = await h.entries();
    expect(first).toMatchObject({
      url: 'https://learn.microsoft.com/answers/a/12226220',
      author: 'Lester Bernard Reyes',
      own: true,
      source: 'one-click',
      publishedAt: '2025-09-08T08:06:07.880Z',
      metrics: { votes: 0, accepted: false },
    });

    // A week later the answer has votes and was accepted: the same entry is updated, not duplicated.
    html = editJsonLd(html, (question) => {
      const answer = question.suggestedAnswer.find((candidate: { id: number }) => candidate.id === 12226220);
      question.acceptedAnswer.push({ ...answer, upvoteCount: 3 });
      question.suggestedAnswer = [];
    });
    await page.reload();
    await expect.poll(() => buttons.count()).toBe(3);
    await buttons.nth(2).click();
    await expect.poll(() => toastText(page)).toContain('Updated in your contributions');
    const entries = await h.entries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: first!.id, metrics: { votes: 3, accepted: true } });
    expect(Date.parse(entries[0]!.metrics!.asOf)).toBeGreaterThanOrEqual(Date.parse(first!.metrics!.asOf));
  });
});
