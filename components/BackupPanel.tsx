import { useState, type ChangeEvent } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { listRange } from '../lib/db/queries';
import { downloadText } from '../lib/download';
import { backupJson, exportBackup } from '../lib/export/backup';
import { entriesToCsv } from '../lib/export/csv';
import { yearReport } from '../lib/export/markdown';
import { applyImport, checkBackup, previewImport, type CheckedBackup, type ImportReport } from '../lib/import/backup';
import type { Period } from '../lib/programs/define';

export interface BackupPanelProps {
  db: TrackerDb;
  period: Period;
  /** Where files go; the dashboard uses the browser's download. */
  save?: (filename: string, text: string, type: string) => void;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function Report({ report }: { report: ImportReport }) {
  return (
    <div className="import-report">
      <p>
        {report.written ? 'Imported: ' : 'This file would give: '}
        {report.added.length} added, {report.updated.length} updated, {report.unchanged} unchanged, {report.screenshots} screenshots, {report.rejected.length} rejected.
      </p>
      {report.rejected.length > 0 && (
        <ul aria-label="Rejected">
          {report.rejected.map((item) => (
            <li key={`${item.what}-${item.position}`}>
              {item.what} {item.position}
              {item.title ? ` (“${item.title}”)` : ''}: {item.reasons.join('; ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Export (JSON backup, CSV, Markdown report) and import of a backup, checked before anything is written. */
export function BackupPanel({ db, period, save = downloadText }: BackupPanelProps) {
  const [checked, setChecked] = useState<CheckedBackup>();
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await task();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  }

  const day = new Date().toISOString().slice(0, 10);
  const exportJson = () => run(async () => save(`contributions-backup-${day}.json`, backupJson(await exportBackup(db)), 'application/json'));
  const exportCsv = () => run(async () => save(`contributions-${slug(period.label)}.csv`, entriesToCsv((await listRange(db, period)).reverse()), 'text/csv;charset=utf-8'));
  const exportReport = () => run(async () => save(`contributions-${slug(period.label)}.md`, yearReport(await listRange(db, period), period.label), 'text/markdown;charset=utf-8'));

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setChecked(undefined);
    setReport(undefined);
    if (!file) return;
    await run(async () => {
      const result = checkBackup(await file.text());
      if ('error' in result) throw new Error(result.error);
      setChecked(result);
      setReport(await previewImport(db, result));
    });
    event.target.value = '';
  }

  const apply = () =>
    run(async () => {
      if (!checked) return;
      setReport(await applyImport(db, checked));
      setChecked(undefined);
    });

  const valid = report ? report.added.length + report.updated.length : 0;
  return (
    <section className="backup" aria-label="Export and import">
      <h2>Export</h2>
      <div className="actions">
        <button type="button" onClick={exportJson} disabled={busy}>
          Download backup (JSON, everything)
        </button>
        <button type="button" onClick={exportCsv} disabled={busy}>
          Download CSV ({period.label})
        </button>
        <button type="button" onClick={exportReport} disabled={busy}>
          Download report (Markdown, {period.label})
        </button>
      </div>
      <h2>Import a backup</h2>
      <p className="hint">The whole file is checked first; nothing is written until you confirm, and then all at once.</p>
      <input type="file" accept="application/json,.json" aria-label="Backup file" onChange={(event) => void chooseFile(event)} disabled={busy} />
      {error && (
        <p role="alert" className="status error">
          {error}
        </p>
      )}
      {report && <Report report={report} />}
      {checked && report && !report.written && (
        <div className="actions">
          <button type="button" onClick={() => void apply()} disabled={busy || valid === 0}>
            {report.rejected.length ? `Import the ${valid} valid entries, skip ${report.rejected.length}` : `Import ${valid} entries`}
          </button>
          <button type="button" className="secondary" onClick={() => { setChecked(undefined); setReport(undefined); }}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
