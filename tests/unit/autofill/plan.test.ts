import { readFileSync } from 'node:fs';
import { fixturePath } from '../../helpers/portal-fixtures';
import { describe, expect, it } from 'vitest';
import { createCollector, findFormRoot } from '../../../lib/autofill/collect';
import { ALL_ITEMS, matchScore, planFill, portalItems } from '../../../lib/autofill/plan';
import { planFor } from '../../../lib/programs';
import mvp, { MVP_FIELDS } from '../../../lib/programs/mvp';
import vexpert from '../../../lib/programs/vexpert';
import type { CollectedField, CollectedForm } from '../../../lib/schema/autofill';
import { entry } from '../../helpers/entries';
// The background and the Applications panel load the zone table this way.
import '../../../lib/programs/mvp/time-zone';

const collected = (name: string, prepare?: (doc: Document) => void): CollectedForm => {
  document.body.innerHTML = '';
  const doc = new DOMParser().parseFromString(readFileSync(fixturePath(name), 'utf8'), 'text/html');
  document.body.append(...[...doc.body.childNodes].filter((node) => node.nodeName !== 'SCRIPT'));
  prepare?.(document);
  return createCollector().collect(findFormRoot(document)).form;
};
const choices = { technologyFocusArea: 'Azure Networking', additionalTechnologyAreas: ['PowerShell', 'DevOps'], targetAudience: ['Developer', 'IT Pro'] };
const blogPost = () =>
  entry({ id: 'b1', kind: 'blog-post', title: 'Private endpoints in hub-and-spoke', url: 'https://blog.example.com/pe', excerpt: 'How to route private endpoint traffic.', publishedAt: '2026-05-06T07:00:00.000Z', metrics: { asOf: '2026-06-01T00:00:00.000Z', views: 1234 } });
const stepsByLabel = (plan: ReturnType<typeof planFill>) => Object.fromEntries(plan.steps.map((step) => [step.label, step.value]));

