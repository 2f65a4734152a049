import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fillShell } from './popup/shell-text';

// A classic script, run by popup.html right after its static shell is parsed: the shell's first
// paint then shows the user's language, before the popup's modules have loaded.
export default defineUnlistedScript(() => fillShell(document, new Date()));
