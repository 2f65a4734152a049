import { sendMessage } from './messaging';
import { popupWindowId } from './popup-window';
import { loadSettings, updateSettings } from './settings';
import type { PageCorrections, ReplyOf } from './schema/messages';

/** What the popup's "Save this page" panel asks of the extension; tests pass their own. */
export interface SavePageApi {
  /** The active tab's draft, for the user to check and correct. */
  preview(): Promise<ReplyOf<'previewCurrentPage'>>;
  save(corrections: PageCorrections): Promise<ReplyOf<'saveCurrentPage'>>;
  /** settings.screenshots: a screenshot of the tab is kept as evidence when on. */
  screenshots: { get(): Promise<boolean>; set(on: boolean): Promise<void> };
}

export const savePageClient: SavePageApi = {
  preview: async () => sendMessage({ type: 'previewCurrentPage', windowId: await popupWindowId() }),
  save: async (corrections) => sendMessage({ type: 'saveCurrentPage', corrections, windowId: await popupWindowId() }),
  screenshots: {
    get: async () => (await loadSettings()).screenshots,
    set: async (on) => {
      await updateSettings((current) => ({ ...current, screenshots: on }));
    },
  },
};
