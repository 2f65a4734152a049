import { defineContentScript } from 'wxt/utils/define-content-script';
import { eventDetectors } from '../lib/adapters/events';
import { familyMatches } from '../lib/adapters/define';
import { runDetectorScript } from '../lib/capture/detect-main';
import { startScriptContext } from '../lib/script-context';

export default defineContentScript({
  matches: familyMatches(eventDetectors),
  runAt: 'document_idle',
  main: () => runDetectorScript(startScriptContext(), 'events', eventDetectors),
});
