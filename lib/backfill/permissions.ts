import { BORROWED_PREFIX, type BorrowedRecord, type RecordStorage } from './borrowed-hosts';

/** The part of `browser.permissions` an import uses, origins given as match patterns. */
export interface HostPermissions {
  contains(origins: string[]): Promise<boolean>;
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
}

/**
 * Borrows host access for one import: asks for it inside the user's gesture, and afterwards gives
 * back what was not granted before (a user-added site keeps its access), so an import leaves the
 * extension with no more reach than it had.
 */
export function borrowHosts(permissions: HostPermissions, origins: string[], record?: RecordStorage) {
  // Both calls start within the gesture; `contains` answers at once, before the prompt is answered.
  const before = Promise.all(origins.map((origin) => permissions.contains([origin]).catch(() => false)));
  const granted = permissions.request(origins).catch(() => false);
  const borrowed = before.then((had) => origins.filter((_, index) => !had[index]));
  const key = `${BORROWED_PREFIX}${crypto.randomUUID()}`;
  // Written before the import reads anything, so the background can give the access back if this
  // page closes first (lib/backfill/borrowed-hosts.ts).
  const noted = Promise.all([borrowed, granted]).then(async ([hosts, ok]) => {
    if (record && ok && hosts.length > 0) await record.set({ [key]: { origins: hosts, startedAt: Date.now() } satisfies BorrowedRecord });
  });
  return {
    granted: noted.then(
      () => granted,
      () => granted,
    ),
    async giveBack(): Promise<void> {
      const hosts = await borrowed;
      if (hosts.length > 0 && (await granted)) await permissions.remove(hosts).catch(() => false);
      await noted.catch(() => undefined);
      await record?.remove(key).catch(() => undefined);
    },
  };
}

/** Whether the extension may read `url` now (for a feed's next page on another host). */
export const allowedBy = (permissions: HostPermissions) => (url: string) =>
  permissions.contains([`${new URL(url).origin}/*`]).catch(() => false);
