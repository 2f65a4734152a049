import { defineContentScript } from 'wxt/utils/define-content-script';
import { communityAdapters } from '../lib/adapters/communities';
import { familyMatches } from '../lib/adapters/define';
import { runCaptureScript } from '../lib/capture/content-main';

export default defineContentScript({
  matches: familyMatches(communityAdapters),
  runAt: 'document_idle',
  main: (ctx) => runCaptureScript(ctx, communityAdapters),
});
