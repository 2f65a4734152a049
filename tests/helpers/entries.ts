import { ContributionSchema, type Contribution } from '../../lib/schema/contribution';

let counter = 0;

/** A stored entry as the database holds it, validated by the real schema. */
export function entry(over: Partial<Contribution> & Record<string, unknown> = {}): Contribution {
  counter += 1;
  return ContributionSchema.parse({
    id: `e${counter}`,
    kind: 'blog-post',
    platform: 'generic',
    url: `https://blog.example.com/post-${counter}`,
    title: `Post ${counter}`,
    publishedAt: '2026-03-04T10:00:00.000Z',
    capturedAt: '2026-03-04T10:00:00.000Z',
    source: 'one-click',
    own: true,
    ...over,
  });
}
