import { describe, expect, it } from 'vitest';
import { createContext } from '../../../lib/backfill/context';
import { collectGitHub, nextLink } from '../../../lib/backfill/github';
import { parseGitHubInput } from '../../../lib/backfill/inputs';
import { backfillFixture, fakeWeb, type FakeReply } from './fake-web';

const REPOS = 'https://api.github.com/users/janedoe/repos?type=owner&sort=pushed&direction=desc&per_page=100';
const REPOS_2 = 'https://api.github.com/user/5550001/repos?type=owner&sort=pushed&direction=desc&per_page=100&page=2';
const releases = (repo: string) => `https://api.github.com/repos/janedoe/${repo}/releases?per_page=100`;

const reply = (path: string, headers: Record<string, string> = {}, remaining = 55): FakeReply => ({
  body: backfillFixture(`github/${path}`),
  headers: {
    'content-type': 'application/json; charset=utf-8',
    'x-ratelimit-limit': '60',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': '1795345200',
    'x-ratelimit-resource': 'core',
    ...headers,
  },
});

const pageLinks = `<${REPOS_2}>; rel="next", <https://api.github.com/user/5550001/repos?type=owner&sort=pushed&direction=desc&per_page=100&page=2>; rel="last"`;

function web(overrides: Record<string, FakeReply> = {}) {
  return fakeWeb({
    [REPOS]: reply('repos-page-1.json', { link: pageLinks }),
    // Page 2 ends with a repository last pushed in 2024: page 3 is never asked for.
    [REPOS_2]: reply('repos-page-2.json', { link: `<${REPOS_2.replace('page=2', 'page=3')}>; rel="next", <${REPOS}>; rel="first"` }),
    [releases('vsphere-lab-scripts')]: reply('releases-vsphere-lab-scripts.json'),
    // Releases newest first: this page ends in 2025, so its next page is never asked for.
    [releases('old-tool')]: reply('releases-old-tool.json', { link: `<${releases('old-tool')}&page=2>; rel="next"` }),
    [releases('homelab-docs')]: reply('releases-homelab-docs.json'),
    ...overrides,
  });
}

const context = (fetch: typeof globalThis.fetch) => createContext({ year: 2026, signal: new AbortController().signal, fetch });

describe('nextLink', () => {
  it.each([
    [pageLinks, REPOS_2],
    ['<https://api.github.com/x?page=3>; rel="prev", <https://api.github.com/x?page=5>; rel="next"', 'https://api.github.com/x?page=5'],
    ['<https://a.example/x?page=2>; title="more"; rel="next last"', 'https://a.example/x?page=2'],
    ['<https://api.github.com/x?page=1>; rel="first"', undefined],
    [null, undefined],
  ])('reads %s', (header, expected) => {
    expect(nextLink(header)).toBe(expected);
  });
});

describe('GitHub repositories and releases', () => {
  it('pages repositories by Link until they were last pushed before the year, then reads releases of active ones', async () => {
    const net = web();
    const result = await collectGitHub({ user: 'janedoe' }, context(net.fetch));
    expect(net.requested).toEqual([REPOS, REPOS_2, releases('vsphere-lab-scripts'), releases('old-tool'), releases('homelab-docs')]);
    expect(result.drafts).toEqual([
      {
        kind: 'open-source',
        platform: 'github',
        url: 'https://github.com/janedoe/vsphere-lab-scripts',
        title: 'vsphere-lab-scripts',
        excerpt: 'PowerCLI scripts & notes for a small vSphere lab',
        publishedAt: '2026-03-10T08:12:00.000Z',
        author: 'janedoe',
        own: true,
        source: 'backfill',
      },
      expect.objectContaining({ url: 'https://github.com/janedoe/homelab-docs', title: 'homelab-docs', excerpt: '', publishedAt: '2026-01-15T20:00:00.000Z' }),
      {
        kind: 'open-source',
        platform: 'github',
        url: 'https://github.com/janedoe/vsphere-lab-scripts/releases/tag/v1.1.0',
        title: 'vsphere-lab-scripts v1.1.0',
        excerpt: "## What's Changed * Host profiles export by @janedoe in #12 **Full Changelog**: v1.0.0...v1.1.0",
        publishedAt: '2026-10-01T12:00:00.000Z',
        author: 'janedoe',
        own: true,
        source: 'backfill',
      },
      expect.objectContaining({ url: 'https://github.com/janedoe/vsphere-lab-scripts/releases/tag/v1.0.0', title: 'vsphere-lab-scripts 1.0' }),
      expect.objectContaining({ url: 'https://github.com/janedoe/old-tool/releases/tag/v3.2', title: 'old-tool v3.2', publishedAt: '2026-06-01T12:30:00.000Z' }),
    ]);
    expect(result.rejected).toEqual([{ title: 'janedoe/govmomi', url: 'https://github.com/janedoe/govmomi', reason: 'A fork of someone else’s project.' }]);
    // old-tool and ancient were created before 2026; v3.1 was released in 2025; the draft release is skipped.
    expect(result.otherYears).toBe(3);
  });

  it('stops at the rate limit with the reset time, before anything is stored', async () => {
    const limited = web({ [REPOS_2]: { ...reply('rate-limited.json', {}, 0), status: 403 } });
    await expect(collectGitHub({ user: 'janedoe' }, context(limited.fetch))).rejects.toThrow(
      /^GitHub’s limit of 60 requests an hour without signing in is used up; it resets at \d{1,2}:\d\d(\s?[AP]M)?\. Nothing was imported\.$/,
    );
    const slowDown = web({ [REPOS]: { status: 429, body: '{"message":"You have exceeded a secondary rate limit"}', headers: { 'retry-after': '60' } } });
    await expect(collectGitHub({ user: 'janedoe' }, context(slowDown.fetch))).rejects.toThrow('GitHub asked to slow down; try again in 60 seconds. Nothing was imported.');
  });

  it('refuses up front when the hour’s remaining requests cannot cover the releases', async () => {
    const net = web({ [REPOS_2]: { ...reply('repos-page-2.json', {}, 2) } });
    await expect(collectGitHub({ user: 'janedoe' }, context(net.fetch))).rejects.toThrow(
      'Reading the releases of 3 repositories needs 3 requests, and GitHub allows only 2 more this hour without signing in. Try again later; nothing was imported.',
    );
    expect(net.requested).toEqual([REPOS, REPOS_2]);
  });

  it('names a user that does not exist', async () => {
    const net = web({ [REPOS]: { status: 404, body: backfillFixture('github/user-not-found.json') } });
    await expect(collectGitHub({ user: 'janedoe' }, context(net.fetch))).rejects.toThrow(
      'the repositories of janedoe was not found (404 from api.github.com). Check the address or name.',
    );
  });

  it('refuses an answer in an unexpected shape', async () => {
    const net = web({ [REPOS]: { body: '{"items": []}' } });
    await expect(collectGitHub({ user: 'janedoe' }, context(net.fetch))).rejects.toThrow(/unexpected shape/);
  });
});

describe('GitHub input', () => {
  it.each([
    ['janedoe', 'janedoe'],
    ['@janedoe', 'janedoe'],
    ['https://github.com/jane-doe/', 'jane-doe'],
  ])('reads %s', (user, expected) => {
    expect(parseGitHubInput({ user })).toEqual({ user: expected });
  });

  it.each(['', '-jane', 'jane--doe', 'https://github.com/janedoe/repo', 'a'.repeat(40)])('refuses %j', (user) => {
    expect(() => parseGitHubInput({ user })).toThrow(/GitHub user name/);
  });
});
