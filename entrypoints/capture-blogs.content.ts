import { defineContentScript } from 'wxt/utils/define-content-script';
import { blogAdapters } from '../lib/adapters/blogs';
import { runCaptureScript } from '../lib/capture/content-main';

export default defineContentScript({
  // Not matchesOf() from lib/adapters/index.ts: importing the full registry bundles every family here.
  matches: [...new Set(blogAdapters.flatMap((adapter) => adapter.matches))],
  // wordpress.com shows its block editor in a frame of the blog's own wp-admin.
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => runCaptureScript(ctx, blogAdapters),
});
