import { defineContentScript } from 'wxt/utils/define-content-script';
import { familyMatches } from '../lib/adapters/define';
import { blogDetectors } from '../lib/adapters/blogs';
import { runDetectorScript } from '../lib/capture/detect-main';
import { startScriptContext } from '../lib/script-context';

export default defineContentScript({
  matches: familyMatches(blogDetectors),
  // wordpress.com shows its block editor in a frame of the blog's own wp-admin.
  allFrames: true,
  runAt: 'document_idle',
  main: () => runDetectorScript(startScriptContext(), 'blogs', blogDetectors),
});