describe('plan: an MVP activity onto a plain form', () => {
  it('puts every field of a blog post in its place, values mapped onto the form’s options', () => {
    const [item] = planFor(mvp, [blogPost()], { choices }).items;
    const plan = planFill({ program: mvp, item: item!, form: collected('mvp/plain.html'), choices });
    expect(stepsByLabel(plan)).toEqual({
      'Activity type': 'Blog',
      'Primary technology area': 'Azure Networking',
      'Additional technology areas (up to 2)': ['PowerShell', 'DevOps'],
      'Target audience': ['Developer', 'IT Pro'],
      Title: 'Private endpoints in hub-and-spoke',
      Description: 'How to route private endpoint traffic.',
      Date: '2026-05-06',
      URL: 'https://blog.example.com/pe',
      Role: 'Author',
      Quantity: '1',
      Reach: '1234',
      'Number of views': '1234',
    });
    // In the form's order, so a type chosen first can reveal the fields that depend on it.
    expect(plan.steps.map((step) => step.name)).toEqual(['activityTypeName', 'technologyFocusArea', 'additionalTechnologyAreas', 'targetAudience', 'title', 'description', 'date', 'url', 'role', 'quantity', 'reach', 'numberOfViews']);
    expect(plan.steps.every((step) => !step.occupied)).toBe(true);
    expect(plan).toMatchObject({ itemKey: 'b1', entryIds: ['b1'], unplaced: [], warnings: [] });
    expect(plan.saved.length).toBeGreaterThan(0);
  });

  it('maps “Video” onto the combined option the form offers this year, and lists the counters it has no place for', () => {
    const video = entry({ id: 'v1', kind: 'video', title: 'Bicep in ten minutes', url: 'https://www.youtube.com/watch?v=abc', publishedAt: '2026-07-01T10:00:00.000Z', metrics: { asOf: '2026-08-01T00:00:00.000Z', views: 900 } });
    const [item] = planFor(mvp, [video], { choices }).items;
    const plan = planFill({ program: mvp, item: item!, form: collected('mvp/plain.html'), choices });
    const type = plan.steps.find((step) => step.name === 'activityTypeName')!;
    expect(type).toMatchObject({ value: 'Webinar/Online Training/Video/Livestream' });
    expect(type.note).toBeUndefined();
    expect(plan.steps.find((step) => step.name === 'role')!.value).toBe('Presenter');
    expect(plan.unplaced.map((field) => field.name)).toEqual(['numberOfSessions', 'onDemandViews']);
  });

  it('takes the form’s own name over the API’s when the form offers both', () => {
    const form = collected('mvp/plain.html', (doc) => {
      const option = doc.createElement('option');
      option.textContent = 'Video';
      doc.getElementById('activityType')!.append(option);
    });
    const video = entry({ kind: 'video', title: 'A video', publishedAt: '2026-07-01T10:00:00.000Z' });
    const [item] = planFor(mvp, [video], { choices }).items;
    const step = planFill({ program: mvp, item: item!, form, choices }).steps.find((s) => s.name === 'activityTypeName')!;
    expect(step.value).toBe('Webinar/Online Training/Video/Livestream');
    expect(step.note).toBeUndefined();
  });

  it('warns, and writes nothing, when a stored value has no option on the form', () => {
    const form = collected('mvp/plain.html', (doc) => doc.querySelector('#primaryTech option[value=""] ~ optgroup:last-child')!.remove());
    const [item] = planFor(mvp, [blogPost()], { choices }).items;
    const plan = planFill({ program: mvp, item: item!, form, choices });
    expect(plan.steps.find((step) => step.name === 'technologyFocusArea')).toBeUndefined();
    expect(plan.warnings).toContain('Primary technology area: the form offers no option for “Azure Networking” (it offers: .NET, DevOps, Developer Tools, Python).');
    expect(plan.warnings).toContain('“Primary technology area” is required and the plan has nothing for it: fill it by hand.');
  });

  it('flags fields that already hold something else, and not those that hold the same', () => {
    const form = collected('mvp/plain.html', (doc) => {
      (doc.getElementById('title') as HTMLInputElement).value = 'My own title';
      (doc.getElementById('url') as HTMLInputElement).value = 'https://blog.example.com/pe';
    });
    const [item] = planFor(mvp, [blogPost()], { choices }).items;
    const plan = planFill({ program: mvp, item: item!, form, choices });
    expect(plan.steps.find((step) => step.name === 'title')!.occupied).toBe(true);
    expect(plan.steps.find((step) => step.name === 'url')!.occupied).toBe(false);
    expect(plan.steps.find((step) => step.name === 'description')!.occupied).toBe(false);
  });

  it('shortens text to the live form’s own limit when it is below the program’s', () => {
    const form = collected('mvp/plain.html', (doc) => doc.getElementById('title')!.setAttribute('maxlength', '20'));
    const [item] = planFor(mvp, [blogPost()], { choices }).items;
    const plan = planFill({ program: mvp, item: item!, form, choices });
    const title = plan.steps.find((step) => step.name === 'title')!;
    expect(title.value).toBe('Private endpoints…');
    expect(title.value.length).toBeLessThanOrEqual(20);
    expect(plan.warnings).toContain('Title: Shortened from 34 to 18 characters: the form takes 20.');
  });

  it('splits technology areas at the known names, commas inside a name included', () => {
    const azureSql = 'Azure SQL (Database, Pools, Serverless, Hyperscale, Managed Instance, Virtual Machines)';
    const form = collected('mvp/plain.html', (doc) => {
      const option = doc.createElement('option');
      option.textContent = azureSql;
      doc.getElementById('additionalTech')!.append(option);
    });
    const [item] = planFor(mvp, [blogPost()], { choices: { ...choices, additionalTechnologyAreas: [azureSql, 'DevOps'] } }).items;
    // Without the user's choices at hand, the joined text is split at the known values.
    const plan = planFill({ program: mvp, item: item!, form, choices: { technologyFocusArea: 'Azure Networking' } });
    expect(plan.steps.find((step) => step.name === 'additionalTechnologyAreas')!.value).toEqual([azureSql, 'DevOps']);
  });
});

