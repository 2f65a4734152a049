import { describe, expect, it } from 'vitest';
import { planFor } from '../../../lib/programs';
import mvp, { MVP_FIELDS } from '../../../lib/programs/mvp';
import { ACTIVITY_TYPES, ROLES } from '../../../lib/programs/mvp/values';
import { entry } from '../../helpers/entries';
import { KINDS } from '../../../lib/schema/contribution';
// The background and the Applications panel load the zone table this way.
import '../../../lib/programs/mvp/time-zone';

const choices = { technologyFocusArea: 'Azure Networking', additionalTechnologyAreas: ['PowerShell', 'DevOps'], targetAudience: ['Developer', 'IT Pro'] };
const fieldsOf = (item: { fields: { name: string; value: string }[] }) => Object.fromEntries(item.fields.map((f) => [f.name, f.value]));

describe('MVP field definitions', () => {
  it('describes the portal’s fields with their limits and allowed values', () => {
    expect(MVP_FIELDS.title).toEqual({ name: 'title', label: 'Title', format: 'text', required: true, maxLength: 100 });
    expect(MVP_FIELDS.description).toMatchObject({ name: 'description', required: true, maxLength: 1000 });
    expect(MVP_FIELDS.privateDescription).toMatchObject({ maxLength: 1000 });
    expect(MVP_FIELDS.additionalTechnologyAreas).toMatchObject({ format: 'choices', maxValues: 2, askUser: true });
    expect(MVP_FIELDS.activityTypeName.values).toContain('Online Support');
    expect(MVP_FIELDS.activityTypeName.values).toContain('Webinar/Online Training/Video/Livestream');
    expect(MVP_FIELDS.activityTypeName.values).toContain('Content Feedback and Editing');
    expect(MVP_FIELDS.activityTypeName.values).not.toContain('Video');
    expect(MVP_FIELDS.targetAudience.values).toEqual(['Developer', 'IT Pro', 'Technical Decision Maker', 'Business Decision Maker', 'Student', 'End User', 'Other']);
    expect(MVP_FIELDS.technologyFocusArea.values).toContain('Azure Networking');
    expect(mvp.fields.map((f) => f.name)).toContain('inPersonAttendees');
  });

  it('covers April to March: awards renew in July for work logged by March 31', () => {
    expect(mvp.period(2027)).toEqual({ id: 'mvp-2027', label: 'MVP 2027 (Apr 2026 – Mar 2027)', from: '2026-04-01T00:00:00.000Z', to: '2027-04-01T00:00:00.000Z' });
  });
});

