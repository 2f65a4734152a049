import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SavePagePanel } from '../../../components/SavePagePanel';
import type { SavePageApi } from '../../../lib/save-page-client';

afterEach(cleanup);

const found = {
  kind: 'blog-post' as const,
  platform: 'generic',
  url: 'https://blog.example.com/2026/06/vmug-berlin',
  title: 'Automating vSAN with PowerCLI',
  excerpt: 'Slides and recording of my VMUG Berlin session.',
  publishedAt: '2026-06-10T12:00:00.000Z',
  own: true,
  source: 'one-click' as const,
};

function fakeApi(over: Partial<SavePageApi> = {}) {
  let screenshots = true;
  return {
    preview: vi.fn(async () => ({ ok: true as const, draft: found })),
    save: vi.fn(async () => ({ ok: true as const, id: 'e1', status: 'created' as const })),
    screenshots: { get: vi.fn(async () => screenshots), set: vi.fn(async (on: boolean) => void (screenshots = on)) },
    ...over,
  };
}

describe('SavePagePanel', () => {
  it('shows what the page was read as, lets the user correct the kind and title, then saves', async () => {
    const api = fakeApi();
    render(<SavePagePanel api={api} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save this page' }));
    const form = await screen.findByRole('form', { name: 'Check before saving' });
    expect(screen.getByRole('link', { name: found.url }).getAttribute('href')).toBe(found.url);
    expect(form.textContent).toContain('published Jun 10, 2026');
    expect(form.textContent).toContain('Slides and recording of my VMUG Berlin session.');
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    const kind = screen.getByLabelText('Kind') as HTMLSelectElement;
    expect([title.value, kind.value]).toEqual([found.title, 'blog-post']);

    await userEvent.selectOptions(kind, 'talk');
    await userEvent.clear(title);
    await userEvent.type(title, '  Automating vSAN (VMUG Berlin talk) ');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.save).toHaveBeenCalledWith({ kind: 'talk', title: 'Automating vSAN (VMUG Berlin talk)' });
    expect((await screen.findByRole('status')).textContent).toBe('Saved this page.');
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('button', { name: 'Save this page' })).toBeTruthy();
  });

  it('renders what the page says as text, and never links anything but http(s)', async () => {
    const api = fakeApi({
      preview: vi.fn(async () => ({ ok: true as const, draft: { ...found, url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>', excerpt: '<b>bold</b><script>x()</script>' } })),
    });
    const { container } = render(<SavePagePanel api={api} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save this page' }));
    await screen.findByRole('form');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<b>bold</b><script>x()</script>');
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container.querySelector('a')!.hasAttribute('href')).toBe(false);
  });

  it('will not save without a title', async () => {
    const api = fakeApi();
    render(<SavePagePanel api={api} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save this page' }));
    await userEvent.clear(await screen.findByLabelText('Title'));
    expect(screen.getByText('Title: a title is required')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    expect(api.save).not.toHaveBeenCalled();
  });

  it('explains a page that cannot be read, and keeps the form when the save fails', async () => {
    const api = fakeApi({
      preview: vi.fn().mockResolvedValueOnce({ ok: false, error: 'This page cannot be read: Cannot access a chrome:// URL' }).mockResolvedValue({ ok: true, draft: found }),
      save: vi.fn(async () => ({ ok: false as const, error: 'Could not store the contribution: QuotaExceededError', retry: true })),
    });
    render(<SavePagePanel api={api} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save this page' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This page cannot be read: Cannot access a chrome:// URL');
    await userEvent.click(screen.getByRole('button', { name: 'Save this page' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/QuotaExceededError/);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe(found.title);
  });

  it('shows the screenshot setting and turns it off from the form', async () => {
    const api = fakeApi();
    render(<SavePagePanel api={api} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save this page' }));
    const box = (await screen.findByRole('checkbox', { name: /Keep a screenshot/ })) as HTMLInputElement;
    await vi.waitFor(() => expect(box.disabled).toBe(false));
    expect(box.checked).toBe(true);
    await userEvent.click(box);
    expect(api.screenshots.set).toHaveBeenCalledWith(false);
    expect(box.checked).toBe(false);
  });

  it('goes back to the button on Cancel without saving', async () => {
    const api = fakeApi();
    render(<SavePagePanel api={api} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save this page' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(api.save).not.toHaveBeenCalled();
  });
});
