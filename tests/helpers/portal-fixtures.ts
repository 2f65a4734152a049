import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A program’s saved portal page: `mvp/plain.html` is lib/programs/mvp/fixtures/plain.html. */
export function fixturePath(name: string): string {
  const [program, ...file] = name.split('/');
  return join(__dirname, '..', '..', 'lib', 'programs', program!, 'fixtures', ...file);
}

export const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');
