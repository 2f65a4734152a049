import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TrackerDb } from '../../../lib/db/database';
import { backupJson, exportBackup } from '../../../lib/export/backup';
import { entriesToCsv } from '../../../lib/export/csv';
import { importBackup } from '../../../lib/import/backup';
import { entry } from '../../helpers/entries';

/** The event's own times (Contribution.event) through the CSV export and the JSON backup. */
const meetup = entry({
  id: 'ev',
  kind: 'event',
  title: 'Azure Lisbon meetup',
  url: 'https://www.meetup.com/azure-lisbon/events/1',
  event: { start: '2026-10-01T18:30', end: '2026-10-01T21:00', timeZone: 'Europe/Lisbon', utcOffset: '+01:00', format: 'in-person', venue: 'Avenida da Liberdade 1, Lisboa' },
});
const post = entry({ id: 'bp', title: 'Post', url: 'https://blog.example.com/p' });
let n = 0;

describe('an event’s times in exports', () => {
  it('fill their own CSV columns, empty for other entries', () => {
    const rows = Papa.parse<Record<string, string>>(entriesToCsv([meetup, post]).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({ 'Event start': '2026-10-01 18:30', 'Event end': '2026-10-01 21:00', 'Time zone': 'Europe/Lisbon', 'UTC offset': 'UTC+01:00', Format: 'in-person', Venue: 'Avenida da Liberdade 1, Lisboa' });
    expect(rows[1]).toMatchObject({ 'Event start': '', 'Event end': '', 'Time zone': '', 'UTC offset': '', Format: '', Venue: '' });
  });

  it('go through a JSON backup, and a backup from before them still imports', async () => {
    const source = new TrackerDb(`event-fields-${++n}`);
    await source.contributions.bulkAdd([meetup, post]);
    const text = backupJson(await exportBackup(source));
    const target = new TrackerDb(`event-fields-${++n}`);
    expect(await importBackup(target, text)).toMatchObject({ written: true, rejected: [] });
    expect((await target.contributions.get('ev'))?.event).toEqual(meetup.event);

    const old = JSON.parse(text) as { entries: Record<string, unknown>[] };
    for (const stored of old.entries) delete stored.event;
    const earlier = new TrackerDb(`event-fields-${++n}`);
    expect(await importBackup(earlier, JSON.stringify(old))).toMatchObject({ written: true, rejected: [] });
    expect((await earlier.contributions.get('ev'))?.event).toBeUndefined();
    expect(await earlier.contributions.get('ev')).toMatchObject({ title: 'Azure Lisbon meetup', kind: 'event' });
  });

  it('refuses a backup whose event times are not times', async () => {
    const source = new TrackerDb(`event-fields-${++n}`);
    await source.contributions.bulkAdd([meetup]);
    const backup = JSON.parse(backupJson(await exportBackup(source))) as { entries: { event: { start: string } }[] };
    backup.entries[0]!.event.start = 'tomorrow evening';
    const report = await importBackup(new TrackerDb(`event-fields-${++n}`), JSON.stringify(backup));
    expect(report.written).toBe(false);
    expect(JSON.stringify(report.rejected)).toContain('event');
  });
});
