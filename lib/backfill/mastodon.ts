import { z } from 'zod';
import { excerptOf } from '../dom';
import { htmlText, titleOf } from '../adapters/post-page';
import type { Draft } from '../schema/contribution';
import { httpFailure } from './context';
import type { MastodonInput } from './inputs';
import { checkPageItems } from './limits';
import { BackfillError, type Collected, type SourceContext } from './types';
import { formatDay, yearBounds } from './year';

// Mastodon's public REST API, no sign-in (docs.joinmastodon.org/methods/accounts): `accounts/lookup`
// turns user@instance into the account id; `accounts/:id/statuses` lists its statuses newest first,
// at most 40 a page, the next page asked with `max_id` = the last id seen.
const PAGE_SIZE = 40;
/** A year of posts rarely passes a few hundred; this bounds a server that never stops paging. */
const MAX_PAGES = 60;

const AccountSchema = z.object({ id: z.string(), acct: z.string(), url: z.string().optional() });

const StatusSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  url: z.string().nullable().optional(),
  content: z.string().default(''),
  spoiler_text: z.string().default(''),
  in_reply_to_id: z.string().nullable().optional(),
  reblog: z.unknown().nullable().optional(),
  replies_count: z.number().int().nonnegative().optional(),
  reblogs_count: z.number().int().nonnegative().optional(),
  favourites_count: z.number().int().nonnegative().optional(),
});
export type MastodonStatus = z.infer<typeof StatusSchema>;

export const lookupUrl = (input: MastodonInput) => `https://${input.instance}/api/v1/accounts/lookup?acct=${encodeURIComponent(input.user)}`;

export function statusesUrl(input: MastodonInput, accountId: string, maxId?: string): string {
  const base = `https://${input.instance}/api/v1/accounts/${encodeURIComponent(accountId)}/statuses?exclude_replies=true&exclude_reblogs=true&limit=${PAGE_SIZE}`;
  return maxId ? `${base}&max_id=${encodeURIComponent(maxId)}` : base;
}

/** One status of the year → a social post, as the capture on its page would save it (lib/adapters/mastodon.ts). */
export function mastodonDraft(status: MastodonStatus, author: string): Draft | undefined {
  if (!status.url || !/^https:\/\//.test(status.url)) return undefined;
  const text = htmlText(status.content);
  const publishedAt = new Date(status.created_at).toISOString();
  return {
    kind: 'social-post',
    platform: 'mastodon',
    url: status.url,
    title: titleOf(text) || titleOf(status.spoiler_text) || `Post of ${formatDay(publishedAt)}`,
    excerpt: excerptOf(text),
    publishedAt,
    author,
    own: true,
    source: 'backfill',
    // Likes are votes and replies comments, as on the captured page; boosts have no counter in an entry.
    metrics: { votes: status.favourites_count, comments: status.replies_count },
  };
}

export async function collectMastodon(input: MastodonInput, ctx: SourceContext): Promise<Collected> {
  const out: Collected = { drafts: [], rejected: [], otherYears: 0, warnings: [] };
  const { start, end } = yearBounds(ctx.year);
  ctx.progress(`Looking up @${input.user}@${input.instance}`);
  const lookup = lookupUrl(input);
  const found = await ctx.get(lookup, 'application/json');
  if (!found.ok) throw httpFailure(found, lookup, `the account @${input.user}@${input.instance}`);
  const account = AccountSchema.safeParse(await found.json().catch(() => undefined));
  if (!account.success) throw new BackfillError(`${input.instance} answered in an unexpected shape: is it a Mastodon server? Nothing was imported.`);
  const author = account.data.acct.includes('@') ? account.data.acct : `${account.data.acct}@${input.instance}`;

  let maxId: string | undefined;
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const url = statusesUrl(input, account.data.id, maxId);
    const response = await ctx.get(url, 'application/json');
    if (!response.ok) throw httpFailure(response, url, `the posts of @${author}`);
    const items = z.array(z.unknown()).safeParse(await response.json().catch(() => undefined));
    if (!items.success) throw new BackfillError(`${input.instance} answered in an unexpected shape. Nothing was imported.`);
    checkPageItems(items.data.length, url);
    const before = maxId;
    let reachedEarlierYear = false;
    for (const item of items.data) {
      const status = StatusSchema.safeParse(item);
      if (!status.success) continue;
      maxId = status.data.id;
      const time = Date.parse(status.data.created_at);
      // A thread's later parts are replies to the author: the thread counts once, as its first post.
      if (status.data.reblog || status.data.in_reply_to_id || Number.isNaN(time)) continue;
      if (time < start.getTime()) {
        reachedEarlierYear = true;
        break;
      }
      if (time >= end.getTime()) {
        out.otherYears += 1;
        continue;
      }
      const draft = mastodonDraft(status.data, author);
      if (draft) out.drafts.push(draft);
      else out.rejected.push({ title: `Post ${status.data.id}`, reason: 'Mastodon gives no public link for this post.' });
    }
    ctx.progress(`Reading the posts of @${author} (page ${page})`, out.drafts.length);
    // An empty page, or one that moved no further (nothing readable in it), is the end.
    if (reachedEarlierYear || !maxId || maxId === before) return out;
  }
  out.warnings.push(`Stopped after ${MAX_PAGES * PAGE_SIZE} posts: older posts of ${ctx.year} were not read.`);
  return out;
}
