import { browser, type Browser } from 'wxt/browser';
import type { ScriptContext } from '../script-context';
import { t } from '../i18n';
import type { ApplyFillPlan, FillOutcome } from '../schema/autofill';
import {
  FILLER_FILE,
  FILLER_GLOBAL,
  PANEL_PAGE,
  PANEL_PORT,
  PORTAL_PAGE_QUERY,
  type PanelAnswer,
  type PanelEvent,
  type PanelOp,
  type PanelReplyOf,
  type PanelRequest,
  type PortalPageQuery,
} from './portal-channel';
import { launcherLabel } from './launcher-label';
import type { PortalFiller } from './portal-filler';
import { take } from '../on-demand';

/**
 * The portal content script: a launcher button in a closed shadow root, and on a person's click the
 * panel, an extension frame beside it; then it does what the panel asks of the page's form (look,
 * fill, watch for "saved"). The entries, the plans and the panel's buttons live in that frame, where
 * the portal's scripts cannot read or press them. A page load evaluates only the launcher and the
 * listeners: the frame is made on the first open (or the popup's first fill), and what reads and
 * fills the form (lib/autofill/portal-filler.ts) is loaded on the panel's first request.
 */
const HOST_TAG = 'contribution-tracker-portal';
/** The frame's size until the panel measures itself: the open panel's width (lib/autofill/panel.ts) and its shadow's margins. */
const START = { width: 484, height: 320 };
/** The launcher's width: the frame is never narrower on a small window. */
const LAUNCHER_WIDTH = 260;
/** How long the popup's fill waits for a new frame's panel to connect. */
const PORT_WAIT_MS = 15_000;
const STYLE = `:host { all: initial; position: fixed; z-index: 2147483647; right: 8px; bottom: 8px; }
  iframe { border: 0; display: block; background: transparent; color-scheme: normal; }
  button { margin: 12px; font: 14px/1.4 system-ui, sans-serif; border: 1px solid #1f5fa8; background: #1f5fa8; color: #fff;
    border-radius: 6px; padding: 4px 12px; cursor: pointer; box-shadow: 0 2px 10px rgb(0 0 0 / 0.3); }
  button:focus-visible { outline: 2px solid #f0a000; outline-offset: 2px; }
  [hidden] { display: none !important; }`;

