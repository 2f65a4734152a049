import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { saveButtons } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'khoros', name), 'utf8');
const THREAD = 'https://techcommunity.microsoft.com/discussions/microsoft365copilot/copilot-chat-or-microsoft-365-copilot-which-one-do-we-need/4400100';
const GRAPHQL = 'https://techcommunity.microsoft.com/t5/s/api/2.1/graphql?**';
const NEW_REPLY = fixture('aurora-new-reply.fragment.html');
/** The thread as the signed-in helper sees it before replying. */
const helperThread = () => fixture('aurora-reply-posted.html').replace(NEW_REPLY, '');

/**
 * Stands in for Aurora's client, which cannot load offline: the reply editor sends a GraphQL request
 * [I: its operation name is not public] and, on success, adds the new reply to the list in place,
 * printing its time in the reader's zone as Aurora does; on failure it shows the error in the editor.
 */
const AURORA_SCRIPT = `<script>
  const form = document.querySelector('#main-content form');
  form?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await fetch('/t5/s/api/2.1/graphql?opname=CreateReply', { method: 'POST', body: JSON.stringify({ body: form.body.value }) });
    const data = await response.json();
    if (!data.html) {
      const alert = document.createElement('div');
      alert.setAttribute('role', 'alert');
      alert.textContent = data.errors[0].message;
      form.prepend(alert);
      return;
    }
    const shown = new Date().toLocaleString('en-US', { month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
    const list = document.createElement('template');
    list.innerHTML = data.html.replace('November 20, 2026 at 10:00 AM', shown);
    document.querySelector('[aria-live="polite"] > ul').append(list.content);
  });
</script>`;
const withScript = (html: string) => html.replace('</body>', `${AURORA_SCRIPT}</body>`);

async function reply(h: Harness, text: string) {
  const page = await h.context.newPage();
  await page.goto(THREAD);
  await saveButtons(page).first().waitFor();
  // Every message also has a "Reply" button that opens the editor; the editor's own is its submit.
  await page.locator('#main-content form textarea').fill(text);
  await page.locator('#main-content form [type="submit"]').click();
  return page;
}

describe('Khoros (Microsoft Tech Community) in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('stores exactly one entry with the reply permalink when the user replies', async () => {
    let requests = 0;
    await h.serve(THREAD, withScript(helperThread()));
    await h.serve(GRAPHQL, (route) => {
      requests += 1;
      return route.fulfill({ json: { html: NEW_REPLY } });
    });
    const page = await reply(h, 'For mail and meetings you need Microsoft 365 Copilot.');
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: `${THREAD}/replies/4400444`,
      platform: 'khoros',
      contextUrl: THREAD,
      contextTitle: 'Copilot Chat or Microsoft 365 Copilot: which one do we need?',
      author: 'NewHelper',
      own: true,
      source: 'auto',
    });
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1_000);
    expect(requests).toBe(1);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when the reply is refused', async () => {
    await h.serve(THREAD, withScript(helperThread()));
    await h.serve(GRAPHQL, (route) => route.fulfill({ json: { errors: [{ message: 'Your reply could not be posted.' }] } }));
    const page = await reply(h, 'A reply the server refuses.');
    await page.getByRole('alert').filter({ hasText: 'could not be posted' }).waitFor();
    await page.waitForTimeout(1_500);
    expect(await h.entries()).toEqual([]);
  });

  it('saves replies with one click: the user’s own, and someone else’s accepted solution', async () => {
    await h.serve(THREAD, fixture('aurora-thread-logged-in.html'));
    const page = await h.context.newPage();
    await page.goto(THREAD);
    const buttons = saveButtons(page);
    await expect.poll(() => buttons.count()).toBe(4);
    await buttons.nth(2).click();
    await expect.poll(() => h.entries()).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: `${THREAD}/replies/4400333`,
      author: 'AmeliaH',
      own: true,
      source: 'one-click',
      publishedAt: '2025-12-08T22:17:40.250Z',
      metrics: { votes: 0, accepted: false },
    });
    await buttons.nth(0).click();
    await expect.poll(() => h.entries()).toHaveLength(2);
    expect((await h.entries()).find((entry) => entry.url.endsWith('/4400111'))).toMatchObject({ own: false, author: 'frank_f', metrics: { votes: 2, accepted: true } });
  });
});

describe('Khoros (classic, legacy VMTN) in Chromium', () => {
  const REPLY_PAGE = 'https://communities.vmware.com/t5/forums/replypage/board-id/ESXi-Discussions/message-id/2300100';
  const PERMALINK = 'https://communities.vmware.com/t5/ESXi-Discussions/Re-Host-loses-its-NFS-datastore-after-every-reboot/m-p/2300133';
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  /** Khoros prints dates in the reader's zone as MM-DD-YYYY and hh:mm AM (the browser here shares the test's zone). */
  const nowAsKhoros = () => {
    const now = new Date();
    const two = (n: number) => String(n).padStart(2, '0');
    const hours = now.getHours() % 12 || 12;
    return { date: `${two(now.getMonth() + 1)}-${two(now.getDate())}-${now.getFullYear()}`, time: `${two(hours)}:${two(now.getMinutes())} ${now.getHours() < 12 ? 'AM' : 'PM'}` };
  };

  it('captures the reply once after the reply page redirects to its permalink', async () => {
    const { date, time } = nowAsKhoros();
    const posted = fixture('classic-reply-posted.html').replace('\u200e11-20-2026</span> <span class="local-time">10:00 AM', `\u200e${date}</span> <span class="local-time">${time}`);
    await h.serve(REPLY_PAGE, fixture('classic-replypage-failed.html').replace(/<div class="lia-form-error[^]*?<\/div>/, ''));
    await h.serve('https://communities.vmware.com/t5/forums/replypage.form.form-0', (route: Route) =>
      route.fulfill({ status: 302, headers: { location: `${PERMALINK}#M1234` } }),
    );
    await h.serve(PERMALINK, posted);
    const page = await h.context.newPage();
    await page.goto(REPLY_PAGE);
    await page.waitForTimeout(1_000); // the reply page lists no reply, so no Save button shows the script is ready
    await page.locator('textarea[name="body"]').fill('Update: with the storage VLAN fixed the datastore mounts at boot.');
    await page.getByRole('button', { name: 'Post' }).click();
    await page.waitForURL(/m-p\/2300133/);
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: PERMALINK,
      contextUrl: 'https://communities.vmware.com/t5/ESXi-Discussions/Host-loses-its-NFS-datastore-after-every-reboot/td-p/2300100',
      author: 'vExpertJane',
      own: true,
      source: 'auto',
    });
  });
});
