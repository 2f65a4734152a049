import type { Found } from '../adapters/define';
import type { Draft } from '../schema/contribution';
import type { Site } from '../sites/define';

/** What an extractor found, as the capture the background receives: the site and the way it was saved added here, once. */
export function toDraft(site: Site, found: Found, source: Draft['source']): Draft {
  return { ...found, kind: found.kind ?? site.kind, platform: site.id, source };
}
