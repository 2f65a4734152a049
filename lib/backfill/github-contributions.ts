import { z } from 'zod';
import type { Draft } from '../schema/contribution';
import { excerptOf } from '../dom';
import { httpFailure } from './context';
import { nextLink, rateLimitError } from './github';
import type { GitHubInput } from './inputs';
import { BackfillError, type Collected, type SourceContext } from './types';
import { inYear } from './year';

// Search API facts: docs.github.com/rest/search/search#search-issues-and-pull-requests (at most
// 1,000 results a query, 100 a page, Link paging; 10 requests a minute without signing in).
const API = 'https://api.github.com/search/issues';
const ACCEPT = 'application/vnd.github+json';
const MAX_PAGES = 10;
/** The search limit resets each minute: a wait this short is worth it rather than failing. */
const MAX_WAIT_SECONDS = 65;

const ItemSchema = z.object({
  html_url: z.string(),
  title: z.string(),
  number: z.number(),
  repository_url: z.string(),
  user: z.object({ login: z.string() }).nullable().optional(),
  created_at: z.string(),
  closed_at: z.string().nullable().optional(),
  body: z.string().nullable().optional(),
  labels: z.array(z.object({ name: z.string() }).partial()).default([]),
  pull_request: z.object({ merged_at: z.string().nullable().optional() }).optional(),
});
export type SearchItem = z.infer<typeof ItemSchema>;

const PageSchema = z.object({ total_count: z.number(), incomplete_results: z.boolean(), items: z.array(z.unknown()) });

/** `owner/name` of an item's repository, from its API address. */
export const repositoryOf = (item: Pick<SearchItem, 'repository_url'>) => item.repository_url.replace(/^https:\/\/api\.github\.com\/repos\//, '');

/**
 * Documentation work, by what the search reply shows: a docs organisation (MicrosoftDocs), a docs
 * repository (azure-docs, docs, documentation), a docs label, or a "docs:" title. Changed paths
 * (docs/) would cost a request per pull request against 60 an hour, so they are not read.
 */
export function isDocumentation(item: Pick<SearchItem, 'repository_url' | 'labels' | 'title'>): boolean {
  const [owner = '', name = ''] = repositoryOf(item).split('/');
  return (
    /^microsoftdocs$/i.test(owner) ||
    /(^|[-_.])(docs?|documentation)([-_.]|$)/i.test(name) ||
    item.labels.some((label) => /^(docs?|documentation)$/i.test(label.name ?? '')) ||
    /^docs?(\([^)]*\))?!?:/i.test(item.title)
  );
}

/** Pull requests (merged in the year) and issues (opened in the year) → drafts, with counts per repository. Pure. */
export function contributionDrafts(pulls: readonly SearchItem[], issues: readonly SearchItem[], year: number): Collected & { counts: string[] } {
  const out: Collected & { counts: string[] } = { drafts: [], rejected: [], otherYears: 0, warnings: [], counts: [] };
  const perRepository = new Map<string, { pulls: number; issues: number }>();
  const add = (item: SearchItem, at: string, what: 'pull request' | 'issue') => {
    if (!inYear(at, year)) {
      out.otherYears += 1;
      return;
    }
    const repository = repositoryOf(item);
    const tally = perRepository.get(repository) ?? { pulls: 0, issues: 0 };
    if (what === 'pull request') tally.pulls += 1;
    else tally.issues += 1;
    perRepository.set(repository, tally);
    const draft: Draft = {
      kind: isDocumentation(item) ? 'documentation' : 'code',
      platform: 'github',
      url: item.html_url,
      contextUrl: `https://github.com/${repository}`,
      contextTitle: repository,
      title: item.title.trim() || `${what} #${item.number}`,
      excerpt: excerptOf(item.body ?? ''),
      publishedAt: new Date(at).toISOString(),
      ...(item.user ? { author: item.user.login } : {}),
      own: true,
      source: 'backfill',
      tags: [what === 'pull request' ? 'pull-request' : 'issue'],
    };
    out.drafts.push(draft);
  };
  for (const pull of pulls) add(pull, pull.pull_request?.merged_at ?? pull.closed_at ?? pull.created_at, 'pull request');
  for (const issue of issues) add(issue, issue.created_at, 'issue');
  const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
  out.counts = [...perRepository]
    .sort((a, b) => b[1].pulls + b[1].issues - (a[1].pulls + a[1].issues) || a[0].localeCompare(b[0]))
    .map(([repository, tally]) => `${repository}: ${[tally.pulls ? plural(tally.pulls, 'pull request') : '', tally.issues ? plural(tally.issues, 'issue') : ''].filter(Boolean).join(', ')}`);
  return out;
}

