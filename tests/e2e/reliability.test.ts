import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freezeWorker, pendingCaptures, reloadExtension, watchErrors } from './extension-state';
import { launchWithExtension, type Harness } from './harness';
import { fixture, freshAnswer, QUESTION_URL, questionWithAnswers, withSiteScript } from './stack-exchange-page';
import { clickNotice, orphanedNotice, saveButtons, saveLabels, toastText } from './our-ui';

const ANSWER = 71000001;
const PAGE = questionWithAnswers([{ id: ANSWER, body: 'Call traceback.print_exc() inside the except block.' }]);

async function openQuestion(h: Harness) {
  const page = await h.context.newPage();
  await page.goto(QUESTION_URL);
  const save = saveButtons(page, `#answer-${ANSWER}`);
  await save.waitFor();
  return { page, save };
}

describe('captures survive the background going away', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('keeps an unacknowledged capture through an extension reload; the orphaned page asks for a reload', async () => {
    h = await launchWithExtension();
    const errors = watchErrors(h.context);
    await h.serve(QUESTION_URL, PAGE);
    const { page, save } = await openQuestion(h);

    // The capture is queued and sent, but never answered: the worker stays busy until the reload ends
    // it, however long the extractor's first load and the capture take on a loaded machine.
    await freezeWorker(h.context, 30_000);
    await save.click();
    await expect.poll(() => pendingCaptures(h!), { timeout: 15_000 }).toMatchObject([{ draft: { url: expect.stringContaining(String(ANSWER)) } }]);
    expect(await h.entries()).toEqual([]);

    await reloadExtension(h);
    await expect.poll(() => h!.entries(), { timeout: 15_000 }).toMatchObject([{ url: `https://stackoverflow.com/a/${ANSWER}` }]);
    expect(await pendingCaptures(h)).toEqual([]);

    // The old content script lost its extension: a click there stores nothing, and the pressed button
    // says to reload the page.
    await save.click();
    await expect.poll(async () => (await saveLabels(page)).filter((label) => label === 'Reload the page to save')).toHaveLength(1);
    // A fresh load runs the new content script: nothing is delivered twice.
    await page.reload();
    await saveButtons(page, `#answer-${ANSWER}`).waitFor();
    await page.waitForTimeout(1_000);
    expect(await h.entries()).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('tells the user, on a page the extension was updated under, that the answer they post will not be saved by itself', async () => {
    h = await launchWithExtension();
    const errors = watchErrors(h.context);
    await h.serve('https://stackoverflow.com/questions/52742612/answer/submit', (route) => route.fulfill({ json: { success: true, html: freshAnswer() } }));
    await h.serve(QUESTION_URL, withSiteScript(fixture('question-logged-in.html')));
    const page = await h.context.newPage();
    await page.goto(QUESTION_URL);
    await saveButtons(page).first().waitFor();

    await reloadExtension(h);
    await page.locator('#wmd-input').fill('An answer written while the extension updated.');
    await page.locator('#submit-button').click();
    // The post goes ahead; the old script cannot store it, and says so (in English: its messages went with the old extension).
    await page.locator('#answer-99990001').waitFor();
    await expect.poll(() => orphanedNotice(page)).toContain('was updated while this page was open and cannot save this by itself');
    await page.waitForTimeout(1_000);
    expect(await h.entries()).toEqual([]);
    await clickNotice(page, 'Dismiss');
    await expect.poll(() => orphanedNotice(page)).toBe('');
    expect(errors).toEqual([]);
  });

  it('stores a capture left pending when the browser closed, at the next start, before any site is visited', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'ct-e2e-reopen-'));
    try {
      h = await launchWithExtension({ profileDir });
      await h.serve(QUESTION_URL, PAGE);
      const { save } = await openQuestion(h);
      // Busy until the browser closes under it.
      await freezeWorker(h.context, 30_000);
      await save.click();
      await expect.poll(() => pendingCaptures(h!), { timeout: 15_000 }).toHaveLength(1);
      expect(await h.entries()).toEqual([]);
      await h.close();

      h = await launchWithExtension({ profileDir });
      const errors = watchErrors(h.context);
      await expect.poll(() => h!.entries(), { timeout: 15_000 }).toMatchObject([{ url: `https://stackoverflow.com/a/${ANSWER}`, source: 'one-click' }]);
      expect(await pendingCaptures(h)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await h?.close();
      h = undefined;
      rmSync(profileDir, { recursive: true, force: true });
    }
  });

  it('gives one entry when two tabs save the same answer at once', async () => {
    h = await launchWithExtension();
    const errors = watchErrors(h.context);
    await h.serve(QUESTION_URL, PAGE);
    const [first, second] = [await openQuestion(h), await openQuestion(h)];
    await Promise.all([first.save.click(), second.save.click()]);
    await expect.poll(() => h!.entries()).toHaveLength(1);
    const toasts = await Promise.all([first.page, second.page].map((page) => toastText(page)));
    expect(toasts.sort()).toEqual(['Already in your contributions', 'Saved to your contributionsUndo']);
    await first.page.waitForTimeout(500);
    expect(await h.entries()).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
