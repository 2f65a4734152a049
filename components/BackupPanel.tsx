import { useState, type ChangeEvent } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { listRange } from '../lib/db/queries';
import { downloadText } from '../lib/download';
import { backupJson, exportBackup } from '../lib/export/backup';
import { entriesToCsv } from '../lib/export/csv';
import { yearReport } from '../lib/export/markdown';
import { t } from '../lib/i18n';
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
  const counts = [report.added.length, report.updated.length, report.unchanged, report.screenshots, report.rejected.length].map(String) as [string, ...string[]];
  return (
    <div className="import-report">
      <p>{report.written ? t('importDone', ...counts) : t('importPreview', ...counts)}</p>
      {report.rejected.length > 0 && (
        <ul aria-label={t('importRejected')}>
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
    <section className="backup" aria-label={t('backupLabel')}>
      <h2>{t('exportHeading')}</h2>
      <div className="actions">
        <button type="button" onClick={exportJson} disabled={busy}>
          {t('exportJson')}
        </button>
        <button type="button" onClick={exportCsv} disabled={busy}>
          {t('exportCsv', period.label)}
        </button>
        <button type="button" onClick={exportReport} disabled={busy}>
          {t('exportReport', period.label)}
        </button>
      </div>
      <h2>{t('importHeading')}</h2>
      <p className="hint">{t('importHint')}</p>
      <input type="file" accept="application/json,.json" aria-label={t('backupFile')} onChange={(event) => void chooseFile(event)} disabled={busy} />
      {error && (
        <p role="alert" className="status error">
          {error}
        </p>
      )}
      {report && <Report report={report} />}
      {checked && report && !report.written && (
        <div className="actions">
          <button type="button" onClick={() => void apply()} disabled={busy || valid === 0}>
            {report.rejected.length ? t('importValid', String(valid), String(report.rejected.length)) : t('importAll', String(valid))}
          </button>
          <button type="button" className="secondary" onClick={() => { setChecked(undefined); setReport(undefined); }}>
            {t('cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
