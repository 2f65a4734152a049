import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sessionize from '../../../lib/adapters/sessionize';
import type { ForumAdapter } from '../../../lib/adapters/define';
import { withStoredHandle } from '../../../lib/capture/handles';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';

const URL_ = new URL('https://sessionize.com/view/ab12cd34/GridSmart?format=Embed_Styled_Html&isDark=False&title=VMUG%20UserCon%20Warsaw%202026');
const adapter = sessionize as ForumAdapter;

function ownWith(handle: string | undefined) {
  const doc = loadDocument(join(FIXTURES_DIR, 'sessionize', 'schedule-grid.html'));
  const withHandle = withStoredHandle(adapter, handle);
  return withHandle.items(doc).map((item) => [adapter.itemId(item), withHandle.extract(doc, URL_, item)?.own]);
}

describe('Sessionize schedule page', () => {
  it('is routed by its address, before the embed has drawn anything', () => {
    const empty = document.implementation.createHTMLDocument('');
    expect(adapter.detect(empty, URL_)).toBe(true);
    expect(adapter.items(empty)).toEqual([]);
    expect(adapter.detect(empty, new URL('https://sessionize.com/view/ab12cd34'))).toBe(false);
    expect(adapter.detect(empty, new URL('https://example.org/view/ab12cd34/GridSmart'))).toBe(false);
  });

  it('makes the user’s sessions theirs by slug or name, co-spoken ones included, and no one else’s', () => {
    const mine = [['612345', true], ['600001', false], ['655501', false], ['598765', true]];
    expect(ownWith('dana-kowalski')).toEqual(mine);
    expect(ownWith('Dana Kowalski')).toEqual(mine);
    expect(ownWith('sam-okafor')).toEqual([['612345', true], ['600001', false], ['655501', true], ['598765', false]]);
    expect(ownWith('dana')).toEqual(mine.map(([id]) => [id, false]));
    expect(ownWith(undefined)).toEqual(mine.map(([id]) => [id, false]));
  });

  it('reads the list view: someone else’s sessions are never the user’s, and the abstract is kept as the evidence text', () => {
    const doc = loadDocument(join(FIXTURES_DIR, 'sessionize', 'schedule-sessions-list.html'));
    const url = new URL('https://sessionize.com/view/ab12cd34/Sessions?format=Embed_Styled_Html&title=VMUG%20UserCon%20Warsaw%202026');
    const withHandle = withStoredHandle(adapter, 'dana-kowalski');
    const found = withHandle.items(doc).map((item) => withHandle.extract(doc, url, item));
    expect(found.map((draft) => draft?.own)).toEqual([false, false]);
    expect(found[0]?.text).toBe('Thu 14 May 11:00 AM - 11:45 AM · Hall A · Sam Okafor\nErasure coding, lifecycle rules and the restore test nobody wants to run.');
  });

  it('keeps the day when the schedule gives a start without its zone', () => {
    const doc = loadDocument(join(FIXTURES_DIR, 'sessionize', 'schedule-grid.html'));
    const item = adapter.items(doc)[0]!;
    item.querySelector('[data-sztz]')!.setAttribute('data-sztz', 'TimeWithDuration|45|2026-05-14T09:15:00|2026-05-14T10:00:00');
    expect(adapter.extract(doc, URL_, item)?.publishedAt).toBe('2026-05-14T12:00:00.000Z');
  });
});
