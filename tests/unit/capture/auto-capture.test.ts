import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import stackExchange from '../../../lib/adapters/stack-exchange';
import { createAutoCapture } from '../../../lib/capture/auto-capture';
import { INTENT_TTL_MS } from '../../../lib/capture/intent';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';

const page = (name: string) => loadDocument(join(FIXTURES_DIR, 'stack-exchange', `${name}.html`));
const URL_Q = new URL('https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python');
const submittedAt = Date.parse('2026-11-20T09:59:58Z');

function submitOn(doc: Document) {
  const form = doc.querySelector('#post-form')!;
  const event = new Event('submit', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'target', { value: form });
  return event;
}

describe('auto-capture on Stack Exchange', () => {
  it('captures exactly once: the new answer that appears after the submit', async () => {
    const storage = memoryStorage();
    const onCapture = vi.fn();
    let now = submittedAt;
    const auto = createAutoCapture(stackExchange, storage, onCapture, () => now);
    expect(await auto.noteIntent(submitOn(page('question-logged-in')), page('question-logged-in'), URL_Q)).toBe(true);
    now += 3_000;
    const after = page('question-answer-posted');
    expect(await auto.confirm(after, URL_Q)).toMatchObject({ url: 'https://stackoverflow.com/a/99990001', own: true, source: 'auto' });
    expect(await auto.confirm(after, URL_Q)).toBeUndefined();
    expect(onCapture).toHaveBeenCalledOnce();
    expect(storage.data.size).toBe(0);
  });

  it('survives a reload: the intent is restored from storage', async () => {
    const storage = memoryStorage();
    const before = createAutoCapture(stackExchange, storage, vi.fn(), () => submittedAt);
    await before.noteIntent(submitOn(page('question-logged-in')), page('question-logged-in'), URL_Q);
    const onCapture = vi.fn();
    const reloaded = createAutoCapture(stackExchange, storage, onCapture, () => submittedAt + 4_000);
    await reloaded.restore();
    await reloaded.confirm(page('question-answer-posted'), URL_Q);
    expect(onCapture).toHaveBeenCalledOnce();
  });

  it('captures nothing when the submit failed (validation message, no new answer)', async () => {
    const onCapture = vi.fn();
    const auto = createAutoCapture(stackExchange, memoryStorage(), onCapture, () => submittedAt);
    await auto.noteIntent(submitOn(page('question-logged-in')), page('question-logged-in'), URL_Q);
    expect(await auto.confirm(page('question-submit-failed'), URL_Q)).toBeUndefined();
    expect(onCapture).not.toHaveBeenCalled();
  });

  it('captures nothing without a submit, and nothing once the intent expired', async () => {
    const onCapture = vi.fn();
    let now = submittedAt;
    const auto = createAutoCapture(stackExchange, memoryStorage(), onCapture, () => now);
    expect(await auto.confirm(page('question-answer-posted'), URL_Q)).toBeUndefined();
    await auto.noteIntent(submitOn(page('question-logged-in')), page('question-logged-in'), URL_Q);
    now += INTENT_TTL_MS + 1;
    expect(await auto.confirm(page('question-answer-posted'), URL_Q)).toBeUndefined();
    expect(onCapture).not.toHaveBeenCalled();
  });

  it('does not take an old own answer on another page for the new one', async () => {
    const onCapture = vi.fn();
    const auto = createAutoCapture(stackExchange, memoryStorage(), onCapture, () => submittedAt);
    // Submitted somewhere else; then the user opens a page holding an answer they wrote in 2018.
    await auto.noteIntent(submitOn(page('question-logged-in')), page('not-a-question'), new URL('https://stackoverflow.com/questions/1/other'));
    expect(await auto.confirm(page('question-logged-in-author'), URL_Q)).toBeUndefined();
    expect(onCapture).not.toHaveBeenCalled();
  });

  it('ignores submits of other forms (search, comments)', async () => {
    const auto = createAutoCapture(stackExchange, memoryStorage(), vi.fn(), () => submittedAt);
    const doc = page('question-logged-in');
    const event = new Event('submit');
    Object.defineProperty(event, 'target', { value: doc.querySelector('form#search') });
    expect(await auto.noteIntent(event, doc, URL_Q)).toBe(false);
  });
});
