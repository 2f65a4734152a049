import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the no-op content script leaves on the page, so a load can tell that it ran. */
const NOOP_MARK = 'ctNoop';
const mark = `document.documentElement.dataset.${NOOP_MARK} = '1';`;
/** A shadow host the way our scripts place their UI (a closed root, styles inside). */
const host = (inside: string) =>
  `const host = document.createElement('ct-probe'); const root = host.attachShadow({ mode: 'closed' }); const style = document.createElement('style');
  style.textContent = ':host { all: initial; position: fixed; right: 8px; bottom: 8px; }'; ${inside} root.prepend(style); document.documentElement.append(host);`;

/**
 * Content scripts that each do one thing our scripts do at load, on top of the no-op's mark: what
 * that one thing adds to a page load is its cost (bench/load-probes.ts). The extension carries our
 * messages (public/_locales), so the i18n probe pays for the bundle ours would.
 */
export const PROBES = {
  noop: mark,
  'chrome.runtime.getURL': `${mark} chrome.runtime.getURL('/frame.html');`,
  'runtime.onMessage + onConnect listeners': `${mark} chrome.runtime.onMessage.addListener(() => false); chrome.runtime.onConnect.addListener(() => undefined);`,
  'storage.local.get': `chrome.storage.local.get('probe').then(() => { ${mark} });`,
  'i18n.getMessage (first call)': `${mark} chrome.i18n.getMessage('extName');`,
  'shadow root with a button': `${mark} ${host(`const button = document.createElement('button'); button.textContent = 'Fill'; root.append(button);`)}`,
  'shadow root with an extension frame': `${mark} ${host(`const frame = document.createElement('iframe'); frame.src = chrome.runtime.getURL('/frame.html'); root.append(frame);`)}`,
} as const;
export type Probe = keyof typeof PROBES;

/** The popup floor's page: static text, about as much as our popup's shell shows first. */
const NOOP_POPUP = '<!doctype html><html lang="en"><meta charset="utf-8"><title>No-op</title><body style="width:360px"><h1>Your contributions</h1><p>0 this year</p></body></html>';

/**
 * The floor of page cost: an extension that does nothing but exist, with an empty worker and a
 * content script on the same pages as ours that only marks the page. Built on the fly into a
 * temporary folder, so every run measures it beside ours on the same browser and machine. With a
 * `probe`, its content script does that one more thing (PROBES).
 */
export function buildNoopExtension(matches: string[], probe: Probe = 'noop'): string {
  const dir = mkdtempSync(join(tmpdir(), 'ct-noop-'));
  const manifest = {
    manifest_version: 3,
    name: 'No-op (benchmark floor)',
    version: '1.0',
    background: { service_worker: 'background.js' },
    action: { default_popup: 'popup.html' },
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle' }],
    ...(probe === 'noop'
      ? {}
      : { default_locale: 'en', permissions: ['storage'], web_accessible_resources: [{ resources: ['frame.html'], matches }] }),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'popup.html'), NOOP_POPUP);
  writeFileSync(join(dir, 'content.js'), `${PROBES[probe]}\n`);
  if (probe !== 'noop') {
    cpSync(new URL('../public/_locales', import.meta.url), join(dir, '_locales'), { recursive: true });
    writeFileSync(join(dir, 'frame.html'), '<!doctype html><button>Fill</button>');
  }
  return dir;
}
