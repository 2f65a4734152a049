import { describe, expect, it, vi } from 'vitest';
import { definePublish, detectPublish } from '../../../lib/adapters/define';
import { createAutoCapture } from '../../../lib/capture/auto-capture';
import { memoryStorage } from '../../helpers/memory-storage';

/** A minimal editor: a Publish button, and a success panel that links to the live post. */
const editor = definePublish(
  detectPublish({ id: 'test-editor', name: 'Test editor', kind: 'blog-post', matches: ['https://blog.example.com/admin/*'] }, { publishIntent: 'button.publish', detect: () => true }),
  {
    currentUser: () => ({ handle: 'me' }),
    confirmPublish(doc) {
      const live = doc.querySelector<HTMLAnchorElement>('.published a[href]');
      return live ? { url: live.href, title: live.textContent ?? '', own: true } : null;
    },
  },
);

const page = (body: string) => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
const URL_EDIT = new URL('https://blog.example.com/admin/post/7');
const click = (doc: Document, selector: string) => {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'target', { value: doc.querySelector(selector) });
  return event;
};

describe('publish intent (editors)', () => {
  it('captures the live post once after Publish, from the inner element of the button too', async () => {
    const onCapture = vi.fn();
    const auto = createAutoCapture(editor, memoryStorage(), onCapture);
    const before = page('<button class="publish"><span>Publish</span></button>');
    expect(await auto.noteIntent(click(before, 'button.publish span'), before, URL_EDIT)).toBe(true);
    expect(await auto.confirm(before, URL_EDIT)).toBeUndefined();
    const after = page('<div class="published"><a href="https://blog.example.com/hello">Hello</a> is now live.</div>');
    expect(await auto.confirm(after, URL_EDIT)).toMatchObject({ url: 'https://blog.example.com/hello', source: 'auto' });
    expect(await auto.confirm(after, URL_EDIT)).toBeUndefined();
    expect(onCapture).toHaveBeenCalledOnce();
  });

  it('captures nothing without a publish click (a post that was already live when the editor opened)', async () => {
    const onCapture = vi.fn();
    const auto = createAutoCapture(editor, memoryStorage(), onCapture);
    const other = page('<button class="save-draft">Save draft</button><div class="published"><a href="https://blog.example.com/old">Old</a></div>');
    expect(await auto.noteIntent(click(other, 'button.save-draft'), other, URL_EDIT)).toBe(false);
    expect(await auto.confirm(other, URL_EDIT)).toBeUndefined();
    expect(onCapture).not.toHaveBeenCalled();
  });
});
