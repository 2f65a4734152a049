import Dexie, { type EntityTable } from 'dexie';
import type { Contribution } from '../schema/contribution';
import { DB_NAME } from './names';
import { OWN_KEY, ownKeyMiddleware } from './own-key';
import { TALLIES, talliesMiddleware, talliesOf, type Tally } from './tallies';

export interface Screenshot {
  id: string;
  contributionId: string;
  takenAt: string;
  dataUrl: string;
}

export { DB_NAME };

/** Released versions are never edited: a change adds a version with an upgrade and a test. */
export class TrackerDb extends Dexie {
  contributions!: EntityTable<Contribution, 'id'>;
  screenshots!: EntityTable<Screenshot, 'id'>;
  tallies!: EntityTable<Tally, 'month'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      contributions: 'id, &url, publishedAt, capturedAt, kind, platform',
      screenshots: 'id, contributionId',
    });
    // Version 2: the review's filters (kind or site within a period, tags) read indexes, not every row.
    this.version(2)
      .stores({
        contributions: 'id, &url, publishedAt, capturedAt, kind, platform, [kind+publishedAt], [platform+publishedAt], *tags',
      })
      .upgrade((tx) =>
        // A multi-entry index skips rows whose tags are not an array; give every row a list.
        tx
          .table('contributions')
          .toCollection()
          .modify((entry: { tags?: unknown }) => {
            if (!Array.isArray(entry.tags)) entry.tags = [];
          }),
      );
    // Version 3: the year's counts and the own/others filter read indexes, not every row of the year.
    this.version(3)
      .stores({
        contributions:
          'id, &url, publishedAt, [kind+publishedAt], [platform+publishedAt], *tags, [ownKey+publishedAt], [ownKey+kind+publishedAt]',
      })
      .upgrade((tx) =>
        tx
          .table('contributions')
          .toCollection()
          .modify((entry: Record<string, unknown>) => {
            entry[OWN_KEY] = entry.own ? 1 : 0;
          }),
      );
    // Version 4: the year's counts read a table of counts per month, owner and kind (lib/db/tallies.ts).
    this.version(4)
      .stores({ [TALLIES]: 'month' })
      .upgrade(async (tx) => {
        await tx.table(TALLIES).clear();
        await tx.table(TALLIES).bulkAdd(talliesOf(await tx.table('contributions').toArray()));
      });
    // The tallies' layer goes first, beneath the owner key's: it must see only Dexie's own promises.
    this.use(talliesMiddleware);
    this.use(ownKeyMiddleware);
  }
}

export const db = new TrackerDb();
