import { sites } from '../sites';
import type { Draft } from '../schema/contribution';
import { httpFailure } from './context';
import { checkPageItems } from './limits';
import { parseFeedText, type FeedEntry } from './feed-parse';
import type { FeedInput } from './inputs';
import type { Collected, SourceContext } from './types';
import { formatDay, inYear, yearBounds } from './year';

/** A year of weekly posts at ten a page; beyond that the feed is not the way to backfill. */
const MAX_PAGES = 30;
const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** WordPress serves older posts at ?paged=N of the same feed (it does not link them). */
export function wordpressPage(feedUrl: string, page: number): string {
  const url = new URL(feedUrl);
  url.searchParams.set('paged', String(page));
  return url.href;
}

/** Blog platforms we also capture on, known by the feed's host or its generator. */
const PLATFORM_SIGNS: { id: string; host?: RegExp; generator?: RegExp }[] = [
  { id: 'medium', host: /(^|\.)medium\.com$/, generator: /^medium$/i },
  { id: 'blogger', host: /\.blogspot\.com$/, generator: /^blogger$/i },
  { id: 'dev-to', host: /^dev\.to$/ },
  { id: 'hashnode', host: /\.hashnode\.dev$/, generator: /hashnode/i },
  { id: 'wordpress', host: /\.wordpress\.com$/, generator: /wordpress\.(org|com)/i },
  { id: 'ghost', generator: /^ghost\b/i },
];

/**
 * The entry's platform: the capture adapter's id when the blog is on a platform we capture on, so
 * imported and captured posts count as one site; "blog" for any other.
 */
export function feedPlatform(feedUrl: string, generator: string): string {
  const { hostname } = new URL(feedUrl);
  const sign = PLATFORM_SIGNS.find((candidate) => candidate.host?.test(hostname) || candidate.generator?.test(generator.trim()));
  return sign && sites.some((site) => site.id === sign.id) ? sign.id : 'blog';
}

/** Feed entries → drafts of the year, with what was left out and why. Pure. */
export function feedDrafts(entries: readonly FeedEntry[], input: FeedInput, year: number, platform = 'blog'): Collected {
  const out: Collected = { drafts: [], rejected: [], otherYears: 0, warnings: [] };
  const wanted = input.author.trim().toLowerCase();
  for (const entry of entries) {
    const title = entry.title || entry.url || '(untitled)';
    if (!entry.publishedAt) {
      out.rejected.push({ title, url: entry.url, reason: 'The feed gives no publication date for it.' });
      continue;
    }
    if (!inYear(entry.publishedAt, year)) {
      out.otherYears += 1;
      continue;
    }
    if (!entry.url) {
      out.rejected.push({ title, reason: 'The feed gives no link to it.' });
      continue;
    }
    if (wanted && !entry.author?.toLowerCase().includes(wanted)) {
      out.rejected.push({ title, url: entry.url, reason: `Written by ${entry.author ?? 'an unnamed author'}, not ${input.author.trim()}.` });
      continue;
    }
    const draft: Draft = {
      kind: 'blog-post',
      platform,
      url: entry.url,
      title: entry.title,
      excerpt: entry.excerpt,
      publishedAt: entry.publishedAt,
      author: entry.author,
      own: true,
      source: 'backfill',
    };
    out.drafts.push(draft);
  }
  return out;
}

/**
 * Reads the feed and its older pages (RFC 5005 `rel="next"`, or WordPress's `?paged=N`) until a
 * page starts before the year, the pages run out, or a page brings nothing new.
 */
export async function collectFeed(input: FeedInput, ctx: SourceContext): Promise<Collected> {
  const { start } = yearBounds(ctx.year);
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  let url: string | undefined = input.url;
  let pages = 0;
  let reachedBefore = false;
  let elsewhere: string | undefined;
  let generator = '';

  while (url && pages < MAX_PAGES) {
    const response = await ctx.get(url, ACCEPT);
    // Past the last page WordPress answers 404: the end of the feed, not a failure.
    if (!response.ok && pages > 0 && (response.status === 404 || response.status === 410)) break;
    if (!response.ok) throw httpFailure(response, url, 'The feed');
    const feed = parseFeedText(await response.text(), url);
    checkPageItems(feed.entries.length, url);
    generator ||= feed.generator;
    pages += 1;
    const fresh = feed.entries.filter((entry) => {
      const key = entry.url ?? `${entry.title}|${entry.publishedAt}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    entries.push(...fresh);
    const found = entries.filter((entry) => entry.publishedAt && inYear(entry.publishedAt, ctx.year)).length;
    ctx.progress(`Read page ${pages} of “${feed.title || input.url}”`, found);
    if (fresh.length === 0) break;
    const dated = fresh.flatMap((entry) => (entry.publishedAt ? [Date.parse(entry.publishedAt)] : []));
    if (dated.length && Math.min(...dated) < start.getTime()) {
      reachedBefore = true;
      break;
    }
    const next: string | undefined = feed.next ?? (feed.wordpress ? wordpressPage(input.url, pages + 1) : undefined);
    if (next && new URL(next).origin !== new URL(url).origin && !(await ctx.allowed(next))) {
      elsewhere = new URL(next).host;
      break;
    }
    url = next;
  }

  const result = feedDrafts(entries, input, ctx.year, feedPlatform(input.url, generator));
  const oldest = entries
    .flatMap((entry) => (entry.publishedAt ? [entry.publishedAt] : []))
    .sort()[0];
  if (!reachedBefore && oldest && inYear(oldest, ctx.year)) {
    const from = formatDay(oldest);
    result.warnings.push(
      elsewhere
        ? `The feed’s older pages are on ${elsewhere}, which the extension was not allowed to read: posts of ${ctx.year} before ${from} were not imported.`
        : pages >= MAX_PAGES
          ? `Stopped after ${MAX_PAGES} pages of the feed: posts of ${ctx.year} before ${from} were not read.`
          : `The feed only goes back to ${from}; earlier posts of ${ctx.year} are not in it. Many feeds list only the latest 10–20 posts: save older ones from their pages.`,
    );
  }
  return result;
}
