import { describe, expect, it } from 'vitest';
import { createContext } from '../../../lib/backfill/context';
import { parseSessionizeScheduleInput } from '../../../lib/backfill/inputs';
import { collectSessionizeSchedule, scheduleUrl, sessionLink } from '../../../lib/backfill/sessionize-schedule';
import { backfillFixture, fakeWeb } from './fake-web';

const INPUT = { eventId: 'ab12cd34', eventName: 'VMUG UserCon Warsaw 2026', slug: 'dana-kowalski', name: 'dana kowalski' };
const context = (fetch: typeof globalThis.fetch, year = 2026) => createContext({ year, signal: new AbortController().signal, fetch });
const web = () => fakeWeb({ [scheduleUrl(INPUT)]: { body: backfillFixture('sessionize-schedule/all.json'), headers: { 'content-type': 'application/json' } } });

describe('Sessionize schedule', () => {
  it('takes the API address, a schedule page address (its title names the event) or the id', () => {
    expect(parseSessionizeScheduleInput({ schedule: 'https://sessionize.com/api/v2/AB12cd34/view/All', event: 'VMUG UserCon Warsaw 2026', speaker: 'https://sessionize.com/dana-kowalski' })).toEqual(INPUT);
    expect(
      parseSessionizeScheduleInput({ schedule: 'https://sessionize.com/view/ab12cd34/GridSmart?format=Embed_Styled_Html&title=VMUG%20UserCon%20Warsaw%202026', speaker: 'dana-kowalski', name: 'Dana K.' }),
    ).toEqual({ ...INPUT, name: 'Dana K.' });
    expect(() => parseSessionizeScheduleInput({ schedule: 'ab12cd34', speaker: 'dana-kowalski' })).toThrow(/event’s name/);
    expect(() => parseSessionizeScheduleInput({ schedule: 'https://example.org/api/v2/ab12cd34/view/All', event: 'X', speaker: 'dana-kowalski' })).toThrow(/schedule’s address/);
    expect(() => parseSessionizeScheduleInput({ schedule: 'ab12cd34', event: 'X', speaker: 'Dana Kowalski' })).toThrow(/Sessionize profile address/);
  });

  it('builds a session’s link as Sessionize does, the same the profile page saves', () => {
    expect(sessionLink('dana-kowalski', 'Day 2 for vSphere 9: what changes when the installer is gone', '612345')).toBe(
      'https://sessionize.com/s/dana-kowalski/day-2-for-vsphere-9-what-changes-when-the-installe/612345',
    );
    // A live link's shape: "C#" becomes "c-", the title cut at 50 characters.
    expect(sessionLink('michael-hompus', 'A Season for Speed: Turning Puzzles into C# Performance Win', '85804')).toBe(
      'https://sessionize.com/s/michael-hompus/a-season-for-speed-turning-puzzles-into-c-performa/85804',
    );
  });

  it('turns the speaker’s sessions into talks with date, time, room and co-speakers; others’ and service sessions stay out', async () => {
    const net = web();
    const result = await collectSessionizeSchedule(INPUT, context(net.fetch));
    expect(net.requested).toEqual(['https://sessionize.com/api/v2/ab12cd34/view/All']);
    expect(result.drafts).toEqual([
      {
        kind: 'talk',
        platform: 'sessionize',
        url: 'https://sessionize.com/s/dana-kowalski/day-2-for-vsphere-9-what-changes-when-the-installe/612345',
        contextTitle: 'VMUG UserCon Warsaw 2026',
        title: 'Day 2 for vSphere 9: what changes when the installer is gone',
        excerpt: '14 May 2026, 09:15–10:00 · Hall A · with Sam Okafor',
        publishedAt: '2026-05-14T12:00:00.000Z',
        author: 'Dana Kowalski',
        own: true,
        source: 'backfill',
      },
      {
        kind: 'talk',
        platform: 'sessionize',
        url: 'https://sessionize.com/s/dana-kowalski/a-home-lab-that-pays-rent/598765',
        contextTitle: 'VMUG UserCon Warsaw 2026',
        title: 'A home lab that pays rent',
        excerpt: '15 May 2026, 14:30–15:15 · Online stage',
        publishedAt: '2026-05-15T12:00:00.000Z',
        author: 'Dana Kowalski',
        own: true,
        source: 'backfill',
        tags: ['online'],
      },
    ]);
    expect(result.rejected).toEqual([{ title: 'Lightning talks', reason: 'Not on the schedule yet (no date).' }]);
  });

  it('counts sessions of another year without importing them', async () => {
    const result = await collectSessionizeSchedule(INPUT, context(web().fetch, 2025));
    expect(result.drafts).toEqual([]);
    expect(result.otherYears).toBe(2);
  });

  it('says so when the name is not among the schedule’s speakers', async () => {
    await expect(collectSessionizeSchedule({ ...INPUT, name: 'Jane Doe' }, context(web().fetch))).rejects.toThrow('Nobody named “Jane Doe” speaks in this schedule (2 speakers).');
  });

  it('sends the person to the schedule page when the endpoint is an embed', async () => {
    const net = fakeWeb({ [scheduleUrl(INPUT)]: { body: 'document.write("<div class=\\"sessionize-loader\\"></div>");' } });
    await expect(collectSessionizeSchedule(INPUT, context(net.fetch))).rejects.toThrow(/published as an embed.*sessionize\.com\/view\/ab12cd34\/GridSmart/);
  });
});
