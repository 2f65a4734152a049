import { describe, expect, it } from 'vitest';
import { formDate } from '../../../lib/autofill/dates';
import { normalize, pickOption } from '../../../lib/autofill/options';
import type { CollectedField } from '../../../lib/schema/autofill';

const options = (...labels: string[]) => labels.map((label) => ({ label, value: label }));

describe('pickOption', () => {
  it('prefers the same name, whatever the case, “&” or punctuation', () => {
    expect(normalize('Content Feedback & Editing')).toBe(normalize('content feedback and editing'));
    expect(pickOption(options('Blog', 'Content feedback and editing'), ['Content Feedback & Editing'])).toMatchObject({ option: { label: 'Content feedback and editing' }, how: 'same' });
    expect(pickOption(options('Video', 'Webinar/Online Training/Video/Livestream'), ['Video'])).toMatchObject({ option: { label: 'Video' }, how: 'same', alternatives: [] });
  });

  it('finds a value inside a combined option, and says when several combine it', () => {
    expect(pickOption(options('Blog', 'Webinar/Online Training/Video/Livestream'), ['Video'])).toMatchObject({ option: { label: 'Webinar/Online Training/Video/Livestream' }, how: 'part' });
    const both = pickOption(options('Video/Webcast', 'Webinar/Video'), ['Video'])!;
    expect(both.option.label).toBe('Video/Webcast');
    expect(both.alternatives.map((option) => option.label)).toEqual(['Webinar/Video']);
  });

  it('tries the other names in order, then most of the words, and gives up on strangers', () => {
    expect(pickOption(options('Forum Participation (Microsoft Forums)'), ['Online Support', 'Forum Participation (Microsoft Forums)'])).toMatchObject({ how: 'same' });
    expect(pickOption(options('Azure Kubernetes and Open Source', 'Azure Storage'), ['Azure Kubernetes & Open-Source'])).toMatchObject({ option: { label: 'Azure Kubernetes and Open Source' } });
    expect(pickOption(options('Speaker/Presenter at Third-party Event'), ['Speaker Presenter at Third party event'])).toMatchObject({ how: 'same' });
    expect(pickOption(options('Blog', 'Podcast'), ['Book/E-book'])).toBeUndefined();
  });
});

describe('formDate', () => {
  const field = (extra: Partial<CollectedField>): CollectedField => ({ key: 'f0', label: 'Date', widget: 'text', required: true, locked: false, value: '', ...extra });

  it('gives date inputs YYYY-MM-DD (and their datetime and month variants)', () => {
    expect(formDate('2026-03-04', field({ widget: 'date', inputType: 'date', placeholder: 'MM/DD/YYYY' }))).toEqual({ value: '2026-03-04' });
    expect(formDate('2026-03-04', field({ widget: 'date', inputType: 'datetime-local' }))).toEqual({ value: '2026-03-04T00:00' });
    expect(formDate('2026-03-04', field({ widget: 'date', inputType: 'month' }))).toEqual({ value: '2026-03' });
  });

  it('follows a text field’s placeholder, hint or label', () => {
    expect(formDate('2026-03-04', field({ placeholder: 'MM/DD/YYYY' })).value).toBe('03/04/2026');
    expect(formDate('2026-03-04', field({ placeholder: 'dd/mm/yyyy' })).value).toBe('04/03/2026');
    expect(formDate('2026-03-04', field({ hint: 'Format: M/D/YYYY' })).value).toBe('3/4/2026');
    expect(formDate('2026-03-04', field({ label: 'Date (DD.MM.YY)' })).value).toBe('04.03.26');
    expect(formDate('2026-03-04', field({ placeholder: 'TT.MM.JJJJ' })).value).toBe('04.03.2026');
    expect(formDate('2026-03-04', field({ placeholder: 'jj/mm/aaaa' })).value).toBe('04/03/2026');
    expect(formDate('2026-03-04', field({ placeholder: 'YYYY-MM-DD' }))).toEqual({ value: '2026-03-04' });
  });

  it('falls back to YYYY-MM-DD with a note when the field shows no format', () => {
    expect(formDate('2026-03-04', field({ placeholder: 'Select a date…' }))).toEqual({ value: '2026-03-04', note: 'The field shows no date format: filled as YYYY-MM-DD, check it.' });
  });
});
