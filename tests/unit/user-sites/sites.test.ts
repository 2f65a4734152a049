import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Outbox } from '../../../lib/capture/outbox';
import { routeAdapter } from '../../../lib/capture/route';
import { INJECTED_ATTR } from '../../../lib/capture/save-buttons';
import { userSiteAdapters } from '../../../lib/user-sites/families';
import { adapterForSite, scriptIdOf, sitePattern } from '../../../lib/user-sites/sites';
import { captureOn } from '../../helpers/capture-page';
import { keepShadowRoots } from '../../helpers/closed-roots';
import { memoryStorage } from '../../helpers/memory-storage';

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

  it('runs as its script does, on the detector with the extractor bundled: a Save on that forum, nothing on another origin', async () => {
    const rootOf = keepShadowRoots();
    const adapter = adapterForSite(SITES, 'https://forum.example.org', userSiteAdapters)!;
    const page = (origin: string) => {
      const doc = new DOMParser().parseFromString(topic.documentElement.outerHTML, 'text/html');
      const outbox = { add: vi.fn(async () => ({ reply: Promise.resolve({ ok: true, id: 'e1', status: 'created' }) })) } as unknown as Outbox;
      const capture = captureOn([adapter], { doc, href: `${origin}${TOPIC_PATH}`, storage: memoryStorage({ 'setting:handle:discourse': 'someone' }), outbox, isUserAction: () => true });
      return { doc, outbox, capture };
    };
    const other = page('https://other.example.org');
    expect(await other.capture.route()).toBeUndefined();
    other.capture.scan();
    expect(other.doc.querySelector(`[${INJECTED_ATTR}]`)).toBeNull();

    const forum = page('https://forum.example.org');
    expect((await forum.capture.route())?.site.id).toBe('discourse');
    forum.capture.scan();
    const saves = [...forum.doc.querySelectorAll(`[${INJECTED_ATTR}="save"]`)];
    expect(saves).toHaveLength(3);
    expect(forum.capture.load).not.toHaveBeenCalled();
    rootOf(saves[1]!).querySelector('button')!.click();
    await vi.waitFor(() => expect(forum.outbox.add).toHaveBeenCalledTimes(1));
    expect(forum.capture.load).toHaveBeenCalledTimes(1);
    expect(forum.outbox.add).toHaveBeenCalledWith(expect.objectContaining({ url: `https://forum.example.org${TOPIC_PATH}/2`, platform: 'discourse' }));
  });

  it('names scripts and permissions by origin', () => {
    expect(sitePattern('https://forum.example.org')).toBe('https://forum.example.org/*');
    expect(scriptIdOf(SITES[0]!)).toBe('user-site:discourse@https://forum.example.org');
  });
});
