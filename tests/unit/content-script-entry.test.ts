import { describe, expect, it } from 'vitest';
import { contentScriptEntry } from '../../content-script-entry.config';

type Hook = (this: unknown, id: string) => string | undefined;
let plugin = contentScriptEntry();
const resolve = (id: string) => (plugin.resolveId as unknown as Hook).call({}, id);
const load = (id: string) => (plugin.load as unknown as Hook).call({}, id);
const buildStart = () => (plugin.buildStart as unknown as (this: unknown) => void).call({});

describe('content script entry', () => {
  it('builds an isolated-world content script from an entry that calls its main() without WXT’s context', () => {
    const entry = '/repo/entrypoints/capture-qa-sites.content.ts';
    // Vite's library mode puts the project's root before WXT's virtual id.
    const resolved = resolve(`/repo/virtual:wxt-content-script-isolated-world-entrypoint?${entry}`);
    expect(resolved).toBeDefined();
    const code = load(resolved!)!;
    expect(code).toBe(`import definition from ${JSON.stringify(entry)};\ndefinition.main();\n`);
    expect(code).not.toMatch(/ContentScriptContext|wxt\//);
  });

  it('gives a content script’s build our wxt/browser, and every other build WXT’s', () => {
    plugin = contentScriptEntry();
    buildStart();
    expect(resolve('wxt/browser')).toBeUndefined();
    resolve('/repo/virtual:wxt-content-script-isolated-world-entrypoint?/repo/entrypoints/portal.content.ts');
    expect(resolve('wxt/browser')).toMatch(/\/lib\/content-browser\.ts$/);
    expect(resolve('wxt/utils/define-content-script')).toBeUndefined();
    buildStart();
    resolve('/repo/virtual:wxt-unlisted-script-entrypoint?/repo/entrypoints/extract-qa-sites.ts');
    expect(resolve('wxt/browser')).toBeUndefined();
  });

  it('leaves every other module to WXT and Vite', () => {
    plugin = contentScriptEntry();
    expect(resolve('/repo/virtual:wxt-background-entrypoint?/repo/entrypoints/background.ts')).toBeUndefined();
    expect(resolve('/repo/virtual:wxt-content-script-main-world-entrypoint?/repo/entrypoints/x.content.ts')).toBeUndefined();
    expect(resolve('/repo/lib/capture/detect-main.ts')).toBeUndefined();
    expect(load('/repo/lib/capture/detect-main.ts')).toBeUndefined();
  });
});
