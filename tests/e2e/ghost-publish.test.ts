import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { toastText } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'ghost', name), 'utf8');
const SITE = 'https://jdoe.ghost.io';
const POST_ID = '6740c1f2e4b0a1001b2c3d4e';
const EDITOR_URL = `${SITE}/ghost/#/editor/post/${POST_ID}`;
const POST_URL = `${SITE}/patching-vcenter-with-vlcm-images/`;

/** The final view of the publish flow as a fixture shows it (web post or schedule), kept inert until used. */
const finalView = (name: string) => fixture(name).match(/<div class="epm-modal-container">[\s\S]*?(?=<\/body>)/)![0];

/**
 * Stands in for Ghost Admin (Ember), which cannot load offline: "Publish" opens the publish flow,
 * "Continue, final review" shows the confirm button, which saves the post through the Admin API
 * (PUT /ghost/api/admin/posts/{id}/). On success the flow ends on the complete view, whose bookmark
 * card shows the post's title and links to its live URL; a refusal shows the error in the flow.
 * See research/sites.md §8.
 */
const ADMIN_SCRIPT = `<script>
  const modal = (html) => {
    document.querySelector('.epm-modal-container')?.remove();
    const holder = document.createElement('div');
    holder.innerHTML = html;
    document.body.append(holder.firstElementChild);
  };
  const step = (content) => '<div class="epm-modal-container"><div class="epm-modal fullscreen-modal-total-overlay" data-test-modal="publish-flow" role="dialog">'
    + '<div class="gh-publish-header"><button type="button" class="gh-publish-back-button" data-test-button="close-publish-flow"><span>Editor</span></button></div>'
    + content + '</div></div>';
  document.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-test-button]');
    if (!button) return;
    const action = button.getAttribute('data-test-button');
    if (action === 'publish-flow') {
      modal(step('<div class="gh-publish-title">Ready, set, publish.</div><button type="button" class="gh-btn gh-btn-black gh-btn-large" data-test-button="continue"><span>Continue, final review →</span></button>'));
    } else if (action === 'continue') {
      modal(step('<div class="gh-publish-title">Your post will be published on your site.</div><button type="button" class="gh-btn gh-btn-large gh-btn-pulse ember-view" data-test-button="confirm-publish"><span>Publish post, right now</span></button>'));
    } else if (action === 'close-publish-flow') {
      document.querySelector('.epm-modal-container')?.remove();
    } else if (action === 'confirm-publish') {
      const title = document.querySelector('[data-test-editor-title-input]').value;
      const response = await fetch('/ghost/api/admin/posts/${POST_ID}/?formats=mobiledoc,lexical', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'App-Pragma': 'no-cache', 'X-Ghost-Version': '6.0' },
        body: JSON.stringify({ posts: [{ id: '${POST_ID}', title, status: 'published' }] }),
      });
      const data = await response.json();
      if (!response.ok) {
        const error = document.createElement('div');
        error.className = 'gh-publish-confirm-error';
        error.setAttribute('data-test-confirm-error', '');
        error.textContent = data.errors[0].message;
        document.querySelector('[data-test-modal="publish-flow"]').append(error);
        return;
      }
      const [post] = data.posts;
      modal(document.getElementById('complete-view').innerHTML);
      const bookmark = document.querySelector('[data-test-complete-bookmark]');
      if (bookmark) {
        bookmark.href = post.url;
        bookmark.querySelector('.gh-post-bookmark-title').textContent = post.title;
      }
      document.querySelector('[data-test-editor-post-status]').textContent = post.status === 'scheduled' ? 'Scheduled' : 'Published';
    }
  });
</script>`;

/** Serves the admin with `view` as the flow's final step, and the Admin API; returns the statuses saved. */
async function serveGhost(h: Harness, view: string, answer: (body: { title: string }) => { status: number; json: unknown }) {
  const saves: string[] = [];
  const page = fixture('editor-draft.html').replace('</body>', `<template id="complete-view">${finalView(view)}</template>\n${ADMIN_SCRIPT}</body>`);
  await h.serve(`${SITE}/ghost/`, page);
  await h.serve(`${SITE}/ghost/api/admin/posts/${POST_ID}/**`, (route: Route) => {
    const request = route.request();
    if (request.method() !== 'PUT') return route.fulfill({ status: 405 });
    const [post] = (request.postDataJSON() as { posts: { title: string; status: string }[] }).posts;
    saves.push(post!.status);
    return route.fulfill(answer(post!));
  });
  return saves;
}

async function openEditor(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(EDITOR_URL);
  return page;
}

const published = (body: { title: string }) => ({ status: 200, json: { posts: [{ id: POST_ID, title: body.title, status: 'published', url: POST_URL }] } });

describe('Ghost in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('stores exactly one entry with the live post’s URL when the user publishes', async () => {
    const saves = await serveGhost(h, 'publish-complete.html', published);
    const page = await openEditor(h);
    await page.locator('[data-test-editor-title-input]').fill('Patching vCenter with vLCM images, step by step');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: /^Continue, final review/ }).click();
    await page.getByRole('button', { name: 'Publish post, right now' }).click();
    await page.getByText('Boom. It’s out there.').waitFor();

    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({
      // Stored under its canonical form (no trailing slash), never the admin's URL.
      url: 'https://jdoe.ghost.io/patching-vcenter-with-vlcm-images',
      title: 'Patching vCenter with vLCM images, step by step',
      kind: 'blog-post',
      platform: 'ghost',
      author: 'Jane Doe',
      own: true,
      source: 'auto',
    });
    expect(entry!.excerpt).toMatch(/^vSphere Lifecycle Manager images make patching predictable/);
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');

    // The complete view stays open; later changes in the admin must not capture again.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1_500);
    expect(saves).toEqual(['published']);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when the user leaves the publish flow before confirming', async () => {
    const saves = await serveGhost(h, 'publish-complete.html', published);
    const page = await openEditor(h);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: /^Continue, final review/ }).click();
    await page.getByRole('button', { name: 'Editor' }).click();
    await page.locator('[data-test-modal="publish-flow"]').waitFor({ state: 'detached' });
    await page.waitForTimeout(1_500);
    expect(saves).toEqual([]);
    expect(await h.entries()).toEqual([]);
  });

  it('stores nothing when Ghost refuses the publication', async () => {
    const saves = await serveGhost(h, 'publish-complete.html', () => ({
      status: 422,
      json: { errors: [{ message: 'Validation error, cannot edit post.', type: 'ValidationError' }] },
    }));
    const page = await openEditor(h);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: /^Continue, final review/ }).click();
    await page.getByRole('button', { name: 'Publish post, right now' }).click();
    await page.getByText('Validation error, cannot edit post.').waitFor();
    await page.waitForTimeout(1_500);
    expect(saves).toEqual(['published']);
    expect(await h.entries()).toEqual([]);
  });

  it('stores nothing when the post is scheduled rather than published', async () => {
    const saves = await serveGhost(h, 'scheduled.html', (body) => ({
      status: 200,
      json: { posts: [{ id: POST_ID, title: body.title, status: 'scheduled', url: POST_URL }] },
    }));
    const page = await openEditor(h);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: /^Continue, final review/ }).click();
    await page.getByRole('button', { name: 'Publish post, right now' }).click();
    await page.getByText('All set!').waitFor();
    await page.waitForTimeout(1_500);
    expect(saves).toEqual(['published']);
    expect(await h.entries()).toEqual([]);
  });
});
