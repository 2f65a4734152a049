import { z } from 'zod';
import type { TrackerDb } from '../db/database';
import { deleteContribution, saveDraft } from '../db/contributions';
import { describeStorageProblem } from '../db/storage-problems';
import type { WriteReporter } from '../db/write-problems';
import type { ParsedCaptureDraft } from '../schema/contribution';
import { MessageSchema, type AnyReply, type Failure, type Message, type ReplyOf } from '../schema/messages';
import { sites } from '../sites';
import type { SiteRef } from '../user-sites/sites';
import { captureOriginProblem } from './capture-origin';
import { previewPage, savePage, type SavePageDeps } from './save-page';
import { PANEL_PAGE } from '../autofill/portal-channel';
import { listPortalItems, markPortalSubmitted, planPortalFill, programForPage, type PortalDeps } from './portal';
import type { Program } from '../programs/define';

/** The part of runtime.MessageSender the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface HandlerDeps {
  db: TrackerDb;
  extensionId: string;
  /** `chrome-extension://<id>/` (or `moz-extension://…/`): where the extension's own pages live. */
  extensionOrigin: string;
  /**
   * The page a "Save this page" is about: the active tab of `windowId` (the popup's window) when
   * given, else of the window last used. Its extractor's read, and a screenshot kept as evidence.
   */
  pageActions(windowId?: number): Pick<SavePageDeps, 'extractActiveTab' | 'screenshotActiveTab'>;
  /** settings.screenshots: whether to keep that screenshot. */
  screenshotsEnabled?: () => Promise<boolean>;
  /** Sites the user added (settings.userSites): captures may come from them too. */
  userSites?: () => Promise<readonly SiteRef[]>;
  /**
   * The address of a tab's top frame, asked of our portal content script there: Firefox gives no
   * tab.url without the tabs permission (lib/background/portal-page.ts).
   */
  portalPageUrl?: (tabId: number) => Promise<string | undefined>;
  /** Stores what waits in the outbox (lib/background/drain-outbox.ts); one pass at a time. */
  retryPending?: () => Promise<unknown>;
  /** Told of every store that failed or worked, so the popup and the badge show a full disk. */
  writes?: WriteReporter;
  now?: () => Date;
}

/** How long after a capture the page's Undo may still remove it. */
const UNDO_WINDOW_MS = 10 * 60 * 1000;

/**
 * Who may send each message. 'extension' means the extension's own pages only (popup, dashboard):
 * delete, import and settings live there. 'content' also admits our content scripts, whose data is
 * page-derived and untrusted. A new message type does not compile until it is listed here.
 */
export const ALLOWED_SENDERS: Record<Message['type'], 'extension' | 'content'> = {
  captureContribution: 'content',
  undoCapture: 'content',
  previewCurrentPage: 'extension',
  saveCurrentPage: 'extension',
  deleteContribution: 'extension',
  retryPendingCaptures: 'content',
  // The portal panel (an extension frame in the portal tab); answered only for that tab's portal (below).
  listPortalItems: 'extension',
  planPortalFill: 'extension',
  markPortalSubmitted: 'extension',
};

/** The declared type of a raw message, read before anything else is parsed. */
const declaredType = (raw: unknown): string | undefined =>
  typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string'
    ? (raw as { type: string }).type
    : undefined;

const bareHost = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
};

function fail(error: string, retry = false): Failure {
  return { ok: false, error, retry };
}

type MessageType = Message['type'];
/** A message as the handlers receive it: parsed, with its defaults filled in. */
type Parsed<T extends MessageType> = Extract<z.output<typeof MessageSchema>, { type: T }>;

/** What every handler may read besides its message. */
interface Context {
  sender: Sender;
  deps: HandlerDeps;
  /** Sent by the extension's own pages (popup, dashboard, portal panel), not by a content script. */
  fromExtensionPage: boolean;
  now: Date;
}

/** One handler per message type, each bound to return that type's reply (lib/schema/messages.ts ReplySchemas). */
type Handlers = { [T in MessageType]: (message: Parsed<T>, context: Context) => Promise<ReplyOf<T>> };