describe('MVP plan: one activity per entry', () => {
  it('maps a blog post to every field the Blog type asks for', () => {
    const post = entry({ id: 'b1', kind: 'blog-post', title: 'Private endpoints in hub-and-spoke', url: 'https://blog.example.com/pe', excerpt: 'How to route private endpoint traffic.', publishedAt: '2026-05-06T07:00:00.000Z', metrics: { asOf: '2026-06-01T00:00:00.000Z', views: 1234, subscribers: 560 } });
    const plan = planFor(mvp, [post], { choices });
    expect(plan.warnings).toEqual([]);
    expect(plan.items).toHaveLength(1);
    const [item] = plan.items;
    expect(item!.fields).toEqual([
      { name: 'activityTypeName', label: 'Activity type', value: 'Blog' },
      { name: 'technologyFocusArea', label: 'Primary technology area', value: 'Azure Networking' },
      { name: 'additionalTechnologyAreas', label: 'Additional technology areas', value: 'PowerShell, DevOps' },
      { name: 'title', label: 'Title', value: 'Private endpoints in hub-and-spoke', maxLength: 100 },
      { name: 'description', label: 'Description', value: 'How to route private endpoint traffic.', maxLength: 1000 },
      { name: 'targetAudience', label: 'Target audience', value: 'Developer, IT Pro' },
      { name: 'date', label: 'Published Date', value: '2026-05-06' },
      { name: 'role', label: 'Role', value: 'Author' },
      { name: 'quantity', label: 'Quantity', value: '1' },
      { name: 'reach', label: 'Reach', value: '1234' },
      { name: 'numberOfViews', label: 'Number of views', value: '1234' },
      { name: 'subscriberBase', label: 'Subscriber base', value: '560' },
      { name: 'url', label: 'URL', value: 'https://blog.example.com/pe' },
    ]);
    expect(item!.entryIds).toEqual(['b1']);
    expect(item!.warnings).toEqual([]);
    expect(item!.text).toBe(
      [
        'Activity type: Blog',
        'Primary technology area: Azure Networking',
        'Additional technology areas: PowerShell, DevOps',
        'Title: Private endpoints in hub-and-spoke',
        'Description: How to route private endpoint traffic.',
        'Target audience: Developer, IT Pro',
        'Published Date: 2026-05-06',
        'Role: Author',
        'Quantity: 1',
        'Reach: 1234',
        'Number of views: 1234',
        'Subscriber base: 560',
        'URL: https://blog.example.com/pe',
      ].join('\n'),
    );
  });

  it.each([
    ['talk', { attendees: 80, views: 300 }, { activityTypeName: 'Speaker/Presenter at Third-party Event', role: 'Speaker', inPersonAttendees: '80', numberOfSessions: '1', onDemandViews: '300', reach: '300' }],
    ['video', { views: 900 }, { activityTypeName: 'Webinar/Online Training/Video/Livestream', role: 'Presenter', numberOfSessions: '1', onDemandViews: '900', reach: '900' }],
    ['podcast', {}, { activityTypeName: 'Podcast', role: 'Host', numberOfSessions: '1' }],
    ['mentoring', {}, { activityTypeName: 'Mentorship/Coaching', role: 'Mentor' }],
    ['user-group', { attendees: 45 }, { activityTypeName: 'User Group Owner', role: 'Organizer', numberOfViews: '45', reach: '45' }],
    ['open-source', { views: 10 }, { activityTypeName: 'Open Source/Project/Sample code/Tools', role: 'Author', numberOfViews: '10' }],
    ['documentation', {}, { activityTypeName: 'Content Feedback and Editing', role: 'Contributor' }],
    ['feedback', {}, { activityTypeName: 'Product Feedback', role: 'Contributor' }],
    ['book', {}, { activityTypeName: 'Book/E-book', role: 'Author' }],
    ['article', { views: 70, subscribers: 1200 }, { activityTypeName: 'Article', role: 'Author', numberOfViews: '70', subscriberBase: '1200', reach: '70' }],
    // A stream's views were live; a talk given twice is two sessions.
    ['livestream', { views: 250 }, { activityTypeName: 'Webinar/Online Training/Video/Livestream', role: 'Presenter', numberOfSessions: '1', liveStreamViews: '250', reach: '250' }],
    ['talk', { attendees: 30, sessions: 2 }, { activityTypeName: 'Speaker/Presenter at Third-party Event', role: 'Speaker', inPersonAttendees: '30', numberOfSessions: '2', reach: '30' }],
    ['code', { views: 5 }, { activityTypeName: 'Open Source/Project/Sample code/Tools', role: 'Contributor', numberOfViews: '5' }],
  ] as const)('maps a %s to its type, role and counters', (kind, metrics, expected) => {
    const item = planFor(mvp, [entry({ kind, metrics: { asOf: '2026-06-01T00:00:00.000Z', ...metrics } })], { choices }).items[0]!;
    const values = fieldsOf(item);
    expect(values).toMatchObject(expected);
    const counters = ['numberOfViews', 'numberOfSessions', 'liveStreamViews', 'onDemandViews', 'inPersonAttendees', 'subscriberBase'];
    expect(Object.keys(values).filter((name) => counters.includes(name)).sort()).toEqual(
      Object.keys(expected).filter((name) => counters.includes(name)).sort(),
    );
    expect(ACTIVITY_TYPES).toContain(values.activityTypeName);
    expect(ROLES).toContain(values.role);
  });

  it('offers no social post: the form has no type for one', () => {
    const plan = planFor(mvp, [entry({ kind: 'social-post' }), entry({ kind: 'blog-post' })], { choices });
    expect(plan.items.map((item) => fieldsOf(item).activityTypeName)).toEqual(['Blog']);
    expect(mvp.categories.flatMap((category) => category.kinds)).not.toContain('social-post');
  });

  it('gives every kind a type, the forum roll-up or the event form, except “other” and those it ignores', () => {
    const placed = new Set([...mvp.categories.flatMap((category) => category.kinds), ...(mvp.ignores ?? [])]);
    expect(KINDS.filter((kind) => !placed.has(kind))).toEqual(['other']);
  });

  it('plans a talk added without a link with no URL field, a description without a site, and a warning', () => {
    const item = planFor(mvp, [entry({ kind: 'talk', source: 'manual', url: undefined, title: 'Bicep panel', contextTitle: 'Azure Day' })], { choices }).items[0]!;
    const values = fieldsOf(item);
    expect(values.url).toBeUndefined();
    expect(values.description).toBe('Talk (Azure Day): Bicep panel');
    expect(item.warnings).toContain('No link: the form asks for one (the event page, slides or a recording); add it to the entry or on the form.');
  });

  it('asks the user to choose a type for kinds without one', () => {
    const other = planFor(mvp, [entry({ kind: 'other' })], { choices }).items[0]!;
    expect(fieldsOf(other).activityTypeName).toBeUndefined();
    expect(other.warnings).toEqual(['“Other” has no MVP activity type: pick the type and role on the form.']);
  });

  it('plans an event the user organised for the organizer/event dialog: start and end day, URL, views; names what entries do not record', () => {
    const event = planFor(mvp, [entry({ kind: 'event', title: 'Azure Lisbon meetup', url: 'https://www.meetup.com/azure-lisbon/events/1', publishedAt: '2026-09-10T18:00:00.000Z', metrics: { asOf: '2026-09-11T00:00:00.000Z', views: 300 } })], { choices }).items[0]!;
    expect(event.category).toBe('Event organizer');
    expect(fieldsOf(event)).toEqual({
      technologyFocusArea: 'Azure Networking',
      additionalTechnologyAreas: 'PowerShell, DevOps',
      targetAudience: 'Developer, IT Pro',
      title: 'Azure Lisbon meetup',
      description: 'Organised Azure Lisbon meetup (meetup.com).',
      eventType: 'Meetup',
      date: '2026-09-10',
      dateEnd: '2026-09-10',
      onDemandViews: '300',
      url: 'https://www.meetup.com/azure-lisbon/events/1',
    });
    expect(event.warnings).toEqual([
      'Time Zone: this entry does not say which time zone the event was in; pick it on the form.',
      'Format and End Time are not known from this entry: pick them on the form.',
      'End Date is set to the start day; change it for a multi-day event.',
    ]);
  });

  it('fills the event dialog’s Format, Type, local days and End Time from a saved event page’s tag and summary', () => {
    // 19:00 in Los Angeles on the 12th is already the 13th in UTC: the days are the event's own.
    const event = planFor(mvp, [entry({
      kind: 'event',
      title: 'Global Azure workshop',
      url: 'https://lu.ma/global-azure-la',
      excerpt: '2026-04-12 19:00–2026-04-13 17:45 America/Los_Angeles · Hybrid · 1 Main St, Los Angeles',
      publishedAt: '2026-04-13T02:00:00.000Z',
      tags: ['hybrid'],
    })], { choices }).items[0]!;
    expect(fieldsOf(event)).toMatchObject({ format: 'Hybrid', eventType: 'Workshop', date: '2026-04-12', timeZone: 'Pacific Standard Time', endTime: '5:45 PM', dateEnd: '2026-04-13' });
    expect(event.warnings).toEqual([]);
  });

  it('fills the event dialog from the entry’s own times first, whatever its excerpt says', () => {
    const event = planFor(mvp, [entry({
      kind: 'event',
      title: 'Azure Lisbon meetup',
      url: 'https://www.meetup.com/azure-lisbon/events/2',
      excerpt: 'Rewritten by the user: a night of hub-and-spoke.',
      publishedAt: '2026-10-01T17:30:00.000Z',
      event: { start: '2026-10-01T18:30', end: '2026-10-02T00:15', timeZone: 'Europe/Lisbon', utcOffset: '+01:00', format: 'online' },
    })], { choices }).items[0]!;
    expect(fieldsOf(event)).toMatchObject({ format: 'Online', date: '2026-10-01', timeZone: 'GMT Standard Time', endTime: '12:15 AM', dateEnd: '2026-10-02' });
    expect(event.warnings).toEqual([]);
  });

  it('shortens title and description at word boundaries, within the limits, with a warning', () => {
    const title = 'A very long title about configuring Azure Virtual WAN with secured hubs, routing intent and third-party firewalls';
    const notes = `${'Routing intent sends branch traffic through the firewall. '.repeat(20)}`.trim();
    const item = planFor(mvp, [entry({ title, notes, excerpt: 'not used when notes exist' })], { choices }).items[0]!;
    const values = fieldsOf(item);
    expect(values.title).toBe('A very long title about configuring Azure Virtual WAN with secured hubs, routing intent and…');
    expect(values.title!.length).toBeLessThanOrEqual(100);
    expect(values.description!.length).toBeLessThanOrEqual(1000);
    // 999 characters reach into "Routing intent" of the 18th sentence: the cut falls back to the space before it.
    expect(values.description!.endsWith('the firewall. Routing…')).toBe(true);
    const kept = values.description!.slice(0, -1);
    expect(notes.startsWith(kept) && notes[kept.length] === ' ').toBe(true);
    expect(item.warnings).toEqual([
      `Title shortened from ${title.length} to ${values.title!.length} characters (limit 100).`,
      `Description shortened from ${notes.length} to ${values.description!.length} characters (limit 1000).`,
    ]);
  });

  it('describes an entry without notes or excerpt from its kind, place and site', () => {
    const item = planFor(mvp, [entry({ kind: 'talk', title: 'Zero trust for hybrid networks', contextTitle: 'Cloud Summit 2026', url: 'https://www.cloudsummit.example/agenda' })], { choices }).items[0]!;
    expect(fieldsOf(item).description).toBe('Talk (Cloud Summit 2026) on cloudsummit.example: Zero trust for hybrid networks');
  });

  it('warns when a link is not https, and when no technology area was chosen', () => {
    const plan = planFor(mvp, [entry({ url: 'http://blog.example.com/old' })]);
    expect(plan.warnings).toEqual(['Pick a primary technology area: every activity needs one.']);
    expect(plan.items[0]!.warnings).toEqual(['The portal accepts only https:// links; this one is not.']);
    expect(fieldsOf(plan.items[0]!)).toMatchObject({ targetAudience: 'Developer' });
    expect(fieldsOf(plan.items[0]!).technologyFocusArea).toBeUndefined();
  });
});

