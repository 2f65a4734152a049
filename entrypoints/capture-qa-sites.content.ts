import { defineContentScript } from 'wxt/utils/define-content-script';
import { qaSiteAdapters } from '../lib/adapters/qa-sites';
import { matchesOf } from '../lib/adapters/define';
import { runCaptureScript } from '../lib/capture/content-main';

export default defineContentScript({
  matches: matchesOf(qaSiteAdapters),
  runAt: 'document_idle',
  main: (ctx) => runCaptureScript(ctx, qaSiteAdapters),
});
