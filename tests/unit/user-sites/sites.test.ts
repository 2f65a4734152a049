import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routeAdapter } from '../../../lib/capture/route';
import { userSiteAdapters } from '../../../lib/user-sites/families';
import { adapterForSite, scriptIdOf, sitePattern } from '../../../lib/user-sites/sites';

const SITES = [{ origin: 'https://forum.example.org', adapter: 'discourse' }];
const topic = new DOMParser().parseFromString(
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'discourse', 'topic-logged-in.html'), 'utf8'),
  'text/html',
);
const TOPIC_PATH = '/t/webhook-deliveries-fail-with-422-after-upgrading-to-3-4/311234';

describe('the content script of a user-added site', () => {
  it('runs the family the user chose, on that origin only', () => {
    const adapter = adapterForSite(SITES, 'https://forum.example.org', userSiteAdapters);
    expect(adapter?.site.id).toBe('discourse');
    expect(adapter?.site.matches).toEqual(['https://forum.example.org/*']);
    expect(routeAdapter([adapter!], topic, new URL(`https://forum.example.org${TOPIC_PATH}`))).toBe(adapter);
    expect(routeAdapter([adapter!], topic, new URL(`https://other.example.org${TOPIC_PATH}`))).toBeUndefined();
  });

  it('finds nothing to run for an origin that was not added or a family it does not know', () => {
    expect(adapterForSite(SITES, 'https://other.example.org', userSiteAdapters)).toBeUndefined();
    expect(adapterForSite([{ origin: 'https://forum.example.org', adapter: 'phpbb' }], 'https://forum.example.org', userSiteAdapters)).toBeUndefined();
  });

  it('captures on the user-added forum with that forum’s permalinks', () => {
    const adapter = adapterForSite(SITES, 'https://forum.example.org', userSiteAdapters)!;
    if (adapter.shape !== 'forum') throw new Error('Discourse is a forum adapter');
    const url = new URL(`https://forum.example.org${TOPIC_PATH}/3`);
    const drafts = adapter.items(topic).map((post) => adapter.extract(topic, url, post));
    expect(drafts.map((draft) => draft?.url)).toEqual([1, 2, 3].map((n) => `https://forum.example.org${TOPIC_PATH}/${n}`));
    expect(drafts.map((draft) => draft?.own)).toEqual([false, true, false]);
  });

  it('names scripts and permissions by origin', () => {
    expect(sitePattern('https://forum.example.org')).toBe('https://forum.example.org/*');
    expect(scriptIdOf(SITES[0]!)).toBe('user-site:discourse@https://forum.example.org');
  });
});
