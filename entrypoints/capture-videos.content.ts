import { defineContentScript } from 'wxt/utils/define-content-script';
import { videoDetectors } from '../lib/adapters/videos';
import { familyMatches } from '../lib/adapters/define';
import { runDetectorScript } from '../lib/capture/detect-main';
import { startScriptContext } from '../lib/script-context';

export default defineContentScript({
  matches: familyMatches(videoDetectors),
  runAt: 'document_idle',
  main: () => runDetectorScript(startScriptContext(), 'videos', videoDetectors),
});
