import { useCallback, useState } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { browserBorrowRecord, browserHostPermissions } from '../lib/backfill/browser-permissions';
import { AddEntryForm } from './AddEntryForm';
import { BackfillPanel } from './BackfillPanel';
import { BackupPanel } from './BackupPanel';
import { CaptureToggles } from './CaptureToggles';
import { HandlesEditor } from './HandlesEditor';
import { PeriodSelect } from './PeriodSelect';
import { ProgramPanel } from './ProgramPanel';
import { usePeriod } from './use-period';
import { useYearView } from './use-year-view';
import { YearView } from './YearView';
import { programWindow } from '../lib/period-list';
import type { Program } from '../lib/programs/define';
import { UserSites } from './UserSites';
import { t } from '../lib/i18n';

export interface DashboardProps {
  db: TrackerDb;
  now?: Date;
  writeClipboard?: (text: string) => Promise<void>;
}

/** The page's sections, each reachable from the navigation at the top. */
const SECTIONS = [
  ['year', 'tabYear'],
  ['applications', 'tabApplications'],
  ['add', 'sectionAddByHand'],
  ['backup', 'sectionBackup'],
  ['settings', 'tabSettings'],
] as const;

const clipboard = (text: string) => navigator.clipboard.writeText(text);

/** The popup's pieces with room to work, plus export, import and settings. */
export function Dashboard({ db, now: given, writeClipboard = clipboard }: DashboardProps) {
  const [now] = useState(() => given ?? new Date());
  const { options, period, allTime, setPeriod } = usePeriod(now, db);
  // Picking a program shows its own application window (MVP: April–March).
  const followProgram = (program: Program) => {
    const window = programWindow(program, now, options);
    if (window) setPeriod(window);
  };
  const view = useYearView(period);
  const [justSaved, setJustSaved] = useState<string[]>([]);
  const saved = useCallback((id: string) => setJustSaved((ids) => [id, ...ids.filter((other) => other !== id)]), []);
  return (
    <main className="dashboard">
      <header>
        <h1>{t('popupTitle')}</h1>
        <PeriodSelect options={options} value={period} onChange={setPeriod} />
      </header>
      <nav className="sections" aria-label={t('sectionsLabel')}>
        <ul>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section id="year" aria-labelledby="year-title" className="section">
        <h2 id="year-title">{period.label}</h2>
        <YearView db={db} period={period} everything={allTime} view={view} justSaved={justSaved} emptyHint={t('emptyPeriod')} />
      </section>
      <section id="applications" aria-labelledby="applications-title" className="section">
        <h2 id="applications-title">{t('tabApplications')}</h2>
        <ProgramPanel db={db} range={period} writeClipboard={writeClipboard} onProgram={followProgram} />
      </section>
      <section id="add" aria-labelledby="add-title" className="section">
        <h2 id="add-title">{t('sectionAddByHand')}</h2>
        <AddEntryForm db={db} today={now.toISOString().slice(0, 10)} onAdded={saved} />
      </section>
      <section id="backup" aria-labelledby="backup-title" className="section">
        <h2 id="backup-title">{t('headingBackup')}</h2>
        <BackupPanel db={db} period={period} />
        <BackfillPanel db={db} now={now} permissions={browserHostPermissions} borrowRecord={browserBorrowRecord} />
      </section>
      <section id="settings" aria-labelledby="settings-title" className="section">
        <h2 id="settings-title">{t('tabSettings')}</h2>
        <CaptureToggles />
        <HandlesEditor />
        <UserSites />
      </section>
    </main>
  );
}
