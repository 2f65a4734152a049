import { defineContentScript } from 'wxt/utils/define-content-script';
import { qaSiteAdapters } from '../lib/adapters/qa-sites';
import { familyMatches } from '../lib/adapters/define';
import { runCaptureScript } from '../lib/capture/content-main';

export default defineContentScript({
  matches: familyMatches(qaSiteAdapters),
  runAt: 'document_idle',
  main: (ctx) => runCaptureScript(ctx, qaSiteAdapters),
});
