import { describe, expect, it } from 'vitest';
import type { Adapter, Detector } from '../../../lib/adapters/define';
import { blogAdapters, blogDetectors } from '../../../lib/adapters/blogs';
import { communityAdapters, communityDetectors } from '../../../lib/adapters/communities';
import { eventAdapters, eventDetectors } from '../../../lib/adapters/events';
import { postAdapters, postDetectors } from '../../../lib/adapters/posts';
import { qaSiteAdapters, qaSiteDetectors } from '../../../lib/adapters/qa-sites';
import { socialAdapters, socialDetectors } from '../../../lib/adapters/social';
import { videoAdapters, videoDetectors } from '../../../lib/adapters/videos';
import { userSiteAdapters } from '../../../lib/user-sites/families';

/** Each family: what its content script runs (detectors) and what its extractor loads (adapters). */
const FAMILIES: Record<string, [readonly Detector[], readonly Adapter[]]> = {
  'qa-sites': [qaSiteDetectors, qaSiteAdapters],
  communities: [communityDetectors, communityAdapters],
  social: [socialDetectors, socialAdapters],
  posts: [postDetectors, postAdapters],
  videos: [videoDetectors, videoAdapters],
  blogs: [blogDetectors, blogAdapters],
  events: [eventDetectors, eventAdapters],
};

const DETECTOR_PARTS = ['shape', 'detect', 'items', 'itemId', 'saveAnchor', 'saveLabel', 'submitForm', 'publishIntent', 'submitShortcut', 'publishText', 'watchesState'] as const;

describe('family registries', () => {
  it.each(Object.entries(FAMILIES))('%s lists the same sites in the same order for its detector and its extractor', (_family, [detectors, adapters]) => {
    expect(detectors.length).toBeGreaterThan(0);
    expect(detectors.map((detector) => detector.site.id)).toEqual(adapters.map((adapter) => adapter.site.id));
  });

  it.each(Object.entries(FAMILIES))('%s: each adapter is built on its site’s detector, so the page and the extractor agree', (_family, [detectors, adapters]) => {
    detectors.forEach((detector, index) => {
      const adapter = adapters[index] as unknown as Record<string, unknown>;
      for (const part of DETECTOR_PARTS) expect(adapter[part], `${detector.site.id}.${part}`).toBe((detector as unknown as Record<string, unknown>)[part]);
      // The content script carries no reader of posts.
      expect(Object.keys(detector)).not.toContain('extract');
      expect(Object.keys(detector)).not.toContain('confirmPublish');
      expect(Object.keys(detector)).not.toContain('currentUser');
    });
  });

  // The user-sites script runs each adapter as its own detector (entrypoints/user-sites.content.ts).
  it('the families a user can add are built-in families’ adapters, so each detects as its detector does', () => {
    const builtIn = Object.values(FAMILIES).flatMap(([, adapters]) => adapters);
    for (const adapter of userSiteAdapters) expect(builtIn, adapter.site.id).toContain(adapter);
  });
});
