import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { PeriodSelect } from './PeriodSelect';
import { usePeriod } from './use-period';
import { useYearView } from './use-year-view';
import { programWindow } from '../lib/period-list';
import type { Program } from '../lib/programs/define';
import { t } from '../lib/i18n';

// The page's frame (header, navigation, section titles) draws first; the sections' code (Dexie,
// zod, the panels) is one chunk that loads beside it.
const parts = () => import('./DashboardParts');
const YearPart = lazy(() => parts().then((module) => ({ default: module.YearPart })));
const ApplicationsPart = lazy(() => parts().then((module) => ({ default: module.ApplicationsPart })));
const AddPart = lazy(() => parts().then((module) => ({ default: module.AddPart })));
const BackupPart = lazy(() => parts().then((module) => ({ default: module.BackupPart })));
const SettingsPart = lazy(() => parts().then((module) => ({ default: module.SettingsPart })));

/** A section's body once the database is there, "Loading…" until then. */
function Later({ db, children }: { db: TrackerDb | undefined; children: (db: TrackerDb) => ReactNode }) {
  const loading = <p className="hint">{t('loading')}</p>;
  return <Suspense fallback={loading}>{db ? children(db) : loading}</Suspense>;
}

export interface DashboardProps {
  /** Undefined while the database's code loads: the frame shows, the sections wait. */
  db: TrackerDb | undefined;
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
        <Later db={db}>{(db) => <YearPart db={db} period={period} everything={allTime} view={view} justSaved={justSaved} emptyHint={t('emptyPeriod')} />}</Later>
      </section>
      <section id="applications" aria-labelledby="applications-title" className="section">
        <h2 id="applications-title">{t('tabApplications')}</h2>
        <Later db={db}>{(db) => <ApplicationsPart db={db} range={period} writeClipboard={writeClipboard} onProgram={followProgram} />}</Later>
      </section>
      <section id="add" aria-labelledby="add-title" className="section">
        <h2 id="add-title">{t('sectionAddByHand')}</h2>
        <Later db={db}>{(db) => <AddPart db={db} today={now.toISOString().slice(0, 10)} onAdded={saved} />}</Later>
      </section>
      <section id="backup" aria-labelledby="backup-title" className="section">
        <h2 id="backup-title">{t('headingBackup')}</h2>
        <Later db={db}>{(db) => <BackupPart db={db} period={period} now={now} />}</Later>
      </section>
      <section id="settings" aria-labelledby="settings-title" className="section">
        <h2 id="settings-title">{t('tabSettings')}</h2>
        <Later db={db}>{() => <SettingsPart />}</Later>
      </section>
    </main>
  );
}
