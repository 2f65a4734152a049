import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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
import type { PortalFiller } from './portal-filler';
import { take } from '../on-demand';

/**
 * The portal content script: it shows the panel, an extension frame in a closed shadow root, and
 * does what the panel asks of the page's form (look, fill, watch for "saved"). The entries, the
 * plans and the buttons live in that frame, where the portal's scripts cannot read or press them.
 * What reads and fills the form (lib/autofill/portal-filler.ts) is loaded on the panel's first
 * request: a page load evaluates only the frame and the listeners.
 */
const HOST_TAG = 'contribution-tracker-portal';
const START = { width: 260, height: 64 };

export function runPortalScript(ctx: ContentScriptContext): void {
  document.querySelector(HOST_TAG)?.remove();
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(PANEL_PAGE);
  frame.title = 'Fill from your contributions';
  frame.setAttribute('allowtransparency', 'true');
  const style = document.createElement('style');
  style.textContent = `:host { all: initial; position: fixed; z-index: 2147483647; right: 8px; bottom: 8px; }
    iframe { border: 0; display: block; background: transparent; color-scheme: normal; }`;
  // As wide as the panel asks on a wide window, but never more than 30% of it (nor narrower than the
  // launcher's start): the portal's own form and its Save stay in view beside the open panel.
  const size = ({ width, height }: { width: number; height: number }) =>
    Object.assign(frame.style, {
      width: `min(${Math.ceil(width)}px, max(${START.width}px, 30vw), calc(100vw - 16px))`,
      height: `min(${Math.ceil(height)}px, 70vh)`,
    });
  size(START);
  shadow.append(style, frame);
  document.documentElement.append(host);

  let filler: Promise<PortalFiller> | undefined;
  let panelPort: Browser.runtime.Port | undefined;
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
    port.onDisconnect.addListener(() => {
      if (panelPort === port) panelPort = undefined;
    });
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
    if (!panelPort) {
      sendResponse({ ok: false, error: 'The panel on this page is not ready: reload the page.' });
      return false;
    }
    const id = nextApply++;
    pending.set(id, sendResponse);
    panelPort.postMessage({ event: 'apply', id, message } satisfies PanelEvent);
    return true;
  };
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
