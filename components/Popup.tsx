import { useCallback, useState } from 'react';
import type { TrackerDb } from '../lib/db/database';
import type { Reply } from '../lib/schema/messages';
import { AddEntryForm } from './AddEntryForm';
import { CaptureToggles } from './CaptureToggles';
import { EntryBrowser } from './EntryBrowser';
import { Glance } from './Glance';
import { PeriodSelect } from './PeriodSelect';
import { ProgramPanel } from './ProgramPanel';
import { usePeriod } from './use-period';
import { UserSites } from './UserSites';

export interface PopupProps {
  db: TrackerDb;
  /** Today; the default period is its calendar year. */
  now?: Date;
  saveCurrentPage: () => Promise<Reply>;
  writeClipboard?: (text: string) => Promise<void>;
  /** Opens the full-tab dashboard (export, import, more room). */
  openDashboard?: () => void;
}

const SAVED = {
  created: 'Saved this page.',
  updated: 'Updated this page’s entry.',
  duplicate: 'This page is already saved.',
  'not-tracked': 'This page is not saved: nothing to update.',
} as const;

const TABS = [
  ['year', 'Year'],
  ['programs', 'Applications'],
  ['add', 'Add'],
  ['settings', 'Settings'],
] as const;
type Tab = (typeof TABS)[number][0];

const EMPTY_HINT =
  'Nothing saved for this period yet. Post an answer on a supported forum and it is saved here automatically, use the “Save” button beside a post, press “Save this page” on a page you wrote, or add a talk or event by hand.';

const clipboard = (text: string) => navigator.clipboard.writeText(text);

export function Popup({ db, now: given, saveCurrentPage, writeClipboard = clipboard, openDashboard }: PopupProps) {
  const [now] = useState(() => given ?? new Date());
  const { options, period, setPeriod } = usePeriod(now);
  const [listShown, setListShown] = useState(false);
  const showList = useCallback(() => setListShown(true), []);
  const [tab, setTab] = useState<Tab>('year');
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();
  const [saving, setSaving] = useState(false);

  async function onSave() {
    setSaving(true);
    setStatus(undefined);
    try {
      const reply = await saveCurrentPage();
      setStatus(reply.ok ? { text: SAVED[reply.status ?? 'created'] } : { text: reply.error, error: true });
    } catch (error) {
      setStatus({ text: `Could not save: ${error instanceof Error ? error.message : String(error)}`, error: true });
    } finally {
      setSaving(false);
    }
  }

  return (
    <main>
      <header>
        <h1>Your contributions</h1>
        <PeriodSelect options={options} value={period} onChange={setPeriod} />
        <button type="button" onClick={onSave} disabled={saving}>
          Save this page
        </button>
      </header>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'status error' : 'status'}>
          {status.text}
        </p>
      )}
      <nav className="tabs" role="tablist" aria-label="Views">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </nav>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel">
        {tab === 'year' && (
          <>
            <Glance db={db} range={period} label={period.label} start={listShown} />
            <EntryBrowser db={db} range={period} onShown={showList} emptyHint={EMPTY_HINT} />
          </>
        )}
        {tab === 'programs' && <ProgramPanel db={db} range={period} writeClipboard={writeClipboard} />}
        {tab === 'add' && <AddEntryForm db={db} today={now.toISOString().slice(0, 10)} />}
        {tab === 'settings' && (
          <>
            <CaptureToggles />
            <UserSites />
            {openDashboard && (
              <button type="button" className="secondary" onClick={openDashboard}>
                Open the dashboard (export, import, more room)
              </button>
            )}
          </>
        )}
      </div>
    </main>
  );
}
