import { lazy, Suspense } from 'react';
import { t } from '../lib/i18n';
import type { EntryEditorProps } from './EntryEditor';

// The editor validates with zod: it loads on the first Edit, not with the list's first rows.
const EntryEditor = lazy(() => import('./EntryEditor').then((module) => ({ default: module.EntryEditor })));

export function LateEntryEditor(props: EntryEditorProps) {
  return (
    <Suspense fallback={<span className="entry-loading">{t('loading')}</span>}>
      <EntryEditor {...props} />
    </Suspense>
  );
}
