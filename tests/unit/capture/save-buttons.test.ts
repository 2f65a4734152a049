import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import stackExchange from '../../../lib/adapters/stack-exchange';
import { INJECTED_ATTR, injectSaveButtons } from '../../../lib/capture/save-buttons';
import { showToast } from '../../../lib/capture/toast';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';

const buttonsOf = (doc: Document) =>
  [...doc.querySelectorAll(`[${INJECTED_ATTR}="save"]`)].map((host) => host.shadowRoot!.querySelector('button')!);

describe('Save buttons', () => {
  it('puts one "Save answer" button beside every answer, never two', () => {
    const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
    expect(injectSaveButtons(stackExchange, doc, vi.fn())).toBe(2);
    expect(injectSaveButtons(stackExchange, doc, vi.fn())).toBe(0);
    expect(buttonsOf(doc).map((button) => button.textContent)).toEqual(['Save answer', 'Save answer']);
  });

  it('hands the clicked answer to the callback', () => {
    const doc = loadDocument(join(FIXTURES_DIR, 'stack-exchange', 'question-anonymous.html'));
    const onSave = vi.fn();
    injectSaveButtons(stackExchange, doc, onSave);
    buttonsOf(doc)[1]!.click();
    expect(onSave.mock.calls[0]![0].getAttribute('data-answerid')).toBe('52742922');
  });
});

describe('toast', () => {
  it('shows hostile text as text, inside a shadow root, with a working action', () => {
    const run = vi.fn();
    showToast(document, { message: '<img src=x onerror=alert(1)>Saved', action: { label: 'Undo', run } });
    const host = document.querySelector('contribution-tracker-toast')!;
    const box = host.shadowRoot!.querySelector('[role="status"]')!;
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>Saved');
    box.querySelector('button')!.click();
    expect(run).toHaveBeenCalledOnce();
    expect(document.querySelector('contribution-tracker-toast')).toBeNull();
  });
});
