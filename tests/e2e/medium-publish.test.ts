import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { toastText } from './our-ui';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'medium', name), 'utf8');
const DRAFT_ID = '7f3a9c2b1d4e';
const STORY_URL = `https://medium.com/@jdoe/running-kubernetes-on-vsphere-${DRAFT_ID}`;
const OTHER_URL = 'https://medium.com/@someone/why-we-left-the-cloud-0a1b2c3d4e5f';
const LIVE_ID = '5e6f7a8b9c0d';
const LIVE_URL = `https://jdoe.medium.com/notes-on-vsan-max-${LIVE_ID}`;

/**
 * Stands in for Medium's editor, which cannot load offline: "Publish" opens the pre-publish dialog,
 * whose confirm button publishes the draft through Medium's GraphQL endpoint; on success the app
 * moves to the story's own URL, a refusal shows the error in the dialog. See research/sites.md §8.
 */
const EDITOR_SCRIPT = `<script>
  document.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    if (button.dataset.action === 'show-prepublish') {
      document.getElementById('root').append(document.getElementById('prepublish').content.cloneNode(true));
      return;
    }
    const postId = location.pathname.split('/')[2];
    const response = await fetch('/_/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'apollographql-client-name': 'lite' },
      body: JSON.stringify({ operationName: 'PublishPostMutation', variables: { postId, action: button.dataset.action } }),
    });
    const data = await response.json();
    if (data.errors) {
      const error = document.createElement('p');
      error.setAttribute('role', 'alert');
      error.textContent = data.errors[0].message;
      document.querySelector('[role="dialog"]').append(error);
      return;
    }
    location.assign(data.data.publishPost.mediumUrl);
  });
</script>`;

/** The editor of `id` as the server sends it: the pre-publish dialog only opens on "Publish". */
function servedEditor(id: string, action: 'publish' | 'republish', title: string): string {
  const page = fixture('editor.html').replaceAll(DRAFT_ID, id).replaceAll('Running Kubernetes on vSphere', title);
  const dialog = page.match(/<div role="dialog">[\s\S]*?<\/div>/)![0];
  const confirm = action === 'publish' ? dialog : dialog.replace('data-action="publish"', 'data-action="republish"').replace('Publish now', 'Save and publish');
  return page.replace(dialog, '').replace('</body>', `<template id="prepublish">${confirm}</template>\n${EDITOR_SCRIPT}</body>`);
}

/** A story page published just now: Medium dates it at the moment of publication. */
function servedFresh(name: string, publishedAt: string): string {
  return fixture(name).replaceAll(publishedAt, new Date().toISOString());
}

/** Serves the GraphQL endpoint; `answer` maps a post id to its public URL, or to an error. */
async function serveGraphql(h: Harness, answer: (postId: string) => { url?: string; error?: string }) {
  const calls: string[] = [];
  await h.serve('https://medium.com/_/graphql', (route: Route) => {
    const { variables } = route.request().postDataJSON() as { variables: { postId: string; action: string } };
    calls.push(`${variables.action} ${variables.postId}`);
    const { url, error } = answer(variables.postId);
    return route.fulfill({ json: error ? { errors: [{ message: error }] } : { data: { publishPost: { id: variables.postId, mediumUrl: url } } } });
  });
  return calls;
}

async function publishFrom(h: Harness, editorUrl: string, confirm: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(editorUrl);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('button', { name: confirm }).click();
  return page;
}

describe('Medium in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('stores exactly one entry with the story’s URL when the user publishes a draft', async () => {
    const calls = await serveGraphql(h, () => ({ url: STORY_URL }));
    await h.serve(`https://medium.com/p/${DRAFT_ID}/edit`, servedEditor(DRAFT_ID, 'publish', 'Running Kubernetes on vSphere'));
    await h.serve(STORY_URL, servedFresh('story-published.html', '2026-11-22T10:00:02.118Z'));
    const page = await publishFrom(h, `https://medium.com/p/${DRAFT_ID}/edit`, 'Publish now');
    await page.waitForURL(STORY_URL);

    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({
      url: STORY_URL,
      title: 'Running Kubernetes on vSphere',
      kind: 'blog-post',
      platform: 'medium',
      author: 'Jane Doe',
      own: true,
      source: 'auto',
    });
    expect(entry!.excerpt).toMatch(/^vSphere with Tanzu became vSphere Kubernetes Service, and the supervisor/);
    expect(Date.now() - Date.parse(entry!.publishedAt)).toBeLessThan(120_000);
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');

    await page.reload();
    await page.waitForTimeout(1_500);
    expect(calls).toEqual([`publish ${DRAFT_ID}`]);
    expect(await h.entries()).toHaveLength(1);
  });

  it('stores nothing when Medium refuses the story, even if the user then reads a story someone else just published', async () => {
    const calls = await serveGraphql(h, () => ({ error: 'Something went wrong. Please try again.' }));
    await h.serve(`https://medium.com/p/${DRAFT_ID}/edit`, servedEditor(DRAFT_ID, 'publish', 'Running Kubernetes on vSphere'));
    await h.serve(OTHER_URL, servedFresh('other-story.html', '2026-11-22T09:59:30.000Z'));
    const page = await publishFrom(h, `https://medium.com/p/${DRAFT_ID}/edit`, 'Publish now');
    await page.getByRole('alert').filter({ hasText: 'Something went wrong' }).waitFor();
    await page.goto(OTHER_URL);
    await page.getByRole('heading', { name: 'Why we left the cloud' }).waitFor();
    await page.waitForTimeout(1_500);
    expect(calls).toEqual([`publish ${DRAFT_ID}`]);
    expect(await h.entries()).toEqual([]);
  });

  it('stores nothing when the user republishes a story that was live before and is not tracked', async () => {
    const calls = await serveGraphql(h, () => ({ url: LIVE_URL }));
    await h.serve(`https://medium.com/p/${LIVE_ID}/edit`, servedEditor(LIVE_ID, 'republish', 'Notes on vSAN Max (revised)'));
    await h.serve(LIVE_URL, fixture('story-republished.html'));
    const page = await publishFrom(h, `https://medium.com/p/${LIVE_ID}/edit`, 'Save and publish');
    await page.waitForURL(LIVE_URL);
    await page.getByRole('heading', { name: 'Notes on vSAN Max (revised)' }).waitFor();
    await page.waitForTimeout(1_500);
    expect(calls).toEqual([`republish ${LIVE_ID}`]);
    expect(await h.entries()).toEqual([]);
  });
});
