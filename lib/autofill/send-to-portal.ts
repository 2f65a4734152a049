import { browser } from 'wxt/browser';
import { activeWebTab } from '../background/active-tab';
import { popupWindowId } from '../popup-window';
import { FillOutcomeSchema, type ApplyFillPlan, type PeriodChoice } from '../schema/autofill';

export interface PortalRequest {
  programId: string;
  programName: string;
  itemKey: string;
  period?: PeriodChoice;
}

/** What the popup shows after asking: a sentence, marked as an error when nothing (or not all) was filled. */
export interface PortalAnswer {
  text: string;
  error?: boolean;
}

export type FillOnPortal = (request: PortalRequest) => Promise<PortalAnswer>;

/**
 * The popup's "Fill on the portal": asks the portal's content script in the tab behind the popup to
 * fill an item. The click in the popup is the user's go-ahead; fields holding text are still kept.
 */
export const sendFillPlan: FillOnPortal = async ({ programName, ...request }) => {
  const notThere = { text: `Open the ${programName} portal’s form in this tab first, then try again.`, error: true };
  let raw: unknown;
  try {
    const tab = await activeWebTab(browser.tabs, await popupWindowId());
    const message: ApplyFillPlan = { type: 'applyFillPlan', ...request };
    raw = await browser.tabs.sendMessage(tab.id, message);
  } catch {
    // No tab, or no portal script in it ("Receiving end does not exist").
    return notThere;
  }
  const outcome = FillOutcomeSchema.safeParse(raw);
  if (!outcome.success) return notThere;
  if (!outcome.data.ok) return { text: outcome.data.error ?? 'The portal did not fill the form.', error: true };
  const { filled, kept, failed } = outcome.data;
  const parts = [`Filled ${filled} ${filled === 1 ? 'field' : 'fields'} on the portal`, kept ? `kept your text in ${kept}` : '', failed ? `${failed} not filled` : ''];
  return { text: `${parts.filter(Boolean).join(', ')}: check the form there, then save it.`, error: failed > 0 };
};
