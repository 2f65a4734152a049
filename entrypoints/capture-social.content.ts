import { defineContentScript } from 'wxt/utils/define-content-script';
import { socialDetectors } from '../lib/adapters/social';
import { familyMatches } from '../lib/adapters/define';
import { runDetectorScript } from '../lib/capture/detect-main';
import { followInPage, whenCapturable } from '../lib/capture/soft-navigation';
import { startScriptContext } from '../lib/script-context';

export default defineContentScript({
  matches: familyMatches(socialDetectors),
  runAt: 'document_idle',
  // Most pages of these sites are not capturable: the script waits there, listening, for an in-page move to one that is.
  main() {
    const ctx = startScriptContext();
    whenCapturable({ doc: document, win: window, signal: ctx.signal }, socialDetectors, () => runDetectorScript(ctx, 'social', socialDetectors, followInPage));
  },
});
