import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../lib/adapters';
import type { Adapter } from '../../../lib/adapters/define';
import { createAutoCapture } from '../../../lib/capture/auto-capture';
import { toDraft } from '../../../lib/capture/draft';
import { DraftSchema } from '../../../lib/schema/contribution';
import { FIXTURES_DIR, fixtureCases, loadDocument, maybeUpdate, withoutText, type FixtureCase } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';

// Forums print some dates without a zone, in the reader's local time: goldens are written for a UTC reader.
process.env.TZ = 'UTC';

/** Fixture folders that hold no site's pages (the importers' saved API answers). */
const NOT_SITES = new Set(['backfill']);

const folders = readdirSync(FIXTURES_DIR, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() && !NOT_SITES.has(entry.name) ? [entry.name] : []));
const byId = new Map(adapters.map((adapter) => [adapter.site.id, adapter]));

/** What the capture runtime would send from this page: every post's one-click save, and the auto-capture after an intent. */
async function observe(adapter: Adapter, fixture: FixtureCase): Promise<FixtureCase['spec']> {
  const { spec } = fixture;
  const url = new URL(spec.url);
  const doc = loadDocument(fixture.htmlPath);
  const detect = adapter.detect(doc, url);
  const found = detect && adapter.shape === 'forum' ? adapter.items(doc).map((post) => adapter.extract(doc, url, post)) : [];
  const drafts = found.map((one) => one && toDraft(adapter.site, one, 'one-click'));
  for (const draft of drafts) {
    // Every draft an adapter makes must pass the background's boundary check.
    expect(DraftSchema.safeParse(draft).error).toBeUndefined();
    if (draft?.text) expect(draft.text.replace(/\s+/g, ' ')).toContain(draft.excerpt?.slice(0, 40).replace(/…$/, ''));
  }
  let autoCapture = spec.autoCapture;
  if (autoCapture) {
    const submittedAt = Date.parse(autoCapture.submittedAt);
    const id = adapter.site.id;
    const storage = memoryStorage({ [`intent:${id}`]: { adapterId: id, at: submittedAt, path: autoCapture.intentPath ?? url.pathname, existing: autoCapture.existing } });
    const auto = createAutoCapture(adapter, storage, () => undefined, () => submittedAt + 5_000);
    await auto.restore();
    autoCapture = { ...autoCapture, expected: withoutText(await auto.confirm(doc, url)) };
  }
  return {
    ...spec,
    detect,
    ...(spec.drafts || detect ? { drafts: drafts.map((draft) => withoutText(draft)!) } : {}),
    ...(autoCapture ? { autoCapture } : {}),
  };
}

// One row per fixture folder: a site's coverage is its folder, and a folder no adapter claims is a mistake.
describe.each(folders)('fixtures/%s', (folder) => {
  it('is named after a registered adapter', () => {
    expect([...byId.keys()]).toContain(folder);
  });

  const cases = fixtureCases().filter((fixture) => fixture.adapterId === folder);
  it.runIf(byId.has(folder)).each(cases.map((fixture) => [fixture.name, fixture] as const))('%s gives the expected drafts', async (_name, fixture) => {
    const actual = await observe(byId.get(folder)!, fixture);
    if (maybeUpdate(fixture, actual)) return;
    expect(actual).toEqual(fixture.spec);
  });
});
