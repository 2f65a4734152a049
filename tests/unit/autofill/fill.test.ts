import { readFileSync } from 'node:fs';
import { fixturePath } from '../../helpers/portal-fixtures';
import { describe, expect, it } from 'vitest';
import { createCollector, findFormRoot } from '../../../lib/autofill/collect';
import { fillForm } from '../../../lib/autofill/fill';
import { planFill } from '../../../lib/autofill/plan';
import { planFor } from '../../../lib/programs';
import mvp from '../../../lib/programs/mvp';
import { entry } from '../../helpers/entries';

/** The plain fixture, in happy-dom; the React and widget pages are filled in Chromium (tests/e2e/portal-autofill.test.ts). */
function portal(prepare?: (doc: Document) => void) {
  document.body.innerHTML = '';
  const doc = new DOMParser().parseFromString(readFileSync(fixturePath('mvp/plain.html'), 'utf8'), 'text/html');
  document.body.append(...[...doc.body.childNodes].filter((node) => node.nodeName !== 'SCRIPT'));
  prepare?.(document);
  const collected = createCollector().collect(findFormRoot(document));
  const post = entry({ id: 'b1', kind: 'blog-post', title: 'Private endpoints in hub-and-spoke', url: 'https://blog.example.com/pe', excerpt: 'How to route private endpoint traffic.', publishedAt: '2026-05-06T07:00:00.000Z', metrics: { asOf: '2026-06-01T00:00:00.000Z', views: 1234 } });
  const choices = { technologyFocusArea: 'Azure Networking', additionalTechnologyAreas: ['PowerShell', 'DevOps'], targetAudience: ['Developer', 'IT Pro'] };
  const plan = planFill({ program: mvp, item: planFor(mvp, [post], { choices }).items[0]!, form: collected.form, choices });
  return { collected, plan, get: <T extends Element>(selector: string) => document.querySelector(selector) as unknown as T };
}

describe('fill: a plain form', () => {
  it('writes every planned field, announces each change and reads each back', async () => {
    const { collected, plan, get } = portal();
    const heard: string[] = [];
    get<HTMLFormElement>('#activity-form').addEventListener('input', (event) => heard.push(`input:${(event.target as Element).id}`));
    get<HTMLFormElement>('#activity-form').addEventListener('change', (event) => heard.push(`change:${(event.target as Element).id}`));
    const results = await fillForm(collected.controls, plan.steps);
    expect(results.map((result) => [result.label, result.status])).toEqual(plan.steps.map((step) => [step.label, 'filled']));
    expect(get<HTMLSelectElement>('#activityType').value).toBe('Blog');
    expect(get<HTMLSelectElement>('#primaryTech').value).toBe('Azure Networking');
    expect([...get<HTMLSelectElement>('#additionalTech').selectedOptions].map((option) => option.value)).toEqual(['DevOps', 'PowerShell']);
    expect([...document.querySelectorAll<HTMLInputElement>('input[name=targetAudience]:checked')].map((box) => box.value)).toEqual(['developer', 'itpro']);
    expect(get<HTMLInputElement>('#title').value).toBe('Private endpoints in hub-and-spoke');
    expect(get<HTMLTextAreaElement>('#description').value).toBe('How to route private endpoint traffic.');
    expect(get<HTMLInputElement>('#date').value).toBe('2026-05-06');
    expect(get<HTMLInputElement>('#url').value).toBe('https://blog.example.com/pe');
    expect(get<HTMLInputElement>('#views').value).toBe('1234');
    expect(get<HTMLTextAreaElement>('#privateDescription').value).toBe('');
    expect(heard).toContain('input:title');
    expect(heard).toContain('change:title');
    expect(heard).toContain('change:activityType');
  });

  it('keeps what the user typed unless they ticked Replace for that field', async () => {
    const { collected, plan, get } = portal((doc) => {
      (doc.getElementById('title') as HTMLInputElement).value = 'My own title';
    });
    const title = plan.steps.find((step) => step.name === 'title')!;
    const first = await fillForm(collected.controls, plan.steps);
    expect(first.find((result) => result.key === title.key)).toEqual({ key: title.key, label: 'Title', status: 'kept', detail: 'It holds “My own title”: tick Replace to overwrite it.' });
    expect(get<HTMLInputElement>('#title').value).toBe('My own title');
    const again = await fillForm(collected.controls, plan.steps, { replace: new Set([title.key]) });
    expect(again.find((result) => result.key === title.key)!.status).toBe('filled');
    expect(again.filter((result) => result.key !== title.key).every((result) => result.status === 'same')).toBe(true);
    expect(get<HTMLInputElement>('#title').value).toBe('Private endpoints in hub-and-spoke');
  });

  it('leaves locked fields alone and reports a value the page puts back', async () => {
    const { collected, plan, get } = portal();
    get<HTMLInputElement>('#url').setAttribute('readonly', '');
    // A page that refuses the change, as a framework does with a value it did not hear about.
    get<HTMLInputElement>('#title').addEventListener('change', (event) => setTimeout(() => ((event.target as HTMLInputElement).value = ''), 5));
    const results = await fillForm(collected.controls, plan.steps);
    const status = (name: string) => results.find((result) => result.key === plan.steps.find((step) => step.name === name)!.key);
    expect(status('url')).toMatchObject({ status: 'locked' });
    expect(get<HTMLInputElement>('#url').value).toBe('');
    expect(status('title')).toMatchObject({ status: 'failed' });
    expect(status('description')).toMatchObject({ status: 'filled' });
  });

  it('reports a field that left the page', async () => {
    const { collected, plan, get } = portal();
    get<HTMLInputElement>('#reach').remove();
    const results = await fillForm(collected.controls, plan.steps);
    expect(results.find((result) => result.label === 'Reach')).toMatchObject({ status: 'missing' });
  });
});
