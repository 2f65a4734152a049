/**
 * Dates a fixture prints, rewritten to the present moment in the form the site prints them: a post
 * "just made" must look fresh to the capture whatever day the tests run. Local forms use the test's
 * time zone, which the browser shares.
 */
const two = (n: number) => String(n).padStart(2, '0');
const ampm = (d: Date) => `${two(d.getHours() % 12 || 12)}:${two(d.getMinutes())} ${d.getHours() < 12 ? 'AM' : 'PM'}`;
const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d+Z$/, '');

export const FRESH_FORMATS = {
  iso: (d: Date) => d.toISOString(),
  'iso-seconds': isoSeconds,
  'iso-seconds-z': (d: Date) => `${isoSeconds(d)}Z`,
  'iso-space-z': (d: Date) => `${isoSeconds(d).replace('T', ' ')}Z`,
  'iso-offset': (d: Date) => d.toISOString().replace('Z', '+00:00'),
  'epoch-ms': (d: Date) => String(d.getTime()),
  /** Khoros classic: 11-20-2026 and 10:00 AM. */
  'local-mm-dd-yyyy': (d: Date) => `${two(d.getMonth() + 1)}-${two(d.getDate())}-${d.getFullYear()}`,
  'local-hh:mm-ampm': ampm,
  /** Higher Logic: Nov 22, 2026 11:58 AM. */
  'local-mon-dd-yyyy-hh:mm-ampm': (d: Date) => `${d.toLocaleString('en-US', { month: 'short' })} ${two(d.getDate())}, ${d.getFullYear()} ${ampm(d)}`,
} as const;

export type FreshFormat = keyof typeof FRESH_FORMATS;

export function freshen(text: string, fresh: Record<string, string> = {}, now = new Date()): string {
  return Object.entries(fresh).reduce((out, [printed, format]) => {
    const render = FRESH_FORMATS[format as FreshFormat];
    if (!render) throw new Error(`unknown fresh date format "${format}"`);
    if (!out.includes(printed)) throw new Error(`the fixture does not print "${printed}"`);
    return out.replaceAll(printed, render(now));
  }, text);
}