export function runPortalScript(ctx: ScriptContext): void {
  document.querySelector(HOST_TAG)?.remove();
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.textContent = launcherLabel();
  shadow.append(style, launcher);
  document.documentElement.append(host);

  let frame: HTMLIFrameElement | undefined;
  // As wide as the panel asks on a wide window, but never more than 30% of it (nor narrower than the
  // launcher): the portal's own form and its Save stay in view beside the open panel.
  const size = ({ width, height }: { width: number; height: number }) =>
    frame &&
    Object.assign(frame.style, {
      width: `min(${Math.ceil(width)}px, max(${LAUNCHER_WIDTH}px, 30vw), calc(100vw - 16px))`,
      height: `min(${Math.ceil(height)}px, 70vh)`,
    });

  /** The panel's frame in place of the launcher; made on first use. `focus`: a person opened it, so the keyboard follows. */
  function show(focus: boolean) {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = browser.runtime.getURL(PANEL_PAGE);
      // Made on a click, not at load: the message bundle's synchronous IPC (lib/autofill/launcher-label.ts) is paid then.
      frame.title = t('panelLauncher');
      frame.setAttribute('allowtransparency', 'true');
      size(START);
      shadow.append(frame);
    }
    launcher.hidden = true;
    frame.hidden = false;
    if (focus) frame.focus();
  }
  /** The panel closed: its frame hides but stays, with its port, to hear the portal's "saved". */
  function hide() {
    if (!frame) return;
    frame.hidden = true;
    launcher.hidden = false;
    launcher.focus();
  }

  // Only a person's click (or Enter or Space on the focused button) opens the panel: a page script's
  // click() or dispatched event is not trusted, and one on the host never reaches the button.
  launcher.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    const opened = frame !== undefined;
    show(true);
    if (opened) panelPort?.postMessage({ event: 'open' } satisfies PanelEvent);
  });

  let filler: Promise<PortalFiller> | undefined;
  let panelPort: Browser.runtime.Port | undefined;
  /** The popup's fills waiting for a new frame's panel to connect. */
  const waitingForPort = new Set<(port: Browser.runtime.Port) => void>();
  const pending = new Map<number, (outcome: FillOutcome) => void>();
  let nextApply = 1;

  /** The filler, imported once into this isolated world; a failed import is tried again on the next request. */
  function loadFiller(): Promise<PortalFiller> {
    // Our own packaged file, by the extension's URL: nothing from the page decides what is imported.
    // eslint-disable-next-line no-unsanitized/method
    filler ??= import(/* @vite-ignore */ browser.runtime.getURL(FILLER_FILE)).then(
      () => take(FILLER_GLOBAL, 'The form filler did not load.')(document),
      (error: unknown) => {
        filler = undefined;
        throw error;
      },
    );
    return filler;
  }

  /** One answer per op, each bound by the mapped type to what that op answers (lib/schema/portal-channel.ts). */
  type Answers = { [Op in PanelOp]: (request: Extract<PanelRequest, { op: Op }>, post: (event: PanelEvent) => void) => Promise<PanelAnswer<Op>> };
  const answers: Answers = {
    look: async (request) => (await loadFiller()).look(request.again),
    fill: async (request) => (await loadFiller()).fill(request.steps, request.replace),
    async watch(request, post) {
      (await loadFiller()).watch(request.saved, request.title, post);
      return {};
    },
    async size(request) {
      size(request);
      return {};
    },
    async closed() {
      hide();
      return {};
    },
    async applied(request) {
      pending.get(request.id)?.(request.outcome);
      pending.delete(request.id);
      return {};
    },
  };

  async function answer<Op extends PanelOp>(request: Extract<PanelRequest, { op: Op }>, post: (event: PanelEvent) => void): Promise<PanelReplyOf<Op>> {
    try {
      return { id: request.id, ok: true, ...(await (answers[request.op] as Answers[Op])(request, post)) };
    } catch (error) {
      return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  // Only our own panel page may connect (Chromium), or our background relaying for it (Firefox, where
  // the framed panel has no tabs API): the sender is checked by its extension id and page URL.
  const panelUrl = browser.runtime.getURL(PANEL_PAGE);
  const fromRelay = (sender: Browser.runtime.MessageSender) => sender.tab === undefined && sender.url?.startsWith(browser.runtime.getURL('/'));
  const onConnect = (port: Browser.runtime.Port) => {
    const sender = port.sender;
    if (port.name !== PANEL_PORT || sender?.id !== browser.runtime.id || !(sender.url?.startsWith(panelUrl) || fromRelay(sender))) return;
    panelPort?.disconnect();
    panelPort = port;
    const post = (event: PanelEvent) => port.postMessage(event);
    port.onMessage.addListener((request: PanelRequest) => void answer(request, post).then((reply) => port.postMessage(reply)));
    // A panel that lost its port (the page went into the back-forward cache, the background relaying
    // it stopped) can do nothing: drop it, and the launcher makes a fresh one.
    port.onDisconnect.addListener(() => {
      if (panelPort !== port) return;
      panelPort = undefined;
      frame?.remove();
      frame = undefined;
      launcher.hidden = false;
    });
    // A new frame: it hands over the popup's fill waiting for it (which opens the panel), or opens as the launcher asked.
    if (waitingForPort.size) for (const resolve of waitingForPort) resolve(port);
    else post({ event: 'open' });
    waitingForPort.clear();
  };
  browser.runtime.onConnect.addListener(onConnect);

  /** The popup's "Fill on the portal": handed to the panel, which plans and reports as for its own Fill. */
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: FillOutcome | string) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    // The background's "what page is this?" (Firefox): this frame's own address, which no page script can change across origins.
    if ((message as Partial<PortalPageQuery> | null)?.type === PORTAL_PAGE_QUERY) {
      sendResponse(location.href);
      return false;
    }
    if (!isApplyFillPlan(message)) return false;
    const id = nextApply++;
    pending.set(id, sendResponse);
    show(false);
    panelReady().then(
      (port) => port.postMessage({ event: 'apply', id, message } satisfies PanelEvent),
      (error: Error) => {
        pending.delete(id);
        sendResponse({ ok: false, error: error.message });
      },
    );
    return true;
  };

  /** The panel's port: now, or once the frame just made connects. */
  function panelReady(): Promise<Browser.runtime.Port> {
    if (panelPort) return Promise.resolve(panelPort);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waitingForPort.delete(settle);
        reject(new Error('The panel on this page did not start: reload the page.'));
      }, PORT_WAIT_MS);
      const settle = (port: Browser.runtime.Port) => {
        clearTimeout(timer);
        resolve(port);
      };
      waitingForPort.add(settle);
    });
  }
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    void filler?.then((loaded) => loaded.stop(), () => undefined);
    browser.runtime.onConnect.removeListener(onConnect);
    browser.runtime.onMessage.removeListener(onMessage);
    host.remove();
  });
}

/** Checked by hand: zod stays out of content scripts. */
function isApplyFillPlan(value: unknown): value is ApplyFillPlan {
  const message = value as Partial<ApplyFillPlan> | null;
  const period = message?.period;
  return (
    typeof message === 'object' &&
    message?.type === 'applyFillPlan' &&
    typeof message.programId === 'string' &&
    typeof message.itemKey === 'string' &&
    message.itemKey.length > 0 &&
    (period === undefined || (typeof period.from === 'string' && typeof period.to === 'string'))
  );
}
