import type { TrackerDb } from './database';

/** Why the extension's database cannot be used, said so that the user knows what to do. */
export interface StorageProblem {
  kind: 'quota' | 'unavailable' | 'newer-version' | 'blocked' | 'upgraded' | 'failed';
  message: string;
  action: string;
}

const PROBLEMS: Record<StorageProblem['kind'], Omit<StorageProblem, 'kind'>> = {
  quota: {
    message: 'Your browser has no room left to store contributions.',
    action: 'Free some disk space, or export a backup and delete entries you no longer need. Captures made meanwhile wait on their pages and are stored once there is room.',
  },
  unavailable: {
    message: 'This window cannot open the contribution database: browsers keep it away from private windows (Firefox does this for extensions).',
    action: 'Open the tracker from a normal window. Nothing you saved is lost.',
  },
  'newer-version': {
    message: 'The database was written by a newer version of the extension than the one running here.',
    action: 'Reload this page; if it persists, restart the browser so the extension finishes updating.',
  },
  blocked: {
    message: 'The extension is updating its database, and another of its tabs still has the old one open.',
    action: 'Close the tracker’s other tabs (the dashboard, another popup); the update then finishes by itself.',
  },
  upgraded: {
    message: 'The extension was updated while this page was open.',
    action: 'Reload this page to see your contributions.',
  },
  failed: {
    message: 'The browser could not use the contribution database.',
    action: 'Restart the browser. If it keeps failing, export a backup from another profile or check the disk for errors.',
  },
};

function problem(kind: StorageProblem['kind'], detail?: string): StorageProblem {
  const { message, action } = PROBLEMS[kind];
  return { kind, message: detail ? `${message} (${detail})` : message, action };
}

/** The error names along the chain Dexie wraps (OpenFailedError → InvalidStateError, AbortError → QuotaExceededError…). */
function names(error: unknown): string[] {
  const found: string[] = [];
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') found.push(name);
    current = inner;
  }
  return found;
}

/** Describes a storage error for the user; every error gets a description, unknown ones a generic one. */
export function describeStorageProblem(error: unknown): StorageProblem {
  const seen = names(error);
  const detail = error instanceof Error ? error.message : undefined;
  if (seen.some((name) => name === 'QuotaExceededError')) return problem('quota');
  // No IndexedDB at all, or one that refuses to open or write here (Firefox private windows).
  if (seen.some((name) => name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'SecurityError')) return problem('unavailable');
  if (seen.includes('VersionError')) return problem('newer-version');
  return problem('failed', detail);
}

/**
 * Opens the database and watches it for as long as the page lives: reports an open failure, an upgrade
 * held up by another tab (blocked), and an upgrade made by a newer instance (versionchange: Dexie
 * closes this connection so the upgrade can proceed). Returns a function that stops watching.
 */
export function watchStorage(db: TrackerDb, report: (problem: StorageProblem | undefined) => void): () => void {
  const onBlocked = () => report(problem('blocked'));
  const onVersionChange = (event: IDBVersionChangeEvent) => {
    if (event.newVersion !== null && event.newVersion > 0) report(problem('upgraded'));
  };
  db.on('blocked', onBlocked);
  db.on('versionchange', onVersionChange);
  db.open().then(
    () => report(undefined),
    (error: unknown) => report(describeStorageProblem(error)),
  );
  return () => {
    db.on('blocked').unsubscribe(onBlocked);
    db.on('versionchange').unsubscribe(onVersionChange);
  };
}
