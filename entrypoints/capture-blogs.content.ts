import { defineContentScript } from 'wxt/utils/define-content-script';
import { familyMatches } from '../lib/adapters/define';
import { blogDetectors } from '../lib/adapters/blogs';
import { runDetectorScript } from '../lib/capture/detect-main';

export default defineContentScript({
  matches: familyMatches(blogDetectors),
  // wordpress.com shows its block editor in a frame of the blog's own wp-admin.
  allFrames: true,
  runAt: 'document_idle',
  // WXT's old start-up message would wake every "message" listener of the page on each load.
  noScriptStartedPostMessage: true,
  main: (ctx) => runDetectorScript(ctx, 'blogs', blogDetectors),
});
