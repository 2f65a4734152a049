/** Small readers shared by the blog adapters (lib/adapters/blogs.ts). Pure; they run in the content script. */
import { attrOf, hasType, jsonLd, metaContent, toIsoDate } from '../dom';

const ARTICLE_TYPES = ['BlogPosting', 'NewsArticle', 'TechArticle', 'Article'];

/** What a published post's own page says about it: structured data first, then OpenGraph. */
export interface ArticleFacts {
  title?: string;
  url?: string;
  publishedAt?: string;
  author?: string;
  description?: string;
}

const str = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') return str((value as Record<string, unknown>).name);
  return undefined;
};

export function articleFacts(doc: Document): ArticleFacts {
  const node = jsonLd(doc).find((candidate) => ARTICLE_TYPES.some((type) => hasType(candidate, type)));
  return {
    title: str(node?.headline) ?? str(node?.name) ?? metaContent(doc, 'og:title'),
    url: str(node?.url) ?? metaContent(doc, 'og:url') ?? attrOf(doc, ['link[rel="canonical"]'], 'href'),
    publishedAt: toIsoDate(str(node?.datePublished) ?? metaContent(doc, 'article:published_time')),
    author: str(node?.author) ?? metaContent(doc, 'author'),
    description: str(node?.description) ?? metaContent(doc, 'og:description') ?? metaContent(doc, 'description'),
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
