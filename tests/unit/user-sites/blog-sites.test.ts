import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userSiteAdapters, userSiteFamilies } from '../../../lib/user-sites/families';
import { adapterForSite } from '../../../lib/user-sites/sites';
import { routeAdapter } from '../../../lib/capture/route';
import { createAutoCapture } from '../../../lib/capture/auto-capture';
import { memoryStorage } from '../../helpers/memory-storage';

const SITES = [
  { origin: 'https://blog.example.org', adapter: 'wordpress' },
  { origin: 'https://notes.example.net', adapter: 'ghost' },
];

/** A wordpress.com fixture page as a self-hosted blog at another address serves it. */
const moved = (adapterId: string, name: string, from: string, to: string) =>
  new DOMParser().parseFromString(readFileSync(join(__dirname, '..', '..', 'fixtures', adapterId, `${name}.html`), 'utf8').replaceAll(from, to), 'text/html');

async function confirmAfterPublish(origin: string, doc: Document, url: URL) {
  const adapter = routeAdapter([adapterForSite(SITES, origin, userSiteAdapters)!], doc, url);
  if (!adapter) return { adapter, draft: undefined };
  const at = Date.parse('2026-11-22T10:00:00Z');
  const storage = memoryStorage({ [`intent:${adapter.site.id}`]: { adapterId: adapter.site.id, at, path: url.pathname, existing: [] } });
  const auto = createAutoCapture(adapter, storage, () => undefined, () => at + 3_000);
  await auto.restore();
  return { adapter, draft: await auto.confirm(doc, url) };
}

describe('self-hosted blogs the user added', () => {
  it('offers WordPress and Ghost for an added site', () => {
    expect(userSiteFamilies.map((family) => family.id)).toEqual(expect.arrayContaining(['wordpress', 'ghost']));
  });

  it('captures a publish in a self-hosted WordPress, with the blog’s own public address', async () => {
    const doc = moved('wordpress', 'classic-published', 'https://jdoe.wordpress.com', 'https://blog.example.org');
    const { adapter, draft } = await confirmAfterPublish('https://blog.example.org', doc, new URL('https://blog.example.org/wp-admin/post.php?post=88&action=edit&message=6'));
    expect(adapter?.site.matches).toEqual(['https://blog.example.org/*']);
    expect(draft).toMatchObject({ platform: 'wordpress', url: 'https://blog.example.org/2026/11/22/powercli-snippets-for-vcf/', own: true });
  });

  it('captures a publish in a self-hosted Ghost admin', async () => {
    const doc = moved('ghost', 'publish-complete', 'https://jdoe.ghost.io', 'https://notes.example.net');
    const { draft } = await confirmAfterPublish('https://notes.example.net', doc, new URL('https://notes.example.net/ghost/#/editor/post/6740c1f2e4b0a1001b2c3d4e'));
    expect(draft).toMatchObject({ platform: 'ghost', url: 'https://notes.example.net/patching-vcenter-with-vlcm-images/' });
  });

  it('leaves the blog’s public pages alone', async () => {
    const doc = new DOMParser().parseFromString('<html><body class="single single-post"><article class="post"><h1>Hello</h1></article></body></html>', 'text/html');
    const { adapter } = await confirmAfterPublish('https://blog.example.org', doc, new URL('https://blog.example.org/2026/11/22/hello/'));
    expect(adapter).toBeUndefined();
  });
});
