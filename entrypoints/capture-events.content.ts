import { defineContentScript } from 'wxt/utils/define-content-script';
import { eventAdapters } from '../lib/adapters/events';
import { familyMatches } from '../lib/adapters/define';
import { runCaptureScript } from '../lib/capture/content-main';

export default defineContentScript({
  matches: familyMatches(eventAdapters),
  runAt: 'document_idle',
  main: (ctx) => runCaptureScript(ctx, eventAdapters),
});
