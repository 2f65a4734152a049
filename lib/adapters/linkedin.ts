import { defineForum, detectForum, type Found } from './define';
import { excerptOf, textOf, toInt, toIsoDate } from '../dom';
import { canonicalLink, metaTag, ogTag } from '../structured/read';
import { defineSite } from '../sites/define';
import { titleOf } from './post-page';

/** A post's permalink, `/feed/update/urn:li:activity:{id}/`. */
const UPDATE_PATH = /^\/feed\/update\/urn:li:activity:(\d+)\/?$/;
/** A post's shared link, `/posts/{vanity}_{words}-activity-{id}-{4 chars}` (also `-share-`, `-ugcPost-`, other id spaces). */
const POSTS_PATH = /^\/posts\/[^/]+?-(activity|share|ugcPost)-(\d+)-[\w-]*\/?$/;
/** An article, `/pulse/{slug}`. */
const PULSE_PATH = /^\/pulse\/[^/]+\/?$/;

/** The activity id a post's address names, whichever of its two forms it is. */
function activityOf(url: URL): string | undefined {
  if (url.hostname !== 'www.linkedin.com') return undefined;
  const posts = url.pathname.match(POSTS_PATH);
  return url.pathname.match(UPDATE_PATH)?.[1] ?? (posts?.[1] === 'activity' ? posts[2] : undefined);
}

const updateUrl = (id: string) => `https://www.linkedin.com/feed/update/urn:li:activity:${id}`;

export const site = /* @__PURE__ */ defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  kind: 'social-post',
  matches: ['https://www.linkedin.com/feed/update/*', 'https://www.linkedin.com/posts/*', 'https://www.linkedin.com/pulse/*'],
  // The feed, profiles and notifications open a post in place (LinkedIn is a single-page app).
  navigatesFrom: ['https://www.linkedin.com/*'],
  /** A post is one key whichever link was shared (permalink or /posts/ slug); tracking queries go. */
  canonical(url) {
    const id = activityOf(url);
    if (id) return new URL(updateUrl(id));
    return POSTS_PATH.test(url.pathname) || PULSE_PATH.test(url.pathname) ? new URL(`${url.origin}${url.pathname}`) : undefined;
  },
});

// Facts: docs/research/sites-next.md §9 and tests/fixtures/linkedin. URL forms are real [V]; the post card
// (`data-urn`, `.update-components-actor`, `.update-components-text`) is what several extensions read
// (2024–26) [V-3p]; some users get hashed builds (`data-view-name="feed-full-update"`,
// `data-testid="expandable-text-box"`) [V-3p]. The counts bar classes and the article's author card are
// [I: confirm live]. A post's time is in its id (its upper bits are ms since the epoch [I: confirm]);
// the printed "2w" is relative. No signed-in marker is relied on: own comes from the handle the user sets
// (their vanity name or profile address), compared with the author's /in/ link.
const sel = {
  card: '[data-urn^="urn:li:activity:"], [data-view-name="feed-full-update"]',
  // Only the card's own actor: a profile linked from the text (a mention) must not make the post anyone's.
  actor: '.update-components-actor__meta-link, .update-components-actor a[href*="/in/"]',
  text: '.update-components-text, .feed-shared-update-v2__description, [data-testid="expandable-text-box"]',
  reactions: '.social-details-social-counts__reactions-count',
  comments: '.social-details-social-counts__comments',
  article: 'article',
  articleAuthor: '.publisher-author-card a[href*="/in/"]',
  articleTitle: 'h1',
} as const;

const vanityOf = (link: Element | null): string | undefined => {
  const href = link?.getAttribute('href');
  return href && URL.canParse(href, 'https://www.linkedin.com') ? new URL(href, 'https://www.linkedin.com').pathname.match(/^\/in\/([^/]+)/)?.[1] : undefined;
};

/** The epoch milliseconds in an activity id's upper bits (shifted past 22 bits of sequence). */
function postedAt(id: string): string | undefined {
  const ms = Number(BigInt(id) >> 22n);
  return ms > Date.UTC(2003, 0) && ms < Date.now() + 86_400_000 ? new Date(ms).toISOString() : undefined;
}

/** "146", "12 comments": the number a counter prints. */
const countOf = (el: Element | null) => toInt(textOf(el).match(/\d[\d,.]*/)?.[0]?.replace(/[,.]/g, ''));

function postFound(doc: Document, url: URL, card: Element): Found | null {
  const id = card.getAttribute('data-urn')?.match(/^urn:li:activity:(\d+)$/)?.[1] ?? activityOf(url) ?? canonicalLink(doc)?.match(/urn:li:activity:(\d+)/)?.[1];
  const text = textOf(card.querySelector(sel.text));
  if (!id || !text) return null;
  const votes = countOf(card.querySelector(sel.reactions));
  const comments = countOf(card.querySelector(sel.comments));
  return {
    url: updateUrl(id),
    title: titleOf(text),
    excerpt: excerptOf(text),
    text,
    publishedAt: postedAt(id),
    author: vanityOf(card.querySelector(sel.actor)),
    own: false,
    ...(votes !== undefined || comments !== undefined ? { metrics: { votes, comments } } : {}),
  };
}

function articleFound(doc: Document, url: URL, article: Element): Found | null {
  const title = ogTag(doc, 'title') ?? (textOf(article.querySelector(sel.articleTitle)) || undefined);
  if (!title) return null;
  const excerpt = ogTag(doc, 'description');
  return {
    kind: 'article',
    url: `${url.origin}${url.pathname}`,
    title,
    ...(excerpt ? { excerpt: excerptOf(excerpt) } : {}),
    publishedAt: toIsoDate(metaTag(doc, 'article:published_time')),
    author: vanityOf(article.querySelector(sel.articleAuthor)),
    own: false,
  };
}

const isArticle = (url: URL) => url.hostname === 'www.linkedin.com' && PULSE_PATH.test(url.pathname);

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save post',
  saveAnchor: '.update-components-actor, h1',

  detect: (doc, url) => (isArticle(url) ? ogTag(doc, 'type') === 'article' : activityOf(url) !== undefined || POSTS_PATH.test(url.pathname)) && (doc.querySelector(sel.card) !== null || isArticle(url)),

  // A permalink shows its post first; cards further down (suggestions) are other people's.
  items: (doc) => {
    const item = doc.querySelector(sel.card) ?? doc.querySelector(sel.article) ?? doc.body;
    return item ? [item] : [];
  },

  itemId: (el) => el.getAttribute('data-urn') ?? canonicalLink(el.ownerDocument),
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser: () => null,

  /** The author's profile address, so the handle may be the vanity name or the whole address. */
  people: (_doc, el) => {
    const vanity = vanityOf(el.querySelector(sel.actor) ?? el.querySelector(sel.articleAuthor));
    return vanity ? [`https://www.linkedin.com/in/${vanity}`] : [];
  },

  extract: (doc, url, el) => (isArticle(url) ? articleFound(doc, url, el) : postFound(doc, url, el)),
});
