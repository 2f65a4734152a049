import { definePublish, detectPublish } from './define';
import { excerptOf, first, textOf } from '../dom';
import { defineSite } from '../sites/define';

export const VIDEO_ID = /^[\w-]{11}$/;

export const YOUTUBE_HOST = /^(?:www\.|m\.|music\.)?youtube\.com$|^(?:www\.)?youtube-nocookie\.com$/;

/** The video id a YouTube link points to (youtu.be, watch, shorts, live, embed, Studio's editor). */
export function youtubeVideoId(href: string | null | undefined): { id: string; short: boolean } | undefined {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  let id: string | undefined;
  let short = false;
  if (host === 'youtu.be') id = url.pathname.split('/')[1];
  else if (host === 'studio.youtube.com') id = url.pathname.match(/^\/video\/([^/]+)/)?.[1];
  else if (YOUTUBE_HOST.test(host)) {
    const path = url.pathname.match(/^\/(shorts|live|embed|v)\/([^/]+)/);
    short = path?.[1] === 'shorts';
    id = url.pathname === '/watch' ? (url.searchParams.get('v') ?? undefined) : path?.[2];
  }
  return id && VIDEO_ID.test(id) ? { id, short } : undefined;
}

export const watchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;

export const site = /* @__PURE__ */ defineSite({
  id: 'youtube-studio',
  name: 'YouTube',
  kind: 'video',
  linkHosts: ['youtu.be', '*.youtube.com', '*.youtube-nocookie.com'],
  matches: ['https://studio.youtube.com/*'],
  // Studio publishes to the public watch page.
  publishHosts: ['www.youtube.com'],
  /** youtu.be/{id}, /shorts/{id}, /live/{id}, embeds and Studio's editor all mean /watch?v={id}. */
  canonical(url) {
    const video = youtubeVideoId(url.href);
    return video ? new URL(watchUrl(video.id)) : undefined;
  },
});

// Markup facts: research/sites.md §9. Studio's element names and ids come from several independent
// uploader scripts [V-3p]; Studio renders them in the light DOM (their XPath selectors reach inside),
// and only small leaf controls such as ytcp-button keep their inner <button> in a shadow root.
const sel = {
  uploads: 'ytcp-uploads-dialog',
  title: ['#title-textarea #textbox', '#title-textarea [contenteditable]'],
  description: ['#description-textarea #textbox', '#description-textarea [contenteditable]'],
  videoLink: ['a.ytcp-video-info[href]', '.video-url-fadeable a[href]', '#share-url[href]', 'a[href*="youtu.be/"]', 'a[href*="/shorts/"]'],
  visibility: ['PUBLIC', 'UNLISTED', 'PRIVATE'].map((name) => `tp-yt-paper-radio-button[name="${name}"]`).join(', '),
  schedule: ['#schedule-radio-button', 'tp-yt-paper-radio-button[name="SCHEDULE"]'],
  shared: 'ytcp-video-share-dialog',
  processing: 'ytcp-uploads-still-processing-dialog',
  progress: '.progress-label',
  paperDialog: 'tp-yt-paper-dialog',
  channel: ['ytcp-navigation-drawer #entity-name', '#entity-label-container #entity-name'],
} as const;

type Visibility = 'public' | 'unlisted' | 'private' | 'scheduled';

/** Closed Studio dialogs stay in the DOM: hidden, aria-hidden or display:none mark them closed. */
function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')
  );
}

function isShown(host: Element | null): host is Element {
  if (!host || isHidden(host)) return false;
  const dialogs = [...host.querySelectorAll(sel.paperDialog)];
  return dialogs.length === 0 || dialogs.some((dialog) => !isHidden(dialog));
}

