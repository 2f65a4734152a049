import { afterEach, describe, expect, it } from 'vitest';
import { ENTRY_INDEXES } from '../../../bench/probe/write-floor';
import { TrackerDb } from '../../../lib/db/database';

let db: TrackerDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('the import floor probe', () => {
  it('builds the entries store with exactly the indexes the database declares, so its floor is ours', async () => {
    db = new TrackerDb('write-floor-schema');
    await db.open();
    const declared = Object.fromEntries(
      db.contributions.schema.indexes.map((index) => [index.name, { keyPath: index.keyPath, unique: index.unique || undefined, multiEntry: index.multi || undefined }]),
    );
    const probed = Object.fromEntries(Object.entries(ENTRY_INDEXES).map(([name, spec]) => [name, { keyPath: spec.keyPath, unique: spec.unique, multiEntry: spec.multiEntry }]));
    expect(probed).toEqual(declared);
  });
});
