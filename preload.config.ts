import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Lets a page fetch the chunks its first screen imports lazily (with what they import) beside its
 * first script, instead of only once that script has run: `<link rel="modulepreload">` for each in
 * the built HTML. The modules stay lazy (nothing runs before it is imported); only the wait for the
 * files goes. `page` is the end of the HTML entry's path, `modules` the ends of the modules' paths.
 */
export function preloadFirstScreen(page: string, modules: readonly string[]): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename, bundle }) {
        if (!bundle || !filename.endsWith(page)) return;
        const files = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (files.has(file) || chunk?.type !== 'chunk') return;
          files.add(file);
          chunk.imports.forEach(visit);
        };
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && modules.some((module) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(module))) visit(chunk.fileName);
        }
        const found = [...files].filter((file) => !html.includes(file));
        if (found.length === 0) throw new Error(`preload-first-screen: none of ${modules.join(', ')} is a chunk of ${page}`);
        return found.map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' }));
      },
    },
  };
}
