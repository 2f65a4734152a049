import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import mvp from '../../lib/programs/mvp';
import type { Draft } from '../../lib/schema/contribution';
import { fixture } from '../helpers/portal-fixtures';
import { blogPostAt, daysAgo, windowOf, ymd } from '../helpers/portal-entries';
import { launchWithExtension, openPortalPanel, type Harness } from './harness';

/**
 * The MVP portal's three 2025–26 dialogs (lib/programs/mvp/fixtures/add-activity.html,
 * apply-activity.html, apply-organizer.html) in real Chromium with the built extension:
 * each is filled from stored entries, then every field is read back through the page's own widget
 * state, the calendar-only date pickers included.
 */
const ACTIVITIES_URL = 'https://mvp.microsoft.com/en-US/account/';
const APPLY_URL = 'https://mvp.microsoft.com/en-US/mvp/apply';
const KIT_URL = 'https://mvp.microsoft.com/static/mvp-kit.js';

// Dates relative to today, in an earlier month, so the calendar has to be moved to reach them.
const shown = (iso: string) => new Date(`${ymd(iso)}T12:00:00`).toDateString();

const BLOG_AT = daysAgo(45);
const blogPost = blogPostAt(BLOG_AT, { views: 1234, subscribers: 560 });
const TALK_AT = daysAgo(70);
const talk: Draft = {
  kind: 'talk',
  platform: 'manual',
  url: 'https://conf.example.org/sessions/bicep-at-scale',
  title: 'Bicep at scale',
  excerpt: 'Modules, registries and what-if in a 400-subscription estate.',
  publishedAt: TALK_AT,
  own: true,
  source: 'manual',
  metrics: { attendees: 85, views: 410 },
};
const EVENT_AT = daysAgo(100);
const meetup: Draft = {
  kind: 'event',
  platform: 'manual',
  url: 'https://www.meetup.com/azure-lisbon/events/301234567',
  title: 'Azure Lisbon meetup: networking night',
  // As the Meetup adapter saves it: the event's own times as a field and at the head of the excerpt, its format as a tag.
  excerpt: `${ymd(EVENT_AT)} 18:30–21:00 Europe/Lisbon · In person · Avenida da Liberdade 1, Lisboa`,
  publishedAt: EVENT_AT,
  own: true,
  source: 'manual',
  metrics: { views: 300 },
  tags: ['in-person'],
  event: { start: `${ymd(EVENT_AT)}T18:30`, end: `${ymd(EVENT_AT)}T21:00`, timeZone: 'Europe/Lisbon', format: 'in-person', venue: 'Avenida da Liberdade 1, Lisboa' },
};
const CHOICES = { technologyFocusArea: 'Azure Networking', additionalTechnologyAreas: ['PowerShell', 'DevOps'], targetAudience: ['Developer', 'IT Pro'] };

interface FormWindow {
  __formState: () => Record<string, unknown>;
  __saved?: number;
}
const formState = (page: Page) => page.evaluate(() => (window as unknown as FormWindow).__formState());
const savedCount = (page: Page) => page.evaluate(() => (window as unknown as FormWindow).__saved ?? 0);

