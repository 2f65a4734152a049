import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileBody } from '../e2e/sites/routes';
import { launchFirefox, type FirefoxHarness } from './harness';

const FEED = 'https://www.linkedin.com/feed/';
const POST = 'https://www.linkedin.com/feed/update/urn:li:activity:7445480158004434567/';

describe('in-page navigation in real Firefox ESR', () => {
  let ff: FirefoxHarness;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('a LinkedIn post opened from the feed in place gets its Save button, and its save is stored', async () => {
    const feed = fileBody('linkedin', { file: 'feed.html', script: 'spa-route.js' });
    const post = fileBody('linkedin', { file: 'post-other.html' });
    const page = await ff.newPage((url) => (url === FEED ? { body: feed } : url === POST ? { body: post } : undefined));
    await page.goto(FEED);
    await page.click("[data-urn='urn:li:activity:7445480158004434567'] .update-components-actor__sub-description-link");
    await page.waitForSelector("html[data-in-page-visits='1']", { timeout: 10_000 });
    const save = await page.waitForSelector('[data-contribution-tracker="save"]', { timeout: 15_000 });
    await save!.click();
    await page.waitForSelector('contribution-tracker-toast', { timeout: 15_000 });
    await expect.poll(() => ff.entries(), { timeout: 10_000 }).toHaveLength(1);
    expect((await ff.entries())[0]).toMatchObject({ platform: 'linkedin', url: 'https://www.linkedin.com/feed/update/urn:li:activity:7445480158004434567', source: 'one-click' });
    await page.close();
  });
});
