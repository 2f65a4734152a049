import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { builtEntries, sizeRows } from '../../../bench/measures/size';

let dir: string;
function build(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'ct-size-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

describe('built entry sizes', () => {
  it('finds content scripts, on-demand scripts, the worker and each page with the chunks it loads', () => {
    const shared = 'export const x=1;'.repeat(20);
    const popup = 'import{x}from"./shared-1.js";console.log(x);';
    build({
      'manifest.json': JSON.stringify({ background: { service_worker: 'background.js' } }),
      'background.js': 'self.onmessage=()=>{};',
      'content-scripts/capture-forums.js': 'a'.repeat(1200),
      'content-scripts/capture-forums.css': 'b{}',
      'extract-page.js': 'c'.repeat(300),
      'popup.html': '<script type="module" crossorigin src="/chunks/popup-1.js"></script><link rel="stylesheet" crossorigin href="/assets/popup.css">',
      'chunks/popup-1.js': popup,
      'chunks/shared-1.js': shared,
      'chunks/lazy.js': 'never loaded by a page at start',
      'assets/popup.css': 'main{}',
    });
    const entries = builtEntries(dir);
    expect(entries.map((entry) => [entry.role, entry.name])).toEqual([
      ['injected', 'capture-forums (content script)'],
      ['injected', 'extract-page (injected on demand)'],
      ['background', 'background'],
      ['page', 'popup'],
    ]);
    expect(entries[0]).toMatchObject({ bytes: 1203, gzipBytes: gz('a'.repeat(1200)) + gz('b{}') });
    expect(entries[3]!.files.sort()).toEqual(['assets/popup.css', 'chunks/popup-1.js', 'chunks/shared-1.js']);
    expect(entries[3]!.bytes).toBe(popup.length + shared.length + 'main{}'.length);
  });

  it('counts what the popup’s script starts with import() as what it loads first, but not another page’s lazy chunks', () => {
    const start = 'const s=()=>{import(`./app-1.js`);import("./db-1.js")};addEventListener("load",s);';
    const app = 'import{x}from"./shared-1.js";x;';
    const db = 'export const d=1;';
    const shared = 'export const x=1;';
    build({
      'manifest.json': '{}',
      'popup.html': '<script src="/popup-shell.js"></script><script type="module" src="/chunks/popup-1.js"></script>',
      'popup-shell.js': 'words()',
      'chunks/popup-1.js': start,
      'chunks/app-1.js': app,
      'chunks/db-1.js': db,
      'chunks/shared-1.js': shared,
      'dashboard.html': '<script type="module" src="/chunks/dashboard-1.js"></script>',
      'chunks/dashboard-1.js': 'const tab=()=>import("./db-1.js");',
    });
    const [dashboard, popup] = builtEntries(dir);
    expect(popup!.files.sort()).toEqual(['chunks/app-1.js', 'chunks/db-1.js', 'chunks/popup-1.js', 'chunks/shared-1.js', 'popup-shell.js']);
    expect(popup!.bytes).toBe(start.length + app.length + db.length + shared.length + 'words()'.length);
    expect(dashboard!.files).toEqual(['chunks/dashboard-1.js']);
  });

  it('judges only injected entries against the 30 kB budget, not the scripts of extension pages', () => {
    build({
      'manifest.json': '{}',
      'content-scripts/big.js': 'x'.repeat(30_001),
      'content-scripts/small.js': 'x'.repeat(30_000),
      'options.html': '<script src="/options.js"></script>',
      'options.js': 'x'.repeat(40_000),
    });
    const rows = sizeRows(dir);
    expect(rows.map((row) => [row.label, row.status])).toEqual([
      ['big (content script)', 'missed'],
      ['small (content script)', 'ok'],
      ['options (extension page, not injected)', 'info'],
    ]);
  });
});
