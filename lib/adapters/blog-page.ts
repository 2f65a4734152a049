/** Small readers shared by the blog adapters (lib/adapters/blogs.ts). Pure; they run in the content script. */
import { toIsoDate } from '../dom';
import { ARTICLE_TYPES, mainItem } from '../structured/item';
import { readStructured } from '../structured/read';

/** What a published post's own page says about it: structured data first, then OpenGraph. */
export interface ArticleFacts {
  title?: string;
  url?: string;
  publishedAt?: string;
  author?: string;
  description?: string;
}

export function articleFacts(doc: Document): ArticleFacts {
  const data = readStructured(doc);
  const item = mainItem(data, ARTICLE_TYPES);
  return {
    title: item?.title ?? data.og.title,
    url: item?.url ?? data.og.url ?? data.canonical,
    publishedAt: toIsoDate(item?.date ?? data.og.publishedTime),
    author: item?.author ?? data.meta.get('author'),
    description: item?.description ?? data.og.description ?? data.meta.get('description'),
  };
}

/** An absolute http(s) link, or undefined: editors' links are page data, never trusted as-is. */
export function webUrl(raw: string | null | undefined, base: string): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The readable text of an HTML string (a classic editor's textarea), parsed inertly: no script runs. */
export function textOfHtml(html: string): string {
  return (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
