import { defineForum, detectForum, type CurrentUser } from './define';
import { excerptOf, first, textOf, toIsoDate } from '../dom';
import { describeNode } from '../structured/item';
import { canonicalLink, jsonLd, ldOfType, ogTag } from '../structured/read';
import { defineSite } from '../sites/define';

/** `/videos/{id}`: a past broadcast, highlight or upload (ids are digits; old links add a `v`). */
const VIDEO_PATH = /^\/videos\/v?(\d+)\/?$/;

export const site = /* @__PURE__ */ defineSite({
  id: 'twitch',
  name: 'Twitch',
  kind: 'video',
  // The public video page, and the creator dashboard's Video Producer (where a highlight is published).
  matches: ['https://www.twitch.tv/videos/*', 'https://dashboard.twitch.tv/u/*/content/video-producer*'],
  publishHosts: ['www.twitch.tv'],
  /** m.twitch.tv, twitch.tv and `/videos/v{id}` are the same video as www.twitch.tv/videos/{id}; `?t=` is a position in it. */
  canonical(url) {
    if (!/^(?:www\.|m\.)?twitch\.tv$/.test(url.hostname)) return undefined;
    const id = url.pathname.match(VIDEO_PATH)?.[1];
    return id ? new URL(`https://www.twitch.tv/videos/${id}`) : undefined;
  },
});

// Facts: docs/research/sites-next.md §11. The video page is rendered by Twitch's web app; its
// server-rendered head carries a VideoObject JSON-LD (name, description, uploadDate, duration,
// interactionStatistic WatchAction), which the structured-data layer reads. The rest are `data-a-target`
// hooks Twitch keeps for its own tests (user-menu-toggle, login-button, stream-title) and the channel
// link of the video's info panel. [I: confirm live: channelLink and the avatar's alt on a signed-in VOD page.]
const sel = {
  info: ['[data-a-target="video-info"]', '.channel-info-content', 'main'],
  title: ['[data-a-target="stream-title"]', 'h2[title]'],
  channelLink: ['.channel-info-content a[href^="/"][data-a-target="user-channel-header-item"]', '.channel-info-content a[href^="/"]'],
  // Signed in: the top bar's menu button shows the user's avatar, its alt their display name.
  me: ['[data-a-target="user-menu-toggle"] img[alt]', 'button[data-a-target="user-menu-toggle"] [alt]'],
  loginButton: '[data-a-target="login-button"]',
} as const;

const videoIdOf = (url: URL) => (url.hostname === 'www.twitch.tv' ? url.pathname.match(VIDEO_PATH)?.[1] : undefined);

/** The video the page is about, from its canonical link (the in-app router keeps it current). */
function pageVideoId(doc: Document): string | undefined {
  const link = canonicalLink(doc) ?? ogTag(doc, 'url');
  try {
    return link ? videoIdOf(new URL(link)) : undefined;
  } catch {
    return undefined;
  }
}

/** The channel's login, from its link (`/{login}`) in the video's info panel. */
function channelOf(doc: Document): string | undefined {
  return first(doc, sel.channelLink)?.getAttribute('href')?.split('/')[1]?.toLowerCase() || undefined;
}

/** The signed-in user's display name; null when the page shows the login button or no menu. */
function currentUser(doc: Document): CurrentUser | null {
  if (doc.querySelector(sel.loginButton)) return null;
  const handle = first(doc, sel.me)?.getAttribute('alt')?.trim();
  return handle ? { handle } : null;
}

/** "PT2H3M4S" → "2:03:04", as Twitch prints a video's length. */
function clock(duration: string | undefined): string | undefined {
  const parts = duration?.match(/^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/);
  if (!parts || !parts.slice(1).some(Boolean)) return undefined;
  const [h, m, s] = parts.slice(1).map((part) => Number(part ?? 0)) as [number, number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save video',
  // Video Producer's highlighter: publishing a highlight makes a new video, confirmed on its page.
  publishIntent: 'button[data-a-target="highlighter-publish-button"]',
  saveAnchor: '[data-a-target="stream-title"]',

  detect: (doc, url) =>
    url.hostname === 'dashboard.twitch.tv' || (videoIdOf(url) !== undefined && ldOfType(jsonLd(doc), 'VideoObject') !== undefined),

  // One video a page: its info panel gets the button.
  items(doc) {
    if (!pageVideoId(doc) || !ldOfType(jsonLd(doc), 'VideoObject')) return [];
    const info = first(doc, sel.info);
    return info ? [info] : [];
  },

  itemId: (el) => pageVideoId(el.ownerDocument),
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,

  extract(doc, url) {
    const id = videoIdOf(url) ?? pageVideoId(doc);
    const node = ldOfType(jsonLd(doc), 'VideoObject');
    if (!id || !node) return null;
    const video = describeNode(node);
    const title = video.title ?? textOf(first(doc, sel.title));
    if (!title) return null;
    const channel = channelOf(doc);
    const me = currentUser(doc);
    const summary = [clock(video.duration), video.description].filter(Boolean).join(' · ');
    return {
      url: `https://www.twitch.tv/videos/${id}`,
      title,
      // The record has no length field: the excerpt leads with it, as Twitch's own video cards do.
      excerpt: excerptOf(summary),
      text: summary || title,
      publishedAt: toIsoDate(video.date),
      author: channel,
      // A display name is its login with capitals ("AnaBuilds" for anabuilds).
      own: Boolean(me?.handle && channel && me.handle.toLowerCase() === channel),
      metrics: video.views === undefined ? undefined : { views: video.views },
    };
  },
});
