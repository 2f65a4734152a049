import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { StorageGuard } from '../../../components/StorageGuard';
import { TrackerDb } from '../../../lib/db/database';

let n = 0;
afterEach(cleanup);

describe('StorageGuard', () => {
  it('shows the page when the database opens', async () => {
    render(<StorageGuard db={new TrackerDb(`guard-${++n}`)}><p>Your entries</p></StorageGuard>);
    expect(await screen.findByText('Your entries')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('replaces the page with a clear notice when the database cannot be opened here (Firefox private window)', async () => {
    const db = new TrackerDb(`guard-${++n}`);
    const privateWindow = new Dexie.OpenFailedError('open failed', new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'));
    vi.spyOn(db, 'open').mockReturnValue(Dexie.Promise.reject(privateWindow) as never);
    render(<StorageGuard db={db}><p>Your entries</p></StorageGuard>);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/private windows/);
    expect(alert.textContent).toMatch(/Open the tracker from a normal window/);
    expect(screen.queryByText('Your entries')).toBeNull();
  });

  it('catches a view that fails on storage and says what to do, instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    function FullDisk(): never {
      throw new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    }
    render(<StorageGuard db={new TrackerDb(`guard-${++n}`)}><FullDisk /></StorageGuard>);
    expect((await screen.findByRole('alert')).textContent).toMatch(/no room left.*Free some disk space/s);
  });

  it('asks for persistent storage when told to, and warns when the browser says no', async () => {
    const persist = vi.fn(async () => false);
    vi.stubGlobal('navigator', { ...navigator, storage: { persisted: async () => false, persist } });
    try {
      render(<StorageGuard db={new TrackerDb(`guard-${++n}`)} persist><p>Dashboard</p></StorageGuard>);
      expect((await screen.findByRole('status')).textContent).toMatch(/export a backup/);
      expect(persist).toHaveBeenCalledOnce();
      expect(screen.getByText('Dashboard')).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('does not ask for persistent storage unless told to', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { ...navigator, storage: { persisted: async () => false, persist } });
    try {
      render(<StorageGuard db={new TrackerDb(`guard-${++n}`)}><p>Popup</p></StorageGuard>);
      await screen.findByText('Popup');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(persist).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
