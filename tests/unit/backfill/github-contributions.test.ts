import { describe, expect, it } from 'vitest';
import { createContext } from '../../../lib/backfill/context';
import { collectGitHubContributions, isDocumentation } from '../../../lib/backfill/github-contributions';
import { backfillFixture, fakeWeb, type FakeReply } from './fake-web';

// Replies follow the search API's documented shape (docs.github.com/rest/search/search); they were
// written for these tests, not recorded from the live API.
const q = (query: string) => `https://api.github.com/search/issues?q=${encodeURIComponent(query)}&per_page=100`;
const PULLS = q('author:janedoe type:pr is:merged -user:janedoe merged:2026-01-01..2026-12-31');
const PULLS_2 = `${PULLS}&page=2`;
const ISSUES = q('author:janedoe type:issue -user:janedoe created:2026-01-01..2026-12-31');
const NOW = new Date('2026-11-22T12:00:00Z');

const reply = (path: string, headers: Record<string, string> = {}, status = 200): FakeReply => ({
  status,
  body: backfillFixture(`github-contributions/${path}`),
  headers: { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '8', 'x-ratelimit-resource': 'search', ...headers },
});

const routes = (overrides: Record<string, FakeReply | ((url: string) => FakeReply)> = {}) => ({
  [PULLS]: reply('pulls-page-1.json', { link: `<${PULLS_2}>; rel="next", <${PULLS_2}>; rel="last"` }),
  [PULLS_2]: reply('pulls-page-2.json', { link: `<${PULLS}&page=1>; rel="first", <${PULLS}&page=1>; rel="prev"` }),
  [ISSUES]: reply('issues.json'),
  ...overrides,
});

function context(fetch: typeof globalThis.fetch, waits: number[] = []) {
  return createContext({ year: 2026, signal: new AbortController().signal, fetch, now: NOW, sleep: async (ms) => void waits.push(ms) });
}

describe('GitHub pull requests and issues to others’ repositories', () => {
  it('searches merged pull requests and opened issues of the year outside the user’s repositories, pages by Link, and counts per repository', async () => {
    const net = fakeWeb(routes());
    const result = await collectGitHubContributions({ user: 'janedoe' }, context(net.fetch));
    expect(net.requested).toEqual([PULLS, PULLS_2, ISSUES]);
    expect(result.drafts.map((draft) => [draft.kind, draft.url, draft.publishedAt, draft.tags])).toEqual([
      ['documentation', 'https://github.com/MicrosoftDocs/azure-docs/pull/128801', '2026-02-05T10:58:00.000Z', ['pull-request']],
      ['code', 'https://github.com/vmware/govmomi/pull/3710', '2026-05-02T08:29:00.000Z', ['pull-request']],
      ['code', 'https://github.com/vmware/govmomi/pull/3755', '2026-06-22T06:45:00.000Z', ['pull-request']],
      ['documentation', 'https://github.com/hashicorp/terraform-provider-vsphere/pull/2301', '2026-09-03T11:00:00.000Z', ['pull-request']],
      ['code', 'https://github.com/vmware/govmomi/issues/3741', '2026-06-12T16:20:00.000Z', ['issue']],
    ]);
    expect(result.drafts[0]).toEqual({
      kind: 'documentation',
      platform: 'github',
      url: 'https://github.com/MicrosoftDocs/azure-docs/pull/128801',
      contextUrl: 'https://github.com/MicrosoftDocs/azure-docs',
      contextTitle: 'MicrosoftDocs/azure-docs',
      title: 'Fix the private endpoint DNS zone table for Azure Files',
      excerpt: 'The table listed `privatelink.file.core.windows.net` twice. This PR removes the duplicate row.',
      publishedAt: '2026-02-05T10:58:00.000Z',
      author: 'janedoe',
      own: true,
      source: 'backfill',
      tags: ['pull-request'],
    });
    expect(result.counts).toEqual([
      'vmware/govmomi: 2 pull requests, 1 issue',
      'hashicorp/terraform-provider-vsphere: 1 pull request',
      'MicrosoftDocs/azure-docs: 1 pull request',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('waits out the search limit once when it resets within the minute, then goes on', async () => {
    let calls = 0;
    const limited = reply('search-rate-limited.json', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW.getTime() / 1000 + 30) }, 403);
    const net = fakeWeb(routes({ [PULLS]: () => (calls++ === 0 ? limited : reply('pulls-page-1.json')) }));
    const waits: number[] = [];
    const result = await collectGitHubContributions({ user: 'janedoe' }, context(net.fetch, waits));
    expect(waits).toEqual([30_000]);
    expect(net.requested).toEqual([PULLS, PULLS, ISSUES]);
    expect(result.drafts).toHaveLength(3);
  });

  it('stops with a clear message when the limit does not reset soon, having imported nothing', async () => {
    const limited = reply('search-rate-limited.json', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW.getTime() / 1000 + 3000) }, 403);
    await expect(collectGitHubContributions({ user: 'janedoe' }, context(fakeWeb(routes({ [PULLS]: limited })).fetch))).rejects.toThrow(/limit of 10 requests .* is used up/);
  });

  it('says when the search cannot return everything', async () => {
    const net = fakeWeb(routes({ [PULLS]: reply('too-many.json') }));
    const result = await collectGitHubContributions({ user: 'janedoe' }, context(net.fetch));
    expect(result.warnings).toEqual([
      'GitHub’s search returns at most 1,000 results: 250 of 1250 pull requests by janedoe were not read.',
      'GitHub’s search timed out on pull requests by janedoe: some may be missing; run the import again later.',
    ]);
  });

  it.each([
    ['https://api.github.com/repos/MicrosoftDocs/powershell-docs', [], 'Update about_Splatting', true],
    ['https://api.github.com/repos/kubernetes/website', [], 'docs(ingress): fix the example', true],
    ['https://api.github.com/repos/vmware/photon-docs', [], 'Typo', true],
    ['https://api.github.com/repos/acme/tool', [{ name: 'Documentation' }], 'Explain flags', true],
    ['https://api.github.com/repos/acme/dockerfile-lint', [], 'Fix the docker build', false],
    ['https://api.github.com/repos/vmware/govmomi', [{ name: 'bug' }], 'govc: docs flag', false],
  ])('%s “%s” is documentation: %s', (repository_url, labels, title, expected) => {
    expect(isDocumentation({ repository_url, labels, title })).toBe(expected);
  });
});
