import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from './harness';

const POST = 'https://blog.example.com/2026/06/vmug-berlin';
const POST_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Automating vSAN with PowerCLI – Ana builds clouds</title>
<meta property="og:url" content="${POST}">
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'BlogPosting',
  headline: 'Automating vSAN with PowerCLI',
  datePublished: '2026-06-12T09:30:00+02:00',
  author: { '@type': 'Person', name: 'Ana' },
  description: 'Slides and recording of my VMUG Berlin session.',
})}</script>
</head><body><article><h1>Automating vSAN with PowerCLI</h1><p>The slides and recording of my VMUG Berlin session.</p></article></body></html>`;

/**
 * "Save this page" in real Firefox ESR, from the keyboard command (Alt+Shift+S by default), which
 * grants activeTab as the toolbar button does. A blog the extension has no adapter or host access for.
 */
describe('Save this page in real Firefox ESR', () => {
  let ff: FirefoxHarness;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('saves the page in the active tab on the keyboard command, with its structured data and a screenshot', async () => {
    const page = await ff.newPage((url) => (url.startsWith(POST) ? { body: POST_PAGE } : undefined));
    await page.goto(POST);
    expect(await ff.entries()).toEqual([]);
    // Reading the entries opened an extension tab: the command saves the tab in front, so the post goes first.
    await page.bringToFront();

    await ff.pressShortcut('S', 'alt,shift');
    await expect.poll(() => ff.entries(), { timeout: 15_000 }).toHaveLength(1);
    // The screenshot is attached by a second write once the entry is stored: wait for it rather than race it.
    await expect.poll(async () => (await ff.entries())[0]?.evidence.screenshotId, { timeout: 15_000 }).toEqual(expect.any(String));
    const [entry] = await ff.entries();
    expect(entry).toMatchObject({
      url: POST,
      kind: 'blog-post',
      platform: 'generic',
      title: 'Automating vSAN with PowerCLI',
      excerpt: 'Slides and recording of my VMUG Berlin session.',
      publishedAt: '2026-06-12T07:30:00.000Z',
      author: 'Ana',
      source: 'one-click',
      own: true,
    });
    // activeTab lets Firefox's tabs.captureVisibleTab keep the page as evidence, as in Chromium.
    expect(entry!.evidence.screenshotId).toEqual(expect.any(String));
    await page.close();
  });
});