describe('the MVP portal’s 2025–26 dialogs in Chromium', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await launchWithExtension();
    await h.serve(KIT_URL, (route) => route.fulfill({ contentType: 'text/javascript', body: fixture('mvp/kit.js') }));
  });
  afterEach(async () => {
    await h?.close();
  });

  async function prepare(drafts: Draft[], url: string, html: string, opener: string): Promise<Page> {
    await h.seed(drafts);
    const popup = await h.openExtensionPage('popup.html');
    await popup.evaluate((picked) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ programChoices: { mvp: picked } }), CHOICES);
    await popup.close();
    await h.serve(url, html);
    const page = await h.context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: opener }).click();
    return page;
  }

  async function fillWith(page: Page, at: string, heading: string): Promise<Locator> {
    const frame = await openPortalPanel(page);
    const panel = frame.getByRole('region', { name: 'Fill this Microsoft MVP form' });
    await panel.getByLabel('Period').selectOption(windowOf(mvp, at).from);
    const items = panel.getByLabel('Fill with');
    await expect.poll(() => items.locator('option').allTextContents(), { timeout: 10_000 }).toContain(heading);
    await items.selectOption({ label: heading });
    await panel.getByRole('button', { name: 'Fill the form' }).click();
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/^Filled \d+ of \d+ fields/);
    return panel;
  }

  it('fills “Add Activity” from a blog post: type, counters it reveals, and the Published Date picked in the calendar', async () => {
    const page = await prepare([blogPost], ACTIVITIES_URL, fixture('mvp/add-activity.html'), 'Add Activity');
    const panel = await fillWith(page, BLOG_AT, blogPost.title);
    expect(await panel.getByRole('status').textContent()).toMatch(/^Filled 11 of 11 fields\. Check the form/);
    expect(await formState(page)).toEqual({
      activityTypeName: 'Blog',
      technologyFocusArea: 'Azure Networking',
      additionalTechnologyAreas: ['PowerShell', 'DevOps'],
      title: blogPost.title,
      description: blogPost.excerpt,
      privateDescription: '',
      targetAudience: ['Developer', 'IT Pro'],
      date: ymd(BLOG_AT),
      role: 'Author',
      numberOfViews: '1234',
      subscriberBase: '560',
      url: blogPost.url,
    });
    expect(await page.getByLabel('Published Date').inputValue()).toBe(shown(BLOG_AT));
    // Filled, never submitted: saving stays the user's click.
    expect(await savedCount(page)).toBe(0);
  });

  it('fills the apply wizard’s activity dialog for a talk at a third-party event, with attendees, sessions and on-demand views', async () => {
    const page = await prepare([talk], APPLY_URL, fixture('mvp/apply-activity.html'), 'Create Activity/Event');
    const panel = await fillWith(page, TALK_AT, talk.title);
    expect(await panel.getByRole('status').textContent()).toMatch(/^Filled 10 of 10 fields\./);
    expect(await formState(page)).toEqual({
      activityTypeName: 'Speaker/Presenter at Third-party Event',
      technologyFocusArea: 'Azure Networking',
      title: talk.title,
      description: talk.excerpt,
      privateDescription: '',
      date: ymd(TALK_AT),
      targetAudience: ['Developer', 'IT Pro'],
      liveStreamViews: '',
      onDemandViews: '410',
      inPersonAttendees: '85',
      numberOfSessions: '1',
      url: talk.url,
    });
    expect(await page.getByLabel('Published Date').inputValue()).toBe(shown(TALK_AT));
    expect(await savedCount(page)).toBe(0);
  });

  it('fills the organizer/event dialog: Format, Type, Time Zone, Start and End Date in their calendars, End Time from its list, Event URL and views', async () => {
    const page = await prepare([meetup], APPLY_URL, fixture('mvp/apply-organizer.html'), 'Create Activity/Event');
    const panel = await fillWith(page, EVENT_AT, `${meetup.title} (event)`);
    expect(await panel.getByRole('status').textContent()).toMatch(/^Filled 12 of 12 fields\./);
    expect(await formState(page)).toEqual({
      title: meetup.title,
      description: meetup.excerpt,
      privateDescription: '',
      targetAudience: ['Developer', 'IT Pro'],
      format: 'In-person',
      eventType: 'Meetup',
      technologyFocusArea: 'Azure Networking',
      // Europe/Lisbon is Windows' “GMT Standard Time”.
      timeZone: 'GMT Standard Time',
      date: ymd(EVENT_AT),
      endTime: '9:00 PM',
      dateEnd: ymd(EVENT_AT),
      url: meetup.url,
      liveStreamViews: '',
      onDemandViews: '300',
      photosUrl: '',
    });
    expect(await page.getByLabel('Start Date').inputValue()).toBe(shown(EVENT_AT));
    expect(await page.getByLabel('End Date').inputValue()).toBe(shown(EVENT_AT));
    // Every required field is filled, Time Zone included: nothing is left to check.
    expect(await panel.getByRole('list', { name: 'Check first' }).count()).toBe(0);
    expect(await savedCount(page)).toBe(0);
  });

  it('names a field it expected and did not find, fills the rest, and submits nothing', async () => {
    const withoutUrl = fixture('mvp/apply-organizer.html').replace(/<label for="url">Event URL<\/label>\s*<input[^>]*>/, '');
    const page = await prepare([meetup], APPLY_URL, withoutUrl, 'Create Activity/Event');
    const panel = await fillWith(page, EVENT_AT, `${meetup.title} (event)`);
    expect(await panel.getByRole('status').textContent()).toMatch(/^Filled 11 of 11 fields\./);
    expect(await panel.getByRole('list', { name: 'Check first' }).textContent()).toContain('No “URL” field found on this form: the other fields are filled');
    expect(await panel.getByRole('list', { name: 'Not on this form (copy by hand)' }).textContent()).toContain(meetup.url);
    expect(await formState(page)).toMatchObject({ title: meetup.title, date: ymd(EVENT_AT), dateEnd: ymd(EVENT_AT), onDemandViews: '300' });
    expect(await savedCount(page)).toBe(0);
  });
});
