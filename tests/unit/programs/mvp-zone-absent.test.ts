import { expect, it } from 'vitest';
import mvp from '../../../lib/programs/mvp';
import { planFor } from '../../../lib/programs';
import { entry } from '../../helpers/entries';

// This file does not load lib/programs/mvp/time-zone.ts, as the popup's first scripts do not.
it('leaves Time Zone and says why where the zone table is not loaded', () => {
  const event = entry({ kind: 'event', title: 'Azure Lisbon meetup', url: 'https://www.meetup.com/azure-lisbon/events/3', event: { start: '2026-10-01T18:30', timeZone: 'Europe/Lisbon' } });
  const item = planFor(mvp, [event], { choices: { technologyFocusArea: 'Azure Networking' } }).items[0]!;
  expect(item.fields.find((field) => field.name === 'timeZone')).toBeUndefined();
  expect(item.warnings).toContain('Time Zone: pick it on the form (the zone table is not loaded here).');
});
