import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { isContextInvalidated, sendMessage } from '../messaging';
import type { AnyReply } from '../schema/messages';
import type { ApplyFillPlan, CollectedForm, FillOutcome, FillPlan, PeriodChoice, PortalItems } from '../schema/autofill';
import type { FillResult, PanelAnswer, PanelEvent, PanelOp, PanelReplyOf, PanelRequest } from '../schema/portal-channel';
import { createPanel } from './panel';
import { PANEL_PORT } from './portal-channel';

/** Rounds of "fill, then look for fields that appeared" (a type reveals its counters). */
const MORE_ROUNDS = 2;

/** A request to the page, before it gets its id. */
type Ask<Op extends PanelOp> = Omit<Extract<PanelRequest, { op: Op }>, 'id'> & { op: Op };

/**
 * The portal panel's page, in the extension's frame on the portal: it lists the period's items and
 * plans fills with the background (which answers for the tab's portal only), and asks the tab's
 * content script, over a port no web page can open, to read and fill the form. Collect → plan →
 * fill → report; then the portal's own "saved" marks the entries as submitted.
 */
export async function runPanelApp(doc: Document): Promise<void> {
  const port = await openPort();
  /** Each request's settlement, by id. */
  const waiting = new Map<number, (reply: PanelReplyOf<PanelOp>) => void>();
  let nextId = 1;

  let offer: PortalItems | undefined;
  let period: PeriodChoice | undefined;
  /** The plan a save on the portal stands for: the latest fill's. */
  let lastFill: FillPlan | undefined;
  let working = false;

  const panel = createPanel(doc, {
    onOpen: () => void guard(load),
    onClose: () => void page({ op: 'closed' }),
    onSize: (size) => void page({ op: 'size', ...size }),
    onPeriod: (from) => {
      const chosen = offer?.periods.find((candidate) => candidate.from === from);
      period = chosen && { from: chosen.from, to: chosen.to };
      void guard(load);
    },
    onPreview: (key) => void guard(() => preview(key)),
    onFill: (key, replace) => void guard(() => fill(key, replace)),
  });

  /**
   * Asks the page's content script; the answer has the type of the op asked (lib/schema/portal-channel.ts).
   * Not parsed here: only our content script can answer on this port, and the background parses the
   * form again before planning, so zod stays out of the panel's bundle.
   */
  function page<Op extends PanelOp>(ask: Ask<Op>): Promise<PanelAnswer<Op>> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, (reply) => (reply.ok ? resolve(reply as PanelAnswer<Op>) : reject(new Error(reply.error))));
      port.postMessage({ id, ...ask });
    });
  }

  port.onMessage.addListener((message: PanelReplyOf<PanelOp> | PanelEvent) => {
    if ('event' in message) {
      if (message.event === 'open') panel.open();
      if (message.event === 'saved' && lastFill) void markSubmitted(lastFill);
      if (message.event === 'apply') void applyFromPopup(message.id, message.message);
      return;
    }
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  port.onDisconnect.addListener(() => panel.status(t('panelLeft'), 'error'));

  async function guard<T>(task: () => Promise<T>): Promise<T | undefined> {
    if (working) return undefined;
    working = true;
    panel.busy(true);
    try {
      return await task();
    } catch (error) {
      panel.status(
        isContextInvalidated(error) ? t('panelExtensionUpdated') : t('panelWentWrong', error instanceof Error ? error.message : String(error)),
        'error',
      );
      return undefined;
    } finally {
      working = false;
      panel.busy(false);
    }
  }

  /** The background's answer, or its refusal thrown as an error. */
  function answered<R extends AnyReply>(reply: R): Extract<R, { ok: true }> {
    const checked: AnyReply = reply;
    if (!checked.ok) throw new Error(checked.error);
    return reply as Extract<R, { ok: true }>;
  }

  async function load(selected?: string): Promise<PortalItems> {
    offer = answered(await sendMessage({ type: 'listPortalItems', ...(period ? { period } : {}) })).portal;
    panel.showItems(offer, selected);
    if (offer.items.length) panel.status(offer.items.length === 1 ? t('panelItemToFill', offer.programName) : t('panelItemsToFill', String(offer.items.length), offer.programName));
    return offer;
  }

  const planFor = async (itemKey: string, form: CollectedForm): Promise<FillPlan> =>
    answered(await sendMessage({ type: 'planPortalFill', itemKey, form, ...(period ? { period } : {}) })).fill;

  async function preview(itemKey: string) {
    const { form } = await page({ op: 'look', again: false });
    const plan = await planFor(itemKey, form);
    panel.showPlan(plan);
    const occupied = plan.steps.filter((step) => step.occupied).length;
    panel.status(occupied ? t('panelFieldsToFillOccupied', String(plan.steps.length), String(occupied)) : t('panelFieldsToFill', String(plan.steps.length)));
  }

  async function fill(itemKey: string, replace: ReadonlySet<string>): Promise<FillResult[]> {
    const { form } = await page({ op: 'look', again: false });
    let plan = await planFor(itemKey, form);
    const results = [...(await page({ op: 'fill', steps: plan.steps, replace: [...replace] })).results];
    for (let round = 0; round < MORE_ROUNDS; round += 1) {
      const again = await page({ op: 'look', again: true });
      const fresh = new Set(again.fresh);
      if (!fresh.size) break;
      const next = await planFor(itemKey, again.form);
      const steps = next.steps.filter((step) => fresh.has(step.key));
      results.push(...(await page({ op: 'fill', steps, replace: [...replace] })).results);
      plan = { ...next, steps: [...plan.steps.filter((step) => !steps.some((s) => s.key === step.key)), ...steps] };
    }
    panel.showPlan(plan, results);
    if (!plan.steps.length) {
      panel.status(t('panelNoField'), 'error');
      return results;
    }
    const count = (status: FillResult['status']) => results.filter((result) => result.status === status).length;
    const kept = count('kept');
    const failed = count('failed') + count('missing');
    panel.status(
      [t('panelFilled', String(count('filled')), String(plan.steps.length)), kept ? t('panelKeptIn', String(kept)) : '', failed ? t('panelNotFilled', String(failed)) : '']
        .filter(Boolean)
        .join('; ') + `. ${t('panelCheckAndSave')}`,
      failed ? 'error' : 'info',
    );
    if (results.some((result) => result.status === 'filled' || result.status === 'same')) {
      lastFill = plan;
      const title = plan.steps.find((step) => step.name === 'title')?.value;
      await page({ op: 'watch', saved: plan.saved, ...(typeof title === 'string' ? { title } : {}) });
    }
    return results;
  }

  async function markSubmitted(plan: FillPlan) {
    lastFill = undefined;
    try {
      const reply = await sendMessage({ type: 'markPortalSubmitted', itemKey: plan.itemKey, entryIds: plan.entryIds, ...(period ? { period } : {}) });
      if (!reply.ok) return panel.status(t('panelNotMarked', reply.error), 'error');
      // What was submitted is no longer offered: refresh the list, then say what happened.
      await guard(() => load());
      const program = offer?.programName ?? t('panelThisProgram');
      panel.status(reply.marked === 1 ? t('panelMarkedOne', program) : t('panelMarkedMany', String(reply.marked), program));
    } catch (error) {
      panel.status(t('panelNotMarked', error instanceof Error ? error.message : String(error)), 'error');
    }
  }

  /** The popup's "Fill on the portal": the same fill, started by the user's click there. */
  async function applyFromPopup(id: number, message: ApplyFillPlan) {
    const run = async (): Promise<FillOutcome> => {
      panel.open();
      period = message.period;
      const current = await load(message.itemKey);
      if (current.programId !== message.programId) return { ok: false, error: t('panelOtherPortal', current.programName) };
      if (!current.items.some((item) => item.key === message.itemKey)) return { ok: false, error: t('panelNotOffered') };
      const results = await fill(message.itemKey, new Set());
      const count = (...statuses: FillResult['status'][]) => results.filter((result) => statuses.includes(result.status)).length;
      return { ok: true, filled: count('filled', 'same'), kept: count('kept'), failed: count('failed', 'missing') };
    };
    const outcome = (await guard(run)) ?? { ok: false, error: t('panelBusy') };
    port.postMessage({ id, op: 'applied', outcome } satisfies PanelRequest);
  }
}

/**
 * The port to the portal script in this tab's top frame. Firefox gives an extension frame inside a
 * web page no `tabs` API (nor its tab): there the background opens the same port for the panel
 * (lib/background/portal-relay.ts).
 */
async function openPort() {
  if (!browser.tabs) return browser.runtime.connect({ name: PANEL_PORT });
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('The portal panel runs only inside a portal tab.');
  return browser.tabs.connect(tab.id, { name: PANEL_PORT, frameId: 0 });
}
