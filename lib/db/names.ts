/**
 * The database's name, version and the names the popup's first screen reads without Dexie
 * (lib/db/first-screen.ts). database.ts declares its schema with them; a test holds the two together,
 * so a schema change cannot leave the raw reader behind.
 */
export const DB_NAME = 'contribution-tracker';

/** Dexie's newest version (`this.version(n)` in database.ts); IndexedDB stores it times ten. */
export const SCHEMA_VERSION = 4;

export const CONTRIBUTIONS = 'contributions';

/** The index of entries by date, which the list reads newest first. */
export const PUBLISHED_AT = 'publishedAt';
