import { defineContentScript } from 'wxt/utils/define-content-script';
import { postDetectors } from '../lib/adapters/posts';
import { familyMatches } from '../lib/adapters/define';
import { runDetectorScript } from '../lib/capture/detect-main';
import { followInPage, whenCapturable } from '../lib/capture/soft-navigation';

export default defineContentScript({
  matches: familyMatches(postDetectors),
  runAt: 'document_idle',
  // WXT's old start-up message would wake every "message" listener of the page on each load.
  noScriptStartedPostMessage: true,
  // Most pages of these sites are not capturable: the script waits there, listening, for an in-page move to one that is.
  main: (ctx) => whenCapturable({ doc: document, win: window, signal: ctx.signal }, postDetectors, () => runDetectorScript(ctx, 'posts', postDetectors, followInPage)),
});
