import { MatchPattern } from 'wxt/utils/match-patterns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sites } from '../../lib/sites';
import { launchWithExtension, type Harness } from './harness';
import { loadCases } from './sites/case';
import { playCase } from './sites/play';

/**
 * Every site's end-to-end cases, read from tests/fixtures/<site>/e2e/*.case.json (format: sites/case.ts).
 * A new case file is a new test here.
 */
const cases = loadCases();
const bySite = [...new Set(cases.map((loaded) => loaded.site))].map((site) => [site, cases.filter((loaded) => loaded.site === site)] as const);

describe('the e2e cases of the fixture folders', () => {
  it.each(cases.map((loaded) => [`${loaded.site}/e2e/${loaded.file}`, loaded] as const))('%s is under a URL of its site', (_name, { site, spec }) => {
    const owner = sites.find((candidate) => candidate.id === site);
    const url = new URL(spec.url);
    const ownedBy = sites.filter((candidate) => candidate.matches.some((pattern) => new MatchPattern(pattern).includes(url.href))).map((candidate) => candidate.id);
    if (!spec.supported) expect(ownedBy, 'a case for an unsupported page must be under no site’s patterns').toEqual([]);
    else {
      expect(owner, `no site is called "${site}" (lib/sites): the folder name must be a site id`).toBeDefined();
      expect(ownedBy, `${spec.url} matches none of ${site}'s patterns`).toContain(site);
    }
  });
});

describe.each(bySite)('%s in Chromium', (_site, siteCases) => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it.each(siteCases.map((loaded) => [loaded.spec.name, loaded] as const))('%s', async (_name, loaded) => {
    await playCase(h, loaded);
  });
});
