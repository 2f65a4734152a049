import { Component, useEffect, useState, type ReactNode } from 'react';
import type { TrackerDb } from '../lib/db/database';
import { t } from '../lib/i18n';
import { requestPersistentStorage, type Persistence } from '../lib/db/persist';
import { describeStorageProblem, watchStorage, type StorageProblem } from '../lib/db/storage-problems';
import { WriteProblemNotice } from './WriteProblemNotice';

/** Problems that leave nothing to show: the page's own views would only fail again. */
const BLOCKING: ReadonlySet<StorageProblem['kind']> = new Set(['unavailable', 'failed', 'newer-version', 'upgraded']);
const RELOADABLE: ReadonlySet<StorageProblem['kind']> = new Set(['newer-version', 'upgraded', 'failed']);

function Notice({ problem }: { problem: StorageProblem }) {
  return (
    <div role="alert" className="storage-notice">
      <p>{problem.message}</p>
      <p>{problem.action}</p>
      {RELOADABLE.has(problem.kind) && (
        <button type="button" onClick={() => location.reload()}>
          {t('reload')}
        </button>
      )}
    </div>
  );
}

/** A view that throws a storage error (a live query on a database that closed) shows the notice instead of a blank page. */
class StorageErrorBoundary extends Component<{ children: ReactNode }, { problem?: StorageProblem }> {
  override state: { problem?: StorageProblem } = {};

  static getDerivedStateFromError(error: unknown) {
    return { problem: describeStorageProblem(error) };
  }

  override render() {
    return this.state.problem ? <Notice problem={this.state.problem} /> : this.props.children;
  }
}

export interface StorageGuardProps {
  /** Undefined while the database's code loads: nothing to watch yet. */
  db: TrackerDb | undefined;
  /** Ask the browser to keep the data under storage pressure (the dashboard does). */
  persist?: boolean;
  children: ReactNode;
}

/**
 * Wraps an extension page: says in plain words when the database cannot be used (full disk, a private
 * window, an update under the page, another tab blocking an upgrade) and what to do about it.
 */
export function StorageGuard({ db, persist = false, children }: StorageGuardProps) {
  const [problem, setProblem] = useState<StorageProblem>();
  const [persistence, setPersistence] = useState<Persistence>();
  useEffect(() => (db ? watchStorage(db, setProblem) : undefined), [db]);
  useEffect(() => {
    if (persist) void requestPersistentStorage().then(setPersistence);
  }, [persist]);

  if (problem && BLOCKING.has(problem.kind)) return <Notice problem={problem} />;
  return (
    <>
      {problem && <Notice problem={problem} />}
      <WriteProblemNotice />
      {persistence === 'denied' && (
        <p role="status" className="storage-notice">
          {t('persistDenied')}
        </p>
      )}
      <StorageErrorBoundary>{children}</StorageErrorBoundary>
    </>
  );
}
