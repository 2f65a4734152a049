import { readFileSync } from 'node:fs';
import { fixturePath } from '../../helpers/portal-fixtures';
import { describe, expect, it } from 'vitest';
import { createCollector, findFormRoot, readValue } from '../../../lib/autofill/collect';
import type { CollectedField } from '../../../lib/schema/autofill';

const page = (name: string) => {
  document.body.innerHTML = '';
  const doc = new DOMParser().parseFromString(readFileSync(fixturePath(name), 'utf8'), 'text/html');
  document.body.append(...[...doc.body.childNodes].filter((node) => node.nodeName !== 'SCRIPT'));
  return document;
};
const byLabel = (fields: CollectedField[], label: string) => fields.find((field) => field.label === label);

describe('collect: a plain HTML form', () => {
  it('reads the Add activity dialog, not the site search, with each field’s label, limits and options', () => {
    const doc = page('mvp/plain.html');
    const root = findFormRoot(doc);
    expect(root.getAttribute('role')).toBe('dialog');
    const { form } = createCollector().collect(root);
    expect(form.fields.map((field) => [field.label, field.widget])).toEqual([
      ['Activity type', 'select'],
      ['Primary technology area', 'select'],
      ['Additional technology areas (up to 2)', 'select-multiple'],
      ['Target audience', 'checkboxes'],
      ['Title', 'text'],
      ['Description', 'textarea'],
      ['Private description', 'textarea'],
      ['Date', 'date'],
      ['End date', 'date'],
      ['URL', 'text'],
      ['Role', 'select'],
      ['Quantity', 'number'],
      ['Reach', 'number'],
      ['Number of views', 'number'],
      ['Keep this activity private', 'checkbox'],
    ]);
    const type = byLabel(form.fields, 'Activity type')!;
    // The prompt option is not a choice.
    expect(type.options?.[0]).toEqual({ label: 'Article', value: 'Article' });
    expect(type.options).toContainEqual({ label: 'Webinar/Online Training/Video/Livestream', value: 'Webinar/Online Training/Video/Livestream' });
    expect(type).toMatchObject({ name: 'activityTypeName', id: 'activityType', required: true, value: '', locked: false });
    expect(byLabel(form.fields, 'Title')).toMatchObject({ maxLength: 100, required: true, inputType: 'text' });
    expect(byLabel(form.fields, 'URL')).toMatchObject({ inputType: 'url', placeholder: 'https://' });
    expect(byLabel(form.fields, 'Private description')).toMatchObject({ hint: 'Only visible to Microsoft.', required: false, maxLength: 1000 });
    expect(byLabel(form.fields, 'Target audience')).toMatchObject({
      name: 'targetAudience',
      value: [],
      options: [
        { label: 'Developer', value: 'developer' },
        { label: 'IT Pro', value: 'itpro' },
        { label: 'Technical Decision Maker', value: 'tdm' },
        { label: 'Business Decision Maker', value: 'bdm' },
        { label: 'Student', value: 'student' },
        { label: 'End User', value: 'enduser' },
      ],
    });
    expect(byLabel(form.fields, 'Primary technology area')!.options!.map((option) => option.label)).toEqual(['.NET', 'DevOps', 'Developer Tools', 'Python', 'Azure Networking', 'Azure Storage', 'PowerShell']);
  });

  it('reads what the user already put in: text, picks and checked boxes', () => {
    const doc = page('mvp/plain.html');
    (doc.getElementById('title') as HTMLInputElement).value = 'My own title';
    (doc.getElementById('activityType') as HTMLSelectElement).value = 'Blog';
    (doc.querySelector('input[value=itpro]') as HTMLInputElement).checked = true;
    (doc.querySelector('#additionalTech option:nth-child(2)') as HTMLOptionElement).selected = true;
    const { form, controls } = createCollector().collect(findFormRoot(doc));
    expect(byLabel(form.fields, 'Title')!.value).toBe('My own title');
    expect(byLabel(form.fields, 'Activity type')!.value).toBe('Blog');
    expect(byLabel(form.fields, 'Target audience')!.value).toEqual(['IT Pro']);
    expect(byLabel(form.fields, 'Additional technology areas (up to 2)')!.value).toEqual(['DevOps']);
    expect(readValue(controls.get(byLabel(form.fields, 'Keep this activity private')!.key)!)).toBe('');
  });

  it('leaves out hidden controls and marks disabled and read-only ones as locked', () => {
    const doc = page('mvp/plain.html');
    doc.getElementById('reach')!.setAttribute('hidden', '');
    doc.getElementById('quantity')!.setAttribute('disabled', '');
    doc.getElementById('url')!.setAttribute('readonly', '');
    const { form } = createCollector().collect(findFormRoot(doc));
    expect(byLabel(form.fields, 'Reach')).toBeUndefined();
    expect(byLabel(form.fields, 'Quantity')!.locked).toBe(true);
    expect(byLabel(form.fields, 'URL')!.locked).toBe(true);
    expect(byLabel(form.fields, 'Title')!.locked).toBe(false);
  });

  it('keeps each control’s key across looks, and gives a field that appears later a new one', () => {
    const doc = page('mvp/plain.html');
    const collector = createCollector();
    const first = collector.collect(findFormRoot(doc)).form.fields;
    const extra = doc.createElement('input');
    extra.setAttribute('aria-label', 'Number of sessions');
    doc.getElementById('views')!.after(extra);
    const second = collector.collect(findFormRoot(doc)).form.fields;
    for (const field of first) expect(second.find((other) => other.label === field.label)!.key).toBe(field.key);
    const added = second.find((field) => field.ariaLabel === 'Number of sessions')!;
    expect(first.map((field) => field.key)).not.toContain(added.key);
  });
});

