import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { postAdapters } from '../lib/adapters/posts';
import { runExtractorScript } from '../lib/capture/extract-main';

// Imported by capture-posts.content.ts, in its isolated world, once it needs to read posts (lib/capture/detect-main.ts).
export default defineUnlistedScript(() => runExtractorScript('posts', postAdapters));