describe('MVP plan: forum answers rolled up per month', () => {
  const answer = (id: string, day: string, site: string, title: string, views?: number) =>
    entry({ id, kind: 'forum-answer', platform: 'stack-exchange', url: `https://${site}/a/${id}`, title: `Answer ${id}`, contextTitle: title, publishedAt: `${day}T12:00:00.000Z`, metrics: views === undefined ? undefined : { asOf: '2026-04-01T00:00:00.000Z', views } });

  it('makes one Online Support activity a month with the quantity and the links', () => {
    const entries = [
      answer('1', '2026-03-02', 'stackoverflow.com', 'How do I peer two VNets?', 100),
      answer('2', '2026-03-15', 'learn.microsoft.com', 'NSG flow logs missing'),
      answer('3', '2026-03-28', 'stackoverflow.com', 'Bicep loop over subnets', 20),
      answer('4', '2026-04-01', 'stackoverflow.com', 'April question'),
      entry({ id: 'th', kind: 'forum-thread', url: 'https://stackoverflow.com/questions/9', title: 'My own question', publishedAt: '2026-03-20T00:00:00.000Z' }),
      entry({ id: 'post', kind: 'blog-post', url: 'https://blog.example.com/mid-march', title: 'Mid-March post', publishedAt: '2026-03-10T00:00:00.000Z' }),
    ];
    const plan = planFor(mvp, entries, { choices });
    expect(plan.items.map((item) => item.key)).toEqual(['online-support-2026-03', 'post', 'online-support-2026-04']);
    const march = plan.items[0]!;
    expect(march.heading).toBe('Online Support, March 2026 (4)');
    expect(march.entryIds).toEqual(['1', '2', 'th', '3']);
    expect(fieldsOf(march)).toEqual({
      activityTypeName: 'Online Support',
      technologyFocusArea: 'Azure Networking',
      additionalTechnologyAreas: 'PowerShell, DevOps',
      title: 'Online support, March 2026: 3 answers and 1 thread on stackoverflow.com and learn.microsoft.com',
      description: [
        'In March 2026 I answered 3 questions and started 1 thread on stackoverflow.com (3) and learn.microsoft.com (1).',
        '- How do I peer two VNets?: https://stackoverflow.com/a/1',
        '- NSG flow logs missing: https://learn.microsoft.com/a/2',
        '- My own question: https://stackoverflow.com/questions/9',
        '- Bicep loop over subnets: https://stackoverflow.com/a/3',
      ].join('\n'),
      targetAudience: 'Developer, IT Pro',
      date: '2026-03-02',
      dateEnd: '2026-03-28',
      role: 'Author',
      quantity: '4',
      reach: '120',
      numberOfViews: '120',
      url: 'https://stackoverflow.com/a/1',
    });
    expect(march.warnings).toEqual([]);
    expect(fieldsOf(plan.items[2]!)).toMatchObject({ quantity: '1', date: '2026-04-01', title: 'Online support, April 2026: 1 answer on stackoverflow.com' });
    expect(fieldsOf(plan.items[2]!).dateEnd).toBeUndefined();
  });

  it('lists whole links up to 1000 characters, says how many more, and counts them all', () => {
    const many = Array.from({ length: 40 }, (_, i) => answer(`${100 + i}`, `2026-07-${String(1 + (i % 28)).padStart(2, '0')}`, 'stackoverflow.com', `A question about a fairly long topic number ${i}`));
    const item = planFor(mvp, many, { choices }).items[0]!;
    const description = fieldsOf(item).description!;
    expect(description.length).toBeLessThanOrEqual(1000);
    const listed = description.split('\n').filter((line) => /^- .*: https:\/\/stackoverflow\.com\/a\/\d+$/.test(line)).length;
    expect(listed).toBeGreaterThan(5);
    expect(description.endsWith(`\n- … and ${40 - listed} more`)).toBe(true);
    expect(fieldsOf(item).quantity).toBe('40');
    expect(item.warnings).toEqual([`Description lists ${listed} of 40 links (limit 1000 characters); the quantity counts all 40.`]);
  });
});
