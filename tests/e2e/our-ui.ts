import type { CDPSession, Frame, Locator, Page } from 'playwright-core';

/**
 * Our injected UI (Save buttons, toasts) lives in closed shadow roots, which a page's scripts cannot
 * open, and neither can Playwright's selectors. The DevTools protocol sees the whole tree
 * (`pierce: true`), so the tests read and press that UI as the browser shows it, with real input.
 */
interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const TOAST = 'contribution-tracker-toast';

/** An element's attribute: DevTools lists them as [name, value, name, value…]. */
const attr = (node: DomNode, name: string) => {
  const list = node.attributes ?? [];
  const at = list.findIndex((item, i) => i % 2 === 0 && item === name);
  return at === -1 ? undefined : list[at + 1];
};

/** The Save button hosts in a page or frame: Playwright clicks a host at its centre, where the button is. */
export const saveButtons = (target: Page | Frame, within = ''): Locator => target.locator(`${within} [data-contribution-tracker="save"]`.trim());

const isFrame = (target: Page | Frame): target is Frame => 'parentFrame' in target;

async function withSession<T>(target: Page | Frame, use: (session: CDPSession) => Promise<T>): Promise<T> {
  const page = isFrame(target) ? target.page() : target;
  let session: CDPSession;
  try {
    // A frame from another site runs in its own process and has its own session…
    session = await page.context().newCDPSession(target);
  } catch {
    // …a same-site frame is part of its page's tree.
    session = await page.context().newCDPSession(page);
  }
  try {
    return await use(session);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function documentOf(session: CDPSession): Promise<DomNode> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return root;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) yield* walk(child);
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join('');
}

const toastRoots = (root: DomNode) => [...walk(root)].filter((node) => node.localName === TOAST).flatMap((host) => host.shadowRoots ?? []);

/** The toast's text (its action's label included, as a screen reader reads it), or '' when none shows. */
export function toastText(target: Page | Frame): Promise<string> {
  return withSession(target, async (session) => toastRoots(await documentOf(session)).map(textOf).join(' '));
}

/** The labels of the Save buttons on the page, in page order. */
export function saveLabels(target: Page | Frame): Promise<string[]> {
  return withSession(target, async (session) =>
    [...walk(await documentOf(session))]
      .filter((node) => attr(node, 'data-contribution-tracker') === 'save')
      .flatMap((host) => host.shadowRoots ?? [])
      .map((root) => textOf(root).trim()),
  );
}

/** True while any Save button on the page waits for its capture's answer (aria-busy). */
export function savesInFlight(target: Page | Frame): Promise<boolean> {
  return withSession(target, async (session) =>
    [...walk(await documentOf(session))]
      .filter((node) => attr(node, 'data-contribution-tracker') === 'save')
      .flatMap((host) => [...walk(host)])
      .some((node) => node.localName === 'button' && attr(node, 'aria-busy') !== undefined),
  );
}

/** Presses a button of ours by its label with a real mouse click at its place on screen. */
async function clickIn(page: Page, roots: (root: DomNode) => DomNode[], label: string, what: string): Promise<void> {
  const box = await withSession(page, async (session) => {
    const button = roots(await documentOf(session))
      .flatMap((root) => [...walk(root)])
      .find((node) => node.localName === 'button' && textOf(node).trim() === label);
    if (!button) throw new Error(`no ${what} button "${label}"`);
    const { quads } = (await session.send('DOM.getContentQuads', { backendNodeId: button.backendNodeId })) as { quads: number[][] };
    const quad = quads[0]!;
    return { x: (quad[0]! + quad[4]!) / 2, y: (quad[1]! + quad[5]!) / 2 };
  });
  await page.mouse.click(box.x, box.y);
}

/** Presses the toast's action (Undo). */
export const clickToastAction = (page: Page, label: string) => clickIn(page, toastRoots, label, 'toast');

const noticeRoots = (root: DomNode) => [...walk(root)].filter((node) => attr(node, 'data-contribution-tracker') === 'orphaned').flatMap((host) => host.shadowRoots ?? []);

/** The text of the notice an orphaned page shows after a post (its button's label included), or '' when none shows. */
export function orphanedNotice(target: Page): Promise<string> {
  return withSession(target, async (session) => noticeRoots(await documentOf(session)).map(textOf).join(' '));
}

/** Presses the orphaned page's notice's button. */
export const clickNotice = (page: Page, label: string) => clickIn(page, noticeRoots, label, 'notice');
