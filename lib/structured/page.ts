import type { Draft, Kind } from '../schema/contribution';
import { excerptOf, textOf, toIsoDate } from '../dom';
import { sameSite } from '../url';
import { mainItem } from './item';
import { readStructured } from './read';

/** The text that is evidence of what was saved: the article, or the page's main content. */
const MAIN_CONTENT = ['[itemprop~="articleBody"]', 'article', 'main', '[role="main"]', 'body'];
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'NAV', 'FOOTER']);
const TEXT_LIMIT = 20_000;

function kindFromOpenGraph(type: string | undefined): Kind {
  if (type?.startsWith('video')) return 'video';
  if (type === 'article') return 'blog-post';
  if (type === 'book' || type?.startsWith('books.')) return 'book';
  return 'other';
}

/** Visible text of the main content, without scripts, styles or navigation; bounded. */
export function pageText(doc: Document): string {
  const root = MAIN_CONTENT.map((selector) => doc.querySelector(selector)).find(Boolean);
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (length > TEXT_LIMIT) return;
      if (child.nodeType === 3) {
        const text = child.nodeValue?.trim();
        if (text) {
          parts.push(text);
          length += text.length + 1;
        }
      } else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).tagName.toUpperCase()) && !(child as Element).hasAttribute('hidden')) {
        walk(child);
      }
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').slice(0, TEXT_LIMIT);
}

/**
 * The page's own address for the entry: og:url, the canonical link or the structured data's url when
 * they stay on the page's site (host, with or without www.), else the address itself. A page may
 * not name another site's URL, or saving it would store an entry for a page the user never saved.
 */
function firstWebUrl(candidates: (string | undefined)[], base: URL): string {
  for (const candidate of candidates) {
    try {
      const url = candidate ? new URL(candidate, base) : undefined;
      if (url && (url.protocol === 'https:' || url.protocol === 'http:') && sameSite(url, base)) return url.href;
    } catch {
      // An unparsable candidate is skipped; the page's own address always remains.
    }
  }
  return base.href;
}

/**
 * A draft for any page from its structured data, the kind from its schema type: backs "Save this page"
 * (entrypoints/extract-page.ts) on sites no adapter knows.
 */
export function extractPage(doc: Document, pageUrl: URL): Draft {
  const data = readStructured(doc);
  const found = mainItem(data);
  const url = firstWebUrl([data.og.url, data.canonical, found?.url], pageUrl);
  const title = found?.title ?? data.og.title ?? data.meta.get('twitter:title') ?? (textOf(doc.querySelector('title')) || pageUrl.hostname);
  const text = pageText(doc);
  const description = found?.description ?? data.og.description ?? data.meta.get('description') ?? '';
  const author = found?.author ?? data.og.author ?? data.meta.get('author');
  return {
    kind: found?.kind ?? kindFromOpenGraph(data.og.type),
    platform: 'generic',
    url,
    title: title.slice(0, 500),
    excerpt: excerptOf(description || text),
    text: text || description || undefined,
    publishedAt: toIsoDate(found?.date ?? data.og.publishedTime),
    author: author?.slice(0, 200),
    own: true,
    source: 'one-click',
  };
}
