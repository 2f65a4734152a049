import { defineContentScript } from 'wxt/utils/define-content-script';
import { videoAdapters } from '../lib/adapters/videos';
import { familyMatches } from '../lib/adapters/define';
import { runCaptureScript } from '../lib/capture/content-main';

export default defineContentScript({
  matches: familyMatches(videoAdapters),
  runAt: 'document_idle',
  main: (ctx) => runCaptureScript(ctx, videoAdapters),
});
