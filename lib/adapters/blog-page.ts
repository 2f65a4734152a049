/** Small readers shared by the blog adapters (lib/adapters/blogs.ts). Pure; they run in the content script. */
import { toIsoDate } from '../dom';
import { canonicalLink, jsonLd, ldOfType, ldText, metaTag, ogTag } from '../structured/read';

const ARTICLE_TYPES = ['BlogPosting', 'NewsArticle', 'TechArticle', 'Article'];

/** What a published post's own page says about it: structured data first, then OpenGraph. */
export interface ArticleFacts {
  title?: string;
  url?: string;
  publishedAt?: string;
  author?: string;
  description?: string;
}

/** The article's JSON-LD node only: the full mainItem (microdata, every type) is more than blog pages need in their content script. */
export function articleFacts(doc: Document): ArticleFacts {
  const node = ldOfType(jsonLd(doc), ...ARTICLE_TYPES);
  return {
    title: ldText(node?.headline) ?? ldText(node?.name) ?? ogTag(doc, 'title'),
    url: ldText(node?.url) ?? ogTag(doc, 'url') ?? canonicalLink(doc),
    publishedAt: toIsoDate(ldText(node?.datePublished) ?? metaTag(doc, 'article:published_time')),
    author: ldText(node?.author) ?? metaTag(doc, 'author'),
    description: ldText(node?.description) ?? ogTag(doc, 'description') ?? metaTag(doc, 'description'),
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
