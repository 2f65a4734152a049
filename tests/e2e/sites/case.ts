import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * One end-to-end capture case as data: tests/fixtures/<site>/e2e/<case>.case.json. The runner
 * (sites.test.ts) serves its pages under their real URLs, plays its steps in Chromium with the built
 * extension, and compares the database with what the case expects.
 */

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/**
 * A page or reply body made from a fixture file (a path from the site's fixture folder; site scripts
 * live in its e2e/ folder). `fresh` rewrites a date printed in the file to the present moment, in a
 * named format (see fresh.ts), so a "just posted" page stays fresh whatever day the tests run.
 */
const FileBodySchema = z.object({
  file: z.string(),
  /**
   * Other files put in before a marker (a new answer, as the server renders it into the page): only
   * the part that `match` finds, if given, and inside <template id="…">, if given (a view the site's
   * script shows later).
   */
  insert: z.array(z.object({ before: z.string(), file: z.string(), match: z.string().optional(), template: z.string().optional() })).optional(),
  /** Other files taken out of the page (the reply not posted yet). */
  without: z.array(z.string()).optional(),
  /** Rewrites by regex ($1… for groups), for markup a script adds later or that differs run to run. */
  regex: z.record(z.string(), z.string()).optional(),
  replace: z.record(z.string(), z.string()).optional(),
  fresh: z.record(z.string(), z.string()).optional(),
  /** A stand-in for the site's own JavaScript (which cannot load offline), put before </body>. */
  script: z.string().optional(),
});
export type FileBody = z.infer<typeof FileBodySchema>;

/** What the site answers to a request that matches `url` (a Playwright glob) and the optional filters. */
const RouteSchema = z.object({
  url: z.string(),
  method: z.string().optional(),
  /** Query parameters that must be present ("" for present with any value). */
  query: z.record(z.string(), z.string()).optional(),
  /** A partial match of the JSON body, or of the form fields (a field's value "" means present). */
  body: z.record(z.string(), z.unknown()).optional(),
  /** Counts the matching requests under this name, for `calls` in an expectation. */
  id: z.string().optional(),
  status: z.number().int().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  page: FileBodySchema.optional(),
  /** A JSON reply; a value {"$file": …} is replaced by that file's text. */
  json: z.unknown().optional(),
  text: z.string().optional(),
  /** Answers 302 to this address. */
  redirect: z.string().optional(),
});
export type RouteSpec = z.infer<typeof RouteSchema>;

/** A partial entry: each field must equal; {"$match": regex} and {"$recent": ms} test strings and dates. */
const EntryMatchSchema = z.record(z.string(), z.unknown());

const ExpectSchema = z.object({
  /** The whole store: exactly these entries (each a partial match), [] for "nothing stored". */
  entries: z.array(EntryMatchSchema).optional(),
  /** Text the toast on the current page contains. */
  toast: z.string().optional(),
  /** How many requests each named route has answered. */
  calls: z.record(z.string(), z.number().int()).optional(),
  /** How many of our Save buttons the page shows, and their labels. */
  saveButtons: z.number().int().optional(),
  saveLabels: z.array(z.string()).optional(),
  /**
   * The sites whose auto-capture is still armed once the content script has seen the page as it is
   * (a failed submit leaves it armed: the attempt was seen and captured nothing), [] for none.
   */
  armed: z.array(z.string()).optional(),
  /** chrome.storage.local values the extension kept (a learned handle). */
  storage: z.record(z.string(), z.unknown()).optional(),
  /** Titles the popup's list of entries shows as links, as the user sees them there. */
  popup: z.array(z.string()).optional(),
});
export type Expectation = z.infer<typeof ExpectSchema>;

/** Selectors are Playwright's (css, text=, role=button[name="Post"]). `frame` points into an iframe. */
const target = { frame: z.string().optional() };
const StepSchema = z.union([
  z.strictObject({ goto: z.string() }),
  z.strictObject({ reload: z.literal(true) }),
  z.strictObject({ fill: z.string(), text: z.string(), ...target }),
  /** Sets a field's value without typing, as an editor that keeps its text in a hidden field does. */
  z.strictObject({ set: z.string(), text: z.string() }),
  z.strictObject({ click: z.string(), ...target, /** the click opens a new tab, which later steps use */ opensTab: z.literal(true).optional() }),
  z.strictObject({ press: z.string(), on: z.string() }),
  z.strictObject({ select: z.string(), option: z.string() }),
  /** Picks a file on disk in the chooser the click opens, as a person does. */
  z.strictObject({ pick: z.string(), file: z.string(), content: z.string() }),
  /** Presses our Save button number N (from 0) on the page, with a real click. */
  z.strictObject({ save: z.number().int() }),
  /** Presses the action of our toast (Undo). */
  z.strictObject({ toastAction: z.string() }),
  /** Waits for the page to show something (the site's own success or failure). */
  z.strictObject({ waitFor: z.string(), ...target, state: z.enum(['visible', 'attached', 'detached']).optional() }),
  z.strictObject({ waitForUrl: z.string() }),
  /** Waits until our content script has seen the page (a page with no post shows no Save button to wait for). */
  z.strictObject({ settle: z.literal(true) }),
  /** Changes the page after the capture (comments loading), which must not capture again. */
  z.strictObject({ touch: z.literal(true), ...target }),
  /** Replaces or adds a route mid-case (the same page, a week later). */
  z.strictObject({ serve: RouteSchema }),
  /** Writes chrome.storage.local values as the Settings tab would (a handle the user typed). */
  z.strictObject({ store: z.record(z.string(), z.unknown()) }),
  /** Stores entries through the background first, as an extension page would. */
  z.strictObject({ seed: z.array(z.record(z.string(), z.unknown())) }),
  z.strictObject({ expect: ExpectSchema }),
]);
export type Step = z.infer<typeof StepSchema>;

export const SiteCaseSchema = z.strictObject({
  name: z.string(),
  /** The real address the capture happens under (the editor's frame, for a framed editor). */
  url: z.string().url(),
  /** Where the tab opens, when not `url` (the page around a framed editor). */
  open: z.string().url().optional(),
  /** false for a page on a site we do not support: the check then wants its URL to match no site. */
  supported: z.boolean().default(true),
  routes: z.array(RouteSchema),
  steps: z.array(StepSchema).default([]),
  expect: ExpectSchema,
});
export type SiteCase = z.infer<typeof SiteCaseSchema>;

export interface LoadedCase {
  site: string;
  file: string;
  spec: SiteCase;
}

/** Every case of every fixture folder, in folder and file order. */
export function loadCases(root = FIXTURES): LoadedCase[] {
  return readdirSync(root)
    .sort()
    .flatMap((site) => {
      const folder = join(root, site, 'e2e');
      if (!existsSync(folder)) return [];
      return readdirSync(folder)
        .filter((name) => name.endsWith('.case.json'))
        .sort()
        .map((file) => {
          const parsed = SiteCaseSchema.safeParse(JSON.parse(readFileSync(join(folder, file), 'utf8')));
          if (!parsed.success) throw new Error(`${site}/e2e/${file}: ${z.prettifyError(parsed.error)}`);
          return { site, file, spec: parsed.data };
        });
    });
}
