import { beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import stackExchange from '../../../lib/adapters/stack-exchange';
import { INJECTED_ATTR, injectSaveButtons } from '../../../lib/capture/save-buttons';
import { showToast } from '../../../lib/capture/toast';
import { watchUserActions } from '../../../lib/capture/user-action';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';
import { keepShadowRoots } from '../../helpers/closed-roots';

let rootOf: ReturnType<typeof keepShadowRoots>;
beforeEach(() => {
  rootOf = keepShadowRoots();
});

const anyEvent = () => true;
const hostsOf = (doc: Document) => [...doc.querySelectorAll(`[${INJECTED_ATTR}="save"]`)];
const buttonsOf = (doc: Document) => hostsOf(doc).map((host) => rootOf(host).querySelector('button')!);

describe('Save buttons', () => {
  it('puts one "Save answer" button beside every answer, never two', () => {
    const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
    expect(injectSaveButtons(stackExchange, doc, anyEvent, vi.fn())).toBe(2);
    expect(injectSaveButtons(stackExchange, doc, anyEvent, vi.fn())).toBe(0);
    expect(buttonsOf(doc).map((button) => button.textContent)).toEqual(['Save answer', 'Save answer']);
  });

  it('keeps each button in a closed shadow root the page cannot open', () => {
    const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
    injectSaveButtons(stackExchange, doc, anyEvent, vi.fn());
    expect(hostsOf(doc).map((host) => host.shadowRoot)).toEqual([null, null]);
    expect([...doc.querySelectorAll('button')].some((button) => button.textContent === 'Save answer')).toBe(false);
  });

  it('hands the clicked answer to the callback when a person clicked', () => {
    const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
    const onSave = vi.fn();
    injectSaveButtons(stackExchange, doc, anyEvent, onSave);
    buttonsOf(doc)[1]!.click();
    expect(onSave.mock.calls[0]![0].getAttribute('data-answerid')).toBe('52742922');
  });

  it('ignores a click a script made', () => {
    const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
    const onSave = vi.fn();
    injectSaveButtons(stackExchange, doc, watchUserActions(doc, new AbortController().signal), onSave);
    buttonsOf(doc)[0]!.click();
    buttonsOf(doc)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('toast', () => {
  it('shows hostile text as text, inside a closed shadow root, with a working action', () => {
    const run = vi.fn();
    showToast(document, { message: '<img src=x onerror=alert(1)>Saved', action: { label: 'Undo', run }, byUser: anyEvent });
    const host = document.querySelector('contribution-tracker-toast')!;
    expect(host.shadowRoot).toBeNull();
    const box = rootOf(host).querySelector('[role="status"]')!;
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>Saved');
    box.querySelector('button')!.click();
    expect(run).toHaveBeenCalledOnce();
    expect(document.querySelector('contribution-tracker-toast')).toBeNull();
  });

  it('ignores a scripted click on its action', () => {
    const run = vi.fn();
    showToast(document, { message: 'Saved', action: { label: 'Undo', run } });
    rootOf(document.querySelector('contribution-tracker-toast')).querySelector('button')!.click();
    expect(run).not.toHaveBeenCalled();
    expect(document.querySelector('contribution-tracker-toast')).not.toBeNull();
  });
});

describe('watchUserActions', () => {
  it('refuses events a script dispatched, whatever their type', () => {
    const isUserAction = watchUserActions(document, new AbortController().signal);
    for (const type of ['click', 'keydown', 'submit']) expect(isUserAction(new Event(type))).toBe(false);
  });
});
