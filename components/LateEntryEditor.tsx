import { lazy, Suspense } from 'react';
import type { EntryEditorProps } from './EntryEditor';

// The editor validates with zod: it loads on the first Edit, not with the list's first rows.
const EntryEditor = lazy(() => import('./EntryEditor').then((module) => ({ default: module.EntryEditor })));

export function LateEntryEditor(props: EntryEditorProps) {
  return (
    <Suspense fallback={<span className="entry-loading">Loading…</span>}>
      <EntryEditor {...props} />
    </Suspense>
  );
}
