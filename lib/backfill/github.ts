import { z } from 'zod';
import type { Draft } from '../schema/contribution';
import { excerptOf } from '../dom';
import { httpFailure } from './context';
import type { GitHubInput } from './inputs';
import { BackfillError, type Collected, type SourceContext } from './types';
import { inYear, yearBounds } from './year';

// REST API facts: docs.github.com/rest (repos of a user, releases, Link paging, rate-limit headers).
const API = 'https://api.github.com';
const ACCEPT = 'application/vnd.github+json';
const MAX_PAGES = 10;

const RepoSchema = z.object({
  name: z.string(),
  full_name: z.string(),
  html_url: z.string(),
  description: z.string().nullable().optional(),
  fork: z.boolean(),
  created_at: z.string(),
  pushed_at: z.string().nullable().optional(),
  owner: z.object({ login: z.string() }),
});
export type Repo = z.infer<typeof RepoSchema>;

const ReleaseSchema = z.object({
  html_url: z.string(),
  tag_name: z.string(),
  name: z.string().nullable().optional(),
  body: z.string().nullable().optional(),
  draft: z.boolean().default(false),
  published_at: z.string().nullable().optional(),
  author: z.object({ login: z.string() }).nullable().optional(),
});
export type Release = z.infer<typeof ReleaseSchema>;

/** The `rel="next"` target of an RFC 8288 Link header, as GitHub sends it. */
export function nextLink(header: string | null): string | undefined {
  for (const part of header?.split(',') ?? []) {
    const match = part.match(/<([^>]+)>\s*;(?:[^;]*;)*\s*rel="?([^";]*)"?/);
    if (match && match[2]!.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}

const resetTime = (headers: Headers) => {
  const reset = Number(headers.get('x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0
    ? new Date(reset * 1000).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : 'within the hour';
};

/** GitHub says "rate limited" with 403 or 429 and either no requests left or a Retry-After. */
export function rateLimitError(response: Response): BackfillError | undefined {
  if (response.status !== 403 && response.status !== 429) return undefined;
  const retryAfter = response.headers.get('retry-after');
  if (response.headers.get('x-ratelimit-remaining') === '0') {
    return new BackfillError(
      `GitHub’s limit of ${response.headers.get('x-ratelimit-limit') ?? 60} requests an hour without signing in is used up; it resets at ${resetTime(response.headers)}. Nothing was imported.`,
    );
  }
  if (retryAfter) return new BackfillError(`GitHub asked to slow down; try again in ${retryAfter} seconds. Nothing was imported.`);
  return undefined;
}

async function getJson(url: string, ctx: SourceContext, what: string): Promise<{ items: unknown[]; next?: string; remaining?: number }> {
  const response = await ctx.get(url, ACCEPT);
  const limited = rateLimitError(response);
  if (limited) throw limited;
  if (!response.ok) throw httpFailure(response, url, what);
  const body: unknown = await response.json().catch(() => undefined);
  if (!Array.isArray(body)) throw new BackfillError(`GitHub answered in an unexpected shape for ${what}. Nothing was imported.`);
  const remaining = response.headers.get('x-ratelimit-remaining');
  return { items: body, next: nextLink(response.headers.get('link')), remaining: remaining === null ? undefined : Number(remaining) };
}

/** Repositories (created in the year, not forks) and releases (published in the year) → drafts. Pure. */
export function gitHubDrafts(repos: readonly Repo[], releases: readonly { repo: Repo; release: Release }[], year: number): Collected {
  const out: Collected = { drafts: [], rejected: [], otherYears: 0, warnings: [] };
  for (const repo of repos) {
    if (!inYear(repo.created_at, year)) {
      out.otherYears += 1;
      continue;
    }
    if (repo.fork) {
      out.rejected.push({ title: repo.full_name, url: repo.html_url, reason: 'A fork of someone else’s project.' });
      continue;
    }
    const draft: Draft = {
      kind: 'open-source',
      platform: 'github',
      url: repo.html_url,
      title: repo.name,
      excerpt: excerptOf(repo.description ?? ''),
      publishedAt: new Date(repo.created_at).toISOString(),
      author: repo.owner.login,
      own: true,
      source: 'backfill',
    };
    out.drafts.push(draft);
  }
  for (const { repo, release } of releases) {
    if (release.draft) continue;
    if (!release.published_at || !inYear(release.published_at, year)) {
      out.otherYears += 1;
      continue;
    }
    const name = release.name?.trim() || release.tag_name;
    const draft: Draft = {
      kind: 'open-source',
      platform: 'github',
      url: release.html_url,
      // "tool v1.2" already names the project; "v1.2" alone does not.
      title: name.toLowerCase().includes(repo.name.toLowerCase()) ? name : `${repo.name} ${name}`,
      excerpt: excerptOf(release.body ?? ''),
      publishedAt: new Date(release.published_at).toISOString(),
      author: release.author?.login ?? repo.owner.login,
      own: true,
      source: 'backfill',
    };
    out.drafts.push(draft);
  }
  return out;
}

const parseAll = <T>(schema: z.ZodType<T>, items: unknown[], what: string): T[] =>
  items.map((item) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) throw new BackfillError(`GitHub answered in an unexpected shape for ${what}. Nothing was imported.`);
    return parsed.data;
  });

export async function collectGitHub(input: GitHubInput, ctx: SourceContext): Promise<Collected> {
  const { start } = yearBounds(ctx.year);
  const since = (iso: string | null | undefined) => Boolean(iso && Date.parse(iso) >= start.getTime());
  const repos: Repo[] = [];
  let remaining: number | undefined;
  // Most recently pushed first: a repository not pushed since the year began has no release in it.
  let url: string | undefined = `${API}/users/${encodeURIComponent(input.user)}/repos?type=owner&sort=pushed&direction=desc&per_page=100`;
  for (let page = 1; url && page <= MAX_PAGES; page += 1) {
    const result = await getJson(url, ctx, `the repositories of ${input.user}`);
    const batch = parseAll(RepoSchema, result.items, 'a repository');
    repos.push(...batch);
    remaining = result.remaining;
    ctx.progress(`Read ${repos.length} repositories of ${input.user}`, repos.filter((repo) => inYear(repo.created_at, ctx.year)).length);
    url = batch.length && since(batch[batch.length - 1]!.pushed_at) ? result.next : undefined;
  }

  const active = repos.filter((repo) => !repo.fork && since(repo.pushed_at));
  // All or nothing: better to say now that the hour's quota cannot cover it than to stop halfway.
  if (remaining !== undefined && remaining < active.length) {
    throw new BackfillError(
      `Reading the releases of ${active.length} repositories needs ${active.length} requests, and GitHub allows only ${remaining} more this hour without signing in. Try again later; nothing was imported.`,
    );
  }
  const releases: { repo: Repo; release: Release }[] = [];
  for (const [index, repo] of active.entries()) {
    ctx.progress(`Reading the releases of ${repo.full_name} (${index + 1} of ${active.length})`);
    let next: string | undefined = `${API}/repos/${repo.full_name}/releases?per_page=100`;
    for (let page = 1; next && page <= MAX_PAGES; page += 1) {
      const result = await getJson(next, ctx, `the releases of ${repo.full_name}`);
      const batch = parseAll(ReleaseSchema, result.items, 'a release');
      releases.push(...batch.map((release) => ({ repo, release })));
      // Releases come newest first; once a page ends before the year, the rest is older still.
      const last = batch[batch.length - 1];
      next = last && since(last.published_at) ? result.next : undefined;
    }
  }
  return gitHubDrafts(repos, releases, ctx.year);
}
