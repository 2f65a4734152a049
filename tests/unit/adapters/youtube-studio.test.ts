import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { canonicalize } from '../../../lib/sites';
import youtubeStudio, { youtubeVideoId } from '../../../lib/adapters/youtube-studio';
import { createAutoCapture } from '../../../lib/capture/auto-capture';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';

const WATCH = 'https://www.youtube.com/watch?v=Xk3mP9qLw2A';
const STUDIO = new URL('https://studio.youtube.com/channel/UCx8Qm2v7TzL4d1aB9cK3e5F/videos/upload?d=ud');
const page = (name: string) => loadDocument(join(FIXTURES_DIR, 'youtube-studio', `${name}.html`));

describe('YouTube canonical URLs', () => {
  it.each([
    'https://youtu.be/Xk3mP9qLw2A',
    'https://youtu.be/Xk3mP9qLw2A?si=Bx7d2&t=42',
    'https://www.youtube.com/watch?v=Xk3mP9qLw2A&t=61s&si=abc&feature=shared',
    'https://youtube.com/watch?feature=youtu.be&v=Xk3mP9qLw2A',
    'https://m.youtube.com/watch?v=Xk3mP9qLw2A&list=PL123&index=2',
    'https://youtube.com/shorts/Xk3mP9qLw2A?feature=share',
    'https://www.youtube.com/live/Xk3mP9qLw2A?si=x',
    'https://www.youtube.com/embed/Xk3mP9qLw2A?start=10',
    'https://www.youtube-nocookie.com/embed/Xk3mP9qLw2A',
    'https://studio.youtube.com/video/Xk3mP9qLw2A/edit',
    'http://www.youtube.com/watch?v=Xk3mP9qLw2A#t=30',
  ])('%s is one key with the watch URL', (raw) => {
    expect(canonicalize(raw)).toBe(WATCH);
  });

  it('leaves channel pages, playlists and malformed ids to the generic rules', () => {
    expect(canonicalize('https://www.youtube.com/@anabuildsclouds/videos?utm_source=x')).toBe('https://www.youtube.com/@anabuildsclouds/videos');
    expect(canonicalize('https://www.youtube.com/playlist?list=PL123&si=x')).toBe('https://www.youtube.com/playlist?list=PL123');
    expect(canonicalize('https://youtu.be/short')).toBe('https://youtu.be/short');
    expect(youtubeVideoId('https://evil.example/watch?v=Xk3mP9qLw2A')).toBeUndefined();
    expect(youtubeVideoId('not a url')).toBeUndefined();
  });

  it('knows a Short by its link', () => {
    expect(youtubeVideoId('https://youtube.com/shorts/Xk3mP9qLw2A')).toEqual({ id: 'Xk3mP9qLw2A', short: true });
    expect(youtubeVideoId('https://youtu.be/Xk3mP9qLw2A')).toEqual({ id: 'Xk3mP9qLw2A', short: false });
  });
});

describe('YouTube Studio publish', () => {
  /** A click as a document listener sees it: from inside ytcp-button's shadow root it is retargeted to the host. */
  const click = (doc: Document, selector: string) => {
    const event = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(event, 'target', { value: doc.querySelector(selector) });
    return event;
  };

  it('arms on Publish (#done-button) and captures the public video once the share dialog shows', async () => {
    const onCapture = vi.fn();
    const auto = createAutoCapture(youtubeStudio, memoryStorage(), onCapture);
    const before = page('upload-visibility-step');
    expect(await auto.noteIntent(click(before, 'ytcp-uploads-dialog #done-button'), before, STUDIO)).toBe(true);
    expect(await auto.confirm(before, STUDIO)).toBeUndefined();
    const after = page('published-public');
    expect(await auto.confirm(after, STUDIO)).toMatchObject({ url: WATCH, kind: 'video', own: true, source: 'auto' });
    expect(await auto.confirm(after, STUDIO)).toBeUndefined();
    expect(onCapture).toHaveBeenCalledOnce();
  });

  it('keeps the description’s line breaks in the captured text, flattened in the excerpt', async () => {
    const auto = createAutoCapture(youtubeStudio, memoryStorage(), vi.fn());
    const before = page('upload-visibility-step');
    await auto.noteIntent(click(before, 'ytcp-uploads-dialog #done-button'), before, STUDIO);
    const draft = (await auto.confirm(page('published-public'), STUDIO))!;
    expect(draft.text).toContain('without downtime.\n\nChapters:\n0:00 Pre-checks');
    expect(draft.excerpt).toMatch(/^Upgrading a four-node vSAN cluster .* Chapters: 0:00 Pre-checks/);
  });

  it('does not arm on Save and close, Next or the visibility radios', async () => {
    const auto = createAutoCapture(youtubeStudio, memoryStorage(), vi.fn());
    const doc = page('upload-visibility-step');
    for (const selector of ['ytcp-uploads-dialog #close-button', '#next-button', 'tp-yt-paper-radio-button[name="PUBLIC"]']) {
      expect(await auto.noteIntent(click(doc, selector), doc, STUDIO)).toBe(false);
    }
  });

  it('captures nothing without a click on Publish, even with a share dialog open', async () => {
    const onCapture = vi.fn();
    const auto = createAutoCapture(youtubeStudio, memoryStorage(), onCapture);
    expect(await auto.confirm(page('published-public'), STUDIO)).toBeUndefined();
    expect(onCapture).not.toHaveBeenCalled();
  });

  it('runs on every Studio page, as a publish adapter', () => {
    expect(youtubeStudio.detect(page('draft-closed'), new URL('https://studio.youtube.com/video/Xk3mP9qLw2A/edit'))).toBe(true);
    expect(youtubeStudio.detect(page('draft-closed'), new URL('https://www.youtube.com/watch?v=Xk3mP9qLw2A'))).toBe(false);
    expect(youtubeStudio.shape).toBe('publish');
    expect(youtubeStudio.currentUser?.(page('published-public'))).toEqual({ handle: 'Ana Builds Clouds' });
  });
});

describe('YouTube Studio description text', () => {
  it.each([
    ['<br> line breaks', 'First line.<br>Second line.<br><br>Fourth line.'],
    ['one <div> a line, as Chromium edits', 'First line.<div>Second line.</div><div><br></div><div>Fourth line.</div>'],
  ])('keeps the lines of a box written with %s', async (_label, box) => {
    const doc = page('published-public');
    doc.querySelector('#description-textarea #textbox')!.innerHTML = box;
    const auto = createAutoCapture(youtubeStudio, memoryStorage({ 'intent:youtube-studio': { adapterId: 'youtube-studio', at: Date.now(), path: STUDIO.pathname, existing: [] } }), vi.fn());
    await auto.restore();
    const draft = (await auto.confirm(doc, STUDIO))!;
    expect(draft.text).toBe('First line.\nSecond line.\n\nFourth line.');
    expect(draft.excerpt).toBe('First line. Second line. Fourth line.');
  });
});
