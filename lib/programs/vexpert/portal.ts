/** vexpert.vmware.com [V research/forms.md: program blogs and portal links; no public source shows another host]. */
export const VEXPERT_PORTAL = { url: 'https://vexpert.vmware.com/apply', matches: ['https://vexpert.vmware.com/*'] } as const;
