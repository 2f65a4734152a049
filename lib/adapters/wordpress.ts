import { definePublish, detectPublish, type CurrentUser, type Found } from './define';
import { attrOf, excerptOf, first, textOf, toIsoDate } from '../dom';
import { textOfHtml, webUrl } from './blog-page';
import { defineSite } from '../sites/define';

export const site = /* @__PURE__ */ defineSite({
  id: 'wordpress',
  name: 'WordPress',
  kind: 'blog-post',
  // wordpress.com runs the editor in a frame of the site's own wp-admin (calypsoify); self-hosted
  // blogs are granted at run time when the user adds them (lib/user-sites).
  matches: ['https://*.wordpress.com/wp-admin/post.php*', 'https://*.wordpress.com/wp-admin/post-new.php*'],
  frames: true,
});

// Markup facts: research/sites.md §7, checked against WordPress/gutenberg (post-publish panel and its
// jsdom snapshot, post-publish-button, notice-builder, Snackbar) and core's edit-form-advanced.php
// messages. The same editor runs self-hosted (added by the user) and inside wordpress.com's frame.
const sel = {
  blockEditor: ['body.block-editor-page', '.editor-editor-interface', '.edit-post-layout', '#editor.block-editor__container'],
  classicForm: 'form#post',
  panel: '.post-publish-panel__postpublish',
  panelLink: '.post-publish-panel__postpublish-header a[href]',
  panelTitle: ['.post-publish-panel__postpublish-header .components-external-link__contents', '.post-publish-panel__postpublish-header a'],
  panelAddress: '.post-publish-panel__postpublish-post-address input',
  // "View Post" sits here only when the post is live; a scheduled post has none.
  panelButtons: '.post-publish-panel__postpublish-buttons a[href]',
  snackbarLink: '.components-snackbar .components-snackbar__action[href]',
  // Shown by older editors once the post is live: the direct-publish path (pre-publish checks off).
  switchToDraft: '.editor-post-switch-to-draft',
  canvas: 'iframe[name="editor-canvas"]',
  title: ['.editor-post-title__input', 'h1.wp-block-post-title', '.editor-post-title'],
  paragraphs: '[data-type="core/paragraph"]',
  excerptField: ['.editor-post-excerpt textarea'],
  scripts: 'script:not([src])',
  me: ['#wp-admin-bar-my-account .display-name'],
  classic: {
    viewLink: ['#message a[href]', '#sample-permalink a[href]', '#view-post-btn a[href]'],
    title: 'input#title',
    excerpt: 'textarea#excerpt',
    content: 'textarea#content',
    author: 'input#post_author',
    user: 'input#user-id',
  },
} as const;

const EDITOR_PATH = /\/wp-admin\/post(?:-new)?\.php$/;
/** core's edit-form-advanced.php: 6 "Post published.", 1 and 4 "Post updated."; 9 scheduled, 7/10 drafts. */
const PUBLISHED_MESSAGE = '6';
const UPDATED_MESSAGES = new Set(['1', '4']);
const LIVE_STATUSES = new Set(['publish', 'private']);

/** The post as the server preloaded it for the editor: its state when the page loaded. */
interface PreloadedPost {
  status?: string;
  link?: string;
  author?: number;
  date_gmt?: string | null;
  title?: { raw?: string };
  excerpt?: { raw?: string };
}

