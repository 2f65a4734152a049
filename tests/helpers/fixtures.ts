import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft } from '../../lib/schema/contribution';

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

/** One fixture case: `<case>.html` plus `<case>.json` describing what the adapter must find. */
export interface FixtureCase {
  adapterId: string;
  name: string;
  htmlPath: string;
  jsonPath: string;
  spec: {
    url: string;
    about?: string;
    detect: boolean;
    /** One draft per post on the page, in page order (the one-click path); `text` is left out. */
    drafts?: Omit<Draft, 'text'>[];
    /**
     * The auto-capture path: posts present before the submit, and the draft it must confirm.
     * `intentPath` is where the click happened when that is another page (an editor, then the post).
     */
    autoCapture?: { submittedAt: string; intentPath?: string; existing: string[]; expected: Omit<Draft, 'text'> | null };
  };
}

export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(FIXTURES_DIR, dir.name))
        .filter((file) => file.endsWith('.json'))
        .map((file) => {
          const name = file.replace(/\.json$/, '');
          const jsonPath = join(FIXTURES_DIR, dir.name, file);
          const htmlPath = join(FIXTURES_DIR, dir.name, `${name}.html`);
          if (!existsSync(htmlPath)) throw new Error(`${jsonPath} has no ${name}.html beside it`);
          return { adapterId: dir.name, name, htmlPath, jsonPath, spec: JSON.parse(readFileSync(jsonPath, 'utf8')) };
        }),
    );
}

export function loadDocument(htmlPath: string): Document {
  return new DOMParser().parseFromString(readFileSync(htmlPath, 'utf8'), 'text/html');
}

/** `UPDATE_FIXTURES=1 npx vitest run tests/unit/adapters` rewrites expectations: review the diff by hand. */
export function maybeUpdate(fixture: FixtureCase, actual: FixtureCase['spec']): boolean {
  if (!process.env.UPDATE_FIXTURES) return false;
  writeFileSync(fixture.jsonPath, `${JSON.stringify(actual, null, 2)}\n`);
  return true;
}

export function withoutText<T extends { text?: string } | null | undefined>(draft: T): Omit<NonNullable<T>, 'text'> | null {
  if (!draft) return null;
  const { text: _text, ...rest } = draft;
  return rest as Omit<NonNullable<T>, 'text'>;
}
