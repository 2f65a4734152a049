import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { socialAdapters } from '../lib/adapters/social';
import { runExtractorScript } from '../lib/capture/extract-main';

// Imported by capture-social.content.ts, in its isolated world, once it needs to read posts (lib/capture/detect-main.ts).
export default defineUnlistedScript(() => runExtractorScript('social', socialAdapters));
