import type { Slot } from '../on-demand';
import type { PortalFiller } from './portal-filler';

/**
 * The port between the portal panel (an extension frame) and the portal content script (the page's
 * form). Opened by the panel with tabs.connect to the tab's top frame: web pages have no way into
 * it. The panel asks; the content script looks, fills and watches, and never sees the entries list.
 * Its messages and the reply of each request are typed by lib/schema/portal-channel.ts.
 */
export const PANEL_PORT = 'portal-panel';
export const PANEL_PAGE = '/portal-panel.html';

export type { PanelAnswer, PanelEvent, PanelOp, PanelReplyOf, PanelRequest } from '../schema/portal-channel';

/**
 * Background → the portal content script in a tab's top frame: "what page is this?". Firefox gives the
 * background no tab URL without the tabs permission; only our content scripts receive tabs.sendMessage,
 * and the one answering is in the top frame of the tab the panel's message came from.
 */
export const PORTAL_PAGE_QUERY = 'portalPageUrl';
export type PortalPageQuery = { type: typeof PORTAL_PAGE_QUERY };

/**
 * The filler's file (entrypoints/portal-filler.ts), web-accessible on the portals only, and where it
 * leaves its factory in the content script's isolated world (lib/on-demand.ts).
 */
export const FILLER_FILE = '/portal-filler.js';
export const FILLER_GLOBAL = '__contributionTrackerPortalFiller' as Slot<(doc: Document) => PortalFiller>;
