import { describe, expect, it, vi } from 'vitest';
import { activeWebTab, extractChecked, pageActions, screenshotSameTab, type PageTab, type TabsApi } from '../../../lib/background/active-tab';

const PAGE = 'https://blog.example.com/2026/06/post';
const TAB: PageTab = { id: 7, windowId: 1 };

/** One window's tabs; `show` switches what tab 7 shows or whether it is the visible one. */
function fakeTabs(initial: { url?: string; active?: boolean } = {}) {
  const state = { url: initial.url ?? PAGE, active: initial.active ?? true, windowId: 1 };
  const tabs: TabsApi & { state: typeof state } = {
    state,
    query: vi.fn(async () => [{ id: 7, windowId: 1, url: state.url }]),
    get: vi.fn(async () => ({ ...state })),
    captureVisibleTab: vi.fn(async () => 'data:image/jpeg;base64,AAAA'),
  };
  return tabs;
}

describe('the page a save reads', () => {
  it('accepts a page whose address stays on the tab’s site', async () => {
    const read = await extractChecked(fakeTabs(), TAB, async () => ({ url: 'https://www.blog.example.com/2026/06/post', title: 'x' }));
    expect(read.address).toBe(PAGE);
  });

  it('refuses an address on another site, whatever the page made the extractor believe', async () => {
    await expect(extractChecked(fakeTabs(), TAB, async () => ({ url: 'https://stackoverflow.com/a/1' }))).rejects.toThrow(/another site \(stackoverflow\.com\)/);
  });

  it('refuses a read during which the tab went to another page', async () => {
    const tabs = fakeTabs();
    await expect(
      extractChecked(tabs, TAB, async () => {
        tabs.state.url = 'https://blog.example.com/other';
        return { url: PAGE };
      }),
    ).rejects.toThrow(/another page/);
  });
});

describe('the screenshot of a save', () => {
  it('is taken of the tab that asked while it shows the saved page', async () => {
    const tabs = fakeTabs();
    expect(await screenshotSameTab(tabs, TAB, PAGE)).toMatch(/^data:image\/jpeg/);
    expect(tabs.captureVisibleTab).toHaveBeenCalledWith(1, { format: 'jpeg', quality: 70 });
  });

  it.each([
    ['another tab is in front', { active: false }],
    ['the tab went elsewhere', { url: 'https://bank.example/statement' }],
    ['the tab left the page activeTab was granted for', { url: undefined as unknown as string }],
  ])('is not taken when %s', async (_why, change) => {
    const tabs = fakeTabs();
    Object.assign(tabs.state, change);
    await expect(screenshotSameTab(tabs, TAB, PAGE)).rejects.toThrow(/no longer shows/);
    expect(tabs.captureVisibleTab).not.toHaveBeenCalled();
  });

  it('is thrown away when the tab changed while it was taken', async () => {
    const tabs = fakeTabs();
    vi.mocked(tabs.captureVisibleTab).mockImplementation(async () => {
      tabs.state.active = false;
      return 'data:image/jpeg;base64,BBBB';
    });
    await expect(screenshotSameTab(tabs, TAB, PAGE)).rejects.toThrow(/changed while/);
  });

  it('is never taken before the page was read, and reads and shoots the same tab', async () => {
    const tabs = fakeTabs();
    const actions = pageActions(undefined, tabs, async () => ({ url: PAGE }));
    await expect(actions.screenshotActiveTab()).rejects.toThrow(/no longer shows/);
    await actions.extractActiveTab();
    // Another tab comes to the front of the window after the read: the active-tab query is not redone.
    vi.mocked(tabs.query).mockResolvedValue([{ id: 8, windowId: 1, url: 'https://other.example/' }]);
    expect(await actions.screenshotActiveTab()).toMatch(/^data:image/);
    expect(tabs.query).toHaveBeenCalledTimes(1);
    expect(tabs.get).toHaveBeenLastCalledWith(7);
  });
});

describe('the tab behind the popup', () => {
  it('is the active tab of the window the popup names, not of a focused window Chromium may not report', async () => {
    const tabs = fakeTabs();
    await pageActions({ windowId: 1 }, tabs, async () => ({ url: PAGE })).extractActiveTab();
    expect(tabs.query).toHaveBeenCalledWith({ active: true, windowId: 1 });
    await activeWebTab(tabs);
    expect(tabs.query).toHaveBeenLastCalledWith({ active: true, lastFocusedWindow: true });
  });

  it('is refused when that window shows no web page', async () => {
    const tabs = fakeTabs();
    vi.mocked(tabs.query).mockResolvedValue([]);
    await expect(activeWebTab(tabs, 1)).rejects.toThrow(/no web page is open in the active tab/);
  });
});
