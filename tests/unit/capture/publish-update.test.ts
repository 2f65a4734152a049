import { describe, expect, it, vi } from 'vitest';
import { definePublish, detectPublish, type PublishAdapter, type PublishIntent } from '../../../lib/adapters/define';
import { createAutoCapture } from '../../../lib/capture/auto-capture';
import { memoryStorage } from '../../helpers/memory-storage';

const CLICK_AT = Date.parse('2026-11-22T10:00:00Z');
const EDITOR = new URL('https://blog.example.com/p/abc123/edit');

/** An editor whose live page shows the post's publication date (as dev.to, Medium and Blogger do). */
function editor(over: Partial<PublishAdapter> = {}) {
  const seen: PublishIntent[] = [];
  const detector = detectPublish({ id: 'test-editor', name: 'Test editor', kind: 'blog-post', matches: ['https://blog.example.com/*'] }, { publishIntent: 'button', detect: () => true });
  const adapter = definePublish(detector, {
    currentUser: () => ({ handle: 'me' }),
    confirmPublish(doc, _url, intent) {
      seen.push(intent);
      const live = doc.querySelector('article[data-published]');
      if (!live) return null;
      return {
        url: 'https://blog.example.com/hello-abc123',
        title: 'Hello',
        publishedAt: live.getAttribute('data-published')!,
        own: true,
      };
    },
    ...over,
  });
  return { adapter, seen };
}

const page = (body: string) => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
const click = (doc: Document, selector: string) => {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'target', { value: doc.querySelector(selector) });
  return event;
};

async function publishThenShow(adapter: PublishAdapter, livePage: Document) {
  const onCapture = vi.fn();
  let now = CLICK_AT;
  const auto = createAutoCapture(adapter, memoryStorage(), onCapture, () => now);
  const before = page('<button>Publish</button>');
  await auto.noteIntent(click(before, 'button'), before, EDITOR);
  now += 4_000;
  return { captured: await auto.confirm(livePage, new URL('https://blog.example.com/hello-abc123')), onCapture };
}

describe('publish confirmation with the intent', () => {
  it('hands the adapter the time and editor path of the click', async () => {
    const { adapter, seen } = editor();
    await publishThenShow(adapter, page('<p>not yet</p>'));
    expect(seen).toEqual([{ at: CLICK_AT, path: '/p/abc123/edit' }]);
  });

  it('takes a post first published at the click as new', async () => {
    const { adapter } = editor();
    const { captured } = await publishThenShow(adapter, page('<article data-published="2026-11-22T10:00:02Z"></article>'));
    expect(captured).toMatchObject({ url: 'https://blog.example.com/hello-abc123', source: 'auto' });
    expect(captured?.refreshOnly).toBeUndefined();
  });

  it('takes a post that was live long before the click as an update that may only refresh its entry', async () => {
    const { adapter } = editor();
    const { captured, onCapture } = await publishThenShow(adapter, page('<article data-published="2026-03-01T08:00:00Z"></article>'));
    expect(captured).toMatchObject({ refreshOnly: true, source: 'auto' });
    expect(onCapture).toHaveBeenCalledWith(expect.objectContaining({ refreshOnly: true }));
  });

  it('with publishText, counts only a control whose text matches', async () => {
    const { adapter } = editor({ publishText: /^publish( now)?$/i });
    const auto = createAutoCapture(adapter, memoryStorage(), () => undefined);
    const doc = page('<button id="draft">Save draft</button><button id="go"><span>Publish now</span></button>');
    expect(await auto.noteIntent(click(doc, '#draft'), doc, EDITOR)).toBe(false);
    expect(await auto.noteIntent(click(doc, '#go span'), doc, EDITOR)).toBe(true);
  });
});
