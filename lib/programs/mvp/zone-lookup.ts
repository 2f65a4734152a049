/**
 * Where the IANA → Windows zone table plugs in. CLDR's table (./time-zone.ts, about 80 kB) is loaded
 * only where MVP plans are made for the portal, the background and the Applications panel, which
 * import ./time-zone.ts; the program registry the popup reads at start stays without it.
 */
export type ZoneAnswer = { windows: string; note?: string } | { reason: string };

export interface ZoneLookup {
  /** The Windows zone for an event's IANA zone, else for its UTC offset, else why there is none. */
  windowsZoneOf(when: { timeZone?: string; utcOffset?: string }): ZoneAnswer;
  /** Per Windows zone, its cities, to find it in a list of display names. */
  zoneCities(): Record<string, string[]>;
}

let lookup: ZoneLookup | undefined;

export function setZoneLookup(next: ZoneLookup): void {
  lookup = next;
}

export const zoneLookup = (): ZoneLookup | undefined => lookup;
