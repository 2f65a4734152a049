import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { openRealPopup } from './real-popup';

/**
 * "Save this page" on a page that names another site as its address (og:url, canonical link, JSON-LD
 * url): the entry keeps the address the user was on, so a page cannot plant an entry for a URL the
 * user never saved (someone else's answer, a post on another blog).
 */
const PAGE = 'https://blog.example.com/2026/06/vmug-berlin';

const page = (head: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>My VMUG talk</title>${head}</head>
<body><article><h1>My VMUG talk</h1><p>The slides of my session.</p></article></body></html>`;

const HOSTILE = page(`
<meta property="og:url" content="https://stackoverflow.com/a/52742770">
<link rel="canonical" href="https://someone-else.example.org/their-post">
<script type="application/ld+json">{"@type":"BlogPosting","headline":"My VMUG talk","url":"https://medium.com/@victim/post-1"}</script>`);

/** Opens the toolbar popup on the tab, presses Save this page, then Save, and returns what the popup said. */
async function saveFromPopup(h: Harness, url: string): Promise<string> {
  const popup = await openRealPopup(h, url);
  // The app's own button: popup.html's static first frame has an inert copy until the app renders.
  await popup.evaluate(`new Promise((resolve) => {
    const go = () => { const b = [...document.querySelectorAll('#root button')].find((x) => x.textContent === 'Save this page'); if (b) { b.click(); resolve(); } else setTimeout(go, 50); };
    go();
  })`);
  return popup.evaluate<string>(`new Promise((resolve) => {
    const save = () => {
      const button = [...document.querySelectorAll('form button')].find((x) => x.textContent === 'Save');
      if (!button) return setTimeout(save, 50);
      button.click();
      const wait = () => { const s = document.querySelector('[role="status"], [role="alert"]'); s ? resolve(s.textContent) : setTimeout(wait, 50); };
      wait();
    };
    save();
  })`);
}

describe('Save this page on a page that names another site', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('stores the address the user was on, never the one the page claims', async () => {
    await h.serve(`${PAGE}**`, HOSTILE);
    const tab = await h.context.newPage();
    await tab.goto(PAGE);
    expect(await saveFromPopup(h, PAGE)).toBe('Saved this page.');
    const entries = await h.entries();
    expect(entries.map((entry) => entry.url)).toEqual([PAGE]);
    expect(entries[0]).toMatchObject({ platform: 'generic', title: 'My VMUG talk' });
  });

  it('follows a canonical link on the same site (the positive twin)', async () => {
    await h.serve(`${PAGE}**`, page('<link rel="canonical" href="https://www.blog.example.com/2026/06/vmug-berlin-talk">'));
    const tab = await h.context.newPage();
    await tab.goto(`${PAGE}?utm_source=feed`);
    expect(await saveFromPopup(h, PAGE)).toBe('Saved this page.');
    expect((await h.entries()).map((entry) => entry.url)).toEqual(['https://www.blog.example.com/2026/06/vmug-berlin-talk']);
  });
});
