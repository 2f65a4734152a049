import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import stackExchange from '../../../lib/adapters/stack-exchange';
import type { Outbox } from '../../../lib/capture/outbox';
import { INJECTED_ATTR } from '../../../lib/capture/save-buttons';
import { captureOn } from '../../helpers/capture-page';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';
import { keepShadowRoots } from '../../helpers/closed-roots';
import { serveLocale } from '../../helpers/i18n';

/** The background's answer to a capture, or none (no answer in time). */
type Reply = Awaited<Awaited<ReturnType<Outbox['add']>>['reply']>;

const QUESTION = 'https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python';

let rootOf: ReturnType<typeof keepShadowRoots>;
beforeEach(() => {
  rootOf = keepShadowRoots();
});

/** A one-click save on a Q&A page, the background answering `reply`; the page's words are read back. */
async function saveOnce(reply: Reply) {
  const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
  const outbox = { add: vi.fn(async () => ({ reply: Promise.resolve(reply) })) } as unknown as Outbox;
  const capture = captureOn([stackExchange], { doc, href: QUESTION, storage: memoryStorage(), outbox, isUserAction: () => true });
  await capture.route();
  capture.scan();
  const save = rootOf(doc.querySelector(`[${INJECTED_ATTR}="save"]`)).querySelector('button')!;
  const label = save.textContent;
  save.click();
  await vi.waitFor(() => expect(doc.querySelector('contribution-tracker-toast')).not.toBeNull());
  const toast = () => rootOf(doc.querySelector('contribution-tracker-toast')).querySelector('[role]')!;
  return { label, toast };
}

describe('the words a site page shows', () => {
  it('are the browser’s language: the Save button, the toast and its Undo', async () => {
    serveLocale('de');
    const { label, toast } = await saveOnce({ ok: true, id: 'e1', status: 'created' });
    expect(label).toBe('Antwort speichern');
    expect(toast().querySelector('span')!.textContent).toBe('In Ihren Beiträgen gespeichert');
    expect(toast().querySelector('button')!.textContent).toBe('Rückgängig');
  });

  it('say in German when the post was saved before or cannot be stored yet', async () => {
    serveLocale('de');
    expect((await saveOnce({ ok: true, id: 'e1', status: 'duplicate' })).toast().textContent).toBe('Schon in Ihren Beiträgen');
    expect((await saveOnce({ ok: false, retry: true, error: 'Kein Platz.' } as Reply)).toast().textContent).toBe(
      'Auf dieser Seite behalten, noch nicht gespeichert. Kein Platz.',
    );
  });

  it('stay English for an English browser', async () => {
    const { label, toast } = await saveOnce({ ok: true, id: 'e1', status: 'updated' });
    expect(label).toBe('Save answer');
    expect(toast().querySelector('span')!.textContent).toBe('Updated in your contributions');
  });
});
