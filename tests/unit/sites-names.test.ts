import { describe, expect, it } from 'vitest';
import { sites } from '../../lib/sites';
import { PLATFORM_NAMES } from '../../lib/sites/names';

/** Platforms an entry can have that are no site of lib/sites (the page fallback, hand-added, backfills). */
const NOT_SITES = ['generic', 'manual', 'blog', 'github'];

describe('platform names', () => {
  it('names every site as its adapter does, and nothing else besides the platforms that are no site', () => {
    const siteNames = Object.fromEntries(Object.entries(PLATFORM_NAMES).filter(([id]) => !NOT_SITES.includes(id)));
    expect(siteNames).toEqual(Object.fromEntries(sites.map((site) => [site.id, site.name])));
    expect(sites.filter((site) => NOT_SITES.includes(site.id))).toEqual([]);
  });
});
