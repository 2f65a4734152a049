import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { openRealPopup } from './real-popup';

const POST = 'https://blog.example.com/2026/06/vmug-berlin';
const POST_TEXT = 'Automating vSAN with PowerCLI The slides and recording of my VMUG Berlin session on automating vSAN.';
const POST_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Automating vSAN with PowerCLI – Ana builds clouds</title>
<meta property="og:url" content="${POST}?utm_source=feed">
<meta property="og:type" content="article">
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebSite', name: 'Ana builds clouds' },
    { '@type': 'BlogPosting', headline: 'Automating vSAN with PowerCLI', datePublished: '2026-06-12T09:30:00+02:00', author: { '@type': 'Person', name: 'Ana' }, description: 'Slides and recording of my VMUG Berlin session.' },
  ],
})}</script>
</head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Automating vSAN with PowerCLI</h1><p>The slides and recording of my VMUG Berlin session on automating vSAN.</p></article>
</body></html>`;

describe('Save this page in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('saves the page from the real popup, with the kind the user corrected, its structured data and a screenshot', async () => {
    await h.serve(`${POST}**`, POST_PAGE);
    const page = await h.context.newPage();
    await page.goto(`${POST}?utm_source=feed`);
    const popup = await openRealPopup(h, POST);

    // The app's own button: popup.html's static first frame has an inert copy until the app renders.
    await popup.evaluate(`new Promise((resolve) => {
      const go = () => { const b = [...document.querySelectorAll('#root button')].find((x) => x.textContent === 'Save this page'); if (b) { b.click(); resolve(); } else setTimeout(go, 50); };
      go();
    })`);
    // The form shows what was read from the page; the user says it was a talk.
    const shown = await popup.evaluate<{ title: string; kind: string; link: string }>(`new Promise((resolve) => {
      const read = () => {
        const form = document.querySelector('form[aria-label="Check before saving"]');
        if (!form) return setTimeout(read, 50);
        resolve({ title: form.querySelector('input').value, kind: form.querySelector('select').value, link: form.querySelector('a').href });
      };
      read();
    })`);
    expect(shown).toEqual({ title: 'Automating vSAN with PowerCLI', kind: 'blog-post', link: `${POST}?utm_source=feed` });
    const status = await popup.evaluate<string>(`new Promise((resolve) => {
      const select = document.querySelector('form select');
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(select, 'talk');
      select.dispatchEvent(new Event('change', { bubbles: true }));
      setTimeout(() => {
        [...document.querySelectorAll('form button')].find((x) => x.textContent === 'Save').click();
        const wait = () => { const s = document.querySelector('[role="status"], [role="alert"]'); s ? resolve(s.textContent) : setTimeout(wait, 50); };
        wait();
      }, 50);
    })`);
    expect(status).toBe('Saved this page.');

    const [entry, ...others] = await h.entries();
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      url: POST,
      kind: 'talk',
      platform: 'generic',
      title: 'Automating vSAN with PowerCLI',
      excerpt: 'Slides and recording of my VMUG Berlin session.',
      publishedAt: '2026-06-12T07:30:00.000Z',
      author: 'Ana',
      source: 'one-click',
      own: true,
    });
    expect(entry!.evidence.textSha256).toBe(createHash('sha256').update(POST_TEXT).digest('hex'));
    const screenshotId = entry!.evidence.screenshotId;
    expect(screenshotId).toEqual(expect.any(String));
    const probe = await h.openExtensionPage('popup.html');
    const screenshot = await probe.evaluate(
      (id) =>
        new Promise<{ contributionId: string; dataUrl: string } | undefined>((resolve, reject) => {
          const request = indexedDB.open('contribution-tracker');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const read = request.result.transaction('screenshots').objectStore('screenshots').get(id);
            read.onsuccess = () => resolve(read.result as { contributionId: string; dataUrl: string } | undefined);
            read.onerror = () => reject(read.error);
          };
        }),
      screenshotId!,
    );
    expect(screenshot?.contributionId).toBe(entry!.id);
    expect(screenshot?.dataUrl).toMatch(/^data:image\/jpeg;base64,[A-Za-z0-9+/]{1000,}/);
  });

  it('reads the page of the window the popup was opened in, with another window opened after it', async () => {
    const other = 'https://notes.example.org/someone-elses-page';
    await h.serve(`${POST}**`, POST_PAGE);
    await h.serve(other, '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Someone else’s page</title></head><body><p>Not the user’s.</p></body></html>');
    const page = await h.context.newPage();
    await page.goto(POST);
    // A second browser window with its own active tab, opened and brought to the front after the
    // page's: the popup, opened over the page, must read that page and not the other window's.
    const cdp = await h.context.browser()!.newBrowserCDPSession();
    const { targetId } = await cdp.send('Target.createTarget', { url: other, newWindow: true });
    await cdp.send('Target.activateTarget', { targetId });
    const tabsShown = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((info) => info.type === 'page' && (info.url === other || info.url === POST));
    await expect.poll(async () => (await tabsShown()).length).toBe(2);
    const windowIds = await Promise.all((await tabsShown()).map(async (info) => (await cdp.send('Browser.getWindowForTarget', { targetId: info.targetId })).windowId));
    expect(new Set(windowIds).size).toBe(2);

    const popup = await openRealPopup(h, POST);
    await popup.evaluate(`new Promise((resolve) => {
      const go = () => { const b = [...document.querySelectorAll('#root button')].find((x) => x.textContent === 'Save this page'); if (b) { b.click(); resolve(); } else setTimeout(go, 50); };
      go();
    })`);
    const shown = await popup.evaluate<{ title: string; link: string } | { alert: string }>(`new Promise((resolve) => {
      const read = () => {
        const form = document.querySelector('form[aria-label="Check before saving"]');
        const alert = document.querySelector('[role="alert"]');
        if (form) resolve({ title: form.querySelector('input').value, link: form.querySelector('a').href });
        else if (alert) resolve({ alert: alert.textContent });
        else setTimeout(read, 50);
      };
      read();
    })`);
    expect(shown).toEqual({ title: 'Automating vSAN with PowerCLI', link: `${POST}?utm_source=feed` });
  });
});
