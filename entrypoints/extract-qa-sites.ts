import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { qaSiteAdapters } from '../lib/adapters/qa-sites';
import { runExtractorScript } from '../lib/capture/extract-main';

// Imported by capture-qa-sites.content.ts, in its isolated world, once it needs to read posts (lib/capture/detect-main.ts).
export default defineUnlistedScript(() => runExtractorScript('qa-sites', qaSiteAdapters));
