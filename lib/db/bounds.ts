import type { TrackerDb } from './database';
import type { DateBounds } from '../period-list';

/** The oldest and newest publishedAt, read from the index alone (two keys, no rows). */
export async function dateBounds(db: TrackerDb): Promise<DateBounds> {
  const [oldest, newest] = await Promise.all([
    db.contributions.orderBy('publishedAt').limit(1).keys(),
    db.contributions.orderBy('publishedAt').reverse().limit(1).keys(),
  ]);
  return { oldest: oldest[0] as string | undefined, newest: newest[0] as string | undefined };
}
