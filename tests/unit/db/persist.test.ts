import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../lib/db/persist';

describe('requestPersistentStorage', () => {
  it('asks only when the data is not persistent yet, and reports the answer', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => true, persist })).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
    expect(await requestPersistentStorage({ persisted: async () => false, persist })).toBe('granted');
    expect(persist).toHaveBeenCalledOnce();
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe('denied');
  });

  it('copes with browsers that lack the API or refuse to answer', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({} as never)).toBe('unsupported');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: () => Promise.reject(new Error('not allowed')) })).toBe('unsupported');
  });
});
