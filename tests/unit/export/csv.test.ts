import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { entriesToCsv } from '../../../lib/export/csv';
import { entry } from '../../helpers/entries';

describe('entriesToCsv', () => {
  const entries = [
    entry({ id: 'a', title: 'Ça marche, "vraiment"\nsur deux lignes', url: 'https://blog.example.com/ça', tags: ['vsphere', 'nsx'], notes: 'public note', privateNotes: 'SECRET', metrics: { asOf: '2026-04-01T00:00:00.000Z', votes: -2, views: 1500, accepted: true }, programs: { mvp: { status: 'submitted', at: '2026-05-01T00:00:00.000Z' } } }),
    entry({ id: 'b', title: '=HYPERLINK("https://evil.example","click")', kind: 'forum-answer', own: false, author: '@someone', contextTitle: '+1 trick' }),
  ];
  const csv = entriesToCsv(entries);

  it('starts with a UTF-8 byte-order mark and uses CRLF lines', () => {
    expect(csv.startsWith('\uFEFFDate,Kind,Title,URL,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFDate,Kind,Title,URL,Thread,Thread URL,Site,Own,Author,Tags,Event start,Event end,Time zone,UTC offset,Format,Venue,Votes,Views,Accepted,Comments,Attendees,Sessions,Subscribers,Counts as of,Submitted to,Notes,Source,Captured at,Text SHA-256,Id');
  });

  it('round-trips commas, quotes, newlines and accents through a CSV parser', () => {
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      Date: '2026-03-04',
      Kind: 'Blog post',
      Title: 'Ça marche, "vraiment"\nsur deux lignes',
      URL: 'https://blog.example.com/ça',
      Tags: 'vsphere; nsx',
      Votes: '-2',
      Views: '1500',
      Accepted: 'yes',
      'Submitted to': 'mvp',
      Notes: 'public note',
      Own: 'yes',
      Id: 'a',
    });
    expect(csv).not.toContain('SECRET');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows[1]!.Title).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(rows[1]!.Thread).toBe(`'+1 trick`);
    expect(rows[1]!.Author).toBe(`'@someone`);
    expect(rows[1]!.Own).toBe('no');
  });
});
