import { useState } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { t } from '../lib/i18n';
import type { Contribution } from '../lib/schema/contribution';
import { LateEntryEditor } from './LateEntryEditor';
import { EntryRow } from './EntryRow';
import { useLive } from './use-live';

export interface JustSavedProps {
  /** Undefined on the popup's first screen, before Dexie loads: nothing saved here yet. */
  db: TrackerDb | undefined;
  /** Entries saved from this page since it opened, newest first. */
  ids: readonly string[];
  onDelete: (entry: Contribution) => void;
}

/**
 * What was saved from this popup, whatever its date: an entry dated in another year would otherwise
 * leave the user with "Added" and nothing on screen.
 */
export function JustSaved({ db, ids, onDelete }: JustSavedProps) {
  const [editing, setEditing] = useState<string>();
  const entries = useLive(db, async (db) => (await db.contributions.bulkGet([...ids])).filter((entry) => entry !== undefined), [ids]);
  if (!entries?.length) return null;
  return (
    <section className="just-saved" aria-label={t('justSaved')}>
      <h2>{t('justSaved')}</h2>
      <ul className="entries-static">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.id === editing ? 'entry editing' : 'entry'}>
            {entry.id === editing && db ? (
              <LateEntryEditor db={db} entry={entry} onDone={() => setEditing(undefined)} />
            ) : (
              <EntryRow entry={entry} onEdit={() => setEditing(entry.id)} onDelete={() => onDelete(entry)} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
