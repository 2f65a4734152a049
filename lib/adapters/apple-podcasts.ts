import { defineForum, detectForum } from './define';
import { excerptOf, toIsoDate } from '../dom';
import { defineSite } from '../sites/define';
import { postingOf, str } from './post-page';

/** `/{country}/podcast/{slug}/id{show}` with the episode in `?i=`. */
const SHOW_PATH = /^\/[a-z]{2}\/podcast\/[^/]+\/id(\d+)\/?$/;

export const site = /* @__PURE__ */ defineSite({
  id: 'apple-podcasts',
  name: 'Apple Podcasts',
  kind: 'podcast',
  matches: ['https://podcasts.apple.com/*'],
});

/**
 * Apple Podcasts episode pages. Facts: docs/research/sites-next.md §10. Current pages carry JSON-LD
 * PodcastEpisode with an ISO `datePublished` and `partOfSeries` [V-3p: tests modelled on live
 * pages]; 2023 pages an AudioObject with a localised date ("8 ago 2023") and `isPartOf` as text [V:
 * saved page]. A localised date is not guessed at: the entry then counts from the day it is saved.
 * As on Spotify, no page says whose show it is: an episode is the user's when its show is the name
 * they set as their Apple Podcasts handle in Settings. Play counts are not public.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Everything the page's structured data says about the episode, in one place (to move to lib/structured). */
function structured(doc: Document) {
  const node = postingOf(doc, ['PodcastEpisode', 'AudioObject']);
  const series = node?.partOfSeries as Record<string, unknown> | undefined;
  const date = str(node?.datePublished);
  return {
    node,
    title: str(node?.name),
    description: str(node?.description) ?? '',
    publishedAt: date && ISO_DATE.test(date) ? toIsoDate(date) : undefined,
    show: str(series?.name) ?? str(node?.isPartOf),
    showUrl: str(series?.url),
  };
}

const episodeOf = (url: URL) => (SHOW_PATH.test(url.pathname) ? url.searchParams.get('i')?.match(/^\d+$/)?.[0] : undefined);

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save episode',

  detect: (doc, url) => episodeOf(url) !== undefined && structured(doc).node !== undefined,

  // One episode a page: the page itself is the item.
  items: (doc) => (doc.body ? [doc.body] : []),

  itemId: (el) => el.ownerDocument.querySelector('meta[name="apple:content_id"]')?.getAttribute('content') ?? undefined,
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser: () => null,

  extract(doc, url) {
    const facts = structured(doc);
    const episode = episodeOf(url);
    if (!facts.title || !episode) return null;
    return {
      // The canonical link can drop the episode (?i=): the address is built from the page's own.
      url: `${url.origin}${url.pathname}?i=${episode}`,
      contextUrl: facts.showUrl ?? `${url.origin}${url.pathname}`,
      contextTitle: facts.show,
      title: facts.title,
      excerpt: excerptOf(facts.description),
      publishedAt: facts.publishedAt,
      author: facts.show,
      own: false,
    };
  },
});
