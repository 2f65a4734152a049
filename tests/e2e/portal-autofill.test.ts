import { build } from 'esbuild';
import type { Locator, Page, Route } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import mvp from '../../lib/programs/mvp';
import vexpert from '../../lib/programs/vexpert';
import type { Program } from '../../lib/programs/define';
import type { Draft } from '../../lib/schema/contribution';
import { fixture, fixturePath } from '../helpers/portal-fixtures';
import { blogPostAt, daysAgo, windowOf, ymd } from '../helpers/portal-entries';
import { launchWithExtension, openPortalPanel, panelFramesIn, panelSettled, portalLauncher, type Harness } from './harness';

/**
 * The portals in real Chromium with the built extension: pages from lib/programs/<id>/fixtures served
 * under the portals' real URLs, so the manifest's matches run the portal content script. Values are
 * read back through each form's own state (window.__formState; on the React page, React's state).
 */
const MVP_URL = 'https://mvp.microsoft.com/en-US/account/';
const REACT_URL = 'https://mvp.microsoft.com/en-US/account/activities';
const REACT_BUNDLE = 'https://mvp.microsoft.com/static/activity-form.js';
const VEXPERT_URL = 'https://vexpert.vmware.com/apply';
const MVP_API = 'https://mavenapi-prod.azurewebsites.net/api/Activities/';

// Dates relative to today so the tests never age; each test picks the program window they fall in.
const lastMonth = (() => {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return (day: number) => `${month.toISOString().slice(0, 8)}${String(day).padStart(2, '0')}T12:00:00.000Z`;
})();
const mdy = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const BLOG_AT = daysAgo(20);
const blogPost = blogPostAt(BLOG_AT);
const VIDEO_AT = daysAgo(25);
const video: Draft = {
  kind: 'video',
  platform: 'youtube-studio',
  url: 'https://www.youtube.com/watch?v=bicep101',
  title: 'Bicep modules in ten minutes',
  excerpt: 'A short tour of Bicep modules and registries.',
  publishedAt: VIDEO_AT,
  own: true,
  source: 'auto',
  metrics: { views: 870 },
};
const answers: Draft[] = [3, 9, 27].map((day, index) => ({
  kind: 'forum-answer',
  platform: 'stack-exchange',
  url: `https://stackoverflow.com/a/7100000${index}`,
  title: `Answer to question ${index}`,
  contextTitle: ['How do I peer two VNets?', 'NSG flow logs are missing', 'Bicep loop over subnets'][index],
  contextUrl: `https://stackoverflow.com/questions/7000000${index}`,
  publishedAt: lastMonth(day),
  own: true,
  source: 'auto',
  metrics: { views: 100 * (index + 1) },
}));
const CHOICES = { technologyFocusArea: 'Azure Networking', additionalTechnologyAreas: ['PowerShell', 'DevOps'], targetAudience: ['Developer', 'IT Pro'] };

interface Chrome {
  chrome: { storage: { local: { set(items: object): Promise<void> } } };
}
interface FormWindow {
  __formState: () => Record<string, unknown>;
}
const formState = (page: Page) => page.evaluate(() => (window as unknown as FormWindow).__formState());

