import Papa from 'papaparse';
import type { Contribution } from '../schema/contribution';
import { KIND_LABELS } from '../kinds';
import { EVENT_COLUMNS } from './event-columns';

/** Columns in the order a spreadsheet shows them. Private notes stay out: a CSV is made to be shared. */
const COLUMNS: readonly [string, (entry: Contribution) => string | number | boolean | undefined][] = [
  ['Date', (e) => e.publishedAt.slice(0, 10)],
  ['Kind', (e) => KIND_LABELS[e.kind]],
  ['Title', (e) => e.title],
  ['URL', (e) => e.url],
  ['Thread', (e) => e.contextTitle],
  ['Thread URL', (e) => e.contextUrl],
  ['Site', (e) => e.platform],
  ['Own', (e) => (e.own ? 'yes' : 'no')],
  ['Author', (e) => e.author],
  ['Tags', (e) => e.tags.join('; ')],
  ...EVENT_COLUMNS,
  ['Votes', (e) => e.metrics?.votes],
  ['Views', (e) => e.metrics?.views],
  ['Accepted', (e) => (e.metrics?.accepted === undefined ? undefined : e.metrics.accepted ? 'yes' : 'no')],
  ['Comments', (e) => e.metrics?.comments],
  ['Attendees', (e) => e.metrics?.attendees],
  ['Sessions', (e) => e.metrics?.sessions],
  ['Subscribers', (e) => e.metrics?.subscribers],
  ['Counts as of', (e) => e.metrics?.asOf],
  ['Submitted to', (e) => Object.keys(e.programs).filter((id) => e.programs[id]?.status === 'submitted').join('; ')],
  ['Notes', (e) => e.notes],
  ['Source', (e) => e.source],
  ['Captured at', (e) => e.capturedAt],
  ['Text SHA-256', (e) => e.evidence.textSha256],
  ['Id', (e) => e.id],
];

/**
 * CSV for spreadsheets: quoted and escaped by Papa Parse, CRLF lines, a UTF-8 byte-order mark so
 * Excel reads accents right, and formula-looking text (=, +, -, @) defused so a captured title can
 * never run as a formula.
 */
export function entriesToCsv(entries: readonly Contribution[]): string {
  const csv = Papa.unparse(
    { fields: COLUMNS.map(([name]) => name), data: entries.map((entry) => COLUMNS.map(([, value]) => value(entry) ?? '')) },
    { escapeFormulae: true, newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}
