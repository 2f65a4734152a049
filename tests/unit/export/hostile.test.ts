import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { entriesToCsv } from '../../../lib/export/csv';
import { yearReport } from '../../../lib/export/markdown';
import type { Contribution } from '../../../lib/schema/contribution';
import { entry } from '../../helpers/entries';

/** Captured text in exports stays text: a spreadsheet runs no formula, a Markdown viewer shows no link or HTML it did not get from us. */
const HOSTILE_TITLES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click me](javascript:alert(1))',
  '![pixel](https://tracker.example/p.png)',
  '`code` **bold** | table | # heading',
  '\u202Eexe.pdf',
];
const FORMULAS = ['=HYPERLINK("https://evil.example","Open")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];

describe('exports of hostile text', () => {
  it('CSV: every captured value comes back as the same text, and none starts a formula', () => {
    const entries = [...HOSTILE_TITLES, ...FORMULAS].map((title, i) => entry({ title, notes: title, author: title, url: `https://stackoverflow.com/a/${i + 1}` }));
    const csv = entriesToCsv(entries);
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(entries.length);
    for (const [i, row] of rows.entries()) {
      for (const column of ['Title', 'Notes', 'Author']) {
        const cell = row[column]!;
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell.replace(/^'/, '')).toBe(entries[i]![column === 'Title' ? 'title' : column === 'Notes' ? 'notes' : 'author']);
      }
    }
  });

  it('Markdown: titles are escaped, and only http(s) links are ever written', () => {
    const entries: Contribution[] = HOSTILE_TITLES.map((title, i) => entry({ title, contextTitle: title, url: `https://stackoverflow.com/a/${i + 1}` }));
    // A row that bypassed validation (written by an old version, or by hand in the database).
    entries.push({ ...entry({ title: 'Script link' }), url: 'javascript:alert(document.domain)' });
    const report = yearReport(entries, '2026 <b>year</b>');
    // Escaped characters (\<, \[, \!) show as typed; only unescaped ones make markup.
    expect(report).not.toMatch(/(^|[^\\])<(script|img|b)/m);
    expect(report).not.toMatch(/(^|[^\\])!\[/m); // no image embeds
    const targets = [...report.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !/^https?:\/\//.test(target!))).toEqual([]);
    expect(report).toContain('Script link');
  });
});
