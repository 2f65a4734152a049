import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALLOWED_SENDERS, handleMessage, type HandlerDeps, type Sender } from '../../../lib/background/handlers';
import { TrackerDb } from '../../../lib/db/database';
import { MessageSchema } from '../../../lib/schema/messages';

/** Every message type, read from the schema, so a type added later is covered here without editing this file. */
const TYPES = MessageSchema.options.map((option) => option.shape.type.value);
const PRIVILEGED = TYPES.filter((type) => ALLOWED_SENDERS[type] === 'extension');

const ORIGIN = 'chrome-extension://abcdef/';
const page = 'https://stackoverflow.com/questions/1/x';
const senders: Record<string, Sender> = {
  'a content script': { id: 'abcdef', url: page, tab: { id: 4, url: page } },
  'a content script in a frame': { id: 'abcdef', url: 'https://ads.example/frame', tab: { id: 4, url: page } },
  'a page pretending to be ours': { id: 'abcdef', url: `https://evil.example/${ORIGIN}`, tab: { id: 4, url: 'https://evil.example/' } },
};
const foreign: Record<string, Sender> = {
  'another extension': { id: 'zzzzzz', url: 'chrome-extension://zzzzzz/page.html' },
  'another extension using our origin in its URL': { id: 'zzzzzz', url: `${ORIGIN}popup.html` },
  'a sender without an id (a web page)': { url: page, tab: { id: 4, url: page } },
};

let deps: HandlerDeps;
let extractActiveTab: () => Promise<unknown>;
let n = 0;
beforeEach(async () => {
  extractActiveTab = vi.fn(async () => ({}));
  deps = {
    db: new TrackerDb(`sender-policy-${++n}`),
    extensionId: 'abcdef',
    extensionOrigin: ORIGIN,
    pageActions: () => ({ extractActiveTab }),
  };
  await deps.db.contributions.add({
    id: 'keep-me',
    kind: 'forum-answer',
    platform: 'stack-exchange',
    url: 'https://stackoverflow.com/a/1',
    title: 'Mine',
    excerpt: '',
    own: true,
    source: 'auto',
    publishedAt: '2026-01-01T00:00:00.000Z',
    capturedAt: '2026-01-01T00:00:00.000Z',
    evidence: {},
    tags: [],
    notes: '',
    privateNotes: '',
    programs: {},
  });
});

describe('message sender policy', () => {
  it('declares a sender policy for every message type the schema accepts', () => {
    expect(Object.keys(ALLOWED_SENDERS).sort()).toEqual([...TYPES].sort());
  });

  it('keeps destructive and configuration messages to the extension’s own pages', () => {
    const sensitive = TYPES.filter((type) => /^(delete|remove|clear|wipe|import|restore|export|update|set|save(?!Current)|grant|add(?!Intent))/i.test(type) || /settings|site|permission/i.test(type));
    for (const type of sensitive) expect({ type, allowed: ALLOWED_SENDERS[type] }).toEqual({ type, allowed: 'extension' });
    expect(PRIVILEGED).toEqual(expect.arrayContaining(['deleteContribution', 'saveCurrentPage']));
  });

  describe.each(TYPES)('%s', (type) => {
    it.each(Object.entries(foreign))('is refused from %s, whatever it carries', async (_label, sender) => {
      const reply = await handleMessage({ type, id: 'keep-me', captureId: 'c', draft: {} }, sender, deps);
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/did not come from this extension/) });
      expect(await deps.db.contributions.count()).toBe(1);
      expect(extractActiveTab).not.toHaveBeenCalled();
    });
  });

  describe.each(PRIVILEGED)('%s (extension pages only)', (type) => {
    it.each(Object.entries(senders))('is refused from %s before its payload is read', async (_label, sender) => {
      // A payload that would not even parse: the refusal must come from the sender check, not from zod.
      const reply = await handleMessage({ type, id: 'keep-me', junk: { deep: ['x'] } }, sender, deps);
      expect(reply).toEqual({ ok: false, retry: false, error: `Message refused: ${type} is only allowed from the extension's own pages.` });
      expect(await deps.db.contributions.count()).toBe(1);
      expect(extractActiveTab).not.toHaveBeenCalled();
    });

    it('gets past the sender check from the popup', async () => {
      const reply = await handleMessage({ type, id: 'keep-me' }, { id: 'abcdef', url: `${ORIGIN}popup.html` }, deps);
      expect(reply.ok ? '' : reply.error).not.toMatch(/only allowed from the extension's own pages|did not come from/);
    });
  });

  it('refuses a message type nobody declared, from any sender', async () => {
    for (const sender of [...Object.values(senders), { id: 'abcdef', url: `${ORIGIN}popup.html` }]) {
      expect(await handleMessage({ type: 'wipeEverything' }, sender, deps)).toMatchObject({ ok: false, error: expect.stringMatching(/^Message refused/) });
      expect(await handleMessage({ type: 'constructor' }, sender, deps)).toMatchObject({ ok: false, error: expect.stringMatching(/^Message refused/) });
    }
    expect(await deps.db.contributions.count()).toBe(1);
  });
});
