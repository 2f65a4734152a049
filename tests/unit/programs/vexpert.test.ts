import { describe, expect, it } from 'vitest';
import { planFor } from '../../../lib/programs';
import vexpert from '../../../lib/programs/vexpert';
import { KINDS } from '../../../lib/schema/contribution';
import { entry } from '../../helpers/entries';

describe('vExpert plan', () => {
  const entries = [
    entry({ id: 'b2', kind: 'blog-post', title: 'Upgrading to\nvSphere 9', url: 'https://blog.example.com/vsphere-9', publishedAt: '2026-06-10T08:00:00.000Z' }),
    entry({ id: 'b1', kind: 'blog-post', title: 'NSX overlay basics', url: 'https://blog.example.com/nsx', publishedAt: '2026-02-01T23:30:00.000Z' }),
    entry({ id: 'f1', kind: 'forum-answer', title: 'Re: vMotion fails at 21%', url: 'https://community.broadcom.com/a/1', publishedAt: '2026-03-03T10:00:00.000Z' }),
    entry({ id: 't1', kind: 'talk', title: 'VMUG UserCon keynote', url: 'https://vmug.com/usercon', publishedAt: '2026-04-20T10:00:00.000Z' }),
    entry({ id: 'u1', kind: 'user-group', title: 'London VMUG leader', url: 'https://vmug.com/london', publishedAt: '2026-01-05T10:00:00.000Z' }),
    entry({ id: 'p1', kind: 'podcast', title: 'Episode 12', url: 'http://pod.example.com/12', publishedAt: '2026-05-05T10:00:00.000Z' }),
    // Saved from someone else: a bookmark, not a contribution.
    entry({ id: 'x1', kind: 'blog-post', title: 'Someone else’s post', own: false, publishedAt: '2026-05-01T10:00:00.000Z' }),
    // Already sent with last round's application.
    entry({ id: 's1', kind: 'blog-post', title: 'Sent before', programs: { vexpert: { status: 'submitted', at: '2026-06-01T00:00:00.000Z' } } }),
  ];

  it('lists each category oldest first, one line per item (date, title, URL), with a count', () => {
    const plan = planFor(vexpert, entries);
    expect(plan.items.map((item) => [item.key, item.heading])).toEqual([
      ['blogging', 'Blogging (2)'],
      ['public-speaking', 'Public speaking (1)'],
      ['community-forums', 'VMTN / community forums (1)'],
      ['videos-podcasts', 'Videos and podcasts (1)'],
      ['leadership-events', 'Leadership and events (1)'],
    ]);
    const blogging = plan.items[0]!;
    expect(blogging.fields).toEqual([
      {
        name: 'blogging.list',
        label: 'Blogging',
        value: '2026-02-01 - NSX overlay basics - https://blog.example.com/nsx\n2026-06-10 - Upgrading to vSphere 9 - https://blog.example.com/vsphere-9',
      },
      { name: 'blogging.count', label: 'Blogging: count', value: '2' },
    ]);
    expect(blogging.text).toBe(blogging.fields[0]!.value);
    expect(blogging.entryIds).toEqual(['b1', 'b2']);
  });

  it('copies everything as headed lists', () => {
    expect(planFor(vexpert, entries).text).toBe(
      [
        'Blogging (2)',
        '2026-02-01 - NSX overlay basics - https://blog.example.com/nsx',
        '2026-06-10 - Upgrading to vSphere 9 - https://blog.example.com/vsphere-9',
        '',
        'Public speaking (1)',
        '2026-04-20 - VMUG UserCon keynote - https://vmug.com/usercon',
        '',
        'VMTN / community forums (1)',
        '2026-03-03 - Re: vMotion fails at 21% - https://community.broadcom.com/a/1',
        '',
        'Videos and podcasts (1)',
        '2026-05-05 - Episode 12 - http://pod.example.com/12',
        '',
        'Leadership and events (1)',
        '2026-01-05 - London VMUG leader - https://vmug.com/london',
      ].join('\n'),
    );
  });

  it('offers submitted entries again only when asked', () => {
    const plan = planFor(vexpert, entries, { includeSubmitted: true });
    expect(plan.items[0]!.entryIds).toEqual(['b1', 's1', 'b2']);
  });

  it('lists code contributions with tools, streams with videos, and no social post (vExpert has no social-media category)', () => {
    const plan = planFor(vexpert, [
      entry({ id: 'pr', kind: 'code', title: 'Fix NSX provider docs typo', url: 'https://github.com/vmware/terraform-provider-nsxt/pull/1', publishedAt: '2026-02-02T10:00:00.000Z' }),
      entry({ id: 'ls', kind: 'livestream', title: 'vSAN office hours', url: 'https://www.youtube.com/watch?v=abc', publishedAt: '2026-03-02T10:00:00.000Z' }),
      entry({ id: 'sp', kind: 'social-post', title: 'Toot about vSphere 9', url: 'https://mastodon.social/@me/1', publishedAt: '2026-04-02T10:00:00.000Z' }),
    ]);
    expect(plan.items.map((item) => [item.key, item.entryIds])).toEqual([
      ['videos-podcasts', ['ls']],
      ['tools-open-source', ['pr']],
    ]);
    expect(plan.text).not.toContain('mastodon');
  });

  it('warns about http links', () => {
    const podcasts = planFor(vexpert, entries).items.find((item) => item.key === 'videos-podcasts')!;
    expect(podcasts.warnings).toEqual(['Some links are http://; reviewers may prefer https:// where the site has it.']);
  });

  it('covers every kind but social posts in exactly one category, and describes each category as two fields', () => {
    const kinds = vexpert.categories.flatMap((category) => category.kinds);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual(KINDS.filter((kind) => kind !== 'social-post').sort());
    expect(vexpert.ignores).toEqual(['social-post']);
    expect(vexpert.fields).toHaveLength(vexpert.categories.length * 2);
    expect(vexpert.fields[0]).toMatchObject({ name: 'blogging.list', label: 'Blogging', format: 'multiline' });
  });

  it('names the award for the year it runs: vExpert 2027 shows 2026’s work, applied for from late 2026', () => {
    expect(vexpert.period(2027)).toEqual({
      id: 'vexpert-2027',
      label: 'vExpert 2027 (Jan–Dec 2026)',
      from: '2026-01-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
      applications: { from: '2026-11-15T00:00:00.000Z', to: '2027-01-16T00:00:00.000Z' },
    });
  });

  it('has two intakes a year: the main one and the second half, applied for in July', () => {
    const [main, second] = vexpert.periods!(2025);
    expect(main!.label).toBe('vExpert 2025 (Jan–Dec 2024)');
    expect(second).toMatchObject({ id: 'vexpert-2025-h2', label: 'vExpert 2025 second half (Jul 2024–Jun 2025)' });
    // July 2025 took applications 7–24 July.
    expect(second!.applications!.from <= '2025-07-07T00:00:00.000Z' && '2025-07-24T23:59:59.000Z' < second!.applications!.to).toBe(true);
  });

  it('offers no social-media category and matches only the vexpert.vmware.com portal', () => {
    expect(vexpert.categories.map((category) => `${category.id} ${category.label}`).join(' ')).not.toMatch(/social/i);
    expect(vexpert.portal!.matches).toEqual(['https://vexpert.vmware.com/*']);
  });
});