describe('plan: a month of forum answers onto a React-style form', () => {
  const reactLike = (): CollectedForm => {
    const field = (key: string, label: string, widget: CollectedField['widget'], extra: Partial<CollectedField> = {}): CollectedField => ({ key, label, widget, required: true, locked: false, value: '', ...extra });
    return {
      fields: [
        field('f0', 'Activity type', 'select', { options: ['Blog', 'Online Support', 'Video'].map((label) => ({ label, value: label })) }),
        field('f1', 'Primary technology area', 'select', { options: ['Azure Networking', 'PowerShell'].map((label) => ({ label, value: label })) }),
        field('f2', 'Target audience', 'checkboxes', { value: [], options: ['Developer', 'IT Pro', 'Student'].map((label) => ({ label, value: label })) }),
        field('f3', 'Title', 'text', { maxLength: 100 }),
        field('f4', 'Description', 'textarea', { maxLength: 1000 }),
        field('f5', 'Date', 'text', { placeholder: 'MM/DD/YYYY' }),
        field('f6', 'End date', 'text', { placeholder: 'MM/DD/YYYY', required: false }),
        field('f7', 'URL', 'text', { inputType: 'url' }),
        field('f8', 'Role', 'select', { options: ['Author', 'Host'].map((label) => ({ label, value: label })) }),
        field('f9', 'Quantity', 'number', { required: false }),
      ],
    };
  };

  it('fills the roll-up: count as quantity, links in the description, dates as the placeholder shows', () => {
    const answers = [3, 9, 27].map((day, index) =>
      entry({ id: `a${index}`, kind: 'forum-answer', platform: 'stack-exchange', url: `https://stackoverflow.com/a/${100 + index}`, title: `Answer ${index}`, contextTitle: `Question ${index}`, publishedAt: `2026-03-${String(day).padStart(2, '0')}T12:00:00.000Z` }),
    );
    const [item] = planFor(mvp, answers, { choices }).items;
    expect(item!.key).toBe('online-support-2026-03');
    const plan = planFill({ program: mvp, item: item!, form: reactLike(), choices });
    const values = Object.fromEntries(plan.steps.map((step) => [step.name, step.value]));
    expect(values).toMatchObject({
      activityTypeName: 'Online Support',
      targetAudience: ['Developer', 'IT Pro'],
      title: 'Online support, March 2026: 3 answers on stackoverflow.com',
      date: '03/03/2026',
      dateEnd: '03/27/2026',
      url: 'https://stackoverflow.com/a/100',
      role: 'Author',
      quantity: '3',
    });
    expect(values.description).toContain('- Question 2: https://stackoverflow.com/a/102');
    expect(plan.steps.find((step) => step.name === 'date')!.note).toBe('Date written as MM/DD/YYYY.');
    expect(plan.entryIds).toEqual(['a0', 'a1', 'a2']);
  });
});

describe('plan: comboboxes whose lists were not read', () => {
  it('hands the filler the stored value and its other names to look for when the list opens', () => {
    const form: CollectedForm = {
      fields: [
        { key: 'f0', label: 'Activity type', widget: 'combobox', required: true, locked: false, value: '' },
        // A type-to-filter list showing its first options only: a missing value is not a missing option.
        { key: 'f1', label: 'Primary technology area', widget: 'combobox', required: true, locked: false, value: '', typeahead: true, options: [{ label: '.NET', value: '.NET' }] },
      ],
    };
    const video = entry({ kind: 'video', title: 'A video', publishedAt: '2026-07-01T10:00:00.000Z' });
    const [item] = planFor(mvp, [video], { choices }).items;
    const plan = planFill({ program: mvp, item: item!, form, choices });
    expect(plan.steps[0]).toMatchObject({ value: 'Webinar/Online Training/Video/Livestream', candidates: ['Webinar/Online Training/Video/Livestream', 'Video', 'Video/Webcast/Podcast', 'Webcast'] });
    expect(plan.steps[1]).toMatchObject({ value: 'Azure Networking', candidates: ['Azure Networking'] });
    expect(plan.warnings.filter((warning) => warning.includes('no option'))).toEqual([]);
  });
});

