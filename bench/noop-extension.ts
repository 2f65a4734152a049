import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the no-op content script leaves on the page, so a load can tell that it ran. */
const NOOP_MARK = 'ctNoop';

/**
 * The floor of page cost: an extension that does nothing but exist, with an empty worker and a
 * content script on the same pages as ours that only marks the page. Built on the fly into a
 * temporary folder, so every run measures it beside ours on the same browser and machine.
 */
export function buildNoopExtension(matches: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ct-noop-'));
  const manifest = {
    manifest_version: 3,
    name: 'No-op (benchmark floor)',
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), `document.documentElement.dataset.${NOOP_MARK} = '1';\n`);
  return dir;
}
