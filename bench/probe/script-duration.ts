/**
 * What the page-cost measure's ScriptDuration sees. One content script per variant (the floor's aside) does 5 ms of busy
 * work at load in a different place: a timer, a storage callback, or after a storage promise (then
 * or await, directly or wrapped round the callback). ScriptDuration counts a timer's or a callback's
 * body, not work run as a promise's continuation (a microtask): 2026-12-05, Chromium 150, about 6 ms
 * against 0.5 ms. So page cost misses what a detector does after `await host.read(…)` in its route.
 * Diagnosis, not a budget: `npx tsx bench/probe/script-duration.ts`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep, withBrowser } from '../browser';
import { summarize } from '../stats';

const LOADS = 6;
const PAGE = 'https://script-duration.example/';
const busy = 'const end = performance.now() + 5; while (performance.now() < end) {} document.documentElement.dataset.ctDone = "1";';
const VARIANTS: Record<string, string> = {
  'nothing (the floor)': 'document.documentElement.dataset.ctDone = "1";',
  'a timer': `setTimeout(() => { ${busy} }, 0);`,
  'a storage callback': `chrome.storage.local.get('x', () => { ${busy} });`,
  'after a storage promise (then)': `chrome.storage.local.get('x').then(() => { ${busy} });`,
  'after await': `(async () => { await chrome.storage.local.get('x'); ${busy} })();`,
  'after a promise round a callback': `new Promise((resolve) => chrome.storage.local.get('x', resolve)).then(() => { ${busy} });`,
};

for (const [name, code] of Object.entries(VARIANTS)) {
  const dir = mkdtempSync(join(tmpdir(), 'ct-script-duration-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'ScriptDuration probe',
      version: '1.0',
      background: { service_worker: 'background.js' },
      permissions: ['storage'],
      content_scripts: [{ matches: [`${PAGE}*`], js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), code);
  const durations = await withBrowser(async (h) => {
    await h.serve(`${PAGE}**`, '<!doctype html><p>A page.</p>');
    const measured: number[] = [];
    for (let i = 0; i < LOADS; i += 1) {
      const page = await h.context.newPage();
      const cdp = await h.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(PAGE);
      await sleep(500);
      if ((await page.evaluate(() => document.documentElement.dataset.ctDone)) !== '1') throw new Error(`${name}: the content script did not finish`);
      const { metrics } = await cdp.send('Performance.getMetrics');
      measured.push((metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000);
      await page.close();
    }
    return measured;
  }, dir);
  const { median } = summarize(durations);
  console.log(`${name.padEnd(36)} ScriptDuration ${median.toFixed(1)} ms median (n=${LOADS})`);
}
