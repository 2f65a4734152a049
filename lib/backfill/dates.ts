import { DateTime } from 'luxon';

/**
 * Feed dates as ISO 8601 in UTC, or undefined. RSS uses RFC 822/2822 ("Tue, 03 Mar 2026 10:00:00
 * +0100"), Atom and JSON Feed RFC 3339. Luxon parses both strictly and the same in every browser,
 * where `Date.parse` guesses differently per engine and reads zone-less dates as local time, which
 * moves posts across a year boundary. Dates without a zone are taken as UTC.
 */
export function feedDate(raw: string | undefined | null): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const candidates = [
    DateTime.fromISO(text, { zone: 'utc' }),
    DateTime.fromRFC2822(rfc2822Tolerant(text), { zone: 'utc' }),
    DateTime.fromSQL(text, { zone: 'utc' }),
  ];
  const found = candidates.find((date) => date.isValid);
  return found ? found.toUTC().toISO({ suppressMilliseconds: false }) ?? undefined : undefined;
}

/**
 * Deviations seen in real feeds that do not change the moment: a weekday that does not match the
 * date (luxon rejects it; the date itself is what counts), "UTC" for "GMT", full month names.
 */
function rfc2822Tolerant(text: string): string {
  return text
    .replace(/^[A-Za-z]+,\s*/, '')
    .replace(/\bUTC$/i, 'GMT')
    .replace(/\b(January|February|March|April|June|July|August|September|October|November|December)\b/i, (month) => month.slice(0, 3));
}
