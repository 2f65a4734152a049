import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { saveButtons, toastText } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'vimeo', name), 'utf8');
const PUBLIC_ID = '1034567890';
const PRIVATE_ID = '1034567891';
const API = 'https://api.vimeo.com/me/videos';

/**
 * Stands in for Vimeo's web uploader, whose code cannot load offline and whose DOM is unverified
 * (research/sites.md §9): "Choose files" calls input.click() on the hidden file input; once a file
 * is chosen, the upload is created with POST api.vimeo.com/me/videos (privacy chosen beforehand),
 * and the uploader goes to the new video's page, the `link` of the API answer.
 */
const UPLOADER_SCRIPT = `<script>
  const input = document.querySelector('input[type="file"]');
  const privacy = document.createElement('select');
  privacy.id = 'privacy';
  privacy.innerHTML = '<option value="anybody">Public</option><option value="nobody">Private</option>';
  document.getElementById('upload-main').append(privacy);
  document.querySelector('.upload-dropzone button').addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const file = input.files[0];
    const response = await fetch('${API}', {
      method: 'POST',
      body: JSON.stringify({ name: file.name, upload: { approach: 'tus', size: file.size }, privacy: { view: privacy.value } }),
    });
    const video = await response.json();
    location.assign(video.link);
  });
</script>`;

/** A clip page as the server sends it for a video uploaded just now. */
function clipPage(name: string, uploaded: string): string {
  return fixture(name).replaceAll('2026-11-22T04:58:10-05:00', uploaded);
}

describe('Vimeo upload in Chromium', () => {
  let h: Harness;
  let created: unknown[];
  let uploaded: string;
  beforeEach(async () => {
    h = await launchWithExtension();
    created = [];
    uploaded = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    await h.serve('https://vimeo.com/upload', fixture('upload-page.html').replace('</body>', `${UPLOADER_SCRIPT}</body>`));
    await h.serve(`https://vimeo.com/${PUBLIC_ID}`, clipPage('video-own-public.html', uploaded));
    await h.serve(`https://vimeo.com/${PRIVATE_ID}`, clipPage('video-own-private.html', uploaded));
    await h.serve(API, (route: Route) => {
      const cors = { 'access-control-allow-origin': 'https://vimeo.com' };
      if (route.request().method() !== 'POST') return route.fulfill({ status: 204, headers: cors });
      const body = route.request().postDataJSON() as { privacy: { view: string } };
      created.push(body);
      const id = body.privacy.view === 'nobody' ? PRIVATE_ID : PUBLIC_ID;
      return route.fulfill({ headers: cors, json: { uri: `/videos/${id}`, link: `https://vimeo.com/${id}`, upload: { upload_link: `https://us-files.tus.vimeo.com/files/vimeo-prod-src-tus-us/${id}` } } });
    });
  });
  afterEach(async () => {
    await h?.close();
  });

  async function upload(privacy: 'anybody' | 'nobody') {
    const page = await h.context.newPage();
    await page.goto('https://vimeo.com/upload');
    await page.selectOption('#privacy', privacy);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files' }).click();
    // A file on disk, as a person picks one: the browser's change event is then trusted (a buffer is set by script).
    const file = join(mkdtempSync(join(tmpdir(), 'ct-upload-')), 'vsan9-upgrade.mp4');
    writeFileSync(file, 'not really a video');
    await (await chooser).setFiles(file);
    return page;
  }

  it('stores exactly one entry, with the public vimeo.com/{id} URL, when the new public video page shows', async () => {
    const page = await upload('anybody');
    await page.waitForURL(`https://vimeo.com/${PUBLIC_ID}`);
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({
      url: `https://vimeo.com/${PUBLIC_ID}`,
      kind: 'video',
      platform: 'vimeo',
      title: 'vSAN 9 upgrade, step by step',
      author: 'Ana Builds Clouds',
      publishedAt: new Date(uploaded).toISOString(),
      own: true,
      source: 'auto',
    });
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');
    expect(created).toEqual([{ name: 'vsan9-upgrade.mp4', upload: { approach: 'tus', size: 18 }, privacy: { view: 'anybody' } }]);
    // The intent is spent: reopening the video page captures nothing more.
    await page.reload();
    await saveButtons(page).waitFor();
    await page.waitForTimeout(1_500);
    expect(await page.getByText(/Already in your contributions|Updated in your contributions/).count()).toBe(0);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when the upload is private', async () => {
    const page = await upload('nobody');
    await page.waitForURL(`https://vimeo.com/${PRIVATE_ID}`);
    await page.getByRole('heading', { name: 'Lab rehearsal (do not share)' }).waitFor();
    await page.waitForTimeout(1_500);
    expect(created).toHaveLength(1);
    expect(await h.entries()).toEqual([]);
  });

  it('saves a video page with one click on "Save video"', async () => {
    const page = await h.context.newPage();
    await page.goto(`https://vimeo.com/${PUBLIC_ID}`);
    await saveButtons(page).click();
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({
      url: `https://vimeo.com/${PUBLIC_ID}`,
      kind: 'video',
      platform: 'vimeo',
      title: 'vSAN 9 upgrade, step by step',
      own: true,
      source: 'one-click',
    });
  });
});
