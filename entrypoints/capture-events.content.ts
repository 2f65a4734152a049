import { defineContentScript } from 'wxt/utils/define-content-script';
import { eventAdapters } from '../lib/adapters/events';
import { familyMatches } from '../lib/adapters/define';
import { runCaptureScript } from '../lib/capture/content-main';

export default defineContentScript({
  matches: familyMatches(eventAdapters),
  runAt: 'document_idle',
  // WXT's old start-up message would wake every "message" listener of the page on each load.
  noScriptStartedPostMessage: true,
  main: (ctx) => runCaptureScript(ctx, eventAdapters),
});
