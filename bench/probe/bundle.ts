import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { Probe } from './db-probe';

let code: Promise<string> | undefined;

/** Bundles db-probe.ts (with Dexie and the extension's own db code) for the browser, once per run. */
function bundle(): Promise<string> {
  code ??= build({
    entryPoints: [fileURLToPath(new URL('./db-probe.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return code;
}

/**
 * Loads the probe into an extension page. It goes through the DevTools protocol rather than a
 * <script> tag because extension pages' CSP (script-src 'self') refuses inline scripts; eval stays
 * forbidden as in the extension, so libraries that probe for it at load (zod) take the same path.
 */
export async function loadProbe(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const { exceptionDetails } = await session.send('Runtime.evaluate', { expression: await bundle(), allowUnsafeEvalBlockedByCSP: false });
    if (exceptionDetails) throw new Error(`the database probe failed to load: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  } finally {
    await session.detach();
  }
}

/** Calls one of the probe's functions in `page` (arguments and results cross as JSON). */
export function callProbe<K extends keyof Probe>(page: Page, name: K, ...args: Parameters<Probe[K]>): Promise<Awaited<ReturnType<Probe[K]>>> {
  return page.evaluate(
    ({ fn, values }) => {
      const probe = (globalThis as unknown as { __ctBench: Record<string, (...a: unknown[]) => unknown> }).__ctBench;
      return probe[fn]!(...values);
    },
    { fn: name as string, values: args as unknown[] },
  ) as Promise<Awaited<ReturnType<Probe[K]>>>;
}
