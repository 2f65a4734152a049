import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureToggles } from '../../../components/CaptureToggles';
import { adapters } from '../../../lib/adapters';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

it('switches capture off and on per site in settings.disabledAdapters', async () => {
  const [first] = adapters;
  await fakeBrowser.storage.local.set({ settings: { disabledAdapters: [], handles: { [first!.id]: 'me' } } });
  render(<CaptureToggles />);
  const box = await screen.findByRole('checkbox', { name: first!.name });
  expect((box as HTMLInputElement).checked).toBe(true);
  expect(screen.getAllByRole('checkbox')).toHaveLength(adapters.length);
  await userEvent.click(box);
  await waitFor(async () => expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ disabledAdapters: [first!.id], handles: { [first!.id]: 'me' } }));
  expect((box as HTMLInputElement).checked).toBe(false);
  await userEvent.click(box);
  await waitFor(async () => expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ disabledAdapters: [] }));
});
