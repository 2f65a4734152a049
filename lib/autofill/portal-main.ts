import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isContextInvalidated, sendMessage } from '../messaging';
import type { ApplyFillPlan, CollectedForm, FillOutcome, FillPlan, PeriodChoice, PortalItems } from '../schema/autofill';
import { createCollector, findFormRoot, probeOptions, type Collected } from './collect';
import { fillForm, type FillResult } from './fill';
import { createPanel } from './panel';
import { watchSaved } from './saved-watch';

/** Rounds of "fill, then look for fields that appeared" (a type reveals its counters). */
const MORE_ROUNDS = 2;

/**
 * The portal content script: a launcher and panel, nothing else until the user opens it. Collect →
 * plan (in the background, which knows the entries) → fill → report; then watch for the portal's
 * "saved" to mark the entries as submitted. The popup may ask for the same fill (applyFillPlan).
 */
export function runPortalScript(ctx: ContentScriptContext): void {
  const collector = createCollector();
  let offer: PortalItems | undefined;
  let period: PeriodChoice | undefined;
  /** The save watch of the form last filled, and the plan a save there stands for (the latest fill's). */
  let watched: { root: Element; stop: () => void; plan: FillPlan } | undefined;
  let working = false;

  const panel = createPanel(document, {
    onOpen: () => void guard(load),
    onPeriod: (from) => {
      const chosen = offer?.periods.find((candidate) => candidate.from === from);
      period = chosen && { from: chosen.from, to: chosen.to };
      void guard(load);
    },
    onPreview: (key) => void guard(() => preview(key)),
    onFill: (key, replace) => void guard(() => fill(key, replace)),
  });
  ctx.onInvalidated(() => {
    watched?.stop();
    panel.destroy();
  });

  async function guard<T>(task: () => Promise<T>): Promise<T | undefined> {
    if (working) return undefined;
    working = true;
    panel.busy(true);
    try {
      return await task();
    } catch (error) {
      panel.status(
        isContextInvalidated(error) ? 'The extension was updated: reload this page to fill it.' : `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
        'error',
      );
      return undefined;
    } finally {
      working = false;
      panel.busy(false);
    }
  }

  async function ask<K extends 'portal' | 'fill' | 'marked'>(message: Parameters<typeof sendMessage>[0], key: K) {
    const reply = await sendMessage(message);
    if (!reply.ok) throw new Error(reply.error);
    if (reply[key] === undefined) throw new Error('the extension sent no answer');
    return reply[key]!;
  }

  async function load(selected?: string): Promise<PortalItems> {
    offer = await ask({ type: 'listPortalItems', ...(period ? { period } : {}) }, 'portal');
    panel.showItems(offer, selected);
    if (offer.items.length) panel.status(`${offer.items.length} ${offer.items.length === 1 ? 'item' : 'items'} to fill for ${offer.programName}.`);
    return offer;
  }

  const planFor = (itemKey: string, form: CollectedForm): Promise<FillPlan> =>
    ask({ type: 'planPortalFill', itemKey, form, ...(period ? { period } : {}) }, 'fill');

  async function look(): Promise<{ root: Element; collected: Collected }> {
    const root = findFormRoot(document);
    const collected = collector.collect(root);
    await probeOptions(collected);
    return { root, collected };
  }

  async function preview(itemKey: string) {
    const { collected } = await look();
    const plan = await planFor(itemKey, collected.form);
    panel.showPlan(plan);
    const occupied = plan.steps.filter((step) => step.occupied).length;
    panel.status(`${plan.steps.length} fields to fill${occupied ? `; ${occupied} already hold something (tick Replace to overwrite)` : ''}.`);
  }

  async function fill(itemKey: string, replace: ReadonlySet<string>): Promise<FillResult[]> {
    const { root, collected } = await look();
    let plan = await planFor(itemKey, collected.form);
    const results = await fillForm(collected.controls, plan.steps, { replace });
    let known = new Set(collected.controls.keys());
    for (let round = 0; round < MORE_ROUNDS; round += 1) {
      const again = collector.collect(root);
      const fresh = again.form.fields.filter((field) => !known.has(field.key));
      if (!fresh.length) break;
      await probeOptions({ form: { fields: fresh }, controls: again.controls });
      const next = await planFor(itemKey, again.form);
      const steps = next.steps.filter((step) => fresh.some((field) => field.key === step.key));
      results.push(...(await fillForm(again.controls, steps, { replace })));
      plan = { ...next, steps: [...plan.steps.filter((step) => !steps.some((s) => s.key === step.key)), ...steps] };
      known = new Set(again.controls.keys());
    }
    panel.showPlan(plan, results);
    if (!plan.steps.length) {
      panel.status('No field of this page matches: open the form (such as “Add activity”) first, then fill.', 'error');
      return results;
    }
    const count = (status: FillResult['status']) => results.filter((result) => result.status === status).length;
    const kept = count('kept');
    const failed = count('failed') + count('missing');
    panel.status(
      [`Filled ${count('filled')} of ${plan.steps.length} fields`, kept ? `kept your text in ${kept} (tick Replace and fill again to overwrite)` : '', failed ? `${failed} not filled` : '']
        .filter(Boolean)
        .join('; ') + '. Check the form, then save it on the portal.',
      failed ? 'error' : 'info',
    );
    if (results.some((result) => result.status === 'filled' || result.status === 'same')) watch(root, plan);
    return results;
  }

  /**
   * After a fill: the portal's own "saved" marks the filled entries as submitted, once. Filling the
   * same form again keeps its watch (a submit already under way still counts) with the newer plan.
   */
  function watch(root: Element, plan: FillPlan) {
    if (watched?.root === root) {
      watched.plan = plan;
      return;
    }
    watched?.stop();
    const titleOf = (current: FillPlan) => current.steps.find((step) => step.name === 'title')?.value;
    const current = {
      root,
      plan,
      stop: watchSaved(document, {
        root,
        patterns: plan.saved.map((source) => new RegExp(source, 'i')),
        title: () => {
          const title = titleOf(current.plan);
          return typeof title === 'string' ? title : undefined;
        },
        onSaved: () => {
          watched = undefined;
          void markSubmitted(current.plan);
        },
      }),
    };
    watched = current;
  }

  async function markSubmitted(plan: FillPlan) {
    try {
      const reply = await sendMessage({ type: 'markPortalSubmitted', itemKey: plan.itemKey, entryIds: plan.entryIds, ...(period ? { period } : {}) });
      if (!reply.ok) return panel.status(`Saved on the portal, but not marked: ${reply.error}`, 'error');
      // What was submitted is no longer offered: refresh the list, then say what happened.
      await guard(() => load());
      const what = reply.marked === 1 ? '1 entry' : `${reply.marked ?? plan.entryIds.length} entries`;
      panel.status(`Saved on the portal: marked ${what} as submitted to ${offer?.programName ?? 'this program'}.`);
    } catch (error) {
      panel.status(`Saved on the portal, but not marked: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  }

  /** The popup's "Fill on the portal": the same fill, started by the user's click there. */
  async function applyFromPopup(message: ApplyFillPlan): Promise<FillOutcome> {
    panel.open();
    period = message.period;
    const current = await load(message.itemKey);
    if (current.programId !== message.programId) return { ok: false, error: `This tab shows the ${current.programName} portal.` };
    if (!current.items.some((item) => item.key === message.itemKey)) return { ok: false, error: 'That item is not offered here (already submitted?).' };
    const results = await fill(message.itemKey, new Set());
    const count = (...statuses: FillResult['status'][]) => results.filter((result) => statuses.includes(result.status)).length;
    return { ok: true, filled: count('filled', 'same'), kept: count('kept'), failed: count('failed', 'missing') };
  }

  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (outcome: FillOutcome) => void) => {
    if (!isApplyFillPlan(message) || sender.id !== browser.runtime.id) return false;
    void guard(() => applyFromPopup(message)).then((outcome) => sendResponse(outcome ?? { ok: false, error: 'The panel is busy or the fill failed: see the panel.' }));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
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
