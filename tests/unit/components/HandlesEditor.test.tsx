import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HandlesEditor } from '../../../components/HandlesEditor';
import { loadSettings } from '../../../lib/settings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

it('shows the learnt names and saves the user’s corrections, a cleared name removed', async () => {
  await fakeBrowser.storage.local.set({ 'setting:handle:stack-exchange': 'aran-fey', 'setting:handle:reddit': 'old' });
  render(<HandlesEditor />);
  const stack = (await screen.findByRole('textbox', { name: 'Stack Exchange' })) as HTMLInputElement;
  expect(stack.value).toBe('aran-fey');
  await userEvent.clear(stack);
  await userEvent.type(stack, '  Aran Fey ');
  await userEvent.clear(screen.getByRole('textbox', { name: 'Reddit' }));
  await userEvent.click(screen.getByRole('button', { name: 'Save names' }));
  expect((await screen.findByRole('status')).textContent).toBe('Saved your names.');
  const stored = async () => (await loadSettings()).handles;
  await waitFor(async () => expect(await stored()).toEqual({ 'stack-exchange': 'Aran Fey' }));
});

it('says so when the names cannot be written', async () => {
  render(<HandlesEditor />);
  await userEvent.type(await screen.findByRole('textbox', { name: 'Stack Exchange' }), 'aran-fey');
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  await userEvent.click(screen.getByRole('button', { name: 'Save names' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/Not saved: QUOTA_BYTES/);
});
