import { sendMessage } from './messaging';
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
  preview: () => sendMessage({ type: 'previewCurrentPage' }),
  save: (corrections) => sendMessage({ type: 'saveCurrentPage', corrections }),
  screenshots: {
    get: async () => (await loadSettings()).screenshots,
    set: async (on) => {
      await updateSettings((current) => ({ ...current, screenshots: on }));
    },
  },
};
