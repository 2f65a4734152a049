import { describe, expect, it, vi } from 'vitest';
import { createContext } from '../../../lib/backfill/context';
import { parseStackExchangeInput } from '../../../lib/backfill/inputs';
import { answersUrl, collectStackExchange, questionsUrl } from '../../../lib/backfill/stack-exchange';
import { backfillFixture, fakeWeb } from './fake-web';

const input = { host: 'superuser.com', userId: '4242' };
const json = (path: string, status = 200) => ({ status, body: backfillFixture(`stack-exchange/${path}`), headers: { 'content-type': 'application/json; charset=utf-8' } });
const QUESTIONS = questionsUrl(input, [1889990, 1870500, 1850100, 1830700, 1830950]);

function run(routes: Parameters<typeof fakeWeb>[0]) {
  const web = fakeWeb(routes);
  const sleep = vi.fn(async () => {});
  const progress = vi.fn();
  const ctx = createContext({ year: 2026, signal: new AbortController().signal, fetch: web.fetch, sleep, onProgress: progress });
  return { web, sleep, progress, result: collectStackExchange(input, ctx) };
}

describe('Stack Exchange answers', () => {
  it('asks the API for the year’s answers, newest first, 100 a page with bodies', () => {
    const url = new URL(answersUrl(input, 2026, 2));
    expect(url.origin + url.pathname).toBe('https://api.stackexchange.com/2.3/users/4242/answers');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      site: 'superuser.com',
      fromdate: '1767225600', // 2026-01-01T00:00:00Z
      todate: '1798761599', // 2026-12-31T23:59:59Z
      sort: 'creation',
      order: 'desc',
      page: '2',
      pagesize: '100',
      filter: 'withbody',
    });
  });

  it('pages while has_more, honours backoff, then names every answer by its question', async () => {
    const { web, sleep, result } = run({
      [answersUrl(input, 2026, 1)]: json('answers-page-1.json'),
      [answersUrl(input, 2026, 2)]: json('answers-page-2.json'),
      [QUESTIONS]: json('questions.json'),
    });
    const collected = await result;
    expect(web.requested).toEqual([answersUrl(input, 2026, 1), answersUrl(input, 2026, 2), QUESTIONS]);
    // Page 2 carried "backoff": 10: the next request waited ten seconds.
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep).toHaveBeenCalledWith(10_000, expect.anything());
    expect(collected.drafts).toHaveLength(4);
    expect(collected.drafts[0]).toEqual({
      kind: 'forum-answer',
      platform: 'stack-exchange',
      url: 'https://superuser.com/a/1890001',
      contextUrl: 'https://superuser.com/questions/1889990',
      contextTitle: 'Robocopy /MIR loops forever on "Application Data"',
      title: 'Robocopy /MIR loops forever on "Application Data"',
      excerpt: 'Use robocopy /MIR with /XJ so junctions are skipped & the copy does not loop.',
      publishedAt: '2026-11-18T16:42:10.000Z',
      author: 'Jane "vJ" Doe',
      own: true,
      source: 'backfill',
      metrics: { votes: 7, accepted: true },
    });
    expect(collected.drafts.map((draft) => [draft.title, draft.metrics])).toEqual([
      ['Robocopy /MIR loops forever on "Application Data"', { votes: 7, accepted: true }],
      ['Where is AMD-V in my BIOS? It\'s not under CPU', { votes: 2, accepted: false }],
      ['Enable Hyper-V on Windows 11 Home', { votes: 0, accepted: false }],
      ['USB-C dock disconnects after sleep & resume', { votes: -1, accepted: false }],
    ]);
    expect(collected.drafts[3]!.excerpt).toBe('I had the same issue <sigh>; a newer driver fixed it.');
    expect(collected.rejected).toEqual([
      { title: 'Answer 1830999', url: 'https://superuser.com/a/1830999', reason: 'Its question is no longer available (deleted or hidden).' },
    ]);
  });

  it('explains a throttle, a wrong site and an exhausted quota, and stops', async () => {
    const throttled = run({ [answersUrl(input, 2026, 1)]: json('error-throttle.json', 400) });
    await expect(throttled.result).rejects.toThrow(
      'Stack Exchange is limiting requests from your address: too many requests from this IP, more requests available in 80614 seconds. Try again later; nothing was imported.',
    );
    const badSite = run({ [answersUrl(input, 2026, 1)]: json('error-bad-site.json', 400) });
    await expect(badSite.result).rejects.toThrow(/does not know that site \(No site found for name `nosuch.com`\)/);

    const exhausted = JSON.parse(backfillFixture('stack-exchange/answers-page-1.json'));
    exhausted.quota_remaining = 0;
    const quota = run({ [answersUrl(input, 2026, 1)]: { body: JSON.stringify(exhausted) } });
    await expect(quota.result).rejects.toThrow(/daily quota for your address is used up/);
    expect(quota.web.requested).toHaveLength(1);
  });

  it('says when the API answers with something that is not JSON', async () => {
    const broken = run({ [answersUrl(input, 2026, 1)]: { status: 503, body: '<html>Service Unavailable</html>' } });
    await expect(broken.result).rejects.toThrow('The Stack Exchange API answered 503 with something that is not JSON. Try again later.');
  });

  it('reports progress as pages come in', async () => {
    const { progress, result } = run({
      [answersUrl(input, 2026, 1)]: json('answers-page-1.json'),
      [answersUrl(input, 2026, 2)]: json('answers-page-2.json'),
      [QUESTIONS]: json('questions.json'),
    });
    await result;
    const messages = progress.mock.calls.map(([update]) => update);
    expect(messages).toContainEqual({ message: 'Read page 1 of your answers on superuser.com', requests: 1, found: 3 });
    expect(messages).toContainEqual({ message: 'Read page 2 of your answers on superuser.com', requests: 2, found: 5 });
    expect(messages.at(-1)).toEqual({ message: 'Read the titles of 5 of 5 questions', requests: 3, found: 5 });
  });
});

describe('Stack Exchange input', () => {
  it.each([
    [{ site: '', user: 'https://superuser.com/users/4242/jane-vj-doe' }, { host: 'superuser.com', userId: '4242' }],
    [{ site: 'stackoverflow.com', user: 'superuser.com/users/4242' }, { host: 'superuser.com', userId: '4242' }],
    [{ site: 'https://Unix.StackExchange.com/', user: ' 17 ' }, { host: 'unix.stackexchange.com', userId: '17' }],
    [{ site: 'www.stackoverflow.com', user: '22656' }, { host: 'stackoverflow.com', userId: '22656' }],
  ])('reads %j', (values, expected) => {
    expect(parseStackExchangeInput(values)).toEqual(expected);
  });

  it.each([
    [{ site: 'example.com', user: '1' }, /Enter a Stack Exchange site/],
    [{ site: 'stackoverflow.com', user: 'jane' }, /numeric user id/],
    [{ site: 'stackoverflow.com', user: '' }, /numeric user id/],
  ])('refuses %j', (values, message) => {
    expect(() => parseStackExchangeInput(values)).toThrow(message);
  });
});
