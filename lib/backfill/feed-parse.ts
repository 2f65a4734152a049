import { parseFeed, type AnyFeed, type AtomFeed } from 'feedsmith';
import { excerptOf } from '../dom';
import { feedDate } from './dates';
import { excerptOfHtml, htmlToText, plainTitle } from './text';
import { BackfillError } from './types';

/** One post of a feed, whatever the format it came in. */
export interface FeedEntry {
  title: string;
  url?: string;
  publishedAt?: string;
  excerpt: string;
  author?: string;
}

export interface ParsedFeed {
  format: AnyFeed['format'];
  title: string;
  entries: FeedEntry[];
  /** RFC 5005 `rel="next"` page, absolute. */
  next?: string;
  /** The feed's <generator>, e.g. "https://wordpress.org/?v=6.8.3", "Ghost 5.96", "Blogger". */
  generator: string;
  /** WordPress pages its feeds with `?paged=N` without announcing it. */
  wordpress: boolean;
}

const absolute = (href: string | undefined, base: string): string | undefined => {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/** Atom text constructs say whether they hold text, HTML or XHTML (RFC 4287 §3.1). */
const atomText = (text: AtomFeed.Text | AtomFeed.Content | undefined): string => {
  if (!text?.value) return '';
  return text.type === 'html' || text.type === 'xhtml' ? htmlToText(text.value) : plainTitle(text.value);
};

const atomExcerpt = (entry: AtomFeed.Entry<string>): string => {
  const source = entry.summary ?? entry.content;
  if (!source?.value) return '';
  return source.type === 'html' || source.type === 'xhtml' ? excerptOfHtml(source.value) : excerptOf(source.value);
};

/** An untitled RSS item (allowed by RSS 2.0) is named by the start of its text. */
const titleOr = (title: string, excerpt: string) => title || excerpt.slice(0, 100);

function atomLink(links: AtomFeed.Link<string>[] | undefined, base: string): string | undefined {
  const alternate =
    links?.find((link) => (!link.rel || link.rel === 'alternate') && (!link.type || link.type.includes('html'))) ??
    links?.find((link) => !link.rel || link.rel === 'alternate');
  return absolute(alternate?.href, base);
}

const nextOf = (links: { href?: string; rel?: string }[] | undefined, base: string) =>
  absolute(links?.find((link) => link.rel === 'next')?.href, base);

function fromFeed(parsed: AnyFeed, base: string): ParsedFeed {
  switch (parsed.format) {
    case 'rss': {
      const { feed } = parsed;
      return {
        format: 'rss',
        title: plainTitle(feed.title),
        next: nextOf(feed.atom?.links, base),
        generator: feed.generator ?? '',
        wordpress: /wordpress\.(org|com)/i.test(feed.generator ?? ''),
        entries: (feed.items ?? []).map((item) => {
          const excerpt = excerptOfHtml(item.description ?? item.content?.encoded);
          const guid = item.guid?.isPermaLink === false ? undefined : item.guid?.value;
          return {
            title: titleOr(plainTitle(item.title), excerpt),
            url: absolute(item.link, base) ?? absolute(guid, base),
            publishedAt: feedDate(item.pubDate) ?? feedDate(item.dc?.dates?.[0]),
            excerpt,
            author: item.authors?.[0]?.name ?? item.dc?.creators?.[0],
          };
        }),
      };
    }
    case 'atom': {
      const { feed } = parsed;
      const generator = `${feed.generator?.text ?? ''} ${feed.generator?.uri ?? ''}`;
      return {
        format: 'atom',
        title: atomText(feed.title),
        next: nextOf(feed.links, base),
        generator: generator.trim(),
        wordpress: /wordpress/i.test(generator),
        entries: (feed.entries ?? []).map((entry) => ({
          title: atomText(entry.title),
          url: atomLink(entry.links, base) ?? absolute(entry.id, base),
          // Atom requires only `updated`; a post without `published` is dated by it.
          publishedAt: feedDate(entry.published) ?? feedDate(entry.dc?.dates?.[0]) ?? feedDate(entry.updated),
          excerpt: atomExcerpt(entry),
          author: entry.authors?.[0]?.name ?? feed.authors?.[0]?.name,
        })),
      };
    }
    case 'rdf': {
      const { feed } = parsed;
      return {
        format: 'rdf',
        title: plainTitle(feed.title),
        generator: '',
        wordpress: false,
        entries: (feed.items ?? []).map((item) => {
          const excerpt = excerptOfHtml(item.description);
          return {
            title: titleOr(plainTitle(item.title), excerpt),
            url: absolute(item.link, base),
            publishedAt: feedDate(item.dc?.dates?.[0]),
            excerpt,
            author: item.dc?.creators?.[0],
          };
        }),
      };
    }
    case 'json': {
      const { feed } = parsed;
      return {
        format: 'json',
        title: plainTitle(feed.title),
        next: absolute(feed.next_url, base),
        generator: '',
        wordpress: false,
        entries: (feed.items ?? []).map((item) => {
          const excerpt = excerptOf(item.summary ?? item.content_text ?? '') || excerptOfHtml(item.content_html);
          return {
            title: titleOr(plainTitle(item.title), excerpt),
            url: absolute(item.url, base) ?? absolute(item.external_url, base),
            publishedAt: feedDate(item.date_published) ?? feedDate(item.date_modified),
            excerpt,
            author: item.authors?.[0]?.name ?? feed.authors?.[0]?.name,
          };
        }),
      };
    }
  }
}

/**
 * Reads RSS 0.9x/2.0, Atom 0.3/1.0, RDF and JSON Feed with feedsmith, which also reads the
 * namespaces blogs use (dc:date, content:encoded, media:group, yt:videoId) and tolerates the
 * small well-formedness slips of real feeds (a bare "&") that make an XML DOMParser give up.
 */
export function parseFeedText(text: string, feedUrl: string): ParsedFeed {
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const looksHtml = /^\s*(<!doctype html|<html)/i.test(text);
    throw new BackfillError(
      looksHtml
        ? `${feedUrl} is a web page, not a feed. Use the address of its RSS or Atom feed (often /feed, /rss or /atom.xml).`
        : `${feedUrl} is not a readable RSS, Atom or JSON feed (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return fromFeed(parsed, feedUrl);
}
