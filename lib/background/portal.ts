import { MatchPattern } from 'wxt/utils/match-patterns';
import { planFill, portalItems } from '../autofill/plan';
import type { TrackerDb } from '../db/database';
import { setSubmitted } from '../db/edit';
import { listRange } from '../db/queries';
import { loadChoices } from '../program-choices';
import { planFor, programs } from '../programs';
// Plugs the IANA → Windows zone table into the MVP plan (the organizer dialog's Time Zone).
import '../programs/mvp/time-zone';
import { currentPeriods, type Choices, type PlanItem, type Program } from '../programs/define';
import type { CollectedForm, PeriodChoice } from '../schema/autofill';
import type { Failure, ReplyOf } from '../schema/messages';

/**
 * The background's side of portal autofill: the portal's content script asks what it can fill and
 * how, and reports a save. The program follows from the page that asks, never from the message, so
 * a page can only ever receive the entries of the program whose portal it is.
 */
export interface PortalDeps {
  db: TrackerDb;
  now: Date;
  /** The user's picks for fields no entry supplies; lib/program-choices.ts by default. */
  choices?: (programId: string) => Promise<Choices>;
}

export function programForPage(url: string | undefined): Program | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  // A string, not a URL: the matcher's `instanceof Location` check throws in a service worker, which has none.
  return programs.find((program) => program.portal?.matches.some((pattern) => new MatchPattern(pattern).includes(url)));
}

async function itemsFor(deps: PortalDeps, program: Program, period: PeriodChoice, includeSubmitted = false) {
  const [entries, choices] = await Promise.all([listRange(deps.db, period), (deps.choices ?? loadChoices)(program.id)]);
  const plan = planFor(program, entries, { choices, includeSubmitted });
  return { items: portalItems(plan), warnings: plan.warnings, choices };
}

const fail = (error: string): Failure => ({ ok: false, error, retry: false });

function resolvePeriod(program: Program, deps: PortalDeps, chosen: PeriodChoice | undefined): PeriodChoice | undefined {
  if (!chosen) return currentPeriods(program, deps.now)[0];
  return chosen.from < chosen.to ? chosen : undefined;
}

export async function listPortalItems(deps: PortalDeps, program: Program, chosen?: PeriodChoice): Promise<ReplyOf<'listPortalItems'>> {
  const period = resolvePeriod(program, deps, chosen);
  if (!period) return fail('That period ends before it starts.');
  const { items, warnings } = await itemsFor(deps, program, period);
  return {
    ok: true,
    portal: {
      programId: program.id,
      programName: program.name,
      periods: currentPeriods(program, deps.now),
      period: period.from,
      items: items.map((item: PlanItem) => ({ key: item.key, heading: item.heading, entries: item.entryIds.length, warnings: item.warnings })),
      warnings: items.length ? warnings : [],
    },
  };
}

export async function planPortalFill(deps: PortalDeps, program: Program, itemKey: string, form: CollectedForm, chosen?: PeriodChoice): Promise<ReplyOf<'planPortalFill'>> {
  const period = resolvePeriod(program, deps, chosen);
  if (!period) return fail('That period ends before it starts.');
  const { items, choices } = await itemsFor(deps, program, period);
  const item = items.find((candidate) => candidate.key === itemKey);
  if (!item) return fail('That item is no longer offered: it may have been submitted or deleted since.');
  return { ok: true, fill: planFill({ program, item, form, choices }) };
}

/** Marks what the page filled and saved: only entries that item stands for, whatever the page sends. */
export async function markPortalSubmitted(deps: PortalDeps, program: Program, itemKey: string, entryIds: readonly string[], chosen?: PeriodChoice): Promise<ReplyOf<'markPortalSubmitted'>> {
  const period = resolvePeriod(program, deps, chosen);
  if (!period) return fail('That period ends before it starts.');
  const { items } = await itemsFor(deps, program, period, true);
  const item = items.find((candidate) => candidate.key === itemKey);
  const ids = item ? entryIds.filter((id) => item.entryIds.includes(id)) : [];
  if (!ids.length) return fail('Nothing to mark: those entries are not part of that item.');
  await setSubmitted(deps.db, program.id, ids, true, deps.now);
  return { ok: true, marked: ids.length };
}
