import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupPanel } from '../../../components/BackupPanel';
import { TrackerDb } from '../../../lib/db/database';
import { calendarYear } from '../../../lib/periods';
import { entry } from '../../helpers/entries';

afterEach(cleanup);
let n = 0;

async function filled() {
  const db = new TrackerDb(`backup-panel-${++n}`);
  await db.contributions.bulkAdd([
    entry({ id: 'a', title: 'Post, with "quotes"', publishedAt: '2026-03-01T00:00:00.000Z' }),
    entry({ id: 'b', title: 'Old post', url: 'https://blog.example.com/old', publishedAt: '2025-03-01T00:00:00.000Z' }),
  ]);
  return db;
}

describe('BackupPanel', () => {
  it('exports a full backup, the period’s CSV and its report', async () => {
    const save = vi.fn();
    render(<BackupPanel db={await filled()} period={calendarYear(2026)} save={save} />);
    await userEvent.click(screen.getByRole('button', { name: /Download backup/ }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [name, json, type] = save.mock.calls[0]!;
    expect(name).toMatch(/^contributions-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    expect(JSON.parse(json).entries.map((e: { id: string }) => e.id)).toEqual(['b', 'a']);

    await userEvent.click(screen.getByRole('button', { name: 'Download CSV (2026)' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1]![0]).toBe('contributions-2026.csv');
    expect(save.mock.calls[1]![1]).toContain('"Post, with ""quotes"""');
    expect(save.mock.calls[1]![1]).not.toContain('Old post');

    await userEvent.click(screen.getByRole('button', { name: 'Download report (Markdown, 2026)' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(3));
    expect(save.mock.calls[2]!.slice(0, 1)).toEqual(['contributions-2026.md']);
    expect(save.mock.calls[2]![1]).toMatch(/^# Contributions: 2026\n/);
  });

  it('previews an import, writes nothing until confirmed, then reports', async () => {
    const source = await filled();
    const save = vi.fn();
    render(<BackupPanel db={source} period={calendarYear(2026)} save={save} />);
    await userEvent.click(screen.getByRole('button', { name: /Download backup/ }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    cleanup();

    const target = new TrackerDb(`backup-panel-${++n}`);
    render(<BackupPanel db={target} period={calendarYear(2026)} save={vi.fn()} />);
    await userEvent.upload(screen.getByLabelText('Backup file'), new File([save.mock.calls[0]![1]], 'backup.json', { type: 'application/json' }));
    expect((await screen.findByText(/^This file would give:/)).textContent).toBe('This file would give: 2 added, 0 updated, 0 unchanged, 0 screenshots, 0 rejected.');
    expect(await target.contributions.count()).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Import 2 entries' }));
    expect((await screen.findByText(/^Imported:/)).textContent).toBe('Imported: 2 added, 0 updated, 0 unchanged, 0 screenshots, 0 rejected.');
    expect(await target.contributions.count()).toBe(2);
  });

  it('lists rejected entries with reasons and offers to skip them', async () => {
    const db = new TrackerDb(`backup-panel-${++n}`);
    render(<BackupPanel db={db} period={calendarYear(2026)} save={vi.fn()} />);
    const backup = { format: 'contribution-tracker-backup', version: 1, exportedAt: '2026-11-22T00:00:00.000Z', entries: [entry({ id: 'ok' }), { ...entry({ id: 'bad' }), url: 'ftp://x' }], screenshots: [] };
    await userEvent.upload(screen.getByLabelText('Backup file'), new File([JSON.stringify(backup)], 'backup.json'));
    expect((await screen.findByRole('list', { name: 'Rejected' })).textContent).toBe(`entry 2 (“${backup.entries[1]!.title}”): url: must be an http(s) URL`);
    await userEvent.click(screen.getByRole('button', { name: 'Import the 1 valid entries, skip 1' }));
    await screen.findByText(/^Imported:/);
    expect((await db.contributions.toArray()).map((e) => e.id)).toEqual(['ok']);
  });

  it('says why a file is refused', async () => {
    render(<BackupPanel db={new TrackerDb(`backup-panel-${++n}`)} period={calendarYear(2026)} save={vi.fn()} />);
    await userEvent.upload(screen.getByLabelText('Backup file'), new File(['{"hello": 1}'], 'x.json'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The file is not a Contribution Tracker backup/);
  });
});
