import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../lib/adapters';
import { blogAdapters } from '../../lib/adapters/blogs';
import { communityAdapters } from '../../lib/adapters/communities';
import { qaSiteAdapters } from '../../lib/adapters/qa-sites';
import { socialAdapters } from '../../lib/adapters/social';
import { videoAdapters } from '../../lib/adapters/videos';
import { blogSites, communitySites, qaSites, sites, socialSites, videoSites } from '../../lib/sites';

const SITES_DIR = join(import.meta.dirname, '../../lib/sites');
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('the site registry (metadata without extractors)', () => {
  it('names the same sites, in the same families and order, as the extractors', () => {
    expect(ids(sites)).toEqual(ids(adapters));
    expect([qaSites, communitySites, socialSites, videoSites, blogSites].map(ids)).toEqual([qaSiteAdapters, communityAdapters, socialAdapters, videoAdapters, blogAdapters].map(ids));
  });

  it('is what each extractor runs with: same name, kind, pages and link rules', () => {
    for (const site of sites) {
      const adapter = adapters.find((candidate) => candidate.id === site.id)!;
      expect({ name: adapter.name, kind: adapter.kind, matches: adapter.matches, canonical: adapter.canonical }).toEqual({ name: site.name, kind: site.kind, matches: site.matches, canonical: site.canonical });
    }
  });

  it('imports no page-reading code, so the popup and the background stay light', () => {
    for (const file of readdirSync(SITES_DIR)) {
      const imports = [...readFileSync(join(SITES_DIR, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      expect(imports.filter((path) => path!.includes('adapters') || path!.includes('dom') || path!.includes('capture')), file).toEqual([]);
    }
  });
});
