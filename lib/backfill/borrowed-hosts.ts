import type { HostPermissions } from './permissions';

/**
 * Host access an import borrowed, written down while the import runs (one storage.local key per
 * import) so the background can give it back if the dashboard closes before the import ends.
 */
export const BORROWED_PREFIX = 'borrowedHosts:';

export interface BorrowedRecord {
  origins: string[];
  startedAt: number;
}

/** The part of storage.local the record needs. */
export interface RecordStorage {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ReleaseDeps {
  storage: RecordStorage;
  permissions: Pick<HostPermissions, 'remove'>;
  /** Whether a page that runs imports (the dashboard) is still open: its import may still need the access. */
  importPageOpen: () => Promise<boolean>;
  /** Patterns the user keeps on purpose (user-added sites): never taken back. */
  kept: () => Promise<string[]>;
}

/**
 * Gives back what unfinished imports borrowed, once no import page is open: after the dashboard
 * closed mid-import, or at the next start after a crash. Returns the patterns released.
 */
export async function releaseOrphanedHosts({ storage, permissions, importPageOpen, kept }: ReleaseDeps): Promise<string[]> {
  const records = Object.entries(await storage.get(null)).filter(([key]) => key.startsWith(BORROWED_PREFIX));
  if (records.length === 0 || (await importPageOpen())) return [];
  const keep = new Set(await kept());
  const origins = [...new Set(records.flatMap(([, value]) => (Array.isArray((value as BorrowedRecord | null)?.origins) ? (value as BorrowedRecord).origins : [])))]
    .filter((origin): origin is string => typeof origin === 'string' && !keep.has(origin));
  if (origins.length > 0) await permissions.remove(origins);
  await storage.remove(records.map(([key]) => key));
  return origins;
}
