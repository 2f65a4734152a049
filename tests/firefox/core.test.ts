import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from './harness';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'stack-exchange', name), 'utf8');
const QUESTION = 'https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python';

describe('the Firefox build in real Firefox ESR', () => {
  let ff: FirefoxHarness;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('saves a Stack Overflow answer with one click, and the popup lists it under its year', async () => {
    const page = await ff.newPage((url) => (url.startsWith(QUESTION) ? { body: fixture('question-logged-in-author.html') } : undefined));
    await page.goto(QUESTION);
    // The button lives in a closed shadow root: a real click at its host's centre reaches it, as a person's does.
    const save = await page.waitForSelector('[data-contribution-tracker="save"]', { timeout: 15_000 });
    await save!.click();
    await page.waitForSelector('contribution-tracker-toast', { timeout: 15_000 });
    await expect.poll(() => ff.entries(), { timeout: 10_000 }).toHaveLength(1);
    expect((await ff.entries())[0]).toMatchObject({ url: 'https://stackoverflow.com/a/52742770', author: 'Aran-Fey', own: true, source: 'one-click', publishedAt: '2018-10-10T14:39:21.000Z' });

    // The answer is from 2018: the period list reaches back to it.
    const popup = await ff.openExtensionPage('popup.html');
    await popup.waitForSelector('select option[value="year-2018"]', { timeout: 10_000 });
    await popup.select('header select', 'year-2018');
    const link = await popup.waitForSelector('ol.entries a[href="https://stackoverflow.com/a/52742770"]', { timeout: 10_000 });
    expect(await link!.evaluate((a) => a.closest('li')?.textContent)).toContain('Stack Exchange');
    await popup.close();
    await page.close();
  });

});
