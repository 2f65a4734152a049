import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { blogAdapters } from '../lib/adapters/blogs';
import { runExtractorScript } from '../lib/capture/extract-main';

// Imported by capture-blogs.content.ts, in its isolated world, once it needs to read posts (lib/capture/detect-main.ts).
export default defineUnlistedScript(() => runExtractorScript('blogs', blogAdapters));
