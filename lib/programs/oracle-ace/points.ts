import type { AcePoints } from '../../schema/settings';
import type { PlanItem } from '../define';

/**
 * Oracle ACE points. Oracle publishes no points table; the only public figures are members' posts
 * about the 2016–17 scorecard, so these are defaults the user corrects from their own scorecard
 * (stored as settings.acePoints). Both sources give more for content about Oracle Cloud (a
 * presentation 30, a blog post 10 or 15); an entry does not say what it is about, so the base value stands.
 */
export const DEFAULT_ACE_POINTS: Readonly<AcePoints> = {
  // A conference presentation: 20 points [3P karlarao.wordpress.com, 2016; oracleinsights.blogspot.com, 4 Jan 2017].
  Presentation: 20,
  // A blog post: 5 points [3P the same two posts].
  'Blog post': 5,
};

/** The points a level needed in a year, where a source gives one. */
export const ACE_LEVELS: readonly { level: string; points: number }[] = [
  // "to maintain an ACE status requires 200 points of activity for a year" [3P oracleinsights.blogspot.com, 4 Jan 2017].
  { level: 'Oracle ACE', points: 200 },
];

/** The defaults with the user's own values over them. */
export const pointsTable = (own: AcePoints): AcePoints => ({ ...DEFAULT_ACE_POINTS, ...own });

/** What one planned activity earns: its type's value (an ACE item is one entry, its category the type); undefined when unknown. */
export const itemPoints = (item: Pick<PlanItem, 'category'>, table: AcePoints): number | undefined => table[item.category];

export interface PointsSummary {
  total: number;
  /** Activities counted in the total. */
  counted: number;
  /** Activities whose type has no value, so the total leaves them out. */
  uncounted: number;
  /** Those types (or "" for an entry with no type), in plan order. */
  unknownTypes: string[];
}

export function pointsSummary(items: readonly Pick<PlanItem, 'category'>[], table: AcePoints): PointsSummary {
  const summary: PointsSummary = { total: 0, counted: 0, uncounted: 0, unknownTypes: [] };
  for (const item of items) {
    const points = itemPoints(item, table);
    if (points === undefined) {
      summary.uncounted += 1;
      if (!summary.unknownTypes.includes(item.category)) summary.unknownTypes.push(item.category);
    } else {
      summary.total += points;
      summary.counted += 1;
    }
  }
  return summary;
}
