import type { browser as wxtBrowser } from 'wxt/browser';

type Namespaces = { browser?: unknown; chrome?: unknown };
const candidate = (globalThis as Namespaces).browser;

/**
 * `wxt/browser` as our content scripts get it (content-script-entry.config.ts): the same object, chosen
 * without reading `browser.runtime.id`, which WXT's check does at evaluation. Chromium now has a
 * `browser` namespace in content scripts too, so that check built the runtime's bindings on every
 * page load (about 0.8 ms, README), though a detector uses the runtime only on a person's action.
 * `in` sees the namespace's storage without building it; an element named "browser" on the page
 * has none, and the script takes `chrome`, as WXT's check does.
 */
export const browser = (candidate !== null && typeof candidate === 'object' && 'storage' in candidate ? candidate : (globalThis as Namespaces).chrome) as typeof wxtBrowser;