const handlers: Handlers = {
  async captureContribution(message, { sender, deps, fromExtensionPage, now }) {
    // The extension's own pages are trusted; a content script's draft is page-derived and checked.
    const problem = fromExtensionPage ? undefined : captureOriginProblem(message.draft, { ...sender, pageUrl: message.pageUrl }, { sites, userSites: (await deps.userSites?.()) ?? [] });
    if (problem) {
      console.warn(`[contribution-tracker] capture refused: ${problem}`, { platform: message.draft.platform, url: message.draft.url, from: sender.url });
      return fail(`Capture refused: ${problem}.`);
    }
    return store(deps, message.draft, now);
  },

  previewCurrentPage: (message, { deps }) => previewPage({ ...deps, ...deps.pageActions(message.windowId) }),

  saveCurrentPage: (message, { deps, now }) => savePage({ ...deps, ...deps.pageActions(message.windowId), now: () => now }, message.corrections),

  async undoCapture(message, { sender, deps, fromExtensionPage, now }) {
    const entry = await deps.db.contributions.get(message.id);
    if (!entry) return { ok: true };
    const recent = now.getTime() - Date.parse(entry.capturedAt) < UNDO_WINDOW_MS;
    const samePage = bareHost(entry.url) === bareHost(sender.tab?.url ?? sender.url);
    if (!fromExtensionPage && !(recent && samePage)) {
      return fail('Undo refused: only a capture just made on this site can be undone from the page.');
    }
    await deleteContribution(deps.db, message.id);
    return { ok: true, id: message.id };
  },

  async deleteContribution(message, { deps }) {
    await deleteContribution(deps.db, message.id);
    return { ok: true, id: message.id };
  },

  async retryPendingCaptures(_message, { deps }) {
    if (!deps.retryPending) return fail('Pending captures cannot be retried here.', true);
    await deps.retryPending();
    return { ok: true };
  },

  listPortalItems: (message, context) => onPortal(message, context, (portal, program) => listPortalItems(portal, program, message.period)),
  planPortalFill: (message, context) => onPortal(message, context, (portal, program) => planPortalFill(portal, program, message.itemKey, message.form, message.period)),
  markPortalSubmitted: (message, context) => onPortal(message, context, (portal, program) => markPortalSubmitted(portal, program, message.itemKey, message.entryIds, message.period)),
};

/**
 * Portal messages are asked only by our portal panel, the extension frame a portal tab shows; the
 * tab's own URL says which portal it is (the panel is put only in the top frame of a portal page).
 */
async function onPortal<R>(message: { type: MessageType }, { sender, deps, now }: Context, answer: (portal: PortalDeps, program: Program) => Promise<R>): Promise<R | Failure> {
  const fromPanel = sender.url?.startsWith(`${deps.extensionOrigin}${PANEL_PAGE.slice(1)}`) ?? false;
  const program = fromPanel ? programForPage(await portalTabUrl(sender, deps)) : undefined;
  if (!program) return fail(`Message refused: ${message.type} is only answered on a program's portal page.`);
  return answer({ db: deps.db, now }, program);
}

/** Runs the handler of the message's own type (a mapped type keeps message and reply paired). */
const dispatch = <T extends MessageType>(message: Parsed<T>, context: Context): Promise<ReplyOf<T>> => (handlers[message.type] as Handlers[T])(message, context);

/**
 * Checks who sent a message and parses it with zod, then answers it. A well-formed message of type T
 * gets T's reply (or a refusal); anything else gets a refusal.
 */
export function handleMessage<T extends MessageType>(raw: Message & { type: T }, sender: Sender, deps: HandlerDeps): Promise<ReplyOf<T>>;
export function handleMessage(raw: unknown, sender: Sender, deps: HandlerDeps): Promise<AnyReply>;
export async function handleMessage(raw: unknown, sender: Sender, deps: HandlerDeps): Promise<AnyReply> {
  if (sender.id !== deps.extensionId) return fail('Message refused: it did not come from this extension.');
  // A content script runs inside a web page: it may only send what pages may send, and a privileged
  // message from it is refused before its payload is even parsed.
  const fromExtensionPage = sender.url?.startsWith(deps.extensionOrigin) ?? false;
  const type = declaredType(raw);
  if (!fromExtensionPage && type && Object.hasOwn(ALLOWED_SENDERS, type) && ALLOWED_SENDERS[type as Message['type']] !== 'content') {
    return fail(`Message refused: ${type} is only allowed from the extension's own pages.`);
  }
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return fail(`Message refused: ${z.prettifyError(parsed.error)}`);
  const context: Context = { sender, deps, fromExtensionPage, now: deps.now?.() ?? new Date() };
  return dispatch(parsed.data, context);
}

/** The tab's address as the browser gives it (Chromium), else as its top frame's portal script reads it (Firefox). */
async function portalTabUrl(sender: Sender, deps: HandlerDeps): Promise<string | undefined> {
  if (sender.tab?.url) return sender.tab.url;
  if (sender.tab?.id === undefined || !deps.portalPageUrl) return undefined;
  return deps.portalPageUrl(sender.tab.id).catch(() => undefined);
}

async function store(deps: HandlerDeps, draft: ParsedCaptureDraft, now: Date): Promise<ReplyOf<'captureContribution'>> {
  try {
    const { id, status } = await saveDraft(deps.db, draft, now);
    await deps.writes?.stored();
    return { ok: true, id, status };
  } catch (error) {
    await deps.writes?.failed(error);
    // Storage errors (quota, a closing database) pass; the sender's outbox keeps the item, and the
    // page can tell the user what is wrong and what to do.
    const problem = describeStorageProblem(error);
    return fail(`Could not store the contribution: ${problem.message} ${problem.action}`, true);
  }
}
