import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackfillPanel } from '../../../components/BackfillPanel';
import { TrackerDb } from '../../../lib/db/database';
import { saveDraft } from '../../../lib/db/contributions';
import { DraftSchema } from '../../../lib/schema/contribution';
import { answersUrl, questionsUrl } from '../../../lib/backfill/stack-exchange';
import { channelFeedUrl } from '../../../lib/backfill/youtube';
import { backfillFixture, fakeWeb, noWait } from '../backfill/fake-web';

const NOW = new Date('2026-11-22T12:00:00Z');
const SE = { host: 'superuser.com', userId: '4242' };
const CHANNEL = 'UCa1b2C3d4E5f6G7h8I9j0Kl';
const seRoutes = () => ({
  [answersUrl(SE, 2026, 1)]: { body: backfillFixture('stack-exchange/answers-page-1.json') },
  [answersUrl(SE, 2026, 2)]: { body: backfillFixture('stack-exchange/answers-page-2.json') },
  [questionsUrl(SE, [1889990, 1870500, 1850100, 1830700, 1830950])]: { body: backfillFixture('stack-exchange/questions.json') },
});

let db: TrackerDb;
let n = 0;
beforeEach(async () => {
  db = new TrackerDb(`backfill-panel-${++n}`);
  await db.open();
});
afterEach(cleanup);

/** A stand-in for browser.permissions: `granted` holds what the browser has given. */
function fakePermissions(answer: boolean, granted = new Set<string>()) {
  return {
    granted,
    contains: vi.fn(async (origins: string[]) => origins.every((origin) => granted.has(origin))),
    request: vi.fn(async (origins: string[]) => {
      if (answer) origins.forEach((origin) => granted.add(origin));
      return answer;
    }),
    remove: vi.fn(async (origins: string[]) => {
      origins.forEach((origin) => granted.delete(origin));
      return true;
    }),
  };
}

function setup(fetch: typeof globalThis.fetch, permissions = fakePermissions(true)) {
  render(<BackfillPanel db={db} now={NOW} permissions={permissions} fetch={fetch} sleep={noWait} />);
  return { permissions, requestHosts: permissions.request, user: userEvent.setup({ delay: null }) };
}

