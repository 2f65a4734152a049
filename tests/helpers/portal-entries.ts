import type { Program } from '../../lib/programs/define';
import type { Draft } from '../../lib/schema/contribution';

/** Stored entries the portal tests fill forms from, dated relative to today so the tests never age. */
const DAY = 86_400_000;

export const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().replace(/T.*/, 'T09:00:00.000Z');

export const ymd = (iso: string) => iso.slice(0, 10);

/** The program's period (an MVP April–March window…) that holds the date. */
export const windowOf = (program: Program, iso: string) => {
  const year = Number(iso.slice(0, 4));
  return [year, year + 1].map((y) => program.period(y)).find((period) => period.from <= iso && iso < period.to)!;
};

/** The blog post every MVP form test starts from, published on the given day. */
export const blogPostAt = (publishedAt: string, metrics: Draft['metrics'] = { views: 1234 }): Draft => ({
  kind: 'blog-post',
  platform: 'wordpress',
  url: 'https://blog.example.com/private-endpoints',
  title: 'Private endpoints in hub-and-spoke networks',
  excerpt: 'How to route private endpoint traffic through a hub firewall.',
  publishedAt,
  own: true,
  source: 'auto',
  metrics,
});
