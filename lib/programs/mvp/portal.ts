/** The MVP portal since 2023 and its "Add activity" form [V research/sites.md §10]; the apply wizard is on the same host. */
export const MVP_PORTAL = { url: 'https://mvp.microsoft.com/en-US/account/', matches: ['https://mvp.microsoft.com/*'] } as const;
