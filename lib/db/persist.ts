/** What the browser said when asked to keep the extension's data under storage pressure. */
export type Persistence = 'persisted' | 'granted' | 'denied' | 'unsupported';

/** The part of navigator.storage this uses. */
export type PersistApi = Pick<StorageManager, 'persisted' | 'persist'>;

/**
 * Asks the browser to keep the database when the disk runs low (navigator.storage.persist). A year of
 * evidence must not be evicted as a cache would be; the dashboard asks once each time it opens.
 */
export async function requestPersistentStorage(storage: PersistApi | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}
