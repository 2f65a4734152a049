import { defineForum, detectForum } from './define';
import { excerptOf, textOf, toIsoDate } from '../dom';
import { canonicalLink, metaTag } from '../structured/read';
import { defineSite } from '../sites/define';
import { postingOf, str } from './post-page';

const EPISODE_PATH = /^\/episode\/([A-Za-z0-9]{22})\/?$/;
/** "Listen to this episode from {show} on Spotify. {description}" [V: saved page, 2024]. */
const LISTEN = /^Listen to this episode from (.+?) on Spotify\.\s*/;

export const site = /* @__PURE__ */ defineSite({
  id: 'spotify',
  name: 'Spotify (podcast episodes)',
  kind: 'podcast',
  matches: ['https://open.spotify.com/episode/*'],
});

/**
 * Spotify podcast episode pages. Facts: docs/research/sites-next.md §10, from a saved episode page (Jan
 * 2024) [V]: `og:title` is the episode, `music:album` the show's address, `music:release_date` the
 * release instant, the description starts "Listen to this episode from {show} on Spotify."; the
 * JSON-LD is typed MusicGroup (sic) with a date only. No page shows who owns a show: an episode is
 * the user's when its show is the name they set as their Spotify handle in Settings. Play counts are
 * not public. creators.spotify.com pages are not read (markup unknown; their RSS import covers them).
 */
const sel = { showLink: 'a[href^="/show/"], a[href^="https://open.spotify.com/show/"]' } as const;

/** Everything the page's metadata says about the episode, in one place (to move to lib/structured). */
function structured(doc: Document) {
  const node = postingOf(doc, ['MusicGroup', 'PodcastEpisode']);
  const description = metaTag(doc, 'og:description') ?? str(node?.description) ?? '';
  return {
    title: metaTag(doc, 'og:title') ?? str(node?.name),
    url: metaTag(doc, 'og:url') ?? canonicalLink(doc),
    publishedAt: toIsoDate(metaTag(doc, 'music:release_date') ?? str(node?.datePublished)),
    showUrl: metaTag(doc, 'music:album'),
    show: description.match(LISTEN)?.[1] ?? (textOf(doc.querySelector(sel.showLink)) || undefined),
    description: description.replace(LISTEN, ''),
  };
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save episode',

  detect: (doc, url) => EPISODE_PATH.test(url.pathname) && metaTag(doc, 'og:title') !== undefined,

  // One episode a page: the page itself is the item.
  items: (doc) => (doc.body ? [doc.body] : []),

  itemId: (el) => el.ownerDocument.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined,
});

export default /* @__PURE__ */ defineForum(detector, {
  // Spotify shows no account on the page that says whose show this is.
  currentUser: () => null,

  extract(doc, url) {
    const facts = structured(doc);
    const match = url.pathname.match(EPISODE_PATH);
    if (!facts.title || !match) return null;
    return {
      url: facts.url ?? `https://open.spotify.com/episode/${match[1]}`,
      contextUrl: facts.showUrl,
      contextTitle: facts.show,
      title: facts.title,
      excerpt: excerptOf(facts.description),
      publishedAt: facts.publishedAt,
      author: facts.show,
      own: false,
    };
  },
});