describe('collect: labels from aria, radio groups, comboboxes and chips', () => {
  it('names fields by aria-label and aria-labelledby and sees comboboxes whose lists are closed', () => {
    const doc = page('mvp/widgets.html');
    const { form } = createCollector().collect(findFormRoot(doc));
    expect(form.fields.map((field) => [field.label || field.ariaLabel, field.widget])).toEqual([
      ['Activity type', 'combobox'],
      ['Role', 'combobox'],
      ['Primary technology area', 'combobox'],
      ['Additional technology areas', 'combobox'],
      ['Target audience', 'combobox'],
      ['Title', 'text'],
      ['Description', 'textarea'],
      ['Activity date', 'text'],
      ['Link to the activity', 'text'],
      ['Number of sessions', 'text'],
      ['Live stream views', 'text'],
      ['On-demand views', 'text'],
    ]);
    const type = form.fields[0]!;
    // The prompt shown in a closed combobox is not a value; its list is not in the page yet.
    expect(type).toMatchObject({ value: '', required: true });
    expect(type.options).toBeUndefined();
    expect(type.typeahead).toBeUndefined();
    expect(form.fields[2]).toMatchObject({ typeahead: true });
    expect(byLabel(form.fields, 'Title') ?? form.fields.find((field) => field.ariaLabel === 'Title')).toMatchObject({ ariaLabel: 'Title', maxLength: 100 });
    expect(form.fields.find((field) => field.ariaLabel === 'Activity date')).toMatchObject({ placeholder: 'DD/MM/YYYY' });
  });

  it('reads an open list’s options, and chips as the picks of a multi-select', () => {
    const doc = page('mvp/widgets.html');
    const list = doc.createElement('div');
    list.id = 'type-list';
    list.setAttribute('role', 'listbox');
    for (const label of ['Blog', 'Video']) {
      const option = doc.createElement('div');
      option.setAttribute('role', 'option');
      option.textContent = label;
      list.append(option);
    }
    doc.body.append(list);
    const chips = doc.getElementById('audience-chips')!;
    for (const label of ['Developer', 'IT Pro']) {
      const chip = doc.createElement('span');
      chip.append(label);
      const remove = doc.createElement('button');
      remove.setAttribute('aria-label', `Remove ${label}`);
      remove.textContent = '×';
      chip.append(remove);
      chips.append(chip);
    }
    const { form } = createCollector().collect(findFormRoot(doc));
    expect(form.fields[0]!.options).toEqual([
      { label: 'Blog', value: 'Blog' },
      { label: 'Video', value: 'Video' },
    ]);
    expect(byLabel(form.fields, 'Target audience')).toMatchObject({ widget: 'combobox-multiple', value: ['Developer', 'IT Pro'] });
    // A neighbour's chips are not this field's.
    expect(byLabel(form.fields, 'Additional technology areas')).toMatchObject({ widget: 'combobox', value: '' });
  });

  it('reads a radio group as one choice labelled by its legend, and keeps what the user typed', () => {
    const doc = page('vexpert/application.html');
    const { form } = createCollector().collect(findFormRoot(doc));
    expect(byLabel(form.fields, 'Path')).toMatchObject({
      widget: 'radios',
      name: 'path',
      value: 'Evangelist',
      options: [
        { label: 'Evangelist', value: 'evangelist' },
        { label: 'Customer', value: 'customer' },
        { label: 'Partner', value: 'partner' },
      ],
    });
    expect(byLabel(form.fields, 'Full name')).toMatchObject({ widget: 'text', value: 'Sam Example' });
    expect(byLabel(form.fields, 'Community leadership (VMUG leader, event organiser)')).toMatchObject({ widget: 'textarea', value: '' });
    expect(form.fields).toHaveLength(13);
  });
});
