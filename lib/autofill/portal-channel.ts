import type { ApplyFillPlan, CollectedForm, FillOutcome, FillStep } from '../schema/autofill';
import type { FillResult } from './fill';

/**
 * The port between the portal panel (an extension frame) and the portal content script (the page's
 * form). Opened by the panel with tabs.connect to the tab's top frame: web pages have no way into
 * it. The panel asks; the content script looks, fills and watches, and never sees the entries list.
 */
export const PANEL_PORT = 'portal-panel';
export const PANEL_PAGE = '/portal-panel.html';

export type PanelRequest =
  /** Read the form: `again` after a fill, to find the fields a choice revealed (keys stay stable). */
  | { id: number; op: 'look'; again: boolean }
  | { id: number; op: 'fill'; steps: FillStep[]; replace: string[] }
  /** Watch the filled form for the portal's "saved"; `title` is the filled title. */
  | { id: number; op: 'watch'; saved: string[]; title?: string }
  /** The panel's size: the frame takes it (within the window), so it covers no more of the page. */
  | { id: number; op: 'size'; width: number; height: number }
  /** The panel's answer to an `apply` it was sent. */
  | { id: number; op: 'applied'; outcome: FillOutcome };

export type PanelReply =
  | { id: number; ok: true; form?: CollectedForm; fresh?: string[]; results?: FillResult[] }
  | { id: number; ok: false; error: string };

/** Content script → panel, unasked: the portal saved the watched form; the popup asked for a fill. */
export type PanelEvent = { event: 'saved' } | { event: 'apply'; id: number; message: ApplyFillPlan };

/**
 * Background → the portal content script in a tab's top frame: "what page is this?". Firefox gives the
 * background no tab URL without the tabs permission; only our content scripts receive tabs.sendMessage,
 * and the one answering is in the top frame of the tab the panel's message came from.
 */
export const PORTAL_PAGE_QUERY = 'portalPageUrl';
export type PortalPageQuery = { type: typeof PORTAL_PAGE_QUERY };