describe('plan: vExpert lists', () => {
  const year = () => [
    entry({ id: 'p1', kind: 'blog-post', title: 'vSAN ESA notes', url: 'https://blog.example.com/vsan', publishedAt: '2026-02-01T10:00:00.000Z' }),
    entry({ id: 'p2', kind: 'blog-post', title: 'NSX tips', url: 'https://blog.example.com/nsx', publishedAt: '2026-04-01T10:00:00.000Z' }),
    entry({ id: 't1', kind: 'talk', title: 'VMUG UserCon keynote', url: 'https://vmug.example.com/talk', publishedAt: '2026-05-01T10:00:00.000Z' }),
    entry({ id: 'a1', kind: 'forum-answer', title: 'Re: vMotion fails', url: 'https://community.broadcom.com/a/1', publishedAt: '2026-06-01T10:00:00.000Z' }),
    entry({ id: 'o1', kind: 'other', title: 'Translated the docs', url: 'https://example.com/docs', publishedAt: '2026-07-01T10:00:00.000Z' }),
  ];

  it('offers “everything” first, since the lists never share a field; MVP activities do', () => {
    const items = portalItems(planFor(vexpert, year()));
    expect(items.map((item) => item.key)).toEqual([ALL_ITEMS, 'blogging', 'public-speaking', 'community-forums', 'other']);
    expect(items[0]!.entryIds).toEqual(['p1', 'p2', 't1', 'a1', 'o1']);
    const mvpItems = portalItems(planFor(mvp, [blogPost(), entry({ kind: 'video', title: 'V', publishedAt: '2026-07-01T10:00:00.000Z' })], { choices }));
    expect(mvpItems.map((item) => item.key)).not.toContain(ALL_ITEMS);
  });

  it('puts each list and count under its label and leaves the applicant’s details alone', () => {
    const [all] = portalItems(planFor(vexpert, year()));
    const plan = planFill({ program: vexpert, item: all!, form: collected('vexpert/application.html') });
    expect(stepsByLabel(plan)).toEqual({
      'Blog posts': '2026-02-01 - vSAN ESA notes - https://blog.example.com/vsan\n2026-04-01 - NSX tips - https://blog.example.com/nsx',
      'Number of blog posts': '2',
      'Public speaking (VMUG, conferences, webinars)': '2026-05-01 - VMUG UserCon keynote - https://vmug.example.com/talk',
      'VMTN / Broadcom Community participation': '2026-06-01 - Re: vMotion fails - https://community.broadcom.com/a/1',
      'Number of community answers': '1',
      'Anything else reviewers should know': '2026-07-01 - Translated the docs - https://example.com/docs',
    });
    expect(plan.unplaced.map((field) => field.name)).toEqual(['public-speaking.count', 'other.count']);
  });

  it('tells a list from its count, and speaking from leadership when both name VMUG', () => {
    const rules = vexpert.portal!.rules;
    const spec = (name: string) => vexpert.fields.find((field) => field.name === name)!;
    const field = (label: string, widget: CollectedField['widget']): CollectedField => ({ key: 'x', label, widget, required: false, locked: false, value: '' });
    const speaking = field('Public speaking (VMUG, conferences, webinars)', 'textarea');
    expect(matchScore(spec('public-speaking.list'), rules.fields['public-speaking.list'], speaking)).toBeGreaterThan(matchScore(spec('leadership-events.list'), rules.fields['leadership-events.list'], speaking));
    const count = field('Number of blog posts', 'number');
    expect(matchScore(spec('blogging.list'), rules.fields['blogging.list'], count)).toBe(0);
    expect(matchScore(spec('blogging.count'), rules.fields['blogging.count'], count)).toBeGreaterThan(45);
  });
});

describe('plan: fields known only by their label', () => {
  it('matches a field no rule names by the program’s own label, and ignores loose resemblances', () => {
    const field = (label: string): CollectedField => ({ key: 'x', label, widget: 'number', required: false, locked: false, value: '' });
    expect(matchScore(MVP_FIELDS.subscriberBase, undefined, field('Subscriber base'))).toBeGreaterThanOrEqual(95);
    expect(matchScore(MVP_FIELDS.subscriberBase, undefined, field('Base salary'))).toBeLessThan(45);
    expect(matchScore(MVP_FIELDS.numberOfSessions, undefined, field('Number of views'))).toBeLessThan(45);
  });
});

describe('plan: MVP rules match whole labels', () => {
  const mvpRules = mvp.portal!.rules;
  const field = (label: string, widget: CollectedField['widget']): CollectedField => ({ key: 'x', label, widget, required: true, locked: false, value: '' });
  const score = (name: keyof typeof MVP_FIELDS, label: string, widget: CollectedField['widget']) => matchScore(MVP_FIELDS[name], mvpRules.fields[name], field(label, widget));

  it('takes “End Date” for the end date and never “End Time”', () => {
    expect(score('dateEnd', 'End Date', 'date-picker')).toBeGreaterThanOrEqual(95);
    expect(score('dateEnd', 'End Time', 'text')).toBeLessThan(45);
    expect(score('date', 'End Time', 'text')).toBeLessThan(45);
    expect(score('date', 'Start Date', 'date-picker')).toBeGreaterThanOrEqual(95);
    expect(score('date', 'Published Date', 'date-picker')).toBeGreaterThanOrEqual(95);
    expect(score('endTime', 'End Time', 'combobox')).toBeGreaterThanOrEqual(95);
    expect(score('endTime', 'End Date', 'date-picker')).toBeLessThan(45);
    expect(score('endTime', 'Start Date', 'date-picker')).toBeLessThan(45);
  });

  it('tells the event form’s “Type” and “Format” from the activity type', () => {
    expect(score('eventType', 'Type', 'combobox')).toBeGreaterThanOrEqual(95);
    expect(score('eventType', 'Activity type', 'combobox')).toBeLessThan(45);
    expect(score('format', 'Format', 'combobox')).toBeGreaterThanOrEqual(95);
    expect(score('format', 'Activity type', 'combobox')).toBeLessThan(45);
  });

  it('tells the event form’s “Type”, “Private Description” and “Photos or Recording URL” from the fields they resemble', () => {
    expect(score('activityTypeName', 'Type', 'combobox')).toBeLessThan(45);
    expect(score('description', 'Private Description', 'textarea')).toBeLessThan(45);
    expect(score('url', 'Photos or Recording URL', 'text')).toBeLessThan(45);
    expect(score('url', 'Event URL', 'text')).toBeGreaterThanOrEqual(95);
    expect(score('liveStreamViews', 'Live Online Views', 'number')).toBeGreaterThanOrEqual(95);
    expect(score('additionalTechnologyAreas', 'Additional technology areas (up to 2)', 'combobox-multiple')).toBeGreaterThanOrEqual(95);
  });

  it('writes a calendar picker’s day as YYYY-MM-DD, to be picked, not typed', () => {
    const [item] = planFor(mvp, [blogPost()], { choices }).items;
    const form: CollectedForm = { fields: [{ ...field('Published Date', 'date-picker'), key: 'f0' }] };
    expect(planFill({ program: mvp, item: item!, form, choices }).steps[0]).toMatchObject({ name: 'date', value: '2026-05-06', note: 'Picked in the calendar.' });
  });
});