/** The JSON object that starts at or after `from`, read with string escapes respected. */
function jsonObjectAt(text: string, from: number): unknown {
  const start = text.indexOf('{', from);
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; start >= 0 && i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth += 1;
    else if (ch === '}' && (depth -= 1) === 0) {
      try {
        return JSON.parse(text.slice(start, i + 1));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** wp.apiFetch.createPreloadingMiddleware({ "/wp/v2/posts/7?context=edit": { body: {...} } }) in the page. */
function preloadedPost(doc: Document): PreloadedPost | undefined {
  const call = 'createPreloadingMiddleware(';
  for (const script of doc.querySelectorAll(sel.scripts)) {
    const text = script.textContent ?? '';
    for (let at = text.indexOf(call); at >= 0; at = text.indexOf(call, at + call.length)) {
      const data = jsonObjectAt(text, at + call.length) as Record<string, { body?: PreloadedPost }> | undefined;
      const key = Object.keys(data ?? {}).find((path) => /^\/wp\/v2\/[\w-]+\/\d+\?(?:.*&)?context=edit\b/.test(path));
      if (key) return data![key]!.body;
    }
  }
  return undefined;
}

/** wp-admin's `userSettings` (utils.js) carries the logged-in user's id. */
function currentUserId(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll(sel.scripts)) {
    const uid = script.textContent?.match(/userSettings\s*=\s*\{[^}]*"uid"\s*:\s*"?(\d+)/)?.[1];
    if (uid) return uid;
  }
  return undefined;
}

function currentUser(doc: Document): CurrentUser | null {
  const id = currentUserId(doc) ?? attrOf(doc, [sel.classic.user], 'value');
  const handle = textOf(first(doc, sel.me)) || undefined;
  return id || handle ? { id, handle } : null;
}

/** The post's content lives in the editor canvas, an iframe of the same origin in recent editors. */
function canvases(doc: Document): Document[] {
  const inner = doc.querySelector<HTMLIFrameElement>(sel.canvas)?.contentDocument;
  return inner ? [inner, doc] : [doc];
}

function blockContent(doc: Document): { title: string; text: string; excerpt: string } {
  let title = '';
  let text = '';
  for (const canvas of canvases(doc)) {
    title ||= textOf(first(canvas, sel.title));
    text ||= [...canvas.querySelectorAll(sel.paragraphs)].map((p) => textOf(p)).filter(Boolean).join('\n');
  }
  const field = doc.querySelector<HTMLTextAreaElement>(sel.excerptField[0]);
  return { title, text, excerpt: excerptOf(field?.value || text) };
}

const isPreview = (href: string) => /[?&]preview(?:_id)?=/.test(href);

function draft(doc: Document, fields: { url: string; title: string; excerpt: string; text?: string; publishedAt?: string; refreshOnly?: boolean }): Found | null {
  if (!fields.title) return null;
  return {
    own: true,
    author: currentUser(doc)?.handle,
    ...fields,
  };
}

/** Classic editor: publishing redirects to post.php?post={id}&action=edit&message=6. */
function confirmClassic(doc: Document, url: URL): Found | null {
  const message = url.searchParams.get('message') ?? '';
  const refreshOnly = UPDATED_MESSAGES.has(message);
  if (message !== PUBLISHED_MESSAGE && !refreshOnly) return null;
  const author = attrOf(doc, [sel.classic.author], 'value');
  const user = attrOf(doc, [sel.classic.user], 'value');
  if (author && user && author !== user) return null; // an editor published someone else's post
  const link = webUrl(attrOf(doc, sel.classic.viewLink, 'href'), url.href);
  if (!link || isPreview(link)) return null;
  const excerptField = doc.querySelector<HTMLTextAreaElement>(sel.classic.excerpt)?.value.trim();
  const text = textOfHtml(doc.querySelector<HTMLTextAreaElement>(sel.classic.content)?.value ?? '');
  return draft(doc, {
    url: link,
    title: attrOf(doc, [sel.classic.title], 'value') ?? '',
    excerpt: excerptOf(excerptField || text),
    text: text || undefined,
    ...(refreshOnly ? { refreshOnly } : {}),
  });
}

/** Block editor: the post-publish panel on a first publish, a snackbar with the post's link after an update. */
function confirmBlock(doc: Document, url: URL): Found | null {
  const initial = preloadedPost(doc);
  const author = initial?.author?.toString();
  const user = currentUserId(doc);
  if (author && user && author !== user) return null; // an editor published someone else's post
  const content = blockContent(doc);
  const wasLive = LIVE_STATUSES.has(initial?.status ?? '');

  const panel = doc.querySelector(sel.panel);
  if (panel && !wasLive) {
    const link = webUrl(panel.querySelector(sel.panelLink)?.getAttribute('href') ?? attrOf(panel, [sel.panelAddress], 'value'), url.href);
    const live = [...panel.querySelectorAll(sel.panelButtons)].some((button) => webUrl(button.getAttribute('href'), url.href) === link);
    if (!link || !live) return null; // scheduled: not public yet
    return draft(doc, { url: link, title: textOf(first(panel, sel.panelTitle)) || content.title, excerpt: content.excerpt, text: content.text || undefined });
  }

  const link = webUrl(doc.querySelector(sel.snackbarLink)?.getAttribute('href'), url.href);
  if (!link || isPreview(link)) return null;
  const title = content.title || initial?.title?.raw || '';
  if (wasLive) {
    const excerpt = content.excerpt || excerptOf(initial?.excerpt?.raw ?? '');
    const publishedAt = initial?.date_gmt ? toIsoDate(initial.date_gmt) : undefined;
    return draft(doc, { url: link, title, excerpt, text: content.text || undefined, publishedAt, refreshOnly: true });
  }
  // Published directly (pre-publish checks switched off): the editor now offers "Switch to draft",
  // which it also offers on a scheduled post, still not public.
  if (initial?.status === 'future' || !doc.querySelector(sel.switchToDraft)) return null;
  return draft(doc, { url: link, title, excerpt: content.excerpt, text: content.text || undefined });
}

export const detector = /* @__PURE__ */ detectPublish(site, {
  // Panel "Publish" (pre-publish checks on), header "Publish" (checks off), "Update"/"Save" (live post).
  // Not the toggle that only opens the panel, nor Preview or Save draft.
  publishIntent: 'button.editor-post-publish-button, input#publish',

  detect: (doc, url) => EDITOR_PATH.test(url.pathname) && (first(doc, sel.blockEditor) !== null || doc.querySelector(sel.classicForm) !== null),
});

export default /* @__PURE__ */ definePublish(detector, {
  currentUser,

  confirmPublish(doc, url) {
    return doc.querySelector(sel.classicForm) ? confirmClassic(doc, url) : confirmBlock(doc, url);
  },
});
