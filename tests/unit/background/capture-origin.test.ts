import { describe, expect, it } from 'vitest';
import { sites } from '../../../lib/sites';
import { captureOriginProblem, type CaptureSender } from '../../../lib/background/capture-origin';
import { CaptureDraftSchema, type ParsedCaptureDraft } from '../../../lib/schema/contribution';
import { fixtureCases } from '../../helpers/fixtures';

/** Every draft a fixture expects, with the page it was read on: each adapter's real capture cases. */
const cases = fixtureCases().flatMap((fixture) =>
  [...(fixture.spec.drafts ?? []), ...(fixture.spec.autoCapture?.expected ? [fixture.spec.autoCapture.expected] : [])].map((draft, i) => ({
    label: `${fixture.adapterId}/${fixture.name}#${i}`,
    adapterId: fixture.adapterId,
    page: fixture.spec.url,
    draft: CaptureDraftSchema.parse(draft),
  })),
);
const fromTab = (page: string, frameId = 0): CaptureSender => ({ url: page, frameId, tab: { url: page } });
const check = (draft: ParsedCaptureDraft, sender: CaptureSender, userSites: { origin: string; adapter: string }[] = []) =>
  captureOriginProblem(draft, sender, { sites, userSites });

describe('the background checks where a capture comes from', () => {
  it('has capture cases for every adapter that captures', () => {
    expect(new Set(cases.map((c) => c.adapterId))).toEqual(new Set(sites.map((site) => site.id)));
  });

  it.each(cases)('accepts $label from its own page', ({ draft, page }) => {
    expect(check(draft, fromTab(page))).toBeUndefined();
  });

  // Table-driven: a draft for site A sent from a tab on site B (every other adapter's pages).
  it.each(cases)('refuses $label sent from any other site’s page', ({ draft, adapterId }) => {
    const elsewhere = [...new Set(cases.filter((other) => other.adapterId !== adapterId).map((other) => other.page))];
    for (const page of elsewhere) expect(check(draft, fromTab(page)), page).toMatch(/does not run on|not on the page's site/);
  });

  it.each(cases)('refuses $label when its link leaves the site', ({ draft, page }) => {
    expect(check({ ...draft, url: 'https://evil.example/a/1' }, fromTab(page))).toMatch(/url \(evil\.example\) is not on the page's site/);
    expect(check({ ...draft, contextUrl: 'https://evil.example/t/1' }, fromTab(page))).toMatch(/contextUrl/);
  });

  it('refuses an unknown platform, and a sender that is not a page in a tab', () => {
    const { draft, page } = cases[0]!;
    expect(check({ ...draft, platform: 'made-up' }, fromTab(page))).toMatch(/no site is called/);
    expect(check(draft, { url: page })).toMatch(/not come from a page in a tab/);
    // Firefox leaves out the tab's URL without the tabs permission: the top frame's URL stands for it, a frame's cannot.
    expect(check(draft, { url: page, frameId: 0, tab: {} })).toBeUndefined();
    expect(check(draft, { url: page, frameId: 3, tab: {} })).toMatch(/not come from a page in a tab/);
  });

  it('refuses another address of the same site that the adapter does not own', () => {
    const studio = cases.find((c) => c.adapterId === 'youtube-studio')!;
    expect(check(studio.draft, fromTab(studio.page))).toBeUndefined();
    expect(check({ ...studio.draft, url: 'https://accounts.youtube.com/watch?v=abc' }, fromTab(studio.page))).toMatch(/not a YouTube address/);
  });

  it('takes captures from frames only for adapters whose editor is framed, and only from a frame of the same site', () => {
    const answer = cases.find((c) => c.adapterId === 'stack-exchange')!;
    expect(check(answer.draft, fromTab(answer.page, 7))).toMatch(/only in the top frame/);

    const post = cases.find((c) => c.adapterId === 'wordpress' && new URL(c.page).hostname.endsWith('.wordpress.com'))!;
    const framed = { url: post.page, frameId: 7, tab: { url: 'https://wordpress.com/post/example.wordpress.com/7' } };
    expect(check(post.draft, framed)).toBeUndefined();
    expect(check(post.draft, { ...framed, tab: { url: 'https://evil.example/embeds-wordpress' } })).toMatch(/frame inside evil\.example/);
  });

  it('takes a capture after an in-page move from the top frame of a page the site moves from, when the tab is on one of its pages', () => {
    const post = cases.find((c) => c.adapterId === 'linkedin' && c.page.includes('/feed/update/'))!;
    // The document loaded at the feed; pushState moved the tab (the sender's URL stays the feed's).
    const moved = { url: 'https://www.linkedin.com/feed/', frameId: 0, tab: { url: post.page } };
    expect(check(post.draft, moved)).toBeUndefined();
    expect(check(post.draft, { ...moved, frameId: 4 })).toMatch(/does not run on/);
    expect(check(post.draft, { ...moved, tab: { url: 'https://www.linkedin.com/feed/' } })).toMatch(/does not run on/);
    // Firefox, without the tabs permission: our script's own reading of its address stands in, on the same origin only.
    expect(check(post.draft, { url: 'https://www.linkedin.com/feed/', frameId: 0, tab: {}, pageUrl: post.page })).toBeUndefined();
    expect(check(post.draft, { url: 'https://www.linkedin.com/feed/', frameId: 0, tab: {}, pageUrl: post.page.replace('https://www.', 'https://evil.') })).toMatch(/does not run on/);
    expect(check(post.draft, { url: 'https://www.linkedin.com/feed/', frameId: 0, tab: { url: 'https://www.linkedin.com/feed/' }, pageUrl: post.page })).toMatch(/does not run on/);
    // A site whose app does not move in place gets no such allowance.
    const answer = cases.find((c) => c.adapterId === 'stack-exchange')!;
    const users = `${new URL(answer.page).origin}/users/1/someone`;
    expect(check(answer.draft, { url: users, frameId: 0, tab: { url: answer.page } })).toMatch(/does not run on/);
  });

  it('takes a site the user added for that adapter only, and links on that host only', () => {
    const draft = CaptureDraftSchema.parse({
      kind: 'forum-answer', platform: 'discourse', url: 'https://forum.example.org/t/topic/12/3', title: 'Reply', own: true, source: 'auto',
    });
    const sender = fromTab('https://forum.example.org/t/topic/12');
    expect(check(draft, sender)).toMatch(/does not run on https:\/\/forum\.example\.org/);
    expect(check(draft, sender, [{ origin: 'https://forum.example.org', adapter: 'discourse' }])).toBeUndefined();
    expect(check(draft, sender, [{ origin: 'https://forum.example.org', adapter: 'wordpress' }])).toMatch(/does not run on/);
    expect(check({ ...draft, url: 'https://cdn.example.org/t/1' }, sender, [{ origin: 'https://forum.example.org', adapter: 'discourse' }])).toMatch(/not a Discourse address/);
  });
});
