import { createHash } from 'node:crypto';
import type { Route } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { toastText } from './our-ui';
import { openRealPopup } from './real-popup';

const STUDIO = 'https://studio.youtube.com/channel/UCx8Qm2v7TzL4d1aB9cK3e5F/videos/upload?d=ud';
const CREATE = 'https://studio.youtube.com/youtubei/v1/upload/createvideo?alt=json';
const UPDATE = 'https://studio.youtube.com/youtubei/v1/video_manager/metadata_update?alt=json';
const VIDEO_ID = 'Xk3mP9qLw2A';

/**
 * A small stand-in for YouTube Studio, whose own code cannot load offline (research/sites.md §9):
 * the uploads dialog registers the upload (createvideo gives the video id, then the link appears),
 * Next goes to the visibility step, Publish/Save sends metadata_update; on success the uploads
 * dialog closes (it stays in the DOM, hidden) and the share dialog opens, on failure an error shows.
 * As in Studio, ytcp-button keeps its real <button> in a shadow root, so a click reaches document
 * listeners retargeted to the ytcp-button host.
 */
const STUDIO_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Channel content - YouTube Studio</title></head>
<body>
<ytcp-app>
  <ytcp-navigation-drawer><div id="entity-label-container"><div id="entity-name">Ana Builds Clouds</div></div></ytcp-navigation-drawer>
  <ytcp-uploads-dialog workflow-step="DETAILS">
    <tp-yt-paper-dialog id="dialog" role="dialog" opened="">
      <div id="details">
        <ytcp-social-suggestions-textbox id="title-textarea"><div id="textbox" contenteditable="true" role="textbox" aria-label="Title (required)">vsan9-upgrade-final</div></ytcp-social-suggestions-textbox>
        <ytcp-social-suggestions-textbox id="description-textarea"><div id="textbox" contenteditable="true" role="textbox" aria-label="Description"></div></ytcp-social-suggestions-textbox>
      </div>
      <ytcp-video-visibility-select hidden="">
        <tp-yt-paper-radio-button name="PRIVATE" role="radio" aria-checked="true" checked="">Private</tp-yt-paper-radio-button>
        <tp-yt-paper-radio-button name="UNLISTED" role="radio" aria-checked="false">Unlisted</tp-yt-paper-radio-button>
        <tp-yt-paper-radio-button name="PUBLIC" role="radio" aria-checked="false">Public</tp-yt-paper-radio-button>
      </ytcp-video-visibility-select>
      <ytcp-video-info><span class="video-url-fadeable"><a class="ytcp-video-info" target="_blank"></a></span></ytcp-video-info>
      <ytcp-video-upload-progress><span class="progress-label">Uploading 12% ... 4 minutes left</span></ytcp-video-upload-progress>
      <ytcp-button id="next-button" label="Next"></ytcp-button>
      <ytcp-button id="done-button" label="Publish" hidden=""></ytcp-button>
    </tp-yt-paper-dialog>
  </ytcp-uploads-dialog>
  <ytcp-video-share-dialog>
    <ytcp-dialog><tp-yt-paper-dialog role="dialog" aria-hidden="true" style="display: none;">
      <h1 id="dialog-title"></h1>
      <a id="share-url" target="_blank"></a>
      <ytcp-button id="close-button" label="Close"></ytcp-button>
    </tp-yt-paper-dialog></ytcp-dialog>
  </ytcp-video-share-dialog>
</ytcp-app>
<script>
  customElements.define('ytcp-button', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const button = document.createElement('button');
      button.textContent = this.getAttribute('label');
      this.attachShadow({ mode: 'open' }).append(button);
    }
  });
  const dialog = document.querySelector('ytcp-uploads-dialog');
  const paper = dialog.querySelector('tp-yt-paper-dialog');
  const share = document.querySelector('ytcp-video-share-dialog tp-yt-paper-dialog');
  const post = async (url, body) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    return response.json();
  };
  // The file was chosen: Studio registers the upload and learns the video's id.
  post('/youtubei/v1/upload/createvideo?alt=json', { frontendUploadId: 'innertube_studio:e2e:0' }).then(({ videoId }) => {
    dialog.setAttribute('video-id', videoId);
    const link = dialog.querySelector('a.ytcp-video-info');
    link.href = link.textContent = 'https://youtu.be/' + videoId;
    dialog.querySelector('.progress-label').textContent = 'Upload complete ... Processing will begin shortly';
  });
  document.getElementById('next-button').addEventListener('click', () => {
    dialog.setAttribute('workflow-step', 'REVIEW');
    document.getElementById('details').hidden = true;
    dialog.querySelector('ytcp-video-visibility-select').hidden = false;
    document.getElementById('next-button').hidden = true;
    document.getElementById('done-button').hidden = false;
  });
  for (const radio of dialog.querySelectorAll('tp-yt-paper-radio-button')) {
    radio.addEventListener('click', () => {
      for (const other of dialog.querySelectorAll('tp-yt-paper-radio-button')) {
        other.toggleAttribute('checked', other === radio);
        other.setAttribute('aria-checked', String(other === radio));
      }
      document.getElementById('done-button').shadowRoot.querySelector('button').textContent = radio.getAttribute('name') === 'PRIVATE' ? 'Save' : 'Publish';
    });
  }
  document.getElementById('done-button').addEventListener('click', async () => {
    const privacy = dialog.querySelector('tp-yt-paper-radio-button[checked]').getAttribute('name');
    try {
      await post('/youtubei/v1/video_manager/metadata_update?alt=json', { encryptedVideoId: dialog.getAttribute('video-id'), privacyState: { newPrivacy: privacy } });
    } catch {
      const error = document.createElement('div');
      error.setAttribute('role', 'alert');
      error.textContent = 'Something went wrong. Try again later.';
      paper.append(error);
      return;
    }
    paper.setAttribute('aria-hidden', 'true');
    paper.style.display = 'none';
    paper.removeAttribute('opened');
    share.querySelector('#dialog-title').textContent = privacy === 'PRIVATE' ? 'Video saved' : 'Video published';
    const link = share.querySelector('#share-url');
    link.href = link.textContent = 'https://youtu.be/' + dialog.getAttribute('video-id');
    share.removeAttribute('aria-hidden');
    share.style.display = '';
  });
  document.getElementById('close-button').addEventListener('click', () => {
    share.setAttribute('aria-hidden', 'true');
    share.style.display = 'none';
  });
