import { defineContentScript } from 'wxt/utils/define-content-script';
import { postAdapters } from '../lib/adapters/posts';
import { familyMatches } from '../lib/adapters/define';
import { runCaptureScript } from '../lib/capture/content-main';

export default defineContentScript({
  matches: familyMatches(postAdapters),
  runAt: 'document_idle',
  main: (ctx) => runCaptureScript(ctx, postAdapters),
});
