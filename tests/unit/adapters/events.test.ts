import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventAdapters } from '../../../lib/adapters/events';
import type { ForumAdapter } from '../../../lib/adapters/define';
import { eventLd, whenOf } from '../../../lib/adapters/event-page';
import { withStoredHandle } from '../../../lib/capture/handles';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';

/** Each event site's pages with the handle a user would set: their own page and someone else's. */
const OWN = [
  { site: 'meetup', page: 'event-own-host', url: 'https://www.meetup.com/vmug-rhine-valley/events/309876543/', handles: ['298765432', 'Dana Kowalski', 'dana-kowalski', 'lea brunner'] },
  { site: 'meetup', page: 'event-other-online', url: 'https://www.meetup.com/cloud-native-storage-online/events/311222333/', handles: [] },
  { site: 'luma', page: 'event-own-host', url: 'https://luma.com/k3p9x2qa', handles: ['danak', 'usr-4Hq2bY7nZpL0aXc', 'Dana Kowalski', 'dana-kowalski', 'lea brunner'] },
  { site: 'luma', page: 'event-other-online', url: 'https://lu.ma/w7m2c8zd', handles: [] },
  { site: 'eventbrite', page: 'event-own-organizer', url: 'https://www.eventbrite.com/e/vmug-rhine-valley-usercon-2026-tickets-1123456789012', handles: ['81234567890', 'https://www.eventbrite.com/o/vmug-rhine-valley-81234567890'] },
  { site: 'sessionize', page: 'speaker-profile-own', url: 'https://sessionize.com/dana-kowalski', handles: ['dana-kowalski', 'Dana Kowalski'], items: 2 },
  { site: 'sessionize', page: 'speaker-profile-other', url: 'https://sessionize.com/sam-okafor', handles: [], items: 2 },
  { site: 'vmug', page: 'event-description-speaker-listed', url: 'https://community.vmug.com/events/event-description?CalendarEventKey=6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e', handles: ['Dana Kowalski', 'dana-kowalski', 'lea brunner'] },
  { site: 'vmug', page: 'event-description-other', url: 'https://community.vmug.com/events/event-description?CalendarEventKey=b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', handles: [] },
  { site: 'eventbrite', page: 'event-other-online', url: 'https://www.eventbrite.co.uk/e/backup-strategies-webinar-tickets-1198765432109', handles: ['60011122233'] },
];
const HANDLES = ['dana-kowalski', '298765432', 'Dana Kowalski', 'lea brunner', 'danak', 'usr-4Hq2bY7nZpL0aXc', '81234567890', 'https://www.eventbrite.com/o/vmug-rhine-valley-81234567890', '60011122233'];

const adapterOf = (id: string) => eventAdapters.find((adapter) => adapter.site.id === id) as ForumAdapter;

function ownWith(site: string, page: string, url: string, handle: string | undefined) {
  const doc = loadDocument(join(FIXTURES_DIR, site, `${page}.html`));
  const adapter = withStoredHandle(adapterOf(site), handle);
  return adapter.items(doc).map((item) => adapter.extract(doc, new URL(url), item)?.own);
}

describe('event pages: the user’s own by their stored handle', () => {
  it.each(OWN)('$site/$page is the user’s with exactly these handles: $handles', ({ site, page, url, handles, items = 1 }) => {
    for (const handle of HANDLES) expect(ownWith(site, page, url, handle), handle).toEqual(Array(items).fill(handles.includes(handle)));
    expect(ownWith(site, page, url, undefined)).toEqual(Array(items).fill(false));
  });
});

const ld = (block: unknown) => {
  const doc = document.implementation.createHTMLDocument();
  const script = doc.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify(block);
  doc.head.append(script);
  return eventLd(doc);
};

describe('event JSON-LD', () => {
  it('reads an Event subtype, and a Place with a VirtualLocation as hybrid', () => {
    const facts = ld({ '@type': 'BusinessEvent', name: 'UserCon', location: [{ '@type': 'VirtualLocation', url: 'https://example.com/live' }, { '@type': 'Place', name: 'Hall 1', address: 'Main St 1' }] });
    expect(facts).toMatchObject({ name: 'UserCon', format: 'hybrid', venue: 'Hall 1, Main St 1' });
  });

  it('takes the attendance mode over the location', () => {
    expect(ld({ '@type': 'Event', name: 'x', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode', location: { '@type': 'Place', name: 'Hall' } }).format).toBe('hybrid');
  });

  it('ignores blocks that are not events', () => {
    expect(ld({ '@type': 'BreadcrumbList', name: 'Events' })).toEqual({});
  });
});

describe('an event’s printed time', () => {
  it.each([
    [{ start: '2026-03-12T18:00:00+01:00', end: '2026-03-12T21:00:00+01:00', timeZone: 'Europe/Zurich' }, '2026-03-12 18:00–21:00 Europe/Zurich'],
    [{ start: '2026-03-12T18:00:00+01:00', end: '2026-03-13T02:00:00+01:00' }, '2026-03-12 18:00–2026-03-13 02:00 UTC+01:00'],
    [{ start: '2026-11-07T00:00:00Z' }, '2026-11-07 00:00 UTC'],
    [{ start: '2026-11-07', end: '2026-11-08' }, '2026-11-07 – 2026-11-08'],
    [{}, undefined],
  ])('%j → %s', (facts, printed) => {
    expect(whenOf(facts)).toBe(printed);
  });
});
