import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContributionSchema, DraftSchema } from '../../lib/schema/contribution';
import { MessageSchema } from '../../lib/schema/messages';

const good = {
  kind: 'forum-answer',
  platform: 'stack-exchange',
  url: 'https://stackoverflow.com/a/1',
  title: 'How to print a stack trace?',
  own: true,
  source: 'auto',
} as const;

const problems = (input: unknown) => {
  const result = DraftSchema.safeParse(input);
  return result.success ? '' : z.prettifyError(result.error);
};

describe('DraftSchema', () => {
  it('accepts a minimal draft and fills defaults', () => {
    expect(DraftSchema.parse(good).excerpt).toBe('');
  });

  it.each([
    [{ ...good, url: 'javascript:alert(1)' }, /http\(s\) URL.*at url/s],
    [{ ...good, url: 'data:text/html,x' }, /http\(s\) URL/],
    [{ ...good, title: '   ' }, /a title is required.*at title/s],
    [{ ...good, kind: 'tweet' }, /kind/],
    [{ ...good, publishedAt: 'yesterday' }, /ISO 8601.*at publishedAt/s],
    [{ ...good, own: 'yes' }, /own/],
    [{ ...good, excerpt: 'x'.repeat(5000) }, /excerpt/],
    [{ ...good, metrics: { views: -1 } }, /views/],
    [{ ...good, contextUrl: 'ftp://x' }, /contextUrl/],
  ])('rejects a bad draft with a message naming the field (%#)', (input, message) => {
    expect(problems(input)).toMatch(message);
  });

  it('rejects a draft with no fields at all', () => {
    expect(problems({})).toMatch(/kind/);
    expect(problems(null)).not.toBe('');
  });
});

describe('ContributionSchema', () => {
  it('requires an id and both dates, and defaults the rest', () => {
    const record = ContributionSchema.parse({
      ...good,
      excerpt: '',
      id: 'a',
      publishedAt: '2026-01-02T03:04:05.000Z',
      capturedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(record).toMatchObject({ tags: [], notes: '', privateNotes: '', programs: {}, evidence: {} });
    expect(ContributionSchema.safeParse({ ...good, id: 'a' }).success).toBe(false);
  });
});

describe('MessageSchema', () => {
  it('knows every message by its type', () => {
    expect(MessageSchema.safeParse({ type: 'captureContribution', captureId: 'c1', draft: good }).success).toBe(true);
    expect(MessageSchema.safeParse({ type: 'saveCurrentPage' }).success).toBe(true);
    expect(MessageSchema.safeParse({ type: 'dropDatabase' }).success).toBe(false);
    expect(MessageSchema.safeParse({ type: 'captureContribution', captureId: '', draft: good }).success).toBe(false);
  });
});
