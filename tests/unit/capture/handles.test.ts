import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import stackExchange from '../../../lib/adapters/stack-exchange';
import { learnHandle, handleLookKey, sameHandle, storedHandle, withStoredHandle } from '../../../lib/capture/handles';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';
import { memoryStorage } from '../../helpers/memory-storage';

const page = (name: string) => loadDocument(join(FIXTURES_DIR, 'stack-exchange', `${name}.html`));
const URL_Q = new URL('https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python');
const own = (doc: Document, adapter = stackExchange) =>
  Object.fromEntries(adapter.items(doc).map((post) => [adapter.itemId(post), adapter.extract(doc, URL_Q, post)?.own]));

describe('handles', () => {
  it('learns the signed-in user’s handle once, keeping the rest of the settings', async () => {
    const storage = memoryStorage({ 'setting:disabled:reddit': true, 'setting:handle:reddit': 'me' });
    const written: string[] = [];
    const set = storage.set.bind(storage);
    storage.set = (items) => (written.push(...Object.keys(items)), set(items));
    await learnHandle(storage, stackExchange, page('question-logged-in-author'));
    // The page writes its own adapter's key and nothing else.
    expect(written).toEqual(['setting:handle:stack-exchange']);
    expect(Object.fromEntries(storage.data)).toEqual({ 'setting:disabled:reddit': true, 'setting:handle:reddit': 'me', 'setting:handle:stack-exchange': 'aran-fey' });
    await learnHandle(storage, stackExchange, page('question-logged-in'));
    expect(await storedHandle(storage, 'stack-exchange')).toBe('aran-fey');
  });

  it('learns nothing from a page that shows nobody signed in, and notes when it looked', async () => {
    const storage = memoryStorage();
    await learnHandle(storage, stackExchange, page('question-anonymous'));
    expect([...storage.data.keys()]).toEqual([handleLookKey('stack-exchange')]);
    expect(await storedHandle(storage, 'stack-exchange')).toBeUndefined();
  });

  it('marks the user’s posts on a signed-out page by the stored handle', () => {
    expect(own(page('question-anonymous'))).toEqual({ 52742770: false, 52742922: false });
    expect(own(page('question-anonymous'), withStoredHandle(stackExchange, 'aran-fey'))).toEqual({ 52742770: true, 52742922: false });
  });

  it('lets the page decide when it shows someone signed in', () => {
    // Signed in as New Helper: Aran-Fey's answer is not the user's, whatever the stored handle says.
    expect(own(page('question-logged-in'), withStoredHandle(stackExchange, 'aran-fey'))).toEqual({ 52742770: false, 52742922: false });
  });

  it.each([
    ['aran-fey', 'Aran-Fey', true],
    ['Jean-François Fabre', 'jean-francois-fabre', false],
    ['Jean-François Fabre', 'jean-françois-fabre', true],
    ['ana', 'anna', false],
  ])('sameHandle(%j, %j) is %s', (a, b, expected) => {
    expect(sameHandle(a, b)).toBe(expected);
  });
});
