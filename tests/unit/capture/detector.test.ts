import { beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { detector as stackExchangeDetector } from '../../../lib/adapters/stack-exchange';
import { startDetector, type DetectorHost } from '../../../lib/capture/detector';
import type { Extractor } from '../../../lib/capture/extractor';
import type { Intent } from '../../../lib/capture/intent';
import { keepShadowRoots } from '../../helpers/closed-roots';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';

const QUESTION = 'https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python';

/** A detector over the real question page, with an extractor whose load the test releases by hand. */
function detectorOn(stored: Record<string, unknown> = { 'setting:handle:stack-exchange': 'someone' }, detector = stackExchangeDetector, alive = () => true) {
  const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
  const win = { location: { href: QUESTION }, setTimeout: (run: () => void) => setTimeout(run, 0) } as unknown as Window;
  const calls: string[] = [];
  const extractor: Extractor = {
    route: async (id) => void calls.push(`route ${id}`),
    save: async (post) => void calls.push(`save ${stackExchangeDetector.itemId(post)}`),
    arm: async (intent) => void calls.push(`arm ${intent.adapterId} ${intent.existing.join(',')}`),
    confirm: async () => void calls.push('confirm'),
  };
  let release: () => void = () => undefined;
  const load = vi.fn(() => new Promise<Extractor>((resolve) => (release = () => resolve(extractor))));
  const kept: Intent[] = [];
  const host: DetectorHost = {
    doc,
    win,
    signal: new AbortController().signal,
    alive,
    read: async (keys) => Object.fromEntries(keys.filter((key) => key in stored).map((key) => [key, stored[key]])),
    keepIntent: async (intent) => void kept.push(intent),
    idle: (run) => run(),
    load,
    isUserAction: () => true,
  };
  return { doc, detector: startDetector([detector], host), load, calls, kept, release: () => release() };
}

let rootOf: ReturnType<typeof keepShadowRoots>;
beforeEach(() => {
  rootOf = keepShadowRoots();
});

const buttonsOf = (doc: Document) => [...doc.querySelectorAll('[data-contribution-tracker="save"]')].map((host) => rootOf(host).querySelector('button')!);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('detector (the content script half of capture)', () => {
  it('places Save buttons and loads no extractor on a page nobody acts on', async () => {
    const { doc, detector, load } = detectorOn();
    await detector.route();
    detector.scan();
    expect(buttonsOf(doc)).toHaveLength(2);
    await flush();
    expect(load).not.toHaveBeenCalled();
  });

  it('scans again for a change of the page, not for the buttons it placed itself', async () => {
    const items = vi.fn(stackExchangeDetector.items);
    const { doc, detector } = detectorOn(undefined, { ...stackExchangeDetector, items });
    await detector.route();
    for (let i = 0; i < 5; i += 1) await flush();
    expect(buttonsOf(doc)).toHaveLength(2);
    expect(items).toHaveBeenCalledTimes(1);
    const answer = doc.querySelector('.answer[data-answerid]')!.cloneNode(true) as Element;
    answer.setAttribute('data-answerid', '1');
    answer.querySelector('[data-contribution-tracker]')?.remove();
    doc.querySelector('#answers')!.append(answer);
    for (let i = 0; i < 5; i += 1) await flush();
    expect(items).toHaveBeenCalledTimes(2);
    expect(buttonsOf(doc)).toHaveLength(3);
  });

  it('labels the Save buttons with the words the background stored, read with the site’s own keys', async () => {
    const { doc, detector } = detectorOn({ 'setting:handle:stack-exchange': 'someone', saveLabels: { Answer: 'Antwort speichern' } });
    await detector.route();
    detector.scan();
    expect(buttonsOf(doc).map((button) => button.textContent)).toEqual(['Antwort speichern', 'Antwort speichern']);
  });

  it('queues Save presses and an intent made while the extractor loads, and runs them in order once it is there', async () => {
    const { doc, detector, load, calls, kept, release } = detectorOn();
    await detector.route();
    detector.scan();
    const [first, second] = buttonsOf(doc);
    first!.click();
    second!.click();
    // The answer form's submit: an intent, taken at the event with the answers shown then.
    const form = doc.createElement('form');
    form.id = 'post-form';
    form.setAttribute('action', '/questions/52742612/answer/submit');
    doc.body.append(form);
    form.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(load).toHaveBeenCalledTimes(1);
    expect(kept.map((intent) => intent.existing)).toEqual([['52742770', '52742922']]);
    expect(first!.getAttribute('aria-busy')).toBe('true');
    await flush();
    expect(calls).toEqual([]);
    release();
    await vi.waitFor(() => expect(calls.length).toBeGreaterThanOrEqual(4));
    // Then confirms: the appended form was a change of the page, scanned once the extractor is there.
    expect(calls.slice(0, 4)).toEqual(['route stack-exchange', 'save 52742770', 'save 52742922', 'arm stack-exchange 52742770,52742922']);
    await vi.waitFor(() => expect(first!.hasAttribute('aria-busy')).toBe(false));
    // Loaded once: later scans confirm through it.
    detector.scan();
    await vi.waitFor(() => expect(calls.at(-1)).toBe('confirm'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tells the user to reload the page when a Save is pressed after the extension went away, and loads nothing', async () => {
    let alive = true;
    const { doc, detector, load, calls } = detectorOn(undefined, undefined, () => alive);
    await detector.route();
    detector.scan();
    const [first, second] = buttonsOf(doc);
    alive = false; // the extension was reloaded or updated under the page
    first!.click();
    await flush();
    expect(first!.textContent).toBe('Reload the page to save');
    expect(first!.getAttribute('aria-disabled')).toBe('true');
    expect(first!.hasAttribute('aria-busy')).toBe(false);
    expect(second!.textContent).toBe('Save answer');
    expect(load).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  it('says in a notice that a post made after the extension went away will not be saved by itself, and keeps no intent', async () => {
    let alive = true;
    const { doc, detector, load, kept } = detectorOn(undefined, undefined, () => alive);
    await detector.route();
    alive = false; // the extension was updated while the answer was being written
    const form = doc.createElement('form');
    form.id = 'post-form';
    form.setAttribute('action', '/questions/52742612/answer/submit');
    doc.body.append(form);
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(submit);
    form.dispatchEvent(new Event('submit', { bubbles: true }));
    // The post itself goes ahead.
    expect(submit.defaultPrevented).toBe(false);
    const notices = doc.querySelectorAll('[data-contribution-tracker="orphaned"]');
    expect(notices).toHaveLength(1);
    const root = rootOf(notices[0]!);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'Contribution Tracker was updated while this page was open and cannot save this by itself. Once it is posted, reload the page and save it there.',
    );
    expect(kept).toEqual([]);
    await flush();
    expect(load).not.toHaveBeenCalled();
    // Dismissed with its own button.
    const dismiss = root.querySelector('button')!;
    expect(dismiss.textContent).toBe('Dismiss');
    dismiss.click();
    expect(doc.querySelector('[data-contribution-tracker="orphaned"]')).toBeNull();
  });

  it('loads the extractor at once for an intent stored before a reload, and off the load path to learn a missing handle', async () => {
    const pending = detectorOn({ 'setting:handle:stack-exchange': 'someone', 'intent:stack-exchange': { adapterId: 'stack-exchange', at: Date.now(), path: '/questions/52742612', existing: [] } });
    await pending.detector.route();
    expect(pending.load).toHaveBeenCalledTimes(1);
    const unknown = detectorOn({});
    await unknown.detector.route();
    expect(unknown.load).toHaveBeenCalledTimes(1);
    const lookedToday = detectorOn({ 'handleLooked:stack-exchange': Date.now() });
    await lookedToday.detector.route();
    expect(lookedToday.load).not.toHaveBeenCalled();
  });
});
