import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { handleMessage, type HandlerDeps, type Sender } from '../../../lib/background/handlers';
import { TrackerDb } from '../../../lib/db/database';
import type { sendMessage } from '../../../lib/messaging';
import { ReplySchemas, type Message, type ReplyOf } from '../../../lib/schema/messages';

const ORIGIN = 'chrome-extension://abcdef/';
const draft = { kind: 'forum-answer', platform: 'stack-exchange', url: 'https://stackoverflow.com/a/52742770', title: 'How to print a stack trace?', own: true, source: 'auto' } as const;
const page: Sender = { id: 'abcdef', url: 'https://stackoverflow.com/questions/1/x', tab: { id: 4, url: 'https://stackoverflow.com/questions/1/x' } };
const popup: Sender = { id: 'abcdef', url: `${ORIGIN}popup.html` };
const panel: Sender = { id: 'abcdef', url: `${ORIGIN}portal-panel.html`, tab: { id: 7, url: 'https://mvp.microsoft.com/en-US/account/' } };

let deps: HandlerDeps;
let n = 0;
beforeEach(() => {
  deps = {
    db: new TrackerDb(`replies-${++n}`),
    extensionId: 'abcdef',
    extensionOrigin: ORIGIN,
    pageActions: () => ({ extractActiveTab: vi.fn(async () => ({ ...draft, url: 'https://blog.example.com/post', platform: 'generic', kind: 'blog-post', text: 'The post.' })) }),
    retryPending: vi.fn(async () => undefined),
    now: () => new Date('2026-05-01T12:00:00Z'),
  };
});

/** Sends one message and checks the answer against the reply schema of that message's type. */
async function answer<T extends Message['type']>(message: Message & { type: T }, sender: Sender) {
  // Checked against the schema right here; the cast only names what a generic T cannot infer.
  const reply = (await handleMessage(message, sender, deps)) as ReplyOf<T>;
  const parsed = ReplySchemas[message.type].safeParse(reply);
  expect(parsed.success, `${message.type}: ${JSON.stringify(reply)}`).toBe(true);
  return reply;
}

describe('every reply matches the reply schema of its message', () => {
  it('captures, undoes, deletes and retries', async () => {
    const created = await answer({ type: 'captureContribution', captureId: 'c1', draft }, page);
    expect(created).toMatchObject({ ok: true, status: 'created' });
    const id = created.ok ? created.id! : '';
    expect(await answer({ type: 'undoCapture', id }, page)).toEqual({ ok: true, id });
    expect(await answer({ type: 'undoCapture', id }, page)).toEqual({ ok: true });
    expect(await answer({ type: 'deleteContribution', id }, popup)).toEqual({ ok: true, id });
    expect(await answer({ type: 'retryPendingCaptures' }, page)).toEqual({ ok: true });
  });

  it('previews and saves the page', async () => {
    const preview = await answer({ type: 'previewCurrentPage' }, popup);
    expect(preview.ok && preview.draft.title).toBe('How to print a stack trace?');
    expect(preview.ok && 'text' in preview.draft).toBe(false);
    expect(await answer({ type: 'saveCurrentPage', corrections: { title: 'Renamed' } }, popup)).toMatchObject({ ok: true, status: 'created' });
  });

  it('answers the portal panel', async () => {
    const listed = await answer({ type: 'listPortalItems' }, panel);
    expect(listed.ok && listed.portal.programId).toBe('mvp');
    expect(await answer({ type: 'planPortalFill', itemKey: 'gone', form: { fields: [] } }, panel)).toMatchObject({ ok: false });
    expect(await answer({ type: 'markPortalSubmitted', itemKey: 'gone', entryIds: ['x'] }, panel)).toMatchObject({ ok: false });
  });

  it('refuses in the one failure shape, whatever was asked', async () => {
    for (const message of [{ type: 'deleteContribution', id: 'x' }, { type: 'listPortalItems' }, { type: 'previewCurrentPage' }] as const) {
      expect(await answer(message, page)).toMatchObject({ ok: false, retry: false, error: expect.stringMatching(/refused/) });
    }
  });
});

describe('reply schemas', () => {
  it('refuse a success without the answer its message asked for', () => {
    expect(ReplySchemas.listPortalItems.safeParse({ ok: true }).success).toBe(false);
    expect(ReplySchemas.planPortalFill.safeParse({ ok: true, marked: 3 }).success).toBe(false);
    expect(ReplySchemas.markPortalSubmitted.safeParse({ ok: true, marked: 3 }).success).toBe(true);
    expect(ReplySchemas.captureContribution.safeParse({ ok: true, id: 'e1' }).success).toBe(false);
  });

  it('type the reply of each sendMessage by its message (checked by the typecheck)', () => {
    const calls = async (send: typeof sendMessage) => {
      const listed = await send({ type: 'listPortalItems' });
      expectTypeOf(listed).toEqualTypeOf<ReplyOf<'listPortalItems'>>();
      if (listed.ok) expectTypeOf(listed.portal.programName).toBeString();
      const planned = await send({ type: 'planPortalFill', itemKey: 'k', form: { fields: [] } });
      // @ts-expect-error a plan's reply carries no portal
      void (planned.ok && planned.portal);
      // @ts-expect-error an undo names the entry it removes
      await send({ type: 'undoCapture' });
      // @ts-expect-error no message of that type carries a draft
      await send({ type: 'retryPendingCaptures', draft });
    };
    expect(calls).toBeTypeOf('function');
  });
});
