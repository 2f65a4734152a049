import { browser } from 'wxt/browser';

/**
 * The window the popup shows in, whose active tab is the page behind the popup; undefined where the
 * browser has no windows API (Firefox for Android). Asked by the popup rather than taken from the
 * last focused window, which Chromium at times does not report (headless, some window managers).
 */
export async function popupWindowId(): Promise<number | undefined> {
  try {
    return (await browser.windows.getCurrent()).id;
  } catch {
    return undefined;
  }
}
