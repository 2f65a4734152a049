import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TrackerDb } from '../lib/db/database';
import { t } from '../lib/i18n';
import type { Contribution } from '../lib/schema/contribution';
import { LateEntryEditor } from './LateEntryEditor';
import { EntryRow } from './EntryRow';

export interface JustSavedProps {
  db: TrackerDb;
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
  const entries = useLiveQuery(async () => (await db.contributions.bulkGet([...ids])).filter((entry) => entry !== undefined), [db, ids]);
  if (!entries?.length) return null;
  return (
    <section className="just-saved" aria-label={t('justSaved')}>
      <h2>{t('justSaved')}</h2>
      <ul className="entries-static">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.id === editing ? 'entry editing' : 'entry'}>
            {entry.id === editing ? (
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
