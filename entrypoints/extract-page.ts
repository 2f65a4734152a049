import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPage } from '../lib/structured/page';

// Injected on demand by "Save this page"; its return value is the draft.
export default defineUnlistedScript(() => extractPage(document, new URL(location.href)));
