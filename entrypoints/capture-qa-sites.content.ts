import { defineContentScript } from 'wxt/utils/define-content-script';
import { qaSiteDetectors } from '../lib/adapters/qa-sites';
import { familyMatches } from '../lib/adapters/define';
import { runDetectorScript } from '../lib/capture/detect-main';

export default defineContentScript({
  matches: familyMatches(qaSiteDetectors),
  runAt: 'document_idle',
  // WXT's old start-up message would wake every "message" listener of the page on each load.
  noScriptStartedPostMessage: true,
  main: (ctx) => runDetectorScript(ctx, 'qa-sites', qaSiteDetectors),
});
