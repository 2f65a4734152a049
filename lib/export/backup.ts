import type { TrackerDb } from '../db/database';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../schema/backup';

/** Everything stored, with its evidence (text hashes in the entries, screenshots beside them). */
export async function exportBackup(db: TrackerDb, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', db.contributions, db.screenshots, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    entries: await db.contributions.orderBy('publishedAt').toArray(),
    screenshots: await db.screenshots.toArray(),
  }));
}

export const backupJson = (backup: Backup) => `${JSON.stringify(backup, null, 1)}\n`;
