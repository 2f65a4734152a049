import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPortalScript } from '../lib/autofill/portal-main';
import { startScriptContext } from '../lib/script-context';
// The portals' patterns only: the programs and their plans stay in the background.
import { PORTAL_MATCHES } from '../lib/programs/portals';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  main: () => runPortalScript(startScriptContext()),
});
