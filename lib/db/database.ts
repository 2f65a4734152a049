import Dexie, { type EntityTable } from 'dexie';
import type { Contribution } from '../schema/contribution';

export interface Screenshot {
  id: string;
  contributionId: string;
  takenAt: string;
  dataUrl: string;
}

export const DB_NAME = 'contribution-tracker';

/** Released versions are never edited: a change adds a version with an upgrade and a test. */
export class TrackerDb extends Dexie {
  contributions!: EntityTable<Contribution, 'id'>;
  screenshots!: EntityTable<Screenshot, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      contributions: 'id, &url, publishedAt, capturedAt, kind, platform',
      screenshots: 'id, contributionId',
    });
  }
}

export const db = new TrackerDb();
