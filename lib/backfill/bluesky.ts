import { z } from 'zod';
import { excerptOf } from '../dom';
import { titleOf } from '../adapters/post-page';
import type { Draft } from '../schema/contribution';
import { httpFailure } from './context';
import type { BlueskyInput } from './inputs';
import { checkPageItems } from './limits';
import { BackfillError, type Collected, type SourceContext } from './types';
import { formatDay, yearBounds } from './year';

// Bluesky's public AppView, no sign-in (docs.bsky.app: app.bsky.feed.getAuthorFeed): the author's
// posts newest first (by when the network indexed them), 100 a page, a `cursor` for the next;
// `posts_no_replies` leaves replies out but keeps the author's reposts, marked by `reason`.
const API = 'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed';
const PAGE_SIZE = 100;
const MAX_PAGES = 30;

const PostSchema = z.object({
  uri: z.string(),
  author: z.object({ did: z.string(), handle: z.string() }),
  record: z.object({ text: z.string().default(''), createdAt: z.string() }).loose(),
  indexedAt: z.string(),
  replyCount: z.number().int().nonnegative().optional(),
  repostCount: z.number().int().nonnegative().optional(),
  likeCount: z.number().int().nonnegative().optional(),
});
export type BlueskyPost = z.infer<typeof PostSchema>;

const ItemSchema = z.object({ post: PostSchema, reason: z.unknown().optional() });
const PageSchema = z.object({ feed: z.array(z.unknown()), cursor: z.string().optional() });

export function authorFeedUrl(input: BlueskyInput, cursor?: string): string {
  const base = `${API}?actor=${encodeURIComponent(input.actor)}&filter=posts_no_replies&limit=${PAGE_SIZE}`;
  return cursor ? `${base}&cursor=${encodeURIComponent(cursor)}` : base;
}

/** One post of the year → a social post, linked as bsky.app shows it (lib/adapters/bluesky.ts). */
export function blueskyDraft(post: BlueskyPost): Draft | undefined {
  const key = post.uri.match(/^at:\/\/[^/]+\/app\.bsky\.feed\.post\/([a-z0-9]+)$/i)?.[1];
  if (!key) return undefined;
  const publishedAt = new Date(post.record.createdAt).toISOString();
  return {
    kind: 'social-post',
    platform: 'bluesky',
    url: `https://bsky.app/profile/${post.author.handle}/post/${key}`,
    title: titleOf(post.record.text) || `Post of ${formatDay(publishedAt)}`,
    excerpt: excerptOf(post.record.text),
    publishedAt,
    author: post.author.handle,
    own: true,
    source: 'backfill',
    // Likes are votes and replies comments, as on the captured page; reposts have no counter in an entry.
    metrics: { votes: post.likeCount, comments: post.replyCount },
  };
}

/** The AppView names what is wrong in its 400 reply ("Profile not found"). */
async function failure(response: Response, url: string, input: BlueskyInput): Promise<BackfillError> {
  if (response.status === 400) {
    const reply = z.object({ message: z.string() }).safeParse(await response.json().catch(() => undefined));
    return new BackfillError(`Bluesky could not read the posts of ${input.actor}${reply.success ? ` (${reply.data.message})` : ''}. Check the handle.`);
  }
  return httpFailure(response, url, `the posts of ${input.actor}`);
}

export async function collectBluesky(input: BlueskyInput, ctx: SourceContext): Promise<Collected> {
  const out: Collected = { drafts: [], rejected: [], otherYears: 0, warnings: [] };
  const { start, end } = yearBounds(ctx.year);
  let cursor: string | undefined;
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const url = authorFeedUrl(input, cursor);
    const response = await ctx.get(url, 'application/json');
    if (!response.ok) throw await failure(response, url, input);
    const reply = PageSchema.safeParse(await response.json().catch(() => undefined));
    if (!reply.success) throw new BackfillError('Bluesky answered in an unexpected shape. Nothing was imported.');
    checkPageItems(reply.data.feed.length, url);
    for (const raw of reply.data.feed) {
      const item = ItemSchema.safeParse(raw);
      // A repost is someone else's post; a pin repeats one of the author's.
      if (!item.success || item.data.reason !== undefined) continue;
      const { post } = item.data;
      // The feed is ordered by indexing time; the post's own date (which an app may set) decides its year.
      if (Date.parse(post.indexedAt) < start.getTime()) return out;
      const created = Date.parse(post.record.createdAt);
      if (Number.isNaN(created) || created < start.getTime() || created >= end.getTime()) {
        out.otherYears += 1;
        continue;
      }
      const draft = blueskyDraft(post);
      if (draft) out.drafts.push(draft);
      else out.rejected.push({ title: titleOf(post.record.text) || post.uri, reason: 'Not a Bluesky post address.' });
    }
    ctx.progress(`Reading the posts of ${input.actor} (page ${page})`, out.drafts.length);
    if (!reply.data.cursor || reply.data.cursor === cursor || reply.data.feed.length === 0) return out;
    cursor = reply.data.cursor;
  }
  out.warnings.push(`Stopped after ${MAX_PAGES * PAGE_SIZE} posts: older posts of ${ctx.year} were not read.`);
  return out;
}