/** A contenteditable box's text with its line breaks (<br>, or one <div> a line), which textContent drops. */
function boxText(box: Element | null): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeName === 'BR') out += '\n';
      else if (child.nodeType === 1) {
        // Chromium's editor puts each new line in its own <div> after the first line's text.
        const block = child.nodeName === 'DIV' || child.nodeName === 'P';
        if (block && out && !out.endsWith('\n')) out += '\n';
        walk(child);
        if (block) out += '\n';
      }
    }
  };
  if (box) walk(box);
  return out.replace(/[^\S\n]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

const isChecked = (el: Element) => el.hasAttribute('checked') || el.getAttribute('aria-checked') === 'true';

function visibilityOf(dialog: Element): Visibility | undefined {
  const scheduled = first(dialog, sel.schedule);
  if (scheduled && isChecked(scheduled)) return 'scheduled';
  const chosen = [...dialog.querySelectorAll(sel.visibility)].find(isChecked);
  return chosen?.getAttribute('name')?.toLowerCase() as Visibility | undefined;
}

function linkedVideo(root: Element) {
  for (const selector of sel.videoLink) {
    for (const link of root.querySelectorAll(selector)) {
      const found = youtubeVideoId(link.getAttribute('href'));
      if (found) return found;
    }
  }
  return undefined;
}

/** Bytes still going up: Studio's progress line shows a percentage below 100 ("Uploading 45%"). */
function stillUploading(root: Element): boolean {
  return [...root.querySelectorAll(sel.progress)].some((label) =>
    [...textOf(label).matchAll(/(\d{1,3})\s*%/g)].some((match) => Number(match[1]) < 100),
  );
}

/**
 * The visible answer to Publish: the share dialog ("Video published", with the link), or the
 * still-processing notice once the upload itself is complete (Studio publishes when processing ends).
 */
function confirmation(doc: Document): Element | undefined {
  const shared = doc.querySelector(sel.shared);
  if (isShown(shared)) return shared;
  const processing = doc.querySelector(sel.processing);
  if (isShown(processing) && !stillUploading(processing)) return processing;
  return undefined;
}

export const detector = /* @__PURE__ */ detectPublish(site, {
  publishIntent: 'ytcp-uploads-dialog #done-button',

  // Studio is one app: its dialogs open without a page load, so every Studio page may publish.
  detect: (_doc, url) => url.hostname === 'studio.youtube.com',
});

export default /* @__PURE__ */ definePublish(detector, {
  // Nothing to list: a video is captured when it is published, or saved from its public watch page.

  currentUser(doc) {
    const channel = textOf(first(doc, sel.channel));
    return channel ? { handle: channel } : null;
  },

  /**
   * Public and unlisted videos (and scheduled ones, which go public by themselves) are captured;
   * a private video is not a public contribution. The id, title, description and visibility are
   * read from the uploads dialog, which stays in the DOM under the share dialog; a confirmation that
   * shows another video's link, or a visibility that cannot be read, captures nothing.
   */
  confirmPublish(doc) {
    const shown = confirmation(doc);
    const dialog = doc.querySelector(sel.uploads);
    if (!shown || !dialog) return null;
    const uploadId = dialog.getAttribute('video-id');
    const linked = linkedVideo(dialog);
    const video = uploadId && VIDEO_ID.test(uploadId) ? { id: uploadId, short: linked?.short ?? false } : linked;
    const confirmed = linkedVideo(shown);
    if (!video || (confirmed && confirmed.id !== video.id)) return null;
    const visibility = visibilityOf(dialog);
    if (!visibility || visibility === 'private') return null;
    const title = textOf(first(dialog, sel.title));
    if (!title) return null;
    const description = boxText(first(dialog, sel.description));
    const tags = [
      ...(visibility === 'public' ? [] : [visibility]),
      ...(video.short || confirmed?.short ? ['short'] : []),
    ];
    return {
      url: watchUrl(video.id),
      title,
      excerpt: excerptOf(description),
      text: description || title,
      author: textOf(first(doc, sel.channel)) || undefined,
      own: true,
      ...(tags.length ? { tags } : {}),
    };
  },
});
