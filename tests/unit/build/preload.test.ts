import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { preloadFirstScreen } from '../../../preload.config';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []) => ({ type: 'chunk', fileName, facadeModuleId, imports });
const bundle = Object.fromEntries(
  [
    chunk('chunks/popup.js', '/src/entrypoints/popup/main.tsx', ['chunks/runtime.js']),
    chunk('chunks/runtime.js', null),
    chunk('chunks/database.js', '/src/lib/db/database.ts', ['chunks/dexie.js', 'chunks/runtime.js']),
    chunk('chunks/dexie.js', null),
    chunk('chunks/YearView.js', '/src/components/YearView.tsx', ['chunks/sites.js']),
    chunk('chunks/sites.js', null),
    chunk('chunks/Settings.js', '/src/components/SettingsTab.tsx', ['chunks/zod.js']),
    chunk('chunks/zod.js', null),
  ].map((one) => [one.fileName, one]),
) as unknown as Bundle;

const html = '<script type="module" src="/chunks/popup.js"></script><link rel="modulepreload" href="/chunks/runtime.js">';

/** The plugin's answer for one built page: the tags it adds (undefined: none). */
function transform(page: string, modules: string[], filename: string) {
  const hook = preloadFirstScreen(page, modules).transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call({} as never, html, { filename, bundle, path: '/', server: undefined } as never) as { attrs: { href: string; rel: string } }[] | undefined;
}

describe('preloadFirstScreen', () => {
  it('preloads the first screen’s lazy chunks and what they import, once, and nothing else', () => {
    const tags = transform('/popup/index.html', ['lib/db/database.ts', 'components/YearView.tsx'], '/src/entrypoints/popup/index.html')!;
    expect(tags.map((tag) => tag.attrs.href).sort()).toEqual(['/chunks/YearView.js', '/chunks/database.js', '/chunks/dexie.js', '/chunks/sites.js']);
    expect(tags.every((tag) => tag.attrs.rel === 'modulepreload')).toBe(true);
  });

  it('leaves other pages alone, and fails the build when a module is no longer a chunk', () => {
    expect(transform('/popup/index.html', ['lib/db/database.ts'], '/src/entrypoints/dashboard/index.html')).toBeUndefined();
    expect(() => transform('/popup/index.html', ['lib/db/renamed.ts'], '/src/entrypoints/popup/index.html')).toThrow(/none of lib\/db\/renamed.ts/);
  });
});
