import { afterEach, describe, expect, it, vi } from 'vitest';

/** An extension namespace whose APIs record being built (Chromium builds each on first read). */
function namespace() {
  const built: string[] = [];
  const api = {};
  for (const name of ['runtime', 'storage', 'i18n']) {
    Object.defineProperty(api, name, {
      get: () => {
        built.push(name);
        return {};
      },
    });
  }
  return { api, built };
}

async function contentBrowser() {
  vi.resetModules();
  return (await import('../../lib/content-browser')).browser as unknown;
}

describe('the extension API in our content scripts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the browser namespace where there is one, without building the runtime or anything else', async () => {
    const browser = namespace();
    const chrome = namespace();
    vi.stubGlobal('browser', browser.api);
    vi.stubGlobal('chrome', chrome.api);
    expect(await contentBrowser()).toBe(browser.api);
    expect(browser.built).toEqual([]);
    expect(chrome.built).toEqual([]);
  });

  it('takes chrome where browser is missing or is the page’s element named "browser"', async () => {
    const chrome = namespace();
    vi.stubGlobal('chrome', chrome.api);
    vi.stubGlobal('browser', undefined);
    expect(await contentBrowser()).toBe(chrome.api);
    vi.stubGlobal('browser', document.createElement('div'));
    expect(await contentBrowser()).toBe(chrome.api);
    expect(chrome.built).toEqual([]);
  });
});
