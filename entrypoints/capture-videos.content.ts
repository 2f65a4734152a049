import { defineContentScript } from 'wxt/utils/define-content-script';
import { videoDetectors } from '../lib/adapters/videos';
import { familyMatches } from '../lib/adapters/define';
import { runDetectorScript } from '../lib/capture/detect-main';

export default defineContentScript({
  matches: familyMatches(videoDetectors),
  runAt: 'document_idle',
  // WXT's old start-up message would wake every "message" listener of the page on each load.
  noScriptStartedPostMessage: true,
  main: (ctx) => runDetectorScript(ctx, 'videos', videoDetectors),
});
