import { describe, expect, it } from 'vitest';
import { yearReport } from '../../../lib/export/markdown';
import { entry } from '../../helpers/entries';

describe('yearReport', () => {
  it('groups own entries with counts, oldest first, links escaped, private notes left out', () => {
    const report = yearReport(
      [
        entry({ kind: 'forum-answer', title: 'Why does [x] *fail*?', url: 'https://stackoverflow.com/a/1', contextTitle: 'Thread <b>bold</b>', publishedAt: '2026-05-01T00:00:00.000Z' }),
        entry({ kind: 'blog-post', title: 'Second post', url: 'https://blog.example.com/two', publishedAt: '2026-06-01T00:00:00.000Z', metrics: { asOf: '2026-07-01T00:00:00.000Z', views: 300 }, privateNotes: 'SECRET' }),
        entry({ kind: 'blog-post', title: 'First post', url: 'https://en.wikipedia.org/wiki/Foo_(bar)', publishedAt: '2026-02-01T00:00:00.000Z' }),
        entry({ kind: 'talk', title: 'Keynote', url: 'https://www.vmug.example/usercon', publishedAt: '2026-04-01T00:00:00.000Z', metrics: { asOf: '2026-04-02T00:00:00.000Z', attendees: 80 } }),
        entry({ kind: 'blog-post', title: 'Not mine', own: false }),
      ],
      '2026',
    );
    expect(report).toBe(
      [
        '# Contributions: 2026',
        '',
        '4 contributions: blog posts 2, forum answers and threads 1, talks 1.',
        '',
        '## Blog posts (2)',
        '',
        '- 2026-02-01: [First post](https://en.wikipedia.org/wiki/Foo_%28bar%29), en.wikipedia.org',
        '- 2026-06-01: [Second post](https://blog.example.com/two), blog.example.com, 300 views',
        '',
        '## Forum answers and threads (1)',
        '',
        '- 2026-05-01: [Why does \\[x\\] \\*fail\\*?](https://stackoverflow.com/a/1) (Thread \\<b\\>bold\\</b\\>), stackoverflow.com',
        '',
        '## Talks (1)',
        '',
        '- 2026-04-01: [Keynote](https://www.vmug.example/usercon), vmug.example, 80 attendees',
        '',
      ].join('\n'),
    );
  });

  it('says so when the period is empty', () => {
    expect(yearReport([], 'MVP 2027 (Apr 2026 – Mar 2027)')).toBe('# Contributions: MVP 2027 (Apr 2026 – Mar 2027)\n\nNo contributions in this period.\n');
  });
});
