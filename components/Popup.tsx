import { lazy, Suspense, useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import type { TrackerDb } from '../lib/db/database';
import type { SavePageApi } from '../lib/save-page-client';
import { PeriodSelect } from './PeriodSelect';
import { SavePagePanel } from './SavePagePanel';
import { usePeriod } from './use-period';
import { useYearView } from './use-year-view';
import { programWindow } from '../lib/period-list';
import type { Program } from '../lib/programs/define';
import type { FillOnPortal } from '../lib/autofill/send-to-portal';
import { t } from '../lib/i18n';

// The shell (header, Save this page, tabs) draws first, then the Year tab's first rows, read without
// Dexie; the database's code loads after them, and the other tabs' code loads when one is chosen.
const YearView = lazy(() => import('./YearView').then((module) => ({ default: module.YearView })));
const ProgramPanel = lazy(() => import('./ProgramPanel').then((module) => ({ default: module.ProgramPanel })));
const AddEntryForm = lazy(() => import('./AddEntryForm').then((module) => ({ default: module.AddEntryForm })));
const SettingsTab = lazy(() => import('./SettingsTab').then((module) => ({ default: module.SettingsTab })));

export interface PopupProps {
  /** Undefined while the database's code loads: the shell and the Year tab's first rows show, the other panels wait. */
  db: TrackerDb | undefined;
  /** Asks for the database: once the Year tab's first screen is shown, or another tab is chosen. */
  wantDb?: () => void;
  /** Today; the default period is its calendar year. */
  now?: Date;
  /** "Save this page": preview, correct the kind and title, save (lib/save-page-client.ts). */
  savePage: SavePageApi;
  writeClipboard?: (text: string) => Promise<void>;
  /** Opens the full-tab dashboard (export, import, more room). */
  openDashboard?: () => void;
  /** Fills the program portal open in the tab behind the popup (lib/autofill/send-to-portal.ts). */
  fillOnPortal?: FillOnPortal;
}

const TABS = [
  ['year', 'tabYear'],
  ['programs', 'tabApplications'],
  ['add', 'tabAdd'],
  ['settings', 'tabSettings'],
] as const;
type Tab = (typeof TABS)[number][0];

const STEP: Record<string, (index: number) => number> = {
  ArrowRight: (index) => (index + 1) % TABS.length,
  ArrowLeft: (index) => (index - 1 + TABS.length) % TABS.length,
  Home: () => 0,
  End: () => TABS.length - 1,
};

/** The ARIA tabs pattern: arrows, Home and End select a tab and move the keyboard onto it. */
const moveBetweenTabs = (tab: Tab, setTab: (tab: Tab) => void) => (event: KeyboardEvent<HTMLElement>) => {
  const step = STEP[event.key];
  if (!step) return;
  event.preventDefault();
  const next = TABS[step(TABS.findIndex(([id]) => id === tab))]![0];
  setTab(next);
  event.currentTarget.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
};

/** A function, not a module constant: the message is looked up when the popup draws, in its language. */
const Loading = () => <p className="hint">{t('loading')}</p>;

const clipboard = (text: string) => navigator.clipboard.writeText(text);

export function Popup({ db, wantDb, now: given, savePage, writeClipboard = clipboard, openDashboard, fillOnPortal }: PopupProps) {
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
  const [tab, setTab] = useState<Tab>('year');
  useEffect(() => {
    if (tab !== 'year') wantDb?.();
  }, [tab, wantDb]);

  return (
    <main>
      <header>
        <h1>{t('popupTitle')}</h1>
        <PeriodSelect options={options} value={period} onChange={setPeriod} />
        {openDashboard && (
          <button type="button" className="secondary" onClick={openDashboard} title={t('openDashboardHint')}>
            {t('openDashboard')}
          </button>
        )}
      </header>
      <SavePagePanel api={savePage} onSaved={saved} />
      <div className="tabs" role="tablist" aria-label={t('viewsLabel')} onKeyDown={moveBetweenTabs(tab, setTab)}>
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel" tabIndex={0}>
        <Suspense fallback={<Loading />}>
          {!db && tab !== 'year' && tab !== 'settings' && <Loading />}
          {tab === 'year' && <YearView db={db} period={period} everything={allTime} view={view} justSaved={justSaved} emptyHint={t('emptyPeriodHint')} onShown={wantDb} />}
          {db && tab === 'programs' && <ProgramPanel db={db} range={period} writeClipboard={writeClipboard} fillOnPortal={fillOnPortal} onProgram={followProgram} />}
          {db && tab === 'add' && <AddEntryForm db={db} today={now.toISOString().slice(0, 10)} onAdded={saved} onShow={() => setTab('year')} />}
          {tab === 'settings' && <SettingsTab />}
        </Suspense>
      </div>
    </main>
  );
}