</script>
</body></html>`;

async function publish(h: Harness, visibility: 'PUBLIC' | 'PRIVATE', title: string, description: string) {
  const page = await h.context.newPage();
  await page.goto(STUDIO);
  await expect.poll(() => page.locator('ytcp-uploads-dialog').getAttribute('video-id')).toBe(VIDEO_ID);
  await page.locator('#title-textarea #textbox').fill(title);
  await page.locator('#description-textarea #textbox').fill(description);
  await page.locator('#next-button button').click();
  await page.locator(`tp-yt-paper-radio-button[name="${visibility}"]`).click();
  await page.locator('#done-button button').click();
  return page;
}

describe('YouTube Studio in Chromium', () => {
  let h: Harness;
  let updates: unknown[];
  beforeEach(async () => {
    h = await launchWithExtension();
    updates = [];
    await h.serve(STUDIO, STUDIO_PAGE);
    await h.serve(CREATE, (route) => route.fulfill({ json: { videoId: VIDEO_ID, contents: {} } }));
  });
  afterEach(async () => {
    await h?.close();
  });

  const acceptUpdates = (route: Route) => {
    updates.push(route.request().postDataJSON());
    return route.fulfill({ json: { overallResult: { resultCode: 'UPDATE_SUCCESS' } } });
  };

  it('stores exactly one entry, with the public watch URL, when the user publishes a public video', async () => {
    await h.serve(UPDATE, acceptUpdates);
    const page = await publish(h, 'PUBLIC', 'vSAN 9 upgrade, step by step', 'Upgrading a four-node vSAN cluster without downtime.\nChapters below.');
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({
      url: `https://www.youtube.com/watch?v=${VIDEO_ID}`,
      kind: 'video',
      platform: 'youtube-studio',
      title: 'vSAN 9 upgrade, step by step',
      excerpt: 'Upgrading a four-node vSAN cluster without downtime. Chapters below.',
      author: 'Ana Builds Clouds',
      own: true,
      source: 'auto',
    });
    expect(Math.abs(Date.parse(entry!.publishedAt) - Date.now())).toBeLessThan(60_000);
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');
    // Closing the share dialog and later page changes must not capture again.
    await page.locator('#close-button button').click();
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1_000);
    expect(updates).toEqual([{ encryptedVideoId: VIDEO_ID, privacyState: { newPrivacy: 'PUBLIC' } }]);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing for a private video', async () => {
    await h.serve(UPDATE, acceptUpdates);
    const page = await publish(h, 'PRIVATE', 'Lab rehearsal', 'Not for sharing.');
    await page.getByText('Video saved').waitFor();
    await page.waitForTimeout(1_500);
    expect(updates).toHaveLength(1);
    expect(await h.entries()).toEqual([]);
  });

  it('stores nothing when Publish fails', async () => {
    await h.serve(UPDATE, (route) => route.fulfill({ status: 500, body: 'backend error' }));
    const page = await publish(h, 'PUBLIC', 'vSAN 9 upgrade, step by step', 'Upgrading without downtime.');
    await page.getByRole('alert').filter({ hasText: 'Something went wrong' }).waitFor();
    await page.waitForTimeout(1_500);
    expect(await h.entries()).toEqual([]);
  });
});

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

    await popup.evaluate(`new Promise((resolve) => {
      const go = () => { const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Save this page'); if (b) { b.click(); resolve(); } else setTimeout(go, 50); };
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
});
