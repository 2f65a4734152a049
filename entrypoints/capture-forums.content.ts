import { defineContentScript } from 'wxt/utils/define-content-script';
import { forumAdapters } from '../lib/adapters/forums';
import { matchesOf } from '../lib/adapters/define';
import { runCaptureScript } from '../lib/capture/content-main';

export default defineContentScript({
  matches: matchesOf(forumAdapters),
  runAt: 'document_idle',
  main: (ctx) => runCaptureScript(ctx, forumAdapters),
});
