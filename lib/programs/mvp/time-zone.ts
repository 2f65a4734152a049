import { IANA_ALIAS_MAP, WINDOWS_TO_IANA_MAP, findWindows } from 'windows-iana';
import { setZoneLookup, type ZoneAnswer } from './zone-lookup';

/**
 * The organizer/event dialog's Time Zone is a list of Windows zones (lib/programs/mvp/fixtures/
 * apply-organizer.html). An event's IANA zone becomes its Windows zone through CLDR's windowsZones
 * table (the windows-iana package); this runs in the plan, never in a content script. Importing this
 * module plugs it into the MVP plan (./zone-lookup.ts).
 */

/** The platform's canonical spelling: CLDR's table may predate a rename (Europe/Kyiv was Europe/Kiev). */
function canonical(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const offsetLabel = (offset: string) => (offset === '+00:00' ? 'UTC' : `UTC${offset}`);

/**
 * Only a whole-hour offset maps to a zone (Etc/GMT-1 is UTC+01:00: POSIX signs are reversed), and
 * several cities share it, so the answer says which one stands in.
 */
function fromOffset(offset: string): ZoneAnswer {
  const match = offset.match(/^([+-])(\d{2}):(\d{2})$/);
  if (!match) return { reason: `Time Zone: the offset “${offset}” is not one we can read; pick the zone on the form.` };
  const [, sign, hours, minutes] = match;
  if (minutes !== '00') return { reason: `Time Zone: the event page gives only its offset, ${offsetLabel(offset)}, which several zones share; pick the event’s zone on the form.` };
  const etc = Number(hours) === 0 ? 'Etc/UTC' : `Etc/GMT${sign === '+' ? '-' : '+'}${Number(hours)}`;
  const windows = findWindows(etc)[0];
  if (!windows) return { reason: `Time Zone: no zone is known for ${offsetLabel(offset)}; pick it on the form.` };
  return Number(hours) === 0
    ? { windows }
    : { windows, note: `Time Zone: the event page gives only its offset, ${offsetLabel(offset)}; “${windows}” has that offset on the day, but pick the event’s own city if the form should show it.` };
}

/** The Windows zone for an event's IANA zone, else for its UTC offset, else why there is none. */
export function windowsZoneOf(when: { timeZone?: string; utcOffset?: string }): ZoneAnswer {
  if (when.timeZone) {
    const names = [when.timeZone, canonical(when.timeZone)].filter((name): name is string => Boolean(name));
    const windows = names.map((name) => findWindows(name)[0]).find(Boolean);
    if (windows) return { windows };
  }
  if (when.utcOffset) return fromOffset(when.utcOffset);
  return when.timeZone
    ? { reason: `Time Zone: “${when.timeZone}” has no Windows zone we know; pick it on the form.` }
    : { reason: 'Time Zone: this entry does not say which time zone the event was in; pick it on the form.' };
}

/**
 * Where the live list shows display names ("(UTC+00:00) Dublin, Edinburgh, Lisbon, London") rather
 * than ids: the cities of each Windows zone's IANA zones, which the option matcher finds among the
 * display name's parts.
 */
export function zoneCities(): Record<string, string[]> {
  // One pass over the alias table (findIanaAliases scans it on every call).
  const aliases = new Map<string, readonly string[]>();
  for (const { alias } of IANA_ALIAS_MAP) for (const name of alias) aliases.set(name, alias);
  const cities: Record<string, string[]> = {};
  for (const { windowsName, iana } of WINDOWS_TO_IANA_MAP) {
    const list = (cities[windowsName] ??= []);
    // Aliases too: the table says Asia/Calcutta where the display name says Kolkata.
    for (const zone of iana.flatMap((name) => aliases.get(name) ?? [name])) {
      const city = zone.startsWith('Etc/') ? undefined : zone.split('/').at(-1)!.replace(/_/g, ' ');
      if (city && !list.includes(city)) list.push(city);
    }
  }
  return cities;
}

setZoneLookup({ windowsZoneOf, zoneCities });
