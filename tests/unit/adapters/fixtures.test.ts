import { describe, expect, it } from 'vitest';
import { adapters } from '../../../lib/adapters';
import { createAutoCapture } from '../../../lib/capture/auto-capture';
import { DraftSchema } from '../../../lib/schema/contribution';
import { fixtureCases, loadDocument, maybeUpdate, withoutText } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';

// Forums print some dates without a zone, in the reader's local time: goldens are written for a UTC reader.
process.env.TZ = 'UTC';

const cases = fixtureCases().filter((fixture) => adapters.some((adapter) => adapter.id === fixture.adapterId));

describe.each(cases)('$adapterId / $name', (fixture) => {
  const adapter = adapters.find((candidate) => candidate.id === fixture.adapterId)!;
  const url = new URL(fixture.spec.url);

  it('matches the expected drafts', async () => {
    const doc = loadDocument(fixture.htmlPath);
    const detect = adapter.detect(doc, url);
    const drafts = detect ? adapter.items(doc).map((post) => adapter.extract(doc, url, post)) : [];
    for (const draft of drafts) {
      // Every draft an adapter makes must pass the background's boundary check.
      expect(DraftSchema.safeParse(draft).error).toBeUndefined();
      if (draft?.text) expect(draft.text.replace(/\s+/g, ' ')).toContain(draft.excerpt?.slice(0, 40).replace(/…$/, ''));
    }

    let autoCapture = fixture.spec.autoCapture;
    if (autoCapture) {
      const submittedAt = Date.parse(autoCapture.submittedAt);
      const storage = memoryStorage({
        [`intent:${adapter.id}`]: { adapterId: adapter.id, at: submittedAt, path: autoCapture.intentPath ?? url.pathname, existing: autoCapture.existing },
      });
      const auto = createAutoCapture(adapter, storage, () => undefined, () => submittedAt + 5_000);
      await auto.restore();
      autoCapture = { ...autoCapture, expected: withoutText(await auto.confirm(doc, url)) };
    }

    const actual = {
      ...fixture.spec,
      detect,
      ...(fixture.spec.drafts || detect ? { drafts: drafts.map((draft) => withoutText(draft)!) } : {}),
      ...(autoCapture ? { autoCapture } : {}),
    };
    if (maybeUpdate(fixture, actual)) return;
    expect(actual).toEqual(fixture.spec);
  });
});
