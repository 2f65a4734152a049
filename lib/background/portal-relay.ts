import { PANEL_PAGE, PANEL_PORT } from '../autofill/portal-channel';

interface Port {
  name: string;
  sender?: { id?: string; url?: string; tab?: { id?: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** The parts of the browser API the relay uses. */
export interface RelayApi {
  runtime: { id: string; getURL(path: string): string; onConnect: { addListener(listener: (port: Port) => void): void } };
  tabs: { connect(tabId: number, options: { name: string; frameId: number }): Port };
}

/**
 * Firefox runs an extension frame inside a web page with the content scripts' APIs only (no
 * `tabs`), so the portal panel there cannot open its port to the tab's portal script: it connects
 * to the background, which opens that port for it, to the top frame of the very tab the panel is in
 * (as the browser reports it), and passes messages both ways. Chromium's panel connects directly.
 */
export function relayPortalPanel(api: RelayApi): void {
  const panelUrl = api.runtime.getURL(PANEL_PAGE);
  api.runtime.onConnect.addListener((panel) => {
    const tabId = panel.sender?.tab?.id;
    if (panel.name !== PANEL_PORT || panel.sender?.id !== api.runtime.id || !panel.sender.url?.startsWith(panelUrl) || tabId === undefined) return;
    const page = api.tabs.connect(tabId, { name: PANEL_PORT, frameId: 0 });
    panel.onMessage.addListener((message) => page.postMessage(message));
    page.onMessage.addListener((message) => panel.postMessage(message));
    panel.onDisconnect.addListener(() => page.disconnect());
    page.onDisconnect.addListener(() => panel.disconnect());
  });
}
