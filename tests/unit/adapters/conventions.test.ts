import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { adapters } from '../../../lib/adapters';
import { fixtureCases } from '../../helpers/fixtures';

const ADAPTER_DIR = join(__dirname, '..', '..', '..', 'lib', 'adapters');
// Registries and shared helpers; every other file in lib/adapters is one site.
const NOT_ADAPTERS = new Set(['define.ts', 'index.ts', 'qa-sites.ts', 'communities.ts', 'social.ts', 'posts.ts', 'post-page.ts', 'videos.ts', 'blogs.ts', 'blog-page.ts', 'events.ts', 'event-page.ts']);

describe('adapter conventions', () => {
  const files = readdirSync(ADAPTER_DIR).filter((file) => file.endsWith('.ts') && !NOT_ADAPTERS.has(file));
  const cases = fixtureCases();

  it.each(files)('%s passes its define call only literals and top-level names', (file) => {
    // A property read there (publishIntent: sel.publish) survives tree-shaking: the popup and the
    // background, which import only the file's `site`, would bundle the selectors it reads.
    const call = readFileSync(join(ADAPTER_DIR, file), 'utf8').split('export default')[1] ?? '';
    expect(call.match(/^ {2}\w+: [A-Za-z_$][\w$]*\.[\w$]+,?$/gm) ?? []).toEqual([]);
  });

  it('registers every adapter file, under its file name', () => {
    expect(adapters.map((adapter) => `${adapter.site.id}.ts`).sort()).toEqual(files.sort());
  });

  it.each(adapters.map((adapter) => [adapter.site.id, adapter] as const))('%s has positive and negative fixtures and a Save label', (id, adapter) => {
    const own = cases.filter((fixture) => fixture.adapterId === id);
    // Positive: a post found on the page, or (editors, which list no posts) a publish confirmed.
    const positive = own.some(
      (fixture) => fixture.spec.detect && ((fixture.spec.drafts?.length ?? 0) > 0 || Boolean(fixture.spec.autoCapture?.expected)),
    );
    expect(positive).toBe(true);
    const negative = own.some(
      (fixture) =>
        !fixture.spec.detect ||
        fixture.spec.autoCapture?.expected === null ||
        fixture.spec.drafts?.some((draft) => !draft.own),
    );
    expect(negative).toBe(true);
    if (adapter.shape === 'forum') expect(adapter.saveLabel).toMatch(/^Save\b/);
  });

  it.each(cases.filter((fixture) => fixture.spec.detect).map((fixture) => [`${fixture.adapterId}/${fixture.name}`, fixture] as const))(
    '%s is routed to its own adapter only',
    (_name, fixture) => {
      const url = new URL(fixture.spec.url);
      const matching = adapters.filter((adapter) => adapter.site.matches.some((pattern) => new MatchPattern(pattern).includes(url)));
      expect(matching.map((adapter) => adapter.site.id)).toEqual([fixture.adapterId]);
    },
  );
});