/** One search page; a search limit that resets within the minute is waited out once. */
async function searchPage(url: string, ctx: SourceContext, what: string) {
  for (let attempt = 0; ; attempt += 1) {
    const response = await ctx.get(url, ACCEPT);
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    const waitFor = Math.ceil(reset - ctx.now.getTime() / 1000);
    const limited = rateLimitError(response);
    if (limited && attempt === 0 && response.headers.get('x-ratelimit-resource') === 'search' && waitFor > 0 && waitFor <= MAX_WAIT_SECONDS) {
      ctx.progress(`GitHub’s search allows 10 requests a minute without signing in: waiting ${waitFor} s…`);
      await ctx.wait(waitFor);
      continue;
    }
    if (limited) throw limited;
    if (!response.ok) throw httpFailure(response, url, what);
    const page = PageSchema.safeParse(await response.json().catch(() => undefined));
    if (!page.success) throw new BackfillError(`GitHub answered in an unexpected shape for ${what}. Nothing was imported.`);
    const items = page.data.items.map((item) => {
      const parsed = ItemSchema.safeParse(item);
      if (!parsed.success) throw new BackfillError(`GitHub answered in an unexpected shape for ${what}. Nothing was imported.`);
      return parsed.data;
    });
    return { items, total: page.data.total_count, incomplete: page.data.incomplete_results, next: nextLink(response.headers.get('link')) };
  }
}

async function searchAll(query: string, ctx: SourceContext, what: string, warnings: string[]): Promise<SearchItem[]> {
  const found: SearchItem[] = [];
  let url: string | undefined = `${API}?q=${encodeURIComponent(query)}&per_page=100`;
  for (let page = 1; url && page <= MAX_PAGES; page += 1) {
    const result = await searchPage(url, ctx, what);
    found.push(...result.items);
    ctx.progress(`Read ${found.length} of ${result.total} ${what}`);
    if (page === 1 && result.total > MAX_PAGES * 100) warnings.push(`GitHub’s search returns at most 1,000 results: ${result.total - 1000} of ${result.total} ${what} were not read.`);
    if (result.incomplete && page === 1) warnings.push(`GitHub’s search timed out on ${what}: some may be missing; run the import again later.`);
    url = result.next;
  }
  return found;
}

/**
 * Pull requests merged and issues opened in the year in other people's repositories (`-user:` leaves
 * out the person's own), from GitHub's search; documentation work as kind documentation, the rest code.
 */
export async function collectGitHubContributions(input: GitHubInput, ctx: SourceContext): Promise<Collected & { counts: string[] }> {
  const range = `${ctx.year}-01-01..${ctx.year}-12-31`;
  const warnings: string[] = [];
  const pulls = await searchAll(`author:${input.user} type:pr is:merged -user:${input.user} merged:${range}`, ctx, `pull requests by ${input.user}`, warnings);
  const issues = await searchAll(`author:${input.user} type:issue -user:${input.user} created:${range}`, ctx, `issues by ${input.user}`, warnings);
  const collected = contributionDrafts(pulls, issues, ctx.year);
  return { ...collected, warnings: [...warnings, ...collected.warnings] };
}
