import type { Contribution } from '../schema/contribution';
import type { Plan, PlanOptions, Program } from './define';
import dockerCaptains from './docker-captains';
import githubStars from './github-stars';
import googleGde from './google-gde';
import mvp from './mvp';
import sitecoreMvp from './sitecore-mvp';
import vexpert from './vexpert';

/** The explicit registry, one line per program (each a folder: lib/programs/<id>/); its portal hosts go in portals.ts. */
export const programs: readonly Program[] = [
  vexpert,
  mvp,
  githubStars,
  sitecoreMvp,
  googleGde,
  dockerCaptains,
];

export function programById(id: string): Program | undefined {
  return programs.find((program) => program.id === id);
}

export const isSubmitted = (entry: Contribution, programId: string) => entry.programs[programId]?.status === 'submitted';

/**
 * What an application is offered: the user's own entries (not answers they saved from others) of
 * kinds the program counts, oldest first, without those already submitted to this program unless asked.
 */
export function offered(program: Program, entries: readonly Contribution[], includeSubmitted = false): Contribution[] {
  return entries
    .filter((entry) => entry.own && !program.ignores?.includes(entry.kind) && (includeSubmitted || !isSubmitted(entry, program.id)))
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.url.localeCompare(b.url));
}

/** The copy-ready items for a program from the period's entries. Pure. */
export function planFor(program: Program, entries: readonly Contribution[], options: PlanOptions = {}): Plan {
  return program.plan(offered(program, entries, options.includeSubmitted), options);
}
