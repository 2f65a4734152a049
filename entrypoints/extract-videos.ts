import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { videoAdapters } from '../lib/adapters/videos';
import { runExtractorScript } from '../lib/capture/extract-main';

// Imported by capture-videos.content.ts, in its isolated world, once it needs to read posts (lib/capture/detect-main.ts).
export default defineUnlistedScript(() => runExtractorScript('videos', videoAdapters));
