import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { fixture, QUESTION_URL } from './stack-exchange-page';
import { saveButtons } from './our-ui';

// Not a site capture but what the popup shows of one, so it stays a test of its own (the cases of
// tests/fixtures/<site>/e2e/ cover the captures).
describe('the popup in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('shows the stored answer in the popup', async () => {
    await h.serve(QUESTION_URL, fixture('question-logged-in-author.html'));
    const page = await h.context.newPage();
    await page.goto(QUESTION_URL);
    await saveButtons(page).first().click();
    await expect.poll(() => h.entries()).toHaveLength(1);
    // The answer is from 2018: seed one from this year too, so both views are exercised.
    await h.seed([{ kind: 'forum-answer', platform: 'stack-exchange', url: 'https://superuser.com/a/123', title: 'A current answer', own: true, source: 'auto', publishedAt: new Date().toISOString() }]);
    const popup = await h.openExtensionPage('popup.html');
    // The glance's "Latest" shows it too; the list of entries is the one with the site's name.
    const list = popup.getByRole('list', { name: 'Contributions, newest first' });
    const link = list.getByRole('link', { name: 'A current answer' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://superuser.com/a/123');
    expect(await list.getByRole('listitem').filter({ hasText: 'A current answer' }).textContent()).toContain('Stack Exchange');
  });

  it('draws only the rows in view of a long list as it scrolls, and gives the row being edited its room', async () => {
    const year = Date.UTC(new Date().getUTCFullYear(), 0, 1);
    await h.seed(
      Array.from({ length: 150 }, (_, index) => ({
        kind: 'forum-answer' as const,
        platform: 'stack-exchange',
        url: `https://superuser.com/a/${1000 + index}`,
        title: `Answer ${index}`,
        own: true,
        source: 'auto' as const,
        publishedAt: new Date(year + (index + 1) * 60_000).toISOString(),
      })),
    );
    const popup = await h.openExtensionPage('popup.html');
    const list = popup.getByRole('list', { name: 'Contributions, newest first' });
    await list.getByRole('link', { name: 'Answer 149' }).waitFor();
    const positions = () => list.getByRole('listitem').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-posinset'))));
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
    // The scroller shows 359 px (360 less its border): rows 1–6, and six more below.
    expect(await positions()).toEqual(range(1, 12));

    await list.evaluate((ol) => (ol.parentElement!.scrollTop = 60 * 100));
    await expect.poll(positions).toEqual(range(95, 112));
    const row = (position: number) => list.locator(`li[aria-posinset="${position}"]`);
    await row(101).getByRole('button', { name: 'Edit “Answer 49”' }).click();
    await popup.getByRole('button', { name: 'Cancel' }).waitFor();
    expect((await row(101).boundingBox())!.height).toBe(560);
    const below = (await row(102).boundingBox())!.y - (await row(101).boundingBox())!.y;
    expect(below).toBe(560);

    await popup.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'))).toBe('101');
    expect((await row(101).boundingBox())!.height).toBe(60);
  });

  it('searches the entries: the matching rows newest first, then their count', async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    await h.seed(
      [3, 1, 2, 0].map((days) => ({ kind: 'forum-answer' as const, platform: 'stack-exchange', url: `https://superuser.com/a/${days}`, title: `${days ? 'Kubernetes' : 'Docker'} answer ${days}`, own: true, source: 'auto' as const, publishedAt: daysAgo(days) })),
    );
    const popup = await h.openExtensionPage('popup.html');
    const list = popup.getByRole('list', { name: 'Contributions, newest first' });
    await list.getByRole('link', { name: 'Docker answer 0' }).waitFor();
    await popup.getByRole('searchbox', { name: 'Search' }).fill('kubernetes');
    await popup.getByText('3 entries in all periods').waitFor();
    expect(await list.getByRole('link').allTextContents()).toEqual(['Kubernetes answer 1', 'Kubernetes answer 2', 'Kubernetes answer 3']);
  });
});
