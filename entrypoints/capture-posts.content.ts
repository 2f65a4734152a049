import { defineContentScript } from 'wxt/utils/define-content-script';
import { postDetectors } from '../lib/adapters/posts';
import { familyMatches } from '../lib/adapters/define';
import { runDetectorScript } from '../lib/capture/detect-main';
import { followInPage, whenCapturable } from '../lib/capture/soft-navigation';
import { startScriptContext } from '../lib/script-context';

export default defineContentScript({
  matches: familyMatches(postDetectors),
  runAt: 'document_idle',
  // Most pages of these sites are not capturable: the script waits there, listening, for an in-page move to one that is.
  main() {
    const ctx = startScriptContext();
    whenCapturable({ doc: document, win: window, signal: ctx.signal }, postDetectors, () => runDetectorScript(ctx, 'posts', postDetectors, followInPage));
  },
});