describe('plan: the apply wizard’s organizer/event dialog', () => {
  // The dialog opens on the user's click.
  const opened = (doc: Document) => doc.getElementById('dialog')!.removeAttribute('hidden');
  const meetup = () =>
    entry({
      id: 'ev1',
      kind: 'event',
      title: 'Azure Lisbon meetup: networking night',
      url: 'https://www.meetup.com/azure-lisbon/events/301234567',
      excerpt: '2026-09-10 18:30–21:00 Europe/Lisbon · In person · Avenida da Liberdade 1, Lisboa',
      publishedAt: '2026-09-10T17:30:00.000Z',
      tags: ['in-person'],
    });
  const planned = () => {
    const [item] = planFor(mvp, [meetup()], { choices }).items;
    return planFill({ program: mvp, item: item!, form: collected('mvp/apply-organizer.html', opened), choices });
  };
  const stepFor = (label: string) => planned().steps.find((step) => step.label === label);

  it('fills Format from the entry’s tag', () => {
    expect(stepFor('Format')).toMatchObject({ name: 'format', value: 'In-person' });
  });
  it('fills Type from the title', () => {
    expect(stepFor('Type')).toMatchObject({ name: 'eventType', value: 'Meetup' });
  });
  it('fills Start Date with the event’s own day, picked in the calendar', () => {
    expect(stepFor('Start Date')).toMatchObject({ name: 'date', value: '2026-09-10', note: 'Picked in the calendar.' });
  });
  it('fills End Time with the end the summary states, never the end date', () => {
    expect(stepFor('End Time')).toMatchObject({ name: 'endTime', value: '9:00 PM' });
  });
  it('fills End Date with the end day, never the end time', () => {
    expect(stepFor('End Date')).toMatchObject({ name: 'dateEnd', value: '2026-09-10' });
  });
  it('fills Event URL with the event page, not the photos field', () => {
    expect(stepFor('Event URL')).toMatchObject({ name: 'url', value: 'https://www.meetup.com/azure-lisbon/events/301234567' });
    expect(stepFor('Photos or Recording URL')).toBeUndefined();
  });
  it('fills Time Zone with the Windows zone of the event’s own zone, read from the summary of an entry saved before the event field', () => {
    expect(stepFor('Time Zone')).toMatchObject({ name: 'timeZone', value: 'GMT Standard Time' });
  });
  it('leaves Time Zone to the user when the entry names no zone, and says so', () => {
    const [item] = planFor(mvp, [{ ...meetup(), excerpt: 'A night of hub-and-spoke.' }], { choices }).items;
    const plan = planFill({ program: mvp, item: item!, form: collected('mvp/apply-organizer.html', opened), choices });
    expect(plan.steps.find((step) => step.label === 'Time Zone')).toBeUndefined();
    expect(plan.warnings).toContain('Time Zone: this entry does not say which time zone the event was in; pick it on the form.');
  });
  it('fills the views an entry records: on demand for a recording, live for a livestream’s', () => {
    const withViews = (metrics: { views: number }) => {
      const [item] = planFor(mvp, [{ ...meetup(), metrics: { asOf: '2026-09-11T00:00:00.000Z', ...metrics } }], { choices }).items;
      return planFill({ program: mvp, item: item!, form: collected('mvp/apply-organizer.html', opened), choices }).steps;
    };
    expect(withViews({ views: 300 }).find((step) => step.label === 'On-demand Views')).toMatchObject({ name: 'onDemandViews', value: '300' });
    expect(withViews({ views: 300 }).find((step) => step.label === 'Live Online Views')).toBeUndefined();
  });
});
