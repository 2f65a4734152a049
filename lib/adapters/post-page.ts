/** Small readers shared by the social post adapters (lib/adapters/posts.ts). Pure; they run in the content script. */
import { excerptOf } from '../dom';
import type { Draft } from '../schema/contribution';
import { hasType, jsonLd } from '../structured/read';

type Metrics = NonNullable<Draft['metrics']>;

/** The page's structured post (Mastodon: SocialMediaPosting; Bluesky: DiscussionForumPosting), if any. */
export function postingOf(doc: Document, types: readonly string[]): Record<string, unknown> | undefined {
  return jsonLd(doc).find((node) => types.some((type) => hasType(node, type)));
}

export const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** schema.org interactionStatistic → our counters: likes are votes, replies are comments (reposts have no counter). */
export function countersOf(node: Record<string, unknown> | undefined): Pick<Metrics, 'votes' | 'comments'> {
  const stats = Array.isArray(node?.interactionStatistic) ? (node.interactionStatistic as Record<string, unknown>[]) : [];
  const count = (action: RegExp) => {
    const found = stats.find((stat) => action.test(String(stat?.interactionType ?? '')));
    const n = Number(found?.userInteractionCount);
    return Number.isInteger(n) && n >= 0 ? n : undefined;
  };
  return { votes: count(/LikeAction$/), comments: count(/(?:Reply|Comment)Action$/) };
}

/** Plain text of a post's HTML, paragraphs on their own lines; parsed inert (no script runs, nothing loads). */
export function htmlText(html: string): string {
  const doc = new DOMParser().parseFromString(html.replace(/<\/p>|<br\s*\/?>/gi, '$&\n'), 'text/html');
  return (doc.body.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

/** A post has no title: its first line, shortened at a word. */
export const titleOf = (text: string): string => excerptOf(text.split('\n').find((line) => line.trim()) ?? '', 100);
