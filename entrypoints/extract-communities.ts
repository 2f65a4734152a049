import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { communityAdapters } from '../lib/adapters/communities';
import { runExtractorScript } from '../lib/capture/extract-main';

// Imported by capture-communities.content.ts, in its isolated world, once it needs to read posts (lib/capture/detect-main.ts).
export default defineUnlistedScript(() => runExtractorScript('communities', communityAdapters));
