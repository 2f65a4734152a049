import type { Adapter } from './define';
import { qaSiteAdapters } from './qa-sites';
import { communityAdapters } from './communities';
import { socialAdapters } from './social';
import { postAdapters } from './posts';
import { videoAdapters } from './videos';
import { blogAdapters } from './blogs';
import { eventAdapters } from './events';

/**
 * Every extractor, for the tests (the extension's pages import lib/sites/, content scripts their family). Sites are registered in their family's
 * file (qa-sites.ts, communities.ts, social.ts, posts.ts, blogs.ts, videos.ts, events.ts), never here: each family is
 * bundled as its own content script.
 */
export const adapters: readonly Adapter[] = [
  ...qaSiteAdapters,
  ...communityAdapters,
  ...socialAdapters,
  ...postAdapters,
  ...videoAdapters,
  ...blogAdapters,
  ...eventAdapters,
];
