import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { eventAdapters } from '../lib/adapters/events';
import { runExtractorScript } from '../lib/capture/extract-main';

// Imported by capture-events.content.ts, in its isolated world, once it needs to read posts (lib/capture/detect-main.ts).
export default defineUnlistedScript(() => runExtractorScript('events', eventAdapters));