let reactBundle: string;
beforeAll(async () => {
  const built = await build({
    entryPoints: [fixturePath('mvp/react.tsx')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  reactBundle = built.outputFiles[0]!.text;
});

describe('portal autofill in Chromium', () => {
  let h: Harness;
  let saves: string[];
  let failNextSave: boolean;

  beforeEach(async () => {
    h = await launchWithExtension();
    saves = [];
    failNextSave = false;
    // The portal's API, cross-origin as on the real portal.
    await h.serve(MVP_API, (route: Route) => {
      saves.push(route.request().postData() ?? '');
      const status = failNextSave ? 500 : 200;
      failNextSave = false;
      return route.fulfill({ status, headers: { 'access-control-allow-origin': 'https://mvp.microsoft.com' }, contentType: 'application/json', body: JSON.stringify(status === 200 ? { contributionId: 42 } : { error: 'down' }) });
    });
    await h.serve(REACT_URL, '<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Activities | Microsoft MVP</title></head><body><h1>My activities</h1><div id="root"></div><script src="/static/activity-form.js"></script></body></html>');
    await h.serve(REACT_BUNDLE, (route: Route) => route.fulfill({ contentType: 'text/javascript', body: reactBundle }));
  });
  afterEach(async () => {
    await h?.close();
  });

  async function setChoices(programId: string, choices: object) {
    const page = await h.openExtensionPage('popup.html');
    await page.evaluate(([id, picked]) => (globalThis as unknown as Chrome).chrome.storage.local.set({ programChoices: { [id as string]: picked } }), [programId, choices] as const);
    await page.close();
  }

  /** Opens the in-page panel, picks the period and the item; returns the panel. */
  async function openPanel(page: Page, program: Program, at: string, heading: string): Promise<Locator> {
    const frame = await openPortalPanel(page);
    const panel = frame.getByRole('region', { name: `Fill this ${program.name} form` });
    await panel.getByLabel('Period').selectOption(windowOf(program, at).from);
    const items = panel.getByLabel('Fill with');
    await expect.poll(() => items.locator('option').allTextContents(), { timeout: 10_000 }).toContain(heading);
    // Picking an item previews it; the frame then grows upwards to show the plan, and Fill must stay
    // where it was: a pointer on its way there lands on it, not on the page.
    const fillButton = panel.getByRole('button', { name: 'Fill the form' });
    await panelSettled(page);
    // 30% of the 1280 px window, wider than the launcher it opened from (260 px).
    expect((await (await frame.frameElement()).boundingBox())?.width).toBe(384);
    const before = await fillButton.boundingBox();
    await items.selectOption({ label: heading });
    await expect.poll(() => fillButton.isEnabled(), { timeout: 10_000 }).toBe(true);
    await panelSettled(page);
    expect(await fillButton.boundingBox()).toEqual(before);
    return panel;
  }

  async function fill(panel: Locator) {
    await panel.getByRole('button', { name: 'Fill the form' }).click();
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/^Filled \d+ of \d+ fields/);
    await panelSettled(panel.page());
    return panel.getByRole('status').textContent();
  }

  const submitted = async (programId: string) =>
    (await h.entries())
      .filter((entry) => entry.programs[programId]?.status === 'submitted')
      .map((entry) => entry.url)
      .sort();

  it('fills an MVP activity from a blog post on a plain form, and marks it submitted once the portal says it is saved', async () => {
    await h.seed([blogPost]);
    await setChoices('mvp', CHOICES);
    await h.serve(MVP_URL, fixture('mvp/plain.html'));
    const page = await h.context.newPage();
    await page.goto(MVP_URL);
    const panel = await openPanel(page, mvp, BLOG_AT, blogPost.title);
    await expect.poll(() => panel.getByRole('list', { name: 'Plan' }).textContent()).toContain('Private endpoints in hub-and-spoke networks');
    expect(await fill(panel)).toMatch(/^Filled 12 of 12 fields\. Check the form/);
    expect(await formState(page)).toEqual({
      activityTypeName: 'Blog',
      technologyFocusArea: 'Azure Networking',
      additionalTechnologyAreas: ['DevOps', 'PowerShell'],
      targetAudience: ['Developer', 'IT Pro'],
      title: 'Private endpoints in hub-and-spoke networks',
      description: 'How to route private endpoint traffic through a hub firewall.',
      privateDescription: '',
      date: ymd(BLOG_AT),
      dateEnd: '',
      url: 'https://blog.example.com/private-endpoints',
      role: 'Author',
      quantity: '1',
      reach: '1234',
      numberOfViews: '1234',
      isPrivate: false,
    });
    expect(await submitted('mvp')).toEqual([]);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => submitted('mvp'), { timeout: 10_000 }).toEqual(['https://blog.example.com/private-endpoints']);
    expect(saves).toHaveLength(1);
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Saved on the portal: marked 1 entry as submitted to Microsoft MVP.');
  });

  it('fills a month of forum answers into a React form, keeps the title the user typed until they agree, and marks nothing after a failed save', async () => {
    await h.seed(answers);
    await setChoices('mvp', CHOICES);
    const page = await h.context.newPage();
    await page.goto(REACT_URL);
    await page.getByLabel('Title').fill('My own title');
    const month = new Date(answers[0]!.publishedAt!).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const panel = await openPanel(page, mvp, answers[0]!.publishedAt!, `Online Support, ${month} (3)`);
    const status = await fill(panel);
    // The counters appear once the type is chosen: a second look fills them too.
    expect(status).toMatch(/^Filled 11 of 12 fields; kept your text in 1 \(tick Replace and fill again to overwrite\)\./);
    const before = await formState(page);
    expect(before).toMatchObject({
      activityTypeName: 'Online Support',
      technologyFocusArea: 'Azure Networking',
      additionalTechnologyAreas: ['DevOps', 'PowerShell'],
      targetAudience: ['Developer', 'IT Pro'],
      title: 'My own title',
      date: mdy(answers[0]!.publishedAt!),
      dateEnd: mdy(answers[2]!.publishedAt!),
      url: 'https://stackoverflow.com/a/71000000',
      role: 'Author',
      quantity: '3',
      numberOfViews: '600',
    });
    expect(before.description).toContain('- Bicep loop over subnets: https://stackoverflow.com/a/71000002');
    const report = panel.getByRole('list', { name: 'Report' });
    expect(await report.textContent()).toContain('kept your text: It holds “My own title”');

    await report.getByRole('checkbox', { name: 'Replace what is in “Title”' }).check();
    await panel.getByRole('button', { name: 'Fill the form' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^Filled 1 of 12 fields\./);
    expect((await formState(page)).title).toBe(`Online support, ${month}: 3 answers on stackoverflow.com`);
    expect((await formState(page)).quantity).toBe('3');

    failNextSave = true;
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Something went wrong. Your activity was not saved.');
    await page.waitForTimeout(500);
    expect(await submitted('mvp')).toEqual([]);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => submitted('mvp'), { timeout: 10_000 }).toEqual(answers.map((answer) => answer.url).sort());
    expect(saves).toHaveLength(2);
    expect(JSON.parse(saves[1]!).activity.title).toBe(`Online support, ${month}: 3 answers on stackoverflow.com`);
  });

  it('fills custom comboboxes and chips the way a user picks them, “Video” included', async () => {
    await h.seed([video]);
    await setChoices('mvp', CHOICES);
    await h.serve(MVP_URL, fixture('mvp/widgets.html'));
    const page = await h.context.newPage();
    await page.goto(MVP_URL);
    const panel = await openPanel(page, mvp, VIDEO_AT, video.title);
    // Quantity and reach have no place on this form; they are listed to copy by hand.
    expect(await fill(panel)).toMatch(/^Filled 11 of 11 fields\. /);
    expect(await panel.getByRole('list', { name: 'Not on this form (copy by hand)' }).textContent()).toContain('Reach');
    expect(await formState(page)).toEqual({
      activityTypeName: 'Video',
      role: 'Presenter',
      technologyFocusArea: 'Azure Networking',
      additionalTechnologyAreas: ['PowerShell', 'DevOps'],
      targetAudience: ['Developer', 'IT Pro'],
      title: 'Bicep modules in ten minutes',
      description: 'A short tour of Bicep modules and registries.',
      date: dmy(VIDEO_AT),
      url: 'https://www.youtube.com/watch?v=bicep101',
      numberOfSessions: '1',
      liveStreamViews: '',
      onDemandViews: '870',
    });
    // Lists close again after picking; chips show the picks.
    expect(await page.getByRole('listbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Remove IT Pro' }).isVisible()).toBe(true);
    // Closed before the save: the panel's frame stays (hidden), and with it the port that hears "saved".
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect.poll(async () => (await portalLauncher(page)).width).toBeLessThan(260);
    expect(panelFramesIn(page)).toHaveLength(1);
    await page.getByRole('button', { name: 'Save activity' }).click();
    await expect.poll(() => submitted('mvp'), { timeout: 10_000 }).toEqual(['https://www.youtube.com/watch?v=bicep101']);
  });

  it('fills the vExpert lists, keeps what the applicant wrote until they agree, and marks the year once the application is received', async () => {
    const year: Draft[] = [
      { ...blogPost, publishedAt: daysAgo(30) },
      { ...blogPost, url: 'https://blog.example.com/nsx', title: 'NSX overlay basics', publishedAt: daysAgo(60) },
      { kind: 'talk', platform: 'manual', url: 'https://vmug.example.org/usercon', title: 'VMUG UserCon keynote', publishedAt: daysAgo(40), own: true, source: 'manual' },
      { ...answers[0]!, platform: 'broadcom-community', url: 'https://community.broadcom.com/discussion/vmotion-fails-at-21', title: 'Re: vMotion fails at 21%', publishedAt: daysAgo(35) },
    ];
    await h.seed(year);
    let applications = 0;
    await h.serve(VEXPERT_URL, (route: Route) => {
      if (route.request().method() === 'POST') {
        applications += 1;
        return route.fulfill({ status: 200, body: 'ok' });
      }
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture('vexpert/application.html') });
    });
    const page = await h.context.newPage();
    await page.goto(VEXPERT_URL);
    await page.getByLabel('Public speaking (VMUG, conferences, webinars)').fill('VMUG UserCon keynote, and a meetup talk in May');
    const panel = await openPanel(page, vexpert, daysAgo(30), 'Everything (3 lists, 4 entries)');
    // Named for the year the award runs: last year's work is the next year's vExpert.
    const workYear = Number(daysAgo(30).slice(0, 4));
    expect(await panel.getByLabel('Period').locator('option:checked').textContent()).toBe(`vExpert ${workYear + 1} (Jan–Dec ${workYear})`);
    expect(await fill(panel)).toMatch(/^Filled 4 of 5 fields; kept your text in 1 /);
    const line = (draft: Draft) => `${ymd(draft.publishedAt!)} - ${draft.title} - ${draft.url}`;
    expect(await formState(page)).toMatchObject({
      name: 'Sam Example',
      email: 'sam@example.org',
      path: 'evangelist',
      blog_posts: [year[1]!, year[0]!].map(line).join('\n'),
      blog_count: '2',
      public_speaking: 'VMUG UserCon keynote, and a meetup talk in May',
      community: line(year[3]!),
      community_count: '1',
      leadership: '',
    });
    await panel.getByRole('list', { name: 'Report' }).getByRole('checkbox', { name: /^Replace what is in “Public speaking/ }).check();
    await panel.getByRole('button', { name: 'Fill the form' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^Filled 1 of 5 fields\./);
    expect((await formState(page)).public_speaking).toBe(line(year[2]!));
    expect(await submitted('vexpert')).toEqual([]);
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect.poll(() => submitted('vexpert'), { timeout: 10_000 }).toEqual(year.map((draft) => draft.url).sort());
    expect(applications).toBe(1);
    expect(await submitted('mvp')).toEqual([]);
  });

  it('says so, and writes nothing, when the activity form is not open yet', async () => {
    await h.seed([blogPost]);
    await h.serve(MVP_URL, '<!doctype html><title>Activities | Microsoft MVP</title><form role="search"><label>Search MVPs <input name="q" value="bicep"></label></form><button>Add activity</button>');
    const page = await h.context.newPage();
    await page.goto(MVP_URL);
    const panel = await openPanel(page, mvp, BLOG_AT, blogPost.title);
    await panel.getByRole('button', { name: 'Fill the form' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('No field of this page matches: open the form (such as “Add activity”) first, then fill.');
    expect(await page.getByLabel('Search MVPs').inputValue()).toBe('bicep');
  });

  it('fills the portal tab from the popup’s Applications panel', async () => {
    await h.seed([blogPost]);
    await setChoices('mvp', CHOICES);
    await h.serve(MVP_URL, fixture('mvp/plain.html'));
    const portal = await h.context.newPage();
    await portal.goto(MVP_URL);
    // Only the launcher is on the page: the fill makes the panel's frame and waits for it.
    await portalLauncher(portal);
    expect(panelFramesIn(portal)).toHaveLength(0);
    const popup = await h.openExtensionPage('popup.html');
    await popup.getByLabel('Period').selectOption(windowOf(mvp, BLOG_AT).id);
    await popup.getByRole('tab', { name: 'Applications' }).click();
    await popup.getByRole('radio', { name: 'Microsoft MVP' }).check();
    // The popup opens over the portal tab: that tab is the active one.
    await portal.bringToFront();
    await popup.getByRole('button', { name: `Fill on the portal: ${blogPost.title}` }).click();
    // The panel's own status line (each Copy button has its own beside it).
    await expect.poll(() => popup.locator('.programs > [role="status"]').textContent(), { timeout: 15_000 }).toBe('Filled 12 fields on the portal: check the form there, then save it.');
    expect(await formState(portal)).toMatchObject({ activityTypeName: 'Blog', title: blogPost.title, date: ymd(BLOG_AT), url: blogPost.url, targetAudience: ['Developer', 'IT Pro'] });
  });

  it('tells the popup when the tab is not the portal', async () => {
    await h.seed([blogPost]);
    await h.serve('https://example.org/', '<!doctype html><title>Elsewhere</title><p>Not a portal</p>');
    const other = await h.context.newPage();
    await other.goto('https://example.org/');
    const popup = await h.openExtensionPage('popup.html');
    await popup.getByLabel('Period').selectOption(windowOf(mvp, BLOG_AT).id);
    await popup.getByRole('tab', { name: 'Applications' }).click();
    await popup.getByRole('radio', { name: 'Microsoft MVP' }).check();
    await other.bringToFront();
    await popup.getByRole('button', { name: `Fill on the portal: ${blogPost.title}` }).click();
    await expect.poll(() => popup.getByRole('alert').textContent(), { timeout: 10_000 }).toBe('Open the Microsoft MVP portal’s form in this tab first, then try again.');
  });
});
