import { describe, expect, it } from 'vitest';
import { createContext } from '../../../lib/backfill/context';
import { parseSessionizeInput } from '../../../lib/backfill/inputs';
import { collectSessionize, sessionizeUrl } from '../../../lib/backfill/sessionize';
import { backfillFixture, fakeWeb } from './fake-web';

// The reply follows the speaker API's shape as public sites that read it show it (speaker,
// sessions, events); it was written for these tests, not recorded from Sessionize.
const URL_ = sessionizeUrl({ apiId: 'ab12cd34ef' });
const context = (fetch: typeof globalThis.fetch) => createContext({ year: 2026, signal: new AbortController().signal, fetch });

describe('Sessionize talks', () => {
  it('takes the speaker API address or its id, and explains that a profile page does not give it', () => {
    expect(parseSessionizeInput({ api: 'https://sessionize.com/api/speaker/json/AB12cd34ef' })).toEqual({ apiId: 'ab12cd34ef' });
    expect(parseSessionizeInput({ api: 'ab12cd34ef' })).toEqual({ apiId: 'ab12cd34ef' });
    expect(() => parseSessionizeInput({ api: 'https://sessionize.com/jane-doe' })).toThrow(/profile page address .* does not give it/);
  });

  it('turns each event of the year into a talk, leaves out other years and events without a website', async () => {
    const net = fakeWeb({ [URL_]: { body: backfillFixture('sessionize/speaker.json'), headers: { 'content-type': 'application/json' } } });
    const result = await collectSessionize({ apiId: 'ab12cd34ef' }, context(net.fetch));
    expect(net.requested).toEqual(['https://sessionize.com/api/speaker/json/ab12cd34ef']);
    expect(result.drafts).toEqual([
      {
        kind: 'talk',
        platform: 'sessionize',
        url: 'https://globalazure.pt/',
        contextUrl: 'https://globalazure.pt/',
        contextTitle: 'Global Azure Lisbon 2026',
        title: 'Speaker at Global Azure Lisbon 2026',
        excerpt: 'Lisbon, Portugal, 18 Apr 2026',
        publishedAt: '2026-04-18T12:00:00.000Z',
        event: { start: '2026-04-18', end: '2026-04-18', venue: 'Lisbon, Portugal' },
        author: 'Jane Doe',
        own: true,
        source: 'backfill',
      },
      expect.objectContaining({
        url: 'https://www.vmug.com/london-usercon-2026',
        excerpt: 'London, United Kingdom, 9 Sept 2026 – 10 Sept 2026',
        publishedAt: '2026-09-09T12:00:00.000Z',
        event: { start: '2026-09-09', end: '2026-09-10', venue: 'London, United Kingdom' },
      }),
    ]);
    expect(result.otherYears).toBe(1);
    expect(result.rejected).toEqual([{ title: 'Community Day Online', reason: 'Sessionize gives no website for this event: add the talk by hand (Add tab), with or without a link.' }]);
    expect(result.warnings).toEqual(['Sessionize does not say which of your sessions was given at which event: each event is saved as “Speaker at …”; rename it to the session’s title in the list.']);
  });

  it('names the talk after the session when the speaker has only one', async () => {
    const reply = JSON.parse(backfillFixture('sessionize/speaker.json')) as { sessions: unknown[] };
    reply.sessions = reply.sessions.slice(0, 1);
    const result = await collectSessionize({ apiId: 'ab12cd34ef' }, context(fakeWeb({ [URL_]: { body: JSON.stringify(reply) } }).fetch));
    expect(result.drafts.map((draft) => draft.title)).toEqual(['Private endpoints without tears', 'Private endpoints without tears']);
    expect(result.warnings).toEqual([]);
  });

  it('says when the API is not turned on', async () => {
    const net = fakeWeb({ [URL_]: { status: 404, body: 'Not found' } });
    await expect(collectSessionize({ apiId: 'ab12cd34ef' }, context(net.fetch))).rejects.toThrow(/is it turned on in your profile\?.*404/);
  });
});
