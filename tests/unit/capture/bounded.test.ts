import { describe, expect, it, vi } from 'vitest';
import { boundDraft } from '../../../lib/capture/bounded';
import { createOutbox } from '../../../lib/capture/outbox';
import { CaptureDraftSchema, LIMITS } from '../../../lib/schema/contribution';
import { memoryStorage } from '../../helpers/memory-storage';

const draft = {
  kind: 'forum-answer',
  platform: 'stack-exchange',
  url: 'https://stackoverflow.com/a/1',
  title: 'T'.repeat(LIMITS.title + 40),
  excerpt: 'e'.repeat(LIMITS.excerpt + 1),
  text: 'x'.repeat(30_000), // Stack Exchange's own limit for an answer
  contextTitle: 'C'.repeat(LIMITS.title * 2),
  author: `\u202E${'a'.repeat(LIMITS.handle)}`,
  own: true,
  source: 'one-click',
} as const;

describe('boundDraft', () => {
  it('cuts a capture to what the store accepts instead of losing it', () => {
    expect(CaptureDraftSchema.safeParse(draft).success).toBe(false);
    const bounded = boundDraft(draft);
    expect(CaptureDraftSchema.safeParse(bounded).success).toBe(true);
    expect(bounded.text).toHaveLength(LIMITS.text);
    expect(bounded.title.endsWith('…')).toBe(true);
    expect(bounded.author?.startsWith('\u202E')).toBe(true); // text stays text; only its length changes
    expect(bounded.url).toBe(draft.url);
  });

  it('leaves a capture within bounds as it is, adding no fields', () => {
    const small = { kind: 'blog-post', platform: 'generic', url: 'https://blog.example.com/p', title: 'Post', own: true, source: 'auto' } as const;
    expect(boundDraft(small)).toEqual(small);
  });

  it('is applied before a capture is queued', async () => {
    const storage = memoryStorage();
    const send = vi.fn(async () => ({ ok: true as const, status: 'created' as const }));
    await createOutbox(storage, send, vi.fn(), { retryPending: vi.fn() }).add(draft, 'c1').then(({ reply }) => reply);
    expect((send.mock.calls[0] as unknown as [{ draft: { text: string } }])[0].draft.text).toHaveLength(LIMITS.text);
  });
});
