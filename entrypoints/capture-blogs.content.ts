import { defineContentScript } from 'wxt/utils/define-content-script';
import { familyMatches } from '../lib/adapters/define';
import { blogAdapters } from '../lib/adapters/blogs';
import { runCaptureScript } from '../lib/capture/content-main';

export default defineContentScript({
  matches: familyMatches(blogAdapters),
  // wordpress.com shows its block editor in a frame of the blog's own wp-admin.
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => runCaptureScript(ctx, blogAdapters),
});
