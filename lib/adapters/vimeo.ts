import { defineForum, detectForum, type CurrentUser } from './define';
import { excerptOf, first, jsonObjectAfter, toIsoDate } from '../dom';
import { decodeEntities } from '../entities';
import { defineSite } from '../sites/define';
import { canonicalLink, jsonLd, ldOfType, ogTag } from '../structured/read';

export const VIMEO_HOST = /^(?:www\.)?vimeo\.com$/;

/** Video paths: /{id}, /{id}/{unlisted hash}, and the same video inside a channel, group, album or showcase. */
export const CLIP_PATH = /^\/(?:(?:channels|groups)\/[^/]+\/(?:videos\/)?|(?:album|showcase)\/\d+\/video\/|manage\/videos\/)?(\d{5,})(?:\/([0-9a-f]{6,}))?\/?$/i;

export function clipPath(raw: string | undefined, base: string) {
  try {
    const url = new URL(raw ?? '', base);
    if (!VIMEO_HOST.test(url.hostname)) return undefined;
    const match = url.pathname.match(CLIP_PATH);
    return match ? { id: match[1]!, hash: match[2]?.toLowerCase() } : undefined;
  } catch {
    return undefined;
  }
}

export const site = /* @__PURE__ */ defineSite({
  id: 'vimeo',
  name: 'Vimeo',
  kind: 'video',
  linkHosts: ['*.vimeo.com'],
  matches: ['https://vimeo.com/*'],
  /** One key a video: channel, group, album, showcase and player URLs become vimeo.com/{id}. */
  canonical(url) {
    if (url.hostname === 'player.vimeo.com') {
      const id = url.pathname.match(/^\/video\/(\d+)/)?.[1];
      return id ? new URL(`https://vimeo.com/${id}`) : undefined;
    }
    const clip = clipPath(url.href, url.href);
    return clip ? new URL(`https://vimeo.com/${clip.id}${clip.hash ? `/${clip.hash}` : ''}`) : undefined;
  },
});

// Facts: research/sites.md §9 and a saved Vimeo clip page (metascraper's fixture): a JSON-LD array
// [VideoObject, BreadcrumbList], the OpenGraph url and canonical https://vimeo.com/{id} [V]. The page's own state,
// `vimeo = _extend(…, {"cur_user": false | {…}})` [V, logged out] and `window.vimeo.clip_page_config =
// {"clip":{…,"privacy":{"type":"anybody"}},"owner":{"id":…}}` [V-3p], tells privacy and ownership.
// The shape of a logged-in cur_user and the owner-only links are [I]: see the live checks.
const sel = {
  title: ['main h1', 'h1'],
  inlineScripts: 'script:not([src])',
  ownerLinks: (id: string) => [`a[href$="/${id}/settings"]`, `a[href*="/manage/videos/${id}"]`],
} as const;

type Privacy = 'public' | 'unlisted' | 'private';

function pageState(doc: Document, marker: string): Record<string, unknown> | undefined {
  for (const script of doc.querySelectorAll(sel.inlineScripts)) {
    const found = jsonObjectAfter(script.textContent ?? '', marker);
    if (found) return found;
  }
  return undefined;
}

const record = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined);
const str = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined);

function privacyOf(config: Record<string, unknown> | undefined, hash: string | undefined): Privacy {
  const type = str(record(record(record(config)?.clip)?.privacy)?.type);
  if (type === 'anybody') return 'public';
  // "Hide from Vimeo" videos still play where the owner embeds them; unlisted ones play from their link.
  if (type === 'unlisted' || type === 'disable') return 'unlisted';
  if (type) return 'private';
  return hash ? 'unlisted' : 'public';
}

/** Everything the page says about its video, or undefined when it is not a video page. */
function clipOf(doc: Document, url: URL) {
  const node = ldOfType(jsonLd(doc), 'VideoObject');
  if (!node) return undefined;
  const own = clipPath(url.href, url.href);
  const declared = clipPath(str(node.url), url.href) ?? clipPath(ogTag(doc, 'url'), url.href) ?? clipPath(canonicalLink(doc), url.href);
  const path = declared ?? own;
  if (!path) return undefined;
  const hash = path.hash ?? (own?.id === path.id ? own.hash : undefined);
  const config = pageState(doc, 'clip_page_config =');
  return { id: path.id, hash, node, config, privacy: privacyOf(config, hash) };
}

function currentUser(doc: Document): CurrentUser | null {
  const user = record(pageState(doc, '"cur_user":'));
  const id = str(user?.id);
  return id ? { id, handle: str(user?.display_name) ?? str(user?.name) } : null;
}

function interactions(node: Record<string, unknown>, action: string): number | undefined {
  const stats = Array.isArray(node.interactionStatistic) ? node.interactionStatistic : [node.interactionStatistic];
  for (const stat of stats.map(record)) {
    if (str(stat?.interactionType)?.endsWith(action)) {
      const count = Number(stat?.userInteractionCount);
      if (Number.isInteger(count) && count >= 0) return count;
    }
  }
  return undefined;
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save video',
  // The uploader's file chooser; its buttons call input.click(), which reaches the document as a click on the input.
  publishIntent: 'input[type="file"]',

  // A video page, or the uploader (where the intent is noted before the new video's page confirms it).
  detect: (doc, url) =>
    VIMEO_HOST.test(url.hostname) && (url.pathname.startsWith('/upload') || clipOf(doc, url) !== undefined),

  // One video a page; a private video is nobody's public contribution, so it gets no button.
  items(doc) {
    const clip = clipOf(doc, new URL(doc.URL || 'https://vimeo.com/'));
    if (!clip || clip.privacy === 'private') return [];
    return [first(doc, sel.title) ?? doc.body];
  },

  itemId: (el) => {
    const doc = el.ownerDocument;
    return clipOf(doc, new URL(doc.URL || 'https://vimeo.com/'))?.id;
  },
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,

  extract(doc, url) {
    const clip = clipOf(doc, url);
    if (!clip || clip.privacy === 'private') return null;
    const { node, config } = clip;
    const title = decodeEntities(str(node.name) ?? ogTag(doc, 'title') ?? '');
    if (!title) return null;
    const description = decodeEntities(str(node.description) ?? ogTag(doc, 'description') ?? '');
    const author = record(node.author);
    const ownerId = str(record(record(config)?.owner)?.id) ?? str(author?.url)?.match(/\/user(\d+)\/?$/)?.[1];
    const me = currentUser(doc);
    const ownerControls = first(doc, sel.ownerLinks(clip.id)) !== null;
    return {
      url: `https://vimeo.com/${clip.id}${clip.privacy === 'unlisted' && clip.hash ? `/${clip.hash}` : ''}`,
      title,
      excerpt: excerptOf(description),
      text: description || title,
      publishedAt: toIsoDate(str(node.uploadDate)),
      author: decodeEntities(str(author?.name) ?? '') || undefined,
      own: Boolean(me?.id && ownerId && me.id === ownerId) || ownerControls,
      metrics: { views: interactions(node, 'WatchAction'), comments: interactions(node, 'CommentAction') },
      ...(clip.privacy === 'unlisted' ? { tags: ['unlisted'] } : {}),
    };
  },
});
