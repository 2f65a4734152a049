import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FILLER_GLOBAL } from '../lib/autofill/portal-channel';
import { createPortalFiller } from '../lib/autofill/portal-filler';
import { provide } from '../lib/on-demand';

/**
 * The portal filler, imported by the portal content script on the panel's first request
 * (lib/autofill/portal-main.ts). A module imported from a content script runs in that script's
 * isolated world: the factory it leaves there is out of the page's reach.
 */
export default defineUnlistedScript(() => provide(FILLER_GLOBAL, createPortalFiller));
