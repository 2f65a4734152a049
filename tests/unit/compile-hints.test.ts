import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from '../../compile-hints.config';

interface Chunk {
  type: 'chunk';
  fileName: string;
  code: string;
}
type Bundle = Record<string, Chunk>;

const chunk = (fileName: string, code: string): Chunk => ({ type: 'chunk', fileName, code });

function generate(bundle: Bundle) {
  const hook = compileHints().generateBundle as unknown as (this: unknown, options: unknown, bundle: Bundle) => void;
  hook.call({}, {}, bundle);
}

describe('compile hints', () => {
  it('start each capture content script with V8’s eager-compile comment, once', () => {
    const bundle: Bundle = {
      a: chunk('content-scripts/capture-qa-sites.js', '(function(){})();'),
      b: chunk('content-scripts/portal.js', '(function(){})();'),
      c: chunk('extract-qa-sites.js', 'export{}'),
      d: chunk('chunks/capture-x.js', 'export{}'),
    };
    generate(bundle);
    generate(bundle);
    const code = (key: string) => bundle[key]!.code;
    expect(code('a')).toBe(`${COMPILE_HINT}(function(){})();`);
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
    // The extractors and the portal's script load or run only in part: lazy compiling suits them.
    expect(code('b')).toBe('(function(){})();');
    expect(code('c')).toBe('export{}');
    expect(code('d')).toBe('export{}');
  });
});
