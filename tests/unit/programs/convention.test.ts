import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCollector } from '../../../lib/autofill/collect';
import { ENOUGH, matchScore } from '../../../lib/autofill/plan';
import { programs } from '../../../lib/programs';
import { PORTALS } from '../../../lib/programs/portals';
import { PROGRAM_CALENDARS } from '../../../lib/programs/calendars';
import type { ProgramCalendar } from '../../../lib/programs/define';
import type { CollectedField } from '../../../lib/schema/autofill';

/**
 * Programs are data, one folder each (lib/programs/FIXTURES.md). This keeps them so: every program
 * has saved portal pages, every field rule is exercised by a field of one of them, and no portal
 * host belongs to two programs or is declared twice.
 */
const folder = (id: string) => join(__dirname, '..', '..', '..', 'lib', 'programs', id);
const pages = (id: string) => readdirSync(join(folder(id), 'fixtures')).filter((name) => name.endsWith('.html'));

/** Every control of a saved page, dialogs and fields that start hidden included. */
function fieldsOf(id: string, name: string): CollectedField[] {
  document.body.innerHTML = '';
  const doc = new DOMParser().parseFromString(readFileSync(join(folder(id), 'fixtures', name), 'utf8'), 'text/html');
  document.body.append(...[...doc.body.childNodes].filter((node) => node.nodeName !== 'SCRIPT'));
  document.querySelectorAll('[hidden]').forEach((el) => el.removeAttribute('hidden'));
  return createCollector().collect(document.body).form.fields;
}

describe('programs as one folder each', () => {
  it('registers each program once, with its portal hosts listed once', () => {
    const ids = programs.map((program) => program.id);
    expect(new Set(ids).size).toBe(ids.length);
    const withPortal = programs.filter((program) => program.portal);
    expect(Object.keys(PORTALS).sort()).toEqual(withPortal.map((program) => program.id).sort());
    for (const program of withPortal) expect(PORTALS[program.id]!.matches).toEqual(program.portal!.matches);
  });

  it('declares no portal host twice', () => {
    const hosts = programs.flatMap((program) => (program.portal?.matches ?? []).map((pattern) => new URL(pattern.replace('*.', '')).hostname));
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  const withPortal = programs.flatMap((program) => (program.portal ? [[program.id, program.portal, program.fields] as const] : []));
  it.each(withPortal)('%s has portal fixtures, and a fixture field for every rule', (id, portal, programFields) => {
    const names = pages(id);
    expect(names.length).toBeGreaterThan(0);
    const fields = names.flatMap((name) => fieldsOf(id, name));
    const specs = new Map(programFields.map((spec) => [spec.name, spec]));
    const unexercised = Object.entries(portal.rules.fields)
      .filter(([name, rule]) => !fields.some((field) => matchScore(specs.get(name) ?? { name, label: name, format: 'text' }, rule, field) >= ENOUGH))
      .map(([name]) => name);
    expect(unexercised).toEqual([]);
  });
});

describe('program calendars', () => {
  it('lists each program once, in the registry order, with the very name and periods the program has', () => {
    const calendarOf = ({ id, name, period, periods }: ProgramCalendar) => ({ id, name, period, periods });
    expect(PROGRAM_CALENDARS.map(calendarOf)).toEqual(programs.map(calendarOf));
  });
});
