import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureToggles } from '../../../components/CaptureToggles';
import { adapters } from '../../../lib/adapters';
import { loadSettings } from '../../../lib/settings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

it('switches capture off and on per site in settings.disabledAdapters', async () => {
  const [first] = adapters;
  await fakeBrowser.storage.local.set({ [`setting:handle:${first!.site.id}`]: 'me' });
  render(<CaptureToggles />);
  const box = await screen.findByRole('checkbox', { name: first!.site.name });
  expect((box as HTMLInputElement).checked).toBe(true);
  expect(screen.getAllByRole('checkbox')).toHaveLength(adapters.length);
  await userEvent.click(box);
  await waitFor(async () => expect((await loadSettings()).disabledAdapters).toEqual([first!.site.id]));
  expect((await loadSettings()).handles).toEqual({ [first!.site.id]: 'me' });
  expect((box as HTMLInputElement).checked).toBe(false);
  await userEvent.click(box);
  await waitFor(async () => expect((await loadSettings()).disabledAdapters).toEqual([]));
});

it('follows the click at once, before the setting is written', async () => {
  const [first] = adapters;
  render(<CaptureToggles />);
  const box = (await screen.findByRole('checkbox', { name: first!.site.name })) as HTMLInputElement;
  let release!: () => void;
  const written = new Promise<void>((resolve) => (release = resolve));
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    await written;
    return set(items);
  });
  await userEvent.click(box);
  expect(box.checked).toBe(false);
  release();
  await waitFor(async () => expect((await loadSettings()).disabledAdapters).toEqual([first!.site.id]));
  expect(box.checked).toBe(false);
});

it('puts the checkbox back and says why when the setting cannot be written', async () => {
  const [first] = adapters;
  render(<CaptureToggles />);
  const box = (await screen.findByRole('checkbox', { name: first!.site.name })) as HTMLInputElement;
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  await userEvent.click(box);
  expect((await screen.findByRole('alert')).textContent).toMatch(/Could not change the setting: QUOTA_BYTES/);
  expect(box.checked).toBe(true);
});
