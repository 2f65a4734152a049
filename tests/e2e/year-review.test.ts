import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Draft } from '../../lib/schema/contribution';
import { launchWithExtension, type Harness } from './harness';
import { saveButtons } from './our-ui';

/** This year, as the popup's default period sees it (UTC calendar year). */
const Y = new Date().getUTCFullYear();
const at = (monthDay: string) => `${Y}-${monthDay}T12:00:00.000Z`;

const answer = (id: number, host: string, monthDay: string, thread: string): Draft => ({
  kind: 'forum-answer',
  platform: 'stack-exchange',
  url: `https://${host}/a/${id}`,
  title: `Answer to ${thread}`,
  contextTitle: thread,
  contextUrl: `https://${host}/questions/${id - 1}`,
  publishedAt: at(monthDay),
  own: true,
  source: 'auto',
  metrics: { votes: 2 },
});

const SEED: Draft[] = [
  { kind: 'blog-post', platform: 'generic', url: 'https://blog.example.com/vsphere-9', title: 'Upgrading to vSphere 9', excerpt: 'Step by step.', publishedAt: at('02-03'), own: true, source: 'one-click' },
  { kind: 'blog-post', platform: 'generic', url: 'https://blog.example.com/nsx', title: 'NSX overlay basics', publishedAt: at('05-20'), own: true, source: 'one-click', tags: ['nsx'] },
  answer(70000001, 'stackoverflow.com', '03-02', 'How do I peer two VNets?'),
  answer(70000002, 'superuser.com', '03-15', 'NSG flow logs are missing'),
  answer(70000003, 'stackoverflow.com', '03-28', 'Bicep loop over subnets'),
  { kind: 'talk', platform: 'manual', url: 'https://summit.example.org/agenda/keynote', title: 'Zero trust for hybrid networks', contextTitle: 'Cloud Summit', publishedAt: at('04-10'), own: true, source: 'manual', metrics: { attendees: 120 } },
  { ...answer(70000009, 'stackoverflow.com', '06-01', 'Someone else’s question'), own: false, source: 'one-click' },
];

/** The `chrome` global of the extension's pages, as far as these checks use it. */
interface Chrome {
  chrome: { action: { getBadgeText(details: object): Promise<string> }; storage: { local: { get(key: null): Promise<Record<string, unknown>> } } };
}
const badgeOf = (page: Page) => page.evaluate(() => (globalThis as unknown as Chrome).chrome.action.getBadgeText({}));
/** The adapters switched off: one `setting:disabled:<id>` key each (lib/schema/settings-key.ts). */
const disabledIn = (page: Page) =>
  page.evaluate(async () => Object.keys(await (globalThis as unknown as Chrome).chrome.storage.local.get(null)).flatMap((key) => (key.startsWith('setting:disabled:') ? [key.slice(17)] : [])));

