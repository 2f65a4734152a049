import { describe, expect, it, vi } from 'vitest';
import { relayPortalPanel, type RelayApi } from '../../../lib/background/portal-relay';

const ORIGIN = 'moz-extension://uuid/';

/** One end of a port: what was posted to it, and its listeners to fire by hand. */
function fakePort(name: string, sender?: { id?: string; url?: string; tab?: { id?: number } }) {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  return {
    name,
    sender,
    posted: [] as unknown[],
    disconnected: false,
    postMessage(message: unknown) {
      this.posted.push(message);
    },
    disconnect() {
      this.disconnected = true;
    },
    onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
    receive: (message: unknown) => onMessage.forEach((listener) => listener(message)),
    drop: () => onDisconnect.forEach((listener) => listener()),
  };
}

function setUp() {
  let connected: ((port: ReturnType<typeof fakePort>) => void) | undefined;
  const pages: { tabId: number; options: unknown; port: ReturnType<typeof fakePort> }[] = [];
  const api = {
    runtime: { id: 'ours', getURL: (path: string) => `${ORIGIN}${path.replace(/^\//, '')}`, onConnect: { addListener: (listener: (port: ReturnType<typeof fakePort>) => void) => (connected = listener) } },
    tabs: {
      connect: vi.fn((tabId: number, options: { name: string }) => {
        const port = fakePort(options.name);
        pages.push({ tabId, options, port });
        return port;
      }),
    },
  };
  relayPortalPanel(api as unknown as RelayApi);
  return { connect: (port: ReturnType<typeof fakePort>) => connected!(port), pages, api };
}

describe('the background relay for Firefox’s portal panel', () => {
  it('opens the panel’s port to the top frame of the tab the panel is in, and passes messages both ways', () => {
    const { connect, pages } = setUp();
    const panel = fakePort('portal-panel', { id: 'ours', url: `${ORIGIN}portal-panel.html`, tab: { id: 7 } });
    connect(panel);
    expect(pages.map(({ tabId, options }) => [tabId, options])).toEqual([[7, { name: 'portal-panel', frameId: 0 }]]);
    const page = pages[0]!.port;
    panel.receive({ id: 1, op: 'look', again: false });
    expect(page.posted).toEqual([{ id: 1, op: 'look', again: false }]);
    page.receive({ id: 1, ok: true });
    expect(panel.posted).toEqual([{ id: 1, ok: true }]);
    page.drop();
    expect(panel.disconnected).toBe(true);
  });

  it('closes the page’s end when the panel goes', () => {
    const { connect, pages } = setUp();
    const panel = fakePort('portal-panel', { id: 'ours', url: `${ORIGIN}portal-panel.html`, tab: { id: 7 } });
    connect(panel);
    panel.drop();
    expect(pages[0]!.port.disconnected).toBe(true);
  });

  it('relays for nothing but our panel in a tab', () => {
    const { connect, api } = setUp();
    const refused = [
      fakePort('portal-panel', { id: 'ours', url: `${ORIGIN}popup.html`, tab: { id: 7 } }),
      fakePort('portal-panel', { id: 'ours', url: 'https://mvp.microsoft.com/en-US/account/', tab: { id: 7 } }),
      fakePort('portal-panel', { id: 'theirs', url: `${ORIGIN}portal-panel.html`, tab: { id: 7 } }),
      fakePort('portal-panel', { id: 'ours', url: `${ORIGIN}portal-panel.html` }),
      fakePort('something-else', { id: 'ours', url: `${ORIGIN}portal-panel.html`, tab: { id: 7 } }),
    ];
    refused.forEach(connect);
    expect(api.tabs.connect).not.toHaveBeenCalled();
  });
});
