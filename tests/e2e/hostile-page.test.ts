import type { Route } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { blockEditor, type BlockPost } from './blogs-wordpress-pages';
import { saveButtons, toastText } from './our-ui';
import { fixture, freshAnswer, QUESTION_URL, questionWithAnswers, withSiteScript } from './stack-exchange-page';

/**
 * A hostile page tries, in real Chromium, what issue 13 lists: press our buttons, script a post
 * into auto-capture, frame a site's editor, link an entry elsewhere, rename an entry. Each attack
 * must store or change nothing, and each test ends with its positive twin: the real user's action
 * on the same page still saves. The twins also serve as the signal that the attack has settled.
 */

/** Runs in the page's own world once our Save buttons are there, and leaves its findings on window. */
const attackScript = (attack: string) => `<script>
  const ready = () => document.querySelector('[data-contribution-tracker="save"]');
  const run = () => { ${attack} };
  const wait = () => (ready() ? setTimeout(run, 50) : setTimeout(wait, 50));
  wait();
</script>`;

const answerUrl = (id: number) => `https://stackoverflow.com/a/${id}`;
const SUBMIT = 'https://stackoverflow.com/questions/52742612/answer/submit';

describe('a hostile page in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('cannot find, read or press our Save buttons and toast; the user’s click saves', async () => {
    const attack = `
      const hosts = [...document.querySelectorAll('[data-contribution-tracker="save"]')];
      const target = document.querySelector('#answer-99990011 [data-contribution-tracker="save"]');
      target.click();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      window.__findings = {
        buttons: [...document.querySelectorAll('button')].filter((button) => button.textContent === 'Save answer').length,
        hosts: hosts.length,
        openRoots: hosts.filter((host) => host.shadowRoot !== null).length,
        hostText: hosts.map((host) => host.textContent).join(''),
      };
      const seen = new MutationObserver(() => {
        const toast = document.querySelector('contribution-tracker-toast');
        if (toast) window.__toast = { open: toast.shadowRoot !== null, text: toast.textContent };
      });
      seen.observe(document.documentElement, { childList: true });`;
    const page = questionWithAnswers([{ id: 99990011 }, { id: 99990012 }]).replace('</body>', `${attackScript(attack)}</body>`);
    await h.serve(QUESTION_URL, page);
    const site = await h.context.newPage();
    await site.goto(QUESTION_URL);

    await expect.poll(() => site.evaluate(() => (window as unknown as { __findings?: unknown }).__findings)).toEqual({ buttons: 0, hosts: 4, openRoots: 0, hostText: '' }) // the page's two answers and ours;
    // The real user clicks the other answer's button: that one, and only that one, is stored.
    await saveButtons(site, '#answer-99990012').click();
    await expect.poll(() => toastText(site)).toContain('Saved to your contributions');
    expect((await h.entries()).map((entry) => entry.url)).toEqual([answerUrl(99990012)]);
    // The toast showed, but the page could not read it.
    expect(await site.evaluate(() => (window as unknown as { __toast?: unknown }).__toast)).toEqual({ open: false, text: '' });
  });

  it('cannot script an answer into auto-capture (synthetic submit, requestSubmit, Ctrl+Enter); the user’s submit is captured', async () => {
    let posted = 0;
    await h.serve(SUBMIT, (route: Route) => {
      posted += 1;
      // The first post is the page's own doing, the second the user's: each a new answer by the signed-in user.
      const html = freshAnswer().replaceAll('99990001', String(99990020 + posted));
      return route.fulfill({ json: { success: true, html } });
    });
    const attack = `
      const form = document.getElementById('post-form');
      document.getElementById('wmd-input').value = 'Posted by the page, not by the user.';
      form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
      document.getElementById('wmd-input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      setTimeout(() => form.requestSubmit(), 100);`;
    await h.serve(QUESTION_URL, withSiteScript(fixture('question-logged-in.html')).replace('</body>', `${attackScript(attack)}</body>`));
    const site = await h.context.newPage();
    await site.goto(QUESTION_URL);

    // The page's scripted submits reach the site, which shows the answers the page posted…
    await site.locator('#answer-99990021').waitFor();
    await site.locator('#answer-99990022').waitFor();
    // …then the user posts for real.
    await site.locator('#wmd-input').fill('An answer the user wrote and submitted.');
    await site.locator('#submit-button').click();
    await site.locator('#answer-99990023').waitFor();
    await expect.poll(async () => (await h.entries()).map((entry) => [entry.url, entry.source]), { timeout: 15_000 }).toEqual([[answerUrl(99990023), 'auto']]);
  });

  it('cannot link an entry to another site: a post page whose own links point elsewhere is refused', async () => {
    const hashnode = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'hashnode', name), 'utf8');
    const EDITOR = 'https://hashnode.com/draft/6740c1f2e4b0a1001b2c3d4f';
    const POST = 'https://jdoe.hashnode.dev/terraform-modules-for-nsx';
    const publishScript = `<script>
      document.querySelector('.editor-header').addEventListener('click', (event) => {
        if (event.target.closest('button')?.textContent === 'Publish') window.location.assign('${POST}');
      });
    </script>`;
    await h.serve(EDITOR, hashnode('editor.html').replace('</body>', `${publishScript}</body>`));
    // The post page names another site as its address (JSON-LD url, og:url and canonical alike).
    const forged = hashnode('post-published.html')
      .replaceAll('2026-11-22T10:00:04.512Z', new Date().toISOString())
      .replaceAll(POST, 'https://evil.example/terraform-modules-for-nsx');
    await h.serve(POST, forged);
    const page = await h.context.newPage();
    await page.goto(EDITOR);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL(POST);

    await expect.poll(() => toastText(page), { timeout: 15_000 }).toContain("Capture refused: its url (evil.example) is not on the page's site");
    expect(await h.entries()).toEqual([]);
  });

  it('cannot capture through a site’s editor it frames; the same editor in its own tab still captures', async () => {
    const SITE = 'https://jdoe.wordpress.com';
    const post: BlockPost = { site: SITE, id: 415, status: 'draft', title: 'NSX segments for the home lab', link: `${SITE}/2026/11/22/nsx-segments-for-the-home-lab/` };
    const editor = `${SITE}/wp-admin/post.php?post=${post.id}&action=edit`;
    await h.serve(`${SITE}/wp-json/wp/v2/posts/${post.id}*`, (route: Route) => {
      const status = (route.request().postDataJSON() as { status: string }).status;
      return route.fulfill({ json: { id: post.id, status, link: status === 'publish' ? post.link : `${SITE}/?p=${post.id}`, title: { raw: post.title } } });
    });
    await h.serve(`${SITE}/wp-admin/post.php*`, blockEditor(post));
    await h.serve('https://evil.example/**', `<!DOCTYPE html><title>Win a prize</title><iframe id="bait" src="${editor}" style="width:100%;height:900px;border:0"></iframe>`);

    const page = await h.context.newPage();
    await page.goto('https://evil.example/prize');
    const framed = page.frameLocator('#bait');
    await framed.locator('.editor-post-publish-panel__toggle').click();
    await framed.locator('.editor-post-publish-panel .editor-post-publish-button').click();
    const frame = page.frame({ url: /\/wp-admin\/post\.php/ })!;
    await expect.poll(() => toastText(frame), { timeout: 15_000 }).toContain('Capture refused: a jdoe.wordpress.com frame inside evil.example is not the site');
    expect(await h.entries()).toEqual([]);

    const own = await h.context.newPage();
    await own.goto(editor);
    await own.locator('.editor-post-publish-panel__toggle').click();
    await own.locator('.editor-post-publish-panel .editor-post-publish-button').click();
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({ url: 'https://jdoe.wordpress.com/2026/11/22/nsx-segments-for-the-home-lab', platform: 'wordpress' });
  });

  it('cannot rename an entry by showing its post under another title; saving again refreshes counts only', async () => {
    await h.seed([{ kind: 'forum-answer', platform: 'stack-exchange', url: answerUrl(99990031), title: 'My answer on stack traces', own: true, source: 'manual' }]);
    await h.serve(QUESTION_URL, questionWithAnswers([{ id: 99990031 }], 'Send your password to evil.example'));
    const site = await h.context.newPage();
    await site.goto(QUESTION_URL);
    await saveButtons(site, '#answer-99990031').click();
    await expect.poll(() => toastText(site)).toMatch(/(Already in|Updated in) your contributions/);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({ url: answerUrl(99990031), title: 'My answer on stack traces', own: true });
    expect(entry!.contextTitle).toBeUndefined();
  });
});