async function clipboardOf(page: Page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('the year in review, in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
    await h.seed(SEED);
  });
  afterEach(async () => {
    await h?.close();
  });

  it('shows the counts and the badge, and copies the vExpert blog list and an MVP activity', async () => {
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await h.openExtensionPage('popup.html');
    const counts = popup.getByRole('list', { name: 'Counts by category' });
    await counts.waitFor();
    expect(await counts.getByRole('listitem').allTextContents()).toEqual(['Blog posts 2', 'Forum answers and threads 3', 'Talks 1']);
    expect(await popup.locator('.glance .total').textContent()).toBe('6 contributions · 1 saved from others · a year earlier 0');
    // A bar of the month chart narrows the list to its month.
    await popup.getByRole('button', { name: `Mar ${Y}: 3, a year earlier 0` }).click();
    await popup.getByText(`3 entries in Mar ${Y}`).waitFor();
    await popup.getByRole('button', { name: `Show all of ${Y}` }).click();
    await popup.getByText(`7 entries in ${Y}`).waitFor();
    await expect.poll(() => badgeOf(popup), { timeout: 10_000 }).toBe('6');

    await popup.getByRole('tab', { name: 'Applications' }).click();
    const blogging = popup.getByRole('region', { name: 'Blogging (2)' });
    await blogging.getByRole('button', { name: 'Copy list: Blogging (2)' }).click();
    await popup.getByRole('status').filter({ hasText: 'Copied list: Blogging (2)' }).waitFor();
    expect(await clipboardOf(popup)).toBe(`${Y}-02-03 - Upgrading to vSphere 9 - https://blog.example.com/vsphere-9\n${Y}-05-20 - NSX overlay basics - https://blog.example.com/nsx`);

    await popup.getByRole('radio', { name: 'Microsoft MVP' }).check();
    // Picking MVP shows its own window (April–March); March of this year is in the calendar year.
    await expect.poll(() => popup.getByRole('combobox', { name: 'Period' }).inputValue()).toMatch(/^mvp-\d{4}$/);
    await popup.getByRole('combobox', { name: 'Period' }).selectOption(`year-${Y}`);
    const march = popup.getByRole('region', { name: `Online Support, March ${Y} (3)` });
    await march.getByRole('button', { name: `Copy activity: Online Support, March ${Y} (3)` }).click();
    await popup.getByRole('status').filter({ hasText: `Copied activity: Online Support, March ${Y} (3)` }).waitFor();
    expect(await clipboardOf(popup)).toBe(
      [
        'Activity type: Online Support',
        `Title: Online support, March ${Y}: 3 answers on stackoverflow.com and superuser.com`,
        'Description:',
        `In March ${Y} I answered 3 questions on stackoverflow.com (2) and superuser.com (1).`,
        '- How do I peer two VNets?: https://stackoverflow.com/a/70000001',
        '- NSG flow logs are missing: https://superuser.com/a/70000002',
        '- Bicep loop over subnets: https://stackoverflow.com/a/70000003',
        'Target audience: Developer',
        `Published Date: ${Y}-03-02`,
        `End date: ${Y}-03-28`,
        'Role: Author',
        'Quantity: 3',
        'URL: https://stackoverflow.com/a/70000001',
      ].join('\n'),
    );
    const title = popup.getByRole('region', { name: 'Zero trust for hybrid networks' });
    await title.getByRole('button', { name: 'Copy Title of Zero trust for hybrid networks' }).click();
    await expect.poll(() => clipboardOf(popup)).toBe('Zero trust for hybrid networks');
  });

  it('marks what was sent so the next round offers only new entries', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Applications' }).click();
    await popup.getByRole('button', { name: 'Mark all as submitted' }).click();
    await popup.getByText('Nothing new to offer vExpert in this period').waitFor();
    await h.seed([{ kind: 'video', platform: 'generic', url: 'https://video.example.com/v/1', title: 'A new demo', publishedAt: at('07-01'), own: true, source: 'one-click' }]);
    const reopened = await h.openExtensionPage('popup.html');
    await reopened.getByRole('tab', { name: 'Applications' }).click();
    await reopened.getByRole('region', { name: 'Videos and podcasts (1)' }).waitFor();
    expect(await reopened.locator('.plan-item').count()).toBe(1);
    const submitted = (await h.entries()).filter((entry) => entry.programs.vexpert?.status === 'submitted');
    expect(submitted).toHaveLength(6);
  });

  it('exports a backup that imports into a fresh profile as the same entries', async () => {
    const dashboard = await h.openExtensionPage('dashboard.html');
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Download backup (JSON, everything)' }).click()]);
    const backup = readFileSync((await download.path())!, 'utf8');
    const before = (await h.entries()).sort((a, b) => a.id.localeCompare(b.id));
    expect(before).toHaveLength(7);
    await h.close();

    h = await launchWithExtension();
    expect(await h.entries()).toEqual([]);
    const fresh = await h.openExtensionPage('dashboard.html');
    await fresh.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await fresh.getByText('This file would give: 7 added, 0 updated, 0 unchanged, 0 screenshots, 0 rejected.').waitFor();
    expect(await h.entries()).toEqual([]);
    await fresh.getByRole('button', { name: 'Import 7 entries' }).click();
    await fresh.getByText(/^Imported: 7 added/).waitFor();
    expect((await h.entries()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(before);
  });

  it('switches capture off for a site from the popup', async () => {
    const question = 'https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python';
    await h.serve(question, readFileSync(join(__dirname, '..', 'fixtures', 'stack-exchange', 'question-anonymous.html'), 'utf8'));
    const popup = await h.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await popup.getByRole('checkbox', { name: 'Stack Exchange' }).uncheck();
    await expect.poll(() => disabledIn(popup)).toEqual(['stack-exchange']);
    const page = await h.context.newPage();
    await page.goto(question);
    await page.waitForTimeout(1_500);
    expect(await saveButtons(page).count()).toBe(0);

    await popup.getByRole('checkbox', { name: 'Stack Exchange' }).check();
    await page.reload();
    await saveButtons(page).first().waitFor();
  });
});
