import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userSiteAdapters, userSiteFamilies } from '../../../lib/user-sites/families';
import { adapterForSite } from '../../../lib/user-sites/sites';
import { routeAdapter } from '../../../lib/capture/route';
import { captureOriginProblem } from '../../../lib/background/capture-origin';
import { toDraft } from '../../../lib/capture/draft';
import { sites } from '../../../lib/sites';
import { DraftSchema } from '../../../lib/schema/contribution';

const SITES = [{ origin: 'https://hachyderm.io', adapter: 'mastodon' }];

/** The mastodon.social fixture as another instance serves it. */
const onInstance = (name: string) =>
  new DOMParser().parseFromString(readFileSync(join(__dirname, '..', '..', 'fixtures', 'mastodon', `${name}.html`), 'utf8').replaceAll('mastodon.social', 'hachyderm.io'), 'text/html');

describe('Mastodon instances the user added', () => {
  it('offers Mastodon for an added site', () => {
    expect(userSiteFamilies.map((family) => family.id)).toContain('mastodon');
  });

  it('saves a status on the added instance with its own address, and the background accepts it from that instance only', () => {
    const url = new URL('https://hachyderm.io/@dana/113999000111222333');
    const adapter = routeAdapter([adapterForSite(SITES, url.origin, userSiteAdapters)!], onInstance('status-own'), url);
    expect(adapter?.site.matches).toEqual(['https://hachyderm.io/*']);
    const doc = onInstance('status-own');
    const found = adapter!.shape === 'forum' ? adapter!.extract(doc, url, doc.body) : null;
    const draft = DraftSchema.parse(toDraft(adapter!.site, found!, 'one-click'));
    expect(draft).toMatchObject({ platform: 'mastodon', kind: 'social-post', url: url.href, author: 'dana@hachyderm.io', own: true });
    const deps = { sites, userSites: SITES };
    expect(captureOriginProblem(draft, { url: url.href, frameId: 0, tab: { url: url.href } }, deps)).toBeUndefined();
    const elsewhere = 'https://fosstodon.org/@dana/113999000111222333';
    expect(captureOriginProblem(draft, { url: elsewhere, frameId: 0, tab: { url: elsewhere } }, deps)).toBeDefined();
  });

  it('is not routed on an instance the user did not add, nor on a page that is not a status', () => {
    expect(adapterForSite(SITES, 'https://fosstodon.org', userSiteAdapters)).toBeUndefined();
    const profile = new URL('https://hachyderm.io/@dana');
    expect(routeAdapter([adapterForSite(SITES, profile.origin, userSiteAdapters)!], onInstance('status-own'), profile)).toBeUndefined();
  });
});
