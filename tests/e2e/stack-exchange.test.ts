import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { fixture, freshAnswer, QUESTION_URL, withSiteScript } from './stack-exchange-page';
import { clickToastAction, saveButtons, saveLabels, toastText } from './our-ui';

const QUESTION = QUESTION_URL;
const SUBMIT = 'https://stackoverflow.com/questions/52742612/answer/submit';

async function postAnswer(h: Harness, text: string) {
  const page = await h.context.newPage();
  await page.goto(QUESTION);
  await saveButtons(page).first().waitFor(); // the content script is running
  await page.locator('#wmd-input').fill(text);
  await page.locator('#submit-button').click();
  return page;
}

describe('Stack Exchange in Chromium', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('stores exactly one entry with the permalink when the user posts an answer', async () => {
    let submits = 0;
    await h.serve(QUESTION, withSiteScript(fixture('question-logged-in.html')));
    await h.serve(SUBMIT, (route) => {
      submits += 1;
      return route.fulfill({ json: { success: true, html: freshAnswer() } });
    });
    const page = await postAnswer(h, 'Use traceback.print_exception(type(e), e, e.__traceback__) to print it.');
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    const [entry] = await h.entries();
    expect(entry).toMatchObject({
      url: 'https://stackoverflow.com/a/99990001',
      kind: 'forum-answer',
      platform: 'stack-exchange',
      contextUrl: 'https://stackoverflow.com/questions/52742612',
      contextTitle: 'How to print the stack trace of an exception object in Python?',
      own: true,
      source: 'auto',
      author: 'New Helper',
    });
    expect(entry!.excerpt).toMatch(/^Use traceback\.print_exception/);
    await expect.poll(() => toastText(page)).toContain('Saved to your contributions');
    // Later page changes (comments loading, more mutations) must not capture again.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1_000);
    expect(submits).toBe(1);
    expect(await h.entries()).toHaveLength(1);
  });

  it('confirms after the site loads the new answer’s permalink', async () => {
    const permalink = `${QUESTION}/99990001#99990001`;
    const posted = fixture('question-logged-in.html').replace("<a name='new-answer'></a>", `${freshAnswer()}<a name='new-answer'></a>`);
    await h.serve(QUESTION, withSiteScript(fixture('question-logged-in.html')));
    await h.serve(`${QUESTION}/99990001`, posted);
    await h.serve(SUBMIT, (route) => route.fulfill({ json: { success: true, redirectTo: permalink } }));
    await postAnswer(h, 'Use traceback.print_exception(type(e), e, e.__traceback__) to print it.');
    await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({ url: 'https://stackoverflow.com/a/99990001', source: 'auto', own: true });
  });

  it.each([
    ['a validation message', (route: import('playwright-core').Route) => route.fulfill({ json: { success: false, message: 'Body must be at least 30 characters; you entered 5.' } })],
    ['a server error', (route: import('playwright-core').Route) => route.fulfill({ status: 500, body: 'Internal Server Error' })],
  ])('stores nothing when the submit fails with %s', async (_label, answer) => {
    await h.serve(QUESTION, withSiteScript(fixture('question-logged-in.html')));
    await h.serve(SUBMIT, answer);
    const page = await postAnswer(h, 'Too short');
    await page.getByRole('alert').filter({ hasText: /characters|error occurred/ }).waitFor();
    await page.waitForTimeout(1_500);
    expect(await h.entries()).toEqual([]);
  });

  it('saves an existing answer with one click, with author, votes and accepted state', async () => {
    await h.serve(QUESTION, fixture('question-logged-in-author.html'));
    const page = await h.context.newPage();
    await page.goto(QUESTION);
    const buttons = saveButtons(page);
    await expect.poll(() => buttons.count()).toBe(2);
    expect(await saveLabels(page)).toEqual(['Save answer', 'Save answer']);
    await buttons.first().click();
    await expect.poll(() => h.entries()).toHaveLength(1);
    expect((await h.entries())[0]).toMatchObject({
      url: 'https://stackoverflow.com/a/52742770',
      author: 'Aran-Fey',
      own: true,
      source: 'one-click',
      publishedAt: '2018-10-10T14:39:21.000Z',
      metrics: { votes: 21, accepted: true },
    });
    await buttons.nth(1).click();
    await expect.poll(() => h.entries()).toHaveLength(2);
    expect((await h.entries()).find((entry) => entry.url.endsWith('/52742922'))).toMatchObject({ own: false, author: 'Jean-François Fabre' });

    // The same answer again is recognised, not duplicated.
    await buttons.first().click();
    await expect.poll(() => toastText(page)).toContain('Already in your contributions');
    expect(await h.entries()).toHaveLength(2);
  });

  it('undoes a one-click save from the toast', async () => {
    await h.serve(QUESTION, fixture('question-anonymous.html'));
    const page = await h.context.newPage();
    await page.goto(QUESTION);
    await saveButtons(page).first().click();
    await expect.poll(() => h.entries()).toHaveLength(1);
    await clickToastAction(page, 'Undo');
    await expect.poll(() => h.entries()).toHaveLength(0);
  });

  it('shows the stored answer in the popup', async () => {
    await h.serve(QUESTION, fixture('question-logged-in-author.html'));
    const page = await h.context.newPage();
    await page.goto(QUESTION);
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

  it('learns the user’s handle and counts their answers as theirs on a signed-out page', async () => {
    await h.serve(QUESTION, fixture('question-logged-in-author.html'));
    await h.serve('https://stackoverflow.com/questions/52742612/signed-out', fixture('question-anonymous.html'));
    const signedIn = await h.context.newPage();
    await signedIn.goto(QUESTION);
    await saveButtons(signedIn).first().waitFor();
    const popup = await h.openExtensionPage('popup.html');
    type StorageGlobals = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    const handle = () => popup.evaluate(async () => (await (globalThis as unknown as StorageGlobals).chrome.storage.local.get('setting:handle:stack-exchange'))['setting:handle:stack-exchange']);
    await expect.poll(handle).toBe('aran-fey');

    const signedOut = await h.context.newPage();
    await signedOut.goto('https://stackoverflow.com/questions/52742612/signed-out');
    const buttons = saveButtons(signedOut);
    await buttons.first().click();
    await buttons.nth(1).click();
    await expect.poll(() => h.entries()).toHaveLength(2);
    const entries = await h.entries();
    expect(entries.find((entry) => entry.url.endsWith('/52742770'))).toMatchObject({ own: true, author: 'Aran-Fey' });
    expect(entries.find((entry) => entry.url.endsWith('/52742922'))).toMatchObject({ own: false });
  });

  it('runs no content script on a site it does not support', async () => {
    const html = fixture('question-anonymous.html');
    await h.serve('https://stackoverflow.com/questions/**', html);
    await h.serve('https://example.org/questions/**', html);
    const supported = await h.context.newPage();
    await supported.goto(QUESTION);
    await saveButtons(supported).first().waitFor();
    const unsupported = await h.context.newPage();
    await unsupported.goto('https://example.org/questions/52742612/how-to-print');
    await unsupported.waitForTimeout(1_500);
    expect(await unsupported.locator('[data-contribution-tracker]').count()).toBe(0);
    expect(await saveButtons(unsupported).count()).toBe(0);
  });
});
