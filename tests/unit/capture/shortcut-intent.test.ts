import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import discourse from '../../../lib/adapters/discourse';
import { createAutoCapture } from '../../../lib/capture/auto-capture';
import { loadDocument } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';

const page = (name: string) => loadDocument(join(__dirname, '..', '..', 'fixtures', 'discourse', name));
const URL_TOPIC = new URL('https://meta.discourse.org/t/webhook-deliveries-fail-with-422-after-upgrading-to-3-4/311234/3');

/** A key press whose target is the first element matching `selector`. */
function press(doc: Document, selector: string, init: KeyboardEventInit) {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: doc.querySelector(selector) });
  return event;
}

describe('sending with the keyboard (Ctrl/Cmd+Enter in the composer)', () => {
  it('is an intent, and the reply that appears is captured once', async () => {
    const onCapture = vi.fn();
    const submittedAt = Date.parse('2026-11-20T10:00:00.000Z');
    const auto = createAutoCapture(discourse, memoryStorage(), onCapture, () => submittedAt);
    const before = page('topic-logged-in.html');
    expect(await auto.noteIntent(press(before, '#reply-control textarea', { key: 'Enter', ctrlKey: true }), before, URL_TOPIC)).toBe(true);
    const after = page('topic-reply-posted.html');
    expect(await auto.confirm(after, URL_TOPIC)).toMatchObject({ url: `${URL_TOPIC.origin}/t/webhook-deliveries-fail-with-422-after-upgrading-to-3-4/311234/4`, source: 'auto' });
    expect(await auto.confirm(after, URL_TOPIC)).toBeUndefined();
    expect(onCapture).toHaveBeenCalledOnce();
  });

  it.each([
    ['Enter alone (a new line)', '#reply-control textarea', { key: 'Enter' }],
    ['Ctrl+S', '#reply-control textarea', { key: 's', ctrlKey: true }],
    ['Ctrl+Enter outside the composer', '.post-stream .cooked', { key: 'Enter', ctrlKey: true }],
  ])('%s is not', async (_label, selector, init) => {
    const auto = createAutoCapture(discourse, memoryStorage(), vi.fn());
    const doc = page('topic-logged-in.html');
    expect(await auto.noteIntent(press(doc, selector, init), doc, URL_TOPIC)).toBe(false);
  });

  it('Cmd+Enter counts too (macOS)', async () => {
    const auto = createAutoCapture(discourse, memoryStorage(), vi.fn());
    const doc = page('topic-logged-in.html');
    expect(await auto.noteIntent(press(doc, '#reply-control textarea', { key: 'Enter', metaKey: true }), doc, URL_TOPIC)).toBe(true);
  });
});
