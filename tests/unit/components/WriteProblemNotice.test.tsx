import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WriteProblemNotice } from '../../../components/WriteProblemNotice';
import { writeReporter } from '../../../lib/db/write-problems';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const quota = () => new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

it('says what was not stored, how many captures wait and what to do, and asks the background to retry', async () => {
  const retry = vi.fn(async (_message: unknown) => ({ ok: true }));
  fakeBrowser.runtime.onMessage.addListener(retry);
  render(<WriteProblemNotice />);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(screen.queryByRole('alert')).toBeNull();

  await act(async () => {
    await fakeBrowser.storage.local.set({ 'outbox:a': { captureId: 'a' }, 'outbox:b': { captureId: 'b' }, 'setting:screenshots': true });
    await writeReporter(fakeBrowser.storage.session).failed(quota());
  });
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/^Not stored: Your browser has no room left to store contributions\./);
  expect(alert.textContent).toMatch(/Free some disk space/);
  expect(alert.textContent).toMatch(/2 captures wait to be stored; nothing is lost/);

  await userEvent.click(screen.getByRole('button', { name: 'Try again now' }));
  await vi.waitFor(() => expect(retry.mock.calls.map(([message]) => message)).toEqual([{ type: 'retryPendingCaptures' }]));

  await act(async () => writeReporter(fakeBrowser.storage.session).stored());
  await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
});
