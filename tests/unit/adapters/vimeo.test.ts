import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalize } from '../../../lib/sites';
import vimeo from '../../../lib/adapters/vimeo';
import { createAutoCapture } from '../../../lib/capture/auto-capture';
import { FIXTURES_DIR } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';

const html = (name: string) => readFileSync(join(FIXTURES_DIR, 'vimeo', `${name}.html`), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const OWN = new URL('https://vimeo.com/1034567890');

describe('Vimeo canonical URLs', () => {
  it.each([
    'https://vimeo.com/1034567890?share=copy',
    'https://www.vimeo.com/1034567890/',
    'https://vimeo.com/channels/staffpicks/1034567890',
    'https://vimeo.com/groups/vmware/videos/1034567890',
    'https://vimeo.com/album/123456/video/1034567890',
    'https://vimeo.com/showcase/123456/video/1034567890?fl=pl',
    'https://vimeo.com/manage/videos/1034567890',
    'https://player.vimeo.com/video/1034567890?h=d238ab3e9b&badge=0',
    'http://vimeo.com/1034567890#t=30s',
  ])('%s is https://vimeo.com/{id}', (raw) => {
    expect(canonicalize(raw)).toBe('https://vimeo.com/1034567890');
  });

  it('keeps the hash of an unlisted link, which the video needs to play for anyone else', () => {
    expect(canonicalize('https://vimeo.com/1034567892/5f1c2e9a7b?share=copy')).toBe('https://vimeo.com/1034567892/5f1c2e9a7b');
  });

  it('leaves member pages and the uploader to the generic rules', () => {
    expect(canonicalize('https://vimeo.com/user18342210?utm_source=x')).toBe('https://vimeo.com/user18342210');
    expect(canonicalize('https://vimeo.com/upload')).toBe('https://vimeo.com/upload');
  });
});

describe('Vimeo ownership and privacy', () => {
  it('tells ownership by the signed-in member’s id even without the owner’s buttons', () => {
    const withoutButtons = html('video-own-public').replace(/<div class="clip-owner-actions">.*?<\/div>/, '');
    expect(withoutButtons).not.toContain('/manage/videos/');
    expect(vimeo.extract(parse(withoutButtons), OWN, parse(withoutButtons).body)).toMatchObject({ own: true });
  });

  it('tells ownership by the owner-only links when the page state has no member', () => {
    const noMember = html('video-own-public').replace(/"cur_user": \{[^}]*\}/, '"cur_user": false');
    expect(noMember).toContain('"cur_user": false');
    expect(vimeo.currentUser(parse(noMember))).toBeNull();
    expect(vimeo.extract(parse(noMember), OWN, parse(noMember).body)).toMatchObject({ own: true });
    const neither = noMember.replace(/<div class="clip-owner-actions">.*?<\/div>/, '');
    expect(vimeo.extract(parse(neither), OWN, parse(neither).body)).toMatchObject({ own: false });
  });

  it('reads the signed-in member from the page state', () => {
    expect(vimeo.currentUser(parse(html('video-other-member')))).toEqual({ id: '18342210', handle: 'Ana Builds Clouds' });
    expect(vimeo.currentUser(parse(html('video-signed-out')))).toBeNull();
  });

  it('reads privacy from the page state, and treats a page without it as public unless its link is unlisted', () => {
    const privateVideo = parse(html('video-own-private'));
    expect(vimeo.extract(privateVideo, new URL('https://vimeo.com/1034567891'), privateVideo.body)).toBeNull();
    const stateless = html('video-own-private').replace(/window\.vimeo\.clip_page_config = .*;/, '');
    expect(vimeo.extract(parse(stateless), new URL('https://vimeo.com/1034567891'), parse(stateless).body)).toMatchObject({ url: 'https://vimeo.com/1034567891' });
  });

  it('survives braces and quotes inside the page state’s strings', () => {
    const tricky = html('video-own-private').replace('"title":"Lab rehearsal (do not share)"', '"title":"} \\" {{ tricky"');
    expect(tricky).toContain('"title":"} \\" {{ tricky"');
    expect(vimeo.extract(parse(tricky), new URL('https://vimeo.com/1034567891'), parse(tricky).body)).toBeNull();
  });
});

describe('Vimeo upload capture', () => {
  const click = (doc: Document, selector: string) => {
    const event = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(event, 'target', { value: doc.querySelector(selector) });
    return event;
  };

  it('arms when the uploader’s file chooser opens and captures the new video once its page shows it', async () => {
    const onCapture = vi.fn();
    const auto = createAutoCapture(vimeo, memoryStorage(), onCapture, () => Date.parse('2026-11-22T10:01:00Z'));
    const uploader = parse(html('upload-page'));
    expect(await auto.noteIntent(click(uploader, 'input[type="file"]'), uploader, new URL('https://vimeo.com/upload'))).toBe(true);
    expect(await auto.noteIntent(click(uploader, 'h1'), uploader, new URL('https://vimeo.com/upload'))).toBe(false);
    const videoPage = parse(html('video-own-public'));
    expect(await auto.confirm(videoPage, OWN)).toMatchObject({ url: 'https://vimeo.com/1034567890', source: 'auto', own: true });
    expect(onCapture).toHaveBeenCalledOnce();
  });

  it('lists the video on its page and nothing on the uploader', () => {
    expect(vimeo.items(parse(html('video-own-public'))).map((el) => el.tagName)).toEqual(['H1']);
    expect(vimeo.items(parse(html('upload-page')))).toEqual([]);
    expect(vimeo.itemId(vimeo.items(parse(html('video-own-public')))[0]!)).toBe('1034567890');
  });
});
