// ESLint flat config. The security rules are the point: captured text is untrusted, so nothing may
// reach an HTML sink (innerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML) and
// nothing may evaluate strings as code. `npm run lint` runs it; `npm test` runs lint first.
import js from '@eslint/js';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

/** Libraries too big for a content script (goal ≤ 30 KB minified each): type imports only there. */
const NOT_IN_CONTENT_SCRIPTS = ['zod', 'zod/*', 'dexie', 'dexie-react-hooks', 'react', 'react-dom', 'react-dom/*', 'papaparse', 'luxon', 'feedsmith'].map((name) => ({
  group: [name],
  allowTypeImports: true,
  message: 'Content scripts must stay small: import only types from this library in content-script code.',
}));
// The schemas are zod at run time; content code imports their types (settings-key and limits are plain data).
NOT_IN_CONTENT_SCRIPTS.push({
  group: ['**/schema/*', '!**/schema/settings-key', '!**/schema/limits', '**/db/*', '**/settings'],
  allowTypeImports: true,
  message: 'This module brings zod or Dexie into the content script: import its types only.',
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'stats.html'] },
  {
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, nounsanitized.configs.recommended],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Captured text is rendered as text: no dangerouslySetInnerHTML.' },
        { selector: "MemberExpression[property.name='outerHTML'][parent.type='AssignmentExpression']", message: 'No HTML sinks: build elements and set textContent.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Code bundled into content scripts (see entrypoints/*.content.ts).
    files: ['entrypoints/*.content.ts', 'lib/capture/**/*.ts', 'lib/adapters/**/*.ts', 'lib/dom.ts', 'lib/url.ts', 'lib/messaging.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: NOT_IN_CONTENT_SCRIPTS }] },
  },
);
