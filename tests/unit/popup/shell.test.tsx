import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { Popup } from '../../../components/Popup';
import { fillShell } from '../../../entrypoints/popup/shell-text';
import { serveLocale } from '../../helpers/i18n';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

const now = new Date('2026-11-22T10:00:00.000Z');
const savePage = { preview: vi.fn(), save: vi.fn(), screenshots: { get: async () => true, set: vi.fn() } };

/** popup.html's static shell, as the page parses it. */
function shellOfPopupHtml(): HTMLElement {
  const html = readFileSync(join(__dirname, '..', '..', '..', 'entrypoints', 'popup', 'index.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const shell = parsed.getElementById('shell')!;
  document.body.append(document.importNode(shell, true));
  return document.getElementById('shell')!;
}

/** What a first frame shows, element by element: its tag and words (a select shows its chosen option). */
const frame = (root: Element) =>
  [...root.querySelectorAll('h1, label > span, select, button, .panel')].map((element) =>
    element instanceof HTMLSelectElement ? `select:${element.selectedOptions[0]?.textContent}` : `${element.localName}.${element.className}:${element.textContent}`,
  );

describe('the popup’s static shell', () => {
  it.each(['en', 'de'])('draws the app’s own first frame in %s: the same elements with the same words', (locale) => {
    serveLocale(locale);
    const shell = shellOfPopupHtml();
    fillShell(document, now);
    const { container } = render(<Popup db={undefined} now={now} savePage={savePage} openDashboard={() => undefined} />);
    expect(frame(shell)).toEqual(frame(container));
    expect(frame(shell)).toContain(locale === 'de' ? 'h1.:Ihre Beiträge' : 'h1.:Your contributions');
    expect(document.documentElement.lang).toBe(locale);
  });

  it('is out of reach of the keyboard and of screen readers: the app is the one UI', () => {
    serveLocale('en');
    const shell = shellOfPopupHtml();
    expect(shell.hasAttribute('inert')).toBe(true);
    expect(shell.getAttribute('aria-hidden')).toBe('true');
  });
});
