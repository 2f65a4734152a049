/**
 * Where each program's application portal lives, as data. Its own file so that the portal content
 * script (entrypoints/portal.content.ts) bundles these few strings, not the programs' plans.
 *
 * MVP: the portal since 2023 and its "Add activity" form [V research/sites.md §10]. vExpert:
 * vexpert.vmware.com [V research/forms.md: program blogs and portal links; no public source shows
 * another host].
 */
export const PORTALS = {
  mvp: { url: 'https://mvp.microsoft.com/en-US/account/', matches: ['https://mvp.microsoft.com/*'] },
  vexpert: { url: 'https://vexpert.vmware.com/apply', matches: ['https://vexpert.vmware.com/*'] },
} as const satisfies Record<string, { url: string; matches: readonly string[] }>;

/** Every portal page pattern: the portal content script's matches. */
export const PORTAL_MATCHES: string[] = [...new Set(Object.values(PORTALS).flatMap((portal) => portal.matches))];
