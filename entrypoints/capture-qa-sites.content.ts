import { defineContentScript } from 'wxt/utils/define-content-script';
import { qaSiteDetectors } from '../lib/adapters/qa-sites';
import { familyMatches } from '../lib/adapters/define';
import { runDetectorScript } from '../lib/capture/detect-main';
import { startScriptContext } from '../lib/script-context';

export default defineContentScript({
  matches: familyMatches(qaSiteDetectors),
  runAt: 'document_idle',
  main: () => runDetectorScript(startScriptContext(), 'qa-sites', qaSiteDetectors),
});
