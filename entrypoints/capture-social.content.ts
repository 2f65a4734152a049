import { defineContentScript } from 'wxt/utils/define-content-script';
import { socialAdapters } from '../lib/adapters/social';
import { matchesOf } from '../lib/adapters/define';
import { runCaptureScript } from '../lib/capture/content-main';

export default defineContentScript({
  matches: matchesOf(socialAdapters),
  runAt: 'document_idle',
  main: (ctx) => runCaptureScript(ctx, socialAdapters),
});
