import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPortalScript } from '../lib/autofill/portal-main';
// The portals' patterns only: the programs and their plans stay in the background.
import { PORTAL_MATCHES } from '../lib/programs/portals';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  // WXT's old start-up message would wake every "message" listener of the page on each load.
  noScriptStartedPostMessage: true,
  main: (ctx) => runPortalScript(ctx),
});
