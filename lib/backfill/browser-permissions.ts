import { browser } from 'wxt/browser';
import type { RecordStorage } from './borrowed-hosts';
import type { HostPermissions } from './permissions';

/** The browser's permission API, for the dashboard; tests pass their own HostPermissions. */
export const browserHostPermissions: HostPermissions = {
  contains: (origins) => browser.permissions.contains({ origins }),
  request: (origins) => browser.permissions.request({ origins }),
  remove: (origins) => browser.permissions.remove({ origins }),
};

/** Where the dashboard notes borrowed access while an import runs (lib/backfill/borrowed-hosts.ts). */
export const browserBorrowRecord: RecordStorage = browser.storage.local;
