import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chromium 136+): a file that starts with this comment has every function
 * compiled eagerly, in one pass with the script, instead of pre-parsed and parsed again on its first
 * call. A capture content script calls most of its functions on every page it runs on, and the trace
 * showed that second parse on every load (about 2 ms of the Q&A script's 11 ms of CPU,
 * bench/probe/page-profile.ts). Other engines read it as a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Which built files get the hint: the capture families' content scripts. */
const HINTED = /^content-scripts\/capture-[^/]+\.js$/;

/** Prepends the hint after minification (which would drop a comment in the source). */
export function compileHints(): Plugin {
  return {
    name: 'contribution-tracker:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && HINTED.test(file.fileName) && !file.code.startsWith(COMPILE_HINT)) file.code = COMPILE_HINT + file.code;
      }
    },
  };
}
