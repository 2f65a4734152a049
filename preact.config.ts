/**
 * The pages render with Preact through its React-compatible layer: the code and its tests keep
 * React's API and types, and the popup loads about 15 kB of renderer instead of React DOM's 200 kB.
 * Exact names only, so `react-dom/client` is not read as `react-dom` plus a path.
 */
export const preactAliases = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

/** Libraries that import React themselves: vitest must bundle them so the aliases reach them too. */
export const reactLibraries = ['@testing-library/react'];
