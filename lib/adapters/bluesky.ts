import { defineForum, detectForum, type CurrentUser } from './define';
import { attrOf, excerptOf, textOf, toIsoDate } from '../dom';
import { canonicalLink, metaTag } from '../structured/read';
import { defineSite } from '../sites/define';
import { countersOf, postingOf, str, titleOf } from './post-page';

/** `/profile/{handle or did}/post/{record key}`. */
const POST_PATH = /^\/profile\/([^/]+)\/post\/([a-z0-9]+)\/?$/i;

export const site = /* @__PURE__ */ defineSite({
  id: 'bluesky',
  name: 'Bluesky',
  kind: 'social-post',
  matches: ['https://bsky.app/profile/*'],
});

/**
 * Bluesky post pages. Facts: docs/research/sites-next.md §8, from bluesky-social/social-app's server
 * template and a saved page (Jan 2026) [V]: the head carries JSON-LD DiscussionForumPosting,
 * `profile:username` (the handle), `article:published_time` and an `at://{did}/app.bsky.feed.post/…`
 * alternate link naming the author's DID; `#bsky_did` repeats it in a noscript block. The signed-in
 * account exists only in the app's own storage (`BSKY_STORAGE` → session.currentAccount) [V]: only
 * its did and handle are read, never its tokens. Authors who hide their posts from signed-out
 * readers get no JSON-LD: such a page is not saved.
 */
const sel = {
  atUri: 'link[rel="alternate"][href^="at://"]',
  did: '#bsky_did',
  // The app draws the post inside #root [I: confirm a stable hook]; until then the button sits at the page's end.
} as const;

const didOf = (doc: Document) => attrOf(doc, [sel.atUri], 'href')?.match(/^at:\/\/(did:[^/]+)\//)?.[1] ?? (textOf(doc.querySelector(sel.did)) || undefined);

/** Everything the page's structured data says about its post, in one place (to move to lib/structured). */
function structured(doc: Document) {
  const node = postingOf(doc, ['DiscussionForumPosting', 'SocialMediaPosting']);
  return {
    node,
    url: metaTag(doc, 'og:url') ?? canonicalLink(doc),
    text: str(node?.text) ?? metaTag(doc, 'og:description') ?? '',
    publishedAt: toIsoDate(str(node?.datePublished) ?? metaTag(doc, 'article:published_time')),
    handle: metaTag(doc, 'profile:username') ?? str((node?.author as Record<string, unknown> | undefined)?.alternateName)?.replace(/^@/, ''),
    did: didOf(doc),
    counters: countersOf(node),
  };
}

/** The signed-in account, from the app's storage on this page's origin (absent in a signed-out tab). */
function currentUser(doc: Document): CurrentUser | null {
  try {
    const raw = doc.defaultView?.localStorage.getItem('BSKY_STORAGE');
    const account = (JSON.parse(raw ?? '') as { session?: { currentAccount?: { did?: unknown; handle?: unknown } } }).session?.currentAccount;
    const did = str(account?.did);
    const handle = str(account?.handle);
    return did || handle ? { id: did, handle } : null;
  } catch {
    return null;
  }
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save post',
  saveAnchor: '[data-testid^="postThreadItem-by-"]',

  detect: (doc, url) => POST_PATH.test(url.pathname) && postingOf(doc, ['DiscussionForumPosting', 'SocialMediaPosting']) !== undefined,

  // One post a page: the page itself is the post.
  items: (doc) => (doc.body ? [doc.body] : []),

  itemId: (el) => didOf(el.ownerDocument),
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,

  extract(doc, url) {
    const facts = structured(doc);
    const title = titleOf(facts.text);
    const match = url.pathname.match(POST_PATH);
    if (!facts.node || !title || !match) return null;
    const me = currentUser(doc);
    return {
      // The handle in the address can change; the URL is the page's own, as the site links it.
      url: facts.url ?? `https://bsky.app/profile/${match[1]}/post/${match[2]}`,
      title,
      excerpt: excerptOf(facts.text),
      text: facts.text,
      publishedAt: facts.publishedAt,
      author: facts.handle,
      own: Boolean((me?.id && me.id === facts.did) || (me?.handle && facts.handle && me.handle.toLowerCase() === facts.handle.toLowerCase())),
      metrics: facts.counters,
    };
  },
});
