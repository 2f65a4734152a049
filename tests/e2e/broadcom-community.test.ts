import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { saveButtons } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'broadcom-community', name), 'utf8');
const THREAD = 'https://community.broadcom.com/vmware-cloud-foundation/discussion/vsan-resync-stuck-at-99-percent-after-host-reboot';
const FRESH_KEY = '0e68e54d-dbf6-478a-86ef-100f0e85d6be';

/** "Nov 22, 2026 11:58 AM" for now, in the reader's zone (the browser here shares the test's zone) [I: format]. */
function nowAsHigherLogic(): string {
  const now = new Date();
  const month = now.toLocaleString('en-US', { month: 'short' });
  const two = (n: number) => String(n).padStart(2, '0');
  return `${month} ${two(now.getDate())}, ${now.getFullYear()} ${two(now.getHours() % 12 || 12)}:${two(now.getMinutes())} ${now.getHours() < 12 ? 'AM' : 'PM'}`;
}

/**
 * Higher Logic pages post back: the whole page is one form, and the reply's "Post" submits it to the
 * thread's own address; the server answers with the thread again, with the new message or an error.
 */
async function serveThread(h: Harness, afterPost: () => string) {
  let posts = 0;
  await h.serve(`${THREAD}**`, (route: Route) => {
    if (route.request().method() !== 'POST') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture('thread-logged-in.html') });
    posts += 1;
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: afterPost() });
  });
  return () => posts;
}

async function postReply(h: Harness, text: string) {
  const page = await h.context.newPage();
  await page.goto(THREAD);
  await saveButtons(page).first().waitFor();
  await page.getByLabel('Reply to this discussion').fill(text);
  await page.getByRole('button', { name: 'Post' }).click();
  await page.waitForLoadState();
  return page;
}

describe('Broadcom Community in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('stores exactly one entry with the message bookmark when the user replies', async () => {
    const posts = await serveThread(h, () => fixture('reply-posted.html').replace('Posted Nov 20, 2026 10:00 AM', `Posted ${nowAsHigherLogic()}`));
    const page = await postReply(h, 'Follow-up: after the maintenance-mode cycle the last objects finished.');
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: `${THREAD}#bm${FRESH_KEY}`,
      platform: 'broadcom-community',
      contextUrl: THREAD,
      contextTitle: 'vSAN resync stuck at 99 percent after host reboot',
      author: 'Jane Vexpert',
      own: true,
      source: 'auto',
    });
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1_000);
    expect(posts()).toBe(1);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when the post-back comes back with an error', async () => {
    await serveThread(h, () => fixture('reply-failed.html'));
    const page = await postReply(h, '');
    await page.getByRole('alert').filter({ hasText: 'Please enter a message' }).waitFor();
    await page.waitForTimeout(1_500);
    expect(await h.entries()).toEqual([]);
  });

  it('saves a message with one click, own or not', async () => {
    await serveThread(h, () => fixture('thread-logged-in.html'));
    const page = await h.context.newPage();
    await page.goto(THREAD);
    const buttons = saveButtons(page);
    await expect.poll(() => buttons.count()).toBe(3);
    await buttons.nth(2).click();
    await expect.poll(() => h.entries()).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: `${THREAD}#bm733d41bc-dbc3-4d2a-9dd5-7bfd1605a02d`,
      author: 'Jane Vexpert',
      own: true,
      source: 'one-click',
      metrics: { votes: 5 },
    });
    await buttons.nth(1).click();
    await expect.poll(() => h.entries()).toHaveLength(2);
    expect((await h.entries()).find((entry) => entry.author === 'Ken Baker')).toMatchObject({ own: false, url: `${THREAD}#bmc9a72dbf-f2c7-4882-a944-de035fdcee3c` });
  });
});
