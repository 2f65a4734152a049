import { parseFeed, type AtomFeed } from 'feedsmith';
import type { Draft } from '../schema/contribution';
import { excerptOf } from '../dom';
import { httpFailure } from './context';
import { feedDate } from './dates';
import { plainTitle } from './text';
import type { YouTubeInput } from './inputs';
import { BackfillError, type Collected, type SourceContext } from './types';
import { formatDay, inYear } from './year';

/** The channel's public upload feed: Atom with yt: and media: namespaces, the latest 15 uploads. */
export const channelFeedUrl = (channelId: string) => `https://www.youtube.com/feeds/videos.xml?channel_id=${channelId}`;
const FEED_SIZE = 15;

/** Watch URLs are the videos' permalinks; shorts and youtu.be links point at the same id. */
export const watchUrl = (videoId: string) => `https://www.youtube.com/watch?v=${videoId}`;

const videoIdOf = (entry: AtomFeed.Entry<string>): string | undefined =>
  entry.yt?.videoId ?? entry.id?.match(/^yt:video:([\w-]{11})$/)?.[1];

/** The upload feed → drafts of the year. Pure. */
export function videoDrafts(text: string, year: number): Collected & { entries: number; oldest?: string } {
  let feed: AtomFeed.Feed<string>;
  try {
    const parsed = parseFeed(text);
    if (parsed.format !== 'atom') throw new Error(`a ${parsed.format} feed`);
    feed = parsed.feed;
  } catch (error) {
    throw new BackfillError(`YouTube sent something that is not the channel’s video feed (${error instanceof Error ? error.message : String(error)}).`);
  }
  const out: Collected & { entries: number; oldest?: string } = { drafts: [], rejected: [], otherYears: 0, warnings: [], entries: 0 };
  for (const entry of feed.entries ?? []) {
    out.entries += 1;
    const group = entry.media?.groups?.[0];
    const title = plainTitle(entry.title?.value ?? group?.title?.value);
    const videoId = videoIdOf(entry);
    const publishedAt = feedDate(entry.published);
    if (publishedAt && (!out.oldest || publishedAt < out.oldest)) out.oldest = publishedAt;
    if (!videoId) {
      out.rejected.push({ title: title || '(untitled)', reason: 'The feed gives no video id for it.' });
      continue;
    }
    if (!publishedAt) {
      out.rejected.push({ title: title || videoId, url: watchUrl(videoId), reason: 'The feed gives no publication date for it.' });
      continue;
    }
    if (!inYear(publishedAt, year)) {
      out.otherYears += 1;
      continue;
    }
    const views = group?.community?.statistics?.views;
    const draft: Draft = {
      kind: 'video',
      // The YouTube adapter's id (lib/adapters/youtube-studio.ts): imported and captured videos are one site.
      platform: 'youtube-studio',
      url: watchUrl(videoId),
      title,
      excerpt: excerptOf(group?.description?.value ?? ''),
      publishedAt,
      author: entry.authors?.[0]?.name ?? feed.authors?.[0]?.name,
      own: true,
      source: 'backfill',
      metrics: Number.isInteger(views) ? { views } : undefined,
    };
    out.drafts.push(draft);
  }
  return out;
}

/**
 * A channel page names its id in the canonical link, og:url and itemprop=identifier [I: confirm
 * on a live channel page; a consent page in some regions has none of them].
 */
export function channelIdFromPage(html: string): string | undefined {
  const patterns = [
    /<link[^>]+rel="canonical"[^>]+href="https:\/\/www\.youtube\.com\/channel\/(UC[\w-]{22})"/,
    /<meta[^>]+property="og:url"[^>]+content="https:\/\/www\.youtube\.com\/channel\/(UC[\w-]{22})"/,
    /<meta[^>]+itemprop="identifier"[^>]+content="(UC[\w-]{22})"/,
    /"externalId":"(UC[\w-]{22})"/,
  ];
  for (const pattern of patterns) {
    const id = html.match(pattern)?.[1];
    if (id) return id;
  }
  return undefined;
}

async function resolveChannel(input: YouTubeInput, ctx: SourceContext): Promise<string> {
  if ('channelId' in input) return input.channelId;
  const url = `https://www.youtube.com/@${encodeURIComponent(input.handle)}`;
  ctx.progress(`Looking up the channel @${input.handle}`);
  const response = await ctx.get(url, 'text/html');
  if (!response.ok) throw httpFailure(response, url, `The channel @${input.handle}`);
  const id = channelIdFromPage(await response.text());
  if (!id) {
    throw new BackfillError(
      `The page of @${input.handle} did not name its channel id. Paste the id instead (it starts with UC; on the channel: About → Share channel → Copy channel ID).`,
    );
  }
  return id;
}

export async function collectYouTube(input: YouTubeInput, ctx: SourceContext): Promise<Collected> {
  const channelId = await resolveChannel(input, ctx);
  const url = channelFeedUrl(channelId);
  const response = await ctx.get(url, 'application/atom+xml');
  if (!response.ok) throw httpFailure(response, url, `The YouTube channel ${channelId}`);
  const result = videoDrafts(await response.text(), ctx.year);
  ctx.progress('Read the channel’s upload feed', result.drafts.length);
  if (result.entries >= FEED_SIZE && result.oldest && inYear(result.oldest, ctx.year)) {
    result.warnings.push(
      `YouTube’s channel feed lists only the latest ${FEED_SIZE} uploads: videos of ${ctx.year} before ${formatDay(result.oldest)} are not in it. Save older ones from their pages.`,
    );
  }
  const { drafts, rejected, otherYears, warnings } = result;
  return { drafts, rejected, otherYears, warnings };
}
