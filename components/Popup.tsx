import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TrackerDb } from '../lib/db/database';
import { listYear } from '../lib/db/contributions';
import type { Reply } from '../lib/schema/messages';
import { EntryList } from './EntryList';
import { UserSites } from './UserSites';

export interface PopupProps {
  db: TrackerDb;
  year: number;
  saveCurrentPage: () => Promise<Reply>;
}

const SAVED = {
  created: 'Saved this page.',
  updated: 'Updated this page’s entry.',
  duplicate: 'This page is already saved.',
  'not-tracked': 'This page is not saved: nothing to update.',
} as const;

export function Popup({ db, year, saveCurrentPage }: PopupProps) {
  const entries = useLiveQuery(() => listYear(db, year), [db, year]);
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
        <h1>Your {year} contributions</h1>
        <button type="button" onClick={onSave} disabled={saving}>
          Save this page
        </button>
      </header>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'status error' : 'status'}>
          {status.text}
        </p>
      )}
      {entries === undefined ? (
        <p className="empty" aria-busy="true">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="empty">
          Nothing saved for {year} yet. Post an answer on Stack Overflow or another Stack Exchange site and it
          is saved here automatically, use the “Save answer” button beside any answer, or press “Save this
          page” on a page you wrote.
        </p>
      ) : (
        <EntryList entries={entries} />
      )}
      <UserSites />
    </main>
  );
}
