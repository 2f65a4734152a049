import { defineContentScript } from 'wxt/utils/define-content-script';
import { communityDetectors } from '../lib/adapters/communities';
import { familyMatches } from '../lib/adapters/define';
import { runDetectorScript } from '../lib/capture/detect-main';
import { startScriptContext } from '../lib/script-context';

export default defineContentScript({
  matches: familyMatches(communityDetectors),
  runAt: 'document_idle',
  main: () => runDetectorScript(startScriptContext(), 'communities', communityDetectors),
});
