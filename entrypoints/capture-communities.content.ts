import { defineContentScript } from 'wxt/utils/define-content-script';
import { communityDetectors } from '../lib/adapters/communities';
import { familyMatches } from '../lib/adapters/define';
import { runDetectorScript } from '../lib/capture/detect-main';

export default defineContentScript({
  matches: familyMatches(communityDetectors),
  runAt: 'document_idle',
  // WXT's old start-up message would wake every "message" listener of the page on each load.
  noScriptStartedPostMessage: true,
  main: (ctx) => runDetectorScript(ctx, 'communities', communityDetectors),
});