describe('BackfillPanel', () => {
  it('imports a year of answers, asking for the API host inside the click, and reports the outcome', async () => {
    await saveDraft(
      db,
      DraftSchema.parse({ kind: 'forum-answer', platform: 'stack-exchange', url: 'https://superuser.com/a/1890001', title: 'Robocopy', own: true, source: 'auto', publishedAt: '2026-11-18T16:42:10.000Z', metrics: { votes: 3 } }),
    );
    const web = fakeWeb(seRoutes());
    const { requestHosts, user } = setup(web.fetch);
    await user.click(screen.getByRole('radio', { name: 'Stack Exchange answers' }));
    await user.type(screen.getByLabelText('User id or profile link'), 'https://superuser.com/users/4242/jane-vj-doe');
    expect((screen.getByLabelText('Year') as HTMLSelectElement).value).toBe('2026');

    // fireEvent runs the handler synchronously: the permission request must already have happened.
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(requestHosts).toHaveBeenCalledWith(['https://api.stackexchange.com/*']);
    expect(web.requested).toEqual([]);

    const report = await screen.findByRole('status', { name: 'Import result' });
    expect(report.textContent).toContain('Imported 2026: 3 added, 1 updated, 0 already saved (skipped).');
    await user.click(within(report).getByText('1 not imported'));
    const rejected = within(report).getByRole('list', { name: 'Not imported' });
    expect(rejected.textContent).toBe('Answer 1830999: Its question is no longer available (deleted or hidden).');
    expect(within(rejected).getByRole('link').getAttribute('href')).toBe('https://superuser.com/a/1830999');
    expect(await db.contributions.count()).toBe(4);
  });

  it('gives back the access it borrowed, and keeps what was granted before', async () => {
    const web = fakeWeb({ [channelFeedUrl(CHANNEL)]: { body: backfillFixture('youtube/channel-feed.xml') } });
    const permissions = fakePermissions(true);
    const { user } = setup(web.fetch, permissions);
    await user.click(screen.getByRole('radio', { name: 'A YouTube channel’s uploads' }));
    await user.type(screen.getByLabelText('Channel id, link or @handle'), CHANNEL);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('status', { name: 'Import result' });
    await vi.waitFor(() => expect(permissions.remove).toHaveBeenCalledWith(['https://www.youtube.com/*']));
    expect([...permissions.granted]).toEqual([]);

    cleanup();
    const before = fakePermissions(true, new Set(['https://www.youtube.com/*']));
    const again = setup(fakeWeb({ [channelFeedUrl(CHANNEL)]: { body: backfillFixture('youtube/channel-feed.xml') } }).fetch, before);
    await again.user.click(screen.getByRole('radio', { name: 'A YouTube channel’s uploads' }));
    await again.user.type(screen.getByLabelText('Channel id, link or @handle'), CHANNEL);
    await again.user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('status', { name: 'Import result' });
    expect(before.remove).not.toHaveBeenCalled();
    expect([...before.granted]).toEqual(['https://www.youtube.com/*']);
  });

  it('reads nothing when access is refused', async () => {
    const web = fakeWeb({});
    const { user } = setup(web.fetch, fakePermissions(false));
    await user.type(screen.getByLabelText('Feed address'), 'https://virtuallyjane.example.com/feed/');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Access to virtuallyjane.example.com was not given, so nothing was read or imported.');
    expect(web.requested).toEqual([]);
  });

  it('says what is wrong with the input before asking for anything', async () => {
    const { requestHosts, user } = setup(fakeWeb({}).fetch);
    await user.click(screen.getByRole('radio', { name: 'GitHub repositories and releases' }));
    await user.type(screen.getByLabelText('GitHub user name'), 'not a user');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Enter a GitHub user name/);
    expect(requestHosts).not.toHaveBeenCalled();
  });

  it('shows progress, cancels, and leaves the store unchanged', async () => {
    let release: () => void = () => {};
    const hanging = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          release = () => reject(init?.signal?.reason);
          init?.signal?.addEventListener('abort', release);
        }),
    );
    const { user } = setup(hanging as typeof globalThis.fetch);
    await user.click(screen.getByRole('radio', { name: 'A YouTube channel’s uploads' }));
    await user.type(screen.getByLabelText('Channel id, link or @handle'), CHANNEL);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await vi.waitFor(() => expect(hanging).toHaveBeenCalledWith(channelFeedUrl(CHANNEL), expect.anything()));
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Cancelled: nothing was imported.');
    expect(await db.contributions.count()).toBe(0);
  });

  it('shows a failure clearly and stores nothing', async () => {
    const web = fakeWeb({ [answersUrl(SE, 2026, 1)]: { status: 400, body: backfillFixture('stack-exchange/error-throttle.json') } });
    const { user } = setup(web.fetch);
    await user.click(screen.getByRole('radio', { name: 'Stack Exchange answers' }));
    await user.type(screen.getByLabelText('Site'), 'superuser.com');
    await user.type(screen.getByLabelText('User id or profile link'), '4242');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Stack Exchange is limiting requests from your address/);
    expect(await db.contributions.count()).toBe(0);
  });

  it('imports the chosen year and renders what came from the web as text', async () => {
    // An upload without a date, whose title is markup: it is listed as not imported, as text.
    const feed = backfillFixture('youtube/channel-feed.xml')
      .replaceAll('Building a two-node cluster', '&lt;img src=x onerror=alert(1)&gt;')
      .replace('<published>2026-02-20T18:00:00+00:00</published>', '');
    const web = fakeWeb({ [channelFeedUrl(CHANNEL)]: { body: feed } });
    const { user } = setup(web.fetch);
    await user.click(screen.getByRole('radio', { name: 'A YouTube channel’s uploads' }));
    await user.type(screen.getByLabelText('Channel id, link or @handle'), CHANNEL);
    await user.selectOptions(screen.getByLabelText('Year'), '2025');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const report = await screen.findByRole('status', { name: 'Import result' });
    expect(report.textContent).toMatch(/^Imported 2025: 1 added, 0 updated, 0 already saved \(skipped\)\. 2 from other years were left out\.1 not imported/);
    expect((await db.contributions.toArray()).map((entry) => entry.title)).toEqual(['Homelab tour 2025']);
    await user.click(within(report).getByText('1 not imported'));
    const rejected = within(report).getByRole('list', { name: 'Not imported' });
    expect(within(rejected).getByRole('link').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
