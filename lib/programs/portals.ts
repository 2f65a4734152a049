import { MVP_PORTAL } from './mvp/portal';
import { VEXPERT_PORTAL } from './vexpert/portal';

/**
 * Every program's portal hosts, one line per program, kept apart from the registry (index.ts) so
 * that the portal content script (entrypoints/portal.content.ts) and the manifest bundle these few
 * strings, not the programs' plans. tests/unit/programs/convention.test.ts keeps the two in step.
 */
export const PORTALS: Readonly<Record<string, { url: string; matches: readonly string[] }>> = {
  mvp: MVP_PORTAL,
  vexpert: VEXPERT_PORTAL,
};

/** Every portal page pattern: the portal content script's matches. */
export const PORTAL_MATCHES: string[] = [...new Set(Object.values(PORTALS).flatMap((portal) => portal.matches))];
